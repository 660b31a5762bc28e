"""Dragging cards with the real mouse: between cells and inside a stack, one undo step."""

from __future__ import annotations

from PySide6.QtCore import QPointF

from tests.ui.canvas.helpers import canvas_from, drag, ref, same_graph, snapshot, spec

CARDS = [
    {"id": "a", "kind": "touchpoint", "phase": "f0", "lane": "l0", "title": "Sees an ad"},
    {"id": "b", "kind": "touchpoint", "phase": "f0", "lane": "l0", "title": "Visits the site"},
    {"id": "c", "kind": "pain", "phase": "f1", "lane": "l1", "title": "Too expensive"},
]


def test_drag_card_to_another_cell_is_one_undo_step(qtbot):
    canvas = canvas_from(qtbot, spec(cards=CARDS))
    doc, scene = canvas.doc, canvas.scene
    before = snapshot(doc)
    target = scene.layout.cells[(ref("f2"), ref("l1"))]
    drag(canvas, canvas.centre_of(ref("a")), QPointF(*target.center))

    assert doc.phase_of(ref("a")) == ref("f2")
    assert doc.lane_of(ref("a")) == ref("l1")
    assert canvas.stack.count() == 1
    after = snapshot(doc)
    # The item follows the model: it sits where the new layout puts the card.
    box = scene.layout.cards[ref("a")].rect
    assert scene.cards[ref("a")].pos() == QPointF(box.x, box.y)

    canvas.stack.undo()
    assert same_graph(doc, before)
    assert scene.cards[ref("a")].pos().x() < target.x
    canvas.stack.redo()
    assert same_graph(doc, after)


def test_drag_card_above_its_neighbour_reorders_the_stack(qtbot):
    canvas = canvas_from(qtbot, spec(cards=CARDS))
    doc, scene = canvas.doc, canvas.scene
    cell = (ref("f0"), ref("l0"))
    assert doc.cards_in(*cell) == [ref("a"), ref("b")]
    top = scene.layout.cards[ref("a")].rect
    drag(canvas, canvas.centre_of(ref("b")), QPointF(top.center[0], top.y + 3))
    assert doc.cards_in(*cell) == [ref("b"), ref("a")]
    canvas.stack.undo()
    assert doc.cards_in(*cell) == [ref("a"), ref("b")]


def test_a_click_without_moving_changes_nothing(qtbot):
    canvas = canvas_from(qtbot, spec(cards=CARDS))
    before = snapshot(canvas.doc)
    centre = canvas.centre_of(ref("c"))
    drag(canvas, centre, centre, steps=1)
    assert same_graph(canvas.doc, before)
    assert canvas.stack.count() == 0
    assert canvas.scene.selected_ids() == [ref("c")]


def test_dragging_two_selected_cards_moves_both_in_one_step(qtbot):
    canvas = canvas_from(qtbot, spec(cards=CARDS))
    doc, scene = canvas.doc, canvas.scene
    scene.select_ids([ref("a"), ref("c")])
    target = scene.layout.cells[(ref("f1"), ref("l0"))]
    drag(canvas, canvas.centre_of(ref("a")), QPointF(*target.center))
    assert (doc.phase_of(ref("a")), doc.lane_of(ref("a"))) == (ref("f1"), ref("l0"))
    # c keeps its offset: one phase to the right of a's old phase -> f2, same lane l1.
    assert (doc.phase_of(ref("c")), doc.lane_of(ref("c"))) == (ref("f2"), ref("l1"))
    assert canvas.stack.count() == 1


def test_an_undo_in_the_middle_of_a_drag_ends_the_drag_safely(qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from klantreis_desktop.model import operations as ops
    from klantreis_desktop.ui import commands

    canvas = canvas_from(qtbot, spec(cards=CARDS))
    doc, scene, viewport = canvas.doc, canvas.scene, canvas.view.viewport()
    commands.push(canvas.stack, doc, ops.add_card(doc, "note", ref("f2"), ref("l0"), "new"))
    (new,) = doc.cards_in(ref("f2"), ref("l0"))
    start = canvas.centre_of(new)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, pos=canvas.view.mapFromScene(start))
    QTest.mouseMove(viewport, canvas.view.mapFromScene(start + QPointF(-40, 30)))
    canvas.stack.undo()  # the dragged card disappears under the pointer
    assert new not in scene.cards and scene.gestures.active is None
    end = start + QPointF(-80, 60)
    QTest.mouseMove(viewport, canvas.view.mapFromScene(end))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=canvas.view.mapFromScene(end))
    assert canvas.stack.count() == 1 and canvas.stack.index() == 0
