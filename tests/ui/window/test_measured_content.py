"""File › Import › Content Sheet / Mermaid in a real window (issue 19 review): an exported
sheet comes back as ONE undo step that updates the cards it names, a Mermaid diagram as a
new tab with a title of its own that becomes the current one."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from klantreis_desktop.analysis.sheets import read_table
from klantreis_desktop.model import operations as ops
from klantreis_desktop.ui.window.measured_menu import content_bytes


@pytest.mark.parametrize("kind, suffix", [("csv", ".csv"), ("xlsx", ".xlsx")])
def test_a_sheet_from_this_document_updates_its_cards(window, tmp_path, kind, suffix):
    session, journey = window.session, window.tabs.current_journey()
    doc = session.doc
    cards = len(doc.cards(journey))
    path = tmp_path / f"inhoud{suffix}"
    path.write_bytes(content_bytes(doc, journey, kind))
    card = doc.cards(journey)[0]
    title = doc.title(card)
    session.push(ops.update(doc, card, title="Changed after the export"))
    steps = session.stack.count()
    assert window.measured.import_content(path, quiet=True) is None
    assert len(doc.cards(journey)) == cards and doc.journeys() == window.tabs.journeys()
    assert doc.title(card) == title and session.stack.count() == steps + 1
    session.stack.undo()
    assert doc.title(card) == "Changed after the export"
    message = window.statusBar().currentMessage()
    assert ": 1 card updated, 0 cards added" in message  # only the card that changed


@pytest.mark.parametrize("kind, suffix", [("csv", ".csv"), ("xlsx", ".xlsx")])
def test_an_unchanged_sheet_keeps_sources_and_dates_and_makes_no_undo_step(
        window, tmp_path, monkeypatch, kind, suffix):
    """Defects 1 and 13 of the issue 19 review: the sheet carries no figure's source or
    date, so reading it back must not wipe them; a row deleted from the sheet is named."""
    from PySide6.QtWidgets import QMessageBox

    from klantreis_desktop.model import measures as m

    session, journey = window.session, window.tabs.current_journey()
    doc = session.doc
    card = next(c for c in doc.cards(journey) if doc.kind(c) == "touchpoint")
    session.push(m.update_metrics(doc, journey, {card: [
        m.MetricValue("nps", 30.0, source="Enquête Q3", date="2026-10-01", n=80)]}))
    figures = m.metrics_of(doc, card)
    path = tmp_path / f"inhoud{suffix}"
    path.write_bytes(content_bytes(doc, journey, kind))
    steps = session.stack.count()
    assert window.measured.import_content(path, quiet=True) is None
    assert session.stack.count() == steps and m.metrics_of(doc, card) == figures
    assert "nothing changed" in window.statusBar().currentMessage()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        staticmethod(lambda _parent, _title, text: shown.append(text)))
    header, rows = (table := read_table(path)).header, table.rows
    at = header.index("id")
    shorter = tmp_path / "zonder-een-rij.csv"
    with shorter.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out, delimiter=";").writerows([header, *(r for r in rows if r[at] != card)])
    assert window.measured.import_content(shorter) is None
    # Review s6 #9: the notice names the card it kept.
    assert shown == ["1 card of the journey is not in the sheet and was kept: "
                     f"“{doc.title(card)}”."]
    assert card in doc and m.metrics_of(doc, card) == figures


def test_kept_cards_are_named_a_few_then_how_many_more():
    from klantreis_desktop.export.content_messages import not_in_sheet_text

    assert not_in_sheet_text(["A", "B"]) == (
        "2 cards of the journey are not in the sheet and were kept: “A”, “B”.")
    assert not_in_sheet_text(list("ABCDEFG")) == (
        "7 cards of the journey are not in the sheet and were kept: “A”, “B”, “C” and 4 more.")


def test_a_figure_changed_in_the_sheet_is_said_and_names_the_sheet(window, tmp_path):
    """Review s6 #2: a value edited in the sheet takes the sheet as its source and the
    import's date, and the status bar says how many figures changed."""
    import datetime

    from klantreis_desktop.export import content_sheet
    from klantreis_desktop.model import measures as m

    session, journey = window.session, window.tabs.current_journey()
    doc = session.doc
    card = next(c for c in doc.cards(journey) if doc.kind(c) == "touchpoint")
    session.push(m.update_metrics(doc, journey, {card: [
        m.MetricValue("nps", 19.0, source="metrics-en.xlsx", date="2026-11-15", n=80)]}))
    header, rows = content_sheet.content_rows(doc, [journey])
    at = {name: i for i, name in enumerate(header)}
    next(r for r in rows if r[at["id"]] == card)[at["metric_nps"]] = 25
    path = tmp_path / "rt-edit.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out, delimiter=";").writerows([header, *rows])
    assert window.measured.import_content(path, quiet=True) is None
    value = m.metric_value(doc, card, "nps")
    today = datetime.date.today().isoformat()
    assert value is not None and (value.value, value.source, value.date, value.n) == (
        25.0, "rt-edit.csv", today, 0)
    assert ("1 figure changed; it now names rt-edit.csv as its source, dated " + today
            in window.statusBar().currentMessage())


def test_a_mermaid_diagram_becomes_the_current_tab_with_a_distinct_title(window, tmp_path):
    session, journey = window.session, window.tabs.current_journey()
    doc = session.doc
    path = tmp_path / "reis.mmd"
    path.write_bytes(content_bytes(doc, journey, "mermaid"))
    before = doc.journeys()
    assert window.measured.import_content(path, quiet=True) is None
    (added,) = [j for j in doc.journeys() if j not in before]
    assert window.tabs.current_journey() == added
    assert doc.title(added) == doc.title(journey) + " (2)"
    titles = [doc.title(j) for j in doc.journeys()]
    assert len(set(titles)) == len(titles)


def test_file_dialogs_start_in_the_documents_folder_then_the_last_one(window, tmp_path,
                                                                      monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from klantreis_desktop.ui.importing.folders import LAST_FOLDER

    elsewhere = tmp_path / "elders"
    elsewhere.mkdir()
    asked: list[str] = []

    def answer(chosen: str):
        def dialog(_parent, _title, start, _filter="", *args, **kwargs):
            asked.append(start)
            return chosen, ""
        return dialog

    sheet = elsewhere / "inhoud.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer(str(sheet))))
    assert window.measured.export_content("csv") == sheet
    assert asked[-1].startswith(str(window.session.path.parent) + "/")  # the document's
    assert window.settings.get(LAST_FOLDER) == str(elsewhere)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(answer("")))
    window.measured.import_content_sheet()
    assert asked[-1] == str(elsewhere)  # the folder used last


def test_a_refused_sheet_says_nothing_was_imported_once_and_lists_every_problem(
        window, tmp_path):
    """Review, defect 14: the heading came twice and only the row's first problem."""
    from klantreis_desktop.export import content_sheet

    journey = window.tabs.current_journey()
    header, rows = content_sheet.content_rows(window.session.doc, [journey])
    header.append("metric_csat")
    rows = [[*row, ""] for row in rows]
    rows[0][header.index("votes")] = "1000000000"
    rows[0][header.index("metric_csat")] = "1000000000"
    path = tmp_path / "inhoud.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out, delimiter=";").writerows([header, *rows])
    text = window.measured.import_content(path, quiet=True)
    assert text is not None and text.count("Nothing was imported") == 1, text
    assert "Row 2, column “votes”" in text and "Row 2, column “metric_csat”" in text, text


def test_a_content_export_starts_in_the_documents_folder(window, tmp_path, monkeypatch):
    """Review s6 #11: Export Content › Content as CSV… opened in the event log's folder
    (the data folder used last), not the document's; without a document folder it
    starts where the last export went."""
    from PySide6.QtWidgets import QFileDialog

    from klantreis_desktop.ui.importing.folders import LAST_FOLDER, remember_folder

    logs = tmp_path / "evlogs"
    logs.mkdir()
    remember_folder(window, logs / "log-1000000.csv")  # an event log was chosen last
    assert window.settings.get(LAST_FOLDER) == str(logs)
    asked: list[str] = []
    target = tmp_path / "out" / "inhoud.csv"
    target.parent.mkdir()

    def save_name(_parent, _title, start, _filter):
        asked.append(start)
        return str(target), _filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    assert window.session.path is not None
    assert window.measured.export_content("csv") == target
    assert Path(asked[-1]).parent == window.session.path.parent
    window.session.path = None  # a document never saved: the last export's folder
    assert window.measured.export_content("csv") == target
    assert Path(asked[-1]).parent == target.parent


def test_a_sheet_that_changes_only_a_phase_figure_says_no_card_changed(window, tmp_path):
    """Left from review s6: a sheet that changed only a phase's figure said "0 cards
    updated, 0 cards added" before the figure line."""
    from klantreis_desktop.model import measures as m

    session, journey = window.session, window.tabs.current_journey()
    doc = session.doc
    phase = doc.phases(journey)[0]
    session.push(m.update_metrics(doc, journey, {phase: [m.MetricValue("volume", 100.0)]}))
    path = tmp_path / "inhoud.csv"
    path.write_bytes(content_bytes(doc, journey, "csv").replace(b"100", b"120", 1))
    assert window.measured.import_content(path, quiet=True) is None
    figure = m.metric_value(doc, phase, "volume")
    assert figure is not None and figure.value == 120.0
    message = window.statusBar().currentMessage()
    assert "inhoud.csv: no card changed (one undo step). 1 figure changed" in message, message
    assert "0 cards" not in message
