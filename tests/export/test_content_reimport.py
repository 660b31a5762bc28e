"""Reading an exported content sheet back (issue 19 review, defects 1 and 13): the sheet
carries no figure's source, date, evidence or count, nor anything else the file holds
beyond the sheet's columns, so importing it must leave all that alone. An unchanged round
trip changes nothing; ``updated`` counts only the cards that really changed; cards the
sheet no longer lists are counted (and kept)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from klantreis_desktop import storage
from klantreis_desktop.cli import main
from klantreis_desktop.export import content_sheet as cs
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model import measures as m
from klantreis_desktop.model import operations as ops
from klantreis_desktop.model.document import Document
from klantreis_desktop.templates import build_sample


def _measured_sample() -> tuple[Document, str]:
    """The sample with figures that have a source, a date, evidence and a count, a
    segment's figure (not in the sheet) and a phase's figure (no row of the sheet)."""
    doc = build_sample("schoonmaak", "nl")
    journey = doc.journeys()[0]
    touchpoints = [c for c in doc.cards(journey) if doc.kind(c) == k.TOUCHPOINT]
    figures: dict[str, list[m.MetricValue]] = {}
    for index, card in enumerate(touchpoints):
        figures[card] = [
            m.MetricValue("nps", float(index * 7 - 20), source="Enquête Q3", date="2026-10-01",
                          n=120 + index),
            m.MetricValue("csat", 55.5 + index, source="Telefooncentrale", date="2026-09-30",
                          evidence="assumed"),
            m.MetricValue("nps", 3.0, segment="Zakelijk", source="CRM", date="2026-08-01")]
    figures[doc.phases(journey)[0]] = [m.MetricValue("volume", 12500.0, source="Web",
                                                     date="2026-07-01")]
    doc.apply(m.update_metrics(doc, journey, figures))
    return doc, journey


def _snapshot(doc: Document) -> tuple[Any, ...]:
    graph = doc.graph
    return ({node: dict(data) for node, data in graph.nodes(data=True)},
            sorted((u, v, key, sorted(data.items())) for u, v, key, data in
                   graph.edges(keys=True, data=True)),
            dict(graph.graph))


def _write(doc: Document, journey: str, tmp_path: Path, kind: str) -> Path:
    path = tmp_path / f"inhoud-{kind}.{'xlsx' if kind == 'xlsx' else 'csv'}"
    if kind == "xlsx":
        path.write_bytes(cs.content_xlsx(doc, [journey]))
    else:
        path.write_bytes(cs.content_csv(doc, [journey], ";" if kind == "csv-nl" else ","))
    return path


@pytest.mark.parametrize("kind", ["csv-nl", "csv-en", "xlsx"])
def test_an_unchanged_round_trip_changes_nothing(tmp_path, kind):
    doc, journey = _measured_sample()
    before = _snapshot(doc)
    header, rows = cs.read_sheet(_write(doc, journey, tmp_path, kind))
    result = cs.import_sheet(doc, header, rows)
    assert result.change.atoms == ()
    assert (result.updated, result.added, result.not_in_sheet) == (0, 0, 0)
    assert result.unchanged == result.cards == len(doc.cards(journey))
    doc.apply(result.change)
    assert _snapshot(doc) == before


def test_a_card_whose_file_lacks_fields_the_sheet_has_stays_as_it_is(tmp_path):
    """An older file may lack optional fields; the sheet shows their defaults, and an
    unchanged import must not write those defaults into the file."""
    doc, journey = _measured_sample()
    card = doc.cards(journey)[0]
    for name in ("description", "votes", "colour", "evidence", "source"):
        doc.graph.nodes[card].pop(name, None)
    doc.graph.nodes[card]["title"] = "  Spaties eromheen  "
    before = _snapshot(doc)
    header, rows = cs.read_sheet(_write(doc, journey, tmp_path, "csv-nl"))
    result = cs.import_sheet(doc, header, rows)
    doc.apply(result.change)
    assert result.updated == 0 and _snapshot(doc) == before


def test_one_changed_title_updates_one_card_and_keeps_every_source_and_date(tmp_path):
    doc, journey = _measured_sample()
    header, rows = cs.content_rows(doc, [journey])
    at = {name: i for i, name in enumerate(header)}
    rows[2][at["title"]] = "Een nieuwe titel"
    figures_before = {c: m.metrics_of(doc, c) for c in doc.cards(journey)}
    result = cs.import_sheet(doc, header, rows)
    assert (result.updated, result.unchanged) == (1, len(rows) - 1)
    doc.apply(result.change)
    assert doc.title(rows[2][at["id"]]) == "Een nieuwe titel"
    assert {c: m.metrics_of(doc, c) for c in doc.cards(journey)} == figures_before


def test_a_changed_figure_keeps_what_the_sheet_does_not_carry():
    doc, journey = _measured_sample()
    header, rows = cs.content_rows(doc, [journey])
    at = {name: i for i, name in enumerate(header)}
    row = next(r for r in rows if r[at["metric_nps"]] != "")
    card = row[at["id"]]
    row[at["metric_nps"]] = 42
    result = cs.import_sheet(doc, header, rows)
    assert result.updated == 1
    doc.apply(result.change)
    value = m.metric_value(doc, card, "nps")
    assert value is not None and value.value == 42.0
    assert (value.source, value.date, value.n) == ("Enquête Q3", "2026-10-01", value.n)
    assert value.n > 0 and m.metric_value(doc, card, "nps", "Zakelijk") is not None
    csat = m.metric_value(doc, card, "csat")
    assert csat is not None and (csat.source, csat.evidence) == ("Telefooncentrale", "assumed")


def test_rows_deleted_from_the_sheet_are_counted_and_their_cards_kept():
    doc, journey = _measured_sample()
    header, rows = cs.content_rows(doc, [journey])
    at = {name: i for i, name in enumerate(header)}
    gone = [rows[0][at["id"]], rows[5][at["id"]]]
    kept_rows = [r for r in rows if r[at["id"]] not in gone]
    result = cs.import_sheet(doc, header, kept_rows)
    assert result.not_in_sheet == 2
    doc.apply(result.change)
    assert all(card in doc for card in gone)


def test_a_card_in_the_second_of_two_phases_with_one_title_stays_there():
    doc, journey = _measured_sample()
    first, second = doc.phases(journey)[:2]
    doc.apply(ops.update(doc, second, title=doc.title(first)))
    moved = next(c for c in doc.cards(journey) if doc.phase_of(c) == second)
    before = _snapshot(doc)
    header, rows = cs.content_rows(doc, [journey])
    result = cs.import_sheet(doc, header, rows)
    doc.apply(result.change)
    assert doc.phase_of(moved) == second and _snapshot(doc) == before


def test_the_cli_leaves_the_file_alone_when_the_sheet_changes_nothing(tmp_path, capsys):
    doc, journey = _measured_sample()
    target = tmp_path / "reis.klantreis"
    storage.save(doc, target)
    saved = target.read_bytes()
    sheet = _write(storage.read(target).document, journey, tmp_path, "xlsx")
    assert main(["--lang", "en", "import-content", str(sheet), "--into", str(target)]) == 0
    out = capsys.readouterr().out
    assert "Nothing changed" in out and target.read_bytes() == saved
    header, rows = cs.read_sheet(sheet)
    del rows[3]
    book = openpyxl.Workbook()
    book.active.append(header)
    for row in rows:
        book.active.append(row)
    book.save(sheet)
    assert main(["--lang", "en", "import-content", str(sheet), "--into", str(target),
                 "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert (found["updated"], found["unchanged"], found["not_in_sheet"]) == (0, len(rows), 1)
    assert target.read_bytes() == saved
