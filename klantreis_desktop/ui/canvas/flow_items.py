"""Flow arrows between touchpoints, and the rubber line shown while drawing a new one.

A flow's bounding rect spans its whole route, so dozens of them overlap any card being
dragged and are repainted on every frame. They are therefore drawn by Qt's own C++ items
(a path and a polygon, pens set once); the selectable :class:`FlowItem` itself draws
nothing and only answers hit tests.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsPathItem,
    QGraphicsPolygonItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from klantreis_desktop.layout import style
from klantreis_desktop.layout.geometry import FlowRoute, Point
from klantreis_desktop.ui.canvas import look
from klantreis_desktop.ui.canvas.card_item import SELECTION_COLOUR

ARROW_SIZE = 7.0
Z_FLOW = 15.0
#: Width of the band around the line that still counts as a click on the arrow.
HIT_WIDTH = 9.0


class FlowItem(QGraphicsItem):
    """One flow arrow along the layout's route; select it and press Delete to remove it.

    The item has no contents of its own: a child path item draws the line and a child
    polygon item the head, both in C++. The scene calls :meth:`show_selected` when the
    selection changes, so nothing is decided while painting.
    """

    def __init__(self, route: FlowRoute, colour_hex: str = style.FLOW_COLOUR) -> None:
        super().__init__()
        self.source, self.target = route.source, route.target
        self._points: tuple[Point, ...] = ()
        self._colour_hex = colour_hex
        self._shown_selected: bool | None = None
        self._bounds = QRectF()
        self._shape = QPainterPath()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, True)
        self.setZValue(Z_FLOW)
        self.line = QGraphicsPathItem(self)
        self.head = QGraphicsPolygonItem(self)
        for child in (self.line, self.head):
            child.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.show_selected(False)
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
        stroker = QPainterPathStroker()
        stroker.setWidth(HIT_WIDTH)
        self._shape = stroker.createStroke(path)
        margin = ARROW_SIZE + 2
        self._bounds = path.boundingRect().adjusted(-margin, -margin, margin, margin)
        if len(route.points) < 2:
            self.line.setPath(QPainterPath())
            self.head.setPolygon(QPolygonF())
            return
        self.line.setPath(path)
        self.head.setPolygon(arrow_head(route.points[-2], route.points[-1]))

    def show_selected(self, selected: bool) -> None:
        """Give the line and head the selected (or normal) pen; cheap when unchanged."""
        if selected == self._shown_selected:
            return
        self._shown_selected = selected
        colour = look.colour(SELECTION_COLOUR if selected else self._colour_hex)
        pen = QPen(colour, 2.5 if selected else 1.6)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        self.line.setPen(pen)
        self.head.setPen(pen)
        self.head.setBrush(colour)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return self._bounds

    def shape(self) -> QPainterPath:
        return self._shape

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        """Nothing: the children draw (ItemHasNoContents keeps Qt from calling this)."""


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
