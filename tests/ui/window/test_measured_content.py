"""File › Import › Content Sheet / Mermaid in a real window (issue 19 review): an exported
sheet comes back as ONE undo step that updates the cards it names, a Mermaid diagram as a
new tab with a title of its own that becomes the current one."""

from __future__ import annotations

import pytest

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
    assert f": {cards} card" in message and "updated, 0 card" in message and "added" in message


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
