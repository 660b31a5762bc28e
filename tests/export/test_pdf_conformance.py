"""The check against an event log on paper (issue 19): the poster's arrow shares and
drop-out tags, the analysis page's findings, and ``klantreis export --against``."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from reportlab import rl_config

from klantreis_desktop.analysis import conformance as cf
from klantreis_desktop.analysis.path_table import PathTable, variants_of
from klantreis_desktop.cli import main
from klantreis_desktop.export.pdf import export_pdf, render_pdf
from klantreis_desktop.export.pdf_options import PdfOptions
from klantreis_desktop.model import kinds as k
from klantreis_desktop.templates import build_sample
from tests.export.pdf_helpers import pdf_text, squash

AD = "Ziet advertentie ‘schoon opleveren’"
SEARCH = "Zoekt ‘schoonmaak na verhuizing’"
COMPARE = "Vergelijkt prijzen en wat er wordt schoongemaakt"
REVIEWS = "Leest beoordelingen"


def _checked():
    doc = build_sample("schoonmaak", "nl")
    journey = doc.journeys()[0]
    table = PathTable(variants_of((steps, n) for n, steps in (
        (6000, (AD, SEARCH, COMPARE, REVIEWS)),  # drops out at the reviews
        (3000, (AD, SEARCH, REVIEWS)),  # skips the comparison: a shortcut
        (1, ("Chat met de bot", SEARCH, COMPARE, SEARCH)),  # a step the map lacks, a loop
    )), "klantlog.csv")
    return doc, journey, cf.check_conformance(doc, journey, table)


def test_the_analysis_page_lists_every_kind_of_finding(tmp_path):
    doc, journey, result = _checked()
    path = tmp_path / "analyse.pdf"
    options = PdfOptions(paper="A3", analysis_pages=True, language="en",
                         conformance={journey: result})
    export_pdf(doc, path, options)
    text = squash(pdf_text(path, "-raw").split("\f")[1])
    for expected in ("Checked against the event log",
                     "klantlog.csv: 9,001 customers; 0 (0 %) follow the map",
                     f"“{AD}” → “{SEARCH}”: 9,000 customers (100 %)",
                     "Where customers drop out:", f"“{REVIEWS}”: 9,000 customers (100 % of",
                     "Skipped touchpoints:", f"“{COMPARE}”: 3,000 customers",
                     "Shortcuts:", f"“{SEARCH}” → “{REVIEWS}”: 3,000 customers",
                     "Ways back (loops):", f"“{COMPARE}” → “{SEARCH}”: 1 customer",
                     "Steps the map lacks", "“Chat met de bot”: 1 customer (before",
                     "Arrows nobody took:", "Touchpoints no event of the log matches:"):
        assert squash(expected) in text, expected


def test_the_poster_carries_the_shares_and_drop_outs_and_nothing_without_a_check(
        tmp_path, monkeypatch):
    doc, journey, result = _checked()
    monkeypatch.setattr(rl_config, "invariant", 1)
    plain = PdfOptions(paper="A3")
    before, _pages, _warnings = render_pdf(doc, plain)
    again, _pages, _warnings = render_pdf(doc, dataclasses.replace(plain, conformance={}))
    assert again == before  # no check: the poster is byte for byte what it was
    path = tmp_path / "poster.pdf"
    export_pdf(doc, path, dataclasses.replace(plain, conformance={journey: result}))
    text = pdf_text(path, "-raw")
    assert "100 %" in text and "67 %" in text  # AD → search; search → compare (6 of 9)
    # two tags on the grid, and the legend's sample tag and its explanation
    assert text.count("↘") == 4 and "100%" in text  # everyone who reads reviews leaves
    assert "<1%" in text  # and one customer of 9,001 at the search: not "0 %"
    assert "100 %" not in pdf_text(_write(tmp_path / "kaal.pdf", before), "-raw")


def test_the_legend_explains_the_marks_only_with_a_check(tmp_path, monkeypatch):
    doc, journey, result = _checked()
    monkeypatch.setattr(rl_config, "invariant", 1)
    english = PdfOptions(paper="A3", language="en")
    path = tmp_path / "plain.pdf"
    export_pdf(doc, path, english)
    plain = squash(pdf_text(path))
    export_pdf(doc, path, dataclasses.replace(english, conformance={journey: result}))
    text = squash(pdf_text(path))
    rows = ("Checked against the event log", "Arrow width and label: share of customers",
            "customers who leave after this touchpoint", "Log: klantlog.csv · 9,001 customers")
    for row in rows:
        assert squash(row) in text, row
        assert squash(row) not in plain, row
    segment = dataclasses.replace(result, segment="Zakelijk")
    export_pdf(doc, path, dataclasses.replace(english, conformance={journey: segment}))
    assert squash("9,001 customers · segment “Zakelijk”") in squash(pdf_text(path))


def test_the_legend_names_the_period_when_the_check_carries_one():
    from klantreis_desktop.export.pdf_conformance import log_line
    from klantreis_desktop.export.pdf_words import words

    _doc, _journey, result = _checked()
    check = dataclasses.replace(result, first_seen="2024-03-01", last_seen="2024-05-31")
    assert log_line(check, words("en")).endswith("1 March 2024 to 31 May 2024")
    assert log_line(result, words("en")) == "Log: klantlog.csv · 9,001 customers"


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _log(tmp_path: Path, lang: str = "en") -> Path:
    doc = build_sample("schoonmaak", lang)
    journey = doc.journeys()[0]
    ad, search, compare = (doc.title(n) for n in sorted(
        doc.parts(journey, k.TOUCHPOINT), key=lambda n: (doc.phase_of(n) != doc.phases(
            journey)[0], float(doc.get(n, "order"))))[:3])
    lines = ["Klantnummer;Tijdstip;Contactmoment"]
    for customer in range(30):
        steps = [ad, search, compare] if customer % 3 else [ad, search, "Chat met de planner"]
        lines += [f"K{customer};0{1 + i}-03-2024 10:00;{s}" for i, s in enumerate(steps)]
    path = tmp_path / "klantlog.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_klantreis_export_against_a_log_puts_the_check_on_poster_and_page(tmp_path, capsys):
    from klantreis_desktop import storage

    source = tmp_path / "schoonmaak.klantreis"
    storage.save(build_sample("schoonmaak", "en"), source)
    out = tmp_path / "poster.pdf"
    assert main(["export", str(source), "--pdf", str(out), "--analysis-pages",
                 "--against", str(_log(tmp_path))]) == 0
    pages = pdf_text(out, "-raw").split("\f")
    assert "↘" in pages[0] and "%" in pages[0]
    assert squash("Checked against the event log") in squash(pages[1])
    assert squash("30 customers") in squash(pages[1]) and "Chat met de planner" in pages[1]


def test_against_without_a_poster_is_a_usage_error(tmp_path, capsys):
    from klantreis_desktop import storage

    source = tmp_path / "schoonmaak.klantreis"
    storage.save(build_sample("schoonmaak", "nl"), source)
    assert main(["export", str(source), "--csv", str(tmp_path / "x.csv"),
                 "--against", str(_log(tmp_path))]) == 2
    err = capsys.readouterr().err
    assert "--pdf" in err and "--png" in err


def test_a_log_that_cannot_be_read_refuses_the_export_and_writes_nothing(tmp_path, capsys):
    from klantreis_desktop import storage

    source = tmp_path / "schoonmaak.klantreis"
    storage.save(build_sample("schoonmaak", "nl"), source)
    bad = tmp_path / "kapot.csv"
    bad.write_bytes(b"\x00\x01binary")
    out = tmp_path / "poster.pdf"
    assert main(["export", str(source), "--pdf", str(out), "--against", str(bad)]) == 1
    assert not out.exists()
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.strip()


@pytest.fixture(autouse=True)
def _english(monkeypatch):
    monkeypatch.setenv("LANGUAGE", "en")


def test_a_map_target_that_names_no_touchpoint_is_a_usage_error(tmp_path, capsys):
    from klantreis_desktop import storage

    source = tmp_path / "schoonmaak.klantreis"
    storage.save(build_sample("schoonmaak", "en"), source)
    assert main(["analyse", str(source), "--against", str(_log(tmp_path)),
                 "--map", "Chat met de planner=Bestaat niet"]) == 2
    assert "Bestaat niet" in capsys.readouterr().err
