"""Posters laid out for the sheet (issue 16): the grid fills the printable area, the
channels lane shows what the canvas shows, ``auto`` picks a readable paper, headers stand
out, and the persona/legend band sits beside the grid on landscape, below on portrait."""

from __future__ import annotations

import pytest
from reportlab.lib.units import mm

from klantreis_desktop import templates
from klantreis_desktop.export.pdf import export_pdf, plan_pages
from klantreis_desktop.export.pdf_options import PdfOptions
from klantreis_desktop.export.pdf_poster import POSTER_OPTIONS
from klantreis_desktop.layout.channels import channel_cells
from klantreis_desktop.model.builder import build
from tests.export.pdf_helpers import (
    big_spec,
    content_streams,
    ink_box,
    operations,
    page_sizes_mm,
    words_with_boxes,
)

MARGIN = 10 * mm


@pytest.mark.parametrize("orientation", ["portrait", "landscape"])
@pytest.mark.parametrize("sample", ["schoonmaak", "groeibureau"])
def test_the_poster_fills_the_printable_area_of_a0(tmp_path, sample, orientation):
    doc = templates.build_sample(sample, "nl")
    target = tmp_path / "a0.pdf"
    export_pdf(doc, target, PdfOptions(paper="A0", orientation=orientation))
    (w_mm, h_mm), = page_sizes_mm(target)
    page_w, page_h = w_mm * mm, h_mm * mm
    x0, y0, x1, y1 = ink_box(target)
    width, height = page_w - 2 * MARGIN, page_h - 2 * MARGIN
    assert (x1 - x0) / width >= 0.90, (x0, x1, width)
    assert (y1 - y0) / height >= 0.80, (y0, y1, height)
    # And nothing is drawn in the margins.
    tolerance = 72 / 12 * 1.5  # a pixel and a half of the render
    assert x0 >= MARGIN - tolerance and y0 >= MARGIN - tolerance
    assert x1 <= page_w - MARGIN + tolerance and y1 <= page_h - MARGIN + tolerance


def _layout_box_on_page(page, rect):
    """A rect of the journey layout in page points from the top-left (as pdftotext)."""
    grid = page.poster.content[1]
    s, (ox, oy) = page.scale, page.offset
    top = page.page_h - oy - page.poster.height * s
    return (ox + (grid.x + rect.x) * s, top + (grid.y + rect.y) * s,
            ox + (grid.x + rect.right) * s, top + (grid.y + rect.bottom) * s)


def test_the_channels_lane_lists_the_channels_of_each_phase_like_the_canvas(tmp_path):
    doc = templates.build_sample("schoonmaak", "nl")
    options = PdfOptions(paper="A0", orientation="portrait")
    target = tmp_path / "channels.pdf"
    export_pdf(doc, target, options)
    page = plan_pages(doc, options)[0][0]
    cells = channel_cells(doc, page.poster.layout)
    assert cells  # the sample has a channels lane and touchpoints with channels
    words = words_with_boxes(target)
    for (phase, lane), chips in cells.items():
        x0, y0, x1, y1 = _layout_box_on_page(page, page.poster.layout.cells[(phase, lane)])
        inside = " ".join(w for w, a, b, c, d in words
                          if x0 - 1 <= a and c <= x1 + 1 and y0 - 1 <= b and d <= y1 + 1)
        for _icon, name in chips:
            assert name.split()[0] in inside, (doc.title(phase), name, inside)


def test_auto_takes_the_smallest_readable_sheet_and_says_so(tmp_path):
    doc = templates.build_sample("schoonmaak", "nl")
    result = export_pdf(doc, tmp_path / "auto.pdf", PdfOptions())
    planned, warnings = plan_pages(doc, PdfOptions())
    page = planned[0]
    assert page.card_text_pt >= 14.0 and warnings == []
    assert page.paper in ("A3", "A2", "A1", "A0")
    smaller = {"A2": "A3", "A1": "A2", "A0": "A1"}.get(page.paper)
    if smaller:  # one size down, card text would be too small in either orientation
        below = plan_pages(doc, PdfOptions(paper=smaller))[0][0]
        assert below.card_text_pt < 14.0
    assert result.notes and page.paper in result.notes[0] and "pt" in result.notes[0]


@pytest.mark.parametrize("orientation", ["portrait", "landscape"])
def test_twelve_phases_and_forty_cards_have_14_pt_in_either_orientation_of_a0(orientation):
    # Portrait is narrow for 12 columns: the cards get narrower (more lines each) rather
    # than the text smaller (13.1 pt before).
    doc = build(big_spec(cards=40, phases=12))
    planned, warnings = plan_pages(doc, PdfOptions(paper="A0", orientation=orientation))
    assert planned[0].orientation == orientation
    assert planned[0].card_text_pt >= 14.0 and warnings == []


def test_twelve_phases_and_forty_cards_on_a0_have_card_text_of_14_pt(tmp_path):
    doc = build(big_spec(cards=40, phases=12))
    planned, warnings = plan_pages(doc, PdfOptions(paper="A0"))
    assert planned[0].card_text_pt >= 14.0 and warnings == []
    auto, _ = plan_pages(doc, PdfOptions())
    assert auto[0].paper == "A0" and auto[0].card_text_pt >= 14.0
    # The number in the PDF itself: page scale (cm) × the card font size (Tf).
    target = tmp_path / "a0.pdf"
    export_pdf(doc, target, PdfOptions(paper="A0"))
    (page, page_data), (form, form_data) = content_streams(target)[:2]
    scale = 1.0
    for ops, op in operations(page, page_data):
        if op == b"cm":
            scale *= float(ops[0])
    sizes = {float(ops[1]) for ops, op in operations(form, form_data) if op == b"Tf"}
    assert POSTER_OPTIONS.card_font_size in sizes
    assert scale * POSTER_OPTIONS.card_font_size >= 14.0


def test_fixed_paper_still_works_and_warns_below_14_pt(tmp_path):
    doc = build(big_spec(cards=40, phases=12))
    result = export_pdf(doc, tmp_path / "a3.pdf", PdfOptions(paper="A3"))
    assert page_sizes_mm(tmp_path / "a3.pdf") == [(420, 297)]
    assert any("hard to read" in w for w in result.warnings)
    assert result.notes == []  # nothing was chosen for the user


def test_phase_headers_are_well_above_card_text_and_lane_titles_in_between(tmp_path):
    card = POSTER_OPTIONS.card_font_size
    assert POSTER_OPTIONS.header_font_size >= 1.6 * card
    assert card < POSTER_OPTIONS.lane_title_size < POSTER_OPTIONS.header_font_size
    target = tmp_path / "sizes.pdf"
    export_pdf(templates.build_sample("groeibureau", "en"), target, PdfOptions(paper="A1"))
    _page, (form, data) = content_streams(target)[:2]
    sizes = {float(ops[1]) for ops, op in operations(form, data) if op == b"Tf"}
    assert {card, POSTER_OPTIONS.header_font_size, POSTER_OPTIONS.lane_title_size} <= sizes


def test_the_band_sits_beside_the_grid_on_landscape_and_below_it_on_portrait():
    doc = templates.build_sample("schoonmaak", "nl")
    for orientation in ("landscape", "portrait"):
        page = plan_pages(doc, PdfOptions(paper="A1", orientation=orientation))[0][0]
        head, grid, *band = page.poster.content
        assert len(band) == 3  # two personas and the legend
        if orientation == "landscape":
            assert all(b.x >= grid.right for b in band)
            assert max(b.bottom for b in band) <= page.poster.height
        else:
            assert all(b.y >= grid.bottom for b in band)
            # Across the full width, in one row: no half-empty band.
            assert min(b.x for b in band) == pytest.approx(grid.x)
            assert max(b.right for b in band) == pytest.approx(grid.right)
            assert len({b.y for b in band}) == 1
        assert head.bottom < grid.y


def test_a_journey_bound_by_its_height_does_not_search_narrower_cards(monkeypatch):
    # Narrower cards only help when the grid has height to spare; a crowded journey (too
    # many cards for A4 even at the widest cards) would search three more times for nothing.
    from klantreis_desktop.export import pdf_poster

    searches = []
    real = pdf_poster._largest_scale
    monkeypatch.setattr(pdf_poster, "_largest_scale",
                        lambda job, area: searches.append(job.options.card_width)
                        or real(job, area))
    planned, _ = plan_pages(build(big_spec(cards=400, phases=12)), PdfOptions(paper="A4"))
    assert planned[0].card_text_pt < 14.0
    assert searches == [POSTER_OPTIONS.card_width] * len(searches)
    searches.clear()
    plan_pages(build(big_spec(cards=40, phases=12)), PdfOptions(paper="A0",
                                                                orientation="portrait"))
    assert len(set(searches)) > 1  # this one has room: narrower cards were tried


def test_a_small_journey_printed_large_keeps_its_whole_title(tmp_path):
    # The blank template fills A4 at 16 pt: the poster is then only ~150 units wide, too
    # narrow for the title beside the date and file column; the title was squeezed to
    # "N …". The details now go under the title.
    from tests.export.pdf_helpers import pdf_text

    doc = templates.build_template("leeg", "en")
    target = tmp_path / "leeg.pdf"
    result = export_pdf(doc, target, PdfOptions(), source_name="leeg.klantreis")
    title = doc.title(doc.journeys()[0])
    assert not any(title + "”" in w.split(":", 1)[1] for w in result.warnings if ":" in w)
    text = pdf_text(target, "-raw")
    head = text.split("\n")[:4]
    assert head[0].strip() == title, head
    assert "leeg.klantreis" in text
