"""Workshop > Show the timer on the projector: the countdown alone, large, full screen."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import SIGNAL, QCoreApplication, QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from klantreis_desktop import storage, templates
from klantreis_desktop.settings import Settings
from klantreis_desktop.ui import presenting
from klantreis_desktop.ui.lifetime import alive
from klantreis_desktop.ui.window.main_window import WINDOWS, MainWindow
from klantreis_desktop.ui.workshop import Workshop
from klantreis_desktop.ui.workshop.overlay import COUNTING, TIME_UP, TimerScreen
from klantreis_desktop.ui.workshop.timer import CountdownTimer

SIGNALS = ("changed(double)", "round_started(int,QString)", "expired(int)", "all_done()")


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def workshop(qtbot: Any, tmp_path: Path) -> Iterator[Workshop]:
    doc = templates.build_sample("schoonmaak", "en")
    path = tmp_path / "sample.klantreis"
    storage.save(doc, path)
    window = MainWindow(Settings(tmp_path / "settings.json"))
    window.show()
    assert window.files.open_path(path, wait=True)
    yield window.workshop  # type: ignore[attr-defined]
    for shown in list(WINDOWS):
        if shown.session is not None:
            shown.session.stack.setClean()
        shown.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[BaseException]:
    caught: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda _type, value, _tb: caught.append(value))
    return caught


def _receivers(timer: CountdownTimer) -> list[int]:
    return [timer.receivers(SIGNAL(signature)) for signature in SIGNALS]


def _menu_action(workshop: Workshop) -> Any:
    return next(a for a in workshop.menu.actions() if a.objectName() == "action_timer_screen")


def test_the_menu_shows_the_timer_full_screen_without_presenting(
        workshop: Workshop, qtbot: Any, errors: list[BaseException]) -> None:
    window = workshop.window
    workshop.timer.clock = FakeClock()
    _menu_action(workshop).trigger()
    screen = workshop.timer_screen.get()
    assert isinstance(screen, TimerScreen)
    qtbot.waitUntil(screen.isVisible, timeout=5000)
    assert screen.isFullScreen() and screen.isWindow()
    assert screen.screen() is presenting.projector_screen(window)
    assert presenting.showing(window) is None  # the map is not presented
    assert screen.text() == "2:00" and screen.caption() == "Waiting to start"
    workshop.panel.start_timer()
    assert screen.text() == "2:00" and "Personal" in screen.caption()
    assert screen.colours() == COUNTING
    # Large: as wide as fits (a quarter of the screen's width or more), or nearly half
    # its height; far beyond the dock's small clock (~28 px) and the overlay (120 px).
    assert screen.digits_px() >= min(screen.width() // 4, int(screen.height() * 0.45))
    assert screen.digits_px() >= 150
    image = screen.grab().toImage()
    centre = [image.pixelColor(x, image.height() // 2 - screen.digits_px() // 4)
              for x in range(0, image.width(), 4)]
    assert QColor("#ffffff") in centre  # white digits drawn on the black screen
    workshop.timer.clock.now += 120  # type: ignore[attr-defined]
    workshop.timer.tick()
    assert screen.text() == "Time's up!" and screen.colours() == TIME_UP
    QTest.keyClick(screen, Qt.Key.Key_Escape)
    assert not screen.isVisible()
    assert errors == []


def test_the_timer_screen_opens_and_closes_many_times_without_lifetime_errors(
        workshop: Workshop, qtbot: Any, errors: list[BaseException]) -> None:
    timer = workshop.timer
    before = _receivers(timer)
    workshop.panel.start_timer()
    started = _receivers(timer)
    previous = None
    for _round in range(6):
        screen = workshop.show_timer_screen()
        assert screen is not previous and screen.isVisible()
        assert workshop.show_timer_screen() is screen  # asked again: the same one, raised
        assert _receivers(timer) > started
        QTest.keyClick(screen, Qt.Key.Key_Escape)
        assert workshop.timer_screen.get() is screen  # closed, deletion pending
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert not alive(screen) and workshop.timer_screen.get() is None
        assert _receivers(timer) == started
        previous = screen
    timer.tick()
    timer.changed.emit(3.0)
    timer.expired.emit(0)
    timer.skip()
    timer.stop()
    assert errors == []
    assert before[1] <= started[1]
