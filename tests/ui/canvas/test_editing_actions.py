"""Selection, delete, copy/paste (also into another journey or document), duplicate, align."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from klantreis_desktop.model.builder import build
from klantreis_desktop.ui.canvas import CLIPBOARD_MIME, edits
from tests.ui.canvas.helpers import (
    canvas_from,
    click,
    drag,
    open_canvas,
    ref,
    same_graph,
    snapshot,
    spec,
)

CARDS = [
    {"id": "a", "kind": "touchpoint", "phase": "f0", "lane": "l0", "title": "Sees an ad",
     "channels": ["web"], "votes": 3, "evidence": "observed"},
    {"id": "b", "kind": "touchpoint", "phase": "f1", "lane": "l0", "title": "Visits the site"},
    {"id": "c", "kind": "pain", "phase": "f1", "lane": "l1", "title": "Too slow"},
]


def two_journeys() -> dict:
    data = spec(cards=CARDS, flows=[["a", "b"]])
    data["journeys"].append({
        "id": "j2", "title": "Ideal", "phases": [{"id": "g0", "title": "Phase 0"},
                                                 {"id": "g1", "title": "Later"}],
        "lanes": [{"id": "m0", "title": "Lane 0", "lane_type": "touchpoints"},
                  {"id": "m1", "title": "Lane 1", "lane_type": "pains"}]})
    return data


def test_click_shift_click_and_rubber_band_select(qtbot):
    canvas = canvas_from(qtbot, spec(cards=CARDS))
    scene = canvas.scene
    seen: list[list[str]] = []
    scene.selection_ids_changed.connect(seen.append)
    click(canvas, canvas.centre_of(ref("a")))
    assert scene.selected_ids() == [ref("a")]
    click(canvas, canvas.centre_of(ref("c")), Qt.KeyboardModifier.ShiftModifier)
    assert scene.selected_ids() == sorted([ref("a"), ref("c")])
    click(canvas, canvas.centre_of(ref("a")), Qt.KeyboardModifier.ControlModifier)
    assert scene.selected_ids() == [ref("c")]
    assert seen and seen[-1] == [ref("c")]
    # A rubber band from an empty spot across both cards of phase 1.
    cell = scene.layout.cells[(ref("f1"), ref("l0"))]
    bottom = scene.layout.cells[(ref("f1"), ref("l1"))]
    drag(canvas, QPointF(cell.x + 3, cell.y + 3), QPointF(bottom.right - 3, bottom.bottom - 3))
    assert scene.selected_ids() == sorted([ref("b"), ref("c")])


def test_delete_key_removes_selected_cards_in_one_step(qtbot):
    canvas = canvas_from(qtbot, spec(cards=CARDS, flows=[["a", "b"]]))
    doc, scene = canvas.doc, canvas.scene
    before = snapshot(doc)
    scene.select_ids([ref("a"), ref("c")])
    QTest.keyClick(canvas.view, Qt.Key.Key_Delete)
    assert ref("a") not in doc and ref("c") not in doc and ref("b") in doc
    assert set(scene.cards) == {ref("b")} and not scene.flows
    assert canvas.stack.count() == 1
    canvas.stack.undo()
    assert same_graph(doc, before)
    assert set(scene.cards) == {ref("a"), ref("b"), ref("c")}


def test_copy_paste_into_another_journey_of_the_document(qtbot):
    doc = build(two_journeys())
    source = open_canvas(qtbot, doc, ref("j"))
    target = open_canvas(qtbot, doc, ref("j2"))
    target.stack = source.stack  # one undo stack per document
    target.scene.stack = source.stack
    source.scene.select_ids([ref("a"), ref("b")])
    QTest.keyClick(source.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().mimeData().hasFormat(CLIPBOARD_MIME)
    before = snapshot(doc)
    cell = target.scene.layout.cells[(ref("g1"), ref("m0"))]
    click(target, QPointF(*cell.center))
    assert target.scene.focus_cell == (ref("g1"), ref("m0"))
    QTest.keyClick(target.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    copies = doc.cards(ref("j2"))
    assert len(copies) == 2
    by_title = {doc.title(c): c for c in copies}
    first, second = by_title["Sees an ad"], by_title["Visits the site"]
    assert doc.phase_of(first) == ref("g1")  # the top-left copy lands in the focused cell
    assert doc.phase_of(second) == ref("g1")  # no phase to its right: clamped
    assert doc.channels_of(first) == [ref("web")] and doc.get(first, "votes") == 3
    assert doc.flows(ref("j2")) == [(first, second)]
    assert set(target.scene.cards) == set(copies)
    assert sorted(target.scene.selected_ids()) == sorted(copies)
    assert len(source.scene.cards) == 3  # the source journey is untouched
    source.stack.undo()
    assert same_graph(doc, before)
    assert not target.scene.cards


def test_paste_into_another_document_matches_channels_by_name(qtbot):
    canvas = canvas_from(qtbot, spec(cards=CARDS))
    canvas.scene.select_ids([ref("a")])
    data = edits.copy_selected(canvas.scene)
    other_spec = spec(phases=2)
    other_spec["title"] = "other"
    other = open_canvas(qtbot, build(other_spec))
    created = edits.paste_from_clipboard(other.scene, (ref("f0", "other"), ref("l0", "other")))
    assert len(created) == 1
    (card,) = created
    assert other.doc.title(card) == "Sees an ad"
    assert other.doc.channels_of(card) == [ref("web", "other")]  # "Website" by name
    assert data["cards"][0]["attrs"]["title"] == "Sees an ad"


def test_plain_text_lines_paste_as_cards_across_phases(qtbot):
    canvas = canvas_from(qtbot, spec(phases=3))
    QGuiApplication.clipboard().setText("Hears from a friend\n\nSearches online\nCalls\nBooks")
    created = edits.paste_from_clipboard(canvas.scene, (ref("f0"), ref("l0")))
    doc = canvas.doc
    assert [doc.phase_of(c) for c in created] == [ref("f0"), ref("f1"), ref("f2"), ref("f2")]
    assert canvas.stack.count() == 1


def test_ctrl_d_duplicates_next_to_the_original(qtbot):
    canvas = canvas_from(qtbot, spec(cards=CARDS))
    doc, scene = canvas.doc, canvas.scene
    scene.select_ids([ref("c")])
    QTest.keyClick(canvas.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    cell = doc.cards_in(ref("f1"), ref("l1"))
    assert len(cell) == 2 and cell[0] == ref("c")
    assert doc.title(cell[1]) == "Too slow"
    assert scene.selected_ids() == [cell[1]]
    canvas.stack.undo()
    assert doc.cards_in(ref("f1"), ref("l1")) == [ref("c")]


def test_align_moves_cards_into_one_phase_or_lane_and_distribute_spreads(qtbot):
    canvas = canvas_from(qtbot, spec(cards=CARDS))
    doc, scene = canvas.doc, canvas.scene
    scene.select_ids([ref("a"), ref("c")])
    edits.align_selected(scene, "left")
    assert doc.phase_of(ref("c")) == ref("f0") and doc.lane_of(ref("c")) == ref("l1")
    edits.align_selected(scene, "top")
    assert doc.lane_of(ref("c")) == ref("l0")
    assert doc.cards_in(ref("f0"), ref("l0")) == [ref("a"), ref("c")]
    edits.align_selected(scene, "distribute")
    assert doc.phase_of(ref("a")) == ref("f0") and doc.phase_of(ref("c")) == ref("f1")
    assert canvas.stack.count() == 3


def test_arrow_keys_move_a_selected_card_between_phases(qtbot):
    canvas = canvas_from(qtbot, spec(cards=CARDS))
    canvas.scene.select_ids([ref("a")])
    QTest.keyClick(canvas.view, Qt.Key.Key_Right)
    QTest.keyClick(canvas.view, Qt.Key.Key_Right)
    assert canvas.doc.phase_of(ref("a")) == ref("f2")
    assert canvas.stack.count() == 1  # nudges merge
    assert canvas.scene.selected_ids() == [ref("a")]
