"""The content sheet and the Mermaid diagram come back in (issue 19 review): a CSV whose
header starts with ``journey;`` is a sheet, not a diagram; a sheet exported from a
document updates that document's cards instead of doubling them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from klantreis_desktop import storage
from klantreis_desktop.cli import main
from klantreis_desktop.export import content_sheet, content_text
from klantreis_desktop.templates import build_sample


@pytest.mark.parametrize("text, suffix, expected", [
    ("journey;phase;lane\nA;B;C\n", ".csv", False),
    ("\ufeffjourney;phase;lane\nA;B;C\n", ".csv", False),
    ("journey,phase\n", "", False),
    ("journey\tphase\n", ".txt", False),
    ("journey\n  title Reis\n  section A\n    Doe iets: 3\n", ".txt", True),
    ("%% comment\n\njourney\n  title Reis\n", "", True),
    ("---\ntitle: x\n---\njourney\n  section A\n", "", True),
    ("# Report\n\n```mermaid\njourney\n  section A\n    X: 4\n```\n", ".md", True),
    ("# Report\n\nNo diagram here.\n", ".md", False),
    ("not a diagram", ".mmd", True),  # the suffix says so: the reader names the problem
])
def test_mermaid_is_told_by_its_keyword_line(text, suffix, expected):
    assert (content_text.mermaid_source(text, suffix) is not None) is expected


def test_a_diagram_in_a_markdown_file_is_read_from_its_block(tmp_path):
    doc = build_sample("schoonmaak", "nl")
    path = tmp_path / "verslag.md"
    path.write_text("# Verslag\n\n```mermaid\n" + content_text.journey_mermaid(
        doc, doc.journeys()[0]) + "```\n\nTot slot.\n", encoding="utf-8")
    assert content_text.is_mermaid_file(path)
    change = content_text.journey_from_mermaid(doc, content_text.read_mermaid_file(path))
    assert change.atoms


def _exports(tmp_path: Path) -> tuple[Path, dict[str, Path]]:
    path = tmp_path / "schoonmaak.klantreis"
    storage.save(build_sample("schoonmaak", "nl"), path)
    outs = {kind: tmp_path / f"inhoud.{suffix}" for kind, suffix in
            (("csv", "csv"), ("xlsx", "xlsx"), ("mermaid", "mmd"))}
    args = ["export", str(path)]
    for kind, out in outs.items():
        args += [f"--{kind}", str(out)]
    assert main(args) == 0
    return path, outs


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_the_cli_reads_a_sheet_back_into_a_new_and_into_its_own_file(tmp_path, capsys, kind):
    path, outs = _exports(tmp_path)
    assert outs["csv"].read_bytes().lstrip(b"\xef\xbb\xbf").startswith(b"journey;")
    capsys.readouterr()
    fresh = tmp_path / "nieuw.klantreis"
    assert main(["import-content", str(outs[kind]), "--into", str(fresh), "--json"]) == 0
    first = json.loads(capsys.readouterr().out)
    assert first["added"] == first["cards"] == 30 and first["updated"] == 0
    before = storage.read(path).document
    cards = len(before.cards(before.journeys()[0]))
    assert main(["import-content", str(outs[kind]), "--into", str(path), "--json"]) == 0
    again = json.loads(capsys.readouterr().out)
    assert again["unchanged"] == cards and again["updated"] == again["added"] == 0
    after = storage.read(path).document
    assert after.journeys() == before.journeys()
    assert len(after.cards(after.journeys()[0])) == cards  # nothing doubled


def test_the_cli_reads_a_mermaid_diagram_into_a_journey_with_a_title_of_its_own(
        tmp_path, capsys):
    path, outs = _exports(tmp_path)
    capsys.readouterr()
    assert main(["import-content", str(outs["mermaid"]), "--into", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["cards"] == 13
    doc = storage.read(path).document
    titles = [doc.title(j) for j in doc.journeys()]
    assert len(titles) == 2 and titles[1] == titles[0] + " (2)"


def test_an_edited_sheet_updates_the_cards_it_names_and_adds_the_new_rows():
    doc, journey, header, rows, at = _sheet()
    rows[0][at["title"]] = "Nieuwe titel"
    rows[0][at["description"]] = ""
    extra = list(rows[1])
    extra[at["id"]], extra[at["title"]], extra[at["next"]] = "", "Een nieuwe kaart", ""
    result = content_sheet.import_sheet(doc, header, [*rows, extra])
    assert (result.updated, result.unchanged, result.added) == (1, len(rows) - 1, 1)
    card = rows[0][at["id"]]
    doc.apply(result.change)
    assert doc.title(card) == "Nieuwe titel" and doc.get(card, "description") == ""
    assert len(doc.cards(journey)) == len(rows) + 1


def _flows(doc, journey) -> set[tuple[str, str]]:
    from klantreis_desktop.model import kinds as k

    return {(card, target) for card in doc.cards(journey)
            for target in doc.targets(card, k.FLOW)}


def _sheet():
    """The sample, its journey, and that journey's content sheet (header, rows, columns)."""
    doc = build_sample("schoonmaak", "nl")
    journey = doc.journeys()[0]
    header, rows = content_sheet.content_rows(doc, [journey])
    return doc, journey, header, rows, {name: i for i, name in enumerate(header)}


def test_an_arrow_deleted_in_the_sheet_goes_in_one_undo_step_with_the_rest():
    """The sheet is the truth for the arrows leaving the cards it updates."""
    doc, journey, header, rows, at = _sheet()
    before = _flows(doc, journey)
    row = next(r for r in rows if len(r[at["next"]].split()) >= 2)
    source, (gone, *kept) = row[at["id"]], row[at["next"]].split()
    row[at["next"]] = " ".join(kept)
    row[at["title"]] = "Andere titel"
    result = content_sheet.import_sheet(doc, header, rows)
    assert result.removed_arrows == 1 and not result.warnings
    doc.apply(result.change)
    assert _flows(doc, journey) == before - {(source, gone)}
    assert doc.title(source) == "Andere titel"
    doc.apply(result.change.inverse())  # one undo step brings both back
    assert _flows(doc, journey) == before and doc.title(source) != "Andere titel"
    # Exported again, the sheet reads back unchanged: nothing more goes.
    header, rows = content_sheet.content_rows(doc, [journey])
    again = content_sheet.import_sheet(doc, header, rows)
    assert again.removed_arrows == 0


def test_a_sheet_with_some_rows_left_out_keeps_those_cards_and_their_arrows():
    doc, journey, header, rows, at = _sheet()
    before = _flows(doc, journey)
    with_next = [r for r in rows if r[at["next"]]]
    result = content_sheet.import_sheet(doc, header, with_next[1:])
    doc.apply(result.change)
    assert _flows(doc, journey) == before and result.removed_arrows == 0
    assert len(doc.cards(journey)) == len(rows)


def test_a_next_id_that_names_no_card_is_reported_not_silently_dropped():
    doc, journey, header, rows, at = _sheet()
    row = next(r for r in rows if r[at["next"]])
    row[at["next"]] += " bestaat-niet"
    result = content_sheet.import_sheet(doc, header, rows)
    assert len(result.warnings) == 1 and "bestaat-niet" in result.warnings[0]
    assert f"Row {rows.index(row) + 2}" in result.warnings[0]


def test_the_cli_removes_an_arrow_deleted_in_the_edited_sheet(tmp_path, capsys):
    import csv
    import io

    path, outs = _exports(tmp_path)
    text = outs["csv"].read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    at = {name: i for i, name in enumerate(rows[0])}
    row = next(r for r in rows[1:] if r[at["next"]])
    row[at["next"]] = ""
    edited = tmp_path / "bewerkt.csv"
    out = io.StringIO()
    csv.writer(out, delimiter=";", lineterminator="\n").writerows(rows)
    edited.write_text(out.getvalue(), encoding="utf-8-sig")
    capsys.readouterr()
    assert main(["import-content", str(edited), "--into", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["removed_arrows"] >= 1
    from klantreis_desktop.model import kinds as k

    doc = storage.load(path)
    assert not doc.targets(row[at["id"]], k.FLOW)
