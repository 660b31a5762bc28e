"""Metric badges (issue 19): a small label per touchpoint card and phase header with its
figures, for the canvas and the poster alike (no Qt).

A badge is measured with the font it is drawn in (``measure``: the canvas passes Qt's
font metrics, the poster ReportLab's), so its text is never cut: it shows as many
figures as fit in the card's width and "+n" for the rest. Only when not even one figure
fits does it shrink (to :data:`MIN_SCALE` of its size) and then shorten that figure —
never the "+n", which says there is more (the tooltip lists it all).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from klantreis_desktop.layout.geometry import JourneyLayout, Point, Rect
from klantreis_desktop.layout.measured import (
    BADGE_FONT,
    BADGE_HEIGHT,
    MapWords,
    _hits,
    _segments,
    figure_text,
    map_words,
)
from klantreis_desktop.model import measures as m
from klantreis_desktop.model.document import Document

#: (text, font size) -> width, in the units the badge is drawn in.
Measure = Callable[[str, float], float]
#: A badge never shrinks below this share of its font size.
MIN_SCALE = 0.8
#: Room kept around a badge for an arrowhead (its length and half its width).
ARROW_CLEARANCE = 8.0


def approx_width(text: str, size: float) -> float:
    """A generous estimate (wider than the canvas' and the poster's fonts) for callers
    without a real measurer."""
    return len(text) * size * 0.62


def inset(size: float) -> float:
    """Space between a badge's edge and its text on each side (4 at the editing size)."""
    return size * 0.45


def _padding(size: float) -> float:
    return 2 * inset(size) + size * 0.2  # and a little slack for rounding


@dataclass(frozen=True)
class MetricBadge:
    node: str
    rect: Rect
    text: str
    assumed: bool  # every figure shown is assumed (drawn dashed)
    font_size: float = BADGE_FONT


def badge_text(doc: Document, journey: str, values: list[m.MetricValue], count: int,
                words: MapWords) -> tuple[str, bool]:
    """The first ``count`` figures and "+n" for the rest; whether all shown are assumed.

    Written in ``words``' language (``map_words``), names and numbers alike: the map
    speaks one language, on screen as on its poster."""
    shown = values[:count]
    parts = [figure_text(m.metric_def_of(doc, journey, v.metric), v.value, words.decimal,
                         words.translate) for v in shown]
    if any(v.evidence == "assumed" for v in shown):
        parts = [("≈ " if v.evidence == "assumed" else "") + part
                 for v, part in zip(shown, parts, strict=True)]
    text = " · ".join(parts) + (f" +{len(values) - count}" if len(values) > count else "")
    return text, all(v.evidence == "assumed" for v in shown)


def badge_blocked(rect: Rect, flows: list[tuple[Point, Point]]) -> bool:
    """Whether a flow arrow (with its head) runs through the badge."""
    c = ARROW_CLEARANCE  # above and below: a head at the end of a vertical run
    grown = Rect(rect.x - 1.0, rect.y - c, rect.w + 2.0, rect.h + 2 * c)
    return any(_hits(grown, a, b) for a, b in flows)


def _squeezed(doc: Document, journey: str, values: list[m.MetricValue], words: MapWords,
              room: float, size: float, measure: Measure) -> tuple[str, bool, float]:
    """One figure in ``room``: smaller down to :data:`MIN_SCALE`, then shortened with
    "…" — the "+n" stays whole."""
    text, assumed = badge_text(doc, journey, values, 1, words)
    small = size
    while measure(text, small) + _padding(small) > room and small > size * MIN_SCALE:
        small = max(size * MIN_SCALE, small - 0.5)
    more = f" +{len(values) - 1}" if len(values) > 1 else ""
    figure = text[:len(text) - len(more)]
    while figure and measure(text, small) + _padding(small) > room:
        figure = figure[:-1].rstrip()
        text = figure + "…" + more
    return text, assumed, small


def metric_badges(doc: Document, layout: JourneyLayout, lang: str | None = None,
                  first: str | None = None, measure: Measure | None = None,
                  size: float = BADGE_FONT, segment: str = "") -> tuple[MetricBadge, ...]:
    """One badge per touchpoint card and phase header with figures for every customer
    (segment ""), over the card's top right edge or inside the header's bottom right.

    A card's badge goes where no flow arrow runs (an arrow into a stacked card lands on
    its top edge): right, else left on the edge, with fewer figures if need be; only
    when nothing is free it keeps its place (the canvas then draws it over the arrow).
    ``lang``: the language the figures are written in (a poster's own; None: the
    journey's, see ``map_words``); ``first``: the metric shown first (the heat map's);
    ``measure`` and ``size``: the font the badges are drawn in (presenting draws them
    bigger); ``segment``: whose figures ("" every customer's; ``measures.shown_segment``).
    """
    journey = layout.journey
    words = map_words(doc, journey, lang)
    width_of = measure or approx_width
    order = {d.name: i for i, d in enumerate(m.metric_defs(doc, journey))}
    if first is not None:
        order[first] = -1
    height = BADGE_HEIGHT * size / BADGE_FONT
    badges: list[MetricBadge] = []
    headers = {c.phase: c.header for c in layout.columns}
    flows = [seg for route in layout.flows for seg in _segments(route.points)]
    for node in m.measured_nodes(doc, journey):
        values = sorted((v for v in m.metrics_of(doc, node) if v.segment == segment),
                        key=lambda v: (order.get(v.metric, len(order)), v.metric))
        if not values:
            continue
        box = layout.cards.get(node)
        if box is not None:
            r = box.rect
            spot = Rect(r.x, r.y - height * 0.6, r.w, height)
            badges.append(_placed(doc, journey, node, values, spot, flows, words,
                                  width_of, size))
        elif node in headers:
            h = headers[node]
            spot = Rect(h.x + 4.0, h.bottom - height - 4.0, h.w - 8.0, height)
            badges.append(_placed(doc, journey, node, values, spot, [], words,
                                  width_of, size))
    return tuple(badges)


def _placed(doc: Document, journey: str, node: str, values: list[m.MetricValue],
            spot: Rect, flows: list[tuple[Point, Point]], words: MapWords, measure: Measure,
            size: float) -> MetricBadge:
    """The badge with the most figures that fit ``spot``'s width at a place on it that
    no arrow crosses (right first); else the most that fit, at the right."""
    fallback: MetricBadge | None = None
    for count in range(len(values), 0, -1):
        text, assumed = badge_text(doc, journey, values, count, words)
        width = measure(text, size) + _padding(size)
        if width > spot.w:
            continue
        for x in (spot.right - width, spot.x + 6.0, spot.x):
            if x < spot.x or x + width > spot.right + 0.01:
                continue
            rect = Rect(x, spot.y, width, spot.h)
            badge = MetricBadge(node, rect, text, assumed, size)
            if fallback is None:
                fallback = badge
            if not badge_blocked(rect, flows):
                return badge
    if fallback is not None:
        return fallback
    text, assumed, small = _squeezed(doc, journey, values, words, spot.w, size, measure)
    return MetricBadge(node, Rect(spot.x, spot.y, spot.w, spot.h), text, assumed, small)
