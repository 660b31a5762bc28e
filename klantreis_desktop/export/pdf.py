"""Journey posters as vector PDF (ReportLab, no Qt).

Each journey becomes one poster page laid out for its sheet (or a set of tiled sheets
plus an overview page), optionally followed by persona pages. Poster texts are in the
journey's language; the warnings, for the person exporting, in the interface language:
one per card (or header) that was shortened or has characters no font can draw. The PDF
is built in memory and written through a temp file in the target folder, so a failed
export never leaves a half-written file.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from klantreis_desktop import __version__
from klantreis_desktop.collector import collector_paused
from klantreis_desktop.export import pdf_fonts as fonts
from klantreis_desktop.export.files import write_atomic
from klantreis_desktop.export.pdf_draw import Painter
from klantreis_desktop.export.pdf_options import (
    ExportError,
    ExportResult,
    PdfOptions,
    is_auto,
    parse_paper,
)
from klantreis_desktop.export.pdf_plan import (
    PlannedPage,
    chosen_note,
    fit,
    paper_name,
    plan_pages,
    select_journeys,
)
from klantreis_desktop.export.pdf_tiling import draw_overview, draw_sheet
from klantreis_desktop.export.pdf_words import Words, label, words
from klantreis_desktop.i18n import translate
from klantreis_desktop.model.document import Document
from klantreis_desktop.model.meta import credits

__all__ = ["ExportError", "ExportResult", "PdfOptions", "PlannedPage", "export_pdf", "fit",
           "paper_name", "parse_paper", "plan_pages", "render_pdf", "select_journeys"]

Progress = Callable[[int, int], None]
#: Kept for callers of the old name: card text below this gets a warning.
MIN_READABLE_PT = 14.0


def _tr(text: str) -> str:
    return translate("Export", text)


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _metadata(c: Canvas, doc: Document, options: PdfOptions, planned: list[PlannedPage],
              w: Words) -> None:
    """Title, author, subject and keywords from the same fields the title block shows."""
    journeys = [p for p in planned if p.journey]
    title = options.title or str(doc.meta.get("title") or "") or (
        planned[0].poster.title if planned else "")
    c.setTitle(title)
    author = options.author or next((credits(doc, p.journey) for p in journeys
                                     if credits(doc, p.journey)), "")
    c.setAuthor(author)
    c.setSubject(label(w, "Customer journey map"))
    keywords = [label(w, "customer journey")]
    for page in journeys:
        scenario = str(doc.get(page.journey, "scenario"))
        keywords += [page.poster.title, label(w, "Ideal situation") if scenario == "ideal"
                     else label(w, "Current situation")]
        keywords += [doc.title(p) for p in doc.personas_of(page.journey)]
    c.setKeywords(", ".join(dict.fromkeys(k for k in keywords if k)))
    c.setCreator(f"Klantreis Desktop {__version__}")


def _notes_of(painter: Painter, title: str) -> list[str]:
    """One warning per shortened text and per text with placeholders, by its owner."""
    found = []
    for owner in dict.fromkeys(painter.shortened):
        found.append(_tr("“{title}”: “{text}” did not fit its box and ends with “…”.").format(
            title=_short(title, 40), text=_short(owner)))
    seen: dict[str, str] = {}
    for owner, chars in painter.placeholders:
        seen[owner] = "".join(dict.fromkeys(seen.get(owner, "") + chars))
    for owner, chars in seen.items():
        found.append(_tr("“{title}”: “{text}” has characters no font on the poster can draw "
                         "({chars}); they are printed as �.").format(
            title=_short(title, 40), text=_short(owner), chars=chars[:12]))
    return found


def render_pdf(doc: Document, options: PdfOptions, source_name: str = "",
               progress: Progress | None = None) -> tuple[bytes, int, list[str]]:
    """The finished PDF as bytes, its page count and the warnings."""
    data, pages, warnings, _notes = render(doc, options, source_name, progress)
    return data, pages, warnings


def page_count(doc: Document, options: PdfOptions, planned: list[PlannedPage]) -> int:
    """Pages the PDF of ``planned`` will have: posters (and their tile sheets), persona
    pages and analysis pages. The export dialog's preview says the same number."""
    if not options.analysis_pages:  # the analysis (and its imports) only when asked for
        return sum(p.pages for p in planned)
    from klantreis_desktop.export.pdf_analysis import analysis_page_count

    journeys = select_journeys(doc, options.journeys)
    return sum(p.pages for p in planned) + analysis_page_count(doc, journeys)


def render(doc: Document, options: PdfOptions, source_name: str = "",
           progress: Progress | None = None) -> tuple[bytes, int, list[str], list[str]]:
    """:func:`render_pdf` with the notes on what was chosen (the paper ``auto`` took)."""
    # A poster makes hundreds of thousands of short-lived objects (boxes, sizes, lines,
    # operator strings) and keeps almost none in cycles: the cycle collector's passes
    # over them were a tenth of the export.
    try:
        with collector_paused():
            return _render(doc, options, source_name, progress)
    except fonts.FontError as exc:  # an oblique face, read on first use, was damaged
        raise ExportError(str(exc)) from exc


def _render(doc: Document, options: PdfOptions, source_name: str,
            progress: Progress | None) -> tuple[bytes, int, list[str], list[str]]:
    planned, warnings = plan_pages(doc, options, source_name)
    journeys = select_journeys(doc, options.journeys) if options.analysis_pages else []
    total = page_count(doc, options, planned)
    notes = [chosen_note(p) for p in planned if p.journey] if is_auto(options.paper) else []
    first_words = planned[0].poster.words or words(None)
    buffer = io.BytesIO()
    # The initial font goes into every page's preamble: make it ours, not Helvetica.
    c = Canvas(buffer, pagesize=(planned[0].page_w, planned[0].page_h), pageCompression=1,
               initialFontName=fonts.REGULAR, initialFontSize=10, lang=first_words.lang)
    _metadata(c, doc, options, planned, first_words)
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress:
            progress(done, total)

    def analysis_after(number: int, page: PlannedPage) -> None:
        """The journey's analysis page right after its poster (on the poster's sheet,
        or a portrait sheet of the tile paper when the poster is tiled)."""
        if number >= len(journeys):
            return
        from klantreis_desktop.export.pdf_analysis import draw_analysis_page

        size = ((page.page_w, page.page_h) if page.tiles is None
                else parse_paper(options.tile or "A4"))
        cut: list[str] = []
        draw_analysis_page(c, doc, journeys[number], size, options.greyscale,
                           options.margin_mm * mm, shortened=cut,
                           words=page.poster.words.translate if page.poster.words else None,
                           conformance=options.conformance.get(journeys[number]),
                           board=number == 0)
        c.showPage()
        if cut:
            warnings.append(_tr("Texts on the analysis page of “{title}” that did not fit "
                                "were shortened with “…” ({count} in all).").format(
                count=len(cut), title=page.poster.title))
        step()

    for number, page in enumerate(planned):
        form = f"poster{number}"
        c.beginForm(form, 0, 0, page.poster.width, page.poster.height)
        painter = Painter(c, page.poster.height, options.greyscale)
        page.poster.paint(painter)  # with the check's marks, when it has one
        c.endForm()
        warnings += _notes_of(painter, page.poster.title)

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
            step()
            analysis_after(number, page)
            continue
        grid, w = page.tiles, page.poster.words or first_words
        draw_overview(c, grid, draw, page.poster.title, page.paper, w)
        c.showPage()
        step()
        for index, (col, row) in enumerate(grid.sheets(), start=1):
            draw_sheet(c, grid, col, row, draw, page.poster.title, w, index)
            c.showPage()
            step()
        analysis_after(number, page)
    c.save()
    return buffer.getvalue(), total, warnings, notes


def export_pdf(doc: Document, path: str | os.PathLike[str], options: PdfOptions,
               source_name: str = "", progress: Progress | None = None) -> ExportResult:
    """Write ``doc``'s journeys as a PDF poster to ``path``.

    Raises :class:`ExportError` (translated message) for bad options, an empty document or
    a file that cannot be written; the existing file at ``path`` is then left untouched.
    """
    target = Path(path)
    data, pages, warnings, notes = render(doc, options, source_name or "", progress)
    write_atomic(target, data)
    return ExportResult(pages=pages, warnings=warnings, size=len(data), notes=notes)
