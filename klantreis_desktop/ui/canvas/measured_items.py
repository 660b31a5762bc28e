"""Measured data on the canvas (issue 19): metric badges, measured emotion curves and the
conformance marks of the last check against an event log.

The geometry comes from :mod:`klantreis_desktop.layout.measured` (the poster draws the
same); these items only paint it. None of them takes mouse input, so every click reaches
the cards and emotion points beneath. :class:`MeasuredLayer` keeps the three items of one
scene in step with its layout; a presentation's scene builds its own layer from the same
document, so the room sees what the facilitator sees.

A conformance result belongs to no file (it is a view of a log), so it is kept per
document in :data:`CONFORMANCE` — weakly, and shared by every scene of the document. It
holds the map it was checked on (:func:`map_signature`): once the journey's touchpoints
or flow arrows differ, the check is stale — no marks, nothing on the poster, the analysis
panel says "check again" — and undoing back to the checked map shows it again.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QStyleOptionGraphicsItem,
    QWidget,
)
from shiboken6 import Shiboken

from klantreis_desktop.layout.badges import MetricBadge, inset, metric_badges
from klantreis_desktop.layout.curve_labels import CurveLabel, measured_labels
from klantreis_desktop.layout.geometry import Bezier, JourneyLayout
from klantreis_desktop.layout.measured import (
    BADGE_FONT,
    DROP_FILL,
    DROP_TEXT,
    FLAG_COLOUR,
    SHARE_FILL,
    SHARE_TEXT,
    ArrowMark,
    DropMark,
    MeasuredCurve,
    conformance_marks,
    decimal_for,
    figure_lines,
    measured_curves,
)
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model.document import Document
from klantreis_desktop.ui.canvas import look

if TYPE_CHECKING:
    from klantreis_desktop.ui.canvas.scene import JourneyScene

Z_BAND = 18.5  # under the assumed curves (20) and the compare overlay (19)
Z_BADGES = 15.5  # above the cards (10) and the flows (15): opaque, so a figure is never crossed
Z_CONFORMANCE = 15.2  # above the arrows they widen, under the badges they keep off
CONFORMANCE_COLOUR = "#1d6fb8"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Canvas", text)


@dataclass
class ConformanceView:
    """What the canvas shows of a conformance check of one journey."""

    arrow_shares: dict[tuple[str, str], float] = field(default_factory=dict)
    drop_shares: dict[str, float] = field(default_factory=dict)
    label: str = ""
    #: The whole result (an analysis.conformance.Conformance) for the analysis panel.
    result: object = None
    #: The map it was checked on (:func:`map_signature`; None: the map when it is shown).
    signature: tuple[object, ...] | None = None


def map_signature(doc: Document, journey: str) -> tuple[object, ...]:
    """What a check depends on: the journey's touchpoints (id and title, which the log's
    events match) and its flow arrows. Any other edit leaves a check valid."""
    if journey not in doc:
        return ()
    touchpoints = tuple(sorted((n, doc.title(n)) for n in doc.parts(journey, k.TOUCHPOINT)))
    return touchpoints, tuple(sorted(doc.flows(journey)))


#: Document → journey → the last conformance check shown on its canvases.
CONFORMANCE: weakref.WeakKeyDictionary[Document, dict[str, ConformanceView]] = (
    weakref.WeakKeyDictionary())


#: Every scene's layer, so a new check shows on every canvas of its journey at once.
LAYERS: weakref.WeakSet[MeasuredLayer] = weakref.WeakSet()


def set_conformance(doc: Document, journey: str, view: ConformanceView | None) -> None:
    """Show (or with None: stop showing) a check on every canvas of ``journey``."""
    views = CONFORMANCE.setdefault(doc, {})
    if view is None:
        views.pop(journey, None)
    else:
        if view.signature is None:
            view.signature = map_signature(doc, journey)
        views[journey] = view
    for layer in list(LAYERS):
        scene = layer.scene()
        if scene is not None and scene.doc is doc and scene.journey == journey:
            layer.sync(scene.layout)


def conformance_of(doc: Document, journey: str, stale: bool = False
                   ) -> ConformanceView | None:
    """The check shown for ``journey``: None when the map changed since (``stale``: also
    then — the analysis panel says so, the menu can clear it)."""
    view = CONFORMANCE.get(doc, {}).get(journey)
    if view is None or stale or is_current(doc, journey, view):
        return view
    return None


def is_current(doc: Document, journey: str, view: ConformanceView) -> bool:
    """Whether the map is still the one ``view`` was checked on."""
    return view.signature is None or view.signature == map_signature(doc, journey)


class _Painted(look.TooltipItem):
    """A read-only item over the whole map that paints what it is given."""

    def __init__(self, z: float) -> None:
        super().__init__()
        self._bounds = QRectF()
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, False)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable, False)
        self.setZValue(z)

    def _fit(self, layout: JourneyLayout) -> None:
        bounds = QRectF(-20.0, -20.0, layout.width + 140.0, layout.height + 40.0)
        if bounds != self._bounds:
            self.prepareGeometryChange()
            self._bounds = bounds
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds


class MeasuredCurvesItem(_Painted):
    """Each measured curve: the interquartile band, the median line, n under each point,
    and a red ring with "!" where the assumption needs checking."""

    def __init__(self) -> None:
        super().__init__(Z_BAND)
        self.curves: tuple[MeasuredCurve, ...] = ()
        self.names: tuple[CurveLabel, ...] = ()
        self.counts: tuple[CurveLabel, ...] = ()
        self.size = BADGE_FONT

    def set_curves(self, curves: tuple[MeasuredCurve, ...], layout: JourneyLayout,
                   size: float = BADGE_FONT) -> None:
        """``size``: the labels' font size (the theme's: bigger when presenting)."""
        self.curves, self.size = curves, size
        names = {c.key: _tr("{name}, measured").format(name=c.label) if c.label
                 else _tr("measured") for c in curves}
        self.names, self.counts = measured_labels(curves, layout, names, size=size)
        self._fit(layout)

    def flagged(self) -> list[str]:
        return [p.anchor for c in self.curves for p in c.points if p.flagged]

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        small = look.font(self.size)
        for curve in self.curves:
            colour = look.colour(curve.colour)
            band = QPolygonF([QPointF(x, y) for x, y in curve.band()])
            fill = QColor(look.colour(curve.colour))  # a copy: look.colour is cached,
            fill.setAlphaF(0.16)  # and a shared colour made translucent fades every curve
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawPolygon(band)
            pen = QPen(colour, 2.0, Qt.PenStyle.DotLine)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(_bezier_path(curve.segments))
            painter.setFont(small)
            for point in curve.points:
                painter.setPen(QPen(colour, 1.5))
                painter.setBrush(QBrush(look.colour("#ffffff")))
                painter.drawRect(QRectF(point.x - 4.0, point.y - 4.0, 8.0, 8.0))
                if point.flagged:
                    painter.setPen(QPen(look.colour(FLAG_COLOUR), 2.0))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawEllipse(QPointF(point.x, point.y), 9.0, 9.0)
                    painter.setFont(look.font(self.size + 1, bold=True))
                    painter.drawText(QRectF(point.x + 8.0, point.y - 20.0, 14.0, 14.0),
                                     int(Qt.AlignmentFlag.AlignCenter), "!")
                    painter.setFont(small)
        for label, size in [*((n, self.size) for n in self.names),
                            *((c, self.size * 0.9) for c in self.counts)]:
            r = QRectF(label.rect.x, label.rect.y, label.rect.w, label.rect.h)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(look.colour("#ffffff"))
            painter.setOpacity(0.85)
            painter.drawRoundedRect(r, 3.0, 3.0)
            painter.setOpacity(1.0)
            painter.setFont(look.font(size))  # regular: the layout measured it so
            painter.setPen(_darker(label.colour))
            painter.drawText(r, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextSingleLine),
                             painter.fontMetrics().elidedText(
                                 label.text, Qt.TextElideMode.ElideRight, int(r.width())))


class MetricBadgesItem(_Painted):
    """The figures of touchpoints and phases as small labels (dashed: assumed)."""

    def __init__(self) -> None:
        super().__init__(Z_BADGES)
        self.badges: tuple[MetricBadge, ...] = ()
        #: Per node every figure, one per line: the tooltip says what "+3" hides.
        self.tooltips: dict[str, str] = {}
        self._shape = QPainterPath()
        self.setAcceptHoverEvents(True)  # for the tooltip; clicks still pass through

    def set_badges(self, badges: tuple[MetricBadge, ...], layout: JourneyLayout,
                   tooltips: dict[str, str] | None = None) -> None:
        self.badges = badges
        self.tooltips = dict(tooltips or {})
        self.prepareGeometryChange()
        self._shape = QPainterPath()
        for badge in badges:
            self._shape.addRect(QRectF(badge.rect.x, badge.rect.y, badge.rect.w, badge.rect.h))
        self._fit(layout)

    def shape(self) -> QPainterPath:
        """Only the badges: hover and tooltips elsewhere reach the items beneath."""
        return self._shape

    def tooltip_at(self, x: float, y: float) -> str:
        for badge in reversed(self.badges):
            if badge.rect.contains(x, y):
                return self.tooltips.get(badge.node, badge.text)
        return ""

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for badge in self.badges:  # sized by the layout in this font: the text fits
            painter.setFont(look.font(badge.font_size))
            pad = inset(badge.font_size)
            r = QRectF(badge.rect.x, badge.rect.y, badge.rect.w, badge.rect.h)
            pen = QPen(look.colour("#1d2733"), 1.0,
                       Qt.PenStyle.DashLine if badge.assumed else Qt.PenStyle.SolidLine)
            painter.setPen(pen)
            painter.setBrush(look.colour("#fff7d6" if badge.assumed else "#e3f1ff"))
            painter.drawRoundedRect(r, 6.0, 6.0)
            painter.setPen(look.colour("#1d2733"))
            painter.drawText(r.adjusted(pad, 0.0, -pad, 0.0), int(
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextSingleLine), badge.text)


class ConformanceItem(_Painted):
    """Arrow widths with the share of customers, and drop-off marks at the cards."""

    def __init__(self) -> None:
        super().__init__(Z_CONFORMANCE)
        self.arrows: tuple[ArrowMark, ...] = ()
        self.drops: tuple[DropMark, ...] = ()

    def set_marks(self, arrows: tuple[ArrowMark, ...], drops: tuple[DropMark, ...],
                  layout: JourneyLayout) -> None:
        self.arrows, self.drops = arrows, drops
        self._fit(layout)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for mark in self.arrows:  # every stroke first: no wide arrow over a label
            if len(mark.points) < 2:
                continue
            colour = QColor(look.colour(CONFORMANCE_COLOUR))  # a copy (cached colour)
            colour.setAlphaF(0.35)
            pen = QPen(colour, mark.width)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            path = QPainterPath(QPointF(*mark.points[0]))
            for point in mark.points[1:]:
                path.lineTo(QPointF(*point))
            painter.drawPath(path)
        for mark in self.arrows:
            if not mark.label:  # nobody took it: the hairline says so
                continue
            painter.setFont(look.font(mark.font_size, bold=True))
            r = mark.label_rect
            label = QRectF(r.x, r.y, r.w, r.h)
            painter.setPen(QPen(look.colour(SHARE_TEXT), 0.8))
            painter.setBrush(look.colour(SHARE_FILL))
            painter.drawRoundedRect(label, 4.0, 4.0)
            painter.drawText(label, int(Qt.AlignmentFlag.AlignCenter), mark.label)
        for drop in self.drops:
            r = drop.rect
            rect = QRectF(r.x, r.y, r.w, r.h)
            painter.setPen(QPen(look.colour(DROP_TEXT), 1.0))
            painter.setBrush(look.colour(DROP_FILL))
            painter.drawRoundedRect(rect, 4.0, 4.0)
            painter.setFont(look.font(drop.font_size, bold=True))
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter),
                             drop.tag_text())


def _darker(hex_colour: str) -> QColor:
    """A curve's colour dark enough to read as small text on white."""
    colour = look.colour(hex_colour)
    return colour.darker(135) if colour.lightnessF() > 0.45 else colour


def _bezier_path(segments: Sequence[Bezier]) -> QPainterPath:
    path = QPainterPath()
    if segments:
        path.moveTo(*segments[0].p0)
        for seg in segments:
            path.cubicTo(*seg.c1, *seg.c2, *seg.p1)
    return path


T = TypeVar("T", bound=_Painted)


class MeasuredLayer:
    """The measured items of one scene, made only when there is something to show."""

    def __init__(self, scene: JourneyScene) -> None:
        self._scene = weakref.ref(scene)
        LAYERS.add(self)
        self.curves: MeasuredCurvesItem | None = None
        self.badges: MetricBadgesItem | None = None
        self.conformance: ConformanceItem | None = None

    def scene(self) -> JourneyScene | None:
        scene = self._scene()
        return scene if scene is not None and Shiboken.isValid(scene) else None

    def sync(self, layout: JourneyLayout | None) -> None:
        scene = self.scene()
        if scene is None:
            return
        doc = scene.doc
        curves: tuple[MeasuredCurve, ...] = ()
        badges: tuple[MetricBadge, ...] = ()
        view: ConformanceView | None = None
        size = scene.theme.badge_font_size  # a presentation's: to read on a projector
        if layout is not None:
            curves = measured_curves(doc, layout, visible=scene.visible_personas)
            heat = getattr(scene, "heat_mode", None) or ""
            badges = metric_badges(doc, layout, first=heat[len("metric:"):]
                                   if heat.startswith("metric:") else None,
                                   measure=scene.measurer.text_width, size=size,
                                   segment=scene.figure_segment)
            view = conformance_of(doc, scene.journey)
        self.curves = self._keep(self.curves, bool(curves), MeasuredCurvesItem)
        if self.curves is not None and layout is not None:
            self.curves.set_curves(curves, layout, size)
        self.badges = self._keep(self.badges, bool(badges), MetricBadgesItem)
        if self.badges is not None and layout is not None:
            decimal = decimal_for(None)  # a tooltip speaks the interface's language
            self.badges.set_badges(badges, layout, {
                b.node: "\n".join([doc.title(b.node), *figure_lines(
                    doc, scene.journey, b.node, decimal)]) for b in badges})
        self.conformance = self._keep(self.conformance, view is not None, ConformanceItem)
        if self.conformance is not None and view is not None and layout is not None:
            footers = [r for card in scene.cards.values() for r in card.footer_marks()]
            arrows, drops = conformance_marks(layout, view.arrow_shares, view.drop_shares,
                                              avoid=[b.rect for b in badges],
                                              footers=footers, size=size)
            self.conformance.set_marks(arrows, drops, layout)

    def _keep(self, item: T | None, wanted: bool, make: Callable[[], T]) -> T | None:
        scene = self.scene()
        if not wanted or scene is None:
            if item is not None and item.scene() is not None:
                item.scene().removeItem(item)
            return None
        if item is None:
            item = make()
            scene.addItem(item)
        return item
