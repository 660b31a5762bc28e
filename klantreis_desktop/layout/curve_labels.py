"""Where the emotion lane's measured labels go (issue 19), for the canvas and the poster
alike (no Qt): each measured curve's name and each point's "n=", clear of the curves,
the points and each other."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from klantreis_desktop.layout.geometry import JourneyLayout, Rect
from klantreis_desktop.layout.measured import BADGE_FONT, MeasuredCurve, _overlap


@dataclass(frozen=True)
class CurveLabel:
    key: str  # the curve's key
    rect: Rect
    text: str
    colour: str


def measured_labels(curves: tuple[MeasuredCurve, ...], layout: JourneyLayout,
                    names: Mapping[str, str], size: float = BADGE_FONT,
                    char_width: float = 0.62
                    ) -> tuple[tuple[CurveLabel, ...], tuple[CurveLabel, ...]]:
    """Where each curve's name (``names``: key → text) and each point's "n=" go, for the
    canvas and the poster alike: names after the last point, or before it when they would
    pass the map's right edge, pushed apart so no two lie on one spot; an "n=" under its
    point's band, else above it, else lower down, never on another label; all inside the
    emotion band's row of the map."""
    band = layout.emotion_band
    if band is None:
        return (), ()
    line = size * 1.35
    right = layout.width - 2.0
    ends: list[tuple[float, float, MeasuredCurve, str, float]] = []
    for curve in curves:
        if curve.points and names.get(curve.key):
            text = names[curve.key]
            last = curve.points[-1]
            ends.append((last.y + 2.0, last.x, curve, text,
                         len(text) * size * char_width + 6.0))
    ends.sort(key=lambda item: (item[0], item[1]))
    tops = [min(max(band.y, top), band.bottom - line) for top, *_rest in ends]
    for i in range(1, len(tops)):
        tops[i] = max(tops[i], tops[i - 1] + line)
    overflow = max(0.0, (tops[-1] + line - band.bottom) if tops else 0.0)
    end_labels: list[CurveLabel] = []
    for (_top, x, curve, text, width), top in zip(ends, tops, strict=True):
        top = max(band.y, top - overflow)
        left = x + 12.0 if x + 12.0 + width <= right else max(layout.columns[0].body.x,
                                                              x - 12.0 - width)
        end_labels.append(CurveLabel(curve.key, Rect(left, top, min(width, right - left),
                                                     line), text, curve.colour))
    taken = [label.rect for label in end_labels]
    counts: list[CurveLabel] = []
    for curve in curves:
        for point in curve.points:
            text = f"n={point.n}"
            width = len(text) * size * 0.9 * char_width + 4.0
            spots = [point.y_q1 + 1.0, point.y_q3 - 1.0 - line]
            spots += [point.y_q1 + 1.0 + line * i for i in range(1, 5)]
            spots += [point.y_q3 - 1.0 - line * (i + 1) for i in range(1, 5)]
            rects = [Rect(point.x - width / 2 + dx, y, width, line)
                     for dx in (0.0, width * 0.75, -width * 0.75) for y in spots
                     if band.y - line <= y and y + line <= band.bottom + line
                     and point.x - width / 2 + dx + width <= right]
            chosen = next((r for r in rects if not any(_overlap(r, t) > 0 for t in taken)),
                          rects[0] if rects else Rect(point.x - width / 2, point.y_q1 + 1.0,
                                                      width, line))
            taken.append(chosen)
            counts.append(CurveLabel(curve.key, chosen, text, curve.colour))
    return tuple(end_labels), tuple(counts)


