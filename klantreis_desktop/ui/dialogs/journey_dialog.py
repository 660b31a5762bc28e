"""Journey properties: title, scenario, scale, personas, time span, end goal, per-phase
duration and goal/KPI. OK applies everything as one undo step.

The change is composed on a scratch copy of the document, one operation after another, so
each operation checks against the state the previous ones leave (a new scale, for
instance, before the emotion scores are mapped onto it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Concatenate, ParamSpec

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from klantreis_desktop.model import kinds as k
from klantreis_desktop.model import operations as ops
from klantreis_desktop.model.changes import Atom, ChangeSet
from klantreis_desktop.model.document import Document
from klantreis_desktop.model.model_error import ModelError
from klantreis_desktop.ui.dialogs.field_editors import FieldBinding, align_top
from klantreis_desktop.ui.docks.palette import colour_dot
from klantreis_desktop.ui.labels import field_label
from klantreis_desktop.ui.session import DocumentSession

JOURNEY_FIELDS = ("title", "scenario", "scale", "time_span", "end_goal", "description")
PHASE_COLUMNS = ("title", "duration", "goal", "kpi")
P = ParamSpec("P")


class JourneyDialog(QDialog):
    """Edit the properties of one journey; nothing changes until OK."""

    def __init__(self, session: DocumentSession, journey: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journey_dialog")
        self.setWindowTitle(self.tr("Journey properties"))
        self.session = session
        self.journey = journey
        doc = session.doc
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.bindings: dict[str, FieldBinding] = {}
        for name in JOURNEY_FIELDS:
            binding = FieldBinding(name, k.SCHEMA[k.JOURNEY][name], self)
            binding.set_value(doc.get(journey, name))
            self.bindings[name] = binding
            label = QLabel(field_label(name), self)
            label.setAlignment(align_top(binding.widget))
            form.addRow(label, binding.widget)

        self.personas = QListWidget(self)
        self.personas.setObjectName("journey_personas")
        self.personas.setMaximumHeight(120)
        attached = set(doc.personas_of(journey))
        for persona in doc.personas():
            item = QListWidgetItem(colour_dot(str(doc.get(persona, "colour"))),
                                   doc.title(persona) or "–")
            item.setData(Qt.ItemDataRole.UserRole, persona)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if persona in attached
                               else Qt.CheckState.Unchecked)
            self.personas.addItem(item)
        form.addRow(self.tr("Personas"), self.personas)

        layout.addWidget(QLabel(self.tr("Phases"), self))
        phases = doc.phases(journey)
        self.phase_ids = phases
        self.table = QTableWidget(len(phases), len(PHASE_COLUMNS), self)
        self.table.setObjectName("phase_table")
        self.table.setHorizontalHeaderLabels([
            self.tr("Phase"), field_label("duration"), field_label("goal"),
            field_label("kpi")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        for row, phase in enumerate(phases):
            for column, name in enumerate(PHASE_COLUMNS):
                self.table.setItem(row, column, QTableWidgetItem(str(doc.get(phase, name) or "")))
        layout.addWidget(self.table, 1)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("journey_error")
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(760, 640)

    def checked_personas(self) -> list[str]:
        return [str(self.personas.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.personas.count())
                if self.personas.item(i).checkState() == Qt.CheckState.Checked]

    def build_change(self) -> ChangeSet:
        """Everything the dialog shows, as one change against the current document."""
        doc, journey = self.session.doc, self.journey
        scratch = doc.copy()
        atoms: list[Atom] = []

        def step(operation: Callable[Concatenate[Document, P], ChangeSet], *args: P.args,
                 **kwargs: P.kwargs) -> None:
            change = operation(scratch, *args, **kwargs)
            scratch.apply(change)
            atoms.extend(change.atoms)

        old_low, _old_high = doc.scale(journey)
        values = {name: b.value() for name, b in self.bindings.items()}
        step(ops.update, journey, **values)
        low, high = scratch.scale(journey)
        if low != old_low:  # both scales have five steps: shift every score onto the new one
            for emotion in scratch.emotions(journey):
                score = int(scratch.get(emotion, "score")) - old_low + low
                score = max(low, min(high, score))
                step(ops.update, emotion, score=score)
        wanted = self.checked_personas()
        for persona in scratch.personas_of(journey):
            if persona not in wanted:
                step(ops.detach_persona, journey, persona)
        for persona in wanted:
            step(ops.attach_persona, journey, persona)
        for row, phase in enumerate(self.phase_ids):
            if phase not in scratch:
                continue
            fields = {name: _cell_text(self.table.item(row, column))
                      for column, name in enumerate(PHASE_COLUMNS)}
            step(ops.update, phase, **fields)
        return ChangeSet(tuple(atoms), self.tr("Journey properties"))

    def accept(self) -> None:
        """Apply the change; a refused value keeps the dialog open with the reason."""
        try:
            change = self.build_change()
        except ModelError as error:
            self.error_label.setText(str(error))
            self.error_label.show()
            return
        self.session.push(change)
        super().accept()


def _cell_text(item: QTableWidgetItem | None) -> str:
    return item.text() if item is not None else ""
