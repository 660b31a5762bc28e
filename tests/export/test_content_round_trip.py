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
    assert again["updated"] == cards and again["added"] == 0
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
    doc = build_sample("schoonmaak", "nl")
    journey = doc.journeys()[0]
    header, rows = content_sheet.content_rows(doc, [journey])
    at = {name: i for i, name in enumerate(header)}
    rows[0][at["title"]] = "Nieuwe titel"
    rows[0][at["description"]] = ""
    extra = list(rows[1])
    extra[at["id"]], extra[at["title"]], extra[at["next"]] = "", "Een nieuwe kaart", ""
    result = content_sheet.import_sheet(doc, header, [*rows, extra])
    assert (result.updated, result.added) == (len(rows), 1)
    card = rows[0][at["id"]]
    doc.apply(result.change)
    assert doc.title(card) == "Nieuwe titel" and doc.get(card, "description") == ""
    assert len(doc.cards(journey)) == len(rows) + 1
