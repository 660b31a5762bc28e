"""Numbers in export messages follow the interface language (review s6 #14): Dutch writes
"9,1 pt", not "9.1 pt"."""

from __future__ import annotations

import re

import pytest

from klantreis_desktop import i18n, templates
from klantreis_desktop.export.pdf_options import PdfOptions
from klantreis_desktop.export.pdf_plan import plan_pages


@pytest.fixture
def interface():
    before = i18n.language()
    yield i18n.set_language
    i18n.set_language(before)


def _readability_warning(paper: str) -> str:
    doc = templates.build_sample("schoonmaak", "nl")
    _pages, warnings = plan_pages(doc, PdfOptions(paper=paper))
    assert warnings, "an A4 poster of the sample is hard to read"
    return warnings[0]


def test_dutch_warning_writes_a_decimal_comma(interface):
    interface("nl")
    warning = _readability_warning("A4")
    assert re.search(r"\d,\d pt", warning), warning
    assert not re.search(r"\d\.\d pt", warning), warning


def test_english_warning_keeps_the_decimal_point(interface):
    interface("en")
    warning = _readability_warning("A4")
    assert re.search(r"\d\.\d pt", warning), warning
