"""Flow arrows between touchpoints, and the rubber line shown while drawing a new one.

A flow's bounding rect spans its whole route, so over a hundred of them overlap a card
being dragged through groot. They are therefore drawn by Qt's own C++ items, one filled
band per straight piece and a polygon for the head (styles set once). The pieces are cut
at the lines of a 512-unit grid of tiles and each tile's pieces are children of one
holder item (:class:`FlowLayer`): Qt finds the few holders a frame touches in its index
and walks only their pieces, and it checks a few dozen holders, not thousands of items,
for changes on every frame. The selectable :class:`FlowItem` itself draws nothing and
only answers hit tests; removing it takes its pieces along (:func:`remove_with_parts`)."""

from __future__ import annotations

import math
from typing import TypeVar

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsPolygonItem,
    QGraphicsRectItem,
    QGraphicsScene,
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

    The item has no contents of its own: its :meth:`parts` (line items and a polygon,
    C++) draw. The scene calls :meth:`show_selected` when the selection changes, so
    nothing is decided while painting.
    """

    def __init__(self, route: FlowRoute, layer: FlowLayer,
                 colour_hex: str = style.FLOW_COLOUR) -> None:
        super().__init__()
        self.layer = layer
        self.source, self.target = route.source, route.target
        self._points: tuple[Point, ...] = ()  # the route hit tests use
        self._drawn: tuple[Point, ...] = ()  # the route on screen (a preview while dragging)
        self._colour_hex = colour_hex
        self._shown_selected: bool | None = None
        self._bounds = QRectF()
        self._shape: QPainterPath | None = None
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, True)
        self.setZValue(Z_FLOW)
        self.segments: list[QGraphicsItem] = []
        self._pieces: list[tuple[Point, Point, tuple[bool, bool], float]] = []
        self.head = _part(QGraphicsPolygonItem())
        # 500 antialiased heads on a zoomed-out wall: blitted from a pixmap, not filled.
        self.head.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.head.setZValue(Z_FLOW + 1)  # over the lines in its holder
        self.show_selected(False)
        self.set_route(route)

    @property
    def key(self) -> tuple[str, str]:
        return self.source, self.target

    def parts(self) -> list[QGraphicsItem]:
        """The items that draw this flow (top-level in the scene, see the module doc)."""
        return [*self.segments, self.head]

    def set_parts_opacity(self, opacity: float) -> None:
        """Dim or light the flow (spotlight): the parts are not children, so tell them."""
        self.setOpacity(opacity)
        for part in self.parts():
            part.setOpacity(opacity)

    def set_route(self, route: FlowRoute, preview: bool = False) -> None:
        """Draw the arrow along ``route``. A ``preview`` (an arrow following a dragged
        card) moves only the drawing: the hit area stays until the real route comes,
        because telling Qt about a new box for a long arrow costs more than drawing it."""
        if not preview and route.points != self._points:
            self.prepareGeometryChange()
            self._points = route.points
            self._shape = None  # made when a hit test first asks (see shape)
            xs = [p[0] for p in route.points] or [0.0]
            ys = [p[1] for p in route.points] or [0.0]
            margin = ARROW_SIZE + 2
            self._bounds = QRectF(min(xs) - margin, min(ys) - margin,
                                  max(xs) - min(xs) + 2 * margin,
                                  max(ys) - min(ys) + 2 * margin)
        if route.points == self._drawn:
            return
        self._drawn = route.points
        self._set_segments(route.points)
        if len(route.points) < 2:
            self.head.setPolygon(QPolygonF())
            return
        self.head.setPolygon(arrow_head(route.points[-2], route.points[-1]))
        self.layer.hold(self.head, route.points[-1])

    def _set_segments(self, points: tuple[Point, ...]) -> None:
        """One item per straight piece, held by the tile it lies in. Items are kept in a
        pool and reused, hidden when not needed: a dragged card re-routes its arrows on
        every mouse move, and adding an item costs far more than moving or hiding one."""
        width = self._width()
        pieces = [(*piece, width) for a, b in zip(points, points[1:], strict=False)
                  for piece in _pieces(a, b)]
        drawn, self._pieces = self._pieces, pieces
        for index, (a, b, capped, _width) in enumerate(pieces):
            old = self.segments[index] if index < len(self.segments) else None
            if old is not None and index < len(drawn) and drawn[index] == pieces[index]:
                continue  # the same piece: nothing to tell Qt
            segment = _segment(old, a, b, width, capped)
            self.layer.hold(segment, ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2))
            if segment is old:
                segment.setVisible(True)
                continue
            self._style(segment)
            if self.opacity() != 1.0:
                segment.setOpacity(self.opacity())
            if old is None:
                self.segments.append(segment)
            else:
                _drop(old)
                self.segments[index] = segment
        for spare in self.segments[len(pieces):]:
            spare.setVisible(False)

    def show_selected(self, selected: bool) -> None:
        """Give the line and head the selected (or normal) look; cheap when unchanged."""
        if selected == self._shown_selected:
            return
        self._shown_selected = selected
        for segment in self.segments:
            self._style(segment)
        self._set_segments(self._drawn)  # the bands are as wide as the pen
        pen = QPen(self._colour(), self._width())
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        self.head.setPen(pen)
        self.head.setBrush(self._colour())

    def _colour(self) -> QColor:
        return look.colour(SELECTION_COLOUR if self._shown_selected else self._colour_hex)

    def _width(self) -> float:
        return 2.5 if self._shown_selected else 1.6

    def _style(self, segment: QGraphicsItem) -> None:
        if isinstance(segment, QGraphicsRectItem):
            segment.setBrush(self._colour())
        elif isinstance(segment, QGraphicsLineItem):
            pen = QPen(self._colour(), self._width())
            pen.setCapStyle(Qt.PenCapStyle.SquareCap)
            segment.setPen(pen)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return self._bounds

    def shape(self) -> QPainterPath:
        if self._shape is None:
            path = QPainterPath()
            if self._points:
                path.moveTo(*self._points[0])
                for point in self._points[1:]:
                    path.lineTo(*point)
            stroker = QPainterPathStroker()
            stroker.setWidth(HIT_WIDTH)
            self._shape = stroker.createStroke(path)
        return self._shape

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        """Nothing: the children draw (ItemHasNoContents keeps Qt from calling this)."""


_Part = TypeVar("_Part", bound=QGraphicsItem)


def _part(item: _Part) -> _Part:
    """A drawing part of a flow: at the flow's height, never the target of a click."""
    item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
    item.setZValue(Z_FLOW)
    return item


def _segment(item: QGraphicsItem | None, a: Point, b: Point, width: float,
             capped: tuple[bool, bool] = (True, True)) -> QGraphicsItem:
    """``item`` set to the segment a → b, or a new part when its type does not fit.

    A horizontal or vertical segment is a filled band as wide as the pen (the raster
    engine fills those far faster than it strokes a line); ``capped`` says at which ends
    it reaches half a pen further, like a square cap, which closes the elbows (the cuts
    between pieces get none, so dimmed pieces never overlap). Anything else stays a line.
    """
    if a[0] == b[0] or a[1] == b[1]:
        band = item if isinstance(item, QGraphicsRectItem) else None
        if band is None:
            band = _part(QGraphicsRectItem())
            band.setPen(Qt.PenStyle.NoPen)
        half = width / 2
        axis = 1 if a[0] == b[0] else 0
        (low, low_cap), (high, high_cap) = sorted(((a[axis], capped[0]), (b[axis], capped[1])))
        low -= half if low_cap else 0.0
        high += half if high_cap else 0.0
        across = a[1 - axis] - half
        if axis == 0:
            band.setRect(low, across, high - low, width)
        else:
            band.setRect(across, low, width, high - low)
        return band
    stroke = item if isinstance(item, QGraphicsLineItem) else _part(QGraphicsLineItem())
    stroke.setLine(a[0], a[1], b[0], b[1])
    return stroke


#: Straight runs are cut where they cross multiples of this many scene units. While a
#: card is dragged its arrows change only near their ends; the pieces in between keep
#: their exact rects, so Qt repaints a short piece instead of a whole corridor line.
TILE = 512.0


def _pieces(a: Point, b: Point) -> list[tuple[Point, Point, tuple[bool, bool]]]:
    """The segment a → b cut at the tile lines it crosses (axis-aligned runs only), each
    piece with whether its ends are the segment's own ends (see :func:`_segment`)."""
    if a[0] == b[0]:
        axis = 1
    elif a[1] == b[1]:
        axis = 0
    else:
        return [(a, b, (True, True))]
    start, end = a[axis], b[axis]
    step = TILE if end > start else -TILE
    cuts = [start]
    edge = (math.floor(start / TILE) + (1 if step > 0 else 0)) * TILE
    if edge == start:
        edge += step
    while (edge - end) * step < 0:
        cuts.append(edge)
        edge += step
    cuts.append(end)

    def at(value: float) -> Point:
        return (value, a[1]) if axis == 0 else (a[0], value)

    last = len(cuts) - 2
    return [(at(p), at(q), (i == 0, i == last))
            for i, (p, q) in enumerate(zip(cuts, cuts[1:], strict=False))]


def _drop(part: QGraphicsItem) -> None:
    if part.scene() is not None:
        part.scene().removeItem(part)


class FlowLayer:
    """The holders of one scene's flow pieces, one per tile (see the module doc)."""

    def __init__(self, scene: QGraphicsScene) -> None:
        self.scene = scene
        self.holders: dict[tuple[int, int], QGraphicsRectItem] = {}

    def hold(self, part: QGraphicsItem, at: Point) -> None:
        """Make the holder of the tile around ``at`` the parent of ``part``."""
        key = (math.floor(at[0] / TILE), math.floor(at[1] / TILE))
        holder = self.holders.get(key)
        if holder is None:
            holder = QGraphicsRectItem(key[0] * TILE, key[1] * TILE, TILE, TILE)
            holder.setPen(Qt.PenStyle.NoPen)
            holder.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, True)
            _part(holder)
            self.scene.addItem(holder)
            self.holders[key] = holder
        if part.parentItem() is not holder:
            part.setParentItem(holder)


def remove_with_parts(scene: QGraphicsScene, item: QGraphicsItem) -> None:
    """Remove ``item`` from ``scene``, and a flow's drawing pieces with it."""
    if isinstance(item, FlowItem):
        for part in item.parts():
            if part.scene() is scene:
                scene.removeItem(part)
    scene.removeItem(item)


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
