"""PDF export: paper sizes, orientation, tiling, journey selection, warnings, file safety."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from klantreis_desktop.export.pdf import export_pdf, plan_pages
from klantreis_desktop.export.pdf_options import ExportError, PdfOptions, parse_paper
from klantreis_desktop.export.pdf_tiling import label, plan_tiles
from klantreis_desktop.model.builder import build
from tests.export.pdf_helpers import (
    MM,
    big_spec,
    content_streams,
    operations,
    page_sizes_mm,
    pdf_text,
    small_spec,
)


@pytest.fixture
def doc():
    return build(small_spec())


def test_parse_paper_names_and_custom_sizes():
    assert [round(v / MM) for v in parse_paper("A0")] == [841, 1189]
    assert [round(v / MM) for v in parse_paper("a4")] == [210, 297]
    assert [round(v / MM) for v in parse_paper("1000x700mm")] == [1000, 700]
    assert [round(v / MM) for v in parse_paper("1200 × 800")] == [1200, 800]
    with pytest.raises(ExportError, match="Unknown paper size"):
        parse_paper("B5")


def test_edges_over_5080_mm_are_refused_before_anything_is_written(doc, tmp_path):
    with pytest.raises(ExportError, match="5080 mm"):
        parse_paper("5100x1000mm")
    target = tmp_path / "big.pdf"
    with pytest.raises(ExportError, match="5080 mm"):
        export_pdf(doc, target, PdfOptions(paper="1000x5081mm"))
    assert not target.exists()


@pytest.mark.parametrize(("paper", "orientation", "expected"), [
    ("A0", "portrait", (841, 1189)),
    ("A0", "landscape", (1189, 841)),
    ("A4", "portrait", (210, 297)),
    ("A2", "landscape", (594, 420)),
    ("1000x700mm", "landscape", (1000, 700)),
    ("1000x700mm", "portrait", (700, 1000)),
])
def test_page_size_and_orientation(doc, tmp_path, paper, orientation, expected):
    target = tmp_path / "out.pdf"
    result = export_pdf(doc, target, PdfOptions(paper=paper, orientation=orientation))
    assert result.pages == 1
    assert page_sizes_mm(target) == [expected]
    assert result.size == target.stat().st_size


def test_auto_orientation_follows_the_posters_shape(tmp_path):
    wide = build(big_spec(cards=24, phases=12))
    export_pdf(wide, tmp_path / "wide.pdf", PdfOptions(paper="A3"))
    assert page_sizes_mm(tmp_path / "wide.pdf") == [(420, 297)]
    tall = build(big_spec(cards=30, phases=1))
    export_pdf(tall, tmp_path / "tall.pdf", PdfOptions(paper="A3"))
    assert page_sizes_mm(tmp_path / "tall.pdf") == [(297, 420)]


def test_forty_cards_on_a0_have_card_titles_of_at_least_14_pt(tmp_path):
    doc = build(big_spec(cards=40, phases=8))
    planned, _warnings = plan_pages(doc, PdfOptions(paper="A0"))
    assert planned[0].card_text_pt >= 14.0
    # The same number read back from the PDF: page scale (cm) × the card font size (Tf).
    target = tmp_path / "a0.pdf"
    export_pdf(doc, target, PdfOptions(paper="A0"))
    (page, page_data), (form, form_data) = content_streams(target)[:2]
    scales = [float(ops[0]) for ops, op in operations(page, page_data) if op == b"cm"]
    scale = 1.0
    for value in scales:
        scale *= value
    sizes = {float(ops[1]) for ops, op in operations(form, form_data) if op == b"Tf"}
    card_size = planned[0].poster.card_font_size
    assert card_size in sizes
    assert scale * card_size >= 14.0


def test_a_fixed_paper_too_small_for_readable_text_warns(tmp_path):
    doc = build(big_spec(cards=40, phases=8))
    result = export_pdf(doc, tmp_path / "a4.pdf", PdfOptions(paper="A4"))
    assert any("hard to read" in w for w in result.warnings)
    roomy = export_pdf(doc, tmp_path / "a0.pdf", PdfOptions(paper="A0"))
    assert roomy.warnings == []


def test_tiling_gives_an_overview_page_plus_the_grid(tmp_path):
    doc = build(big_spec(cards=40, phases=8))
    target = tmp_path / "tiled.pdf"
    result = export_pdf(doc, target, PdfOptions(paper="A1", tile="A4", overlap_mm=10))
    planned, _ = plan_pages(doc, PdfOptions(paper="A1", tile="A4", overlap_mm=10))
    grid = planned[0].tiles
    assert grid is not None and grid.count > 1
    assert result.pages == grid.count + 1  # blank sheets are left out
    sizes = page_sizes_mm(target)
    assert len(sizes) == result.pages
    assert all(sorted(size) == [210, 297] for size in sizes)
    # The sheets cover the poster, with the overlap between neighbours.
    assert (grid.cols - 1) * grid.step_w + grid.area_w >= grid.page_w
    assert (grid.rows - 1) * grid.step_h + grid.area_h >= grid.page_h
    assert abs(grid.area_w - grid.step_w - 10 * MM) < 1e-6
    text = pdf_text(target)
    last = grid.sheets()[-1]
    assert label(*last) in text
    assert f"{grid.count} sheets of A4" in text


def test_tile_plan_and_labels():
    grid = plan_tiles(841 * MM, 594 * MM, "A4", 10)
    assert grid.count == grid.cols * grid.rows
    # Portrait sheets need 5 × 3 = 15 here, landscape ones 4 × 4 = 16: the fewest win.
    assert (grid.cols, grid.rows, grid.sheet_w < grid.sheet_h) == (5, 3, True)
    square = plan_tiles(270 * MM, 180 * MM, "A4", 10)
    assert (square.count, square.sheet_w > square.sheet_h) == (1, True)
    # Names that cannot be mistaken for paper sizes (issue 16: "A1…D5" read like paper).
    assert [label(0, 0), label(2, 1), label(26, 2)] == [
        "row 1 · column 1", "row 2 · column 3", "row 3 · column 27"]


def test_journey_selection_and_persona_pages(tmp_path):
    spec = small_spec()
    spec["journeys"].append({"id": "j2", "title": "Ideaal", "scenario": "ideal",
                             "phases": [{"id": "x", "title": "Stap 1"}],
                             "lanes": [{"id": "y", "title": "Contact", "lane_type": "touchpoints"}],
                             "cards": [{"id": "z", "kind": "touchpoint", "phase": "x", "lane": "y",
                                        "title": "Eerste bericht"}]})
    doc = build(spec)
    journeys = doc.journeys()
    all_pages = export_pdf(doc, tmp_path / "all.pdf", PdfOptions())
    assert all_pages.pages == 2
    one = export_pdf(doc, tmp_path / "one.pdf", PdfOptions(journeys=[journeys[1]]))
    assert one.pages == 1
    text = pdf_text(tmp_path / "one.pdf")
    assert "Eerste bericht" in text and "Ziet advertentie" not in text
    with_personas = export_pdf(doc, tmp_path / "p.pdf",
                               PdfOptions(journeys=[journeys[0]], persona_pages=True))
    assert with_personas.pages == 3  # the journey and its two personas
    text = pdf_text(tmp_path / "p.pdf")
    assert "Empathy map" in text and "Ik wil zekerheid" in text
    with pytest.raises(ExportError, match="does not exist"):
        export_pdf(doc, tmp_path / "x.pdf", PdfOptions(journeys=["nope"]))


def test_progress_is_reported_per_page(doc, tmp_path):
    seen: list[tuple[int, int]] = []
    result = export_pdf(doc, tmp_path / "p.pdf", PdfOptions(paper="A2", tile="A4"),
                        progress=lambda done, total: seen.append((done, total)))
    assert seen == [(i, result.pages) for i in range(1, result.pages + 1)]


def test_failed_export_leaves_the_old_file_and_no_temp_files(doc, tmp_path):
    target = tmp_path / "poster.pdf"
    target.write_bytes(b"old")
    with pytest.raises(ExportError):
        export_pdf(doc, target, PdfOptions(orientation="sideways"))
    with pytest.raises(ExportError):
        export_pdf(doc, target, PdfOptions(tile="A5"))
    assert target.read_bytes() == b"old"
    export_pdf(doc, target, PdfOptions())
    assert target.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["poster.pdf"]
    with pytest.raises(ExportError, match="does not exist"):
        export_pdf(doc, tmp_path / "missing" / "x.pdf", PdfOptions())
    with pytest.raises(ExportError, match="folder"):
        export_pdf(doc, tmp_path, PdfOptions())


def test_empty_document_is_refused(tmp_path):
    with pytest.raises(ExportError, match="no journeys"):
        export_pdf(build({"title": "leeg"}), tmp_path / "e.pdf", PdfOptions())


def test_reader_opens_every_page(doc, tmp_path):
    target = tmp_path / "ok.pdf"
    export_pdf(doc, target, PdfOptions(paper="A3", tile="A4", persona_pages=True))
    reader = PdfReader(str(target))
    assert all(page.extract_text() is not None for page in reader.pages)
