"""Phase titles on the poster are never cut inside a word without a mark (review s6 #6):
"Bewustwording" printed as "Bewustword / ing" on A0, A3, PNG, SVG and the preview. The
title shrinks until its longest word fits; only a word too long even then is broken,
with a hyphen. One layout for canvas and paper, so the rule lives in layout/."""

from __future__ import annotations

import subprocess

import pytest

from klantreis_desktop import templates
from klantreis_desktop.export import pdf_fonts as fonts
from klantreis_desktop.export.pdf import export_pdf
from klantreis_desktop.export.pdf_options import PdfOptions
from klantreis_desktop.export.pdf_poster import POSTER_OPTIONS, poster_job
from klantreis_desktop.layout.layout_options import ApproxMeasurer
from klantreis_desktop.layout.phase_header import TITLE_SHRINK, fit_title
from klantreis_desktop.model import operations as ops


def _pdf_lines(path) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                         text=True, check=True).stdout
    return [line.strip() for line in out.splitlines()]


@pytest.mark.parametrize("paper", ["A0", "A3"])
def test_bewustwording_is_one_word_on_the_poster(tmp_path, paper):
    doc = templates.build_template("vier-fasen", "nl")
    out = tmp_path / f"{paper}.pdf"
    export_pdf(doc, out, PdfOptions(paper=paper, orientation="portrait"))
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Bewustwording" in text.split(), text[:400]
    assert "Bewustword" not in text.replace("Bewustwording", "")


def test_the_poster_layout_shrinks_the_title_to_fit_its_longest_word():
    doc = templates.build_template("vier-fasen", "nl")
    journey = doc.journeys()[0]
    layout = poster_job(doc, journey).natural
    first = layout.heads[doc.phases(journey)[0]]
    assert first.title == "Bewustwording"
    size = POSTER_OPTIONS.header_font_size
    assert size * TITLE_SHRINK <= first.title_size < size
    assert fonts.text_width("Bewustwording", fonts.BOLD, first.title_size) <= first.title_box.w


def test_a_word_too_long_even_at_the_least_size_breaks_with_a_hyphen():
    measure = fonts.ReportLabMeasurer()
    word = "Klantbewustwordingsonderzoeksfase"
    text, size = fit_title(measure, f"De {word}", 120.0, 18.0, 18.0 * TITLE_SHRINK)
    assert size == pytest.approx(18.0 * TITLE_SHRINK)
    pieces = text.split("\n")
    assert len(pieces) > 1 and all(p.endswith("-") for p in pieces[:-1])
    assert "".join(p.removesuffix("-") for p in pieces) == f"De {word}"
    for piece in pieces:
        for part in piece.split():
            assert fonts.text_width(part, fonts.BOLD, size) <= 120.0
    # What fits stays as it is, at full size.
    assert fit_title(ApproxMeasurer(), "Aankoop", 200.0, 13.0, 9.1) == ("Aankoop", 13.0)


def test_the_pdf_draws_the_hyphenated_title(tmp_path):
    doc = templates.build_template("vier-fasen", "nl")
    journey = doc.journeys()[0]
    phase = doc.phases(journey)[0]
    doc.apply(ops.update(doc, phase, title="Klantbewustwordingsonderzoeksfase"))
    out = tmp_path / "long.pdf"
    export_pdf(doc, out, PdfOptions(paper="A3", orientation="portrait"))
    lines = _pdf_lines(out)
    broken = [line for line in lines if "Klantbewust" in line]
    assert broken and broken[0].split()[0].endswith("-"), lines[:30]
