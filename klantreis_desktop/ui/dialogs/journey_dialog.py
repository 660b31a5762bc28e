"""Journey properties: title, scenario, scale, personas, time span, end goal, per-phase
duration and goal/KPI, and what the poster prints about the map: its language, version,
author, organisation and logo. OK applies everything as one undo step (a new logo too).

The change is composed on a scratch copy of the document, one operation after another, so
each operation checks against the state the previous ones leave (a new scale, for
instance, before the emotion scores are mapped onto it).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Concatenate, ParamSpec

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
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
from klantreis_desktop.storage.errors import KlantreisFileError
from klantreis_desktop.storage.images import import_photo
from klantreis_desktop.ui.dialogs.field_editors import FieldBinding, align_top
from klantreis_desktop.ui.docks.palette import colour_dot
from klantreis_desktop.ui.labels import field_label
from klantreis_desktop.ui.session import DocumentSession

JOURNEY_FIELDS = ("title", "scenario", "scale", "time_span", "end_goal", "description")
#: What the poster's title block says about the map (the logo has a picker of its own).
POSTER_FIELDS = ("language", "version", "author", "organisation")
LOGO_SIZE = QSize(180, 90)
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
        top = QHBoxLayout()
        layout.addLayout(top)
        form = QFormLayout()
        top.addLayout(form, 3)
        self.bindings: dict[str, FieldBinding] = {}
        for name in JOURNEY_FIELDS:
            self._add_field(form, name)
        poster = QGroupBox(self.tr("On the poster"), self)
        poster_form = QFormLayout(poster)
        for name in POSTER_FIELDS:
            self._add_field(poster_form, name)
        #: The logo OK will set: None keeps it, "" removes it, else (asset, png).
        self.new_logo: tuple[str, bytes] | str | None = None
        poster_form.addRow(field_label("logo"), self._logo_picker(poster))
        top.addWidget(poster, 2)

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
        self.resize(920, 700)
        self._show_logo()

    def _add_field(self, form: QFormLayout, name: str) -> None:
        binding = FieldBinding(name, k.SCHEMA[k.JOURNEY][name], self)
        binding.set_value(self.session.doc.get(self.journey, name))
        self.bindings[name] = binding
        label = QLabel(field_label(name), self)
        label.setAlignment(align_top(binding.widget))
        form.addRow(label, binding.widget)

    # The logo -------------------------------------------------------------------------

    def _logo_picker(self, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.logo_label = QLabel(box)
        self.logo_label.setObjectName("journey_logo")
        self.logo_label.setFixedSize(LOGO_SIZE)
        self.logo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_label.setStyleSheet("border: 1px solid #c8d0d8; background: #ffffff;")
        column.addWidget(self.logo_label)
        buttons = QHBoxLayout()
        choose = QPushButton(self.tr("Choose logo…"), box)
        choose.setObjectName("journey_choose_logo")
        choose.clicked.connect(self._choose_logo)
        self.remove_logo_button = QPushButton(self.tr("Remove logo"), box)
        self.remove_logo_button.setObjectName("journey_remove_logo")
        self.remove_logo_button.clicked.connect(self.remove_logo)
        buttons.addWidget(choose)
        buttons.addWidget(self.remove_logo_button)
        column.addLayout(buttons)
        return box

    def shown_logo(self) -> bytes | None:
        """The logo OK will keep or set (PNG bytes), None when there is none."""
        if isinstance(self.new_logo, tuple):
            return self.new_logo[1]
        if self.new_logo == "":
            return None
        doc = self.session.doc
        data = doc.assets.get(str(doc.get(self.journey, "logo") or ""))
        return data or None

    def _show_logo(self) -> None:
        data = self.shown_logo()
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.logo_label.setPixmap(pixmap.scaled(
                LOGO_SIZE - QSize(8, 8), Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        else:
            self.logo_label.setPixmap(QPixmap())
            self.logo_label.setText(self.tr("No logo"))
        self.remove_logo_button.setEnabled(data is not None)

    def _choose_logo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a logo"), str(Path.home()),
            self.tr("Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)"))
        if path:
            self.set_logo_from_file(Path(path))

    def set_logo_from_file(self, path: Path) -> bool:
        """Read, check and re-encode the image at ``path`` as the logo OK will set; a file
        that is no usable image says why and changes nothing."""
        try:
            self.new_logo = import_photo(path)
        except KlantreisFileError as error:
            self.error_label.setText(str(error))
            self.error_label.show()
            return False
        self.error_label.hide()
        self._show_logo()
        return True

    def remove_logo(self) -> None:
        self.new_logo = ""
        self._show_logo()

    # Applying -------------------------------------------------------------------------

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
        if isinstance(self.new_logo, tuple):
            asset, png = self.new_logo
            scratch.assets[asset] = png
            values["logo"] = asset
        elif self.new_logo == "":
            values["logo"] = ""
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
        if isinstance(self.new_logo, tuple):
            asset, png = self.new_logo
            # Unreferenced assets are dropped on saving, so an undone logo leaves nothing.
            self.session.doc.assets[asset] = png
        self.session.push(change)
        super().accept()


def _cell_text(item: QTableWidgetItem | None) -> str:
    return item.text() if item is not None else ""
