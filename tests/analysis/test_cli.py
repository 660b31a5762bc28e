"""``klantreis analyse`` and ``klantreis import-events``, run as the command line runs them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from klantreis_desktop import cli, storage
from klantreis_desktop.model.invariants import problems
from klantreis_desktop.templates import build_sample
from tests.support.synthetic import family_events, write_csv

ROOT = Path(__file__).resolve().parents[2]
FAMILIES = [["Ad", "Search", "Compare", "Book", "Visit", "Pay", "Survey"],
            ["Tip", "Call", "Book", "Visit", "Pay"],
            ["Newsletter", "App", "Chat", "Cancel", "Refund"]]


def test_the_analysis_commands_are_registered() -> None:
    assert {"analyse", "import-events"} <= {c.name for c in cli.COMMANDS}


@pytest.fixture()
def sample_file(tmp_path: Path) -> Path:
    path = tmp_path / "schoonmaak.klantreis"
    storage.save(build_sample("schoonmaak", "en"), path)
    return path


def _log(tmp_path: Path, customers: int = 600, bad: bool = False) -> Path:
    events, _ = family_events(FAMILIES, customers, seed=2, weights=[0.5, 0.3, 0.2], noise=0.1,
                              channels={"Call": ["Phone"], "Ad": ["Social media"]})
    path = tmp_path / "crm-export.csv"
    write_csv(path, events, phases=False)
    if bad:
        with open(path, "a", encoding="utf-8", newline="") as handle:
            handle.write("K9;32-01-2024 10:00;Pay;Web\r\n")
    return path


def test_analyse_prints_a_report(sample_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["analyse", str(sample_file)]) == 0
    out = capsys.readouterr().out
    assert "Journey “Move-out cleaning – current journey” (current situation)" in out
    assert "Esther Visser: lowest -2 at “Team arrives — on time?”" in out
    assert "Quick wins (high impact, low effort)" in out
    assert "Every path reaches the end goal" in out


def test_analyse_json_for_one_journey(sample_file: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    title = "move-out cleaning – current journey"
    assert cli.main(["analyse", str(sample_file), "--journey", title, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    (journey,) = data["journeys"]
    assert journey["scenario"] == "current"
    assert journey["flow"]["reaches_end_goal"] is True
    assert data["comparisons"] == []


def test_analyse_failures_and_exit_codes(sample_file: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["analyse", str(sample_file), "--journey", "Nope"]) == 1
    assert "No journey “Nope”" in capsys.readouterr().err
    assert cli.main(["analyse", str(tmp_path / "missing.klantreis")]) == 1
    assert "file not found" in capsys.readouterr().err
    broken = tmp_path / "broken.klantreis"
    broken.write_text("not a klantreis file")
    assert cli.main(["analyse", str(broken)]) == 1
    assert "Traceback" not in capsys.readouterr().err
    assert cli.main(["analyse"]) == 2


def test_import_events_makes_one_journey_of_the_typical_path(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "new.klantreis"
    assert cli.main(["import-events", str(_log(tmp_path)), "--into", str(target),
                     "--journey", "Uit het CRM"]) == 0
    out = capsys.readouterr().out
    assert "600 customers" in out and "Added the journey “Uit het CRM”" in out
    doc = storage.load(target)
    assert problems(doc) == []
    (journey,) = doc.journeys()
    assert doc.title(journey) == "Uit het CRM"
    titles = sorted(doc.title(c) for c in doc.cards(journey))
    assert titles == sorted(FAMILIES[0])  # the biggest family is the most central path
    assert "Social media" in [doc.title(c) for c in doc.channels()]


def test_import_events_with_segments_adds_to_an_existing_file(
        sample_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = len(storage.load(sample_file).journeys())
    assert cli.main(["import-events", str(_log(tmp_path)), "--into", str(sample_file),
                     "--segments", "3", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [j["path"][0] for j in data["journeys"]] == ["Ad", "Tip", "Newsletter"]
    assert data["segmentation"]["k"] == 3
    doc = storage.load(sample_file)
    assert len(doc.journeys()) == before + 3 and problems(doc) == []


def test_bad_rows_refuse_the_import_and_leave_the_file_alone(
        sample_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = sample_file.read_bytes()
    log = _log(tmp_path, bad=True)
    assert cli.main(["import-events", str(log), "--into", str(sample_file)]) == 1
    err = capsys.readouterr().err
    assert "Nothing was imported: 1 rows have problems." in err
    assert "“32-01-2024 10:00” is not a date and time" in err
    assert sample_file.read_bytes() == before
    missing = tmp_path / "never.klantreis"
    assert cli.main(["import-events", str(log), "--into", str(missing)]) == 1
    assert not missing.exists()
    assert cli.main(["import-events", str(log), "--into", str(missing), "--skip-bad-rows"]) == 0
    assert "skipped: Row" in capsys.readouterr().err
    assert missing.exists()


def test_import_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    log = str(_log(tmp_path, customers=30))
    out = str(tmp_path / "x.klantreis")
    assert cli.main(["import-events", log, "--into", out, "--segments", "0"]) == 2
    assert cli.main(["import-events", log]) == 2
    assert cli.main(["import-events", log, "--into", out, "--customer", "1"]) == 1
    assert "--customer, --timestamp and --touchpoint together" in capsys.readouterr().err


def test_explicit_columns_by_number(tmp_path: Path) -> None:
    log = tmp_path / "plain.csv"
    log.write_text("1,2024-01-01 10:00,Web,A\n1,2024-01-01 11:00,Web,B\n", encoding="utf-8")
    out = tmp_path / "x.klantreis"
    assert cli.main(["import-events", str(log), "--into", str(out), "--customer", "1",
                     "--timestamp", "2", "--touchpoint", "4", "--channel", "3",
                     "--no-header"]) == 0
    doc = storage.load(out)
    journey = doc.journeys()[0]
    assert sorted(doc.title(c) for c in doc.cards(journey)) == ["A", "B"]
    assert [doc.title(c) for c in doc.channels()] == ["Web"]


def test_the_package_never_imports_qt() -> None:
    code = ("import importlib, pkgutil, sys, klantreis_desktop.analysis as a\n"
            "for m in pkgutil.iter_modules(a.__path__):\n"
            "    importlib.import_module('klantreis_desktop.analysis.' + m.name)\n"
            "assert len([m for m in sys.modules if m.startswith('klantreis_desktop.analysis.')])"
            " >= 13\n"
            "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
