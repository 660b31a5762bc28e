"""A paused (or running) timer can be taken off the projector and the brainstorm board
(review s6 #15): the × on the overlay, the panel's Stop and Ctrl+Shift+X stop it; before,
only pressing Skip through every dimension removed it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton, QToolButton

from klantreis_desktop import storage, templates
from klantreis_desktop.settings import Settings
from klantreis_desktop.ui import presenting
from klantreis_desktop.ui.presenting import PresentationWindow
from klantreis_desktop.ui.window.main_window import WINDOWS, MainWindow
from klantreis_desktop.ui.workshop import STOP_TIMER_KEY, Workshop


@pytest.fixture
def workshop(qtbot: Any, tmp_path: Path) -> Iterator[Workshop]:
    doc = templates.build_sample("schoonmaak", "nl")
    path = tmp_path / "sample.klantreis"
    storage.save(doc, path)
    window = MainWindow(Settings(tmp_path / "settings.json"))
    window.show()
    assert window.files.open_path(path, wait=True)
    made = window.workshop  # the window's own (a second one would double every key)
    yield made
    made.timer.stop()
    for shown in list(WINDOWS):
        if shown.session is not None:
            shown.session.stack.setClean()
        shown.close()


def _paused_round(workshop: Workshop) -> None:
    assert workshop.panel.start_timer()
    workshop.timer.pause()
    assert workshop.timer.active() and not workshop.timer.running


def _present(workshop: Workshop, qtbot: Any) -> PresentationWindow:
    workshop.window.activateWindow()
    workshop.present_action.trigger()
    shown = presenting.showing(workshop.window)
    assert isinstance(shown, PresentationWindow)
    qtbot.waitExposed(shown)
    return shown


def test_the_overlays_cross_takes_a_paused_timer_off_the_projector(workshop: Workshop,
                                                                   qtbot: Any) -> None:
    shown = _present(workshop, qtbot)
    _paused_round(workshop)
    overlay = shown.timer_overlay  # type: ignore[attr-defined]
    assert overlay.isVisible()
    cross = overlay.findChild(QToolButton, "timer_overlay_close")
    assert cross is not None and cross.isVisible() and cross.toolTip()
    # The × lies inside the overlay and a real click reaches it.
    assert overlay.rect().contains(cross.geometry())
    assert shown.childAt(overlay.mapTo(shown, cross.geometry().center())) is cross
    QTest.mouseClick(cross, Qt.MouseButton.LeftButton)
    assert not workshop.timer.active()
    assert not overlay.isVisible()
    assert shown.isVisible() and shown.index == presenting.OVERVIEW  # presenting goes on
    shown.close()


def test_ctrl_shift_x_stops_the_timer_in_f5_and_on_the_board(workshop: Workshop,
                                                             qtbot: Any) -> None:
    sequence = QKeySequence(STOP_TIMER_KEY)[0]
    shown = _present(workshop, qtbot)
    _paused_round(workshop)
    shown.activateWindow()
    shown.view.setFocus()
    qtbot.waitUntil(lambda: shown.isActiveWindow(), timeout=10000)
    QTest.keyClick(shown.view, sequence.key(), sequence.keyboardModifiers())
    assert not workshop.timer.active()
    shown.close()
    board = workshop.show_board()
    assert board is not None
    _paused_round(workshop)
    overlay = board.timer_overlay  # type: ignore[attr-defined]
    assert overlay.isVisible()
    qtbot.waitUntil(lambda: board.isActiveWindow(), timeout=10000)
    QTest.keyClick(board.entry, sequence.key(), sequence.keyboardModifiers())
    assert not workshop.timer.active() and not overlay.isVisible()
    board.close()


def test_the_panel_and_the_menu_stop_the_timer(workshop: Workshop) -> None:
    _paused_round(workshop)
    stop = workshop.panel.findChild(QPushButton, "timer_stop")
    assert stop is not None
    stop.click()
    assert not workshop.timer.active()
    _paused_round(workshop)
    action = workshop.stop_timer_action
    assert action in workshop.menu.actions()
    assert action.shortcut() == QKeySequence(STOP_TIMER_KEY)
    action.trigger()
    assert not workshop.timer.active()


def test_ctrl_shift_t_starts_the_timer_while_presenting(workshop: Workshop, qtbot: Any) -> None:
    """Left from review s7 (F3): Ctrl+Shift+T did nothing in F5; only stop and pause did."""
    shown = _present(workshop, qtbot)
    shown.activateWindow()
    shown.view.setFocus()
    qtbot.waitUntil(lambda: shown.isActiveWindow(), timeout=10000)
    QTest.keyClick(shown.view, Qt.Key.Key_T,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert workshop.timer.active() and workshop.timer.running
    assert shown.timer_overlay.isVisible()  # type: ignore[attr-defined]
    workshop.timer.stop()
    shown.close()
