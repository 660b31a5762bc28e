"""Issue 19's measured journey in a real window (Xvfb + openbox + xdotool) at 1280×800 in
Dutch, on the cleaning-service sample the app opens at start. A facilitator, with keys and
mouse only:

1. imports a metrics table as Dutch Excel writes it (``;``, decimal comma; NPS, CSAT,
   waiting time and an own column) through Bestand › Importeren › Cijfers…, types the
   path, checks the guessed mapping (and says fewer complaints are better), imports:
   badges on the canvas, one undo step (Ctrl+Z takes them all, Ctrl+Y brings them back);
2. imports a survey of per-customer scores: the measured curve, and "check this
   assumption" flags on the canvas and in the analysis panel;
3. adds a metrics lane from the lane header's right-click menu: the figures listed in it;
4. exports the A0 poster with its analysis page (Ctrl+E) and reads it with pdftotext;
5. exports the content as CSV, imports it back (nothing changes), edits one title in it
   as in Excel, imports again: that card's title alone changes, one Ctrl+Z undoes it.

The log check against a million events is test_log_check.py; the workshop day
test_workshop_day.py. Screenshots go to shots/acceptance/measured-journey/ (or
$KLANTREIS_SHOTS).
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.acceptance import probe_view as pv
from tests.acceptance.app_under_test import ROOT, AppUnderTest
from tests.acceptance.day import WorkshopDay, pdf_pages
from tests.acceptance.xsession import XScreen, missing_commands

pytestmark = [pytest.mark.acceptance, pytest.mark.slow]

#: As Dutch Excel saves "CSV (gescheiden door lijstscheidingsteken)": ``;`` between fields,
#: a decimal comma, Windows-1252 and CRLF (the test writes it so).
METRICS = """Contactmoment;NPS;CSAT (%);Wachttijd (min);Klachten per week
Tip van de makelaar;41;88,5;;1
Zoekt ‘schoonmaak na verhuizing’;12;71,2;;2
Boekt online een afspraak;35;86;1,5;0
Boekt telefonisch;-5;64,3;12,5;6
Team komt langs — op tijd?;-22;48,9;40;14
Aankoop;18;80;6;3
"""
SURVEY_TOUCHPOINTS = ["Tip van de makelaar", "Leest beoordelingen",
                      "Ontvangt bevestiging per mail", "Team komt langs — op tijd?"]
#: Per touchpoint the answers (1…10) customers gave, in turn; the team assumed +2 and 0
#: for "Ontvangt bevestiging per mail": customers found it poor, so it is flagged.
SURVEY_SCORES = [[8, 9, 7, 8], [7, 8, 6, 7], [3, 4, 2, 3], [3, 2, 4, 3]]
OWN_METRIC = "Klachten per week"
EDITED = ("Boekt telefonisch", "Boekt telefonisch bij de planner")


def _folder() -> Path:
    base = Path(os.environ.get("KLANTREIS_SHOTS", ROOT / "shots" / "acceptance"))
    folder = base / "measured-journey"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return folder


def _survey_text() -> str:
    lines = ["Respondent;Persona;" + ";".join(SURVEY_TOUCHPOINTS)]
    for number in range(24):
        persona = "Esther Visser" if number % 2 else "Henk Bakker"
        scores = [str(column[number % 4]) for column in SURVEY_SCORES]
        lines.append(f"R{number + 1:03d};{persona};" + ";".join(scores))
    return "\n".join(lines) + "\n"


class MeasuredJourney:
    """The steps above; ``day`` brings the start, screenshots and the export dialog."""

    def __init__(self, day: WorkshopDay, files: Path) -> None:
        self.day, self.screen, self.app = day, day.screen, day.app
        self.files = files

    # Helpers -------------------------------------------------------------------------

    def window(self) -> dict[str, Any]:
        return pv.main_window(self.app.state())

    def wait_document(self, check, what: str) -> dict[str, Any]:
        """Wait until ``check(the one main window)`` holds, whichever window is active (a
        modal dialog over it, say)."""
        def ok(state: dict[str, Any]) -> bool:
            (window,) = state["main_windows"]
            try:
                return bool(check(window))
            except (AssertionError, KeyError, IndexError, TypeError):
                return False
        return self.app.wait(ok, what)["main_windows"][0]

    def stack_index(self) -> int:
        return int(self.window()["session"]["stack"]["index"])

    def menus(self, state: dict[str, Any]) -> list[dict[str, Any]]:
        return [w for w in state["windows"] if "actions" in w]

    def action(self, state: dict[str, Any], text: str) -> dict[str, Any] | None:
        for menu in self.menus(state):
            for entry in menu["actions"]:
                if entry["text"].replace("&", "") == text and entry["enabled"]:
                    return entry
        return None

    def pick(self, *texts: str) -> None:
        """Click through open menus by their entries' texts (the first must be open)."""
        for text in texts:
            state = self.app.wait(lambda s, t=text: self.action(s, t), f"the menu entry {text!r}")
            entry = self.action(state, text)
            assert entry is not None
            self.screen.click(*pv.centre(entry["rect"]))

    def file_menu(self, *texts: str) -> None:
        """Bestand (Alt+B), then the entries named."""
        self.day.focus_canvas()
        self.screen.key("alt+b")
        self.pick(*texts)

    def type_into_file_dialog(self, path: Path, done: Callable[[dict[str, Any]], bool],
                              what: str) -> dict[str, Any]:
        """The file dialog has the keys in its name field: select what is there, type,
        Enter; then wait until the dialog is gone and ``done(main window)`` holds. The
        status messages read there show for 5-8 s: the export or import runs in the slot
        that opened the dialog, so they are there at the first answers after it closed."""
        self.day.wait_window("QFileDialog", "the file dialog")
        self.screen.key("ctrl+a")
        self.screen.type(str(path))
        self.screen.key("Return")
        state = self.app.wait(lambda s: pv.window_named(s, "QFileDialog") is None
                              and done(s["main_windows"][0]), what)
        return state["main_windows"][0]

    def read_in_dialog(self, name: str, path: Path) -> dict[str, Any]:
        """The import dialog ``name``: the path typed into its field, Enter, read."""
        dialog = self.day.wait_window(name, f"the {name}")
        self.screen.click(*pv.centre(pv.widget(dialog, "file_edit")["rect"]))
        self.screen.type(str(path))
        self.screen.key("Return")
        return self.app.wait(lambda s: (d := pv.window_named(s, name)) is not None
                             and pv.widget(d, "import_button")["enabled"], f"{path.name} read")

    def import_in_dialog(self, name: str, index: int) -> dict[str, Any]:
        dialog = pv.window_named(self.app.state(), name)
        assert dialog is not None
        self.screen.click(*pv.centre(pv.widget(dialog, "import_button")["rect"]))
        self.wait_document(lambda w: w["session"]["stack"]["index"] == index,
                           "the import pushed as one undo step")
        return self.day.wait_window(name, "the import's report")

    def close_dialog(self, name: str) -> None:
        self.screen.key("Escape")
        self.day.wait_gone(name, f"the {name} to close")

    @staticmethod
    def combo_in_row(dialog: dict[str, Any], row_of: dict[str, Any]) -> list[dict[str, Any]]:
        """The combo boxes on the same table row as ``row_of``, left to right."""
        middle = row_of["rect"][1] + row_of["rect"][3] / 2
        return sorted((w for w in dialog["widgets"] if w["class"] == "QComboBox"
                       and w["rect"][1] <= middle <= w["rect"][1] + w["rect"][3]),
                      key=lambda w: w["rect"][0])

    def choose_in(self, combo: dict[str, Any], wanted: str) -> None:
        """Open a combo box with a click and pick ``wanted`` with the arrow keys."""
        index = combo["choices"].index(wanted)
        self.screen.click(*pv.centre(combo["rect"]))
        self.screen.key("Home")
        for _ in range(index):
            self.screen.key("Down")
        self.screen.key("Return")
        rect = combo["rect"]
        self.app.wait(lambda s: any(w["rect"] == rect and w["text"] == wanted
                                    for win in s["windows"] for w in win["widgets"]),
                      f"the combo to show {wanted!r}")

    # 1. Metrics ------------------------------------------------------------------------

    def import_metrics(self) -> None:
        path = self.files / "cijfers-september.csv"
        path.write_bytes(METRICS.replace("\n", "\r\n").encode("cp1252"))  # Excel's "CSV"
        before = pv.model_of(self.window())
        self.file_menu("Importeren", "Cijfers…")
        state = self.read_in_dialog("metrics_dialog", path)
        dialog = pv.window_named(state, "metrics_dialog")
        assert dialog is not None
        # The guessed mapping: the first column names the touchpoint, the four others are
        # figures (Dutch names of the known metrics; the last one the team's own).
        texts = [w["text"] for w in dialog["widgets"] if w["class"] == "QComboBox"]
        for shown in ("Contactmoment", "NPS", "CSAT", "Wachttijd",
                      f"“{OWN_METRIC}” (eigen cijfer)"):
            assert shown in texts, texts
        own = next(w for w in dialog["widgets"] if w["text"] == f"“{OWN_METRIC}” (eigen cijfer)")
        direction = self.combo_in_row(dialog, own)[-1]
        assert direction["text"] == "beter", direction  # the guess; complaints: fewer is better
        self.day.shot("metrics-mapping-guessed")
        self.choose_in(direction, "slechter")
        self.day.shot("metrics-mapping-checked")
        dialog = self.import_in_dialog("metrics_dialog", 1)
        report = pv.widget(dialog, "import_status")["text"]
        assert "geïmporteerd" in report and "NPS" in report, report
        self.day.shot("metrics-imported")
        self.close_dialog("metrics_dialog")
        window = self.day.wait_main(lambda w: len(w["canvas"]["measured"]["badges"]) >= 6,
                                    "the badges on the canvas")
        assert "Cijfers geïmporteerd" in window["status"], window["status"]
        badges = window["canvas"]["measured"]["badges"]
        phone = pv.card_by_title(window, "Boekt telefonisch")
        assert "NPS −5" in badges[phone]["text"], badges[phone]
        assert pv.model_of(window) == before  # figures only: no card, arrow or score changed
        self.day.shot("badges-on-the-canvas")
        # One undo step: Ctrl+Z takes every badge away, Ctrl+Y brings them all back.
        self.day.focus_canvas()
        self.screen.key("ctrl+z")
        self.day.wait_main(lambda w: w["session"]["stack"]["index"] == 0
                           and not w["canvas"]["measured"]["badges"], "Ctrl+Z: no badge left")
        self.day.shot("metrics-undone")
        self.screen.key("ctrl+y")
        window = self.day.wait_main(lambda w: w["session"]["stack"]["index"] == 1
                                    and w["canvas"]["measured"]["badges"] == badges,
                                    "Ctrl+Y: every badge back")

    # 2. A survey -----------------------------------------------------------------------

    def import_survey(self) -> None:
        path = self.files / "enquete-klanten.csv"
        path.write_text(_survey_text(), encoding="utf-8-sig")  # Excel's "CSV UTF-8"
        self.file_menu("Importeren", "Enquête…")
        state = self.read_in_dialog("survey_dialog", path)
        dialog = pv.window_named(state, "survey_dialog")
        assert dialog is not None
        columns = [i["text"] for i in pv.widget(dialog, "touchpoint_columns")["items"]]
        assert columns[2:] == SURVEY_TOUCHPOINTS, columns
        self.day.shot("survey-mapping")
        dialog = self.import_in_dialog("survey_dialog", 2)
        report = pv.widget(dialog, "import_status")["text"]
        assert report.startswith("96 antwoorden") and "aanname" in report, report
        self.day.shot("survey-imported")
        self.close_dialog("survey_dialog")
        window = self.day.wait_main(lambda w: w["canvas"]["measured"]["curves"],
                                    "the measured curve")
        curves = window["canvas"]["measured"]["curves"]
        mail = pv.card_by_title(window, "Ontvangt bevestiging per mail")
        flagged = {p["anchor"] for c in curves for p in c["points"] if p["flagged"]}
        assert mail in flagged, curves
        assert all(p["n"] == 12 for c in curves for p in c["points"]), curves
        # The analysis panel, shown by the import, opens at its "Measured" section: the
        # flagged touchpoint is listed under "check these assumptions", on screen.
        state = self.app.wait(self.flags_in_view, "the flags in view in the analysis panel")
        items = self.panel_items(state)
        assert any(t.startswith("Ontvangt bevestiging per mail (Esther Visser)") for t in items)
        self.day.shot("measured-curve-and-flags")

    @staticmethod
    def panel_items(state: dict[str, Any]) -> dict[str, list[int]]:
        return {i["text"]: i["rect"] for win in state["windows"] for w in win["widgets"]
                if w["class"] == "FitTree" for i in w.get("items", [])}

    def flags_in_view(self, state: dict[str, Any]) -> bool:
        docks = [w for win in state["windows"] for w in win["widgets"]
                 if w["name"] == "analysis_dock"]
        items = self.panel_items(state)
        flag = next((rect for text, rect in items.items()
                     if text.startswith("Ontvangt bevestiging per mail")), None)
        heading = items.get("Controleer deze aannames")
        return bool(docks and flag and heading and pv.inside(heading, docks[0]["rect"])
                    and pv.inside(flag, docks[0]["rect"]))

    # 3. A metrics lane -----------------------------------------------------------------

    def add_metrics_lane(self) -> None:
        window = self.window()
        lanes = pv.journey(window)["lanes"]
        kpis = pv.lane_of_type(window, "kpis")
        self.screen.click(*pv.centre(window["canvas"]["lanes"][kpis]), button=3)
        self.pick("Cijferbaan eronder toevoegen")
        self.day.wait_main(lambda w: len(pv.journey(w)["lanes"]) == len(lanes) + 1
                           and w["canvas"]["editing"], "the new lane's title open for typing")
        self.screen.key("Return")  # "Cijfers" is a fine name
        window = self.day.wait_main(lambda w: not w["canvas"]["editing"]
                                    and w["canvas"]["measured"]["metrics_lane"],
                                    "a metrics lane with the figures")
        added = [lane for lane in pv.journey(window)["lanes"] if lane not in lanes]
        assert [title for _id, title, _kind in added] == ["Cijfers"], added
        listed = [line for lines in window["canvas"]["measured"]["metrics_lane"].values()
                  for line in lines]
        assert any(line.startswith("Boekt telefonisch: NPS −5") for line in listed), listed
        assert any(line.startswith("Aankoop: NPS 18") for line in listed), listed
        self.day.shot("metrics-lane")

    # 4. The poster -----------------------------------------------------------------------

    def export_poster(self) -> None:
        day, poster = self.day, self.app.home / "poster-gemeten.pdf"
        self.day.focus_canvas()
        self.screen.key("ctrl+e")
        dialog = day.wait_window("export_dialog", "the export dialog")
        day.set_text(dialog, "path_edit", str(poster))
        day.choose(dialog, "paper_combo", "A0")
        day.choose(dialog, "tile_combo", 0)
        dialog = day.wait_window("export_dialog", "the export dialog")
        check = pv.widget(dialog, "analysis_check")
        if not check["checked"]:
            self.screen.click(*pv.centre(check["rect"]))
            self.app.wait(lambda s: pv.widget(pv.window_named(s, "export_dialog"),
                                              "analysis_check")["checked"],
                          "the analysis page ticked")
        self.app.wait(lambda s: any(w["text"].startswith("Pagina 1 van 2")
                                    for w in pv.window_named(s, "export_dialog")["widgets"]),
                      "the preview to count the analysis page")
        day.shot("export-a0-with-analysis")
        self.screen.click(*pv.centre(pv.widget(dialog, "export_button")["rect"]))
        day.wait_window("export_finished_box", "the export to finish", timeout=120)
        day.wait_file(poster)
        day.shot("export-done")
        self.screen.key("Escape")
        day.wait_gone("export_dialog", "the export dialog to close")
        pages = pdf_pages(poster)
        assert len(pages) >= 2, pages  # the poster and its analysis page
        text = subprocess.run(["pdftotext", "-layout", str(poster), "-"], capture_output=True,
                              text=True, check=True, timeout=120).stdout
        poster_text, analysis_text = text.split("\f")[0], "\f".join(text.split("\f")[1:])
        for wanted in ("Cijfers", "NPS −5", "NPS 41", OWN_METRIC):
            assert wanted in poster_text, (wanted, poster_text[:3000])
        assert "Ontvangt bevestiging per mail" in analysis_text, analysis_text[:3000]
        assert "Controleer deze aannames" in analysis_text, analysis_text[:3000]
        subprocess.run(["pdftoppm", "-png", "-r", "20", "-f", "1", "-l", "2", str(poster),
                        str(day.folder / "poster-gemeten")], check=True, timeout=120,
                       capture_output=True)

    # 5. The content, out and back ------------------------------------------------------

    def content_round_trip(self) -> None:
        sheet = self.files / "inhoud-schoonmaak.csv"
        index = self.stack_index()
        before = pv.model_of(self.window())
        measured = self.window()["canvas"]["measured"]
        self.file_menu("Inhoud exporteren", "Inhoud als CSV…")
        window = self.type_into_file_dialog(
            sheet, lambda w: w["status"] == f"{sheet.name} opgeslagen.", "the sheet saved")
        assert sheet.is_file()
        self.file_menu("Importeren", "Inhoudsblad (CSV/XLSX)…")
        window = self.type_into_file_dialog(
            sheet, lambda w: "niets veranderd" in w["status"], "the sheet read back unchanged")
        assert window["session"]["stack"]["index"] == index and pv.model_of(window) == before
        assert window["canvas"]["measured"] == measured  # figures, curves, lane: the same
        self.day.shot("content-read-back-unchanged")
        # In "Excel": one card's title edited, the sheet saved as it was (";" and all).
        old, new = EDITED
        text = sheet.read_text(encoding="utf-8-sig")
        rows = list(csv.reader(io.StringIO(text), delimiter=";"))
        title = rows[0].index("title")
        edited = [row for row in rows[1:] if row[title] == old]
        assert len(edited) == 1, edited
        edited[0][title] = new
        out = io.StringIO()
        csv.writer(out, delimiter=";", lineterminator="\r\n").writerows(rows)
        sheet.write_text(out.getvalue(), encoding="utf-8-sig")
        card = pv.card_by_title(window, old)
        self.file_menu("Importeren", "Inhoudsblad (CSV/XLSX)…")
        window = self.type_into_file_dialog(
            sheet, lambda w: "bijgewerkt" in w["status"], "the edited sheet imported")
        assert window["session"]["stack"]["index"] == index + 1  # one undo step
        assert "1 kaart bijgewerkt, 0 kaarten toegevoegd" in window["status"], window["status"]
        after = pv.journey(window)["cards"]
        assert after[card]["title"] == new
        renamed, journey_title = pv.model_of(window), pv.journey(window)["title"]
        changed = set(before[journey_title]["cards"]) ^ set(renamed[journey_title]["cards"])
        assert {c[0] for c in changed} == {old, new}, changed
        self.day.shot("content-title-changed")
        self.day.focus_canvas()
        self.screen.key("ctrl+z")
        window = self.day.wait_main(lambda w: w["session"]["stack"]["index"] == index,
                                    "Ctrl+Z: the sheet's change undone")
        assert pv.model_of(window) == before
        texts = {node: badge["text"] for node, badge in measured["badges"].items()}
        assert {node: badge["text"] for node, badge in
                window["canvas"]["measured"]["badges"].items()} == texts
        self.day.shot("content-change-undone")


def test_a_measured_journey_in_the_real_window(tmp_path: Path) -> None:
    if missing_commands():
        pytest.fail(f"the real-window tests need {missing_commands()}: run scripts/run-tests")
    folder = _folder()
    screen = XScreen(1280, 800, folder).start()
    app = AppUnderTest(screen, tmp_path, "nl")
    day = WorkshopDay(screen, app, folder)
    files = tmp_path / "bestanden"
    files.mkdir()
    journey = MeasuredJourney(day, files)
    try:
        day.start()
        journey.import_metrics()
        journey.import_survey()
        journey.add_metrics_lane()
        journey.export_poster()
        journey.content_round_trip()
        day.assert_clean_stderr()
    finally:
        app.kill()
        screen.stop()
        for name in app.folder.glob("app-std*.log"):
            shutil.copy(name, folder / name.name)
