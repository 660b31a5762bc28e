"""A survey becomes a measured curve; large gaps to the assumed curve are findings."""

from __future__ import annotations

import pytest

from klantreis_desktop.analysis import survey as sv
from klantreis_desktop.analysis.sheets import TableError, parse_csv_table
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model import measures as m
from klantreis_desktop.templates import build_sample


@pytest.fixture
def sample():
    doc = build_sample("schoonmaak", "nl")
    return doc, doc.journeys()[0]


def _wide(rows: list[tuple[str, int, int]]) -> bytes:
    lines = ["Respondent;Persona;Team komt langs — op tijd?;Boekt online een afspraak"]
    lines += [f"R{i};{persona};{a};{b}" for i, (persona, a, b) in enumerate(rows)]
    return "\n".join(lines).encode("utf-8")


def test_a_wide_survey_gives_median_band_and_n_per_persona(sample):
    doc, journey = sample
    answers = [("Esther Visser", 9, 6)] * 6 + [("Esther Visser", 7, 8)] * 4 + [("", 3, 2)] * 3
    table = parse_csv_table(_wide(answers), "enquete.csv")
    result = sv.plan_survey(doc, journey, table, sv.SurveySpec(segment="Persona",
                                                               source="Enquête"))
    assert result.scale == (1, 10)
    doc.apply(result.change)
    team = next(n for n in doc.parts(journey, k.TOUCHPOINT)
                if doc.title(n) == "Team komt langs — op tijd?")
    scores = {s.segment: s for s in m.measured_of(doc, team)}
    esther = scores["Esther Visser"]
    assert (esther.median, esther.n, esther.persona != "") == (9.0, 10, True)
    assert esther.q1 <= esther.median <= esther.q3
    assert scores[""].n == 3
    curves = sv.measured_curves(doc, journey)
    assert esther.persona in curves and len(curves[esther.persona]) == 2


def test_large_gaps_to_the_assumption_are_flagged(sample):
    doc, journey = sample
    # Esther assumed −2 at "Team komt langs" (the sample); customers say 9 of 10 (≈ +1.6).
    answers = [("Esther Visser", 9, 6)] * 8
    table = parse_csv_table(_wide(answers), "enquete.csv")
    doc.apply(sv.plan_survey(doc, journey, table, sv.SurveySpec(segment="Persona",
                                                                scale=(1, 10))).change)
    found = sv.assumption_findings(doc, journey, threshold=1.0)
    titles = [f.title for f in found]
    assert "Team komt langs — op tijd?" in titles
    first = found[0]
    assert abs(first.difference) > 1.0 and first.persona_name == "Esther Visser"
    assert sv.assumption_findings(doc, journey, threshold=1.0, min_answers=20) == []


def test_a_long_survey_and_scale_detection(sample):
    doc, journey = sample
    text = "klant;contactmoment;score\n" + "\n".join(
        f"K{i};Leest beoordelingen;{s}" for i, s in enumerate([-2, -1, -1, 0, 2]))
    table = parse_csv_table(text.encode(), "lang.csv")
    result = sv.plan_survey(doc, journey, table, sv.SurveySpec(touchpoint="contactmoment",
                                                               score="score"))
    assert result.scale == (-2, 2)
    ((score,),) = result.scores.values()
    assert (score.median, score.q1, score.q3, score.n) == (-1.0, -1.0, 0.0, 5)


def test_unknown_touchpoints_and_scores_off_the_scale_refuse(sample):
    doc, journey = sample
    table = parse_csv_table(b"id;Bestaat niet\nR1;5\n", "x.csv")
    with pytest.raises(TableError, match="Bestaat niet"):
        sv.plan_survey(doc, journey, table, sv.SurveySpec())
    table = parse_csv_table(b"id;Leest beoordelingen\nR1;12\n", "x.csv")
    with pytest.raises(TableError, match="outside"):
        sv.plan_survey(doc, journey, table, sv.SurveySpec(scale=(1, 10)))
    with pytest.raises(TableError, match="fit no survey scale"):
        sv.plan_survey(doc, journey, table, sv.SurveySpec(columns=(("Leest beoordelingen", ""),)))


def test_a_segment_that_is_no_persona_is_never_credited_to_a_persona(sample):
    """Three groups answer "Betaalt via een betaallink" (1…10 onto the journey's −2…+2):
    Esther 2, 2, 3, 3, 4 → median 3 → −2 + 4·(3−1)/9 = −1.11 (assumed +1);
    Henk 9, 9, 10, 10, 10 → median 10 → +2 (assumed −2); Zakelijk six times 1 → −2, which
    is nobody's assumption. Everyone (no segment) answers 10 at "Team komt langs": +2
    against Esther's −2 and Henk's −1."""
    doc, journey = sample
    lines = ["Respondent;Persona;Betaalt via een betaallink;Team komt langs — op tijd?"]
    groups = [("Esther Visser", [2, 2, 3, 3, 4]), ("Henk Bakker", [9, 9, 10, 10, 10]),
              ("Zakelijk", [1] * 6)]
    lines += [f"R{name[0]}{i};{name};{score};" for name, scores in groups
              for i, score in enumerate(scores)]
    lines += [f"RA{i};;;10" for i in range(5)]
    table = parse_csv_table("\n".join(lines).encode("utf-8"), "enquete.csv")
    doc.apply(sv.plan_survey(doc, journey, table, sv.SurveySpec(
        segment="Persona", scale=(1, 10))).change)
    listed = sv.assumption_findings(doc, journey)
    assert len(listed) == 4
    found = {(f.title, f.persona_name): f for f in listed}
    pay = "Betaalt via een betaallink"
    esther, henk = found[pay, "Esther Visser"], found[pay, "Henk Bakker"]
    assert (esther.n, esther.segment, esther.assumed) == (5, "Esther Visser", 1)
    assert esther.measured == pytest.approx(-2 + 4 * 2 / 9)
    assert (henk.n, henk.segment, henk.measured, henk.assumed) == (5, "Henk Bakker", 2.0, -2)
    assert not any(f.segment == "Zakelijk" or f.n == 6 for f in listed)
    team = "Team komt langs — op tijd?"
    assert {p for (t, p) in found if t == team} == {"Esther Visser", "Henk Bakker"}
    assert all(f.segment == "" and f.measured == 2.0 for (t, _), f in found.items()
               if t == team)


def test_the_journeys_own_threshold_decides_and_the_import_keeps_a_chosen_one(sample):
    """Issue 19: "flagged ... by more than a chosen threshold" — chosen per journey, kept
    in the file, set with the import in one undo step (GUI and CLI alike)."""
    from klantreis_desktop.model.operations import update

    doc, journey = sample
    answers = [("Esther Visser", 9, 6)] * 8  # "Team komt langs": assumed −2, measured ≈ +1.6
    table = parse_csv_table(_wide(answers), "enquete.csv")
    assert m.threshold_of(doc, journey) == 1.0
    result = sv.plan_survey(doc, journey, table, sv.SurveySpec(segment="Persona",
                                                               scale=(1, 10), threshold=4.0))
    before = doc.get(journey, "assumption_threshold")
    doc.apply(result.change)
    assert m.threshold_of(doc, journey) == 4.0
    assert sv.assumption_findings(doc, journey) == []  # a 3.6-point gap is under 4
    assert sv.assumption_findings(doc, journey, threshold=1.0)  # an explicit one still wins
    doc.apply(result.change.inverse())  # one step: scores and threshold both go
    assert doc.get(journey, "assumption_threshold") == before
    assert m.measured_nodes(doc, journey) == []
    doc.apply(result.change)
    doc.apply(update(doc, journey, assumption_threshold=3.0))
    assert [f.title for f in sv.assumption_findings(doc, journey)] == [
        "Team komt langs — op tijd?"]
