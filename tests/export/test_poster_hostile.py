"""Bad input on the poster (issue 16): a 2,000-character card, markup, emoji, mixed
directions, an empty journey, 40 phases. Never a crash, never text outside its box, and
every shortening or fallback reported by the card's title in one warning list."""

from __future__ import annotations

import io

import pytest
from reportlab.pdfgen.canvas import Canvas

from klantreis_desktop import cli, storage
from klantreis_desktop.export.pdf import export_pdf, plan_pages
from klantreis_desktop.export.pdf_draw import Painter
from klantreis_desktop.export.pdf_options import PdfOptions
from klantreis_desktop.model.builder import build
from tests.export.pdf_helpers import NOVEL, big_spec, hostile_spec, pdf_text, squash

EPS = 0.01


def _audited(doc, options):
    """Paint every planned poster with an auditing painter; returns the painters."""
    painters = []
    for page in plan_pages(doc, options)[0]:
        canvas = Canvas(io.BytesIO())
        painter = Painter(canvas, page.poster.height, audit=True)
        page.poster.paint(painter)
        painters.append((page, painter))
    return painters


@pytest.mark.parametrize("orientation", ["portrait", "landscape"])
def test_no_text_leaves_its_box(orientation):
    for _page, painter in _audited(build(hostile_spec()),
                                   PdfOptions(paper="A1", orientation=orientation)):
        assert painter.audit
        for line, box in painter.audit:
            assert box.x - EPS <= line.x and line.right <= box.right + EPS, (line, box)
            assert box.y - EPS <= line.y and line.bottom <= box.bottom + EPS, (line, box)


def test_cards_stay_in_their_cells_and_the_poster_on_its_page():
    for page, painter in _audited(build(hostile_spec()), PdfOptions(paper="A1")):
        layout = page.poster.layout
        if layout is None:
            continue
        for box in layout.cards.values():
            cell = layout.cells[(box.phase, box.lane)]
            assert cell.x <= box.rect.x and box.rect.right <= cell.right + EPS
            assert cell.y <= box.rect.y and box.rect.bottom <= cell.bottom + EPS
        x0, y0, x1, y1 = painter.extents
        assert 0 <= x0 and 0 <= y0 and x1 <= page.poster.width + EPS
        assert y1 <= page.poster.height + EPS


def test_every_shortening_and_fallback_is_reported_by_card(tmp_path):
    target = tmp_path / "hostile.pdf"
    result = export_pdf(build(hostile_spec()), target, PdfOptions(paper="A1"))
    assert result.pages == 2  # the empty journey still gets its page
    text = "\n".join(result.warnings)
    assert "“Deze kaart is veel te lang voor een muur." in text  # the 2,000 characters
    assert "did not fit its box" in text
    assert "“Reis met Deze kaart is veel te lang" in text  # the title block's title
    assert "“Stofzuiger 🧹 en blij 😀 👨‍👩‍👧” has characters" in text
    assert "“Ahmed" in text  # his quote is all emoji
    # One warning per text, each naming it shortly (never the whole 2,000 characters).
    assert len(result.warnings) == len(set(result.warnings))
    assert all(len(w) < 400 for w in result.warnings)
    raw = squash(pdf_text(target, "-raw"))
    # Markup is text, never interpreted.
    assert squash("<b>vet</b> & <script>alert(1)</script>") in raw
    assert squash(NOVEL[:60]) in raw


def test_an_empty_journey_and_forty_phases_export(tmp_path):
    empty = build({"title": "leeg", "journeys": [{"id": "j", "title": "", "phases": [],
                                                   "lanes": [], "cards": []}]})
    for paper in ("auto", "A4", "A0"):
        for orientation in ("auto", "portrait", "landscape"):
            export_pdf(empty, tmp_path / "empty.pdf", PdfOptions(paper=paper,
                                                                  orientation=orientation))
    forty = build(big_spec(cards=80, phases=40))
    result = export_pdf(forty, tmp_path / "forty.pdf", PdfOptions(tile="A3"))
    assert any("hard to read" in w for w in result.warnings)  # A0 is the largest sheet
    planned, _ = plan_pages(forty, PdfOptions())
    assert planned[0].paper == "A0" and len(planned[0].poster.layout.columns) == 40


def test_the_command_line_lists_the_warnings_on_stderr(tmp_path, capsys):
    source = tmp_path / "hostile.klantreis"
    storage.save(build(hostile_spec()), source)
    out = tmp_path / "hostile.pdf"
    assert cli.main(["--lang", "en", "export", str(source), "--pdf", str(out)]) == 0
    captured = capsys.readouterr()
    assert "did not fit its box" in captured.err and "has characters" in captured.err
    assert "Traceback" not in captured.err
