"""Filtered posters (issue 16): only chosen lanes, one phase range, chosen personas'
curves, from PdfOptions (the dialog) and the command line alike."""

from __future__ import annotations

import pytest

from klantreis_desktop import cli, storage, templates
from klantreis_desktop.export.pdf import export_pdf, plan_pages
from klantreis_desktop.export.pdf_options import ExportError, PdfOptions
from tests.export.pdf_helpers import pdf_text, squash


@pytest.fixture
def doc():
    return templates.build_sample("schoonmaak", "nl")


def _shown(doc, options):
    page = plan_pages(doc, options)[0][0]
    layout = page.poster.layout
    return ([doc.title(r.lane) for r in layout.rows], [doc.title(c.phase) for c in layout.columns],
            [doc.title(c.persona) for c in layout.curves], page)


def test_only_the_chosen_lanes(doc, tmp_path):
    lanes, phases, _curves, _page = _shown(doc, PdfOptions(lanes="contactmomenten, Emoties"))
    assert lanes == ["Contactmomenten", "Emoties"] and len(phases) == 4
    target = tmp_path / "lanes.pdf"
    export_pdf(doc, target, PdfOptions(lanes=["Contactmomenten", "Emoties"]))
    text = squash(pdf_text(target, "-raw"))
    assert squash("Zoekt ‘schoonmaak na verhuizing’") in text
    assert squash("Reiskosten niet te vinden op de site") not in text  # a pain point


def test_a_phase_range_by_number_or_names(doc):
    _lanes, phases, _curves, _page = _shown(doc, PdfOptions(phases="2-3"))
    assert phases == ["Oriëntatie", "Aankoop"]
    _lanes, phases, _curves, _page = _shown(doc, PdfOptions(phases=["Aankoop", "1"]))
    assert phases == ["Bewustwording", "Aankoop"]


def test_only_the_chosen_personas(doc, tmp_path):
    _lanes, _phases, curves, page = _shown(doc, PdfOptions(personas="Esther Visser"))
    assert curves == ["Esther Visser"]
    assert len(page.poster.content) == 2 + 2  # title, grid; one persona and the legend
    target = tmp_path / "esther.pdf"
    export_pdf(doc, target, PdfOptions(personas=["Esther Visser"]))
    assert "Henk Bakker" not in pdf_text(target)


def test_names_that_match_nothing_are_refused_with_the_choices(doc, tmp_path):
    with pytest.raises(ExportError, match="Contactmomenten"):
        plan_pages(doc, PdfOptions(lanes="Kanaaltjes"))
    with pytest.raises(ExportError, match="2-4"):
        plan_pages(doc, PdfOptions(phases="9-12"))
    with pytest.raises(ExportError, match="Esther Visser"):
        plan_pages(doc, PdfOptions(personas="Nobody"))
    assert not (tmp_path / "x.pdf").exists()


def test_the_command_line_passes_the_filters(doc, tmp_path, capsys):
    source = tmp_path / "schoonmaak.klantreis"
    storage.save(doc, source)
    out = tmp_path / "filtered.pdf"
    assert cli.main(["--lang", "en", "export", str(source), "--pdf", str(out), "--phases",
                     "2-3", "--lanes", "Contactmomenten,Kansen", "--personas",
                     "Henk Bakker"]) == 0
    text = squash(pdf_text(out, "-raw"))
    assert squash("Belt over reiskosten en beschikbaarheid") in text  # phase 3
    assert squash("Tip van de makelaar") not in text  # phase 1
    assert squash("Totaalprijs incl. reiskosten per postcode") in text  # Kansen, phase 2
    captured = capsys.readouterr()
    assert "card text" in captured.out  # auto (the default) says what it chose
    assert cli.main(["--lang", "en", "export", str(source), "--pdf", str(out), "--lanes",
                     "Nope"]) == 1
    assert "No lane “Nope”" in capsys.readouterr().err
