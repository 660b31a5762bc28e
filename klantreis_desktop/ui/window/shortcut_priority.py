"""The window's shortcuts work whatever has focus, except keys a text field edits with.

Qt asks the focused widget first (a ``ShortcutOverride`` event) whether it wants a key
itself; a text field that says yes gets the key and the shortcut stays silent. On X11 a
``QLineEdit`` claims the old Emacs keys (Ctrl+E "end of line", Ctrl+U, Ctrl+K, Ctrl+D
"delete"), so Ctrl+E (Export) did nothing while a field of the inspector had focus.

:class:`ShortcutPriority` decides once, for every text field of the app: the field keeps
the keys of real text editing — typing, Enter and Tab, the arrows, Home/End, Page Up/Down
and Delete/Backspace (with any modifier), and the platform's Cut, Copy, Paste, Undo,
Redo and Select All (the edit actions that work on cards give way there too) — and every
other key that an enabled action of its main window holds goes to that action. It is
attached to a text field while that field has focus (``QApplication.focusChanged``), so
no other event of the app passes through Python for it.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDockWidget,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

#: A dynamic property: actions with it set never take a key from a text field (Cut,
#: Copy, Paste, Duplicate, Delete, Select All act on cards; in a field they act on text).
TEXT_FIELDS_FIRST = "text_fields_first"

Std = QKeySequence.StandardKey
#: The platform's keys for editing text, whatever they are bound to on this platform.
EDITING_KEYS: tuple[QKeySequence.StandardKey, ...] = (
    Std.Cut, Std.Copy, Std.Paste, Std.Undo, Std.Redo, Std.SelectAll,
)
#: Keys that move or delete in text, with any modifier (Ctrl+Left, Shift+End, ...).
MOVING_KEYS = frozenset({
    Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Home,
    Qt.Key.Key_End, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_Delete,
    Qt.Key.Key_Backspace, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab,
    Qt.Key.Key_Backtab, Qt.Key.Key_Escape,
})
_TYPING_MODIFIERS = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier,
                     Qt.KeyboardModifier.KeypadModifier)


def is_text_field(widget: QObject | None) -> bool:
    """True for the widgets that take typed text."""
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    return isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox))


def field_keeps(event: QKeyEvent) -> bool:
    """True for a key the focused text field uses for editing (see the module text)."""
    key = event.key()
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if key in MOVING_KEYS:
        return True
    if modifiers in _TYPING_MODIFIERS and (event.text().isprintable() and event.text()):
        return True  # typing (F-keys have no text)
    return any(event.matches(standard) for standard in EDITING_KEYS)


def main_window_of(widget: QWidget) -> QMainWindow | None:
    """The main window ``widget`` is in (also from a floating dock), else None (a dialog)."""
    current: QWidget | None = widget
    while current is not None:
        if isinstance(current, QMainWindow):
            return current
        if current.isWindow() and not isinstance(current, QDockWidget):
            return None
        current = current.parentWidget()
    return None


def window_action_for(window: QMainWindow, event: QKeyEvent) -> QAction | None:
    """The enabled action of ``window`` whose shortcut is the key of ``event``."""
    from klantreis_desktop.ui.window.menu_actions import all_actions

    pressed = _pressed(event)
    if pressed is None:
        return None
    for action in all_actions(window):
        if not action.isEnabled() or action.property(TEXT_FIELDS_FIRST):
            continue
        if action.shortcutContext() == Qt.ShortcutContext.WidgetShortcut:
            continue
        if any(key.matches(candidate) == QKeySequence.SequenceMatch.ExactMatch
               for key in action.shortcuts() for candidate in pressed):
            return action
    return None


def _pressed(event: QKeyEvent) -> list[QKeySequence] | None:
    key = event.key()
    if key in (Qt.Key.Key_unknown, 0, Qt.Key.Key_Control, Qt.Key.Key_Shift, Qt.Key.Key_Alt,
               Qt.Key.Key_Meta):
        return None
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    pressed = [QKeySequence(QKeyCombination(modifiers, Qt.Key(key)))]
    if modifiers & Qt.KeyboardModifier.ShiftModifier:  # Ctrl++ is typed as Ctrl+Shift+=
        pressed.append(QKeySequence(QKeyCombination(
            modifiers & ~Qt.KeyboardModifier.ShiftModifier, Qt.Key(key))))
    return pressed


class ShortcutPriority(QObject):
    """Follows the focus and lets the window's shortcuts win in the focused text field."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._field: QWidget | None = None
        app.focusChanged.connect(self._focus_changed)
        self._focus_changed(None, app.focusWidget())

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        field, self._field = self._field, None
        if field is not None and shiboken6.isValid(field):
            field.removeEventFilter(self)
        if new is not None and is_text_field(new):
            new.installEventFilter(self)
            self._field = new

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        if not isinstance(watched, QWidget) or field_keeps(event):
            return False
        window = main_window_of(watched)
        if window is None or window_action_for(window, event) is None:
            return False
        event.ignore()  # not the field's: Qt goes on to the window's shortcut
        return True


_installed: ShortcutPriority | None = None


def install() -> None:
    """Give the application its :class:`ShortcutPriority` (once; later calls do nothing)."""
    global _installed
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if _installed is None or not shiboken6.isValid(_installed) or _installed.parent() is not app:
        _installed = ShortcutPriority(app)
