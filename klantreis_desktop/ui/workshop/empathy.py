"""A persona's empathy map full screen on the projector, editable in place (step 4)."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QGridLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from klantreis_desktop.model import operations as ops
from klantreis_desktop.model.changes import ChangeSet
from klantreis_desktop.model.model_error import ModelError
from klantreis_desktop.ui.labels import field_label
from klantreis_desktop.ui.lifetime import alive
from klantreis_desktop.ui.session import DocumentSession

#: Says/thinks over does/feels, pains and gains below: the workshop poster's order.
GRID = (("says", "thinks"), ("does", "feels"), ("pains", "gains"))
STYLE = """
QWidget#empathy_screen { background: #000000; }
QLabel { color: #ffffff; font-size: 30px; font-weight: bold; }
QLabel#empathy_title { font-size: 40px; }
QPlainTextEdit { background: #ffffff; color: #000000; font-size: 26px;
                 border: 3px solid #ffffff; border-radius: 6px; padding: 6px; }
QPlainTextEdit:focus { border: 4px solid #ffd400; }
"""


class EmpathyScreen(QWidget):
    """Six big fields of one persona; typing is undoable and merges per field."""

    def __init__(self, session: DocumentSession, persona: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("empathy_screen")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setStyleSheet(STYLE)
        self.session, self.persona = session, persona
        doc = session.doc
        self.setWindowTitle(self.tr("Empathy map: {name}").format(name=doc.title(persona)))
        box = QVBoxLayout(self)
        box.setContentsMargins(32, 24, 32, 24)
        self.title = QLabel(self.tr("Empathy map — {name}").format(name=doc.title(persona)))
        self.title.setObjectName("empathy_title")
        box.addWidget(self.title)
        grid = QGridLayout()
        grid.setSpacing(18)
        self.fields: dict[str, QPlainTextEdit] = {}
        for row, pair in enumerate(GRID):
            for column, name in enumerate(pair):
                cell = QVBoxLayout()
                cell.addWidget(QLabel(field_label(name), self))
                edit = QPlainTextEdit(self)
                edit.setObjectName(f"empathy_{name}")
                edit.setPlainText(str(doc.get(persona, name) or ""))
                edit.textChanged.connect(lambda name=name: self._edited(name))
                self.fields[name] = edit
                cell.addWidget(edit, 1)
                grid.addLayout(cell, row, column)
        box.addLayout(grid, 1)
        self.error = QLabel(self)
        box.addWidget(self.error)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        session.model_changed.connect(self._model_changed)
        # Another document opened in the window deletes this session (and its undo stack):
        # the screen goes with it instead of typing into a deleted stack.
        session.destroyed.connect(self.close)

    def _edited(self, name: str) -> None:
        if not alive(self.session) or not alive(self.session.stack):
            self.close()
            return
        text = self.fields[name].toPlainText()
        try:
            change = ops.update(self.session.doc, self.persona, **{name: text})
        except ModelError as error:
            self.error.setText(str(error))
            return
        self.session.push(change, f"empathy:{self.persona}:{name}")

    def _model_changed(self, change: ChangeSet) -> None:
        doc = self.session.doc
        if self.persona not in doc:
            self.close()
            return
        if self.persona not in change.touched_nodes():
            return
        for name, edit in self.fields.items():
            text = str(doc.get(self.persona, name) or "")
            if edit.toPlainText() != text:  # undo, or the persona editor changed it
                with QSignalBlocker(edit):
                    edit.setPlainText(text)

    def closeEvent(self, event: QCloseEvent) -> None:
        try:
            self.session.model_changed.disconnect(self._model_changed)
        except (RuntimeError, TypeError):
            pass
        super().closeEvent(event)
