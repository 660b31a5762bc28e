"""The Window menu: every open document's window, the current one ticked.

A file opened from File › Open or Open Recent gets a window of its own, exactly where the
current one is (maximised like it), so the earlier journey is hidden behind it; without
this menu nothing in the app said it was still open (review s7).
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from klantreis_desktop.ui.window.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("WindowMenu", text)


def build_window_menu(window: MainWindow) -> QMenu:
    """The menu, filled each time it opens (windows come and go)."""
    menu = QMenu(_tr("Win&dow"), window)
    menu.setObjectName("window_menu")
    menu.aboutToShow.connect(partial(fill_window_menu, menu, window))
    fill_window_menu(menu, window)
    return menu


def fill_window_menu(menu: QMenu, window: MainWindow) -> None:
    from klantreis_desktop.ui.window.main_window import WINDOWS

    menu.clear()
    for number, other in enumerate(WINDOWS, start=1):
        session = other.session
        name = session.display_name() if session is not None else _tr("No document")
        name = name.replace("&", "&&")  # a "&" in a file name is not a mnemonic
        action = menu.addAction(f"&{number} {name}" if number < 10 else name)
        action.setObjectName(f"window_{number}")
        action.setCheckable(True)
        action.setChecked(other is window)
        action.triggered.connect(partial(bring_forward, other))


def bring_forward(window: MainWindow) -> None:
    """Show ``window`` in front (restored if it was minimised)."""
    if window.windowState() & Qt.WindowState.WindowMinimized:
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
