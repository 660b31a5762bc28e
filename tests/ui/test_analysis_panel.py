"""The analysis dock on the cleaning sample: known facts, clicks that highlight, live updates."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from klantreis_desktop.model import kinds as k
from klantreis_desktop.model import operations as ops
from klantreis_desktop.model.journeys import duplicate_journey
from klantreis_desktop.templates import build_sample
from klantreis_desktop.ui.commands import push
from klantreis_desktop.ui.docks.analysis_panel import ZERO_CELL, AnalysisPanel
from klantreis_desktop.ui.session import DocumentSession

WAIT_MS = 10_000  # a ceiling, not a timing assertion


@pytest.fixture
def session(qtbot):
    made = DocumentSession(build_sample("schoonmaak", "en"))
    yield made
    made.close()


@pytest.fixture
def panel(qtbot, session):
    widget = AnalysisPanel()
    qtbot.addWidget(widget)
    widget.resize(380, 900)
    widget.set_session(session)
    widget.set_journey(session.doc.journeys()[0])
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _texts(panel: AnalysisPanel) -> list[str]:
    return [text for text, _ in panel.entries()]


def _card(doc, title: str) -> str:
    return next(n for n in doc.cards(doc.journeys()[0]) if doc.title(n) == title)


def test_shows_the_known_facts_of_the_sample(panel, session):
    texts = _texts(panel)
    assert panel.title_label.text() == "Move-out cleaning – current journey"
    assert "Lowest -2: Team arrives — on time?" in texts
    assert "Lowest -2: Pays via a payment link" in texts
    assert any(t.startswith("Swing -4: Receives confirmation email") for t in texts)
    assert "Moment of truth (-2): Team arrives — on time?" in texts
    assert "Used in one phase only: Phone" in texts
    assert "Dead end: Email: was everything all right?" in texts
    assert "4 of 4 paths reach the last phase “Service & use”" in texts
    service = texts.index("Service & use")
    assert texts[service + 1].startswith("1. Team 40 minutes late")
    quick = [panel.opportunities["quick_win"].topLevelItem(i).text(0)
             for i in range(panel.opportunities["quick_win"].topLevelItemCount())]
    assert quick[0] == "Text message: ‘we’re on our way’ (short)"
    assert panel.opportunities["big_bet"].topLevelItem(0).text(0).endswith("(long)")
    assert not panel.comparison.isVisible()  # the sample has no ideal journey


def test_matrix_counts_and_highlights_empty_cells(panel, session):
    table = panel.matrix
    rows = [table.verticalHeaderItem(r).text() for r in range(table.rowCount())]
    columns = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert columns == ["Awareness", "Orientation", "Purchase", "Service & use"]
    phone = table.item(rows.index("Phone"), columns.index("Purchase"))
    assert phone.text() == "2"
    assert phone.background().color() != ZERO_CELL
    empty = table.item(rows.index("Phone"), columns.index("Awareness"))
    assert empty.text() == "0"
    assert empty.background().color() == ZERO_CELL


def test_clicking_an_entry_emits_its_element_ids(panel, session, qtbot):
    tree = panel.flow
    item = tree.topLevelItem(0)
    assert item.text(0).startswith("Dead end")
    point = tree.visualItemRect(item).center()
    with qtbot.waitSignal(panel.highlight, timeout=WAIT_MS) as signal:
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert signal.args[0] == [_card(session.doc, "Email: was everything all right?")]


def test_clicking_a_matrix_cell_emits_its_touchpoints(panel, session, qtbot):
    table = panel.matrix
    rows = [table.verticalHeaderItem(r).text() for r in range(table.rowCount())]
    row, column = rows.index("Phone"), 2  # Phone × Purchase: two touchpoints
    point = table.visualItemRect(table.item(row, column)).center()
    with qtbot.waitSignal(panel.highlight, timeout=WAIT_MS) as signal:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    doc = session.doc
    assert len(signal.args[0]) == 2
    assert all(doc.kind(n) == k.TOUCHPOINT for n in signal.args[0])


def test_updates_after_an_edit_on_the_undo_stack(panel, session, qtbot):
    doc = session.doc
    pain = _card(doc, "Team 40 minutes late, no message")
    push(session.stack, doc, ops.update(doc, pain, title="Team an hour late"))
    qtbot.waitUntil(lambda: any("Team an hour late" in t for t in _texts(panel)),
                    timeout=WAIT_MS)
    session.stack.undo()
    qtbot.waitUntil(lambda: any("Team 40 minutes late" in t for t in _texts(panel)),
                    timeout=WAIT_MS)


def test_shows_current_versus_ideal_when_the_document_has_a_pair(panel, session, qtbot):
    doc = session.doc
    current = doc.journeys()[0]
    change = duplicate_journey(doc, current, "Move-out cleaning – ideal")
    push(session.stack, doc, change)
    ideal = ops.created_id(change)
    push(session.stack, doc, ops.update(doc, ideal, scenario="ideal"))
    late = next(n for n in doc.cards(ideal) if doc.title(n) == "Team arrives — on time?")
    push(session.stack, doc, ops.remove(doc, late))
    qtbot.waitUntil(lambda: panel.comparison.isVisible(), timeout=WAIT_MS)
    texts = _texts(panel)
    assert "Dropped: Team arrives — on time?" in texts


def test_no_session_or_journey_shows_a_hint(panel, session):
    panel.set_journey(None)
    assert panel.analysis is None
    assert panel.empty_label.text() == "Choose a journey to see its analysis."
    panel.set_session(None)
    assert panel.empty_label.text() == "Open a journey to see its analysis."
    assert panel.entries() == []


def test_typing_is_analysed_once_after_the_pause(panel, session, qtbot):
    doc = session.doc
    pain = _card(doc, "Team 40 minutes late, no message")
    before = panel.analyses_run
    for text in ("T", "Te", "Tea", "Team", "Team l", "Team late"):
        push(session.stack, doc, ops.update(doc, pain, title=text), merge_key=f"title:{pain}")
    assert panel.analyses_run == before  # nothing yet: the timer waits for a pause
    qtbot.waitUntil(lambda: any("1. Team late —" in t for t in _texts(panel)),
                    timeout=WAIT_MS)
    assert panel.analyses_run == before + 1
    assert session.stack.count() == 1


def test_a_hidden_panel_analyses_when_it_is_shown(qtbot, session):
    widget = AnalysisPanel()
    qtbot.addWidget(widget)
    widget.set_session(session)
    widget.set_journey(session.doc.journeys()[0])
    doc = session.doc
    push(session.stack, doc, ops.update(doc, _card(doc, "Team 40 minutes late, no message"),
                                        title="Late again"))
    qtbot.wait(600)  # longer than the debounce
    assert widget.analyses_run == 0 and widget.stale and widget.entries() == []
    widget.show()
    assert widget.analyses_run == 1 and not widget.stale
    assert any(t.startswith("1. Late again") for t in _texts(widget))


def test_long_entries_wrap_in_a_narrow_panel(panel, session, qtbot):
    doc = session.doc
    pain = _card(doc, "Team 40 minutes late, no message")
    long_title = " ".join(["The cleaning team arrived much later than promised"] * 3)
    push(session.stack, doc, ops.update(doc, pain, title=long_title))
    panel.resize(260, 900)
    qtbot.waitUntil(lambda: any(long_title in t for t in _texts(panel)), timeout=WAIT_MS)
    tree = panel.pains
    items = tree.all_items()
    long_item = next(i for i in items if long_title in i.text(0))
    one_line = next(i for i in items if i.parent() is None)  # a phase title
    qtbot.waitUntil(lambda: tree.visualItemRect(long_item).height()
                    > 2 * tree.visualItemRect(one_line).height(), timeout=WAIT_MS)
    assert long_item.toolTip(0) == long_item.text(0)  # and the whole text on hover
    assert tree.height() >= sum(tree.visualItemRect(i).height() for i in items)
