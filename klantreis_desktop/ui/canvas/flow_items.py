"""Flow arrows between touchpoints, and the rubber line shown while drawing a new one.

A wall like groot has 500 arrows, most of them in the touchpoint lane, and their routes
are long: one item per arrow (or per straight piece of it) made every frame walk
thousands of items. So the arrows are drawn by a few dozen *tiles* instead: the scene is
cut into squares of ``TILE`` units, every route is cut at the tile lines, and each
:class:`FlowTile` paints the pieces that fall in its square in one go, cached as a
pixmap. A repaint blits a few tiles; a card dragged with its arrows re-renders only the
tiles whose pieces changed. The selectable :class:`FlowItem` itself draws nothing and
only answers hit tests; it hands its pieces to the tiles (:class:`FlowLayer`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

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
#: Side of a flow tile in scene units (see the module doc).
TILE = 512.0
#: How far a piece may reach over its tile's edge (the head, half a pen).
TILE_MARGIN = ARROW_SIZE + 3.0

Key = tuple[str, str]
TileKey = tuple[int, int]


@dataclass(frozen=True)
class Piece:
    """One straight piece of an arrow within one tile: a band (horizontal or vertical
    runs, filled: far cheaper than stroking) or a line (anything else)."""

    rect: QRectF | None
    line: QLineF | None = None


@dataclass(frozen=True)
class Look:
    """How one arrow is drawn now (selected arrows are wider and blue; spotlight dims)."""

    colour: QColor
    width: float
    opacity: float


class FlowItem(QGraphicsItem):
    """One flow arrow along the layout's route; select it and press Delete to remove it.

    The item has no contents of its own (the tiles draw it). The scene calls
    :meth:`show_selected` when the selection changes, so nothing is decided while
    painting.
    """

    def __init__(self, route: FlowRoute, layer: FlowLayer,
                 colour_hex: str = style.FLOW_COLOUR) -> None:
        super().__init__()
        self.layer = layer
        self.source, self.target = route.source, route.target
        self._points: tuple[Point, ...] = ()  # the route hit tests use
        self._drawn: tuple[Point, ...] = ()  # the route on screen (a preview while dragging)
        self._colour_hex = colour_hex
        self._selected = False
        self._opacity = 1.0
        self._bounds = QRectF()
        self._shape: QPainterPath | None = None
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, True)
        self.setZValue(Z_FLOW)
        self.set_route(route)

    @property
    def key(self) -> Key:
        return self.source, self.target

    @property
    def arrow_look(self) -> Look:
        colour = look.colour(SELECTION_COLOUR if self._selected else self._colour_hex)
        return Look(colour, 2.5 if self._selected else 1.6, self._opacity)

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
        if route.points != self._drawn:
            self._drawn = route.points
            self.layer.draw(self)

    def drawn_route(self) -> tuple[Point, ...]:
        """The route on screen (the layer asks when it draws this arrow)."""
        return self._drawn

    def show_selected(self, selected: bool) -> None:
        """Draw the arrow selected (or not); cheap when unchanged."""
        if selected != self._selected:
            self._selected = selected
            self.layer.draw(self)

    def set_parts_opacity(self, opacity: float) -> None:
        """Dim or light the arrow (spotlight)."""
        self.setOpacity(opacity)
        if opacity != self._opacity:
            self._opacity = opacity
            self.layer.draw(self)

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
        """Nothing: the tiles draw (ItemHasNoContents keeps Qt from calling this)."""


class FlowTile(QGraphicsItem):
    """The pieces of every arrow that fall in one square of the scene, painted together
    and cached as a device pixmap (one blit per tile on a repaint)."""

    def __init__(self, key: TileKey) -> None:
        super().__init__()
        self.tile = key
        self.pieces: dict[Key, tuple[Look, list[Piece], QPolygonF | None]] = {}
        area = QRectF(key[0] * TILE, key[1] * TILE, TILE, TILE)
        self._bounds = area.adjusted(-TILE_MARGIN, -TILE_MARGIN, TILE_MARGIN, TILE_MARGIN)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(Z_FLOW)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def set_arrow(self, key: Key, arrow_look: Look, pieces: list[Piece],
                  head: QPolygonF | None) -> None:
        """What this tile draws of arrow ``key`` (nothing when ``pieces`` is empty and
        there is no head); repaints only when it changed."""
        old = self.pieces.get(key)
        if not pieces and head is None:
            if old is not None:
                del self.pieces[key]
                self.update()
            return
        new = (arrow_look, pieces, head)
        if old != new:
            self.pieces[key] = new
            self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for arrow_look, pieces, head in self.pieces.values():
            painter.setOpacity(arrow_look.opacity)
            bands = [p.rect for p in pieces if p.rect is not None]
            if bands:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(arrow_look.colour)
                painter.drawRects(bands)
            lines = [p.line for p in pieces if p.line is not None]
            if lines:
                pen = QPen(arrow_look.colour, arrow_look.width)
                pen.setCapStyle(Qt.PenCapStyle.SquareCap)
                painter.setPen(pen)
                painter.drawLines(lines)
            if head is not None:
                pen = QPen(arrow_look.colour, arrow_look.width)
                pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
                painter.setPen(pen)
                painter.setBrush(arrow_look.colour)
                painter.drawPolygon(head)


class FlowLayer:
    """One scene's flow tiles: arrows hand their pieces here, tile by tile.

    Arrows *floating* with a dragged card are drawn by plain items of their own instead
    (see :meth:`float`): a tile would re-render its whole square on every mouse move.
    """

    def __init__(self, scene: QGraphicsScene) -> None:
        self.scene = scene
        self.tiles: dict[TileKey, FlowTile] = {}
        #: The tiles each arrow has pieces in, so a moved arrow clears the ones it left.
        self._used: dict[Key, set[TileKey]] = {}
        #: Arrows following a drag -> the items drawing them meanwhile.
        self._floating: dict[Key, list[QGraphicsItem]] = {}

    def draw(self, arrow: FlowItem) -> None:
        """(Re)draw ``arrow``'s current route with its current look."""
        points = arrow.drawn_route()
        arrow_look = arrow.arrow_look
        by_tile: dict[TileKey, list[Piece]] = {}
        for a, b in zip(points, points[1:], strict=False):
            for tile, piece in _pieces(a, b, arrow_look.width):
                by_tile.setdefault(tile, []).append(piece)
        head = arrow_head(points[-2], points[-1]) if len(points) >= 2 else None
        if arrow.key in self._floating:
            pieces = [piece for found in by_tile.values() for piece in found]
            self._draw_floating(arrow.key, arrow_look, pieces, head)
            return
        heads = {_tile_of(points[-1]): head} if head is not None else {}
        wanted = set(by_tile) | set(heads)
        for tile in self._used.get(arrow.key, set()) - wanted:
            self.tiles[tile].set_arrow(arrow.key, arrow_look, [], None)
        for tile in wanted:
            self._tile(tile).set_arrow(arrow.key, arrow_look, by_tile.get(tile, []),
                                       heads.get(tile))
        self._used[arrow.key] = wanted

    def float(self, arrows: list[FlowItem]) -> None:
        """Lift ``arrows`` off the tiles while a card they end on is dragged."""
        for arrow in arrows:
            self._clear_tiles(arrow.key)
            self._floating.setdefault(arrow.key, [])
            self.draw(arrow)

    def land(self, keys: list[Key], arrows: dict[Key, FlowItem]) -> None:
        """Put floating arrows back on the tiles (those still in ``arrows``)."""
        for key in keys:
            for item in self._floating.pop(key, []):
                self.scene.removeItem(item)
            if key in arrows:
                self.draw(arrows[key])

    def forget(self, key: Key) -> None:
        """Take arrow ``key`` off every tile (it was removed)."""
        self._clear_tiles(key)
        for item in self._floating.pop(key, []):
            self.scene.removeItem(item)

    def drawn_rects(self, key: Key) -> list[QRectF]:
        """The scene rects of arrow ``key``'s pieces (for tests and hit checks)."""
        if key in self._floating:
            return [item.sceneBoundingRect() for item in self._floating[key]
                    if item.isVisible()]
        found = []
        for tile in self._used.get(key, set()):
            entry = self.tiles[tile].pieces.get(key)
            if entry is None:
                continue
            for piece in entry[1]:
                if piece.rect is not None:
                    found.append(piece.rect)
                elif piece.line is not None:
                    found.append(QRectF(piece.line.p1(), piece.line.p2()).normalized())
            if entry[2] is not None:
                found.append(entry[2].boundingRect())
        return found

    def _clear_tiles(self, key: Key) -> None:
        for tile in self._used.pop(key, set()):
            self.tiles[tile].set_arrow(key, Look(QColor(), 0.0, 0.0), [], None)

    def _draw_floating(self, key: Key, arrow_look: Look, pieces: list[Piece],
                       head: QPolygonF | None) -> None:
        """A floating arrow's pieces as plain items, reused from move to move (only the
        pieces that changed make Qt repaint anything)."""
        items = self._floating[key]
        wanted: list[tuple[type[QGraphicsItem], object]] = [
            (QGraphicsRectItem, piece.rect) if piece.rect is not None
            else (QGraphicsLineItem, piece.line) for piece in pieces]
        if head is not None:
            wanted.append((QGraphicsPolygonItem, head))
        for index, (kind, shape) in enumerate(wanted):
            item = items[index] if index < len(items) else None
            if not isinstance(item, kind):
                fresh = _floating_item(kind, arrow_look)
                if item is None:
                    items.append(fresh)
                else:
                    self.scene.removeItem(item)
                    items[index] = fresh
                self.scene.addItem(fresh)
                item = fresh
            if isinstance(item, QGraphicsRectItem):
                item.setRect(shape)  # type: ignore[arg-type]
            elif isinstance(item, QGraphicsLineItem):
                item.setLine(shape)  # type: ignore[arg-type]
            elif isinstance(item, QGraphicsPolygonItem):
                item.setPolygon(shape)  # type: ignore[arg-type]
            item.setVisible(True)
        for spare in items[len(wanted):]:
            spare.setVisible(False)

    def _tile(self, key: TileKey) -> FlowTile:
        tile = self.tiles.get(key)
        if tile is None:
            tile = self.tiles[key] = FlowTile(key)
            self.scene.addItem(tile)
        return tile


def _floating_item(kind: type[QGraphicsItem], arrow_look: Look) -> QGraphicsItem:
    """A plain item drawing one piece of a floating arrow."""
    pen = QPen(arrow_look.colour, arrow_look.width)
    pen.setCapStyle(Qt.PenCapStyle.SquareCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    item: QGraphicsItem
    if kind is QGraphicsRectItem:
        band = QGraphicsRectItem()
        band.setPen(Qt.PenStyle.NoPen)
        band.setBrush(arrow_look.colour)
        item = band
    elif kind is QGraphicsLineItem:
        line = QGraphicsLineItem()
        line.setPen(pen)
        item = line
    else:
        polygon = QGraphicsPolygonItem()
        polygon.setPen(pen)
        polygon.setBrush(arrow_look.colour)
        item = polygon
    item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
    item.setZValue(Z_FLOW)
    item.setOpacity(arrow_look.opacity)
    return item


def remove_with_parts(scene: QGraphicsScene, item: QGraphicsItem) -> None:
    """Remove ``item`` from ``scene``; an arrow also leaves its tiles."""
    if isinstance(item, FlowItem):
        item.layer.forget(item.key)
    scene.removeItem(item)


def _tile_of(point: Point) -> TileKey:
    return math.floor(point[0] / TILE), math.floor(point[1] / TILE)


def _pieces(a: Point, b: Point, width: float) -> list[tuple[TileKey, Piece]]:
    """The segment a → b cut at the tile lines it crosses, each piece with its tile.

    A horizontal or vertical run becomes bands as wide as the pen; the segment's own ends
    reach half a pen further, like a square cap, which closes the elbows (the cuts get
    none, so neighbouring pieces never overlap). Any other segment stays one line.
    """
    if a[0] == b[0]:
        axis = 1
    elif a[1] == b[1]:
        axis = 0
    else:
        return [(_tile_of(a), Piece(None, QLineF(QPointF(*a), QPointF(*b))))]
    half = width / 2
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
    across = a[1 - axis]
    last = len(cuts) - 2
    found = []
    for index, (p, q) in enumerate(zip(cuts, cuts[1:], strict=False)):
        # Square caps only at the segment's own ends, not at the cuts.
        cap_p = half if index == 0 else 0.0
        cap_q = half if index == last else 0.0
        low, high = (p - cap_p, q + cap_q) if p <= q else (q - cap_q, p + cap_p)
        middle = (p + q) / 2
        if axis == 0:
            rect = QRectF(low, across - half, high - low, width)
            tile = _tile_of((middle, across))
        else:
            rect = QRectF(across - half, low, width, high - low)
            tile = _tile_of((across, middle))
        found.append((tile, Piece(rect)))
    return found


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
