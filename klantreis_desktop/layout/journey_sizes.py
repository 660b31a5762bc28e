"""A journey's layout size at any fill size, without laying it out anew (no Qt).

The poster looks for the largest print scale at which its journey fits the sheet: a
bisection that asks ~50 times how wide and high the grid is when its columns widen to
some width. Each answer used to be a whole :func:`layout_journey` (every card measured,
placed and boxed, the document read again): two thirds of an A0 export.
:class:`LayoutSizes` reads the document once and then answers with the size steps of
``journey_layout`` itself (the same functions, so the same floats, in the same order),
re-measuring a card only when the new width could move one of its line breaks: a
measurer with ``text_height_span`` (the PDF's) says over which widths a title keeps its
lines, and the tries of a bisection soon stay inside those spans.
"""

from __future__ import annotations

import math
from collections.abc import Collection
from dataclasses import dataclass, field, replace
from typing import Protocol, runtime_checkable

from klantreis_desktop.layout.geometry import TextMeasurer
from klantreis_desktop.layout.journey_layout import (
    card_height,
    card_inner_width,
    column_widths,
    header_height,
    lane_heights,
    lane_title_heights,
    read_grid,
    stack_height,
)
from klantreis_desktop.layout.layout_options import LayoutOptions
from klantreis_desktop.model.document import Document


@runtime_checkable
class SpanMeasurer(Protocol):
    """A measurer that also says over which widths a height holds."""

    def text_height_span(self, text: str, width: float,
                         font_size: float) -> tuple[float, float, float]:
        """``(height, low, high)``: the same height for every width ``w`` with
        ``low <= max(w, 1.0) < high``."""
        ...


@dataclass
class _Column:
    """One phase column's cells, and the widths over which their stack heights hold."""

    cells: list[tuple[str, list[str]]]  # (lane, cards) in lane order
    low: float = math.inf  # empty span: nothing measured yet
    high: float = -math.inf
    stacks: dict[str, float] = field(default_factory=dict)  # lane → stack height


class LayoutSizes:
    """``layout_journey(doc, journey, measure, options, size_only=True)``'s width and
    height for any ``fill_width``/``fill_height``, read from the document once.

    The document must not change while this is in use (the poster plans on one revision).
    """

    def __init__(self, doc: Document, journey: str, measure: TextMeasurer,
                 options: LayoutOptions, only_lanes: Collection[str] | None = None,
                 only_phases: Collection[str] | None = None) -> None:
        self.doc, self.journey, self.measure = doc, journey, measure
        self.options = options
        self.grid = read_grid(doc, journey, options, only_lanes, only_phases)
        self.titles = {card: doc.title(card) for cards in self.grid.stacks.values()
                       for card in cards}
        self.title_h = lane_title_heights(self.grid, measure, options)
        lanes = [lane.node for lane in self.grid.lanes]
        self.columns = {phase: _Column([(lane, self.grid.stacks[(phase, lane)])
                                        for lane in lanes]) for phase in self.grid.phases}
        self.spans: SpanMeasurer | None = measure if isinstance(measure, SpanMeasurer) else None
        #: card → (low, high, height): the card's height for inner widths in [low, high)
        self.cards: dict[str, tuple[float, float, float]] = {}

    def size(self, fill_width: float, fill_height: float = 0.0) -> tuple[float, float]:
        """The layout's (width, height) with the options' fill sizes set to these."""
        opt = replace(self.options, fill_width=fill_width, fill_height=fill_height)
        grid = self.grid
        widths = column_widths(grid.natural_widths, opt)
        stack_h: dict[tuple[str, str], float] = {}
        for phase in grid.phases:
            inner = card_inner_width(widths[phase], opt)
            column = self.columns[phase]
            if not column.low <= inner < column.high:
                self._measure(column, inner, opt)
            for lane, _cards in column.cells:
                stack_h[(phase, lane)] = column.stacks[lane]
        header_h = header_height(self.doc, self.journey, grid.phases, widths, self.measure,
                                 opt)
        row_heights, _band = lane_heights(grid, stack_h, header_h, self.title_h, opt)
        return (opt.lane_header_width + sum(widths.values()),
                header_h + sum(row_heights.values()))

    def _measure(self, column: _Column, inner: float, opt: LayoutOptions) -> None:
        """The column's stack heights at ``inner``; a card is measured again only when
        ``inner`` is outside the span its last height holds for."""
        low, high = -math.inf, math.inf
        size = opt.card_font_size
        for lane, cards in column.cells:
            heights = []
            for card in cards:
                known = self.cards.get(card)
                if known is None or not known[0] <= inner < known[1]:
                    known = self._card(card, inner, size, opt)
                    self.cards[card] = known
                low, high = max(low, known[0]), min(high, known[1])
                heights.append(known[2])
            column.stacks[lane] = stack_height(heights, opt.card_gap)
        column.low, column.high = low, high

    def _card(self, card: str, inner: float, size: float,
              opt: LayoutOptions) -> tuple[float, float, float]:
        title = self.titles[card]
        if self.spans is not None:
            text_h, low, high = self.spans.text_height_span(title, inner, size)
            # inner >= 1.0 (card_inner_width), so max(inner, 1.0) is inner itself.
            return low, high, card_height(text_h, opt)
        return inner, inner, card_height(self.measure.text_height(title, inner, size), opt)
