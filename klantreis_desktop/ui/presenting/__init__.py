"""Presenting a journey on the projector; :func:`install` wires F5 into a main window.

The presentation window itself is imported on first use (F5), not when a main window
starts: ``PresentationWindow``, ``OVERVIEW`` and ``projector_screen`` are still importable
from here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from klantreis_desktop.ui.lifetime import Guard, connect_for_life

if TYPE_CHECKING:
    from klantreis_desktop.ui.presenting.window import (
        OVERVIEW,
        PresentationWindow,
        projector_screen,
    )
    from klantreis_desktop.ui.window.main_window import MainWindow

__all__ = ["OVERVIEW", "PRESENT_HOOKS", "PresentationWindow", "install", "present",
           "projector_screen"]

#: Called with every new presentation (the workshop adds its timer overlay this way).
PRESENT_HOOKS: list[Callable[[PresentationWindow], None]] = []

_LAZY = ("OVERVIEW", "PresentationWindow", "projector_screen")


def __getattr__(name: str) -> Any:
    """The window module's names, imported when first asked for (start-up time)."""
    if name in _LAZY:
        from klantreis_desktop.ui.presenting import window

        return getattr(window, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _guard(window: MainWindow) -> Guard[PresentationWindow]:
    """The main window's hold on its presentation: it deletes itself on close, so a plain
    attribute would outlive it ("Internal C++ object already deleted" on the next F5)."""
    guard: Guard[PresentationWindow] | None = getattr(window, "presentation_guard", None)
    if guard is None:
        guard = Guard()
        window.presentation_guard = guard  # type: ignore[attr-defined]  # ours, not MainWindow's
    return guard


def showing(window: MainWindow) -> PresentationWindow | None:
    """The presentation of ``window`` that is on screen, if any (imports nothing new)."""
    shown = _guard(window).get()
    return shown if shown is not None and shown.isVisible() else None


def present(window: MainWindow) -> PresentationWindow | None:
    """Present the main window's current journey full screen (None without a journey)."""
    from klantreis_desktop.ui.presenting.window import PresentationWindow, projector_screen

    session, journey = window.session, window.tabs.current_journey()
    if session is None or journey is None:
        return None
    existing = showing(window)
    if existing is not None:
        existing.close()
    shown = PresentationWindow(session.doc, journey, session.stack, window)
    _guard(window).set(shown)
    # Another document opened in this window: its old undo stack is deleted soon, so
    # the presentation of the old document ends now.
    connect_for_life(window.undo_group.activeStackChanged,
                     lambda stack, shown=shown: None if stack is shown.stack else shown.close(),
                     shown)
    scene = window.tabs.current_scene()
    if scene is not None and scene.selected_cards():
        shown.scene.select_ids(scene.selected_cards())
    elif scene is not None and scene.spotlight:  # "Highlight top 3" on: the room sees it
        shown.scene.set_spotlight(set(scene.spotlight))
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
