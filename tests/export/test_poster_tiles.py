"""Tiling that wastes nothing (issue 16): no blank sheets, the true assembled size, glue
guides on the part that stays, sheet names that are not paper sizes."""

from __future__ import annotations

import io

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from klantreis_desktop.export.pdf import export_pdf, plan_pages
from klantreis_desktop.export.pdf_options import PdfOptions
from klantreis_desktop.export.pdf_tiling import SHEET_MARGIN, draw_sheet, label, plan_tiles
from klantreis_desktop.export.pdf_words import words
from klantreis_desktop.model.builder import build
from tests.export.pdf_helpers import big_spec, page_sizes_mm, pdf_text, words_with_boxes

OPTIONS = PdfOptions(paper="A0", orientation="landscape", tile="A4", overlap_mm=10)


def _doc():
    # Twelve phases and no personas: on landscape the legend beside the grid is short,
    # so the sheets under it would print nothing.
    return build(big_spec(cards=40, phases=12))


def test_blank_sheets_are_left_out_and_the_rest_keep_their_names(tmp_path):
    doc = _doc()
    planned, _ = plan_pages(doc, OPTIONS)
    grid = planned[0].tiles
    assert grid is not None and grid.blank, "this poster leaves sheets blank"
    target = tmp_path / "tiles.pdf"
    result = export_pdf(doc, target, OPTIONS)
    assert result.pages == 1 + grid.count == 1 + grid.cols * grid.rows - len(grid.blank)
    assert all(sorted(size) == [210, 297] for size in page_sizes_mm(target))
    # Each printed sheet says where it goes and which of how many it is (drawn strings:
    # pdftotext also reads the poster's text that the sheet's window clips away).
    said = _sheet_texts(grid)
    assert [texts[0] for texts in said] == [label(c, r) for c, r in grid.sheets()]
    assert all(f"sheet {n} of {grid.count}" in texts[1] for n, texts in enumerate(said, 1))
    overview = pdf_text(target).split("\f")[0]
    assert f"{len(grid.blank)} sheets without content are left out" in overview


class _Recorder(Canvas):
    """A canvas that remembers the strings drawn on it, page by page."""

    def __init__(self) -> None:
        super().__init__(io.BytesIO())
        self.strings: list[str] = []

    def drawString(self, x, y, text, *args, **kwargs):
        self.strings.append(text)
        return super().drawString(x, y, text, *args, **kwargs)


def _sheet_texts(grid) -> list[list[str]]:
    found = []
    for number, (col, row) in enumerate(grid.sheets(), start=1):
        canvas = _Recorder()
        draw_sheet(canvas, grid, col, row, lambda c: None, "Grote reis", words("en"), number)
        found.append(canvas.strings)
    return found


def test_the_overview_says_the_true_assembled_size(tmp_path):
    target = tmp_path / "tiles.pdf"
    export_pdf(_doc(), target, OPTIONS)
    overview = " ".join(pdf_text(target).split("\f")[0].split())
    assert "make a poster of 119 × 84 cm" in overview  # A0 landscape, not "one A0 poster"
    assert "row 1" in overview and "column 1" in overview and "A1" not in overview


def test_glue_guides_lie_on_the_strip_that_stays(tmp_path):
    doc = _doc()
    target = tmp_path / "tiles.pdf"
    export_pdf(doc, target, OPTIONS)
    grid = plan_pages(doc, OPTIONS)[0][0].tiles
    assert grid is not None
    first = grid.sheets()[0]
    assert grid.kept(first[0] + 1, first[1])  # it has a neighbour on the right
    words = [w for w in words_with_boxes(target, page=2) if w[0] in ("glue", "here")]
    assert words
    for _word, x0, y0, x1, y1 in words:
        # Inside the printed area (not in the margin that is cut off) ...
        assert SHEET_MARGIN <= x0 and x1 <= grid.sheet_w - SHEET_MARGIN
        assert SHEET_MARGIN <= y0 and y1 <= grid.sheet_h - SHEET_MARGIN
    right = [w for w in words if w[1] > grid.sheet_w * 0.75]
    # ... on the right strip, which the next sheet covers.
    assert right and all(w[1] >= SHEET_MARGIN + grid.area_w - grid.overlap for w in right)


def test_content_only_in_an_overlap_strip_does_not_make_a_sheet():
    page_w, page_h = 500 * mm, 500 * mm
    everything = plan_tiles(page_w, page_h, "A4", 10)
    assert everything.blank == frozenset() and everything.count > 2
    # Content only in the top-left quarter, reaching 5 mm into the neighbours' strips.
    area = everything.area_w
    box = (0.0, page_h - everything.area_h, area, page_h)
    grid = plan_tiles(page_w, page_h, "A4", 10, [box])
    assert grid.count == 1 and grid.sheets() == [(0, 0)]
    # No content anywhere: the sheets are still printed (an empty poster is asked for).
    assert plan_tiles(page_w, page_h, "A4", 10, []).count == everything.count
