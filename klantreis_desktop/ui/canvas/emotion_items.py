"""The emotion lane's items: one smooth curve per persona and one dot per emotion point.

The curve is drawn from the layout's bézier segments (the PDF draws the same ones); dots
are selectable so a point can be dragged up or down, nudged with the arrow keys or
deleted.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QStyleOptionGraphicsItem, QWidget

from klantreis_desktop.layout.geometry import Curve, CurvePoint
from klantreis_desktop.ui.canvas import look
from klantreis_desktop.ui.canvas.card_item import SELECTION_COLOUR

POINT_RADIUS = 6.0
Z_CURVE = 20.0
Z_POINT = 21.0


def curve_path(curve: Curve) -> QPainterPath:
    """The persona's curve as cubic segments (a single point draws nothing)."""
    path = QPainterPath()
    if not curve.segments:
        return path
    first = curve.segments[0].p0
    path.moveTo(first[0], first[1])
    for seg in curve.segments:
        path.cubicTo(seg.c1[0], seg.c1[1], seg.c2[0], seg.c2[1], seg.p1[0], seg.p1[1])
    return path


class EmotionCurveItem(QGraphicsPathItem):
    """One persona's curve (not clickable: the dots are)."""

    def __init__(self, curve: Curve) -> None:
        super().__init__()
        self.persona = curve.persona
        self._curve: Curve | None = None
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(Z_CURVE)
        self.set_curve(curve)

    def set_curve(self, curve: Curve) -> None:
        if curve == self._curve:
            return
        if self._curve is None or curve.colour != self._curve.colour:
            pen = QPen(look.colour(curve.colour), 3.0)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            self.setPen(pen)
        self._curve = curve
        self.setPath(curve_path(curve))


class EmotionPointItem(QGraphicsItem):
    """An emotion point; ``element_id`` is the emotion's id, its centre is the item's pos."""

    def __init__(self, point: CurvePoint, colour_hex: str) -> None:
        super().__init__()
        self.element_id = point.emotion
        self.colour_hex = colour_hex
        self.score = point.score
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setZValue(Z_POINT)
        self.setCursor(Qt.CursorShape.SizeVerCursor)
        self.setPos(point.x, point.y)

    def set_point(self, point: CurvePoint, colour_hex: str) -> None:
        if (self.pos().x(), self.pos().y()) != (point.x, point.y):
            self.setPos(point.x, point.y)
        if (colour_hex, point.score) != (self.colour_hex, self.score):
            self.colour_hex, self.score = colour_hex, point.score
            self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        r = POINT_RADIUS + 4.0
        return QRectF(-r, -r, 2 * r, 2 * r)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addEllipse(QPointF(0.0, 0.0), POINT_RADIUS + 3.0, POINT_RADIUS + 3.0)
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if self.isSelected():
            painter.setPen(QPen(look.colour(SELECTION_COLOUR), 2.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0.0, 0.0), POINT_RADIUS + 3.0, POINT_RADIUS + 3.0)
        painter.setPen(QPen(look.colour("#ffffff"), 2.0))
        painter.setBrush(look.colour(self.colour_hex))
        painter.drawEllipse(QPointF(0.0, 0.0), POINT_RADIUS, POINT_RADIUS)
