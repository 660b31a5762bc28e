"""Presenting a journey on the projector; :func:`install` wires F5 into a main window."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from klantreis_desktop.ui.presenting.window import OVERVIEW, PresentationWindow, projector_screen

if TYPE_CHECKING:
    from klantreis_desktop.ui.main_window import MainWindow

__all__ = ["OVERVIEW", "PRESENT_HOOKS", "PresentationWindow", "install", "present",
           "projector_screen"]

#: Called with every new presentation (the workshop adds its timer overlay this way).
PRESENT_HOOKS: list[Callable[[PresentationWindow], None]] = []


def present(window: MainWindow) -> PresentationWindow | None:
    """Present the main window's current journey full screen (None without a journey)."""
    session, journey = window.session, window.tabs.current_journey()
    if session is None or journey is None:
        return None
    existing = getattr(window, "presentation", None)
    if isinstance(existing, PresentationWindow) and existing.isVisible():
        existing.close()
    shown = PresentationWindow(session.doc, journey, session.stack, window)
    window.presentation = shown  # type: ignore[attr-defined]
    scene = window.tabs.current_scene()
    if scene is not None and scene.selected_cards():
        shown.scene.select_ids(scene.selected_cards())
    for hook in PRESENT_HOOKS:
        hook(shown)
    shown.start(projector_screen(window))
    return shown


def install(window: MainWindow) -> QAction:
    """Add "Present" (F5) to ``window``; returns the action for menus and tool bars."""
    action = QAction(QCoreApplication.translate("Presenting", "&Present"), window)
    action.setObjectName("action_present")
    action.setShortcut(QKeySequence("F5"))
    action.setStatusTip(QCoreApplication.translate(
        "Presenting", "Show the journey full screen on the projector, phase by phase"))
    action.triggered.connect(lambda: present(window))
    window.addAction(action)
    return action
