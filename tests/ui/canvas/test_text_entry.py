"""Typing on the canvas: in-place editing, renaming headers and quick entry by keyboard."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from klantreis_desktop.model import kinds as k
from tests.ui.canvas.helpers import (
    canvas_from,
    click,
    double_click,
    ref,
    same_graph,
    snapshot,
    spec,
)

CARDS = [{"id": "a", "kind": "touchpoint", "phase": "f0", "lane": "l0", "title": "Sees an ad"}]


def type_keys(canvas, text: str) -> None:
    QTest.keyClicks(canvas.view, text)


def press(canvas, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(canvas.view, key, modifier)


def test_double_click_edits_the_title_enter_commits_as_one_step(qtbot):
    canvas = canvas_from(qtbot, spec(cards=CARDS))
    doc, scene = canvas.doc, canvas.scene
    before = snapshot(doc)
    double_click(canvas, canvas.centre_of(ref("a")))
    assert scene.entry.editor is not None
    press(canvas, Qt.Key.Key_End)
    type_keys(canvas, " online")
    press(canvas, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    type_keys(canvas, "twice")
    press(canvas, Qt.Key.Key_Return)
    assert scene.entry.editor is None
    assert doc.title(ref("a")) == "Sees an ad online\ntwice"
    assert scene.cards[ref("a")].look.title == "Sees an ad online\ntwice"
    assert canvas.stack.count() == 1
    after = snapshot(doc)
    canvas.stack.undo()
    assert same_graph(doc, before)
    canvas.stack.redo()
    assert same_graph(doc, after)


def test_escape_keeps_the_edit_and_undo_takes_it_back(qtbot):
    # As in Miro: Esc leaves the editor keeping the text (see editor.py); Ctrl+Z undoes.
    canvas = canvas_from(qtbot, spec(cards=CARDS))
    double_click(canvas, canvas.centre_of(ref("a")))
    type_keys(canvas, " again")
    press(canvas, Qt.Key.Key_Escape)
    assert canvas.doc.title(ref("a")) == "Sees an ad again"
    assert canvas.stack.count() == 1
    assert canvas.scene.entry.editor is None
    canvas.stack.undo()
    assert canvas.doc.title(ref("a")) == "Sees an ad"


def test_the_card_grows_with_a_longer_title(qtbot):
    canvas = canvas_from(qtbot, spec(cards=CARDS))
    height = canvas.scene.layout.cards[ref("a")].rect.h
    double_click(canvas, canvas.centre_of(ref("a")))
    type_keys(canvas, " and then reads every single review on three different sites")
    press(canvas, Qt.Key.Key_Return)
    assert canvas.scene.layout.cards[ref("a")].rect.h > height
    assert canvas.scene.cards[ref("a")].card_rect().height() == (
        canvas.scene.layout.cards[ref("a")].rect.h)


def test_double_click_on_a_phase_header_renames_it(qtbot):
    canvas = canvas_from(qtbot, spec(cards=CARDS))
    header = canvas.scene.layout.columns[1].header
    double_click(canvas, QPointF(*header.center))
    type_keys(canvas, "Orientation")  # the old title is selected, typing replaces it
    press(canvas, Qt.Key.Key_Return)
    assert canvas.doc.title(ref("f1")) == "Orientation"
    canvas.stack.undo()
    assert canvas.doc.title(ref("f1")) == "Phase 1"


def test_quick_entry_types_five_touchpoints_into_five_phases(qtbot):
    canvas = canvas_from(qtbot, spec(phases=6, cards=CARDS))
    doc, scene = canvas.doc, canvas.scene
    before = snapshot(doc)
    cell = scene.layout.cells[(ref("f1"), ref("l0"))]
    click(canvas, QPointF(cell.center[0], cell.bottom - 5))  # an empty spot in the cell
    assert scene.focus_cell == (ref("f1"), ref("l0"))
    titles = ["Searches", "Compares prices", "Calls", "Books online", "Gets a mail"]
    for title in titles:
        type_keys(canvas, title)
        press(canvas, Qt.Key.Key_Return)
    press(canvas, Qt.Key.Key_Escape)
    assert scene.entry.editor is None

    phases = doc.phases(canvas.journey)
    for number, title in enumerate(titles):
        (card,) = doc.cards_in(phases[number + 1], ref("l0"))
        assert doc.title(card) == title
        assert doc.kind(card) == k.TOUCHPOINT  # the kind the lane asks for
        assert card in scene.cards
    assert canvas.stack.count() == 5
    after = snapshot(doc)
    for _ in titles:
        canvas.stack.undo()
    assert same_graph(doc, before)
    for _ in titles:
        canvas.stack.redo()
    assert same_graph(doc, after)


def test_quick_entry_tab_skips_a_phase_and_enter_on_empty_ends(qtbot):
    canvas = canvas_from(qtbot, spec(phases=4))
    doc, scene = canvas.doc, canvas.scene
    cell = scene.layout.cells[(ref("f0"), ref("l1"))]
    click(canvas, QPointF(*cell.center))
    type_keys(canvas, "No answer")
    press(canvas, Qt.Key.Key_Tab)  # commit and go right
    press(canvas, Qt.Key.Key_Tab)  # nothing typed: skip f1
    type_keys(canvas, "Slow")
    press(canvas, Qt.Key.Key_Backtab)  # commit in f2 and go back to f1
    assert scene.focus_cell == (ref("f1"), ref("l1"))
    press(canvas, Qt.Key.Key_Return)  # empty card: quick entry ends
    assert scene.entry.editor is None
    assert [doc.title(c) for c in doc.cards_in(ref("f0"), ref("l1"))] == ["No answer"]
    assert doc.cards_in(ref("f1"), ref("l1")) == []
    (slow,) = doc.cards_in(ref("f2"), ref("l1"))
    assert doc.kind(slow) == k.PAIN


def test_typing_with_one_card_selected_adds_to_its_title_and_says_so(qtbot):
    """Review s6 #8: the keys used to replace the title without a word; now the editor
    opens with the title kept, the typed text at its end, and the status bar explains."""
    canvas = canvas_from(qtbot, spec(cards=CARDS))
    messages: list[str] = []
    canvas.scene.status_message.connect(messages.append)
    click(canvas, canvas.centre_of(ref("a")))
    type_keys(canvas, "on TV")
    editor = canvas.scene.entry.editor
    assert editor is not None and editor.text() == "Sees an ad on TV"
    assert editor.textCursor().position() == len("Sees an ad on TV")  # caret at the end
    assert messages and "new card" in messages[-1]
    press(canvas, Qt.Key.Key_Return)
    assert canvas.doc.title(ref("a")) == "Sees an ad on TV"
    assert canvas.stack.count() == 1
    canvas.stack.undo()
    assert canvas.doc.title(ref("a")) == "Sees an ad"


def test_escape_ends_quick_entry_and_takes_its_hint_away(qtbot):
    """Review s6 #9: after Esc the "Type to add a card" frame stayed until the next click."""
    canvas = canvas_from(qtbot, spec(phases=4))
    scene = canvas.scene
    cell = scene.layout.cells[(ref("f0"), ref("l0"))]
    click(canvas, QPointF(*cell.center))
    type_keys(canvas, "Searches")
    press(canvas, Qt.Key.Key_Return)  # kept; the next card opens in f1
    assert scene.focus_cell == (ref("f1"), ref("l0"))
    press(canvas, Qt.Key.Key_Escape)
    assert scene.entry.editor is None
    assert scene.focus_cell is None and scene.grid.focus_cell is None
    (card,) = canvas.doc.cards_in(ref("f0"), ref("l0"))
    # Esc after typing keeps the card, selected, and also leaves no hint behind.
    click(canvas, QPointF(*scene.layout.cells[(ref("f2"), ref("l0"))].center))
    type_keys(canvas, "Calls")
    press(canvas, Qt.Key.Key_Escape)
    assert scene.focus_cell is None and scene.grid.focus_cell is None
    assert [canvas.doc.title(c) for c in canvas.doc.cards_in(ref("f2"), ref("l0"))] == [
        "Calls"]
