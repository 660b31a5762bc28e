"""Pausing the brainstorm timer reads as a state (review s7): the panel's Pause becomes
Resume and the clock says "Paused"; Start carries on instead of beginning again; Space pauses
the timer alone on the projector and Ctrl+Shift+Space does anywhere (listed on F1); started
from the menu with the panel closed the status bar shows it; the projector's paused line is
never cut with an ellipsis. The clock is a fake one, driven by explicit ticks."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from klantreis_desktop.ui.window.main_window import MainWindow
from klantreis_desktop.ui.window.shortcut_sheet import menu_groups
from klantreis_desktop.ui.workshop import Workshop
from klantreis_desktop.ui.workshop.overlay import TimerOverlay, TimerScreen
from klantreis_desktop.ui.workshop.timer import CountdownTimer
from tests.ui.workshop.sample_window import close_every_window, open_sample_workshop

LEFT = Qt.MouseButton.LeftButton
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def workshop(qtbot: Any, tmp_path: Path) -> Iterator[Workshop]:
    made = open_sample_workshop(qtbot, tmp_path)
    made.timer.clock = FakeClock()
    yield made
    made.timer.stop()
    close_every_window()


def _advance(timer: CountdownTimer, seconds: float) -> None:
    timer.clock.now += seconds  # type: ignore[attr-defined]  # the fake clock
    timer.tick()


def _active(window: MainWindow, qtbot: Any) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=10000)


def test_pause_becomes_resume_and_start_carries_on(workshop: Workshop, qtbot: Any) -> None:
    workshop.dock.show()
    panel = workshop.panel
    qtbot.waitUntil(panel.isVisible, timeout=10000)
    panel.dimensions.setText("Personal and carefree, Fast, Carefree")
    timer = workshop.timer
    QTest.mouseClick(panel.start_button, LEFT)
    assert timer.running and timer.remaining() == 120.0
    assert not panel.start_button.isEnabled()  # Start does not begin again mid-round
    _advance(timer, 24)
    QTest.mouseClick(panel.pause_button, LEFT)
    assert timer.paused()
    assert panel.pause_button.text() == "Resume"
    assert panel.clock.text().startswith("Paused 1:36")
    assert panel.start_button.isEnabled()
    QApplication.processEvents()  # the longer line wraps: nothing of the panel is cut off
    area = panel.scroll_area
    assert area.widget().width() <= area.viewport().width()
    stop = panel.findChild(QPushButton, "timer_stop")
    assert stop.mapTo(area.widget(), stop.rect().topRight()).x() < area.viewport().width()
    # ... and the clock does not push the vote buttons below the fold at 1280 × 800
    top3 = panel.highlight_button
    assert top3.mapTo(area.viewport(), top3.rect().bottomLeft()).y() <= area.viewport().height()
    _advance(timer, 300)  # paused: no time passes
    QTest.mouseClick(panel.start_button, LEFT)  # the reviewer's "continue": it resumes
    assert timer.running and timer.remaining() == 96.0 and timer.index == 0
    assert panel.pause_button.text() == "Pause" and panel.clock.text().startswith("1:36")
    QTest.mouseClick(panel.pause_button, LEFT)
    QTest.mouseClick(panel.pause_button, LEFT)  # Resume
    assert timer.running and timer.remaining() == 96.0


def test_space_pauses_and_resumes_the_timer_on_the_projector(workshop: Workshop,
                                                            qtbot: Any) -> None:
    screen = workshop.show_timer_screen()
    qtbot.waitUntil(screen.isVisible, timeout=5000)
    assert workshop.panel.start_timer()
    _advance(workshop.timer, 10)
    QTest.keyClick(screen, Qt.Key.Key_Space)
    assert workshop.timer.paused() and screen.caption().startswith("Paused")
    _advance(workshop.timer, 60)
    QTest.keyClick(screen, Qt.Key.Key_Space)
    assert workshop.timer.running and workshop.timer.remaining() == 110.0
    QTest.keyClick(screen, Qt.Key.Key_Escape)


def test_the_menu_start_shows_in_the_status_bar_and_ctrl_shift_space_pauses(
        workshop: Workshop, qtbot: Any) -> None:
    window = workshop.window
    assert not workshop.dock.isVisible()
    _active(window, qtbot)
    QTest.keyClick(window, Qt.Key.Key_T, CTRL_SHIFT)  # Workshop › Start the timer
    timer = workshop.timer
    assert timer.running
    label = window.findChild(QLabel, "timer_status")
    assert label is not None and label.isVisible()
    assert label.text() == "Timer 2:00 · Personal (1 of 3)"
    assert "Personal" in window.statusBar().currentMessage()
    _advance(timer, 5)
    QTest.keyClick(window, Qt.Key.Key_Space, CTRL_SHIFT)
    assert timer.paused() and label.text() == "Timer paused at 1:55 · Personal (1 of 3)"
    QTest.keyClick(window, Qt.Key.Key_T, CTRL_SHIFT)  # Start while paused: carries on
    assert timer.running and timer.remaining() == 115.0
    QTest.keyClick(window, Qt.Key.Key_X, CTRL_SHIFT)  # stop: off the status bar
    assert not timer.active() and not label.isVisible()
    rows = dict(next(rows for title, rows in menu_groups(window) if title == "Workshop"))
    assert "Pause or resume the timer" in rows  # on F1's sheet, read from the actions
    assert rows["Pause or resume the timer"] == "Ctrl+Shift+Space"


def _drawn_texts(widget: Any, monkeypatch: pytest.MonkeyPatch) -> list[tuple[Any, ...]]:
    """What ``widget`` paints as text: (rect, flags, text, the painter's font)."""
    drawn: list[tuple[Any, ...]] = []
    original = QPainter.drawText

    def record(painter: QPainter, *args: Any) -> Any:
        if len(args) == 3 and isinstance(args[0], QRectF):
            drawn.append((*args, painter.font()))
        return original(painter, *args)

    monkeypatch.setattr(QPainter, "drawText", record)
    widget.grab()
    monkeypatch.undo()
    return drawn


def _fits(rect: QRectF, flags: int, text: str, font: Any) -> bool:
    metrics = QFontMetricsF(font)
    if flags & int(Qt.TextFlag.TextWordWrap):
        box = metrics.boundingRect(QRectF(0, 0, rect.width(), 10_000), flags, text)
        return box.width() <= rect.width() + 0.5 and box.height() <= rect.height() + 0.5
    return metrics.horizontalAdvance(text) <= rect.width() + 0.5


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 800)])
def test_the_paused_line_is_shown_whole_on_the_projector(qtbot: Any, size: tuple[int, int],
                                                         monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    timer = CountdownTimer(FakeClock())
    timer.start(["Persoonlijk en zorgeloos geholpen", "Snel", "Zorgeloos"])
    timer.pause()
    screen = TimerScreen(timer)
    screen.resize(*size)
    screen.show()
    caption = screen.caption()
    assert caption.startswith("Paused") and caption.endswith("1 of 3")
    drawn = _drawn_texts(screen, monkeypatch)
    assert [d[2] for d in drawn] == ["2:00", caption]  # whole: no "…"
    rect, flags, text, font = drawn[1]
    assert _fits(rect, flags, text, font)
    assert font.pixelSize() >= 24  # shrunk or wrapped, still readable across the room
    overlay = TimerOverlay(timer, screen)
    drawn = _drawn_texts(overlay, monkeypatch)
    assert drawn[1][2] == caption and _fits(*drawn[1])
    screen.close()
