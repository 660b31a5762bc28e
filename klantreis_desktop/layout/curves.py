"""Emotion curves: score <-> y in the emotion band, and smooth béziers that never overshoot.

The curve uses monotone cubic interpolation (Steffen's variant of Fritsch–Carlson, as
d3's ``curveMonotoneX``): every segment's control points lie between its two end points
in y, so the drawn curve stays inside the band and never suggests a score nobody gave.
"""

from __future__ import annotations

from collections.abc import Sequence

from klantreis_desktop.layout.geometry import Bezier, Point, Rect


def score_to_y(score: float, band: Rect, scale: tuple[int, int]) -> float:
    """The canvas y of ``score``: the highest score at the band's top (scores go up)."""
    low, high = scale
    if high <= low:
        return band.y + band.h / 2
    clamped = min(max(score, low), high)
    return band.y + (high - clamped) / (high - low) * band.h


def y_to_score(y: float, band: Rect, scale: tuple[int, int]) -> int:
    """The nearest whole score at canvas ``y`` (for dragging a point up and down)."""
    low, high = scale
    if high <= low or band.h <= 0:
        return low
    fraction = (y - band.y) / band.h
    score = round(high - fraction * (high - low))
    return int(min(max(score, low), high))


def _sign(value: float) -> float:
    return (value > 0) - (value < 0)


def _tangents(points: Sequence[Point]) -> list[float]:
    """Slopes at each point that keep every segment monotone (no overshoot)."""
    n = len(points)
    if n < 2:
        return [0.0] * n
    widths = [points[i + 1][0] - points[i][0] for i in range(n - 1)]
    secants = [(points[i + 1][1] - points[i][1]) / widths[i] if widths[i] else 0.0
               for i in range(n - 1)]
    slopes = [0.0] * n
    for i in range(1, n - 1):
        h0, h1 = widths[i - 1], widths[i]
        s0, s1 = secants[i - 1], secants[i]
        if h0 + h1 <= 0:
            continue
        mean = (s0 * h1 + s1 * h0) / (h0 + h1)
        slopes[i] = (_sign(s0) + _sign(s1)) * min(abs(s0), abs(s1), 0.5 * abs(mean))
    if n == 2:
        slopes[0] = slopes[1] = secants[0]
    else:
        slopes[0] = _end_slope(secants[0], slopes[1])
        slopes[-1] = _end_slope(secants[-1], slopes[-2])
    return slopes


def _end_slope(secant: float, inner: float) -> float:
    """An end point's slope from its segment and the neighbour's slope (d3's slope2)."""
    return (3 * secant - inner) / 2 if secant else 0.0


def monotone_segments(points: Sequence[Point]) -> tuple[Bezier, ...]:
    """Cubic bézier segments through ``points`` (sorted by strictly increasing x)."""
    slopes = _tangents(points)
    segments: list[Bezier] = []
    for i in range(len(points) - 1):
        (x0, y0), (x1, y1) = points[i], points[i + 1]
        third = (x1 - x0) / 3
        c1 = (x0 + third, _between(y0 + slopes[i] * third, y0, y1))
        c2 = (x1 - third, _between(y1 - slopes[i + 1] * third, y0, y1))
        segments.append(Bezier((x0, y0), c1, c2, (x1, y1)))
    return tuple(segments)


def _between(value: float, a: float, b: float) -> float:
    """Clamp rounding noise so a control point never leaves its segment's y range."""
    return min(max(value, min(a, b)), max(a, b))


def spread_ties(xs: Sequence[float], spread: float) -> list[float]:
    """Make equal x values distinct: runs of ties are fanned out over ``spread`` points.

    Stacked cards share a centre x; fanning their points keeps the curve a function of x
    (a smooth line instead of vertical jumps). ``xs`` must be sorted.
    """
    result = list(xs)
    i = 0
    while i < len(result):
        j = i
        while j + 1 < len(result) and result[j + 1] == result[i]:
            j += 1
        count = j - i + 1
        if count > 1:
            step = spread / (count - 1)
            start = result[i] - spread / 2
            for offset in range(count):
                result[i + offset] = start + offset * step
        i = j + 1
    return result
