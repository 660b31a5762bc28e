"""The emotion lane's items: one smooth curve per persona and one dot per emotion point.

The curve is drawn from the layout's bézier segments (the PDF draws the same ones); dots
are selectable so a point can be dragged up or down, nudged with the arrow keys or
deleted.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QCursor, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPathItem,
)

from klantreis_desktop.layout.geometry import Curve, CurvePoint
from klantreis_desktop.ui.canvas import look
from klantreis_desktop.ui.canvas.card_item import SELECTION_COLOUR

POINT_RADIUS = 6.0
Z_CURVE = 20.0
Z_POINT = 21.0
#: Qt's enum members, looked up once (each lookup through a Python enum class costs; a
#: big journey makes 600 points at start-up).
_NO_BUTTON = Qt.MouseButton.NoButton
_SELECTABLE = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
_NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
_DEVICE_CACHE = QGraphicsItem.CacheMode.DeviceCoordinateCache
_GRAB = POINT_RADIUS + 3.0


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
        # A 3-unit antialiased curve across the whole wall costs more to stroke than to
        # blit; Qt caches only the part in view.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
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
        look.repaint_all(self)  # see there: the curve spans the whole wall


class PointTools:
    """The pens, brushes and cursor every emotion point uses, made once per scene sync
    rather than once per point (Qt copies them into each item: implicitly shared)."""

    def __init__(self) -> None:
        self.no_pen = QPen(Qt.PenStyle.NoPen)
        self.dot_pen = QPen(look.colour("#ffffff"), 2.0)
        self.cursor = QCursor(Qt.CursorShape.SizeVerCursor)
        self._brushes: dict[str, QBrush] = {}

    def brush(self, colour_hex: str) -> QBrush:
        found = self._brushes.get(colour_hex)
        if found is None:
            found = self._brushes[colour_hex] = QBrush(look.colour(colour_hex))
        return found


class EmotionPointItem(QGraphicsEllipseItem):
    """An emotion point; ``element_id`` is the emotion's id, its centre is the item's pos.

    Hundreds of points are on screen at once, so nothing here runs Python while painting:
    the item itself is Qt's ellipse item, a little larger than the dot (a generous grab
    area), answering bounding rect and hit tests in C++ and drawing nothing; a child
    ellipse paints the dot, and a second one (made on the first selection) the ring. The
    scene calls :meth:`show_selected` when the selection changes.
    """

    def __init__(self, point: CurvePoint, colour_hex: str,
                 tools: PointTools | None = None) -> None:
        tools = tools if tools is not None else PointTools()
        super().__init__(-_GRAB, -_GRAB, 2 * _GRAB, 2 * _GRAB)
        self.element_id = point.emotion
        self.colour_hex = colour_hex
        self.score = point.score
        self._shown_selected = False
        self.setPen(tools.no_pen)
        self.setFlag(_SELECTABLE, True)
        self.setFlag(_NO_CONTENTS, True)
        self.setZValue(Z_POINT)
        self.setCursor(tools.cursor)
        self.ring: QGraphicsEllipseItem | None = None  # made when first selected
        self.dot = QGraphicsEllipseItem(-POINT_RADIUS, -POINT_RADIUS, 2 * POINT_RADIUS,
                                        2 * POINT_RADIUS, self)
        self.dot.setPen(tools.dot_pen)
        self.dot.setBrush(tools.brush(colour_hex))
        # A cached pixmap is blitted far faster than an outlined ellipse is stroked.
        self.dot.setCacheMode(_DEVICE_CACHE)
        self.dot.setAcceptedMouseButtons(_NO_BUTTON)
        self.setPos(point.x, point.y)

    def set_point(self, point: CurvePoint, colour_hex: str) -> None:
        if (self.pos().x(), self.pos().y()) != (point.x, point.y):
            self.setPos(point.x, point.y)
        if colour_hex != self.colour_hex:
            self.dot.setBrush(look.colour(colour_hex))
        self.colour_hex, self.score = colour_hex, point.score

    def show_selected(self, selected: bool) -> None:
        """Show or hide the selection ring (called by the scene, never while painting)."""
        if selected != self._shown_selected:
            self._shown_selected = selected
            if self.ring is None:
                ring_r = POINT_RADIUS + 3.0
                self.ring = QGraphicsEllipseItem(-ring_r, -ring_r, 2 * ring_r, 2 * ring_r, self)
                self.ring.setPen(QPen(look.colour(SELECTION_COLOUR), 2.0))
                self.ring.setBrush(Qt.BrushStyle.NoBrush)
                self.ring.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            self.ring.setVisible(selected)


#: The overlay (another journey's curve) sits under this journey's own curves.
Z_OVERLAY = 19.0
OVERLAY_OPACITY = 0.55
OVERLAY_DOT = 3.5


class OverlayCurveItem(QGraphicsPathItem):
    """Another journey's curve for one persona: dashed, lighter, read-only.

    Never selectable and accepts no mouse buttons, so presses fall through to the items
    below and a drag can never change the other journey from here.
    """

    def __init__(self, curve: Curve) -> None:
        super().__init__()
        self.persona = curve.persona
        self.source_journey = str(getattr(curve, "source_journey", ""))
        self._curve: Curve | None = None
        self.dots = QGraphicsPathItem(self)
        self.dots.setPen(QPen(Qt.PenStyle.NoPen))
        self.dots.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, False)
        self.setZValue(Z_OVERLAY)
        self.setOpacity(OVERLAY_OPACITY)
        self.set_curve(curve)

    def set_curve(self, curve: Curve) -> None:
        if curve == self._curve:
            return
        if self._curve is None or curve.colour != self._curve.colour:
            pen = QPen(look.colour(curve.colour), 2.5, Qt.PenStyle.DashLine)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            self.setPen(pen)
            self.dots.setBrush(look.colour(curve.colour))
        self._curve = curve
        self.source_journey = str(getattr(curve, "source_journey", ""))
        self.setPath(curve_path(curve))
        dots = QPainterPath()
        for point in curve.points:
            dots.addEllipse(QPointF(point.x, point.y), OVERLAY_DOT, OVERLAY_DOT)
        self.dots.setPath(dots)
