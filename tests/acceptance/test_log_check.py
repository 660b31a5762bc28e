"""The designed journey checked against a log of a million events, in a real window
(Xvfb + openbox + xdotool) at 1280×800 in Dutch: Analysis › Check against event log…,
the file chosen in the file dialog, the columns guessed over a preview, Check, the
findings in the dialog, arrow shares and drop-out marks on the canvas and the check in
the analysis panel. Screenshots go to shots/acceptance/log-check/ (or $KLANTREIS_SHOTS).

The probe answering while the log is read is the proof that the window keeps painting
(it answers on the GUI thread). Cancel is tested with pytest-qt
(tests/ui/test_measured_dialogs.py), where it does not race the reading.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.acceptance import probe_view as pv
from tests.acceptance.app_under_test import ROOT, AppUnderTest
from tests.acceptance.day import WorkshopDay
from tests.acceptance.xsession import XScreen, missing_commands

pytestmark = [pytest.mark.acceptance, pytest.mark.slow]

EVENTS = 1_000_000


def _folder() -> Path:
    base = Path(os.environ.get("KLANTREIS_SHOTS", ROOT / "shots" / "acceptance"))
    folder = base / "log-check"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return folder


def _dialog(state: dict[str, Any]) -> dict[str, Any] | None:
    return pv.window_named(state, "conformance_dialog")


def _checked(state: dict[str, Any]) -> bool:
    dialog = _dialog(state)
    if dialog is None or pv.has_widget(dialog, "check_progress"):
        return False
    findings = [w for w in dialog["widgets"] if w["name"] == "conformance_findings"]
    return bool(findings and findings[0].get("items"))


def test_a_million_events_checked_in_the_real_window(tmp_path: Path) -> None:
    if missing_commands():
        pytest.fail(f"the real-window tests need {missing_commands()}: run scripts/run-tests")
    log = tmp_path / "klantlog.csv"
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "make_eventlog.py"),
                    "--events", str(EVENTS), "-o", str(log)], check=True, cwd=ROOT,
                   capture_output=True)
    folder = _folder()
    screen = XScreen(1280, 800, folder).start()
    app = AppUnderTest(screen, tmp_path, "nl")
    day = WorkshopDay(screen, app, folder)
    try:
        day.start()
        screen.key("alt+a")  # Analyse, by its letter; the first item is the check
        day.wait_window("analysis_menu", "the Analysis menu")
        day.shot("analysis-menu")
        screen.key("Return")
        dialog = day.wait_window("conformance_dialog", "the check dialog")
        screen.click(*pv.centre(pv.widget(dialog, "log_file_button")["rect"]))
        day.wait_window("QFileDialog", "the file dialog")
        screen.type(str(log))
        screen.key("Return")
        state = app.wait(lambda s: (d := _dialog(s)) is not None
                         and pv.window_named(s, "QFileDialog") is None
                         and pv.widget(d, "check_button")["enabled"]
                         and "Klantnummer" in str(d["widgets"]), "the log's columns guessed")
        dialog = _dialog(state)
        assert dialog is not None
        day.shot("columns-guessed")
        screen.click(*pv.centre(pv.widget(dialog, "check_button")["rect"]))
        busy: list[bool] = []

        def done(s: dict[str, Any]) -> bool:
            d = _dialog(s)
            if d is not None and pv.has_widget(d, "check_progress") and not busy:
                busy.append(True)
                day.shot("reading-with-progress")
            return _checked(s)

        state = app.wait(done, "the million events checked", timeout=300)
        dialog = _dialog(state)
        assert dialog is not None
        findings = [w for w in dialog["widgets"] if w["name"] == "conformance_findings"][0]
        head = findings["items"][0]["text"]
        assert "klantlog.csv" in head and "klanten" in head, head
        day.shot("findings")
        screen.key("Escape")
        day.wait_gone("conformance_dialog", "the dialog to close")
        window = day.wait_main(lambda w: w["canvas"].get("conformance"), "marks on the canvas")
        marks = window["canvas"]["conformance"]
        flows = pv.journey(window)["flows"]
        assert len(marks["arrows"]) == len(flows) and all(
            label.endswith("%") for label in marks["arrows"].values()), marks
        assert marks["drops"], "customers leave somewhere in a year of walks"
        day.shot("canvas-with-shares-and-drop-outs")
        # The analysis panel's "Measured" section lists the check (its tree, on screen).
        trees = [w for win in app.state()["windows"] for w in win["widgets"]
                 if w["class"] == "FitTree" or "items" in w and w["name"] != "conformance_findings"]
        assert any("klantlog.csv" in item["text"] for tree in trees
                   for item in tree.get("items", [])), [t["name"] for t in trees]
        day.assert_clean_stderr()
    finally:
        app.kill()
        screen.stop()
        for name in app.folder.glob("app-std*.log"):
            shutil.copy(name, folder / name.name)
