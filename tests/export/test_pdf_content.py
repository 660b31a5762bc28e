"""PDF export: text, special characters, embedded fonts, metadata, greyscale, photos."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from pypdf import PdfReader

from klantreis_desktop import __version__
from klantreis_desktop.export.pdf import export_pdf
from klantreis_desktop.export.pdf_fonts import ReportLabMeasurer, register_fonts, wrap_text
from klantreis_desktop.export.pdf_options import PdfOptions
from klantreis_desktop.model import operations as ops
from klantreis_desktop.model.builder import build
from klantreis_desktop.templates import build_sample
from tests.export.pdf_helpers import (
    colour_operators,
    fonts_of,
    image_colour_spaces,
    pdf_text,
    small_spec,
    squash,
)

SPECIAL = "Café ë ĳs € 5 → <b>kosten</b> & baten"
LONG_WORD = "Aansprakelijkheidsverzekeringsmaatschappijvoorwaardenoverzicht"


def _photo_doc():
    doc = build(small_spec())
    buffer = io.BytesIO()
    Image.new("RGB", (40, 40), (200, 40, 40)).save(buffer, "PNG")
    doc.assets["esther.png"] = buffer.getvalue()
    esther = next(p for p in doc.personas() if doc.title(p) == "Esther")
    doc.apply(ops.update(doc, esther, photo="esther.png"))
    return doc


def test_every_card_title_of_the_sample_is_in_the_text(tmp_path):
    doc = build_sample("schoonmaak", "nl")
    target = tmp_path / "sample.pdf"
    export_pdf(doc, target, PdfOptions(paper="A0"), source_name="schoonmaak.klantreis")
    text = squash(pdf_text(target, "-raw"))
    journey = doc.journeys()[0]
    titles = [doc.title(c) for c in doc.cards(journey)]
    assert len(titles) >= 20
    missing = [t for t in titles if squash(t) not in text]
    assert missing == []
    for phase in doc.phases(journey):
        assert squash(doc.title(phase)) in text
    assert "schoonmaak.klantreis" in text


def test_special_characters_and_long_words_survive(tmp_path):
    doc = build(small_spec([SPECIAL, LONG_WORD, "Gewoon", "Ook gewoon"]))
    target = tmp_path / "special.pdf"
    export_pdf(doc, target, PdfOptions(paper="A3"))
    text = pdf_text(target)
    for token in ("Café", "ë", "ĳs", "€", "→", "<b>kosten</b>", "&"):
        assert token in text
    # The long word was broken over lines inside its card, not cut off.
    assert LONG_WORD not in text
    assert LONG_WORD in squash(pdf_text(target, "-raw"))


def test_word_wrap_breaks_words_longer_than_a_line():
    register_fonts()
    lines = wrap_text(LONG_WORD + " kort", "KlantreisSans", 11, 120)
    assert len(lines) >= 3
    assert "".join(lines).replace(" ", "") == LONG_WORD + "kort"
    assert ReportLabMeasurer().text_height("a b", 500, 10) == pytest.approx(13.0)
    assert ReportLabMeasurer().text_height("", 500, 10) == 0.0


def test_fonts_are_dejavu_and_embedded(tmp_path):
    target = tmp_path / "fonts.pdf"
    export_pdf(_photo_doc(), target, PdfOptions(paper="A3", tile="A4", persona_pages=True))
    fonts = fonts_of(target)
    assert fonts
    for font in fonts:
        assert font["/Subtype"] == "/TrueType" or "/DescendantFonts" in font
        descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        descriptor = descendant["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, font
        assert "DejaVu" in str(font["/BaseFont"])


def test_metadata(tmp_path):
    doc = build(small_spec())
    target = tmp_path / "meta.pdf"
    export_pdf(doc, target, PdfOptions(author="Team CX"))
    info = PdfReader(str(target)).metadata
    assert info.title == "Verhuizen"
    assert info.author == "Team CX"
    assert info.subject == "Customer journey map"
    assert "Schoonmaak" in info["/Keywords"]
    assert info.creator == f"Klantreis Desktop {__version__}"
    export_pdf(doc, target, PdfOptions(title="Eigen titel"))
    assert PdfReader(str(target)).metadata.title == "Eigen titel"


def _non_grey(operators):
    return [(op, values) for op, values in operators
            if op in (b"rg", b"RG") and len(set(values)) > 1
            or op in (b"k", b"K") and any(values[:3])]


def test_greyscale_converts_every_colour(tmp_path):
    doc = _photo_doc()
    colour = tmp_path / "colour.pdf"
    grey = tmp_path / "grey.pdf"
    export_pdf(doc, colour, PdfOptions(persona_pages=True))
    export_pdf(doc, grey, PdfOptions(persona_pages=True, greyscale=True, tile="A4"))
    assert _non_grey(colour_operators(colour))  # the colour poster has colour
    assert "/DeviceRGB" in image_colour_spaces(colour)
    assert _non_grey(colour_operators(grey)) == []
    assert image_colour_spaces(grey) and set(image_colour_spaces(grey)) == {"/DeviceGray"}


def test_persona_photo_and_block_are_on_the_poster(tmp_path):
    target = tmp_path / "photo.pdf"
    export_pdf(_photo_doc(), target, PdfOptions())
    assert len(image_colour_spaces(target)) == 1
    text = pdf_text(target)
    for token in ("Esther", "Als het maar klopt", "Goals: Borg terug", "Legend", "Touchpoint",
                  "Pain point", "Website", "Telefoon", "End goal: Klant geeft een 8+",
                  "Time span: 3 weken"):
        assert token in text, token


def test_a_damaged_photo_does_not_stop_the_export(tmp_path):
    doc = _photo_doc()
    doc.assets["esther.png"] = b"not an image"
    result = export_pdf(doc, tmp_path / "x.pdf", PdfOptions(persona_pages=True))
    assert result.pages == 3
    assert image_colour_spaces(tmp_path / "x.pdf") == []


def test_a_title_too_long_for_its_card_is_cut_with_a_warning(tmp_path):
    novel = " ".join(["Een heel lange kaarttitel die maar doorgaat"] * 20)
    doc = build(small_spec([novel, "Kort", "Ook kort", "Nog een"]))
    result = export_pdf(doc, tmp_path / "long.pdf", PdfOptions())
    # One warning naming the card (by the start of its title).
    assert any("did not fit its box" in w and "“Een heel lange kaarttitel" in w
               for w in result.warnings)
    assert "…" in pdf_text(tmp_path / "long.pdf")
    fine = export_pdf(build(small_spec()), tmp_path / "fine.pdf", PdfOptions(paper="A0"))
    assert fine.warnings == []
