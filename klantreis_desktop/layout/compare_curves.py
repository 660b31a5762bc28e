"""Another journey's emotion curves drawn over this one (current vs ideal, side by side).

The workshop compares the journey as it is with the journey as it should be. The other
journey's points are mapped onto this journey's columns: by phase title first (case and
spacing do not matter), else by relative position (first phase to first, last to last).
Scores are rescaled when the two journeys use different scales. Pure geometry, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

from klantreis_desktop.layout.curves import monotone_segments, score_to_y, spread_ties
from klantreis_desktop.layout.geometry import Curve, CurvePoint, JourneyLayout, Rect
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model.document import Document

#: Where layout_journey(..., compare_with=...) keeps the overlay curves in ``extras``.
COMPARE_KEY = "compare_curves"
DEFAULT_COLOUR = "#1f77b4"
TIE_SPREAD = 0.8


@dataclass(frozen=True)
class CompareCurve(Curve):
    """A read-only curve of ``source_journey`` (drawn dashed and lighter)."""

    source_journey: str = ""
    scenario: str = ""  # the source journey's scenario ("current" / "ideal")
    dashed: bool = True


def normalised(title: str) -> str:
    """A phase title for matching: case-folded, runs of whitespace as one space."""
    return " ".join(title.split()).casefold()


def phase_mapping(doc: Document, source: str, target: str) -> dict[str, str]:
    """Each phase of ``source`` -> the phase of ``target`` it is drawn in.

    Equal titles match first; the rest go by relative position (index scaled to the
    target's phase count). Empty when the target has no phases.
    """
    mine = doc.phases(target)
    theirs = doc.phases(source)
    if not mine:
        return {}
    by_title: dict[str, str] = {}
    for phase in mine:
        by_title.setdefault(normalised(doc.title(phase)), phase)
    mapping: dict[str, str] = {}
    count, other = len(mine), len(theirs)
    for index, phase in enumerate(theirs):
        match = by_title.get(normalised(doc.title(phase)))
        if match is None:
            scaled = round(index * (count - 1) / (other - 1)) if other > 1 else 0
            match = mine[min(max(scaled, 0), count - 1)]
        mapping[phase] = match
    return mapping


def counterpart(doc: Document, journey: str) -> str | None:
    """The journey to compare with: the other scenario sharing a persona (None: none)."""
    if journey not in doc or doc.kind(journey) != k.JOURNEY:
        return None
    mine = str(doc.get(journey, "scenario") or "current")
    personas = set(doc.personas_of(journey))
    for other in doc.journeys():
        if other == journey or str(doc.get(other, "scenario") or "current") == mine:
            continue
        if personas & set(doc.personas_of(other)):
            return other
    return None


def _personas(doc: Document, journey: str) -> list[str]:
    """This journey's personas: attached ones, then those only met through an emotion."""
    ordered = doc.personas_of(journey)
    extra = sorted({p for e in doc.emotions(journey)
                    if (p := doc.target(e, k.FELT_BY)) is not None} - set(ordered))
    return ordered + extra


def _rescale(score: int, source: tuple[int, int], target: tuple[int, int]) -> float:
    (lo, hi), (to_lo, to_hi) = source, target
    if hi <= lo:
        return (to_lo + to_hi) / 2
    return to_lo + (score - lo) / (hi - lo) * (to_hi - to_lo)


def compare_curves(doc: Document, layout: JourneyLayout, other: str,
                   visible: set[str] | None = None) -> tuple[CompareCurve, ...]:
    """``other``'s curves for this layout's personas, mapped onto its columns."""
    band: Rect | None = layout.emotion_band
    if (band is None or other == layout.journey or other not in doc
            or doc.kind(other) != k.JOURNEY or not layout.columns):
        return ()
    mapping = phase_mapping(doc, other, layout.journey)
    column_of = {c.phase: c for c in layout.columns}
    phase_index = {p: i for i, p in enumerate(doc.phases(other))}
    source_scale = doc.scale(other)
    scenario = str(doc.get(other, "scenario") or "")
    spread = max(min((c.body.w for c in layout.columns), default=1.0), 1.0) * TIE_SPREAD * 0.8
    curves: list[CompareCurve] = []
    for persona in _personas(doc, layout.journey):
        if visible is not None and persona not in visible:
            continue
        found: list[tuple[float, int, float, str, str, int]] = []
        for emotion in doc.emotions(other, persona):
            anchor, phase = doc.emotion_anchor(emotion), doc.emotion_phase(emotion)
            target = mapping.get(phase) if phase is not None else None
            if anchor is None or target is None or target not in column_of:
                continue
            depth = (float(doc.get(anchor, "order") or 0.0)
                     if doc.kind(anchor) != k.PHASE else float("-inf"))
            score = int(doc.get(emotion, "score"))
            x = column_of[target].body.center[0]
            found.append((x, phase_index.get(str(phase), 0), depth, emotion, anchor, score))
        if not found:
            continue
        found.sort()
        xs = spread_ties([item[0] for item in found], spread)
        points = tuple(
            CurvePoint(emotion, anchor, score, x,
                       score_to_y(_rescale(score, source_scale, layout.scale), band,
                                  layout.scale))
            for x, (_x, _i, _d, emotion, anchor, score) in zip(xs, found, strict=True))
        segments = monotone_segments([(p.x, p.y) for p in points])
        colour = str(doc.get(persona, "colour") or DEFAULT_COLOUR)
        curves.append(CompareCurve(persona, colour, points, segments, source_journey=other,
                                   scenario=scenario))
    return tuple(curves)


def overlay_curves(layout: JourneyLayout) -> tuple[CompareCurve, ...]:
    """The overlay curves stored in ``layout`` (empty when nothing is compared)."""
    value = layout.extras.get(COMPARE_KEY, ())
    return tuple(c for c in value if isinstance(c, CompareCurve)) if isinstance(
        value, tuple) else ()
