"""Flow arrows between touchpoints, and the rubber line shown while drawing a new one."""

from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsLineItem, QStyleOptionGraphicsItem, QWidget

from klantreis_desktop.layout.geometry import FlowRoute, Point
from klantreis_desktop.ui.canvas import look
from klantreis_desktop.ui.canvas.card_item import SELECTION_COLOUR
from klantreis_desktop.ui.canvas.theme import theme_of

ARROW_SIZE = 7.0
Z_FLOW = 15.0


class FlowItem(QGraphicsItem):
    """One flow arrow along the layout's route; select it and press Delete to remove it."""

    def __init__(self, route: FlowRoute) -> None:
        super().__init__()
        self.source, self.target = route.source, route.target
        self._points: tuple[Point, ...] = ()
        self._path = QPainterPath()
        self._shape = QPainterPath()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setZValue(Z_FLOW)
        self.set_route(route)

    @property
    def key(self) -> tuple[str, str]:
        return self.source, self.target

    def set_route(self, route: FlowRoute) -> None:
        if route.points == self._points:
            return
        self.prepareGeometryChange()
        self._points = route.points
        path = QPainterPath()
        if route.points:
            path.moveTo(*route.points[0])
            for point in route.points[1:]:
                path.lineTo(*point)
        self._path = path
        stroker = QPainterPathStroker()
        stroker.setWidth(9.0)
        self._shape = stroker.createStroke(path)
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return self._path.boundingRect().adjusted(-ARROW_SIZE - 2, -ARROW_SIZE - 2,
                                                   ARROW_SIZE + 2, ARROW_SIZE + 2)

    def shape(self) -> QPainterPath:
        return self._shape

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        if len(self._points) < 2:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        colour = look.colour(SELECTION_COLOUR if self.isSelected() else theme_of(self).flow)
        pen = QPen(colour, 2.5 if self.isSelected() else 1.6)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        painter.setBrush(colour)
        painter.drawPolygon(arrow_head(self._points[-2], self._points[-1]))


def arrow_head(before: Point, tip: Point) -> QPolygonF:
    """A filled triangle at ``tip`` pointing away from ``before``."""
    angle = math.atan2(tip[1] - before[1], tip[0] - before[0])
    left = angle + math.radians(150)
    right = angle - math.radians(150)
    return QPolygonF([
        QPointF(*tip),
        QPointF(tip[0] + ARROW_SIZE * math.cos(left), tip[1] + ARROW_SIZE * math.sin(left)),
        QPointF(tip[0] + ARROW_SIZE * math.cos(right), tip[1] + ARROW_SIZE * math.sin(right)),
    ])


class RubberLine(QGraphicsLineItem):
    """The dashed line from a touchpoint's handle to the pointer while drawing a flow."""

    def __init__(self, start: QPointF) -> None:
        super().__init__(QLineF(start, start))
        pen = QPen(look.colour(SELECTION_COLOUR), 2.0)
        pen.setStyle(Qt.PenStyle.DashLine)
        self.setPen(pen)
        self.setZValue(90.0)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def stretch_to(self, end: QPointF) -> None:
        self.setLine(QLineF(self.line().p1(), end))
