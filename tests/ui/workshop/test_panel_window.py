"""The workshop panel in a real main window at projector size: viewing a file leaves it
unmodified, the dock leaves the inspector usable and shows all nine steps, and the vote
list keeps its rows in place while people vote."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from klantreis_desktop.model import workshop as ws
from klantreis_desktop.ui.workshop import Workshop
from tests.ui.workshop.sample_window import close_every_window, open_sample_workshop

ROLE_ID = int(Qt.ItemDataRole.UserRole)


@pytest.fixture
def workshop(qtbot: Any, tmp_path: Path) -> Iterator[Workshop]:
    """A main window of 1280 × 800 (a projector) with the Dutch sample, saved and opened."""
    made = open_sample_workshop(qtbot, tmp_path, "nl")
    yield made
    close_every_window()


def _panel_action(workshop: Workshop) -> Any:
    (action,) = [a for a in workshop.menu.actions()
                 if a.shortcut().toString() == "Ctrl+Shift+W"]
    return action


def _show_panel(workshop: Workshop, qtbot: Any) -> None:
    window = workshop.window
    window.activateWindow()
    _panel_action(workshop).trigger()
    qtbot.waitUntil(lambda: workshop._panel is not None and workshop.panel.isVisible(),
                    timeout=10000)
    QApplication.processEvents()


def test_showing_the_panel_leaves_a_saved_file_unmodified(workshop: Workshop, qtbot: Any,
                                                          monkeypatch: Any) -> None:
    window = workshop.window
    session = window.session
    assert session is not None and session.stack.isClean()
    _show_panel(workshop, qtbot)
    panel = workshop.panel
    assert panel.steps.count() == len(ws.STEP_KEYS)  # the default agenda is shown ...
    assert ws.steps(session.doc) == []  # ... but not added to the document
    assert session.stack.count() == 0 and session.stack.isClean()
    assert not window.isWindowModified()
    panel.steps.setCurrentRow(3)  # looking at a step changes nothing either
    assert session.stack.isClean()
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or 0)
    assert window.close()
    assert asked == []


def test_the_first_note_makes_the_agenda_in_the_same_undo_step(workshop: Workshop,
                                                                qtbot: Any) -> None:
    session = workshop.window.session
    assert session is not None
    _show_panel(workshop, qtbot)
    panel = workshop.panel
    panel.steps.setCurrentRow(1)
    panel.notes.setFocus()
    QTest.keyClicks(panel.notes, "Enquete")
    steps = ws.steps(session.doc)
    assert [session.doc.get(s, "step") for s in steps] == list(ws.STEP_KEYS)
    assert session.doc.get(steps[1], "notes") == "Enquete"
    assert session.stack.count() == 1  # agenda and typing: one step
    assert panel.current_step() == steps[1] and panel.notes.toPlainText() == "Enquete"
    panel.steps.item(4).setCheckState(Qt.CheckState.Checked)
    assert session.doc.get(steps[4], "done") is True and session.stack.count() == 2
    session.stack.undo()
    session.stack.undo()
    assert ws.steps(session.doc) == [] and session.stack.isClean()
    assert panel.steps.count() == len(ws.STEP_KEYS) and panel.notes.toPlainText() == ""


def test_a_tick_on_the_default_agenda_is_one_undo_step(workshop: Workshop, qtbot: Any) -> None:
    session = workshop.window.session
    assert session is not None
    _show_panel(workshop, qtbot)
    workshop.panel.steps.item(0).setCheckState(Qt.CheckState.Checked)
    (first, *_rest) = ws.steps(session.doc)
    assert session.doc.get(first, "done") is True and session.stack.count() == 1
    assert workshop.panel.steps.item(0).checkState() == Qt.CheckState.Checked
    session.stack.undo()
    assert ws.steps(session.doc) == []
    assert workshop.panel.steps.item(0).checkState() == Qt.CheckState.Unchecked


def test_at_1280_by_800_the_inspector_stays_usable_and_all_steps_show(
        workshop: Workshop, qtbot: Any) -> None:
    window = workshop.window
    assert window.width() == 1280 and window.height() == 800
    _show_panel(workshop, qtbot)
    panel, inspector = workshop.panel, window.inspector_dock
    assert workshop.dock in window.tabifiedDockWidgets(inspector)
    assert not workshop.dock.visibleRegion().isEmpty()  # its tab is the one in front
    steps = panel.steps
    assert steps.count() == 9
    viewport = steps.viewport().rect()
    for row in range(steps.count()):
        assert viewport.contains(steps.visualItemRect(steps.item(row))), row
    assert steps.verticalScrollBar().maximum() == 0
    assert panel.votes.height() >= 3 * panel.votes.sizeHintForRow(0)
    inspector.raise_()  # the inspector's tab: as wide and tall as the dock area
    QApplication.processEvents()
    assert inspector.width() >= 250 and inspector.height() >= 400
    assert not inspector.visibleRegion().isEmpty()


def _votable(workshop: Workshop) -> list[str]:
    session, journey = workshop.window.session, workshop.window.tabs.current_journey()
    assert session is not None and journey is not None
    return [c for c in session.doc.cards(journey) if session.doc.kind(c) in ws.VOTABLE]


def test_voting_keeps_the_rows_in_place_under_the_mouse(workshop: Workshop,
                                                         qtbot: Any) -> None:
    _show_panel(workshop, qtbot)
    panel = workshop.panel
    doc = workshop.window.session.doc  # type: ignore[union-attr]
    assert panel.reset_votes()
    assert panel.votes.count() == len(_votable(workshop)) >= 4
    order = [panel.votes.item(i).data(ROLE_ID) for i in range(panel.votes.count())]
    row = panel.votes.count() - 1  # the last row: any vote would send it to the top
    panel.votes.scrollToItem(panel.votes.item(row))
    point = panel.votes.visualItemRect(panel.votes.item(row)).center()
    target = panel.votes.item(row).data(ROLE_ID)
    viewport = panel.votes.viewport()
    # Point at the row (QTest's double-click needs the press before it), then give it
    # three dots by double-clicking at the same place.
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    assert doc.get(target, "votes") == 0
    for _ in range(3):
        QTest.mouseDClick(viewport, Qt.MouseButton.LeftButton,
                          Qt.KeyboardModifier.NoModifier, point)
        assert panel.votes.itemAt(point).data(ROLE_ID) == target
    assert doc.get(target, "votes") == 3
    assert sum(int(doc.get(c, "votes") or 0) for c in _votable(workshop)) == 3
    assert [panel.votes.item(i).data(ROLE_ID) for i in range(panel.votes.count())] == order
    assert panel.current_vote_card() == target
    assert panel.votes.item(row).text().startswith("\u25cf 3")


def test_select_a_row_then_plus_one_three_times_and_sort_on_request(workshop: Workshop,
                                                                     qtbot: Any) -> None:
    _show_panel(workshop, qtbot)
    panel = workshop.panel
    doc = workshop.window.session.doc  # type: ignore[union-attr]
    assert panel.reset_votes()
    row = 2
    point = panel.votes.visualItemRect(panel.votes.item(row)).center()
    target = panel.votes.item(row).data(ROLE_ID)
    plus = panel.findChild(type(panel.open_button), "vote_add")
    assert plus is not None
    for _ in range(3):
        QTest.mouseClick(panel.votes.viewport(), Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier, point)
        QTest.mouseClick(plus, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         QPoint(plus.width() // 2, plus.height() // 2))
    assert doc.get(target, "votes") == 3
    assert panel.votes.item(row).data(ROLE_ID) == target
    sort = panel.findChild(type(panel.open_button), "vote_sort")
    assert sort is not None
    sort.click()
    assert panel.votes.item(0).data(ROLE_ID) == target  # most votes first, on request
    assert panel.current_vote_card() == target
    assert panel.highlight_top() == [target]  # only cards with votes are highlighted


def test_highlight_top_3_is_a_toggle_that_follows_the_votes_and_keeps_ties(
        workshop: Workshop, qtbot: Any) -> None:
    _show_panel(workshop, qtbot)
    panel, window = workshop.panel, workshop.window
    scene = window.tabs.current_scene()
    assert scene is not None
    cards = _votable(workshop)
    assert panel.reset_votes()
    panel.highlight_button.click()  # no votes yet: nothing to light, the wall stays
    assert not panel.highlight_button.isChecked() and scene.spotlight is None
    assert panel.error.text()
    a, b, c, d, e = cards[:5]
    for card, dots in ((a, 5), (b, 4), (c, 2), (d, 2), (e, 1)):
        assert panel.vote(dots, card)
    panel.highlight_button.click()
    assert panel.highlight_button.isChecked()
    assert scene.spotlight == {a, b, c, d}  # the third place is shared: both are lit
    assert panel.vote(3, e)  # a vote while lit: the new top is lit
    assert scene.spotlight == {a, b, e}
    panel.highlight_button.click()  # off: the whole wall again
    assert not panel.highlight_button.isChecked() and scene.spotlight is None
    panel.highlight_button.click()
    assert panel.reset_votes()  # a new round: no top any more
    assert scene.spotlight is None and not panel.highlight_button.isChecked()


def test_ctrl_shift_w_brings_a_panel_behind_the_inspector_to_the_front(
        workshop: Workshop, qtbot: Any) -> None:
    _show_panel(workshop, qtbot)
    window, action = workshop.window, _panel_action(workshop)
    assert action.isChecked()
    window.inspector_dock.raise_()  # the user looks at the inspector's tab
    qtbot.waitUntil(lambda: workshop.dock.visibleRegion().isEmpty(), timeout=10000)
    action.trigger()  # the panel comes back to the front rather than going away
    qtbot.waitUntil(lambda: not workshop.dock.visibleRegion().isEmpty(), timeout=10000)
    assert workshop.dock.isVisible() and action.isChecked()
    action.trigger()  # in front: Ctrl+Shift+W hides it
    assert not workshop.dock.isVisible() and not action.isChecked()
    action.trigger()
    qtbot.waitUntil(lambda: not workshop.dock.visibleRegion().isEmpty(), timeout=10000)
    assert action.isChecked()
