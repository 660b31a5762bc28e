"""The timer shown large: over the projector picture (:class:`TimerOverlay`) or alone,
full screen on the projector (:class:`TimerScreen`), with a flashing end signal.

Both follow the workshop's one :class:`CountdownTimer`, which outlives every window that
shows it: their connections to it end when they are destroyed (ui/lifetime.py).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRectF, Qt, QTimer
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QScreen,
)
from PySide6.QtWidgets import QToolButton, QWidget

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
#: Side of the overlay's × (stop the timer), in pixels: easy to hit on a big screen.
CLOSE_PX = 44


def _tr(text: str) -> str:
    # One context for both displays, so their shared texts are translated once.
    return QCoreApplication.translate("TimerOverlay", text)


class TimerDisplay(QWidget):
    """What both timer displays share: following the timer, colours, texts, flashing."""

    def __init__(self, timer: CountdownTimer, parent: QWidget | None = None,
                 flags: Qt.WindowType = Qt.WindowType.Widget) -> None:
        super().__init__(parent, flags)
        self.timer = timer
        self.flash_on = False
        self._flashes = 0
        self._flasher = QTimer(self)
        self._flasher.setInterval(450)
        self._flasher.timeout.connect(self._flash)
        connect_for_life(timer.changed, lambda _left: self._refresh(), self)
        connect_for_life(timer.round_started, lambda _i, _d: self._refresh(), self)
        connect_for_life(timer.expired, lambda _i: self._start_flashing(), self)

    def colours(self) -> tuple[str, str]:
        if self.timer.ended:
            return TIME_UP if not self.flash_on else COUNTING
        return COUNTING if self.timer.running else PAUSED

    def text(self) -> str:
        if self.timer.ended:
            return _tr("Time's up!")
        return format_seconds(self.timer.remaining())

    def caption(self) -> str:
        timer = self.timer
        if not timer.active():
            return ""
        line = _tr("{dimension} · {number} of {count}").format(
            dimension=timer.dimension(), number=timer.index + 1, count=len(timer.dimensions))
        return line if timer.running or timer.ended else _tr("Paused") + " · " + line

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
        self.update()

    def paint_face(self, painter: QPainter, box: QRectF, digits_px: int, label_px: int,
                   radius: float) -> None:
        """The time (or "Time's up!") with the round's caption under it, in ``box``
        (outlined when its corners are rounded, ``radius`` > 0)."""
        fg, bg = self.colours()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QColor(fg) if radius > 0 else Qt.PenStyle.NoPen)
        painter.setBrush(QColor(bg))
        painter.drawRoundedRect(box, radius, radius)
        painter.setPen(QColor(fg))
        text = self.text()
        digits = QFont(look.font_family())
        digits.setBold(True)
        size = digits_px if not self.timer.ended else digits_px * 3 // 4
        digits.setPixelSize(size)
        wide = QFontMetricsF(digits).horizontalAdvance(text)
        if wide > box.width() * 0.92:  # "Time's up!" in a long language: shrink to fit
            digits.setPixelSize(max(8, int(size * box.width() * 0.92 / wide)))
        painter.setFont(digits)
        gap = label_px // 2
        total = digits_px + gap + label_px + 24
        top = QRectF(box.left(), box.center().y() - total / 2, box.width(), digits_px + 16)
        painter.drawText(top, int(Qt.AlignmentFlag.AlignCenter), text)
        bottom = QRectF(box.left() + 16, top.bottom() + gap - 8, box.width() - 32,
                        max(label_px + 24, box.bottom() - top.bottom() - gap + 4))
        caption = self.caption()
        font, flags = fit_caption(caption, label_px, bottom.width(), bottom.height())
        painter.setFont(font)
        painter.drawText(bottom, flags, caption)


def fit_caption(text: str, label_px: int, width: float,
                height: float) -> tuple[QFont, int]:
    """The font and flags that show ``text`` whole within ``width`` × ``height``.

    One line while it fits at three fifths of ``label_px`` or more, else wrapped onto more
    lines, smaller as needed: "Gepauzeerd · Persoonlijk · 1 van 3" was cut with an ellipsis
    on a 1920-wide projector (review s7)."""
    font = QFont(look.font_family())
    centre = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
    wrap = centre | int(Qt.TextFlag.TextWordWrap)
    px = max(8, label_px)
    while True:
        font.setPixelSize(px)
        metrics = QFontMetricsF(font)
        if px >= label_px * 0.6 and metrics.horizontalAdvance(text) <= width \
                and metrics.height() <= height:
            return font, centre
        if px < label_px * 0.6 or px <= 8:
            wrapped = metrics.boundingRect(QRectF(0, 0, width, 10 * height), wrap, text)
            if (wrapped.width() <= width and wrapped.height() <= height) or px <= 8:
                return font, wrap
        px = max(8, int(px * 0.9)) if px > 8 else 8


class TimerOverlay(TimerDisplay):
    """Sits in the bottom-right corner of ``host`` while a round is under way.

    Its × stops the timer and so takes it off the screen: a paused round otherwise stayed
    over the projector picture until every dimension had been skipped (review s6 #15).
    """

    def __init__(self, timer: CountdownTimer, host: QWidget) -> None:
        super().__init__(timer, host)
        self.setObjectName("timer_overlay")
        self.host = host
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("timer_overlay_close")
        self.close_button.setText("\u00d7")
        self.close_button.setAutoRaise(True)
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay on the map
        self.close_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.close_button.setToolTip(_tr("Stop the timer and take it off the screen"))
        self.close_button.clicked.connect(timer.stop)
        host.installEventFilter(self)
        self._refresh()

    def _refresh(self) -> None:
        super()._refresh()
        self.setVisible(self.timer.active())
        self._place()
        self.raise_()

    def _place(self) -> None:
        # Bottom right: the phase headers at the top stay readable.
        width = max(460, min(640, self.host.width() // 2))
        height = DIGITS_PX + LABEL_PX + 60
        self.setGeometry(self.host.width() - width - 24, self.host.height() - height - 24,
                         width, height)
        size = CLOSE_PX
        fg, bg = self.colours()
        style = (f"QToolButton {{ color: {fg}; background: {bg}; border: none;"
                 f" font-size: {size - 8}px; font-weight: bold; }}"
                 f" QToolButton:hover {{ color: {bg}; background: {fg};"
                 f" border-radius: {size // 2}px; }}")
        if style != self.close_button.styleSheet():  # not on every tick: a restyle costs
            self.close_button.setStyleSheet(style)
        self.close_button.setGeometry(width - size - 10, 8, size, size)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.host and event.type() == QEvent.Type.Resize:
            self._place()
        return super().eventFilter(watched, event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.paint_face(painter, QRectF(self.rect()).adjusted(2, 2, -2, -2), DIGITS_PX,
                        LABEL_PX, 18)
        painter.end()


class TimerScreen(TimerDisplay):
    """The countdown alone, full screen on the projector, as large as the screen allows.

    For the rounds of a brainstorm without presenting the map; Space pauses and resumes,
    Esc closes it. It deletes
    itself on close: hold it through a ``Guard``, never a plain reference.
    """

    def __init__(self, timer: CountdownTimer, parent: QWidget | None = None) -> None:
        super().__init__(timer, parent, Qt.WindowType.Window
                         | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("timer_screen")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(_tr("Timer"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def text(self) -> str:
        if not self.timer.active():
            return format_seconds(self.timer.seconds)  # the length of a round, waiting
        return super().text()

    def caption(self) -> str:
        if not self.timer.active():
            return _tr("Waiting to start")
        return super().caption()

    def digits_px(self) -> int:
        """Digits as large as fit: 45 % of the height, ``00:00`` within 80 % of the width."""
        probe = QFont(look.font_family())
        probe.setBold(True)
        probe.setPixelSize(100)
        wide = QFontMetricsF(probe).horizontalAdvance("00:00") / 100.0
        return max(24, int(min(self.height() * 0.45, self.width() * 0.8 / wide)))

    def start(self, screen: QScreen | None = None) -> None:
        """Full screen on ``screen`` (the projector; default: where it is)."""
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.raise_()
        self.activateWindow()
        self.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Q):
            self.close()
            return
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.timer.toggle_pause()  # the key a facilitator tries first (review s7)
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._flasher.stop()
        super().closeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(self.colours()[1]))
        digits = self.digits_px()
        self.paint_face(painter, QRectF(self.rect()), digits, max(18, digits // 4), 0)
        painter.end()
