"""Geometry types shared by the canvas and the PDF (no Qt). Units are canvas points;
the y axis points down, as on screen (the PDF flips it when drawing)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from klantreis_desktop.layout.phase_header import PhaseHead

Point = tuple[float, float]


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def center(self) -> Point:
        return (self.x + self.w / 2, self.y + self.h / 2)

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x <= self.right and self.y <= y <= self.bottom


class TextMeasurer(Protocol):
    """Measures text so cards can grow with their titles (Qt font metrics, ReportLab, …)."""

    def text_height(self, text: str, width: float, font_size: float) -> float:
        """Height of ``text`` wrapped to ``width`` at ``font_size``."""
        ...


@dataclass(frozen=True)
class Column:
    """A phase column: ``header`` on top, ``body`` spans every visible lane."""

    phase: str
    index: int
    header: Rect
    body: Rect


@dataclass(frozen=True)
class Row:
    """A lane row: ``header`` at the left, ``body`` spans every phase."""

    lane: str
    index: int
    lane_type: str
    header: Rect
    body: Rect


@dataclass(frozen=True)
class CardBox:
    card: str
    kind: str
    phase: str
    lane: str
    index: int  # position in its cell's stack
    rect: Rect


@dataclass(frozen=True)
class CurvePoint:
    emotion: str
    anchor: str  # touchpoint or phase id
    score: int
    x: float
    y: float


@dataclass(frozen=True)
class Bezier:
    """One cubic segment: start, two control points, end."""

    p0: Point
    c1: Point
    c2: Point
    p1: Point


@dataclass(frozen=True)
class Curve:
    persona: str
    colour: str
    points: tuple[CurvePoint, ...]
    segments: tuple[Bezier, ...]


@dataclass(frozen=True)
class FlowRoute:
    source: str
    target: str
    points: tuple[Point, ...]  # polyline from the source card's edge to the target's


@dataclass(frozen=True)
class JourneyLayout:
    journey: str
    width: float
    height: float
    corner: Rect  # top-left box above the lane headers (journey title)
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]  # visible lanes only
    cells: dict[tuple[str, str], Rect]  # (phase, lane) -> cell rect
    cards: dict[str, CardBox]
    curves: tuple[Curve, ...]
    flows: tuple[FlowRoute, ...]
    emotion_band: Rect | None = None  # the plotting area of the emotion lane
    scale: tuple[int, int] = (-2, 2)
    extras: dict[str, object] = field(default_factory=dict)
    #: (phase, lane) -> the cell's card ids in stacking order (for hit tests and drops).
    stacks: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)
    emotion_lane: str | None = None  # the lane whose row holds ``emotion_band``
    #: phase -> its header's texts and their boxes (``layout.phase_header.PhaseHead``).
    heads: dict[str, PhaseHead] = field(default_factory=dict)

    def cell_at(self, x: float, y: float) -> tuple[str, str] | None:
        """The (phase, lane) cell under a point, or None."""
        for key, rect in self.cells.items():
            if rect.contains(x, y):
                return key
        return None
