"""The room's emotion curve drawn over the canvas, next to the team's own curve.

Dashed like another journey's curve (OverlayCurveItem), in the room's colour, with the
middle half of the participants' scores as a light band around it and a label saying how
many phones rated. It is not part of the document (nothing to save) until the facilitator
adopts it; it follows the map's layout through the scene's ``layout_followers``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsSimpleTextItem
from shiboken6 import Shiboken

from klantreis_desktop.layout.geometry import JourneyLayout
from klantreis_desktop.layout.room_curve import ROOM_COLOUR, RoomCurve, room_curve
from klantreis_desktop.ui.canvas import look
from klantreis_desktop.ui.canvas.emotion_items import Z_OVERLAY, OverlayCurveItem
from klantreis_desktop.ui.canvas.scene import JourneyScene


class RoomOverlay:
    """Draws the room's ratings for one persona on one scene until :meth:`detach`."""

    def __init__(self, scene: JourneyScene) -> None:
        self.scene = scene
        self.persona = ""
        self.scores: dict[str, list[int]] = {}
        self.raters = 0
        self.curve: RoomCurve | None = None
        self._items: list[QGraphicsPathItem | QGraphicsSimpleTextItem] = []
        self._follow = self._on_layout
        scene.layout_followers.append(self._follow)

    def show(self, persona: str, scores: dict[str, list[int]], raters: int) -> None:
        self.persona, self.scores, self.raters = persona, dict(scores), raters
        if self._alive() and self.scene.layout is not None:
            self._on_layout(self.scene.layout)

    def _alive(self) -> bool:
        return Shiboken.isValid(self.scene)

    def _clear(self) -> None:
        for item in self._items:
            if Shiboken.isValid(item) and item.scene() is not None:
                item.scene().removeItem(item)
        self._items = []

    def _on_layout(self, layout: JourneyLayout) -> None:
        self._clear()
        if not self._alive() or not self.persona:
            self.curve = None
            return
        self.curve = room_curve(self.scene.doc, layout, self.persona, self.scores, self.raters)
        if self.curve is None:
            return
        band = QPainterPath()
        top = [QPointF(x, y) for x, y, _bottom in self.curve.band]
        bottom = [QPointF(x, y) for x, _top, y in reversed(self.curve.band)]
        if len(top) == 1:  # one touchpoint: a short bar
            x, high, low = self.curve.band[0]
            band.addRoundedRect(x - 8, high - 4, 16, low - high + 8, 6, 6)
        else:
            band.moveTo(top[0])
            for point in top[1:] + bottom:
                band.lineTo(point)
            band.closeSubpath()
        spread = QGraphicsPathItem(band)
        fill = QColor(ROOM_COLOUR)
        fill.setAlpha(45)
        spread.setBrush(fill)
        spread.setPen(QPen(Qt.PenStyle.NoPen))
        spread.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        spread.setZValue(Z_OVERLAY - 0.5)
        line = OverlayCurveItem(self.curve.curve)
        line.setOpacity(0.9)
        last = self.curve.curve.points[-1]
        label = QGraphicsSimpleTextItem(QCoreApplication.translate(
            "Room", "Room ({count})").format(count=self.curve.raters))
        label.setBrush(look.colour(ROOM_COLOUR))
        label.setFont(look.font(13.0, bold=True))
        label.setPos(last.x + 10, last.y - 10)
        label.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        label.setZValue(Z_OVERLAY)
        for item in (spread, line, label):
            self.scene.addItem(item)
            self._items.append(item)

    def detach(self) -> None:
        """Take the drawing away and stop following the scene."""
        if self._alive():
            self._clear()
            if self._follow in self.scene.layout_followers:
                self.scene.layout_followers.remove(self._follow)
        self._items = []
        self.curve = None
