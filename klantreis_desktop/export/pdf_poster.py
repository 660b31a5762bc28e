"""One journey as a poster laid out for its sheet: title block on top, the grid, and the
band of persona blocks and legend (beside the grid on landscape, below it on portrait).

The poster is not a fixed picture scaled to the paper. For the printable area it gets,
:func:`build_poster` finds the largest print scale at which the journey fits when its
columns widen to the full width, then lays it out once more so that its lanes also fill
the height. Card text on paper is then as large as that sheet allows, and the content
covers the sheet. Sizes are in layout units; the page scales them by ``Poster.scale``.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from klantreis_desktop.export import pdf_fonts as fonts
from klantreis_desktop.export.pdf_band import (  # noqa: F401 - sizes the UI preview reads
    LEGEND_W,
    PERSONA_H,
    PERSONA_W,
    Block,
    LegendRows,
    band_personas,
    draw_legend,
    draw_persona_block,
    legend_rows,
    place_band,
)
from klantreis_desktop.export.pdf_draw import Painter
from klantreis_desktop.export.pdf_journey import draw_journey
from klantreis_desktop.export.pdf_options import READABLE_PT
from klantreis_desktop.export.pdf_words import Words, label, words_for
from klantreis_desktop.layout import layout_journey, style
from klantreis_desktop.layout.geometry import JourneyLayout, Rect
from klantreis_desktop.layout.journey_sizes import LayoutSizes
from klantreis_desktop.layout.layout_options import LayoutOptions
from klantreis_desktop.model.document import Document
from klantreis_desktop.model.meta import credits, journey_logo

PAD = 28.0  # poster margin and gap between blocks
MIN_CONTENT_W = 980.0
#: The title's least width beside the details; a narrower poster (a small journey printed
#: large) puts the details under the title instead of squeezing the title to a letter.
MIN_TITLE_W = 360.0
TITLE_SIZE = 34.0
INFO_SIZE = 14.0
BODY_SIZE = 12.0
META_W = 300.0
LOGO_W, LOGO_H = 170.0, 96.0
PILL_SIZE = 15.0
#: Card text is never printed larger than this (a tiny journey on A0 stays a poster).
MAX_CARD_PT = 30.0
#: The poster's own sizes: the canvas's, with phase titles 1.6× card text and lane titles
#: in between, so the header row reads from across the room.
#: Cards may be narrower than on screen: columns widen to the sheet anyway, and a journey
#: with many phases then still prints its card text large.
POSTER_OPTIONS = LayoutOptions(card_width=120.0, header_font_size=18.0, lane_font_size=14.5,
                               title_font_size=16.0, phase_header_height=64.0,
                               max_header_height=220.0, lane_header_width=170.0,
                               card_footer=16.0, phase_note_font_size=11.0,
                               phase_note_lines=6)
#: Narrower cards tried, in order, while card text would still print below READABLE_PT:
#: a journey with many phases then wraps its cards into more lines and trades height the
#: sheet has for width it lacks (12 phases on A0 portrait: 13.1 pt at 120, 14 pt and up
#: narrower). Tried only when needed, as each costs one more search for the scale.
NARROWER_CARD_WIDTHS = (104.0, 90.0, 78.0)
SCENARIO_FILL = {"current": "#2f4858", "ideal": "#2e7d32"}


@dataclass(frozen=True)
class Filters:
    """Which lanes, phases and persona curves a filtered poster shows (ids; None: all)."""

    lanes: frozenset[str] | None = None
    phases: frozenset[str] | None = None
    personas: frozenset[str] | None = None


@dataclass
class Poster:
    """A drawable poster: its size, the function that paints it, what it shows where."""

    width: float
    height: float
    card_font_size: float
    paint: Callable[[Painter], None]
    title: str = ""
    layout: JourneyLayout | None = field(default=None, repr=False)
    #: Boxes (layout units) that hold content: title block, grid, band blocks. Sheets of a
    #: tiled poster that meet none of them are left out.
    content: list[Rect] = field(default_factory=list)
    #: Print scale (points per unit) the poster was laid out for; 0: fit it to the page.
    scale: float = 0.0
    words: Words | None = field(default=None, repr=False)


@dataclass
class _Head:
    """The title block's texts, measured for one width."""

    title: list[str]
    scenario: str  # its name, in the poster's language
    ideal: bool
    info: list[str]
    meta: list[str]
    logo: bytes | None
    height: float
    cut_title: str = ""  # the whole title when it was cut to two lines (for the warning)
    stacked: bool = False  # details under the title (a narrow poster), not beside it


@dataclass(frozen=True)
class PosterJob:
    """Everything a poster is made from that does not depend on the print scale.

    One job serves every sheet and orientation a poster is tried on: the natural layout,
    the measured words and the sizes found are kept.
    """

    doc: Document
    journey: str
    source_name: str
    words: Words
    filters: Filters
    day: datetime.date
    natural: JourneyLayout  # the grid at the canvas's sizes (nothing stretched, no arrows)
    personas: list[str]
    measure: fonts.ReportLabMeasurer  # one for every layout of the poster (its words kept)
    legend: LegendRows  # the legend's rows (its height at any width)
    options: LayoutOptions = POSTER_OPTIONS  # the sizes the grid is laid out with
    #: The grid's size at any fill size, per options (narrower cards have their own).
    sizes: dict[LayoutOptions, LayoutSizes] = field(default_factory=dict, compare=False,
                                                    hash=False, repr=False)
    #: A check against an event log (``analysis.conformance.Conformance``) drawn over the
    #: grid and explained in the legend; None: neither (the poster as without checks).
    check: Any = field(default=None, compare=False, hash=False, repr=False)


def poster_job(doc: Document, journey: str, source_name: str = "",
               words: Words | None = None, filters: Filters | None = None,
               today: datetime.date | None = None, check: Any = None) -> PosterJob:
    """What :func:`build_poster` makes ``journey``'s poster from, for any sheet (with
    ``check``'s marks and their legend rows)."""
    chosen = filters if filters is not None else Filters()
    measure = fonts.ReportLabMeasurer()
    w = words if words is not None else words_for(doc, journey)
    options = poster_options(w)
    # Its arrows are only drawn on a poster at the natural size, which lays out anew.
    natural = _layout(doc, journey, chosen, options, measure, with_flows=False)
    return PosterJob(doc, journey, source_name, w, chosen,
                     today if today is not None else datetime.date.today(), natural,
                     band_personas(doc, journey, natural, chosen.personas), measure,
                     legend_rows(doc, natural, check), options=options, check=check)


def poster_options(w: Words) -> LayoutOptions:
    """:data:`POSTER_OPTIONS` with the phase goal's and KPI's labels in the poster's
    language (the layout measures them with the text)."""
    return replace(POSTER_OPTIONS, phase_note_labels=(label(w, "Goal: {text}"),
                                                      label(w, "KPI: {text}")))


def build_poster(doc: Document, journey: str, source_name: str = "",
                 area: tuple[float, float] | None = None, words: Words | None = None,
                 filters: Filters | None = None, today: datetime.date | None = None) -> Poster:
    """``journey``'s poster for a printable ``area`` (points, width × height).

    Without an area the poster keeps the canvas's sizes (its natural size).
    """
    job = poster_job(doc, journey, source_name, words, filters, today)
    if area is None:
        return compose(job, 0.0, None)
    return compose(*largest_scale(job, area), area)


def largest_scale(job: PosterJob, area: tuple[float, float]) -> tuple[PosterJob, float]:
    """The job (card width) and the largest print scale at which it fits ``area``."""
    best_job, best = job, _largest_scale(job, area)
    if best * POSTER_OPTIONS.card_font_size < READABLE_PT and _height_to_spare(job, area, best):
        best_job, best = _with_narrower_cards(job, area, best)
    return best_job, best


def poster_size(job: PosterJob, area: tuple[float, float] | None,
                scale: float) -> tuple[float, float]:
    """The width and height :func:`compose` gives the poster, without laying it out."""
    plan = _plan(job, area, scale, fill=True)
    if plan is None:
        plan = _plan(job, None, 0.0, fill=False)
        assert plan is not None
    return plan.width, plan.height


def _height_to_spare(job: PosterJob, area: tuple[float, float], scale: float) -> bool:
    """Whether the grid at ``scale`` leaves a fifth of its height free: only then can
    narrower, taller cards let the text grow (a crowded journey is bound by its height,
    and the searches would cost three times the export for nothing)."""
    plan = _plan(job, area, scale, fill=False)
    return plan is not None and plan.grid.h < 0.8 * plan.room_h


def _with_narrower_cards(job: PosterJob, area: tuple[float, float],
                         best: float) -> tuple[PosterJob, float]:
    """The job and scale with the card width of NARROWER_CARD_WIDTHS that prints largest."""
    best_job = job
    for card_width in NARROWER_CARD_WIDTHS:
        if best * POSTER_OPTIONS.card_font_size >= READABLE_PT:
            break
        narrower = replace(job, options=replace(job.options, card_width=card_width))
        scale = _largest_scale(narrower, area)
        if scale > best + 1e-9:
            best_job, best = narrower, scale
    return best_job, best


def _largest_scale(job: PosterJob, area: tuple[float, float]) -> float:
    """The largest print scale at which ``job`` fits ``area`` (bisection, ~1e-5 of range).

    Each try asks only the grid's size (:class:`LayoutSizes`), which is exactly the size
    a layout at that scale has, so the bisection takes the same steps to the same scale.
    """
    low, high = 1e-3, MAX_CARD_PT / POSTER_OPTIONS.card_font_size
    if _plan(job, area, high, fill=False) is not None:
        return high
    best = low
    for _ in range(22):
        middle = (low + high) / 2
        if _plan(job, area, middle, fill=False) is not None:
            best = low = middle
        else:
            high = middle
    return best


@dataclass
class _Plan:
    width: float
    height: float
    head: _Head
    layout: JourneyLayout | None  # the layout to draw (None: only its size was asked)
    grid: Rect
    blocks: list[Block]
    band: Rect
    room_h: float = 0.0  # the height the grid may take (0: natural size)


def _plan(job: PosterJob, area: tuple[float, float] | None, scale: float,
          fill: bool, full: bool = False) -> _Plan | None:
    """Where everything goes at print ``scale`` (None when the journey does not fit).

    Columns widen to the grid's width in every try; with ``fill`` the lanes also grow to
    its height (only for the final layout: the tries ask whether it fits at all). Only
    with ``full`` is the grid laid out (to be drawn); else only its size is found.
    """
    if area is None:  # natural size: the canvas's grid, the band below it
        width = max(job.natural.width, MIN_CONTENT_W) + 2 * PAD
    else:
        width = area[0] / scale
    content_w = width - 2 * PAD
    head = _head(job, content_w)
    grid_top = PAD + head.height + PAD
    beside = area is not None and area[0] > area[1]
    blocks, band_w, band_h = place_band(job.doc, job.natural, job.personas, content_w, beside,
                                        job.legend)
    layout: JourneyLayout | None = None
    if area is None:
        if full:
            layout = _layout(job.doc, job.journey, job.filters, job.options, job.measure)
        grid = Rect(PAD, grid_top, job.natural.width, job.natural.height)
        band = Rect(PAD, grid.bottom + PAD, band_w, band_h)
        return _Plan(width, grid.bottom + PAD + band_h + PAD, head, layout, grid, blocks, band)
    height = area[1] / scale
    room_h = height - grid_top - PAD
    if beside:
        grid_w, grid_h = content_w - band_w - PAD, room_h
        if band_h > room_h + 0.01:
            return None
    else:
        grid_w, grid_h = content_w, room_h - band_h - PAD
    if grid_w <= 0 or grid_h <= 0:
        return None
    fill_h = grid_h if fill else 0.0
    if full:
        options = replace(job.options, fill_width=grid_w, fill_height=fill_h)
        layout = _layout(job.doc, job.journey, job.filters, options, job.measure)
        size = (layout.width, layout.height)
    else:
        size = _sizes(job).size(grid_w, fill_h)
    if size[0] > grid_w + 0.01 or size[1] > grid_h + 0.01:
        return None
    grid = Rect(PAD, grid_top, size[0], size[1])
    band = (Rect(width - PAD - band_w, grid_top, band_w, band_h) if beside
            else Rect(PAD, height - PAD - band_h, band_w, band_h))
    return _Plan(width, height, head, layout, grid, blocks, band, grid_h)


def _sizes(job: PosterJob) -> LayoutSizes:
    """The job's :class:`LayoutSizes` for its options (made on first use)."""
    sizes = job.sizes.get(job.options)
    if sizes is None:
        sizes = job.sizes[job.options] = LayoutSizes(
            job.doc, job.journey, job.measure, job.options, job.filters.lanes,
            job.filters.phases)
    return sizes


def _layout(doc: Document, journey: str, filters: Filters, options: LayoutOptions,
            measure: fonts.ReportLabMeasurer, with_flows: bool = True) -> JourneyLayout:
    """The grid as drawn (``with_flows=False``: without its arrows)."""
    return layout_journey(doc, journey, measure=measure, options=options,
                          visible_personas=set(filters.personas) if filters.personas is not None
                          else None, only_lanes=filters.lanes, only_phases=filters.phases,
                          with_flows=with_flows)


def compose(job: PosterJob, scale: float, area: tuple[float, float] | None) -> Poster:
    """The poster laid out at ``scale`` for ``area`` (None: the natural size), to draw."""
    plan = _plan(job, area, scale, fill=True, full=True)
    if plan is None:  # not even the smallest scale fits: the natural size, fitted
        plan = _plan(job, None, 0.0, fill=False, full=True)
        assert plan is not None
        scale = 0.0
    width, height, layout, grid = plan.width, plan.height, plan.layout, plan.grid
    assert layout is not None
    head, band, blocks, doc, w = plan.head, plan.band, plan.blocks, job.doc, job.words
    head_box = Rect(PAD, PAD, width - 2 * PAD, head.height)

    def paint(p: Painter) -> None:
        p.rect(Rect(0, 0, width, height), fill="#ffffff", background=True)
        _paint_head(p, head, head_box)
        p.c.saveState()
        p.c.translate(grid.x, -grid.y)
        draw_journey(p, doc, layout, w.lang)  # figures in the poster's language
        p.c.restoreState()
        # The painter's extents are in poster units: the grid was drawn shifted.
        p.track(grid.x, grid.y, grid.right, grid.bottom)
        for block in blocks:
            box = Rect(band.x + block.box.x, band.y + block.box.y, block.box.w, block.box.h)
            if block.kind == "persona":
                draw_persona_block(p, doc, block.node, box, w)
            else:
                draw_legend(p, doc, layout, box, w, job.check)
        if job.check is not None:  # the check's drawing only when there is one
            from klantreis_desktop.export.pdf_conformance import draw_grid_marks

            draw_grid_marks(p, doc, layout, grid, job.check, w.lang)

    content = [head_box, grid] + [Rect(band.x + b.box.x, band.y + b.box.y, b.box.w, b.box.h)
                                  for b in blocks]
    return Poster(width, height, POSTER_OPTIONS.card_font_size, paint, doc.title(job.journey),
                  layout, content, scale, w)


def _head(job: PosterJob, content_w: float) -> _Head:
    """The title block's texts for a content width: title, scenario, facts, details."""
    doc, journey, w = job.doc, job.journey, job.words
    logo = journey_logo(doc, journey)
    right_w = META_W + (LOGO_W + PAD if logo else 0.0)
    stacked = content_w - right_w - PAD < MIN_TITLE_W
    left_w = max(content_w if stacked else content_w - right_w - PAD, 1.0)
    meta_w = min(META_W, left_w)
    title = doc.title(journey) or label(w, "Untitled journey")
    wrapped = fonts.wrap_text(title, fonts.BOLD, TITLE_SIZE, left_w)
    title_lines = fonts.fit_lines(wrapped, 2, fonts.BOLD, TITLE_SIZE, left_w)
    scenario = str(doc.get(journey, "scenario"))
    scenario_text = (label(w, "Ideal situation") if scenario == "ideal"
                     else label(w, "Current situation"))
    facts = []
    names = [doc.title(p) for p in doc.personas_of(journey)
             if job.filters.personas is None or p in job.filters.personas]
    if names:
        facts.append(label(w, "Personas: {names}").format(names=", ".join(names)))
    if doc.get(journey, "time_span"):
        facts.append(label(w, "Time span: {span}").format(span=doc.get(journey, "time_span")))
    info = fonts.wrap_text("  ·  ".join(facts), fonts.REGULAR, INFO_SIZE, left_w)
    if doc.get(journey, "end_goal"):
        info += fonts.wrap_text(label(w, "End goal: {goal}").format(
            goal=doc.get(journey, "end_goal")), fonts.REGULAR, INFO_SIZE, left_w)
    info = fonts.fit_lines(info, 4, fonts.REGULAR, INFO_SIZE, left_w)
    meta = [label(w, "Date: {date}").format(date=w.date(job.day))]
    version = str(doc.get(journey, "version") or "")
    if version:
        meta += fonts.wrap_text(label(w, "Version: {version}").format(version=version),
                                fonts.REGULAR, BODY_SIZE, meta_w)
    by = credits(doc, journey)
    if by:
        meta += fonts.wrap_text(by, fonts.REGULAR, BODY_SIZE, meta_w)
    if job.source_name:
        meta += fonts.wrap_text(label(w, "File: {name}").format(name=job.source_name),
                                fonts.REGULAR, BODY_SIZE, meta_w)
    meta = fonts.fit_lines(meta, 7, fonts.REGULAR, BODY_SIZE, meta_w)
    left_h = (len(title_lines) * TITLE_SIZE * fonts.LINE_HEIGHT + PILL_SIZE * 2.2
              + len(info) * INFO_SIZE * fonts.LINE_HEIGHT)
    meta_h = len(meta) * BODY_SIZE * fonts.LINE_HEIGHT
    logo_h = LOGO_H if logo else 0.0
    if stacked:  # title, scenario and facts; then the details; then the logo
        height = left_h + PILL_SIZE * 0.5 + meta_h + (PAD + logo_h if logo else 0.0)
    else:
        height = max(left_h, meta_h, logo_h)
    return _Head(title_lines, scenario_text, scenario == "ideal", info, meta, logo, height,
                 title if len(wrapped) > len(title_lines) else "", stacked)


def _paint_head(p: Painter, head: _Head, box: Rect) -> None:
    """Title, the scenario as a coloured label (current and ideal maps hang side by side),
    the facts; date, version, author and file on the right, the logo in the corner."""
    title = " ".join(head.title)
    if head.cut_title:
        p.shortened.append(head.cut_title)
    right = 0.0 if head.stacked else META_W + PAD + (LOGO_W + PAD if head.logo else 0.0)
    y = box.y + p.text_box(title, Rect(box.x, box.y, max(box.w - right, 1.0), len(head.title)
                                        * TITLE_SIZE * fonts.LINE_HEIGHT), fonts.BOLD,
                           TITLE_SIZE, style.TEXT_COLOUR, owner=title)
    fill = SCENARIO_FILL["ideal" if head.ideal else "current"]
    pill_w = fonts.text_width(head.scenario, fonts.BOLD, PILL_SIZE) + PILL_SIZE * 1.6
    pill = Rect(box.x, y + PILL_SIZE * 0.3, min(pill_w, box.w), PILL_SIZE * 1.6)
    p.rect(pill, fill=fill, radius=pill.h / 2)
    p.text_box(head.scenario, pill, fonts.BOLD, PILL_SIZE, "#ffffff", align="center",
               valign="middle", owner=head.scenario)
    y += PILL_SIZE * 2.2
    p.text_lines(head.info, box.x, y, fonts.REGULAR, INFO_SIZE, style.MUTED_TEXT)
    if head.stacked:
        y += len(head.info) * INFO_SIZE * fonts.LINE_HEIGHT + PILL_SIZE * 0.5
        p.text_lines(head.meta, box.x, y, fonts.REGULAR, BODY_SIZE, style.MUTED_TEXT,
                     width=box.w)
        if head.logo:
            y += len(head.meta) * BODY_SIZE * fonts.LINE_HEIGHT + PAD
            p.picture(head.logo, Rect(box.x, y, min(LOGO_W, box.w), LOGO_H))
        return
    meta_x = box.right - META_W - (LOGO_W + PAD if head.logo else 0.0)
    p.text_lines(head.meta, meta_x, box.y, fonts.REGULAR, BODY_SIZE, style.MUTED_TEXT,
                 width=META_W, align="right")
    if head.logo:
        p.picture(head.logo, Rect(box.right - LOGO_W, box.y, LOGO_W, LOGO_H))
