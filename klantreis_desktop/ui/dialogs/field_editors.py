"""One editor widget per schema attribute, shared by the inspector and the dialogs.

A binding turns a :class:`~klantreis_desktop.model.kinds.Field` into the right widget
(line edit, text box, combo box, spin box, check box, colour button), reports user edits
with :attr:`FieldBinding.edited` and takes model values back with :meth:`set_value`
without emitting and without moving the text cursor, so a refresh while typing is harmless.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QToolButton,
    QWidget,
)

from klantreis_desktop.model.kinds import Field
from klantreis_desktop.ui.labels import choice_label

#: Text attributes edited in a multi-line box although their limit is short.
MULTILINE = frozenset({"description", "goals", "needs", "frustrations", "quote", "says",
                       "thinks", "does", "feels", "pains", "gains", "end_goal", "note",
                       "preferred_channels"})
#: Text attributes that hold a ``#rrggbb`` colour.
COLOURS = frozenset({"colour"})


class PassUndoShortcuts(QObject):
    """Lets Ctrl+Z / Ctrl+Shift+Z reach the document's Undo/Redo while a text field has focus.

    Each keystroke is already a document command, so the field's private undo would only
    disagree with the model. Also counts focus-ins so typing merges per editing session.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.generation = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if event.matches(QKeySequence.StandardKey.Undo) or event.matches(
                    QKeySequence.StandardKey.Redo):
                event.ignore()
                return True
        elif event.type() == QEvent.Type.FocusIn:
            self.generation += 1
        return False


class ColourButton(QWidget):
    """A swatch that opens a colour dialog, plus a reset to the default (empty) colour."""

    colour_chosen = Signal(str)

    def __init__(self, allow_empty: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colour = ""
        self._allow_empty = allow_empty
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.swatch = QToolButton(self)
        self.swatch.setMinimumWidth(64)
        self.swatch.clicked.connect(self._choose)
        layout.addWidget(self.swatch)
        self.reset = QToolButton(self)
        self.reset.setText(self.tr("Default"))
        self.reset.setToolTip(self.tr("Back to the usual colour"))
        self.reset.clicked.connect(lambda: self._emit(""))
        layout.addWidget(self.reset)
        layout.addStretch(1)
        self.set_colour("")

    def colour(self) -> str:
        return self._colour

    def set_colour(self, colour: str) -> None:
        self._colour = colour
        self.reset.setVisible(self._allow_empty and bool(colour))
        if colour:
            self.swatch.setStyleSheet(f"QToolButton {{ background: {colour}; "
                                      "border: 1px solid #667; min-height: 18px; }")
            self.swatch.setText("")
            self.swatch.setToolTip(colour)
        else:
            self.swatch.setStyleSheet("")
            self.swatch.setText(self.tr("Choose…"))
            self.swatch.setToolTip(self.tr("The usual colour; click to choose another"))

    def _choose(self) -> None:
        start = QColor(self._colour) if self._colour else QColor("#ffffff")
        chosen = QColorDialog.getColor(start, self, self.tr("Choose a colour"))
        if chosen.isValid():
            self._emit(chosen.name())

    def _emit(self, colour: str) -> None:
        if colour != self._colour:
            self.set_colour(colour)
            self.colour_chosen.emit(colour)


class FieldBinding(QObject):
    """The editor of one attribute; ``edited(name, value)`` fires on user edits only."""

    edited = Signal(str, object)

    def __init__(self, name: str, field: Field, parent: QWidget,
                 minimum: float | None = None, maximum: float | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.field = field
        self.filter = PassUndoShortcuts(self)
        self._quiet = False
        self.widget = self._make(parent, minimum, maximum)
        self.widget.setObjectName(f"field_{name}")
        self.widget.installEventFilter(self.filter)

    @property
    def generation(self) -> int:
        return self.filter.generation

    def _make(self, parent: QWidget, minimum: float | None,
              maximum: float | None) -> QWidget:
        field, name = self.field, self.name
        low = minimum if minimum is not None else field.minimum
        high = maximum if maximum is not None else field.maximum
        if field.type is bool:
            box = QCheckBox(parent)
            box.toggled.connect(lambda on: self._emit(bool(on)))
            return box
        if field.type is int:
            spin = QSpinBox(parent)
            spin.setRange(int(low if low is not None else -999_999),
                          int(high if high is not None else 999_999))
            spin.valueChanged.connect(lambda v: self._emit(int(v)))
            return spin
        if field.type is float:
            dspin = QDoubleSpinBox(parent)
            dspin.setDecimals(0)
            dspin.setRange(float(low if low is not None else -1e6),
                           float(high if high is not None else 1e6))
            dspin.valueChanged.connect(lambda v: self._emit(float(v)))
            return dspin
        if field.choices is not None:
            combo = QComboBox(parent)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
            for value in field.choices:
                combo.addItem(choice_label(name, str(value)), value)
            combo.activated.connect(lambda index: self._emit(combo.itemData(index)))
            return combo
        if name in COLOURS:
            button = ColourButton(allow_empty=not field.default, parent=parent)
            button.colour_chosen.connect(self._emit)
            return button
        if name in MULTILINE:
            text = QPlainTextEdit(parent)
            text.setTabChangesFocus(True)
            text.setFixedHeight(text.fontMetrics().lineSpacing() * 4 + 12)
            text.textChanged.connect(lambda: self._emit(text.toPlainText()))
            return text
        line = QLineEdit(parent)
        line.setMinimumWidth(80)
        line.setMaxLength(field.max_length)
        line.textEdited.connect(self._emit)
        return line

    def _emit(self, value: Any) -> None:
        if not self._quiet:
            self.edited.emit(self.name, value)

    def value(self) -> Any:
        w = self.widget
        if isinstance(w, QCheckBox):
            return w.isChecked()
        if isinstance(w, (QSpinBox, QDoubleSpinBox)):
            return w.value()
        if isinstance(w, QComboBox):
            return w.currentData()
        if isinstance(w, ColourButton):
            return w.colour()
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText()
        assert isinstance(w, QLineEdit)
        return w.text()

    def set_value(self, value: Any) -> None:
        """Show ``value`` without emitting; text fields keep their cursor where it was."""
        if value == self.value():
            return
        self._quiet = True
        try:
            w = self.widget
            if isinstance(w, QCheckBox):
                w.setChecked(bool(value))
            elif isinstance(w, QSpinBox):
                w.setValue(int(value or 0))
            elif isinstance(w, QDoubleSpinBox):
                w.setValue(float(value or 0.0))
            elif isinstance(w, QComboBox):
                index = w.findData(value)
                if index < 0:  # a value from a newer file: show it rather than lose it
                    w.addItem(str(value), value)
                    index = w.count() - 1
                w.setCurrentIndex(index)
            elif isinstance(w, ColourButton):
                w.set_colour(str(value or ""))
            elif isinstance(w, QPlainTextEdit):
                position = w.textCursor().position()
                w.setPlainText(str(value or ""))
                cursor = w.textCursor()
                cursor.setPosition(min(position, len(w.toPlainText())))
                w.setTextCursor(cursor)
            elif isinstance(w, QLineEdit):
                position = w.cursorPosition()
                w.setText(str(value or ""))
                w.setCursorPosition(min(position, len(w.text())))
        finally:
            self._quiet = False



def align_top(widget: QWidget) -> Qt.AlignmentFlag:
    """Label alignment for a form row: multi-line editors get their label at the top."""
    if isinstance(widget, QPlainTextEdit):
        return Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
    return Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
