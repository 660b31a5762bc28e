"""The workshop companion in a real main window: agenda, votes, tools, F5, empathy map."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtTest import QTest

from klantreis_desktop import storage, templates
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model import workshop as ws
from klantreis_desktop.settings import Settings
from klantreis_desktop.ui import presenting
from klantreis_desktop.ui.presenting import PresentationWindow
from klantreis_desktop.ui.window.main_window import WINDOWS, MainWindow
from klantreis_desktop.ui.workshop import Workshop, install
from klantreis_desktop.ui.workshop.empathy import EmpathyScreen


@pytest.fixture
def workshop(qtbot: Any, tmp_path: Path) -> Iterator[Workshop]:
    doc = templates.build_sample("schoonmaak", "en")
    path = tmp_path / "sample.klantreis"
    storage.save(doc, path)
    window = MainWindow(Settings(tmp_path / "settings.json"))
    window.show()
    assert window.files.open_path(path, wait=True)
    made = install(window)
    yield made
    for shown in list(WINDOWS):
        if shown.session is not None:
            shown.session.stack.setClean()
        shown.close()


def _show_dock(workshop: Workshop, qtbot: Any) -> None:
    """Show the panel's dock: its tab comes to the front just after (see Workshop)."""
    workshop.dock.show()
    qtbot.waitUntil(lambda: workshop._panel is not None and workshop._panel.isVisible()
                    and not workshop._panel.stale, timeout=10000)


def test_agenda_notes_and_ticks_are_saved_and_undoable(workshop: Workshop, qtbot: Any,
                                                        tmp_path: Path) -> None:
    window, panel = workshop.window, workshop.panel
    session = window.session
    assert session is not None
    assert ws.steps(session.doc) == []  # opening a file does not change it
    _show_dock(workshop, qtbot)
    assert ws.steps(session.doc) == []  # nor does looking at the agenda
    assert panel.steps.count() == 9
    panel.steps.setCurrentRow(0)
    panel.notes.setFocus()
    QTest.keyClicks(panel.notes, "Klant geeft 8+")
    first = ws.steps(session.doc)[0]
    assert session.doc.get(first, "notes") == "Klant geeft 8+"
    count = session.stack.count()
    panel.steps.item(0).setCheckState(Qt.CheckState.Checked)
    assert session.doc.get(first, "done") is True and session.stack.count() == count + 1
    assert panel.steps.item(0).checkState() == Qt.CheckState.Checked  # after the refresh
    path = tmp_path / "saved.klantreis"
    storage.save(session.doc, path)
    loaded = storage.load(path)
    (step, *_rest) = ws.steps(loaded)
    assert loaded.get(step, "notes") == "Klant geeft 8+" and loaded.get(step, "done") is True
    session.stack.undo()
    assert session.doc.get(first, "done") is False
    session.stack.undo()  # the typing (and the agenda it made) was one merged step
    assert ws.steps(session.doc) == [] and panel.notes.toPlainText() == ""


def test_votes_count_on_the_card_reset_per_round_and_highlight(workshop: Workshop,
                                                                qtbot: Any) -> None:
    window, panel = workshop.window, workshop.panel
    session, journey = window.session, window.tabs.current_journey()
    assert session is not None and journey is not None
    doc = session.doc
    votable = [c for c in doc.cards(journey) if doc.kind(c) in ws.VOTABLE]
    _show_dock(workshop, qtbot)  # a hidden panel is filled when it is shown
    assert len(votable) >= 2 and panel.votes.count() == len(votable)
    first, second = votable[0], votable[1]
    panel.reset_votes()  # the sample comes with votes of an earlier round
    assert panel.highlight_top() == []
    for _ in range(3):
        assert panel.vote(1, second)
    assert panel.vote(1, first)
    panel.sort_votes()  # the rows stay in place while voting; sorted on request
    assert panel.votes.item(0).data(int(Qt.ItemDataRole.UserRole)) == second
    scene = window.tabs.current_scene()
    assert scene is not None and scene.cards[second].look.votes == 3  # the card's badge
    assert panel.highlight_top(1) == [second]
    assert scene.spotlight == {second} and scene.cards[first].opacity() < 0.5
    assert panel.reset_votes()
    assert doc.get(second, "votes") == 0 and scene.cards[second].look.votes == 0
    session.stack.undo()
    assert doc.get(second, "votes") == 3


def test_the_panel_is_made_when_its_dock_is_first_shown(workshop: Workshop,
                                                         qtbot: Any) -> None:
    window = workshop.window
    assert workshop._panel is None  # not made at start-up
    assert workshop.dock.widget() is None
    _show_dock(workshop, qtbot)
    panel = workshop._panel
    assert panel is not None and workshop.dock.widget() is panel and panel.isVisible()
    doc, journey = window.session.doc, window.tabs.current_journey()
    assert panel.steps.count() == len(ws.STEP_KEYS)  # the default agenda
    assert panel.votes.count() == len([c for c in doc.cards(journey)
                                       if doc.kind(c) in ws.VOTABLE])


def test_the_timer_starts_from_the_menu_before_the_panel_was_shown(workshop: Workshop) -> None:
    action = next(a for a in workshop.menu.actions() if a.shortcut().toString() == "Ctrl+Shift+T")
    action.trigger()
    assert workshop.timer.active() and workshop.timer.dimension() == "Personal"
    assert workshop._panel is not None and not workshop.dock.isVisible()


def test_a_hidden_panel_fills_its_lists_when_shown(workshop: Workshop, qtbot: Any) -> None:
    window, panel = workshop.window, workshop.panel
    session, journey = window.session, window.tabs.current_journey()
    assert session is not None and journey is not None
    doc = session.doc
    assert not workshop.dock.isVisible()
    assert panel.votes.count() == 0 and panel.stale  # nothing listed while nobody sees it
    pain = next(c for c in doc.cards(journey) if doc.kind(c) == k.PAIN)
    assert panel.vote(5, pain)  # an edit while hidden: still not listed
    assert panel.votes.count() == 0
    _show_dock(workshop, qtbot)
    assert not panel.stale
    assert panel.votes.item(0).data(int(Qt.ItemDataRole.UserRole)) == pain  # most votes
    shown_text = panel.votes.item(0).text()
    workshop.dock.hide()
    assert panel.vote(-5, pain)  # back to where it was, while hidden
    assert panel.stale and panel.votes.item(0).text() == shown_text
    _show_dock(workshop, qtbot)
    texts = [panel.votes.item(i).text() for i in range(panel.votes.count())]
    assert shown_text not in texts
    assert any(t.startswith(f"\u25cf {doc.get(pain, 'votes')}   {doc.title(pain)}")
               for t in texts)


def test_each_step_opens_its_tool(workshop: Workshop, qtbot: Any) -> None:
    window = workshop.window
    workshop.open_tool("affinity")
    assert workshop.board is not None and workshop.board.isVisible()
    assert workshop.board.journey == window.tabs.current_journey()
    workshop.open_tool("empathy")
    screens = [w for w in window.findChildren(EmpathyScreen)]
    assert screens and screens[0].isVisible()
    screen = screens[0]
    QTest.keyClicks(screen.fields["feels"], "Opgelucht")
    assert window.session is not None
    assert "Opgelucht" in window.session.doc.get(screen.persona, "feels")
    window.session.stack.undo()
    assert "Opgelucht" not in screen.fields["feels"].toPlainText()
    screen.close()


def test_f5_presents_with_the_timer_overlay_and_votes_by_key(workshop: Workshop,
                                                             qtbot: Any) -> None:
    window = workshop.window
    window.activateWindow()
    workshop.present_action.trigger()
    shown = presenting.showing(window)
    assert isinstance(shown, PresentationWindow) and shown.isVisible()
    overlay = shown.timer_overlay  # type: ignore[attr-defined]
    assert not overlay.isVisible()
    workshop.panel.start_timer()
    assert overlay.isVisible() and workshop.timer.dimension() == "Personal"
    doc, journey = shown.doc, shown.journey
    pain = next(c for c in doc.cards(journey) if doc.kind(c) == k.PAIN)
    before = int(doc.get(pain, "votes"))
    shown.scene.select_ids([pain])
    shown.view.setFocus()
    QTest.keyClick(shown.view, Qt.Key.Key_Plus)
    QTest.keyClick(shown.view, Qt.Key.Key_Plus)
    QTest.keyClick(shown.view, Qt.Key.Key_Plus)
    QTest.keyClick(shown.view, Qt.Key.Key_Minus)
    assert doc.get(pain, "votes") == before + 2
    assert shown.scene.cards[pain].look.votes == before + 2
    QTest.keyClick(shown.view, Qt.Key.Key_Escape)  # spotlight of the selection
    QTest.keyClick(shown.view, Qt.Key.Key_Escape)
    assert not shown.isVisible()
    # The timer goes on ticking after the presentation deleted itself: it used to call
    # into the deleted overlay, now and then during a later test (a flaky failure).
    # Delete it now and tick by hand, so any such call fails here, every time.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert presenting.showing(window) is None
    workshop.timer.tick()
    workshop.timer.skip()
    workshop.timer.stop()


def test_a_board_opened_during_a_round_takes_its_dimension(workshop: Workshop) -> None:
    workshop.timer.start(["Persoonlijk", "Snel"], 120)
    try:
        board = workshop.show_board()
        assert board is not None
        assert board.dimension.currentText() == "Persoonlijk"
    finally:
        workshop.timer.stop()
