"""The window's shortcuts work while a text field of the inspector has focus, and the
field keeps the keys it edits text with.

On X11 a ``QLineEdit`` claims Ctrl+E ("end of line") and Ctrl+U in the ``ShortcutOverride``
Qt sends before a shortcut fires; the offscreen platform uses another key scheme, so
:class:`X11LineEditKeys` makes the field claim those keys exactly as X11's does.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from klantreis_desktop import storage
from klantreis_desktop.model import kinds as k
from klantreis_desktop.ui import presenting
from klantreis_desktop.ui.exporting import export_dialog
from klantreis_desktop.ui.window.main_window import MainWindow
from klantreis_desktop.ui.window.shortcut_priority import field_keeps

CTRL = Qt.KeyboardModifier.ControlModifier


class X11LineEditKeys(QObject):
    """What X11's QLineEdit does with Ctrl+E and Ctrl+U: it wants them itself."""

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and event.modifiers() == CTRL and event.key() in (Qt.Key.Key_E, Qt.Key.Key_U):
            event.accept()
            return True
        return False


@pytest.fixture
def calls(monkeypatch) -> dict[str, int]:
    """Export and Present record that they were asked for instead of opening windows."""
    made = {"export": 0, "present": 0}

    def export(*_args, **_kwargs):
        made["export"] += 1

    def present(*_args, **_kwargs):
        made["present"] += 1

    monkeypatch.setattr(export_dialog, "show_export_dialog", export)
    monkeypatch.setattr(presenting, "present", present)
    return made


def focus_field(qtbot, window: MainWindow, name: str, kind: type) -> QLineEdit:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=10_000)
    doc, journey = window.session.doc, window.tabs.current_journey()
    card = next(c for c in doc.cards(journey) if doc.kind(c) == k.TOUCHPOINT)
    window.tabs.current_scene().select_ids([card])
    field = window.inspector.findChild(kind, f"field_{name}")
    assert field is not None and field.isVisible()
    view = window.tabs.current_view()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus, timeout=10_000)
    field.installEventFilter(X11LineEditKeys(field))
    field.setFocus()
    qtbot.waitUntil(field.hasFocus, timeout=10_000)
    return field


@pytest.mark.parametrize(("name", "kind"), [("title", QLineEdit),
                                            ("description", QPlainTextEdit)])
def test_window_shortcuts_work_in_a_focused_inspector_field(qtbot, window: MainWindow,
                                                            calls, name, kind) -> None:
    field = focus_field(qtbot, window, name, kind)
    QTest.keyClick(field, Qt.Key.Key_E, CTRL)
    assert calls["export"] == 1, "Ctrl+E did not export"
    QTest.keyClick(field, Qt.Key.Key_F5)
    assert calls["present"] == 1, "F5 did not present"
    QTest.keyClicks(field, "xyz")
    assert window.isWindowModified()
    QTest.keyClick(field, Qt.Key.Key_S, CTRL)
    assert not window.isWindowModified(), "Ctrl+S did not save"
    saved = storage.read(window.session.path).document
    assert any("xyz" in (saved.get(c, name) or "") for c in saved.cards(
        saved.journeys()[0])) or any("xyz" in (saved.get(c, name) or "")
                                     for j in saved.journeys() for c in saved.cards(j))
    assert field.hasFocus()


def test_text_editing_keys_still_edit_the_focused_line(qtbot, window: MainWindow,
                                                       calls) -> None:
    field = focus_field(qtbot, window, "title", QLineEdit)
    QApplication.clipboard().clear()
    field.end(False)
    original = field.text()
    QTest.keyClicks(field, " plus")
    text = field.text()
    assert text.endswith(" plus")
    QTest.keyClick(field, Qt.Key.Key_A, CTRL)
    assert field.selectedText() == text, "Ctrl+A did not select the text"
    QTest.keyClick(field, Qt.Key.Key_C, CTRL)
    assert QApplication.clipboard().text() == text, "Ctrl+C did not copy the text"
    QTest.keyClick(field, Qt.Key.Key_End)
    QTest.keyClick(field, Qt.Key.Key_V, CTRL)
    assert field.text() == text + text, "Ctrl+V did not paste into the text"
    QTest.keyClick(field, Qt.Key.Key_Home)
    assert field.cursorPosition() == 0
    # Ctrl+Z undoes in the document (typing in one visit of the field is one step).
    QTest.keyClick(field, Qt.Key.Key_Z, CTRL)
    assert field.text() == original, "Ctrl+Z did not undo the typing"
    assert calls == {"export": 0, "present": 0}


def test_text_editing_keys_still_edit_the_focused_box(qtbot, window: MainWindow,
                                                      calls) -> None:
    field = focus_field(qtbot, window, "description", QPlainTextEdit)
    QApplication.clipboard().clear()
    original = field.toPlainText()
    QTest.keyClick(field, Qt.Key.Key_A, CTRL)
    QTest.keyClick(field, Qt.Key.Key_Delete)
    QTest.keyClicks(field, "regel")
    QTest.keyClick(field, Qt.Key.Key_A, CTRL)
    assert field.textCursor().selectedText() == "regel"
    QTest.keyClick(field, Qt.Key.Key_C, CTRL)
    assert QApplication.clipboard().text() == "regel"
    QTest.keyClick(field, Qt.Key.Key_End)
    QTest.keyClick(field, Qt.Key.Key_V, CTRL)
    assert field.toPlainText() == "regelregel"
    QTest.keyClick(field, Qt.Key.Key_Z, CTRL)
    assert field.toPlainText() == original, "Ctrl+Z did not undo the edits"
    assert calls == {"export": 0, "present": 0}


@pytest.mark.parametrize(("key", "modifiers", "kept"), [
    (Qt.Key.Key_E, CTRL, False), (Qt.Key.Key_S, CTRL, False), (Qt.Key.Key_F5, None, False),
    (Qt.Key.Key_C, CTRL, True), (Qt.Key.Key_V, CTRL, True), (Qt.Key.Key_X, CTRL, True),
    (Qt.Key.Key_Z, CTRL, True), (Qt.Key.Key_A, CTRL, True), (Qt.Key.Key_Left, CTRL, True),
    (Qt.Key.Key_Home, None, True), (Qt.Key.Key_Delete, None, True),
    (Qt.Key.Key_Backspace, CTRL, True), (Qt.Key.Key_A, None, True),
])
def test_which_keys_a_field_keeps(key, modifiers, kept) -> None:
    modifiers = modifiers or Qt.KeyboardModifier.NoModifier
    text = chr(key.value).lower() if key == Qt.Key.Key_A and modifiers != CTRL else ""
    event = QKeyEvent(QEvent.Type.ShortcutOverride, key, modifiers, text)
    assert field_keeps(event) is kept
