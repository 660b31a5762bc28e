"""Which sheet each poster goes on, and how: paper, orientation, print scale, tiles.

``--paper auto`` tries the ISO sheets from A4 up and takes the smallest (and its better
orientation) on which card text is at least 14 pt, readable from 2 m; a fixed paper is
laid out for as given and warns below 14 pt. Nothing is drawn here: the export dialog's
preview plans with the same function the export uses.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm

from klantreis_desktop.export import pdf_fonts as fonts
from klantreis_desktop.export.pdf_filters import resolve_filters
from klantreis_desktop.export.pdf_options import (
    PAPER_MM,
    READABLE_PT,
    ExportError,
    PdfOptions,
    is_auto,
    parse_paper,
    validate_options,
)
from klantreis_desktop.export.pdf_persona import build_persona_page
from klantreis_desktop.export.pdf_poster import (
    POSTER_OPTIONS,
    Filters,
    Poster,
    PosterJob,
    compose,
    largest_scale,
    poster_job,
    poster_size,
)
from klantreis_desktop.export.pdf_tiling import TileGrid, plan_tiles
from klantreis_desktop.export.pdf_words import Words, words, words_for
from klantreis_desktop.i18n import translate
from klantreis_desktop.layout.measured import decimal_for
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model.document import Document
from klantreis_desktop.model.meta import journey_language
from klantreis_desktop.model.model_error import ModelError

#: ISO sheets ``auto`` tries, smallest first.
AUTO_PAPERS: tuple[str, ...] = ("A4", "A3", "A2", "A1", "A0")


def _tr(text: str) -> str:
    return translate("Export", text)


@dataclass
class PlannedPage:
    """Where one poster goes: a page size, the scale and offset that fit it, its tiles."""

    poster: Poster
    page_w: float
    page_h: float
    scale: float
    offset: tuple[float, float]
    tiles: TileGrid | None = None
    paper: str = ""  # the paper's name (A1, …) or its size in mm
    journey: str = ""  # the journey id; "" for a persona page
    #: The map is taller than the sheet's shape (its height, not its width, sets the
    #: print size: fewer lanes, not fewer phases, make its text larger).
    tall: bool = False

    @property
    def card_text_pt(self) -> float:
        """The card title size as printed (layout size × print scale)."""
        return self.poster.card_font_size * self.scale

    @property
    def pages(self) -> int:
        return 1 + self.tiles.count if self.tiles is not None else 1

    @property
    def orientation(self) -> str:
        return "landscape" if self.page_w > self.page_h else "portrait"


def paper_name(options: PdfOptions) -> str:
    name = options.paper.strip().upper()
    return name if name in PAPER_MM else options.paper.strip()


def fit(poster: Poster, paper: tuple[float, float], orientation: str,
        margin: float) -> tuple[float, float, float, tuple[float, float]]:
    """Page size, scale and offset that fit ``poster`` inside the margins.

    ``auto`` picks the orientation in which the poster comes out largest.
    """
    return fit_size(poster.width, poster.height, paper, orientation, margin)


def fit_size(width: float, height: float, paper: tuple[float, float], orientation: str,
             margin: float) -> tuple[float, float, float, tuple[float, float]]:
    """:func:`fit` for a poster ``width`` × ``height`` (one not laid out yet)."""
    short, long_ = sorted(paper)
    if orientation == "portrait":
        candidates = [(short, long_)]
    elif orientation == "landscape":
        candidates = [(long_, short)]
    else:
        candidates = [(long_, short), (short, long_)]
    best: tuple[float, float, float, tuple[float, float]] | None = None
    for w, h in candidates:
        avail_w, avail_h = max(w - 2 * margin, 1.0), max(h - 2 * margin, 1.0)
        s = min(avail_w / width, avail_h / height)
        offset = ((w - width * s) / 2, (h - height * s) / 2)
        if best is None or s > best[2] + 1e-9:
            best = (w, h, s, offset)
    assert best is not None
    return best


def select_journeys(doc: Document, wanted: str | list[str]) -> list[str]:
    """The journeys to export, in document order; unknown ids are an error."""
    journeys = doc.journeys()
    if not journeys:
        raise ExportError(_tr("The document has no journeys to export."))
    if wanted == "all" or wanted == ["all"]:
        return journeys
    if isinstance(wanted, str):
        wanted = [wanted]
    for node in wanted:
        if node not in doc or doc.kind(node) != k.JOURNEY:
            raise ExportError(_tr("The journey “{id}” does not exist in this document.").format(
                id=str(node)[:60]))
    chosen = set(wanted)
    return [j for j in journeys if j in chosen]


def _personas_for(doc: Document, journeys: list[str], everything: bool) -> list[str]:
    if everything:
        return doc.personas()
    seen: list[str] = []
    for journey in journeys:
        for persona in doc.personas_of(journey):
            if persona not in seen:
                seen.append(persona)
    return seen


def _sheets(paper: tuple[float, float], orientation: str) -> list[tuple[float, float]]:
    short, long_ = sorted(paper)
    if orientation == "portrait":
        return [(short, long_)]
    if orientation == "landscape":
        return [(long_, short)]
    return [(long_, short), (short, long_)]


def _on_sheet(job: PosterJob, paper: tuple[float, float], orientation: str, margin: float,
              name: str) -> PlannedPage:
    """The poster laid out for ``paper`` in the orientation that prints it largest.

    Each orientation's scale and size are found without laying the poster out; only the
    one kept is composed (its layout with arrows is the costly one).
    """
    best: tuple[float, PosterJob, tuple[float, float], float, float, float] | None = None
    for page_w, page_h in _sheets(paper, orientation):
        area = (max(page_w - 2 * margin, 1.0), max(page_h - 2 * margin, 1.0))
        chosen, scale = largest_scale(job, area)
        width, height = poster_size(chosen, area, scale)
        s = fit_size(width, height, (page_w, page_h), _shape(page_w, page_h), margin)[2]
        text_pt = POSTER_OPTIONS.card_font_size * s  # PlannedPage.card_text_pt
        if best is None or text_pt > best[0] + 1e-6:
            best = (text_pt, chosen, area, scale, page_w, page_h)
    assert best is not None
    _pt, chosen, area, scale, page_w, page_h = best
    poster = compose(chosen, scale, area)
    fw, fh, s, offset = fit(poster, (page_w, page_h), _shape(page_w, page_h), margin)
    natural = chosen.natural
    tall = natural.height * area[0] > natural.width * area[1]
    return PlannedPage(poster, fw, fh, s, offset, paper=name, journey=job.journey, tall=tall)


def _shape(page_w: float, page_h: float) -> str:
    return "portrait" if page_w < page_h else "landscape"


def plan_journey(doc: Document, journey: str, options: PdfOptions, source_name: str,
                 filters: Filters, w: Words) -> PlannedPage:
    """One journey's page: on the paper asked, or on the smallest readable ISO sheet."""
    margin = options.margin_mm * mm
    job = poster_job(doc, journey, source_name, w, filters,
                     check=options.conformance.get(journey))
    if not is_auto(options.paper):
        return _on_sheet(job, parse_paper(options.paper), options.orientation, margin,
                         paper_name(options))
    page: PlannedPage | None = None
    for name in AUTO_PAPERS:
        page = _on_sheet(job, parse_paper(name), options.orientation, margin, name)
        if page.card_text_pt >= READABLE_PT:
            break
    assert page is not None
    return page


def plan_pages(doc: Document, options: PdfOptions,
               source_name: str = "") -> tuple[list[PlannedPage], list[str]]:
    """Every poster with its page size and scale, plus warnings; nothing is drawn."""
    validate_options(options)
    try:
        fonts.register_fonts()
    except fonts.FontError as exc:
        raise ExportError(str(exc)) from exc
    journeys = select_journeys(doc, options.journeys)
    filters = resolve_filters(doc, journeys, options)
    tile = options.tile.upper() if options.tile else None
    planned: list[PlannedPage] = []
    warnings: list[str] = []
    try:
        for journey in journeys:
            w = words_for(doc, journey, options.language)
            page = plan_journey(doc, journey, options, source_name, filters[journey], w)
            if tile:
                _tile(page, tile, options.overlap_mm)
            planned.append(page)
            if page.card_text_pt < READABLE_PT:
                # Advise what limits the print: fewer phases do not help a map that is
                # too tall for the sheet (review s7: 6.9 pt with all phases, 7.8 with one).
                advice = (_tr("Card text in “{title}” is only {size} pt on paper and hard "
                              "to read: the map is too tall for the sheet; choose a larger "
                              "paper size or show fewer lanes.") if page.tall else
                          _tr("Card text in “{title}” is only {size} pt on paper and hard "
                              "to read; choose a larger paper size or fewer phases."))
                warnings.append(advice.format(title=_short(page.poster.title),
                                              size=point_text(page.card_text_pt)))
    except ModelError as exc:
        raise ExportError(str(exc)) from exc
    if options.persona_pages:
        lang = options.language or (journey_language(doc, journeys[0]) or "")
        # Persona pages go on the tile sheets, or on the first poster's paper.
        name = tile or (planned[0].paper if planned and planned[0].paper in PAPER_MM
                        else options.paper)
        sheet = parse_paper(name) if not is_auto(name) else parse_paper("A4")
        for persona in _personas_for(doc, journeys, options.journeys == "all"):
            poster = build_persona_page(doc, persona, words(lang or None))
            fw, fh, s, offset = fit(poster, sheet, "auto", options.margin_mm * mm)
            planned.append(PlannedPage(poster, fw, fh, s, offset, paper=name))
    return planned, warnings


def _tile(page: PlannedPage, tile: str, overlap_mm: float) -> None:
    """Cut ``page`` into sheets, leaving out those that would print no content."""
    s, (ox, oy) = page.scale, page.offset
    boxes = [(ox + r.x * s, page.page_h - oy - r.bottom * s, ox + r.right * s,
              page.page_h - oy - r.y * s) for r in page.poster.content]
    page.tiles = plan_tiles(page.page_w, page.page_h, tile, overlap_mm, boxes)


def point_text(size: float) -> str:
    """A size in points with one decimal and the interface language's decimal mark
    ("9,1" in Dutch): messages are in that language, so are their numbers."""
    return f"{size:.1f}".replace(".", decimal_for(None))


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def chosen_note(page: PlannedPage) -> str:
    """"“Title”: A1 landscape, card text 15 pt" — what ``auto`` (or the user) chose."""
    shape = _tr("landscape") if page.orientation == "landscape" else _tr("portrait")
    # Below the readable size the warning gives one decimal: so does this note (review
    # s7: "card text 9 pt" above "only 9.2 pt" for the same poster).
    size = (point_text(page.card_text_pt) if page.card_text_pt < READABLE_PT
            else f"{page.card_text_pt:.0f}")
    return _tr("“{title}”: {paper} {shape}, card text {size} pt").format(
        title=_short(page.poster.title), paper=page.paper, shape=shape, size=size)
