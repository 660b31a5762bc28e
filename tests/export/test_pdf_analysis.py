"""The analysis page of the PDF handout: content, greyscale, empty journeys, overflow."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A0, A3, A4, landscape
from reportlab.pdfgen.canvas import Canvas

from klantreis_desktop.analysis.journey import analyse_journey
from klantreis_desktop.export import pdf_fonts as fonts
from klantreis_desktop.export.pdf_analysis import analysis_page_count, draw_analysis_page
from klantreis_desktop.model.builder import build
from klantreis_desktop.model.document import Document
from klantreis_desktop.templates import build_sample, build_template
from tests.export.pdf_helpers import colour_operators, pdf_text, squash


def _render(doc: Document, path: Path, size: tuple[float, float] = A4,
            greyscale: bool = False) -> list[str]:
    """Draw every journey's analysis page into ``path``; returns the shortened texts."""
    fonts.register_fonts()
    c = Canvas(str(path), pagesize=size, initialFontName=fonts.REGULAR)
    cut: list[str] = []
    for journey in doc.journeys():
        draw_analysis_page(c, doc, journey, size, greyscale, shortened=cut)
        c.showPage()
    c.save()
    return cut


def _non_grey(operators: list[tuple[bytes, tuple[float, ...]]]) -> list[Any]:
    return [(op, values) for op, values in operators
            if op in (b"rg", b"RG") and len(set(values)) > 1
            or op in (b"k", b"K") and any(values[:3])]


def _words_outside_page(path: Path) -> list[str]:
    """Words whose box pokes out of the page (poppler's word boxes)."""
    done = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True,
                          check=True)
    html = done.stdout.decode("utf-8")
    reader = PdfReader(str(path))
    width = float(reader.pages[0].mediabox.width)
    height = float(reader.pages[0].mediabox.height)
    outside = []
    for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                         r'yMax="([\d.]+)">([^<]*)</word>', html):
        x0, y0, x1, y1 = (float(v) for v in m.groups()[:4])
        if x0 < 0 or y0 < 0 or x1 > width + 0.5 or y1 > height + 0.5:
            outside.append(m.group(5))
    return outside


def test_sample_page_shows_the_analysis(tmp_path: Path) -> None:
    doc = build_sample("schoonmaak", "en")
    journey = doc.journeys()[0]
    result = analyse_journey(doc, journey)
    target = tmp_path / "analysis.pdf"
    cut = _render(doc, target)
    assert len(PdfReader(str(target)).pages) == 1
    text = squash(pdf_text(target, "-raw"))
    top_pain = max((c for cards in result.pains.values() for c in cards),
                   key=lambda c: (c.votes, c.impact))
    dead_end = result.flow.titles[result.flow.dead_ends[0]]
    for token in (f"Analysis — {doc.title(journey)}", "Quick wins", "Big bets", "Fill-ins",
                  "Money pits", top_pain.title, dead_end, "Dead ends", "Moments of truth",
                  "short term", "4 of 4 paths reach the end goal"):
        assert squash(token) in text, token
    for channel in result.channels.channels:
        assert squash(result.channels.titles[channel]) in text
    assert cut == []
    assert "did not fit" not in pdf_text(target)


def test_pain_points_are_ranked_by_votes_within_a_phase(tmp_path: Path) -> None:
    doc = build_sample("schoonmaak", "en")
    target = tmp_path / "ranked.pdf"
    _render(doc, target)
    text = squash(pdf_text(target, "-raw"))
    first = text.index(squash("1. Team 40 minutes late, no message"))
    second = text.index(squash("2. Payment link awkward for older customers"))
    assert first < second


def test_greyscale_page_only_uses_grey(tmp_path: Path) -> None:
    doc = build_sample("schoonmaak", "en")
    colour, grey = tmp_path / "colour.pdf", tmp_path / "grey.pdf"
    _render(doc, colour)
    _render(doc, grey, greyscale=True)
    assert _non_grey(colour_operators(colour))  # the colour page does use colour
    assert _non_grey(colour_operators(grey)) == []


def test_empty_journey_still_gives_a_sensible_page(tmp_path: Path) -> None:
    doc = build_template("leeg", "en")
    target = tmp_path / "empty.pdf"
    cut = _render(doc, target)
    text = pdf_text(target)
    assert cut == []
    for token in ("Analysis — New journey", "No persona has emotion scores",
                  "No touchpoint uses a channel yet", "Phases without touchpoints: “Phase 1”",
                  "No pain points yet", "Quick wins", "no flow arrows yet"):
        assert token in text, token


@pytest.mark.parametrize("size", [A4, landscape(A3), A0])
def test_every_paper_size_keeps_the_text_on_the_page(tmp_path: Path, size: Any) -> None:
    doc = build_sample("groeibureau", "nl")
    target = tmp_path / "sized.pdf"
    assert _render(doc, target, size) == []
    page = PdfReader(str(target)).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == \
        (round(size[0]), round(size[1]))
    assert _words_outside_page(target) == []
    assert "Quick wins" in pdf_text(target)


def _crowded_spec() -> dict[str, Any]:
    """A journey far too full for one page: many phases, channels and long pain points."""
    phases = [{"id": f"f{i}", "title": f"Fase {i} met een lange naam"} for i in range(10)]
    channels = [{"id": f"ch{i}", "name": f"Kanaal nummer {i}", "icon": "website"}
                for i in range(30)]
    cards: list[dict[str, Any]] = []
    for i in range(60):
        cards.append({"id": f"t{i}", "kind": "touchpoint", "phase": f"f{i % 10}", "lane": "tp",
                      "title": f"Contactmoment {i}", "channels": [f"ch{i % 30}"]})
        cards.append({"id": f"p{i}", "kind": "pain", "phase": f"f{i % 10}", "lane": "pain",
                      "title": f"Pijnpunt {i} " + "met heel veel uitleg " * 6,
                      "votes": i % 7, "impact": 1 + i % 5})
    return {"title": "Vol", "channels": channels,
            "journeys": [{"id": "j", "title": "Overvolle reis", "phases": phases,
                          "lanes": [{"id": "tp", "title": "Contact", "lane_type": "touchpoints"},
                                    {"id": "pain", "title": "Pijn", "lane_type": "pains"}],
                          "cards": cards}]}


def test_a_crowded_journey_is_shortened_visibly_and_counted(tmp_path: Path) -> None:
    doc = build(_crowded_spec())
    target = tmp_path / "crowded.pdf"
    cut = _render(doc, target)
    assert cut  # something had to give …
    text = pdf_text(target)
    assert "…" in text  # … and the page says so
    assert squash(f"{len(cut)} texts did not fit on this page") in squash(text)
    assert _words_outside_page(target) == []
    assert len(PdfReader(str(target)).pages) == 1


def test_page_count_is_one_per_journey() -> None:
    doc = build_sample("schoonmaak", "en")
    assert analysis_page_count(doc, doc.journeys()) == len(doc.journeys())
    assert analysis_page_count(doc, []) == 0


def test_user_text_is_not_markup(tmp_path: Path) -> None:
    spec = _crowded_spec()
    spec["journeys"][0]["title"] = "<b>Reis</b> & <i>kosten</i>"
    target = tmp_path / "markup.pdf"
    _render(build(spec), target)
    assert "<b>Reis</b> & <i>kosten</i>" in pdf_text(target)


def test_the_page_lists_the_assumptions_a_survey_contradicts(tmp_path: Path) -> None:
    """Review (session 5): the panel and the Markdown listed them, the PDF page did not."""
    from klantreis_desktop.analysis import survey as sv
    from klantreis_desktop.analysis.sheets import parse_csv_table
    from klantreis_desktop.analysis.survey import assumption_findings

    doc = build_sample("schoonmaak", "nl")
    journey = doc.journeys()[0]
    before = tmp_path / "before.pdf"
    _render(doc, before)
    assert "assumptions" not in pdf_text(before)
    lines = ["Respondent;Segment;Team komt langs — op tijd?;Mail: was alles in orde?"]
    lines += [f"R{i};Esther Visser;{1 + i % 2};{1 + i % 3}" for i in range(12)]
    table = parse_csv_table("\n".join(lines).encode(), "enquete.csv")
    doc.apply(sv.plan_survey(doc, journey, table, sv.SurveySpec(segment="Segment")).change)
    found = assumption_findings(doc, journey)
    assert found
    target = tmp_path / "analysis.pdf"
    assert _render(doc, target) == []
    text = squash(pdf_text(target, "-raw"))
    assert squash("Check these assumptions") in text
    for finding in found:
        assert squash(f"“{finding.title}” ({finding.persona_name}): assumed") in text
        assert squash(f"(n = {finding.n})") in text


def test_an_unrated_pain_point_shows_no_impact_of_zero(tmp_path: Path) -> None:
    """Review s7: cards made from the room's notes printed "(5 votes, impact 0)" — 0 is
    "not rated"; and one vote read "1 votes"."""
    from klantreis_desktop.analysis.report import journey_text
    from klantreis_desktop.model import kinds as k
    from klantreis_desktop.model import operations as ops

    doc = build_sample("schoonmaak", "en")
    journey = doc.journeys()[0]
    pain = next(c for c in doc.cards(journey) if doc.kind(c) == k.PAIN)
    doc.apply(ops.update(doc, pain, title="From the room", votes=1, impact=0, effort=0))
    target = tmp_path / "unrated.pdf"
    _render(doc, target)
    text = squash(pdf_text(target, "-raw"))
    assert squash("From the room (1 vote, short term)") in text, text
    lines = journey_text(analyse_journey(doc, journey))
    line = next(line for line in lines if "From the room" in line)
    assert "impact 0" not in line and "not rated" in line, line
