"""The journey's content as CSV/XLSX, and back: the same cards come out."""

from __future__ import annotations

import pytest

from klantreis_desktop.analysis.sheets import parse_csv_table, read_table
from klantreis_desktop.export import content_sheet as cs
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model import measures as m
from klantreis_desktop.model.document import Document
from klantreis_desktop.model.invariants import problems
from klantreis_desktop.templates import build_sample, build_template

FIELDS = ("title", "description", "evidence", "source", "votes", "impact", "effort", "term",
          "interaction", "department", "moment_of_truth", "target", "colour")


def _cards(doc: Document, journeys=None) -> list[tuple]:
    found = []
    for journey in journeys or doc.journeys():
        for card in doc.cards(journey):
            kind = doc.kind(card)
            found.append((doc.title(journey), doc.title(doc.phase_of(card)),
                           doc.title(doc.lane_of(card)), kind,
                           tuple(doc.get(card, f) for f in FIELDS if f in k.SCHEMA[kind]),
                           tuple(doc.title(c) for c in doc.channels_of(card)),
                           tuple(sorted(doc.title(t) for t in doc.targets(card, k.FLOW))),
                           tuple((v.metric, v.value) for v in m.metrics_of(doc, card))))
    return sorted(found)


@pytest.fixture
def sample():
    doc = build_sample("schoonmaak", "nl")
    journey = doc.journeys()[0]
    card = next(c for c in doc.parts(journey, k.TOUCHPOINT))
    doc.apply(m.update_metrics(doc, journey, {card: [m.MetricValue("nps", 12.5)]}))
    return doc


def test_csv_round_trip_into_an_empty_document(sample):
    data = cs.content_csv(sample)
    assert data.startswith("\ufeff".encode()) and b";metric_nps" in data.splitlines()[0]
    table = parse_csv_table(data, "inhoud.csv")
    empty = Document(meta={"title": "leeg", "lang": "nl"})
    result = cs.import_sheet(empty, table.header, table.rows)
    empty.apply(result.change)
    assert problems(empty) == []
    assert _cards(empty) == _cards(sample)
    assert result.cards == len(sample.cards(sample.journeys()[0]))


def test_xlsx_round_trip_into_a_template_is_one_undo_step(sample, tmp_path):
    path = tmp_path / "inhoud.xlsx"
    path.write_bytes(cs.content_xlsx(sample))
    header, rows = (table := read_table(path)).header, table.rows
    doc = build_template("leeg", "nl")
    before = {n: dict(d) for n, d in doc.graph.nodes(data=True)}
    result = cs.import_sheet(doc, header, rows)
    doc.apply(result.change)
    assert _cards(doc, result.journeys) == _cards(sample)
    doc.apply(result.change.inverse())
    assert {n: dict(d) for n, d in doc.graph.nodes(data=True)} == before


def test_a_bad_row_refuses_the_sheet(sample):
    header, rows = cs.content_rows(sample)
    rows[3][header.index("kind")] = "wens"
    pain = next(i for i, row in enumerate(rows) if row[header.index("kind")] == "pain")
    rows[pain][header.index("impact")] = "9"
    with pytest.raises(cs.SheetError) as caught:
        cs.import_sheet(Document(), header, rows)
    assert "Row 5" in str(caught.value) and f"Row {pain + 2}" in str(caught.value)


def test_a_title_like_a_formula_stays_text(tmp_path):
    doc = build_sample("schoonmaak", "nl")
    card = doc.cards(doc.journeys()[0])[0]
    from klantreis_desktop.model import operations as ops

    doc.apply(ops.update(doc, card, title="=SOM(A1:A3)"))
    path = tmp_path / "x.xlsx"
    path.write_bytes(cs.content_xlsx(doc))
    header, rows = (table := read_table(path)).header, table.rows
    assert "=SOM(A1:A3)" in [row[header.index("title")] for row in rows]
