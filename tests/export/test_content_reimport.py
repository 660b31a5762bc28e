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
from klantreis_desktop.analysis.sheets import read_table
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
    header, rows = _read(_write(doc, journey, tmp_path, kind))
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
    header, rows = _read(_write(doc, journey, tmp_path, "csv-nl"))
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
    assert (result.updated, result.unchanged) == (1, len(doc.cards(journey)) - 1)
    doc.apply(result.change)
    assert doc.title(rows[2][at["id"]]) == "Een nieuwe titel"
    assert {c: m.metrics_of(doc, c) for c in doc.cards(journey)} == figures_before


def test_a_changed_figure_names_the_sheet_and_the_import_date_as_its_source():
    """Review s6 #2: a value typed into the sheet is no measurement from the old source:
    it names the sheet and the import's date (its count is gone); unchanged figures keep
    theirs, and the import says how many figures changed."""
    doc, journey = _measured_sample()
    header, rows = cs.content_rows(doc, [journey])
    at = {name: i for i, name in enumerate(header)}
    row = next(r for r in rows if r[at["metric_nps"]] != "" and r[at["kind"]] != "phase")
    card = row[at["id"]]
    row[at["metric_nps"]] = 42
    result = cs.import_sheet(doc, header, rows, source="rt-edit.csv", today="2026-12-05")
    assert result.updated == 1 and result.figures_changed == 1
    doc.apply(result.change)
    value = m.metric_value(doc, card, "nps")
    assert value is not None and value.value == 42.0
    assert (value.source, value.date, value.n) == ("rt-edit.csv", "2026-12-05", 0)
    assert m.metric_value(doc, card, "nps", "Zakelijk") is not None
    csat = m.metric_value(doc, card, "csat")
    assert csat is not None and (csat.source, csat.date, csat.evidence) == (
        "Telefooncentrale", "2026-09-30", "assumed")
    other = next(c for c in doc.parts(journey, k.TOUCHPOINT) if c != card)
    kept = m.metric_value(doc, other, "nps")
    assert kept is not None and (kept.source, kept.date) == ("Enquête Q3", "2026-10-01")


def test_the_cli_says_how_many_figures_the_sheet_changed(tmp_path, capsys):
    doc, journey = _measured_sample()
    target = tmp_path / "reis.klantreis"
    storage.save(doc, target)
    header, rows = cs.content_rows(doc, [journey])
    at = {name: i for i, name in enumerate(header)}
    edited = [r for r in rows if r[at["metric_nps"]] != "" and r[at["kind"]] != "phase"]
    edited[0][at["metric_nps"]], edited[1][at["metric_nps"]] = 25, 26
    sheet = tmp_path / "rt-edit.xlsx"
    book = openpyxl.Workbook()
    book.active.append(header)
    for row in rows:
        book.active.append(row)
    book.save(sheet)
    assert main(["--lang", "en", "import-content", str(sheet), "--into", str(target)]) == 0
    out = capsys.readouterr().out
    assert "2 figures changed; they now name rt-edit.xlsx as their source" in out, out
    value = m.metric_value(storage.read(target).document, edited[0][at["id"]], "nps")
    assert value is not None and value.source == "rt-edit.xlsx" and value.date


def test_rows_deleted_from_the_sheet_are_counted_and_their_cards_kept():
    doc, journey = _measured_sample()
    header, rows = cs.content_rows(doc, [journey])
    at = {name: i for i, name in enumerate(header)}
    cards = [r for r in rows if r[at["kind"]] != "phase"]
    gone = [cards[0][at["id"]], cards[5][at["id"]]]
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
    header, rows = _read(sheet)
    del rows[3]
    book = openpyxl.Workbook()
    book.active.append(header)
    for row in rows:
        book.active.append(row)
    book.save(sheet)
    assert main(["--lang", "en", "import-content", str(sheet), "--into", str(target),
                 "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert (found["updated"], found["unchanged"], found["not_in_sheet"]) == (
        0, len(rows) - 1, 1)  # less the phase's row
    assert target.read_bytes() == saved


@pytest.mark.parametrize("kind", ["csv-nl", "csv-en", "xlsx"])
def test_phase_figures_leave_in_the_sheet_and_come_back(tmp_path, kind):
    """Review s6 #1: a phase's figures are a row of kind "phase" first in its phase; into
    an empty document they land on the phase of that title, and a value changed in the
    sheet changes the phase's figure (named after the sheet), nothing else."""
    doc, journey = _measured_sample()
    phase = doc.phases(journey)[0]
    header, rows = _read(_write(doc, journey, tmp_path, kind))
    at = {name: i for i, name in enumerate(header)}
    first = rows[0]
    assert (first[at["kind"]], first[at["title"]], first[at["id"]]) == (
        "phase", doc.title(phase), phase)
    assert float(str(first[at["metric_volume"]]).replace(",", ".")) == 12500.0
    empty = Document(meta={"title": "leeg", "lang": "nl"})
    result = cs.import_sheet(empty, header, rows, source="inhoud", today="2026-12-05")
    assert result.cards == len(doc.cards(journey))
    empty.apply(result.change)
    (new_journey,) = empty.journeys()
    new_phase = empty.phases(new_journey)[0]
    assert empty.title(new_phase) == doc.title(phase)
    value = m.metric_value(empty, new_phase, "volume")
    assert value is not None and value.value == 12500.0
    first[at["metric_volume"]] = "13000"
    result = cs.import_sheet(doc, header, rows, source="inhoud.x", today="2026-12-05")
    assert (result.updated, result.added, result.figures_changed) == (0, 0, 1)
    doc.apply(result.change)
    value = m.metric_value(doc, phase, "volume")
    assert value is not None and (value.value, value.source) == (13000.0, "inhoud.x")


def test_the_cli_counts_in_singular_and_names_the_cards_it_kept(tmp_path, capsys):
    """Review s6 #9: "1 kaarten bijgewerkt en 0 toegevoegd" and no word on which card
    the sheet left out."""
    doc, journey = _measured_sample()
    target = tmp_path / "reis.klantreis"
    storage.save(doc, target)
    header, rows = cs.content_rows(doc, [journey])
    at = {name: i for i, name in enumerate(header)}
    cards = [r for r in rows if r[at["kind"]] != "phase"]
    cards[1][at["title"]] = "Een nieuwe titel"
    left = cards[4]
    sheet = tmp_path / "rt-edit.xlsx"
    book = openpyxl.Workbook()
    book.active.append(header)
    for row in rows:
        if row is not left:
            book.active.append(row)
    book.save(sheet)
    assert main(["--lang", "en", "import-content", str(sheet), "--into", str(target)]) == 0
    out = capsys.readouterr().out
    assert f"1 card updated and 0 cards added in {target}." in out, out
    assert ("1 card of the journey is not in the sheet and was kept: "
            f"“{left[at['title']]}”.") in out, out


def test_the_cli_says_no_card_changed_when_only_a_phase_figure_did(tmp_path, capsys):
    """Left from review s6: "0 cards updated and 0 cards added" before the figure line."""
    doc, journey = _measured_sample()
    target = tmp_path / "reis.klantreis"
    storage.save(doc, target)
    header, rows = cs.content_rows(doc, [journey])
    at = {name: i for i, name in enumerate(header)}
    rows[0][at["metric_volume"]] = 13000
    sheet = tmp_path / "fase.xlsx"
    book = openpyxl.Workbook()
    for row in [header, *rows]:
        book.active.append(row)
    book.save(sheet)
    assert main(["--lang", "en", "import-content", str(sheet), "--into", str(target)]) == 0
    out = capsys.readouterr().out
    assert f"No card changed in {target}." in out and "1 figure changed" in out, out
    assert "0 cards" not in out, out


def _read(path: Any) -> tuple[list[str], list[list[Any]]]:
    table = read_table(path)
    return table.header, table.rows
