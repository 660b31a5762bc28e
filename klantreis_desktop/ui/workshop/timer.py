"""The brainstorm timer: a countdown per dimension, 3–5 dimensions in a row (seed 000).

Time is read from an injected clock (monotonic seconds) and checked on a QTimer tick, so
tests drive it with a fake clock and call :meth:`CountdownTimer.tick` themselves.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

Clock = Callable[[], float]
DEFAULT_SECONDS = 120.0
TICK_MS = 200
MAX_ROUNDS = 9


def format_seconds(seconds: float) -> str:
    """``m:ss``, rounded up so 0:00 only shows when the time is really up."""
    whole = max(0, int(-(-seconds // 1)))
    return f"{whole // 60}:{whole % 60:02d}"


class CountdownTimer(QObject):
    """Rounds of ``seconds`` each, one per dimension, with pause, +1 min and skip."""

    #: Remaining seconds of the current round (on every tick and every change).
    changed = Signal(float)
    #: A round began: its index and dimension.
    round_started = Signal(int, str)
    #: The time of round ``index`` ran out: the end signal.
    expired = Signal(int)
    #: The last round ended (ran out or skipped).
    all_done = Signal()

    def __init__(self, clock: Clock = time.monotonic, parent: QObject | None = None,
                 audible: bool = False) -> None:
        super().__init__(parent)
        self.clock = clock
        self.audible = audible
        self.dimensions: list[str] = []
        self.seconds = DEFAULT_SECONDS
        self.index = -1
        self.running = False
        self.ended = False  # the current round's time ran out
        self._deadline = 0.0
        self._left = 0.0  # remaining seconds while paused
        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self.tick)

    # Starting and steering ------------------------------------------------------------

    def start(self, dimensions: list[str], seconds: float = DEFAULT_SECONDS) -> None:
        """Begin with the first dimension; refuses an empty list or a silly duration."""
        names = [d.strip() for d in dimensions if d.strip()][:MAX_ROUNDS]
        if not names:
            raise ValueError(QCoreApplication.translate(
                "Workshop", "Name at least one dimension to brainstorm on."))
        if not 5 <= seconds <= 3600:
            raise ValueError(QCoreApplication.translate(
                "Workshop", "A round lasts between 5 seconds and an hour."))
        self.dimensions = names
        self.seconds = float(seconds)
        self._begin(0)

    def _begin(self, index: int) -> None:
        self.index = index
        self.ended = False
        self.running = True
        self._deadline = self.clock() + self.seconds
        self.ticker.start()
        self.round_started.emit(index, self.dimension())
        self.changed.emit(self.remaining())

    def dimension(self) -> str:
        return self.dimensions[self.index] if 0 <= self.index < len(self.dimensions) else ""

    def active(self) -> bool:
        """A round is under way or waiting (paused, or ended and not yet moved on)."""
        return 0 <= self.index < len(self.dimensions)

    def paused(self) -> bool:
        """A round stopped halfway by Pause: Resume (or Start) carries on from here."""
        return self.active() and not self.running and not self.ended

    def remaining(self) -> float:
        if not self.active():
            return 0.0
        if self.running:
            return max(0.0, self._deadline - self.clock())
        return 0.0 if self.ended else self._left

    def pause(self) -> None:
        if self.running:
            self._left = self.remaining()
            self.running = False
            self.ticker.stop()
            self.changed.emit(self._left)

    def resume(self) -> None:
        if self.active() and not self.running and not self.ended:
            self._deadline = self.clock() + self._left
            self.running = True
            self.ticker.start()
            self.changed.emit(self.remaining())

    def toggle_pause(self) -> None:
        if self.running:
            self.pause()
        else:
            self.resume()

    def add_minute(self) -> None:
        """One more minute for this round (also revives a round that just ran out)."""
        if not self.active():
            return
        if self.ended:
            self.ended = False
            self._left = 0.0
            self._deadline = self.clock() + 60.0
            self.running = True
            self.ticker.start()
        elif self.running:
            self._deadline += 60.0
        else:
            self._left += 60.0
        self.changed.emit(self.remaining())

    def skip(self) -> None:
        """On to the next dimension (after the last one: done)."""
        if not self.active():
            return
        if self.index + 1 < len(self.dimensions):
            self._begin(self.index + 1)
        else:
            already = self.ended  # the end of the last round was already announced
            self.stop()
            if not already:
                self.all_done.emit()

    def stop(self) -> None:
        self.ticker.stop()
        self.running = False
        self.ended = False
        self.index = -1
        self.changed.emit(0.0)

    # The tick ---------------------------------------------------------------------------

    def tick(self) -> None:
        """Check the clock: report the time left and give the end signal once."""
        if not self.running:
            return
        left = self.remaining()
        self.changed.emit(left)
        if left <= 0.0:
            self.running = False
            self.ended = True
            self.ticker.stop()
            if self.audible:
                QApplication.beep()
            self.expired.emit(self.index)
            if self.index + 1 >= len(self.dimensions):
                self.all_done.emit()
