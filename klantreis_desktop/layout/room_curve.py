"""The room's emotion curve: what the participants' phones said, next to the team's.

Each rated touchpoint gets the room's median and its spread (the middle half of the
scores: first to third quartile), on the phones' −2…+2 scale rescaled to the journey's.
The median points make a dashed curve (like another journey's, see compare_curves.py);
the spread is a band around it. Pure geometry, no Qt.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from klantreis_desktop.layout.compare_curves import CompareCurve
from klantreis_desktop.layout.curves import monotone_segments, score_to_y, spread_ties
from klantreis_desktop.layout.geometry import CurvePoint, JourneyLayout
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model.document import Document

ROOM_COLOUR = "#6a1b9a"
TIE_SPREAD = 0.8
PHONE_SCALE = (-2, 2)


@dataclass(frozen=True)
class RoomStats:
    """One touchpoint's ratings: how many, the median and the middle half."""

    count: int
    median: float
    low: float
    high: float


def stats(scores: list[int]) -> RoomStats | None:
    """Median and quartiles of ``scores`` (None for no scores)."""
    if not scores:
        return None
    ordered = sorted(scores)
    if len(ordered) == 1:
        only = float(ordered[0])
        return RoomStats(1, only, only, only)
    low, _middle, high = statistics.quantiles(ordered, n=4, method="inclusive")
    return RoomStats(len(ordered), float(statistics.median(ordered)), float(low), float(high))


def _rescale(score: float, scale: tuple[int, int]) -> float:
    low, high = scale
    return low + (score - PHONE_SCALE[0]) / (PHONE_SCALE[1] - PHONE_SCALE[0]) * (high - low)


@dataclass(frozen=True)
class RoomCurve:
    """The room's median curve and, per point, the spread band's (x, top y, bottom y)."""

    curve: CompareCurve
    band: tuple[tuple[float, float, float], ...]
    raters: int


def room_curve(doc: Document, layout: JourneyLayout, persona: str,
               scores: dict[str, list[int]], raters: int = 0) -> RoomCurve | None:
    """The room's curve on ``layout`` for the rated touchpoints of its journey."""
    band = layout.emotion_band
    if band is None or not layout.columns:
        return None
    column_of = {c.phase: c for c in layout.columns}
    found: list[tuple[float, float, str, RoomStats]] = []
    for touchpoint, given in scores.items():
        summary = stats(given)
        if (summary is None or touchpoint not in doc or doc.kind(touchpoint) != k.TOUCHPOINT
                or doc.journey_of(touchpoint) != layout.journey):
            continue
        phase = doc.phase_of(touchpoint)
        if phase not in column_of:
            continue
        box = layout.cards.get(touchpoint)
        depth = box.rect.center[1] if box is not None else 0.0
        found.append((column_of[phase].body.center[0], depth, touchpoint, summary))
    if not found:
        return None
    found.sort()
    spread = max(min((c.body.w for c in layout.columns), default=1.0), 1.0) * TIE_SPREAD * 0.8
    xs = spread_ties([item[0] for item in found], spread)
    scale = layout.scale
    points: list[CurvePoint] = []
    bands: list[tuple[float, float, float]] = []
    for x, (_x, _depth, touchpoint, summary) in zip(xs, found, strict=True):
        median = _rescale(summary.median, scale)
        points.append(CurvePoint(f"room:{touchpoint}", touchpoint, round(median), x,
                                 score_to_y(median, band, scale)))
        bands.append((x, score_to_y(_rescale(summary.high, scale), band, scale),
                      score_to_y(_rescale(summary.low, scale), band, scale)))
    segments = monotone_segments([(p.x, p.y) for p in points])
    curve = CompareCurve(persona, ROOM_COLOUR, tuple(points), segments, source_journey="",
                         scenario="room")
    return RoomCurve(curve, tuple(bands), raters)


def medians(scores: dict[str, list[int]]) -> dict[str, float]:
    """Touchpoint -> the room's median (−2…+2), for the rated ones."""
    found = {touchpoint: stats(given) for touchpoint, given in scores.items()}
    return {touchpoint: summary.median for touchpoint, summary in found.items()
            if summary is not None}
