"""Metrics tables onto the cleaning-service sample: one undo step or nothing, clear refusals."""

from __future__ import annotations

import pytest

from klantreis_desktop.analysis import metrics_import as mi
from klantreis_desktop.analysis.sheets import TableError, parse_csv_table, read_table
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model import measures as m
from klantreis_desktop.model.invariants import problems
from klantreis_desktop.templates import build_sample


@pytest.fixture
def sample():
    doc = build_sample("schoonmaak", "nl")
    journey = doc.journeys()[0]
    return doc, journey


def _table(text: str, name: str = "metrics.csv"):
    return parse_csv_table(text.encode("utf-8"), name)


DUTCH = """Contactmoment;NPS;Conversie (%);Wachttijd;Datum
Boekt online een afspraak;32;12,5%;1,5;30-09-2026
Belt over reiskosten en beschikbaarheid;-10;;4,25;30-09-2026
Aankoop;15;8;;30-09-2026
"""


def _state(doc):
    return {n: dict(d) for n, d in doc.graph.nodes(data=True)}


def test_a_dutch_table_lands_as_one_undo_step(sample):
    doc, journey = sample
    table = _table(DUTCH)
    spec = mi.guess_spec(table.header)
    assert spec is not None and [c.metric for c in spec.metrics] == ["nps", "conversion",
                                                                      "waiting_time"]
    before = _state(doc)
    result = mi.plan_metrics(doc, journey, table, spec)
    assert _state(doc) == before  # planned, not applied
    doc.apply(result.change)
    by_title = {doc.title(n): n for n in doc.parts(journey, k.TOUCHPOINT, k.PHASE)}
    online = by_title["Boekt online een afspraak"]
    assert m.metric_value(doc, online, "conversion").value == 12.5
    assert m.metric_value(doc, online, "waiting_time").value == 1.5
    assert m.metric_value(doc, online, "nps").date == "2026-09-30"
    assert m.metric_value(doc, by_title["Aankoop"], "nps").value == 15  # a phase
    assert result.empty_cells == 2 and result.unknown == []
    assert problems(doc) == []
    doc.apply(result.change.inverse())
    assert _state(doc) == before


def test_unknown_names_are_listed_and_refuse_or_are_skipped_on_request(sample):
    doc, journey = sample
    table = _table("Contactmoment;NPS\nBoekt online een afspraak;30\nBelt de klant terug;10\n")
    spec = mi.guess_spec(table.header)
    with pytest.raises(TableError, match="Belt de klant terug"):
        mi.plan_metrics(doc, journey, table, spec)
    skipped = mi.plan_metrics(doc, journey, table, mi.MetricsSpec(
        spec.key, spec.metrics, skip_unknown=True))
    assert skipped.unknown == ["row 3: “Belt de klant terug”"] and skipped.count == 1


@pytest.mark.parametrize(("text", "message"), [
    ("Contactmoment;Conversie\nBoekt online een afspraak;12,5\nAankoop;7.25\n", "mixes decimal"),
    ("Contactmoment;NPS;Leeg\nBoekt online een afspraak;3;\nAankoop;4;\n", "is empty"),
    ("Contactmoment;Conversie %\nBoekt online een afspraak;1000000000\n", "not a percentage"),
    ("Contactmoment;NPS\nBoekt online een afspraak;veel\n", "not a number"),
])
def test_bad_tables_leave_the_document_untouched(sample, text, message):
    doc, journey = sample
    table = _table(text)
    spec = mi.guess_spec(table.header)
    before = _state(doc)
    with pytest.raises(TableError, match=message):
        mi.plan_metrics(doc, journey, table, spec)
    assert _state(doc) == before


def test_ambiguous_numbers_follow_the_file_convention():
    dutch = _table("Contactmoment;Volume\nA;1.250\nB;3\n")
    english = parse_csv_table(b"touchpoint,volume\nA,\"1,250\"\nB,1.5\n", "x.csv")
    from klantreis_desktop.analysis.sheets import parse_numbers

    assert parse_numbers(dutch, 1, "Volume").values == [1250.0, 3.0]
    assert parse_numbers(english, 1, "volume").values == [1250.0, 1.5]


def test_an_xlsx_table_with_percent_cells(sample, tmp_path):
    import openpyxl

    doc, journey = sample
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Touchpoint", "CSAT", "Drop-off", "Date"])
    sheet.append(["Boekt online een afspraak", 81, 0.125, "2026-10-01"])
    sheet["C2"].number_format = "0.0%"
    path = tmp_path / "metrics.xlsx"
    book.save(path)
    table = read_table(path)
    spec = mi.guess_spec(table.header)
    result = mi.plan_metrics(doc, journey, table, spec)
    (values,) = result.figures.values()
    assert sorted((v.metric, v.value) for v in values) == [("csat", 81.0), ("drop_off", 12.5)]


def test_every_kind_of_problem_is_listed_at_once():
    """Review: the import named the non-number, then (once fixed) the mixed decimals, then
    the unknown step. The docs promise every problem in one go."""
    from klantreis_desktop.analysis import metrics_import as mi
    from klantreis_desktop.analysis.sheets import TableError, parse_csv_table
    from klantreis_desktop.templates import build_sample

    doc = build_sample("schoonmaak", "nl")
    journey = doc.journeys()[0]
    table = parse_csv_table("Contactmoment;NPS;CSAT\n"
                            "Ziet advertentie ‘schoon opleveren’;12;70,5%\n"
                            "Onbekende stap;5;60%\n"
                            "Leest beoordelingen;veel;80.5%\n".encode(), "slecht.csv")
    with pytest.raises(TableError) as caught:
        mi.plan_metrics(doc, journey, table, mi.guess_spec(table.header))
    text = str(caught.value)
    assert "“veel”" in text and "not a number" in text  # NPS, row 4
    assert "mixes decimal commas (row 2) and decimal points (row 4)" in text  # CSAT
    assert "A name matches no touchpoint or phase of the journey: row 3: “Onbekende stap”" \
        in text  # the unknown step, in the singular ("1 namen passen" said the review)


def test_a_csat_column_of_average_scores_gets_no_percent_sign(tmp_path):
    # Found by the acceptance test's author: "CSAT" holding 4,5 (an average on 1–5) was
    # guessed as a percentage and shown as "CSAT 4,5 %".
    doc = build_sample("schoonmaak", "nl")
    journey = doc.journeys()[0]
    scores = parse_csv_table(b"Contactmoment;CSAT\nAankoop;4,5\nBoekt telefonisch;3,9\n"
, "csat.csv")
    spec = mi.guess_spec(scores.header, scores.rows, scores.percent_columns)
    assert spec is not None and spec.metrics[0].definition().unit == ""
    doc.apply(mi.plan_metrics(doc, journey, scores, spec).change)
    assert m.metric_def_of(doc, journey, "csat").unit == ""
    # Percentages stay percentages: written with "%", above 10, or Excel % cells.
    for text in ("Contactmoment;CSAT\nAankoop;82\n", "Contactmoment;CSAT\nAankoop;4,5%\n",
                 "Contactmoment;CSAT (%)\nAankoop;4,5\n"):
        table = parse_csv_table(text.encode(), "p.csv")
        spec = mi.guess_spec(table.header, table.rows, table.percent_columns)
        assert spec is not None and spec.metrics[0].definition().unit == "%", text
    assert mi.guess_spec(scores.header, scores.rows, {1}).metrics[0].definition().unit == "%"
