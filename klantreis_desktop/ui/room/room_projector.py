"""The room's join screen for the projector: full screen, only what a room needs to join.

The room window holds the facilitator's controls too (participants with "remove", the
notes to hide), which the room should not see. This screen shows, as large as the
projector allows, the QR code, the short address(es), the join code and how many joined;
nothing else. Esc (or a click) takes it away; it closes with the room.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QKeyEvent, QMouseEvent, QResizeEvent, QScreen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("Room", text)


#: The QR code's share of the screen's height (a phone reads it from the back of a room).
QR_SHARE = 0.72


class RoomProjector(QWidget):
    """Full-screen join screen: QR code, address(es), join code, count."""

    def __init__(self, link: str, addresses: list[str], code: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("room_projector")
        self.setWindowTitle(_tr("Join the room"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setAutoFillBackground(True)
        palette = self.palette()
        for role, colour in ((palette.ColorRole.Window, Qt.GlobalColor.white),
                             (palette.ColorRole.WindowText, Qt.GlobalColor.black)):
            palette.setColor(role, colour)
        self.setPalette(palette)
        self.link = link
        self.qr = QLabel(self)
        self.qr.setObjectName("room_projector_qr")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setToolTip(link)
        self.title = self._label(_tr("Join with your phone"), "room_projector_title")
        self.addresses = self._label("\n".join(addresses), "room_projector_addresses")
        self.code_hint = self._label(_tr("or go to the address and type the code:"),
                                     "room_projector_hint")
        self.code = self._label(code, "room_projector_code")
        self.count = self._label("", "room_projector_count")
        self.back = self._label(_tr("Esc: back to the room's controls"), "room_projector_back")
        text = QVBoxLayout()
        text.addStretch(1)
        for label in (self.title, self.code_hint, self.addresses, self.code, self.count):
            text.addWidget(label)
        text.addStretch(1)
        text.addWidget(self.back)
        row = QHBoxLayout(self)
        row.setContentsMargins(40, 40, 40, 24)
        row.setSpacing(48)
        row.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addLayout(text, 1)
        self.set_count(0)
        self._fit()

    def _label(self, text: str, name: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)  # never read as HTML
        label.setWordWrap(True)
        return label

    def set_count(self, count: int) -> None:
        self.count.setText(_tr("{count} joined").format(count=count))

    def start(self, screen: QScreen | None = None) -> None:
        """Full screen on ``screen`` (the projector; default: where it is)."""
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.raise_()
        self.activateWindow()

    def _fit(self) -> None:
        """QR code and letters as large as the screen allows."""
        from klantreis_desktop.ui.room.room_window import qr_pixmap

        height = max(300, self.height())
        side = int(min(height * QR_SHARE, self.width() * 0.5))
        self.qr.setPixmap(qr_pixmap(self.link, max(240, side)))
        unit = max(14, height // 18)
        for label, size, bold in ((self.title, unit * 1.1, True),
                                  (self.code_hint, unit * 0.55, False),
                                  (self.addresses, unit * 0.95, True),
                                  (self.code, unit * 1.6, True),
                                  (self.count, unit * 0.8, False),
                                  (self.back, max(12.0, unit * 0.35), False)):
            font = QFont(label.font())
            font.setPixelSize(int(size))
            font.setBold(bold)
            label.setFont(font)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Q):
            self.close()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.close()
