"""Journey posters as vector PDF (ReportLab, no Qt).

Each journey becomes one poster page (or a set of tiled sheets plus an overview page),
optionally followed by persona pages. The PDF is built in memory and written through a
temp file in the target folder, so a failed export never leaves a half-written file.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from klantreis_desktop import __version__
from klantreis_desktop.export import pdf_fonts as fonts
from klantreis_desktop.export.files import write_atomic
from klantreis_desktop.export.pdf_analysis import analysis_page_count, draw_analysis_page
from klantreis_desktop.export.pdf_draw import Painter
from klantreis_desktop.export.pdf_options import (
    PAPER_MM,
    ExportError,
    ExportResult,
    PdfOptions,
    parse_paper,
    validate_options,
)
from klantreis_desktop.export.pdf_persona import build_persona_page
from klantreis_desktop.export.pdf_poster import Poster, build_poster
from klantreis_desktop.export.pdf_tiling import TileGrid, draw_overview, draw_sheet, plan_tiles
from klantreis_desktop.i18n import translate
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model.document import Document
from klantreis_desktop.model.model_error import ModelError

__all__ = ["ExportError", "ExportResult", "PdfOptions", "export_pdf", "parse_paper",
           "plan_pages"]

Progress = Callable[[int, int], None]
#: Card text smaller than this on paper gets a warning (hard to read on a wall).
MIN_READABLE_PT = 7.0


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

    @property
    def card_text_pt(self) -> float:
        """The card title size as printed (layout size × fitting scale)."""
        return self.poster.card_font_size * self.scale

    @property
    def pages(self) -> int:
        return 1 + self.tiles.count if self.tiles is not None else 1


def paper_name(options: PdfOptions) -> str:
    name = options.paper.strip().upper()
    return name if name in PAPER_MM else options.paper.strip()


def fit(poster: Poster, paper: tuple[float, float], orientation: str,
        margin: float) -> tuple[float, float, float, tuple[float, float]]:
    """Page size, scale and offset that fit ``poster`` inside the margins.

    ``auto`` picks the orientation in which the poster comes out largest.
    """
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
        s = min(avail_w / poster.width, avail_h / poster.height)
        offset = ((w - poster.width * s) / 2, (h - poster.height * s) / 2)
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


def plan_pages(doc: Document, options: PdfOptions,
               source_name: str = "") -> tuple[list[PlannedPage], list[str]]:
    """Every poster with its page size and scale, plus warnings; nothing is drawn."""
    validate_options(options)
    try:
        fonts.register_fonts()
    except fonts.FontError as exc:
        raise ExportError(str(exc)) from exc
    journeys = select_journeys(doc, options.journeys)
    posters: list[Poster] = []
    try:
        for journey in journeys:
            posters.append(build_poster(doc, journey, source_name))
    except ModelError as exc:
        raise ExportError(str(exc)) from exc
    if options.persona_pages:
        everything = options.journeys == "all"
        posters += [build_persona_page(doc, p) for p in _personas_for(doc, journeys, everything)]
    paper = parse_paper(options.paper)
    margin = options.margin_mm * mm
    planned: list[PlannedPage] = []
    warnings: list[str] = []
    for index, poster in enumerate(posters):
        is_journey = index < len(journeys)
        tile = options.tile.upper() if options.tile else None
        if tile and not is_journey:  # persona pages print on one sheet each
            w, h, s, offset = fit(poster, parse_paper(tile), "auto", margin)
            planned.append(PlannedPage(poster, w, h, s, offset))
            continue
        w, h, s, offset = fit(poster, paper, options.orientation, margin)
        grid = None
        if tile:
            # Print only the poster at its full-page scale: blank paper needs no sheets.
            w, h = poster.width * s + 2 * margin, poster.height * s + 2 * margin
            offset = (margin, margin)
            grid = plan_tiles(w, h, tile, options.overlap_mm)
        page = PlannedPage(poster, w, h, s, offset, grid)
        planned.append(page)
        if is_journey:
            warnings += _fit_warnings(page, paper_name(options))
    return planned, warnings


def _fit_warnings(page: PlannedPage, paper: str) -> list[str]:
    found = []
    if page.scale < 0.999:
        found.append(_tr("“{title}” does not fit on {paper} at full size and was scaled to "
                         "{percent} %.").format(title=page.poster.title, paper=paper,
                                                percent=max(1, round(page.scale * 100))))
    if page.card_text_pt < MIN_READABLE_PT:
        found.append(_tr("Card text in “{title}” is only {size:.1f} pt on paper and hard to "
                         "read; choose a larger paper size or fewer phases.").format(
            title=page.poster.title, size=page.card_text_pt))
    return found


def _metadata(c: Canvas, doc: Document, options: PdfOptions, planned: list[PlannedPage]) -> None:
    title = options.title or str(doc.meta.get("title") or "") or (
        planned[0].poster.title if planned else "")
    c.setTitle(title)
    c.setAuthor(options.author or str(doc.meta.get("author") or ""))
    c.setSubject(_tr("Customer journey map"))
    keywords = [_tr("customer journey"), *(p.poster.title for p in planned if p.poster.title)]
    c.setKeywords(", ".join(keywords))
    c.setCreator(f"Klantreis Desktop {__version__}")


def render_pdf(doc: Document, options: PdfOptions, source_name: str = "",
               progress: Progress | None = None) -> tuple[bytes, int, list[str]]:
    """The finished PDF as bytes, its page count and the warnings."""
    planned, warnings = plan_pages(doc, options, source_name)
    journeys = select_journeys(doc, options.journeys) if options.analysis_pages else []
    total = sum(p.pages for p in planned) + analysis_page_count(doc, journeys)
    buffer = io.BytesIO()
    # The initial font goes into every page's preamble: make it ours, not Helvetica.
    c = Canvas(buffer, pagesize=(planned[0].page_w, planned[0].page_h), pageCompression=1,
               initialFontName=fonts.REGULAR, initialFontSize=10)
    _metadata(c, doc, options, planned)
    done = 0

    def analysis_after(number: int, page: PlannedPage) -> None:
        """The journey's analysis page right after its poster (on the poster's sheet,
        or a portrait sheet of the tile paper when the poster is tiled)."""
        nonlocal done
        if number >= len(journeys):
            return
        size = ((page.page_w, page.page_h) if page.tiles is None
                else parse_paper(options.tile or options.paper))
        cut: list[str] = []
        draw_analysis_page(c, doc, journeys[number], size, options.greyscale,
                           options.margin_mm * mm, shortened=cut)
        c.showPage()
        if cut:
            warnings.append(_tr("Texts on the analysis page of “{title}” that did not fit "
                                "were shortened with “…” ({count} in all).").format(
                count=len(cut), title=page.poster.title))
        done += 1
        if progress:
            progress(done, total)

    for number, page in enumerate(planned):
        form = f"poster{number}"
        c.beginForm(form, 0, 0, page.poster.width, page.poster.height)
        painter = Painter(c, page.poster.height, options.greyscale)
        page.poster.paint(painter)
        c.endForm()
        if painter.shortened:
            message = _tr("Texts on the page “{title}” that were too long for their box "
                          "end with “…” ({count} in all).")
            warnings.append(message.format(count=len(painter.shortened),
                                           title=page.poster.title))

        def draw(canvas: Canvas, page: PlannedPage = page, form: str = form) -> None:
            canvas.saveState()
            canvas.translate(*page.offset)
            canvas.scale(page.scale, page.scale)
            canvas.doForm(form)
            canvas.restoreState()

        if page.tiles is None:
            c.setPageSize((page.page_w, page.page_h))
            draw(c)
            c.showPage()
            done += 1
            if progress:
                progress(done, total)
            analysis_after(number, page)
            continue
        grid = page.tiles
        draw_overview(c, grid, draw, page.poster.title, paper_name(options))
        c.showPage()
        done += 1
        if progress:
            progress(done, total)
        for row in range(grid.rows):
            for col in range(grid.cols):
                draw_sheet(c, grid, col, row, draw, page.poster.title)
                c.showPage()
                done += 1
                if progress:
                    progress(done, total)
        analysis_after(number, page)
    c.save()
    return buffer.getvalue(), total, warnings


def export_pdf(doc: Document, path: str | os.PathLike[str], options: PdfOptions,
               source_name: str = "", progress: Progress | None = None) -> ExportResult:
    """Write ``doc``'s journeys as a PDF poster to ``path``.

    Raises :class:`ExportError` (translated message) for bad options, an empty document or
    a file that cannot be written; the existing file at ``path`` is then left untouched.
    """
    target = Path(path)
    data, pages, warnings = render_pdf(doc, options, source_name or "", progress)
    write_atomic(target, data)
    return ExportResult(pages=pages, warnings=warnings, size=len(data))
