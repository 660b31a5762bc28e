"""An analysis page for the PDF handout: one page per journey summarising
:func:`klantreis_desktop.analysis.journey.analyse_journey` (no Qt).

The page is laid out on an A4-wide grid (595 pt across the short side) and scaled up to
the real paper, so A4 to A0 print the same page, only larger. The body text shrinks
until everything fits; what still does not fit is cut with "…" and recorded, never
clipped silently. All colours go through :class:`Painter`, so greyscale stays grey, and
all user text is drawn with ``drawString``-style text objects (no markup).
"""

from __future__ import annotations

from collections.abc import Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from reportlab.pdfgen.canvas import Canvas

from klantreis_desktop.analysis.journey import (
    ChannelMatrix,
    EmotionPoint,
    JourneyAnalysis,
    RatedCard,
    analyse_journey,
    score_text,
)
from klantreis_desktop.export import pdf_fonts as fonts
from klantreis_desktop.export.pdf_draw import Painter
from klantreis_desktop.i18n import Translator
from klantreis_desktop.i18n import translate as interface_translate
from klantreis_desktop.layout import style
from klantreis_desktop.layout.geometry import Rect
from klantreis_desktop.model.document import Document

__all__ = ["analysis_page_count", "draw_analysis_page"]

BASE_WIDTH = 595.3  # the short side of A4: the page is designed at this width
MAX_BODY = 9.5
MIN_BODY = 5.5
PAINS_PER_PHASE = 5  # the top pain points per phase on the page
ZERO_FILL = "#d3d9df"  # shaded channel × phase cells without touchpoints
HEADING = style.PHASE_HEADER_FILL
_HANG = "\u2007 "  # a figure space and a space: about as wide as "• "
QUADRANT_FILLS = {"quick_win": "#e6f4e1", "big_bet": "#e3eefb", "fill_in": "#f4f4f4",
                  "money_pit": "#fbe7e4"}


#: The page's language while it is drawn (the journey's, like its poster). A context
#: variable rather than a parameter: the texts are made deep inside the block classes.
_WORDS: ContextVar[Translator] = ContextVar("analysis_words", default=interface_translate)


def _tr(text: str) -> str:
    translate = _WORDS.get()
    return translate("Export", text)


def _q(text: str) -> str:
    return _tr("“{text}”").format(text=text)


def _listing(items: Sequence[str]) -> str:
    return ", ".join(items) if items else _tr("none")


def analysis_page_count(doc: Document, journeys: Sequence[str]) -> int:
    """Pages the analysis adds to an export: one per journey."""
    return len(journeys)


# Blocks ---------------------------------------------------------------------------------

class _Block:
    """Something stacked down the page that can measure itself and draw cut to a height."""

    label = ""

    def height(self, size: float, width: float) -> float:
        raise NotImplementedError

    def draw(self, p: Painter, x: float, y: float, size: float, width: float,
             room: float, cut: list[str]) -> float:
        """Draw at most ``room`` tall; returns the height used, appends cut texts."""
        raise NotImplementedError


@dataclass
class _Para(_Block):
    text: str
    font: str = fonts.REGULAR
    scale: float = 1.0
    indent: float = 0.0
    colour: str = style.TEXT_COLOUR
    gap: float = 0.15  # space above, in body sizes
    accent: str = ""  # a colour mark left of the text (persona colour)

    def _lines(self, size: float, width: float) -> list[str]:
        return fonts.wrap_text(self.text, self.font, size * self.scale,
                               max(width - self.indent, 10.0))

    def height(self, size: float, width: float) -> float:
        lines = self._lines(size, width)
        return self.gap * size + len(lines) * size * self.scale * fonts.LINE_HEIGHT

    def draw(self, p: Painter, x: float, y: float, size: float, width: float,
             room: float, cut: list[str]) -> float:
        fsize = size * self.scale
        leading = fsize * fonts.LINE_HEIGHT
        lines = self._lines(size, width)
        top = y + self.gap * size
        fitting = max(0, int((room - self.gap * size + 0.01) // leading))
        if fitting < len(lines):
            cut.append(self.text)
            lines = fonts.fit_lines(lines, fitting, self.font, fsize, width - self.indent)
        if not lines:
            return 0.0
        if self.accent:
            p.rect(Rect(x + self.indent - fsize * 0.7, top + leading * 0.2, fsize * 0.35,
                        leading * 0.7), fill=self.accent)
        p.text_lines(lines, x + self.indent, top, self.font, fsize, self.colour,
                     width - self.indent, leading=leading)
        return self.gap * size + len(lines) * leading


@dataclass
class _Heading(_Para):
    """A section title with a rule under it."""

    def height(self, size: float, width: float) -> float:
        return super().height(size, width) + size * 0.3

    def draw(self, p: Painter, x: float, y: float, size: float, width: float,
             room: float, cut: list[str]) -> float:
        if room < self.height(size, width):
            cut.append(self.text)  # a heading alone at the bottom helps nobody
            return 0.0
        used = super().draw(p, x, y, size, width, room, cut)
        p.line([(x, y + used + size * 0.1), (x + width, y + used + size * 0.1)], HEADING,
               max(0.4, size * 0.06))
        return used + size * 0.3


@dataclass
class _Table(_Block):
    """The channel × phase matrix; cells without touchpoints are shaded."""

    matrix: ChannelMatrix
    label: str = "table"

    def _columns(self, size: float, width: float) -> tuple[float, float]:
        names = [self.matrix.titles.get(c, "") for c in self.matrix.channels]
        widest = max((fonts.text_width(n, fonts.REGULAR, size) for n in names), default=0.0)
        first = min(max(widest + size, width * 0.14), width * 0.3)
        return first, (width - first) / max(1, len(self.matrix.phases))

    def _head_lines(self, size: float, width: float) -> list[list[str]]:
        _, col = self._columns(size, width)
        return [fonts.wrap_text(self.matrix.titles.get(ph, ""), fonts.BOLD, size * 0.9,
                                max(col - size * 0.4, 4.0)) for ph in self.matrix.phases]

    def _head_height(self, size: float, width: float) -> float:
        most = min(3, max((len(ls) for ls in self._head_lines(size, width)), default=1))
        return max(1, most) * size * 0.9 * fonts.LINE_HEIGHT + size * 0.4

    def height(self, size: float, width: float) -> float:
        return (self.gap(size) + self._head_height(size, width)
                + len(self.matrix.channels) * size * 1.6)

    @staticmethod
    def gap(size: float) -> float:
        return size * 0.3

    def draw(self, p: Painter, x: float, y: float, size: float, width: float,
             room: float, cut: list[str]) -> float:
        m = self.matrix
        first, col = self._columns(size, width)
        head_h = self._head_height(size, width)
        row_h = size * 1.6
        top = y + self.gap(size)
        if room < self.gap(size) + head_h + row_h:
            cut.extend(m.titles.get(c, "") for c in m.channels)
            return 0.0
        hsize = size * 0.9
        p.rect(Rect(x, top, width, head_h), fill=HEADING)
        for i, (phase, lines) in enumerate(zip(m.phases, self._head_lines(size, width),
                                               strict=True)):
            if len(lines) > 3:
                cut.append(m.titles.get(phase, ""))
            lines = fonts.fit_lines(lines, 3, fonts.BOLD, hsize, col - size * 0.4)
            p.text_lines(lines, x + first + i * col + size * 0.2, top + size * 0.2,
                         fonts.BOLD, hsize, style.PHASE_HEADER_TEXT, col - size * 0.4,
                         align="center")
        rows = len(m.channels)
        fitting = min(rows, int((room - self.gap(size) - head_h + 0.01) // row_h))
        if fitting < rows:
            fitting = max(0, fitting - 1)  # keep a row for the "… more" note
        yy = top + head_h
        for r in range(fitting):
            channel = m.channels[r]
            band = Rect(x, yy, width, row_h)
            p.rect(band, fill=style.CORNER_FILL if r % 2 else "#ffffff")
            name = m.titles.get(channel, "")
            shown = fonts.fit_lines(fonts.wrap_text(name, fonts.REGULAR, size, first - size),
                                    1, fonts.REGULAR, size, first - size)
            if len(fonts.wrap_text(name, fonts.REGULAR, size, first - size)) > 1:
                cut.append(name)
            p.text_lines(shown, x + size * 0.3, yy + size * 0.3, fonts.REGULAR, size,
                         style.TEXT_COLOUR, leading=size * 1.0)
            for c, count in enumerate(m.counts[r]):
                cell = Rect(x + first + c * col, yy, col, row_h)
                if count:
                    p.text_lines([str(count)], cell.x, yy + size * 0.3, fonts.BOLD, size,
                                 style.TEXT_COLOUR, col, align="center", leading=size)
                else:
                    p.rect(Rect(cell.x + 1, yy + 1, col - 2, row_h - 2), fill=ZERO_FILL)
            yy += row_h
        if fitting < rows:
            rest = rows - fitting
            cut.extend(m.titles.get(c, "") for c in m.channels[fitting:])
            p.text_lines([_tr("… {count} more channels did not fit").format(count=rest)],
                         x + size * 0.3, yy + size * 0.3, fonts.ITALIC, size,
                         style.MUTED_TEXT, leading=size)
            yy += row_h
        for c in range(len(m.phases) + 1):
            cx = x + first + c * col if c else x + first
            p.line([(cx, top), (cx, yy)], style.GRID_LINE, 0.4)
        p.rect(Rect(x, top, width, yy - top), stroke=style.GRID_LINE, width=0.6)
        return yy - y


@dataclass
class _Grid(_Block):
    """The opportunities 2 × 2: impact (rows) by effort (columns)."""

    grid: dict[str, list[RatedCard]]
    label: str = "grid"
    order: tuple[str, ...] = ("quick_win", "big_bet", "fill_in", "money_pit")
    _cache: dict[tuple[float, float], list[list[str]]] = field(default_factory=dict)

    def _titles(self) -> dict[str, str]:
        return {"quick_win": _tr("Quick wins"), "big_bet": _tr("Big bets"),
                "fill_in": _tr("Fill-ins"), "money_pit": _tr("Money pits")}

    def _notes(self) -> dict[str, str]:
        return {"quick_win": _tr("high impact, low effort"),
                "big_bet": _tr("high impact, high effort"),
                "fill_in": _tr("low impact, low effort"),
                "money_pit": _tr("low impact, high effort")}

    def _cell_lines(self, size: float, width: float) -> list[list[str]]:
        key = (size, width)
        if key not in self._cache:
            inner = width / 2 - size * 1.2
            found = []
            for quadrant in self.order:
                lines: list[str] = []
                bullet = max(fonts.text_width(t, fonts.REGULAR, size) for t in ("• ", _HANG))
                for card in self.grid.get(quadrant, []):
                    item = fonts.wrap_text(_item(card), fonts.REGULAR, size, inner - bullet)
                    lines += ["• " + item[0]] + [_HANG + ln for ln in item[1:]]
                found.append(lines or ["—"])
            self._cache[key] = found
        return self._cache[key]

    def _row_heights(self, size: float, width: float) -> list[float]:
        cells = self._cell_lines(size, width)
        leading = size * fonts.LINE_HEIGHT
        head = (size * 1.05 + size * 0.85) * fonts.LINE_HEIGHT + size * 0.4
        return [head + max(len(cells[i]), len(cells[i + 1])) * leading + size * 0.6
                for i in (0, 2)]

    def height(self, size: float, width: float) -> float:
        return size * 0.3 + sum(self._row_heights(size, width))

    def draw(self, p: Painter, x: float, y: float, size: float, width: float,
             room: float, cut: list[str]) -> float:
        leading = size * fonts.LINE_HEIGHT
        head = (size * 1.05 + size * 0.85) * fonts.LINE_HEIGHT + size * 0.4
        heights = self._row_heights(size, width)
        avail = room - size * 0.3
        if avail < 2 * (head + leading + size * 0.6):
            cut.extend(c.title for q in self.order for c in self.grid.get(q, []))
            return 0.0
        if sum(heights) > avail:  # share the room fairly, then cut long cells
            small = min(heights)
            heights = ([small, avail - small] if heights[0] == small and small <= avail / 2
                       else [avail - small, small] if small <= avail / 2
                       else [avail / 2, avail / 2])
        cells = self._cell_lines(size, width)
        titles, notes = self._titles(), self._notes()
        half = width / 2
        top = y + size * 0.3
        for i, quadrant in enumerate(self.order):
            row, column = divmod(i, 2)
            box = Rect(x + column * half, top + sum(heights[:row]), half, heights[row])
            p.rect(Rect(box.x + 1.5, box.y + 1.5, box.w - 3, box.h - 3),
                   fill=QUADRANT_FILLS[quadrant], stroke=style.GRID_LINE, width=0.5,
                   radius=size * 0.4)
            room_w = box.w - size * 1.2
            for text, font, fsize, colour, dy in (
                    (titles[quadrant], fonts.BOLD, size * 1.05, HEADING, size * 0.3),
                    (notes[quadrant], fonts.REGULAR, size * 0.85, style.MUTED_TEXT,
                     size * 0.3 + size * 1.05 * fonts.LINE_HEIGHT)):
                wrapped = fonts.wrap_text(text, font, fsize, room_w)
                if len(wrapped) > 1:
                    cut.append(text)
                p.text_lines(fonts.fit_lines(wrapped, 1, font, fsize, room_w),
                             box.x + size * 0.6, box.y + dy, font, fsize, colour)
            lines = cells[i]
            fitting = max(1, int((box.h - head - size * 0.4 + 0.01) // leading))
            if fitting < len(lines):
                cut.extend(c.title for c in self.grid.get(quadrant, []))
                lines = fonts.fit_lines(lines, fitting, fonts.REGULAR, size,
                                        box.w - size * 1.2)
            p.text_lines(lines, box.x + size * 0.6, box.y + head, fonts.REGULAR, size,
                         style.TEXT_COLOUR if cells[i] != ["—"] else style.MUTED_TEXT)
        return size * 0.3 + sum(heights)


def _term(term: str) -> str:
    return {"short": _tr("short term"), "long": _tr("long term")}.get(term, "")


def _item(card: RatedCard) -> str:
    parts = [_tr("1 vote") if card.votes == 1 else _tr("{votes} votes").format(votes=card.votes)]
    if card.kind == "pain" and card.impact > 0:  # 0: not rated (review s7: "impact 0")
        parts.append(_tr("impact {impact}").format(impact=card.impact))
    term = _term(card.term)
    if term:
        parts.append(term)
    return f"{card.title} ({', '.join(parts)})"


def _point(point: EmotionPoint, result: JourneyAnalysis) -> str:
    return _tr("{title} ({score})").format(title=_q(point.title),
                                           score=result.score(point.score))


# Content ---------------------------------------------------------------------------------

def _blocks(doc: Document, result: JourneyAnalysis) -> list[_Block]:
    blocks: list[_Block] = []
    blocks.append(_Heading(_tr("Emotions per persona"), fonts.BOLD, 1.3, gap=0.6,
                           colour=HEADING))
    if not result.personas:
        blocks.append(_Para(_tr("No persona has emotion scores in this journey yet."),
                            colour=style.MUTED_TEXT))
    for persona in result.personas:
        colour = str(doc.get(persona.persona, "colour") or "") if persona.persona in doc \
            else ""
        blocks.append(_Para(persona.name or _tr("Unnamed persona"), fonts.BOLD, 1.05,
                            indent=10, gap=0.35,
                            accent=colour if style.is_hex_colour(colour) else HEADING))
        if not persona.points:
            blocks.append(_Para(_tr("No emotion scores yet."), indent=10,
                                colour=style.MUTED_TEXT))
        else:
            blocks.append(_Para(_tr("Lowest points: {items}").format(
                items=_listing([_point(pt, result) for pt in persona.lowest])), indent=10))
            blocks.append(_Para(_tr("Largest swings: {items}").format(items=_listing(
                [_tr("{source} → {target} ({change:+d})").format(
                    source=_q(s.source.title), target=_q(s.target.title), change=s.change)
                 for s in persona.swings])), indent=10))
        blocks.append(_Para(_tr("Moments of truth: {items}").format(items=_listing(
            [_q(m.title) + ("" if m.score is None else f" ({result.score(m.score)})")
             for m in persona.moments])), indent=10))

    matrix = result.channels
    blocks.append(_Heading(_tr("Channels per phase (number of touchpoints)"), fonts.BOLD,
                           1.3, gap=0.9, colour=HEADING))
    if matrix.channels and matrix.phases:
        blocks.append(_Table(matrix))
    else:
        blocks.append(_Para(_tr("No touchpoint uses a channel yet."), colour=style.MUTED_TEXT))
    blocks.append(_Para(_tr("Phases without touchpoints: {items}").format(items=_listing(
        [_q(matrix.titles.get(p, "") or result.phase_titles.get(p, ""))
         for p in matrix.empty_phases])), gap=0.4))
    blocks.append(_Para(_tr("Channels used in one phase only: {items}").format(
        items=_listing([matrix.titles.get(c, "") for c in matrix.single_phase_channels]))))

    blocks.append(_Heading(_tr("Pain points per phase (most votes, then impact)"),
                           fonts.BOLD, 1.3, gap=0.9, colour=HEADING))
    any_pain = False
    for phase, cards in result.pains.items():
        if not cards:
            continue
        any_pain = True
        blocks.append(_Para(result.phase_titles.get(phase, "") or _tr("Without phase"),
                            fonts.BOLD, gap=0.3))
        for rank, card in enumerate(cards[:PAINS_PER_PHASE], start=1):
            blocks.append(_Para(f"{rank}. {_item(card)}", indent=10, gap=0.05))
        if len(cards) > PAINS_PER_PHASE:  # a handout shows the top; the rest is counted
            blocks.append(_Para(_tr("… and {count} more").format(
                count=len(cards) - PAINS_PER_PHASE), indent=10, gap=0.05,
                colour=style.MUTED_TEXT))
    if not any_pain:
        blocks.append(_Para(_tr("No pain points yet."), colour=style.MUTED_TEXT))

    blocks.append(_Heading(_tr("Opportunities by impact and effort"), fonts.BOLD, 1.3,
                           gap=0.9, colour=HEADING))
    blocks.append(_Grid(result.opportunities))
    unrated = result.opportunities.get("unrated", [])
    if unrated:
        blocks.append(_Para(_tr("Not rated yet: {items}").format(
            items=_listing([_q(c.title) for c in unrated])), gap=0.3))

    blocks += _flow_blocks(result)
    return blocks


def _assumption_blocks(doc: Document, journey: str) -> list[_Block]:
    """The team's assumptions a survey contradicts (issue 19), listed as the analysis
    panel and the Markdown summary list them; nothing without a survey."""
    from klantreis_desktop.analysis.survey import assumption_findings
    from klantreis_desktop.layout.measured import FLAG_COLOUR, signed_text

    found = assumption_findings(doc, journey)
    if not found:
        return []
    decimal = "," if _tr("1,000")[1:2] == "." else "."  # the page's language's marks
    scale = doc.scale(journey)

    def measured_text(value: float) -> str:  # no "+" on a 1…5 scale
        text = signed_text(value, decimal)
        return text.lstrip("+") if scale[0] >= 0 else text

    blocks: list[_Block] = [_Heading(_tr("Check these assumptions"), fonts.BOLD, 1.3,
                                     gap=0.9, colour=HEADING)]
    for finding in found:
        blocks.append(_Para(_tr("{title} ({persona}): assumed {assumed}, measured "
                                "{measured} (n = {n})").format(
            title=_q(finding.title), persona=finding.persona_name,
            assumed=score_text(finding.assumed, scale).replace("-", "−"),
            measured=measured_text(finding.measured), n=finding.n),
            indent=10, gap=0.05, accent=FLAG_COLOUR))
    return blocks


def _flow_blocks(result: JourneyAnalysis) -> list[_Block]:
    flow = result.flow
    name = flow.titles.get
    blocks: list[_Block] = [_Heading(_tr("Flow"), fonts.BOLD, 1.3, gap=0.9, colour=HEADING)]
    if not flow.has_flows:
        return blocks + [_Para(_tr("The journey has no flow arrows yet."),
                               colour=style.MUTED_TEXT)]
    blocks.append(_Para(_tr("Dead ends: {items}").format(
        items=_listing([_q(name(n, "")) for n in flow.dead_ends]))))
    blocks.append(_Para(_tr("Unreachable touchpoints: {items}").format(
        items=_listing([_q(name(n, "")) for n in flow.unreachable]))))
    phase = _q(name(flow.end_phase, ""))
    blocks.append(_Para(_tr("{reaching} of {paths} paths reach the end goal (the last phase, "
                            "{phase}).").format(reaching=flow.paths_reaching_end,
                                                paths=flow.paths, phase=phase)))
    if not flow.reaches_end_goal:
        blocks.append(_Para(_tr("Paths stop short at: {items}").format(
            items=_listing([_q(name(n, "")) for n in flow.short_ends]))))
    if flow.end_goal:
        blocks.append(_Para(_tr("End goal: {goal}").format(goal=_q(flow.end_goal))))
    return blocks


# Page ------------------------------------------------------------------------------------

def draw_analysis_page(c: Canvas, doc: Document, journey: str,
                       page_size: tuple[float, float], greyscale: bool = False,
                       margin: float = 28.35, shortened: list[str] | None = None,
                       words: Translator | None = None, conformance: Any = None,
                       board: bool = False) -> None:
    """Draw the analysis of ``journey`` on the current page (the caller calls showPage),
    in the language of ``words`` (a translator; None: the interface language), with the
    findings of ``conformance`` (a check against an event log) when one is given, and
    the brainstorm board's notes with ``board`` (the export's first analysis page).

    Texts cut with "…" (or left out at the bottom) are appended to ``shortened`` so the
    export can warn about them.
    """
    token = _WORDS.set(words if words is not None else interface_translate)
    try:
        _draw_page(c, doc, journey, page_size, greyscale, margin, shortened, conformance,
                   board)
    finally:
        _WORDS.reset(token)


def _draw_page(c: Canvas, doc: Document, journey: str, page_size: tuple[float, float],
               greyscale: bool, margin: float, shortened: list[str] | None,
               conformance: Any = None, board: bool = False) -> None:
    fonts.register_fonts()
    page_w, page_h = page_size
    c.setPageSize(page_size)
    unit = min(page_w, page_h) / BASE_WIDTH
    width, height = page_w / unit, page_h / unit
    pad = margin / unit
    result = analyse_journey(doc, journey)
    c.saveState()
    c.scale(unit, unit)
    p = Painter(c, height, greyscale)
    x, inner = pad, width - 2 * pad
    title = _tr("Analysis — {title}").format(
        title=result.title or _tr("Untitled journey"))
    y = pad + p.text_box(title, Rect(x, pad, inner, 48), fonts.BOLD, 17, style.TEXT_COLOUR,
                         min_size=10)
    scenario = {"current": _tr("current situation"), "ideal": _tr("ideal situation")}
    sub = scenario.get(result.scenario, result.scenario)
    y += p.text_box(sub, Rect(x, y, inner, 14), fonts.ITALIC, 9, style.MUTED_TEXT,
                    min_size=6)
    footer = MIN_BODY * fonts.LINE_HEIGHT * 1.2
    bottom = height - pad - footer
    blocks = _blocks(doc, result) + _assumption_blocks(doc, journey)
    if conformance is not None:
        from klantreis_desktop.export.pdf_conformance import conformance_blocks

        blocks += conformance_blocks(conformance)
    if board:
        from klantreis_desktop.export.pdf_board import board_blocks

        blocks += board_blocks(doc)
    columns = 2 if width > height * 1.15 else 1  # landscape: two columns side by side
    col_gap = 18.0
    col_w = (inner - (columns - 1) * col_gap) / columns
    size = MAX_BODY
    while size > MIN_BODY and _needed(blocks, size, col_w, columns) > bottom - y:
        size = round(size - 0.25, 2)
    cut: list[str] = list(p.shortened)
    skipped = _place(p, blocks, size, x, y, col_w, col_gap, columns, bottom, cut)
    if skipped or cut:
        note = _tr("{count} texts did not fit on this page and were shortened (“…”) or "
                   "left out.").format(count=len(cut))
        p.text_lines([note], x, bottom + footer * 0.15, fonts.ITALIC, MIN_BODY,
                     style.MUTED_TEXT)
        # (drawn at MIN_BODY on the A4-wide grid, so it scales with the page like the rest)
    c.restoreState()
    if shortened is not None:
        shortened.extend(cut)


def _split(blocks: list[_Block], heights: list[float]) -> int:
    """Where the second column starts: at a section heading, balancing the two columns."""
    starts = [i for i, b in enumerate(blocks) if isinstance(b, _Heading) and i > 0]
    if not starts:
        return len(blocks)
    return min(starts, key=lambda s: max(sum(heights[:s]), sum(heights[s:])))


def _needed(blocks: list[_Block], size: float, width: float, columns: int) -> float:
    """The height of the tallest column when the blocks are split into ``columns``."""
    heights = [b.height(size, width) for b in blocks]
    if columns == 1:
        return sum(heights)
    split = _split(blocks, heights)
    return max(sum(heights[:split]), sum(heights[split:]))


def _place(p: Painter, blocks: list[_Block], size: float, x: float, top: float,
           col_w: float, col_gap: float, columns: int, bottom: float,
           cut: list[str]) -> int:
    """Draw the blocks down the column(s); returns how many were left out entirely."""
    heights = [b.height(size, col_w) for b in blocks]
    split = len(blocks)
    if columns == 2:
        split = _split(blocks, heights)
    skipped = 0
    for column, chunk in enumerate((blocks[:split], blocks[split:])):
        y = top
        cx = x + column * (col_w + col_gap)
        full = False
        for block, h in zip(chunk, heights[len(blocks[:split]) if column else 0:],
                            strict=False):
            if full:
                skipped += 1
                cut.append(getattr(block, "text", "") or block.label)
                continue
            used = block.draw(p, cx, y, size, col_w, bottom - y, cut)
            if used + 0.01 < h:  # the block recorded what it cut
                full = True
                skipped += used == 0
            y += used
    return skipped
