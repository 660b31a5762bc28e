"""The journey's language on the poster (issue 16), whatever the laptop's language: labels,
dates and units ("34 jaar" / "34 years"); warnings stay in the interface language."""

from __future__ import annotations

import datetime

import pytest
from pypdf import PdfReader

from klantreis_desktop import i18n, templates
from klantreis_desktop.export.pdf import export_pdf
from klantreis_desktop.export.pdf_options import PdfOptions
from klantreis_desktop.export.pdf_tiling import label as sheet_label
from klantreis_desktop.export.pdf_words import Words, words, words_for
from klantreis_desktop.model import operations as ops
from klantreis_desktop.model.builder import build
from tests.export.pdf_helpers import pdf_text, small_spec


@pytest.fixture
def interface():
    """Set the interface language for one test, and put it back."""
    before = i18n.language()
    yield i18n.set_language
    i18n.set_language(before)


def test_translator_for_a_language_leaves_the_interface_language_alone(interface):
    interface("en")
    dutch = i18n.translator_for("nl")
    assert dutch("Export", "Legend") == "Legenda"
    assert i18n.translate("Export", "Legend") == "Legend"
    interface("nl")
    assert i18n.translator_for("en")("Export", "Legend") == "Legend"
    assert i18n.translator_for("nl_NL")("Export", "{age} years") == "{age} jaar"
    assert i18n.translator_for(None)("Export", "Legend") == "Legenda"  # the one in force


def test_a_dutch_journey_prints_dutch_on_an_english_laptop(tmp_path, interface):
    interface("en")
    doc = templates.build_sample("schoonmaak", "nl")
    target = tmp_path / "nl.pdf"
    result = export_pdf(doc, target, PdfOptions(paper="A1", persona_pages=True))
    text = pdf_text(target)
    for token in ("Legenda", "Doelen:", "34 jaar", "Huidige situatie", "Datum:", "Empathiekaart"):
        assert token in text, token
    for token in ("Legend ", "Goals:", "34 years", "Current situation", "Date:"):
        assert token not in text, token
    # Messages for the person exporting stay in the interface language.
    assert all("Card text" in w or "did not fit" in w or "has characters" in w
               for w in result.warnings)


def test_an_english_journey_prints_english_on_a_dutch_laptop(tmp_path, interface):
    interface("nl")
    doc = templates.build_sample("groeibureau", "en")
    target = tmp_path / "en.pdf"
    export_pdf(doc, target, PdfOptions(paper="A1"))
    text = pdf_text(target)
    for token in ("Legend", "Goals:", "45 years", "Ideal situation", "Date:"):
        assert token in text, token
    assert "Legenda" not in text and "jaar" not in text


def test_the_journeys_own_language_wins_and_an_option_overrides_it(tmp_path, interface):
    interface("en")
    doc = build(small_spec())  # a document in English ("lang" unset: en)
    journey = doc.journeys()[0]
    assert words_for(doc, journey).lang == "en"
    doc.apply(ops.update(doc, journey, language="nl"))
    assert words_for(doc, journey).lang == "nl"
    assert words_for(doc, journey, override="en").lang == "en"
    target = tmp_path / "x.pdf"
    export_pdf(doc, target, PdfOptions(paper="A2"))
    assert "Legenda" in pdf_text(target)
    export_pdf(doc, target, PdfOptions(paper="A2", language="en"))
    assert "Legenda" not in pdf_text(target) and "Legend" in pdf_text(target)


def test_dates_are_written_in_the_posters_language():
    day = datetime.date(2026, 3, 14)
    assert words("nl").date(day) == "14 maart 2026"
    assert words("en").date(day) == "14 March 2026"


def test_pdf_language_metadata(tmp_path, interface):
    interface("en")
    target = tmp_path / "lang.pdf"
    export_pdf(templates.build_sample("schoonmaak", "nl"), target, PdfOptions(paper="A2"))
    catalog = PdfReader(str(target)).trailer["/Root"]
    assert catalog["/Lang"] == "nl"


def test_sheet_labels_follow_the_posters_language():
    # The Dutch as the lead will translate it (new strings reach i18n/*.ts at merge time).
    table = {("Export", "row {row} · column {col}"): "rij {row} · kolom {col}"}
    dutch = Words("nl", lambda context, text: table.get((context, text), text))
    assert sheet_label(2, 1, dutch) == "rij 2 · kolom 3"
    assert sheet_label(2, 1, words("en")) == "row 2 · column 3"
