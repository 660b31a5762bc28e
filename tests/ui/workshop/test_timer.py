"""The brainstorm timer with a fake clock, and its overlay on the projector."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from klantreis_desktop.ui.workshop.overlay import TIME_UP, TimerOverlay
from klantreis_desktop.ui.workshop.timer import CountdownTimer, format_seconds


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _timer(qtbot: Any) -> tuple[CountdownTimer, FakeClock, list[Any]]:
    clock = FakeClock()
    timer = CountdownTimer(clock)
    events: list[Any] = []
    timer.expired.connect(lambda i: events.append(("expired", i)))
    timer.round_started.connect(lambda i, d: events.append(("round", i, d)))
    timer.all_done.connect(lambda: events.append("done"))
    return timer, clock, events


def test_a_round_counts_down_and_signals_the_end_once(qtbot: Any) -> None:
    timer, clock, events = _timer(qtbot)
    timer.start(["Snel", "Persoonlijk", "Zorgeloos"])
    assert events == [("round", 0, "Snel")]
    assert timer.remaining() == 120.0 and timer.ticker.isActive()
    clock.now += 119.5
    timer.tick()
    assert timer.remaining() == pytest.approx(0.5) and ("expired", 0) not in events
    clock.now += 0.5
    timer.tick()
    timer.tick()
    assert events.count(("expired", 0)) == 1
    assert timer.ended and not timer.running and not timer.ticker.isActive()
    timer.skip()
    assert events[-1] == ("round", 1, "Persoonlijk") and timer.remaining() == 120.0


def test_pause_and_plus_one_minute(qtbot: Any) -> None:
    timer, clock, events = _timer(qtbot)
    timer.start(["A", "B", "C"], 120)
    clock.now += 30
    timer.pause()
    clock.now += 500  # paused: time does not run
    timer.tick()
    assert timer.remaining() == 90.0 and not events[1:]
    timer.add_minute()
    assert timer.remaining() == 150.0
    timer.resume()
    clock.now += 100
    timer.add_minute()
    timer.tick()
    assert timer.remaining() == 110.0
    clock.now += 110
    timer.tick()
    assert ("expired", 0) in events
    timer.add_minute()  # a round that just ran out gets one more minute
    assert timer.running and timer.remaining() == 60.0


def test_skip_through_all_rounds(qtbot: Any) -> None:
    timer, clock, events = _timer(qtbot)
    timer.start(["A", "B", "C"])
    timer.skip()
    timer.skip()
    assert timer.dimension() == "C"
    clock.now += 120
    timer.tick()
    assert events[-2:] == [("expired", 2), "done"]
    timer.skip()
    assert not timer.active() and events.count("done") == 1


def test_bad_timer_input_is_refused() -> None:
    timer = CountdownTimer(FakeClock())
    with pytest.raises(ValueError, match="dimension"):
        timer.start([" ", ""])
    with pytest.raises(ValueError):
        timer.start(["A"], 1)
    assert format_seconds(119.2) == "2:00" and format_seconds(0.0) == "0:00"
    assert format_seconds(61) == "1:01"


def test_overlay_shows_the_time_large_and_signals_the_end(qtbot: Any) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    host.resize(1280, 800)
    clock = FakeClock()
    timer = CountdownTimer(clock)
    overlay = TimerOverlay(timer, host)
    host.show()
    assert not overlay.isVisible()
    timer.start(["Snel", "Zorgeloos", "Eerlijk"])
    assert overlay.isVisible() and overlay.text() == "2:00"
    assert "Snel" in overlay.caption() and "1 of 3" in overlay.caption()
    assert overlay.geometry().right() <= host.width() and overlay.height() >= 150
    assert overlay.geometry().bottom() <= host.height()
    clock.now += 120
    timer.tick()
    assert overlay.text() == "Time's up!" and overlay.colours() == TIME_UP
    assert overlay._flasher.isActive()
