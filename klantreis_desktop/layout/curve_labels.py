"""Where the emotion lane's labels go, for the canvas and the poster alike (no Qt): each
curve's name at its end and each measured point's "n=", clear of every curve (assumed
and measured), every point and each other (review s6 #8: the names lay on the curves,
the n= labels on the markers).

A label is tried at spots around where it belongs, nearest first; the first spot that
crosses no curve and covers no point and no other label wins. Where none is free, the
spot that crosses the fewest curves is taken (a name is never dropped: it says whose
curve it is).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from klantreis_desktop.layout.geometry import Bezier, JourneyLayout, Point, Rect
from klantreis_desktop.layout.measured import BADGE_FONT, MeasuredCurve, _hits, _overlap
from klantreis_desktop.model.document import Document

#: Markers as drawn at most: an assumed point (canvas 6, a moment of truth's ring 9) and
#: a measured square with its flag ring (9) and "!" (up and right of it).
POINT_REACH = 10.0
BUCKET = 24.0
#: How many lines above and below the band a curve's name may look for a spot.
MARGIN_LINES = 4
#: At most this many spots back along the band (evenly over 1.5 columns).
MAX_STEPS_BACK = 24


@dataclass(frozen=True)
class CurveLabel:
    key: str  # the curve's key (persona id or segment label)
    rect: Rect
    text: str
    colour: str


class Obstacles:
    """The emotion band's curves as short straight pieces (bucketed by x for speed) and
    its points' markers, for testing a label's spot quickly."""

    def __init__(self, segments: Iterable[Bezier], points: Iterable[Point],
                 flagged: Iterable[Point] = ()) -> None:
        self.buckets: dict[int, list[tuple[Point, Point]]] = {}
        for seg in segments:
            line = _flatten(seg)
            for a, b in zip(line, line[1:], strict=False):
                for i in range(int(min(a[0], b[0]) // BUCKET),
                               int(max(a[0], b[0]) // BUCKET) + 1):
                    self.buckets.setdefault(i, []).append((a, b))
        r = POINT_REACH
        self.markers = [Rect(x - r, y - r, 2 * r, 2 * r) for x, y in points]
        self.markers += [Rect(x + 6.0, y - 21.0, 16.0, 16.0) for x, y in flagged]  # "!"

    def crossings(self, rect: Rect) -> int:
        """How many curve pieces ``rect`` crosses."""
        seen: set[tuple[Point, Point]] = set()
        for i in range(int(rect.x // BUCKET), int(rect.right // BUCKET) + 1):
            for piece in self.buckets.get(i, ()):
                if piece not in seen and _hits(rect, *piece):
                    seen.add(piece)
        return len(seen)

    def covers_point(self, rect: Rect) -> bool:
        return any(_overlap(rect, m) > 0 for m in self.markers)


def _flatten(seg: Bezier, steps: int = 8) -> list[Point]:
    out = []
    for i in range(steps + 1):
        t = i / steps
        u = 1 - t
        out.append((u ** 3 * seg.p0[0] + 3 * u * u * t * seg.c1[0] + 3 * u * t * t * seg.c2[0]
                    + t ** 3 * seg.p1[0],
                    u ** 3 * seg.p0[1] + 3 * u * u * t * seg.c1[1] + 3 * u * t * t * seg.c2[1]
                    + t ** 3 * seg.p1[1]))
    return out


def band_obstacles(layout: JourneyLayout, measured: Sequence[MeasuredCurve] = (),
                   from_x: float | None = None) -> Obstacles:
    """Every curve and point of the emotion band: the team's and the measured ones; with
    ``from_x`` only those reaching right of it (the names near the curves' ends need no
    more: a wall of 20,000 cards flattened every curve of the band for them)."""
    low = -float("inf") if from_x is None else from_x
    segments = [s for c in layout.curves for s in c.segments]
    segments += [s for c in measured for s in c.segments]
    segments = [s for s in segments if max(s.p0[0], s.c1[0], s.c2[0], s.p1[0]) >= low]
    points = [(p.x, p.y) for c in layout.curves for p in c.points if p.x >= low]
    points += [(p.x, p.y) for c in measured for p in c.points if p.x >= low]
    flagged = [(p.x, p.y) for c in measured for p in c.points if p.flagged and p.x >= low]
    return Obstacles(segments, points, flagged)


def _best(spots: Iterable[Rect], obstacles: Obstacles, taken: Sequence[Rect],
          points_too: bool = True) -> Rect | None:
    """The first spot that crosses no curve and covers no point or label; else the one
    crossing fewest curves of those on no point and no label; None: no such spot."""
    fallback: tuple[int, Rect] | None = None
    for spot in spots:
        if any(_overlap(spot, t) > 0 for t in taken):
            continue
        if points_too and obstacles.covers_point(spot):
            continue
        crossed = obstacles.crossings(spot)
        if crossed == 0:
            return spot
        if fallback is None or crossed < fallback[0]:
            fallback = (crossed, spot)
    return fallback[1] if fallback is not None else None


def end_labels(layout: JourneyLayout, ends: Sequence[tuple[str, Point, str, float, str]],
               line: float, obstacles: Obstacles, taken: Sequence[Rect] = ()
               ) -> tuple[CurveLabel, ...]:
    """Each curve's name (``ends``: key, last point, text, width, colour) near the end of
    its curve: after it, else before it, level with it or further up or down the band,
    then further back along the band; never across another curve where a spot without
    one exists, never on a point or another name, always inside the band and the map."""
    band = layout.emotion_band
    if band is None or not ends:
        return ()
    right = layout.width - 2.0
    left_edge = layout.columns[0].body.x if layout.columns else band.x
    # The band's row: its margins above and below the band may hold a name too, a few
    # lines of them (a row grown tall by stacked cards would give thousands of spots:
    # the A0 export of 8,000 cards spent 13 s here).
    row = next((r.body for r in layout.rows if r.lane == layout.emotion_lane), band)
    top = max(min(row.y, band.y), band.y - MARGIN_LINES * line) + 1.0
    bottom = min(max(row.bottom, band.bottom), band.bottom + MARGIN_LINES * line) - 1.0
    placed: list[CurveLabel] = []
    used = list(taken)
    for key, (x, y), text, width, colour in sorted(ends, key=lambda e: (e[1][1], e[1][0])):
        width = min(width, right - left_edge)
        column = max((c.body.w for c in layout.columns), default=width)
        xs = [x + 12.0, x - 12.0 - width]
        steps = min(int(1.5 * column / (width / 4)), MAX_STEPS_BACK)  # a wide column
        xs += [x - 12.0 - width - step * 1.5 * column / steps for step in range(1, steps + 1)]
        xs += [b + 4.0 for b in (c.body.x for c in layout.columns) if x - 2 * column < b < x]
        ys = [y - line / 2, top, bottom - line]
        for step in range(1, int((bottom - top) / (line / 2)) + 1):
            ys += [y - line / 2 - step * line / 2, y - line / 2 + step * line / 2]
        borders = sorted(c.body.x for c in layout.columns[1:])
        spots = [Rect(sx, sy, width, line) for sx in xs for sy in ys
                 if left_edge <= sx and sx + width <= right and top <= sy
                 and sy + line <= bottom]
        # Inside the band, then inside one phase's column (a name across a border reads
        # as neither's), then nearest the curve's end.
        spots.sort(key=lambda r: (not band.y <= r.y <= band.bottom - r.h,
                                  _crosses(borders, r.x, r.right),
                                  abs(r.center[1] - y) + 0.5 * min(abs(r.x - x),
                                                                   abs(r.right - x))))
        chosen = _best(spots, obstacles, used) or _best(spots, obstacles, used, False) or (
            spots[0] if spots else Rect(max(left_edge, min(x + 12.0, right - width)),
                                        min(max(top, y - line / 2), bottom - line),
                                        width, line))
        used.append(chosen)
        placed.append(CurveLabel(key, chosen, text, colour))
    return tuple(placed)


def _crosses(borders: list[float], left: float, right: float) -> bool:
    """Whether a column border (``borders`` sorted) lies strictly between left and right."""
    i = bisect.bisect_right(borders, left)
    return i < len(borders) and borders[i] < right


def persona_names(doc: Document, layout: JourneyLayout, size: float,
                  measure: Callable[[str], float], line: float,
                  measured: Sequence[MeasuredCurve] = ()) -> tuple[CurveLabel, ...]:
    """Each persona's name at the end of the team's curve (the poster writes them, so
    the curves read without the legend), clear of the team's and the ``measured``
    curves; ``measure``: a name's width in its font."""
    ends = [(curve.persona, (curve.points[-1].x, curve.points[-1].y),
             doc.title(curve.persona), measure(doc.title(curve.persona)) + 8.0, curve.colour)
            for curve in layout.curves if curve.points and curve.persona in doc]
    if not ends:
        return ()
    # end_labels looks at most two columns and a name's width back from a curve's end.
    column = max((c.body.w for c in layout.columns), default=0.0)
    reach = min(e[1][0] for e in ends) - 2.0 * column - max(e[3] for e in ends) - 24.0
    return end_labels(layout, ends, line, band_obstacles(layout, measured, reach), ())


def measured_labels(curves: tuple[MeasuredCurve, ...], layout: JourneyLayout,
                    names: Mapping[str, str], size: float = BADGE_FONT,
                    char_width: float = 0.62, taken: Sequence[Rect] = ()
                    ) -> tuple[tuple[CurveLabel, ...], tuple[CurveLabel, ...]]:
    """Where each measured curve's name (``names``: key → text) and each point's "n=" go,
    for the canvas and the poster alike: names as :func:`end_labels`; an "n=" under its
    point's band, else above it, else further out or beside, off every curve and point
    where it can be and never on another label (``taken``: labels already placed, such
    as the persona names); all inside the emotion band's row of the map."""
    band = layout.emotion_band
    if band is None:
        return (), ()
    line = size * 1.35
    right = layout.width - 2.0
    obstacles = band_obstacles(layout, curves)
    ends = [(c.key, (c.points[-1].x, c.points[-1].y), names[c.key],
             len(names[c.key]) * size * char_width + 6.0, c.colour)
            for c in curves if c.points and names.get(c.key)]
    named = end_labels(layout, ends, line, obstacles, taken)
    used = [*taken, *(label.rect for label in named)]
    counts: list[CurveLabel] = []
    for curve in curves:
        for point in curve.points:
            text = f"n={point.n}"
            width = len(text) * size * 0.9 * char_width + 4.0
            spots = [point.y_q1 + 1.0, point.y_q3 - 1.0 - line]
            spots += [point.y_q1 + 1.0 + line * i / 2 for i in range(1, 9)]
            spots += [point.y_q3 - 1.0 - line - line * i / 2 for i in range(1, 9)]
            rects = [Rect(point.x - width / 2 + dx, y, width, line)
                     for y in spots for dx in (0.0, width * 0.75, -width * 0.75,
                                               width * 1.5, -width * 1.5)]
            beside = (point.x + POINT_REACH + 1.0, point.x - POINT_REACH - 1.0 - width)
            rects += [Rect(x, y, width, line) for y in (point.y - line / 2, point.y + 1.0,
                                                        point.y - line - 1.0) for x in beside]
            rects = [r for r in rects if band.y - line <= r.y and r.bottom <= band.bottom + line
                     and r.right <= right]
            chosen = _best(rects, obstacles, used) or _best(rects, obstacles, used, False) \
                or (rects[0] if rects else Rect(point.x - width / 2, point.y_q1 + 1.0,
                                                width, line))
            used.append(chosen)
            counts.append(CurveLabel(curve.key, chosen, text, curve.colour))
    return named, tuple(counts)
