"""Layout settings and the fallback text measurer (no Qt).

The canvas passes a measurer built on Qt font metrics and the PDF one built on ReportLab;
tests and headless tools use :class:`ApproxMeasurer`, which is good enough to size cards.
"""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class LayoutOptions:
    """Sizes in canvas points. One set is shared by screen and poster so both look alike."""

    card_width: float = 180.0  # default card width; a wider phase gives wider cards
    min_card_height: float = 48.0
    max_card_height: float = 220.0  # very long titles are clipped, not grown forever
    card_gap: float = 8.0  # vertical space between stacked cards
    card_padding: float = 8.0  # text inset inside a card
    card_footer: float = 14.0  # room under the title for channel icons, votes, badges
    card_font_size: float = 11.0
    cell_padding: float = 12.0  # space between a cell's border and its cards
    phase_header_height: float = 56.0  # minimum; grows with long phase titles
    max_header_height: float = 160.0
    header_padding: float = 8.0
    header_font_size: float = 13.0
    lane_header_width: float = 150.0
    title_font_size: float = 16.0  # journey title in the corner box
    min_lane_height: float = 72.0
    emotion_band_height: float = 140.0  # plotting band of the emotion lane
    # For paper (the canvas leaves these at 0): a poster is laid out for its sheet, not
    # scaled to it. ``lane_font_size`` sets lane titles apart from phase titles (0: the
    # header size); ``fill_width``/``fill_height`` stretch the grid to that size: phase
    # columns widen, lanes grow (the emotion band with its lane), cards are re-measured.
    lane_font_size: float = 0.0
    fill_width: float = 0.0
    fill_height: float = 0.0
    #: The time span, goal and KPI under a phase title (layout/phase_header.py): their
    #: font size (0: not shown) and the goal's and KPI's labels ("Goal: {text}"; None:
    #: the interface language's; the poster passes its own language's).
    phase_note_font_size: float = 10.0
    phase_note_labels: tuple[str, str] | None = None
    #: The most lines each of them takes, then it ends in "…" (the canvas keeps the header
    #: row low; the poster has room for a whole goal).
    phase_note_lines: int = 3

    def __post_init__(self) -> None:
        for name in ("card_width", "min_card_height", "card_font_size", "header_font_size",
                     "title_font_size", "lane_header_width", "emotion_band_height"):
            if getattr(self, name) <= 0:
                raise ValueError(f"LayoutOptions.{name} must be positive")
        if min(self.lane_font_size, self.fill_width, self.fill_height,
               self.phase_note_font_size) < 0:
            raise ValueError("LayoutOptions: font sizes and fill sizes cannot be negative")
        if self.max_card_height < self.min_card_height:
            raise ValueError("LayoutOptions.max_card_height is below min_card_height")

    @property
    def lane_title_size(self) -> float:
        """The font size of lane titles."""
        return self.lane_font_size if self.lane_font_size > 0 else self.header_font_size

    @property
    def column_width(self) -> float:
        """Width of a phase column without its own ``width``: one card plus padding."""
        return self.card_width + 2 * self.cell_padding


@dataclass(frozen=True)
class ApproxMeasurer:
    """Estimates wrapped text height from an average character width.

    Words are wrapped greedily; a word longer than a line is broken, as Qt and ReportLab
    do, so a pasted URL still gives a finite height.
    """

    char_width: float = 0.55  # average glyph width as a fraction of the font size
    line_height: float = 1.3  # line distance as a fraction of the font size

    def line_count(self, text: str, width: float, font_size: float) -> int:
        per_line = max(1, int(width // max(self.char_width * font_size, 1e-6)))
        lines = 0
        for paragraph in text.split("\n"):
            lines += _wrapped_lines(paragraph, per_line)
        return lines

    def text_height(self, text: str, width: float, font_size: float) -> float:
        if not text.strip():
            return 0.0
        return self.line_count(text, width, font_size) * font_size * self.line_height


def _wrapped_lines(paragraph: str, per_line: int) -> int:
    """Lines a greedy word wrap needs for one paragraph (at least one)."""
    lines, used = 1, 0
    for word in paragraph.split():
        size = len(word)
        if used and used + 1 + size <= per_line:
            used += 1 + size
            continue
        if used:
            lines += 1
        if size > per_line:  # break the long word over several lines
            lines += math.ceil(size / per_line) - 1
            used = size - (math.ceil(size / per_line) - 1) * per_line
        else:
            used = size
    return lines
