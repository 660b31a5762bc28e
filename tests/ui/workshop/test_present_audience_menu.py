"""V while presenting opens the audience menu (review s7 #2): it must be readable on the
projector's black window: its items' text stands out from the menu's own background
(the window's black style sheet once reached the menu: black text on black)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage, QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMenu

from klantreis_desktop import templates
from klantreis_desktop.ui.presenting import PresentationWindow


def _present(qtbot: Any) -> PresentationWindow:
    doc = templates.build_sample("schoonmaak", "en")
    window = PresentationWindow(doc, doc.journeys()[0], QUndoStack(), animate=False)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.view.setFocus()
    return window


def _contrast_pixels(image: QImage, menu: QMenu, row: int) -> int:
    """Pixels of item ``row`` that differ clearly from the item's own background."""
    action = [a for a in menu.actions() if not a.isSeparator()][row]
    rect = menu.actionGeometry(action)
    ratio = image.devicePixelRatio()
    background = image.pixelColor(int((rect.right() - 3) * ratio),
                                  int(rect.center().y() * ratio)).lightness()
    return sum(1 for x in range(rect.left(), rect.right(), 2)
               for y in range(rect.top(), rect.bottom(), 2)
               if abs(image.pixelColor(int(x * ratio), int(y * ratio)).lightness()
                      - background) > 100)


def _open_menu_and_look(qtbot: Any, window: PresentationWindow) -> dict[str, Any]:
    """Press V on the presentation; while its menu is open, look at it, then close it."""
    seen: dict[str, Any] = {}

    def look() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(10, look)  # not shown yet: look again
            return
        image = menu.grab().toImage()
        texts = [a.text() for a in menu.actions() if not a.isSeparator()]
        seen["texts"] = texts
        # Every lane row, and the last entry ("Save view as…"), not highlighted.
        seen["contrast"] = {texts[row]: _contrast_pixels(image, menu, row)
                            for row in range(len(texts))}
        seen["name"] = menu.objectName()
        menu.close()

    QTimer.singleShot(0, look)
    QTest.keyClick(window.view, Qt.Key.Key_V)  # returns once the menu is closed
    qtbot.waitUntil(lambda: "contrast" in seen, timeout=10000)
    return seen


def test_the_audience_menu_is_readable_on_the_black_presentation(qtbot: Any) -> None:
    window = _present(qtbot)
    seen = _open_menu_and_look(qtbot, window)
    assert seen["name"] == "audience_menu"
    assert "Save view as…" in seen["texts"] and "Everything" in seen["texts"]
    unreadable = {text: n for text, n in seen["contrast"].items() if n < 15}
    assert not unreadable, unreadable
    assert window.isVisible()  # the menu closed, the presentation stays


def test_the_save_view_question_is_readable_too(qtbot: Any) -> None:
    """V › Save view as…: the name typed into the question shows (the window's black
    style once reached every dialog the presentation asks with)."""
    window = _present(qtbot)
    seen: dict[str, int] = {}

    def choose_save() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(10, choose_save)
            return
        menu.setActiveAction(menu.actions()[-1])  # "Save view as…"
        QTimer.singleShot(0, type_name)  # first: Return opens the question at once
        QTest.keyClick(menu, Qt.Key.Key_Return)

    def type_name() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog) or not dialog.isVisible():
            QTimer.singleShot(10, type_name)
            return
        line = dialog.findChild(QLineEdit)
        assert line is not None
        QTest.keyClicks(line, "Bestuur")
        image = line.grab().toImage()
        ratio = image.devicePixelRatio()
        background = image.pixelColor(int((line.width() - 4) * ratio),
                                      int(line.height() / 2 * ratio)).lightness()
        seen["text"] = sum(1 for x in range(2, 80) for y in range(3, line.height() - 3)
                           if abs(image.pixelColor(int(x * ratio), int(y * ratio)).lightness()
                                  - background) > 100)
        dialog.reject()

    QTimer.singleShot(0, choose_save)
    QTest.keyClick(window.view, Qt.Key.Key_V)
    qtbot.waitUntil(lambda: "text" in seen, timeout=10000)
    assert seen["text"] > 60  # black on black: 14 (the caret and the frame)
    assert window.isVisible()
