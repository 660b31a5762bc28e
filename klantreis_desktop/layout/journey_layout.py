"""Lay out one journey: phase columns × lane rows, stacked cards, emotion curves, flows.

A pure function of the document, so the canvas and the PDF poster draw the same picture
and the same document always gives the same geometry. Every card's phase and lane is read
once (O(cards)); cells are filled by grouping, never by asking the graph per cell.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field

from klantreis_desktop.i18n import translate
from klantreis_desktop.layout.compare_curves import COMPARE_KEY, compare_curves
from klantreis_desktop.layout.curves import monotone_segments, score_to_y, spread_ties
from klantreis_desktop.layout.fanout import fan_out
from klantreis_desktop.layout.flows import route_flow
from klantreis_desktop.layout.geometry import (
    CardBox,
    Column,
    Curve,
    CurvePoint,
    FlowRoute,
    JourneyLayout,
    Rect,
    Row,
    TextMeasurer,
)
from klantreis_desktop.layout.layout_options import ApproxMeasurer, LayoutOptions
from klantreis_desktop.layout.phase_header import (
    MeasuredHead,
    heads_height,
    measure_head,
    place_heads,
)
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model import measures as m
from klantreis_desktop.model.document import Document
from klantreis_desktop.model.model_error import ModelError

EMOTIONS_LANE_TYPE = "emotions"
DEFAULT_CURVE_COLOUR = "#1f77b4"
#: Share of a card's width over which emotion points of stacked cards are fanned out.
TIE_SPREAD = 0.8
#: A metrics lane's line height in font sizes (canvas and poster alike, metrics_lane.py).
LINE_FACTOR = 1.35
#: A metrics lane of automatic height grows to list at most this many lines per cell.
FIGURE_LINES_MAX = 12


@dataclass
class _Lane:
    node: str
    lane_type: str
    title: str
    height: float
    shows_figures: bool = False  # a metrics lane (layout/metrics_lane.py)


def layout_journey(doc: Document, journey: str, measure: TextMeasurer | None = None,
                   options: LayoutOptions | None = None,
                   visible_personas: set[str] | None = None,
                   compare_with: str | None = None,
                   only_lanes: Collection[str] | None = None,
                   only_phases: Collection[str] | None = None,
                   size_only: bool = False, with_flows: bool = True) -> JourneyLayout:
    """The geometry of ``journey``; ``visible_personas`` limits the curves (None: all).

    ``compare_with``: another journey whose curves for the same personas are mapped onto
    this one's columns, kept in ``extras["compare_curves"]`` (see compare.py).
    ``only_lanes``/``only_phases`` (ids) leave the other lanes and phases out, as a
    filtered poster does (None: every visible one). ``size_only``: no curves and no flow
    arrows (they never change the size), for a poster that tries many sizes to fit its
    sheet and keeps only the last. ``with_flows=False``: no flow arrows (routing and
    fanning them out is most of a layout; the poster's natural layout sizes its band
    from the cards and curves only).
    """
    if journey not in doc or doc.kind(journey) != k.JOURNEY:
        raise ModelError(translate("Layout", "The journey {id} does not exist.").format(
            id=journey[:40]))
    measure = measure if measure is not None else ApproxMeasurer()
    opt = options if options is not None else LayoutOptions()
    grid = read_grid(doc, journey, opt, only_lanes, only_phases)
    phases, lanes, emotion_lane = grid.phases, grid.lanes, grid.emotion_lane
    stacks, card_kinds = grid.stacks, grid.card_kinds

    # Column widths and the card heights that depend on them.
    widths = column_widths(grid.natural_widths, opt)
    heights: dict[str, float] = {}
    for (phase, _lane), cards in stacks.items():
        inner = card_inner_width(widths[phase], opt)
        for card in cards:
            heights[card] = card_height(
                measure.text_height(doc.title(card), inner, opt.card_font_size), opt)

    heads = measure_heads(doc, phases, widths, measure, opt)
    header_h = header_height(doc, journey, phases, widths, measure, opt, heads)
    corner = Rect(0.0, 0.0, opt.lane_header_width, header_h)
    body_w = sum(widths.values())

    stack_h = {cell: stack_height([heights[c] for c in cards], opt.card_gap)
               for cell, cards in stacks.items()}
    row_heights, band_h = lane_heights(grid, stack_h, header_h,
                                       lane_title_heights(grid, measure, opt), opt)
    body_h = sum(row_heights.values())

    columns: list[Column] = []
    x = opt.lane_header_width
    for index, phase in enumerate(phases):
        columns.append(Column(phase, index, Rect(x, 0.0, widths[phase], header_h),
                              Rect(x, header_h, widths[phase], body_h)))
        x += widths[phase]
    rows: list[Row] = []
    y = header_h
    for index, lane in enumerate(lanes):
        h = row_heights[lane.node]
        rows.append(Row(lane.node, index, lane.lane_type, Rect(0.0, y, opt.lane_header_width, h),
                        Rect(opt.lane_header_width, y, body_w, h)))
        y += h

    cells: dict[tuple[str, str], Rect] = {}
    boxes: dict[str, CardBox] = {}
    for column in columns:
        for row in rows:
            cell = Rect(column.body.x, row.body.y, column.body.w, row.body.h)
            cells[(column.phase, row.lane)] = cell
            _place_cards(stacks[(column.phase, row.lane)], cell, column.phase, row.lane,
                         heights, card_kinds, boxes, opt)

    band: Rect | None = None
    if emotion_lane is not None:
        row = next(r for r in rows if r.lane == emotion_lane)
        band = Rect(row.body.x, row.body.bottom - opt.cell_padding - band_h, body_w, band_h)

    scale = doc.scale(journey)
    column_of = {c.phase: c for c in columns}
    curves = _curves(doc, journey, band, scale, column_of, boxes, visible_personas,
                     (widths, opt)) if band is not None and not size_only else ()
    row_of = {r.lane: r for r in rows}
    flows = () if size_only or not with_flows else _flows(
        doc, journey, boxes, column_of, row_of, stacks, emotion_lane, opt)

    layout = JourneyLayout(
        journey=journey, width=opt.lane_header_width + body_w, height=header_h + body_h,
        corner=corner, columns=tuple(columns), rows=tuple(rows), cells=cells, cards=boxes,
        curves=curves, flows=flows, emotion_band=band, scale=scale,
        extras={"options": opt},
        stacks={cell: tuple(cards) for cell, cards in stacks.items()},
        emotion_lane=emotion_lane,
        heads=place_heads(heads, {c.phase: c.header for c in columns}, opt))
    if compare_with is not None:
        layout.extras[COMPARE_KEY] = compare_curves(doc, layout, compare_with,
                                                    visible_personas)
    return layout


@dataclass
class Grid:
    """What a layout reads from the document before any size: the visible phases and
    lanes, each cell's stack in stacking order, and the columns' own widths."""

    phases: list[str]
    lanes: list[_Lane]
    emotion_lane: str | None
    stacks: dict[tuple[str, str], list[str]]
    card_kinds: dict[str, str]
    natural_widths: dict[str, float]  # before any fill_width
    #: phase → the lines a metrics lane's empty cell lists there (only with such a lane)
    figure_lines: dict[str, int] = field(default_factory=dict)


def read_grid(doc: Document, journey: str, opt: LayoutOptions,
              only_lanes: Collection[str] | None = None,
              only_phases: Collection[str] | None = None) -> Grid:
    """The journey's :class:`Grid`: every card's phase and lane read once (O(cards))."""
    phases = doc.phases(journey)
    if only_phases is not None:
        phases = [p for p in phases if p in only_phases]
    lanes = [_Lane(n, str(doc.get(n, "lane_type")), doc.title(n), float(doc.get(n, "height")),
                   bool(doc.get(n, "shows_figures")))
             for n in doc.lanes(journey, include_hidden=False)
             if only_lanes is None or n in only_lanes]
    emotion_lane = next((lane.node for lane in lanes
                         if lane.lane_type == EMOTIONS_LANE_TYPE), None)
    phase_set, lane_set = set(phases), {lane.node for lane in lanes}

    # Each card's cell, read once; doc.cards is already in (order, id) stacking order.
    stacks: dict[tuple[str, str], list[str]] = {(p, lane.node): [] for p in phases
                                                for lane in lanes}
    card_kinds: dict[str, str] = {}
    for card in doc.cards(journey):
        phase, lane_node = doc.phase_of(card), doc.lane_of(card)
        if phase in phase_set and lane_node in lane_set:
            stacks[(str(phase), str(lane_node))].append(card)
            card_kinds[card] = doc.kind(card)
    widths = {p: max(float(doc.get(p, "width") or 0.0), opt.column_width) for p in phases}
    figure_lines = _figure_lines(doc, phases, stacks, card_kinds) if any(
        lane.shows_figures for lane in lanes) else {}
    return Grid(phases, lanes, emotion_lane, stacks, card_kinds, widths, figure_lines)


def _figure_lines(doc: Document, phases: list[str], stacks: dict[tuple[str, str], list[str]],
                  card_kinds: dict[str, str]) -> dict[str, int]:
    """Per phase, the lines ``metrics_lane.metric_cells`` lists in a metrics lane: the
    phase's own figures and each touchpoint's (for every customer, not a segment)."""
    def has_figures(node: str) -> bool:
        return any(not value.segment for value in m.metrics_of(doc, node))

    counts = {phase: int(has_figures(phase)) for phase in phases}
    for (phase, _lane), cards in stacks.items():
        counts[phase] += sum(1 for card in cards
                             if card_kinds[card] == k.TOUCHPOINT and has_figures(card))
    return counts


# The size steps below are shared by layout_journey and layout/journey_sizes.py (the
# poster's scale search), so both do the same float arithmetic in the same order and a
# size found by one is exactly the size of the other.

def column_widths(natural: dict[str, float], opt: LayoutOptions) -> dict[str, float]:
    """Phase widths: their own, or all widened alike to ``opt.fill_width``."""
    natural_w = sum(natural.values())
    if natural_w > 0 and opt.fill_width > opt.lane_header_width + natural_w:
        factor = (opt.fill_width - opt.lane_header_width) / natural_w
        return {p: w * factor for p, w in natural.items()}
    return natural


def card_inner_width(column_w: float, opt: LayoutOptions) -> float:
    """The width a card title wraps at in a column ``column_w`` wide."""
    return max(column_w - 2 * opt.cell_padding - 2 * opt.card_padding, 1.0)


def card_height(text_h: float, opt: LayoutOptions) -> float:
    """A card's height for a title ``text_h`` high (padding, footer, clamped)."""
    return _clamp(text_h + 2 * opt.card_padding + opt.card_footer, opt.min_card_height,
                  opt.max_card_height)


def lane_title_heights(grid: Grid, measure: TextMeasurer,
                       opt: LayoutOptions) -> dict[str, float]:
    """Each lane title's height in the lane header (its width never changes)."""
    return {lane.node: _header_text(measure, lane.title, opt.lane_header_width, opt,
                                    opt.lane_title_size) for lane in grid.lanes}


def lane_heights(grid: Grid, stack_h: dict[tuple[str, str], float], header_h: float,
                 title_h: dict[str, float],
                 opt: LayoutOptions) -> tuple[dict[str, float], float]:
    """Row heights (the tallest stack, the lane's own height, its title, a minimum; all
    grown alike to ``opt.fill_height``) and the emotion band's height. A metrics lane of
    automatic height also fits its longest list of figures (up to ``FIGURE_LINES_MAX``
    lines; more end in "+n more", as in a lane the team sized by hand)."""
    row_heights: dict[str, float] = {}
    for lane in grid.lanes:
        tallest = max((stack_h[(p, lane.node)] for p in grid.phases), default=0.0)
        content = 2 * opt.cell_padding + tallest
        if lane.shows_figures and lane.height <= 0:
            lines = max((grid.figure_lines.get(p, 0) for p in grid.phases
                         if not grid.stacks[(p, lane.node)]), default=0)
            content = max(content, figure_cell_height(min(lines, FIGURE_LINES_MAX), opt))
        if lane.node == grid.emotion_lane:
            content += opt.emotion_band_height + (opt.card_gap if tallest else 0.0)
        row_heights[lane.node] = max(content, lane.height, opt.min_lane_height,
                                     title_h[lane.node])
    band_h = opt.emotion_band_height
    if grid.lanes and opt.fill_height > header_h + sum(row_heights.values()):
        # Every lane gets the same share of the spare height (the emotion band with its
        # lane, so the curves get taller too).
        share = (opt.fill_height - header_h - sum(row_heights.values())) / len(grid.lanes)
        row_heights = {lane: h + share for lane, h in row_heights.items()}
        if grid.emotion_lane is not None:
            band_h += share
    return row_heights, band_h


def figure_cell_height(lines: int, opt: LayoutOptions) -> float:
    """A metrics cell's height for ``lines`` lines: the cell's top and bottom insets
    (``metrics_lane.lines_shown``'s) and a line of the card font per line, a little more
    than the canvas (small font) and the poster (0.9 × the card font) draw, so both fit."""
    return opt.cell_padding * (1 / 2 + 1 / 3) + lines * opt.card_font_size * LINE_FACTOR


def card_text_rect(card: Rect, options: LayoutOptions | None = None) -> Rect:
    """Where a card's title goes (inside its padding, above its footer).

    The card height was measured for exactly this width, so the canvas and the PDF that
    both wrap the title here get the same lines.
    """
    opt = options if options is not None else LayoutOptions()
    return Rect(card.x + opt.card_padding, card.y + opt.card_padding,
                max(card.w - 2 * opt.card_padding, 0.0),
                max(card.h - 2 * opt.card_padding - opt.card_footer, 0.0))


def _clamp(value: float, low: float, high: float) -> float:
    return min(max(value, low), high)


def stack_height(heights: list[float], gap: float) -> float:
    return sum(heights) + gap * max(len(heights) - 1, 0)


def _header_text(measure: TextMeasurer, text: str, width: float, opt: LayoutOptions,
                 font_size: float | None = None) -> float:
    """Height a header needs for ``text`` wrapped inside ``width`` (with padding)."""
    inner = max(width - 2 * opt.header_padding, 1.0)
    size = font_size if font_size is not None else opt.header_font_size
    return measure.text_height(text, inner, size) + 2 * opt.header_padding


def measure_heads(doc: Document, phases: list[str], widths: dict[str, float],
                  measure: TextMeasurer, opt: LayoutOptions) -> list[MeasuredHead]:
    """Every phase header's texts measured in its column (titles fitted, notes capped)."""
    return [measure_head(doc, p, widths[p], measure, opt) for p in phases]


def header_height(doc: Document, journey: str, phases: list[str], widths: dict[str, float],
                  measure: TextMeasurer, opt: LayoutOptions,
                  heads: list[MeasuredHead] | None = None) -> float:
    """One height for the whole header row: the tallest phase header (title, then its
    time span, goal and KPI) or the journey title."""
    if heads is None:
        heads = measure_heads(doc, phases, widths, measure, opt)
    needed = [_header_text(measure, doc.title(journey), opt.lane_header_width, opt,
                           opt.title_font_size), heads_height(heads, opt)]
    return _clamp(max(needed), opt.phase_header_height,
                  max(opt.max_header_height, opt.phase_header_height))


def _place_cards(cards: list[str], cell: Rect, phase: str, lane: str,
                 heights: dict[str, float], card_kinds: dict[str, str],
                 boxes: dict[str, CardBox], opt: LayoutOptions) -> None:
    """Stack ``cards`` from the top of ``cell``, each as wide as the cell allows."""
    x = cell.x + opt.cell_padding
    w = max(cell.w - 2 * opt.cell_padding, 1.0)
    y = cell.y + opt.cell_padding
    for index, card in enumerate(cards):
        h = heights[card]
        boxes[card] = CardBox(card, card_kinds[card], phase, lane, index, Rect(x, y, w, h))
        y += h + opt.card_gap


def _personas(doc: Document, journey: str, emotions: Iterable[str]) -> list[str]:
    """The journey's personas, then any persona that only appears through an emotion."""
    ordered = doc.personas_of(journey)
    extra = sorted({p for e in emotions if (p := doc.target(e, k.FELT_BY)) is not None}
                   - set(ordered))
    return ordered + extra


def _curves(doc: Document, journey: str, band: Rect, scale: tuple[int, int],
            column_of: dict[str, Column], boxes: dict[str, CardBox],
            visible: set[str] | None,
            sizing: tuple[dict[str, float], LayoutOptions]) -> tuple[Curve, ...]:
    """One smooth curve per persona through its scores, left to right."""
    widths, opt = sizing
    by_persona: dict[str, list[tuple[float, float, str, str, int]]] = {}
    emotions = doc.emotions(journey)
    for emotion in emotions:
        persona = doc.target(emotion, k.FELT_BY)
        anchor = doc.emotion_anchor(emotion)
        if persona is None or anchor is None:
            continue
        if visible is not None and persona not in visible:
            continue
        box = boxes.get(anchor)
        phase = doc.emotion_phase(emotion)
        if phase not in column_of:
            continue
        # Cards span their column's inner width, so a card's centre x is the column's;
        # using the one number makes ties exact (stacked cards, phase points).
        x = column_of[phase].body.center[0]
        # Phase points (and touchpoints on hidden lanes) come first, then cards top-down.
        depth = box.rect.center[1] if box is not None else float("-inf")
        score = int(doc.get(emotion, "score"))
        by_persona.setdefault(persona, []).append((x, depth, emotion, anchor, score))

    curves: list[Curve] = []
    spread = max(min(widths.values(), default=opt.column_width)
                 - 2 * opt.cell_padding, 1.0) * TIE_SPREAD
    for persona in _personas(doc, journey, emotions):
        found = sorted(by_persona.get(persona, []))
        if not found:
            continue
        xs = spread_ties([item[0] for item in found], spread)
        points = tuple(CurvePoint(emotion, anchor, score, x, score_to_y(score, band, scale))
                       for x, (_x, _depth, emotion, anchor, score) in zip(xs, found, strict=True))
        segments = monotone_segments([(p.x, p.y) for p in points])
        colour = str(doc.get(persona, "colour") or DEFAULT_CURVE_COLOUR)
        curves.append(Curve(persona, colour, points, segments))
    return tuple(curves)


def _flows(doc: Document, journey: str, boxes: dict[str, CardBox],
           column_of: dict[str, Column], row_of: dict[str, Row],
           stacks: dict[tuple[str, str], list[str]], emotion_lane: str | None,
           opt: LayoutOptions) -> tuple[FlowRoute, ...]:
    """Routes for every flow whose two touchpoints are both on the canvas."""
    routes: list[FlowRoute] = []
    for source, target in doc.flows(journey):
        a, b = boxes.get(source), boxes.get(target)
        if a is None or b is None:
            continue
        stacked = _direct_neighbours(a, b, row_of, stacks, emotion_lane)
        points = route_flow(a, b, column_of, row_of, opt.cell_padding, stacked)
        routes.append(FlowRoute(source, target, points))
    return fan_out(routes, boxes, list(column_of.values()), list(row_of.values()),
                   opt.cell_padding)


def _direct_neighbours(a: CardBox, b: CardBox, row_of: dict[str, Row],
                       stacks: dict[tuple[str, str], list[str]],
                       emotion_lane: str | None) -> bool:
    """Whether nothing lies between two cards of one column (a vertical line is free)."""
    if a.phase != b.phase:
        return False
    if a.lane == b.lane:
        return abs(a.index - b.index) == 1
    upper, lower = (a, b) if row_of[a.lane].index < row_of[b.lane].index else (b, a)
    if row_of[lower.lane].index != row_of[upper.lane].index + 1:
        return False
    if upper.lane == emotion_lane:  # the emotion band lies below the upper card
        return False
    return upper.index == len(stacks[(upper.phase, upper.lane)]) - 1 and lower.index == 0
