"""Flow arrows between touchpoints, and the rubber line shown while drawing a new one.

A wall like groot has 500 arrows, most of them in the touchpoint lane, and their routes
are long: one item per arrow (or per straight piece of it) made every frame walk
thousands of items. So the arrows are drawn by a few dozen *tiles* instead: the scene is
cut into squares of ``TILE`` units, and each :class:`FlowTile` paints, clipped to its
square, the parts of every arrow that cross it, in one go, cached as a pixmap. A repaint
blits a few tiles; a change re-renders only the tiles it touches. Straight runs are
filled bands (far cheaper than stroked lines), one path per arrow, so a dimmed arrow has
no darker elbows and no seams. The selectable :class:`FlowItem` itself draws
nothing and only answers hit tests; :class:`FlowLayer` hands its shapes to the tiles.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager
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
from klantreis_desktop.layout.route_index import GridBox, RouteIndex, cells_of
from klantreis_desktop.ui.canvas import look
from klantreis_desktop.ui.canvas.card_item import SELECTION_COLOUR

ARROW_SIZE = 7.0
Z_FLOW = 15.0
#: Width of the band around the line that still counts as a click on the arrow.
HIT_WIDTH = 9.0
#: Side of a flow tile in scene units (see the module doc).
TILE = 512.0
#: How far the arrows' hit group reaches from the origin every way (any map fits).
#: It makes ``scene.itemsBoundingRect()`` that big: pictures use ``picture_rect()``.
HITS_REACH = 1.0e7

Key = tuple[str, str]
TileKey = tuple[int, int]


@dataclass(frozen=True)
class Look:
    """How one arrow is drawn now (selected arrows are wider and blue; spotlight dims)."""

    colour: QColor
    width: float
    opacity: float

    def pen(self) -> QPen:
        """The pen for lines that are not straight runs, and for the head's outline."""
        pen = QPen(self.colour, self.width)
        pen.setCapStyle(Qt.PenCapStyle.SquareCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        return pen


@dataclass(frozen=True)
class Shapes:
    """What is drawn of one arrow (in one tile, or floating): filled bands for straight
    runs, lines for anything else, the head."""

    look: Look
    bands: tuple[QRectF, ...]
    lines: tuple[QLineF, ...] = ()
    head: QPolygonF | None = None


class FlowItem(QGraphicsRectItem):
    """One flow arrow along the layout's route; select it and press Delete to remove it.

    The item has no contents of its own (the tiles draw it); its rect is the route's
    box, read by Qt in C++ (no Python ``boundingRect`` per hit test). It is a child of
    its layer's :attr:`FlowLayer.hits` group, which keeps the arrows out of the scene's
    index (see there). The scene calls :meth:`show_selected` when the selection
    changes, so nothing is decided while painting.
    """

    def __init__(self, route: FlowRoute, layer: FlowLayer,
                 colour_hex: str = style.FLOW_COLOUR) -> None:
        super().__init__(layer.hits)
        self.layer = layer
        self.source, self.target = route.source, route.target
        self._points: tuple[Point, ...] = ()  # the route hit tests use
        self._drawn: tuple[Point, ...] = ()  # the route on screen (a preview while dragging)
        self._colour_hex = colour_hex
        self._selected = False
        self._opacity = 1.0
        self._shape: QPainterPath | None = None
        #: Set when the arrow left the scene: late restyling (a selection change sent
        #: while it is being removed) must not draw it again.
        self.gone = False
        self.setPen(Qt.PenStyle.NoPen)
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
            self._points = route.points
            self._shape = None  # made when a hit test first asks (see shape)
            xs = [p[0] for p in route.points] or [0.0]
            ys = [p[1] for p in route.points] or [0.0]
            margin = ARROW_SIZE + 2
            self.setRect(min(xs) - margin, min(ys) - margin,
                         max(xs) - min(xs) + 2 * margin, max(ys) - min(ys) + 2 * margin)
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

    def set_arrow_opacity(self, opacity: float) -> None:
        """Dim or light the arrow (spotlight)."""
        self.setOpacity(opacity)
        if opacity != self._opacity:
            self._opacity = opacity
            self.layer.draw(self)

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


class FlowTile(QGraphicsItem):
    """The parts of every arrow that cross one square of the scene, painted together,
    clipped to the square and cached as a device pixmap (one blit per tile).

    A tile keeps no arrows of its own: when it first paints it asks its layer which
    arrows reach it (see :class:`FlowLayer`), so only tiles that are shown ever cut
    arrows into parts. The clip is a rectangle, which Qt aligns to whole pixels:
    neighbouring tiles meet exactly, with neither a gap nor a doubled pixel where an
    arrow crosses from one to the next.
    """

    def __init__(self, key: TileKey, layer: FlowLayer) -> None:
        super().__init__()
        self.tile = key
        self.layer = layer
        self._parts: dict[Key, Shapes] | None = None
        self._square = QRectF(key[0] * TILE, key[1] * TILE, TILE, TILE)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(Z_FLOW)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    @property
    def arrows(self) -> dict[Key, Shapes]:
        """What this tile draws of each arrow that reaches it, in drawing order (asked
        of the layer when first needed, kept until an arrow here changes)."""
        if self._parts is None:
            self._parts = self.layer.parts_in(self.tile)
        return self._parts

    def invalidate(self, keys: set[Key]) -> None:
        """Arrows ``keys`` changed here: cut them again (only them) and repaint."""
        if self._parts is not None:
            self._parts = self.layer.parts_in(self.tile, self._parts, keys)
        look.repaint_all(self)

    def boundingRect(self) -> QRectF:
        return self._square

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setClipRect(self._square)
        for shapes in self.arrows.values():
            arrow_look = shapes.look
            painter.setOpacity(arrow_look.opacity)
            if shapes.bands:
                # One path for all bands: filled once, so where they meet at a corner
                # the overlap is not blended twice and the join shows no seam.
                path = QPainterPath()
                path.setFillRule(Qt.FillRule.WindingFill)
                for band in shapes.bands:
                    path.addRect(band)
                painter.fillPath(path, arrow_look.colour)
            if shapes.lines or shapes.head is not None:
                painter.setPen(arrow_look.pen())
                painter.drawLines(list(shapes.lines))
            if shapes.head is not None:
                painter.setBrush(arrow_look.colour)
                painter.drawPolygon(shapes.head)


class FlowLayer:
    """One scene's flow tiles: every arrow's shapes kept once, whole, with an index of
    the tiles its parts reach (``layout.route_index``); a tile cuts out its part of each
    arrow when it paints.

    So opening a map costs arrows × straight parts, not arrows × tiles crossed (which
    grows as the cards squared on a tall wall), and only the tiles in view ever cut.
    Tiles are made where some arrow reaches and kept (an empty one paints nothing).
    Arrows *floating* with a dragged card are drawn by plain items of their own instead
    (see :meth:`float`): a tile would re-render its whole square on every mouse move.
    """

    def __init__(self, scene: QGraphicsScene) -> None:
        self.scene = scene
        #: The arrows' parent. Qt indexes an item under every cell of its index that
        #: its box covers, and an arrow's box grows with the wall (at 20,000 cards
        #: 5,000 arrows took ~60 MB of index); the children of an item that says they
        #: stay inside its shape are not indexed but asked in turn (in C++, by their
        #: rects) when a point or area lands in it.
        self.hits = QGraphicsRectItem(-HITS_REACH, -HITS_REACH, 2 * HITS_REACH, 2 * HITS_REACH)
        self.hits.setPen(Qt.PenStyle.NoPen)
        self.hits.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.hits.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, True)
        self.hits.setFlag(QGraphicsItem.GraphicsItemFlag.ItemContainsChildrenInShape, True)
        self.hits.setZValue(Z_FLOW)
        scene.addItem(self.hits)
        self.tiles: dict[TileKey, FlowTile] = {}
        self.index: RouteIndex[Key] = RouteIndex()
        #: The arrows on the tiles, whole, and the order they are drawn in (a tile
        #: paints them in the order they came onto the tiles, as one list per tile did).
        self._shapes: dict[Key, Shapes] = {}
        self._order: dict[Key, int] = {}
        self._next = 0
        #: Inside :meth:`batch`: grid boxes whose tiles must repaint, boxes added.
        self._batch = 0
        self._changed: list[tuple[Key, GridBox]] = []
        self._added: list[GridBox] = []
        #: Arrows following a drag -> the items drawing them meanwhile.
        self._floating: dict[Key, list[QGraphicsItem]] = {}
        self._floating_looks: dict[Key, Look] = {}

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Many arrows change at once (a new layout): tiles are made and repainted once
        at the end, from the index, instead of arrow by arrow."""
        self._batch += 1
        try:
            yield
        finally:
            self._batch -= 1
            if not self._batch:
                self._settle()

    def draw(self, arrow: FlowItem) -> None:
        """(Re)draw ``arrow``'s current route with its current look."""
        if arrow.gone:
            return
        shapes = _shapes(arrow.drawn_route(), arrow.arrow_look)
        if arrow.key in self._floating:
            self._draw_floating(arrow.key, shapes)
            return
        self._put(arrow.key, shapes)

    def parts_in(self, tile: TileKey, known: dict[Key, Shapes] | None = None,
                 changed: set[Key] | None = None) -> dict[Key, Shapes]:
        """What ``tile`` draws of each arrow reaching it, in drawing order; parts in
        ``known`` are reused unless their arrow is in ``changed``."""
        square = self._square(tile)
        order, known, changed = self._order, known or {}, changed or set()
        return {key: known[key] if key in known and key not in changed
                else _clipped(self._shapes[key], square)
                for key in sorted(self.index.keys_at(tile), key=order.__getitem__)}

    def float(self, arrows: list[FlowItem]) -> None:
        """Lift ``arrows`` off the tiles while a card they end on is dragged."""
        for arrow in arrows:
            self._drop_from_tiles(arrow.key)
            self._floating.setdefault(arrow.key, [])
            self.draw(arrow)

    def land(self, keys: list[Key], arrows: dict[Key, FlowItem]) -> None:
        """Put floating arrows back on the tiles (those still in ``arrows``)."""
        for key in keys:
            self._floating_looks.pop(key, None)
            for item in self._floating.pop(key, []):
                self.scene.removeItem(item)
            if key in arrows:
                self.draw(arrows[key])

    def forget(self, arrow: FlowItem) -> None:
        """``arrow`` leaves the scene: off every tile, and never drawn again."""
        arrow.gone = True
        self._drop_from_tiles(arrow.key)
        self._floating_looks.pop(arrow.key, None)
        for item in self._floating.pop(arrow.key, []):
            self.scene.removeItem(item)

    def drawn_shapes(self, key: Key) -> list[Shapes]:
        """What is on screen of arrow ``key``: per tile, or its floating shapes."""
        if key in self._floating:
            return [Shapes(Look(QColor(), 0.0, 0.0),
                           tuple(item.sceneBoundingRect() for item in self._floating[key]
                                 if item.isVisible()))]
        shapes = self._shapes.get(key)
        if shapes is None:
            return []
        return [_clipped(shapes, self._square(tile))
                for tile in sorted(cells_of(self.index.boxes(key)))]

    def _put(self, key: Key, shapes: Shapes) -> None:
        """Arrow ``key`` is drawn as ``shapes`` on the tiles from now on."""
        old = self._shapes.get(key)
        if old == shapes:
            return
        self._shapes[key] = shapes
        if key not in self._order:
            self._order[key] = self._next
            self._next += 1
        parts = _grid_parts(shapes)
        boxes = [box for _part, box in parts]
        if old is None or old.look != shapes.look:
            changed = list(self.index.boxes(key)) + boxes
        else:  # only the tiles of the parts that moved (or went, or came) repaint
            before = _grid_parts(old)
            changed = [box for part, box in before if (part, box) not in parts]
            changed += [box for part, box in parts if (part, box) not in before]
        self.index.put(key, boxes)
        self._changed += [(key, box) for box in changed]
        self._added += boxes
        if not self._batch:
            self._settle()

    def _drop_from_tiles(self, key: Key) -> None:
        if self._shapes.pop(key, None) is None:
            return
        self._order.pop(key, None)
        self._changed += [(key, box) for box in self.index.boxes(key)]
        self.index.remove(key)
        if not self._batch:
            self._settle()

    def _settle(self) -> None:
        """Make the tiles new boxes reach, and repaint those whose arrows changed."""
        changed, added = self._changed, self._added
        self._changed, self._added = [], []
        if changed and self.tiles:
            by_cell: dict[TileKey, set[Key]] = {}
            for key, box in changed:
                for cell in cells_of((box,)):
                    by_cell.setdefault(cell, set()).add(key)
            for cell, keys in by_cell.items():
                tile = self.tiles.get(cell)
                if tile is not None:
                    tile.invalidate(keys)
        if added:
            # Few boxes: their own cells. Many (a whole map): every cell the index
            # reaches, found per column by merging row ranges (no box × tile loop).
            cells = cells_of(added) if len(added) < 256 else self.index.cells()
            for cell in cells:
                if cell not in self.tiles:
                    tile = self.tiles[cell] = FlowTile(cell, self)
                    self.scene.addItem(tile)

    def _draw_floating(self, key: Key, shapes: Shapes) -> None:
        """A floating arrow as plain items, reused from move to move (only the pieces
        that changed make Qt repaint anything)."""
        items = self._floating[key]
        wanted: list[QRectF | QLineF | QPolygonF] = [*shapes.bands, *shapes.lines]
        if shapes.head is not None:
            wanted.append(shapes.head)
        # Restyle only when the look changed (a selection or spotlight mid-drag): setting
        # a pen, even the same one, makes Qt repaint the item.
        restyle = self._floating_looks.get(key) != shapes.look
        self._floating_looks[key] = shapes.look
        for index, shape in enumerate(wanted):
            item = items[index] if index < len(items) else None
            kind = _FLOATING_KINDS[type(shape)]
            if not isinstance(item, kind):
                fresh = _floating_item(kind)
                _restyle(fresh, shapes.look)
                if item is None:
                    items.append(fresh)
                else:
                    self.scene.removeItem(item)
                    items[index] = fresh
                self.scene.addItem(fresh)
                item = fresh
            elif restyle:
                _restyle(item, shapes.look)
            if isinstance(item, QGraphicsRectItem):
                item.setRect(shape)  # type: ignore[arg-type]  # kind = type(shape)
            elif isinstance(item, QGraphicsLineItem):
                item.setLine(shape)  # type: ignore[arg-type]  # kind = type(shape)
            elif isinstance(item, QGraphicsPolygonItem):
                item.setPolygon(shape)  # type: ignore[arg-type]  # kind = type(shape)
            item.setVisible(True)
        for spare in items[len(wanted):]:
            spare.setVisible(False)

    @staticmethod
    def _square(tile: TileKey) -> QRectF:
        return QRectF(tile[0] * TILE, tile[1] * TILE, TILE, TILE)


_FLOATING_KINDS: dict[type, type[QGraphicsItem]] = {
    QRectF: QGraphicsRectItem, QLineF: QGraphicsLineItem, QPolygonF: QGraphicsPolygonItem}


def _floating_item(kind: type[QGraphicsItem]) -> QGraphicsItem:
    """A plain item drawing one part of a floating arrow."""
    item = kind()
    item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
    item.setZValue(Z_FLOW)
    return item


def _restyle(item: QGraphicsItem, arrow_look: Look) -> None:
    """Give a floating part the arrow's look."""
    if isinstance(item, QGraphicsRectItem):
        item.setPen(Qt.PenStyle.NoPen)
        item.setBrush(arrow_look.colour)
    elif isinstance(item, QGraphicsLineItem):
        item.setPen(arrow_look.pen())
    elif isinstance(item, QGraphicsPolygonItem):
        item.setPen(arrow_look.pen())
        item.setBrush(arrow_look.colour)
    item.setOpacity(arrow_look.opacity)


def remove_item(scene: QGraphicsScene, item: QGraphicsItem) -> None:
    """Remove ``item`` from ``scene``; an arrow also leaves its tiles for good."""
    if isinstance(item, FlowItem):
        item.layer.forget(item)
    scene.removeItem(item)


def _shapes(points: tuple[Point, ...], arrow_look: Look) -> Shapes:
    """The bands, lines and head that draw the route ``points``.

    A horizontal or vertical run is a band as wide as the pen, reaching half a pen past
    both its ends (a square cap), so consecutive bands cover their corner together. A
    tile fills an arrow's bands as one path (see :meth:`FlowTile.paint`), so the overlap
    at a corner is never blended twice and the joins show no seam.
    """
    half = arrow_look.width / 2
    bands: list[QRectF] = []
    lines: list[QLineF] = []
    for a, b in zip(points, points[1:], strict=False):
        if a[0] != b[0] and a[1] != b[1]:
            lines.append(QLineF(QPointF(*a), QPointF(*b)))
            continue
        bands.append(QRectF(min(a[0], b[0]) - half, min(a[1], b[1]) - half,
                            abs(b[0] - a[0]) + arrow_look.width,
                            abs(b[1] - a[1]) + arrow_look.width))
    head = arrow_head(points[-2], points[-1]) if len(points) >= 2 else None
    return Shapes(arrow_look, tuple(bands), tuple(lines), head)


def _grid_parts(shapes: Shapes) -> list[tuple[tuple[float, ...], GridBox]]:
    """Each part of ``shapes`` (a band, a line, the head) as a comparable tuple, with the
    tiles it reaches (with a little margin for the pen) as a box in tile units."""
    boxes: list[tuple[tuple[float, ...], QRectF]] = [
        ((0.0, band.x(), band.y(), band.width(), band.height()), band)
        for band in shapes.bands]
    boxes += [((1.0, line.x1(), line.y1(), line.x2(), line.y2()),
               QRectF(line.p1(), line.p2()).normalized()) for line in shapes.lines]
    head = shapes.head
    if head is not None:
        corners = [head.at(i) for i in range(head.size())]
        boxes.append(((2.0, *(c for p in corners for c in (p.x(), p.y()))),
                      head.boundingRect()))
    pad = shapes.look.width
    return [(part, (math.floor((box.left() - pad) / TILE),
                    math.floor((box.right() + pad) / TILE),
                    math.floor((box.top() - pad) / TILE),
                    math.floor((box.bottom() + pad) / TILE))) for part, box in boxes]


def _clipped(shapes: Shapes, square: QRectF) -> Shapes:
    """The parts of ``shapes`` that may show in ``square`` (the tile clips the rest)."""
    pad = shapes.look.width
    area = square.adjusted(-pad, -pad, pad, pad)
    bands = tuple(band for band in shapes.bands if band.intersects(area))
    lines = tuple(line for line in shapes.lines
                  if QRectF(line.p1(), line.p2()).normalized().adjusted(-pad, -pad, pad, pad)
                  .intersects(area))
    head = shapes.head if shapes.head is not None and (
        shapes.head.boundingRect().intersects(area)) else None
    return Shapes(shapes.look, bands, lines, head)


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
