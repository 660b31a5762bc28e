"""Mermaid journey diagrams both ways, the Markdown summary and the opportunities list."""

from __future__ import annotations

import csv
import io

import pytest

from klantreis_desktop.export import content_text as ct
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model.document import Document
from klantreis_desktop.model.invariants import problems
from klantreis_desktop.model.model_error import ModelError
from klantreis_desktop.templates import build_sample


@pytest.fixture
def sample():
    doc = build_sample("schoonmaak", "nl")
    return doc, doc.journeys()[0]


def test_mermaid_export_lists_sections_tasks_scores_and_actors(sample):
    doc, journey = sample
    text = ct.journey_mermaid(doc, journey)
    lines = text.splitlines()
    assert lines[0] == "journey" and lines[1].startswith("    title Verhuisschoonmaak")
    assert "    section Bewustwording" in lines
    task = next(line for line in lines if "Team komt langs" in line)
    # Esther −2 and Henk −1 on −2…+2: mean −1.5 → 1.5 on 1…5 → 2 (banker's rounding)
    assert task.strip().startswith("Team komt langs — op tijd?: 2: ")
    assert ":" not in task.split(": ")[0]


def test_mermaid_round_trip_gives_the_same_tasks(sample):
    doc, journey = sample
    text = ct.journey_mermaid(doc, journey)
    target = Document(meta={"title": "x", "lang": "nl"})
    change = ct.journey_from_mermaid(target, text)
    target.apply(change)
    assert problems(target) == []
    (made,) = target.journeys()
    assert target.scale(made) == (1, 5)
    assert [target.title(p) for p in target.phases(made)] == [doc.title(p)
                                                                for p in doc.phases(journey)]
    titles = sorted(target.title(n) for n in target.parts(made, k.TOUCHPOINT))
    assert titles == sorted(doc.title(n) for n in doc.parts(journey, k.TOUCHPOINT))
    assert ct.journey_mermaid(target, made).splitlines()[2:] == text.splitlines()[2:]


def test_a_broken_diagram_is_refused():
    with pytest.raises(ModelError, match="journey"):
        ct.journey_from_mermaid(Document(), "graph TD\nA-->B\n")
    with pytest.raises(ModelError, match="between 1 and 5"):
        ct.journey_from_mermaid(Document(), "journey\nsection A\nTaak: 9: Ik\n")


def test_markdown_ranks_pains_and_opportunities(sample):
    doc, journey = sample
    text = ct.journey_markdown(doc, [journey])
    assert text.startswith("# Verhuisschoonmaak")
    assert "## Fasen" in text and "## Kansen" in text  # the journey's language


def test_markdown_figures_follow_the_journeys_language(sample):
    """Review: metric names were English and decimals had points ("67.1%", "18.2min")."""
    from klantreis_desktop.analysis import metrics_import as mi
    from klantreis_desktop.analysis.sheets import parse_csv_table
    from klantreis_desktop.model import operations as ops

    doc, journey = sample
    table = parse_csv_table(b"Contactmoment;NPS;CSAT;Wachttijd (min)\n"
                            b"Boekt online een afspraak;-7;67,1%;18,2\n", "c.csv")
    doc.apply(mi.plan_metrics(doc, journey, table, mi.guess_spec(table.header)).change)
    text = ct.journey_markdown(doc, [journey])
    assert "NPS −7, CSAT 67,1 %, Wachttijd 18,2 min" in text
    doc.apply(ops.update(doc, journey, language="en"))
    text = ct.journey_markdown(doc, [journey])
    assert "NPS −7, CSAT 67.1%, Waiting time 18.2 min" in text and "## Phases" in text
    table = [line for line in text.splitlines() if line.startswith("| 1 |")]
    assert table  # a ranked first row per list


def test_opportunities_csv_is_ranked_by_votes(sample):
    doc, journey = sample
    rows = list(csv.reader(io.StringIO(ct.opportunities_csv(doc).decode("utf-8-sig")),
                           delimiter=";"))  # a Dutch journey
    assert tuple(rows[0]) == ct.OPPORTUNITY_COLUMNS
    votes = [int(row[rows[0].index("votes")]) for row in rows[1:]]
    assert votes == sorted(votes, reverse=True) and len(rows) == 1 + len(
        doc.parts(journey, k.OPPORTUNITY))


def test_both_csv_exports_use_the_journeys_separator(sample):
    """Review: the opportunities used "," while the content sheet used ";"."""
    from klantreis_desktop.export import content_sheet
    from klantreis_desktop.model import operations as ops

    doc, journey = sample
    for data in (ct.opportunities_csv(doc, [journey]),
                 content_sheet.content_csv(doc, [journey])):
        assert data.decode("utf-8-sig").splitlines()[0].count(";") >= 10
    doc.apply(ops.update(doc, journey, language="en"))
    for data in (ct.opportunities_csv(doc, [journey]),
                 content_sheet.content_csv(doc, [journey])):
        head = data.decode("utf-8-sig").splitlines()[0]
        assert ";" not in head and head.count(",") >= 10


def test_markdown_phase_figures_threshold_and_a_neutral_assumed_score(sample):
    """Review s6 #1 and #12: the phases' own figures were missing from "Fasen", "Controleer
    deze aannames" did not say over what difference, and a neutral assumed score read
    "aangenomen +0"."""
    from klantreis_desktop.analysis import survey as sv
    from klantreis_desktop.analysis.sheets import parse_csv_table
    from klantreis_desktop.model import measures as m

    doc, journey = sample
    phase = doc.phases(journey)[0]
    doc.apply(m.update_metrics(doc, journey, {phase: [m.MetricValue("volume", 12500.0),
                                                      m.MetricValue("nps", -7.0)]}))
    lines = ["Respondent;Segment;Zoekt ‘schoonmaak na verhuizing’"]
    lines += [f"R{i};Esther Visser;{1 + i % 2}" for i in range(12)]
    table = parse_csv_table("\n".join(lines).encode(), "enquete.csv")
    doc.apply(sv.plan_survey(doc, journey, table, sv.SurveySpec(
        segment="Segment", scale=(1, 5))).change)
    assert any(f.assumed == 0 for f in sv.assumption_findings(doc, journey))
    text = ct.journey_markdown(doc, [journey])
    phases = text[text.index("## Fasen"):text.index("## Contactmomenten")]
    assert "   - Cijfers: Aantal 12.500, NPS −7" in phases, phases
    assumptions = text[text.index("## Controleer deze aannames"):]
    assert "aangenomen 0, gemeten" in assumptions and "+0" not in assumptions, assumptions
    assert "Differences over 1 between" in assumptions or "meer dan 1 " in assumptions
