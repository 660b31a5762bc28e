"""Window menu (review s7): a file opened from Open or Open Recent gets a window of its
own on top of the current one; the menu lists every open window and brings one forward."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu

from klantreis_desktop.ui.window.main_window import WINDOWS, MainWindow


def _menu(window: MainWindow) -> QMenu:
    menu = window.findChild(QMenu, "window_menu")
    assert menu is not None and menu.menuAction() in window.menuBar().actions()
    menu.aboutToShow.emit()
    return menu


def test_the_window_menu_lists_every_open_document_and_switches(qtbot, window, make_window):
    other = make_window()
    assert other.files.new_from("5a")
    assert len(WINDOWS) == 2
    menu = _menu(window)
    texts = [a.text().replace("&", "") for a in menu.actions()]
    assert texts[0].endswith("sample") or "sample" in texts[0], texts
    assert [a.isChecked() for a in menu.actions()] == [True, False]
    menu.actions()[1].trigger()
    qtbot.waitUntil(lambda: other.isActiveWindow() or other.isVisible(), timeout=5000)
    other_menu = _menu(other)
    assert [a.isChecked() for a in other_menu.actions()] == [False, True]
    labels = [a.text() for a in window.menuBar().actions()]
    assert labels.index("Win&dow") == len(labels) - 2  # just before Help
