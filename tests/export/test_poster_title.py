"""The poster's title block and the PDF's metadata (issue 16): title, scenario, personas,
date, version, author and organisation, an optional logo, all from the journey's fields."""

from __future__ import annotations

import datetime
import io

from PIL import Image
from pypdf import PdfReader

from klantreis_desktop import templates
from klantreis_desktop.export.pdf import export_pdf, plan_pages
from klantreis_desktop.export.pdf_options import PdfOptions
from klantreis_desktop.export.pdf_words import words
from klantreis_desktop.model import operations as ops
from tests.export.pdf_helpers import image_colour_spaces, pdf_text, words_with_boxes


def _sample():
    doc = templates.build_sample("schoonmaak", "nl")
    return doc, doc.journeys()[0]


def _head_text(target, page) -> str:
    """The words printed above the grid (the title block)."""
    s, (_ox, oy) = page.scale, page.offset
    grid_top = page.page_h - oy - page.poster.height * s + page.poster.content[1].y * s
    return " ".join(w for w, _x0, _y0, _x1, y1 in words_with_boxes(target) if y1 <= grid_top)


def test_the_title_block_shows_the_journeys_details(tmp_path):
    doc, _journey = _sample()
    target = tmp_path / "title.pdf"
    options = PdfOptions(paper="A1")
    export_pdf(doc, target, options, source_name="schoonmaak.klantreis")
    head = _head_text(target, plan_pages(doc, options)[0][0])
    today = words("nl").date(datetime.date.today())
    for token in ("Verhuisschoonmaak – huidige reis", "Huidige situatie", "Esther Visser",
                  f"Datum: {today}", "Versie: versie 2 – na de klantinterviews",
                  "Team klantbeleving, Glans Schoonmaak", "schoonmaak.klantreis"):
        assert token in head, (token, head)


def test_the_scenario_says_ideal_for_an_ideal_journey(tmp_path):
    doc = templates.build_sample("groeibureau", "en")
    target = tmp_path / "ideal.pdf"
    export_pdf(doc, target, PdfOptions(paper="A1"))
    assert "Ideal situation" in _head_text(target, plan_pages(doc, PdfOptions(paper="A1"))[0][0])


def test_a_logo_from_the_documents_assets_is_printed(tmp_path):
    doc, journey = _sample()
    buffer = io.BytesIO()
    Image.new("RGBA", (300, 120), (20, 120, 200, 255)).save(buffer, "PNG")
    doc.assets["logo-glans.png"] = buffer.getvalue()
    doc.apply(ops.update(doc, journey, logo="logo-glans.png"))
    target = tmp_path / "logo.pdf"
    export_pdf(doc, target, PdfOptions(paper="A1"))
    assert len(image_colour_spaces(target)) == 1
    # A logo that is named but missing, or damaged, is left out without failing.
    doc.assets["logo-glans.png"] = b"no image"
    export_pdf(doc, target, PdfOptions(paper="A1"))
    assert image_colour_spaces(target) == []
    del doc.assets["logo-glans.png"]
    export_pdf(doc, target, PdfOptions(paper="A1"))


def test_pdf_metadata_comes_from_the_same_fields(tmp_path):
    doc, _journey = _sample()
    target = tmp_path / "meta.pdf"
    export_pdf(doc, target, PdfOptions(paper="A2"))
    info = PdfReader(str(target)).metadata
    assert info.title == "Glans Schoonmaak – verhuisschoonmaak"
    assert info.author == "Team klantbeleving, Glans Schoonmaak"
    assert info.subject == "Klantreiskaart"
    keywords = info["/Keywords"]
    for token in ("klantreis", "Verhuisschoonmaak – huidige reis", "Huidige situatie",
                  "Esther Visser", "Henk Bakker"):
        assert token in keywords
    assert PdfReader(str(target)).trailer["/Root"]["/Lang"] == "nl"
    export_pdf(doc, target, PdfOptions(paper="A2", author="Iemand anders"))
    assert PdfReader(str(target)).metadata.author == "Iemand anders"
    assert "Verhuisschoonmaak" in pdf_text(target)
