"""The timer shown large over the projector picture, with a flashing end signal."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from klantreis_desktop.ui.canvas import look
from klantreis_desktop.ui.lifetime import connect_for_life
from klantreis_desktop.ui.workshop.timer import CountdownTimer, format_seconds

#: Colours of the overlay (text, background): calm while counting, loud at the end.
COUNTING = ("#ffffff", "#000000")
PAUSED = ("#000000", "#e0e0e0")
TIME_UP = ("#000000", "#ffd400")
DIGITS_PX = 120
LABEL_PX = 34
FLASHES = 12


class TimerOverlay(QWidget):
    """Sits in the bottom-right corner of ``host`` and follows ``timer``.

    The timer belongs to the main window's workshop and outlives every presentation and
    board the overlay is shown on: its connections end when the overlay is destroyed.
    """

    def __init__(self, timer: CountdownTimer, host: QWidget) -> None:
        super().__init__(host)
        self.setObjectName("timer_overlay")
        self.timer = timer
        self.host = host
        self.flash_on = False
        self._flashes = 0
        self._flasher = QTimer(self)
        self._flasher.setInterval(450)
        self._flasher.timeout.connect(self._flash)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        connect_for_life(timer.changed, lambda _left: self._refresh(), self)
        connect_for_life(timer.round_started, lambda _i, _d: self._refresh(), self)
        connect_for_life(timer.expired, lambda _i: self._start_flashing(), self)
        host.installEventFilter(self)
        self._refresh()

    def colours(self) -> tuple[str, str]:
        if self.timer.ended:
            return TIME_UP if not self.flash_on else COUNTING
        return COUNTING if self.timer.running else PAUSED

    def text(self) -> str:
        if self.timer.ended:
            return self.tr("Time's up!")
        return format_seconds(self.timer.remaining())

    def caption(self) -> str:
        timer = self.timer
        if not timer.active():
            return ""
        line = self.tr("{dimension} · {number} of {count}").format(
            dimension=timer.dimension(), number=timer.index + 1, count=len(timer.dimensions))
        return line if timer.running or timer.ended else self.tr("Paused") + " · " + line

    def _start_flashing(self) -> None:
        self._flashes = 0
        self._flasher.start()
        self._refresh()

    def _flash(self) -> None:
        self._flashes += 1
        self.flash_on = not self.flash_on and self._flashes < FLASHES
        if self._flashes >= FLASHES:
            self._flasher.stop()
        self.update()

    def _refresh(self) -> None:
        if not self.timer.ended:
            self._flasher.stop()
            self.flash_on = False
        self.setVisible(self.timer.active())
        self._place()
        self.raise_()
        self.update()

    def _place(self) -> None:
        # Bottom right: the phase headers at the top stay readable.
        width = max(460, min(640, self.host.width() // 2))
        height = DIGITS_PX + LABEL_PX + 60
        self.setGeometry(self.host.width() - width - 24, self.host.height() - height - 24,
                         width, height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.host and event.type() == QEvent.Type.Resize:
            self._place()
        return super().eventFilter(watched, event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        fg, bg = self.colours()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QColor(fg))
        painter.setBrush(QColor(bg))
        box = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        painter.drawRoundedRect(box, 18, 18)
        digits = QFont(look.font_family())
        digits.setPixelSize(DIGITS_PX if not self.timer.ended else DIGITS_PX * 3 // 4)
        digits.setBold(True)
        painter.setFont(digits)
        top = QRectF(box.left(), box.top() + 8, box.width(), DIGITS_PX + 16)
        painter.drawText(top, int(Qt.AlignmentFlag.AlignCenter), self.text())
        label = QFont(look.font_family())
        label.setPixelSize(LABEL_PX)
        painter.setFont(label)
        bottom = QRectF(box.left() + 16, top.bottom(), box.width() - 32, LABEL_PX + 24)
        painter.drawText(bottom, int(Qt.AlignmentFlag.AlignCenter),
                         painter.fontMetrics().elidedText(
                             self.caption(), Qt.TextElideMode.ElideRight, int(bottom.width())))
        painter.end()
