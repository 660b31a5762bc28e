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
