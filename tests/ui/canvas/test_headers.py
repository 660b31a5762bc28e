"""Phase and lane headers: reorder by dragging, resize a lane, hide and delete lanes."""

from __future__ import annotations

from PySide6.QtCore import QPointF

from klantreis_desktop.ui.canvas import edits
from tests.ui.canvas.helpers import canvas_from, drag, ref, same_graph, snapshot, spec

CARDS = [{"id": "a", "kind": "touchpoint", "phase": "f0", "lane": "l0", "title": "Sees an ad"}]


def test_drag_a_phase_header_to_the_right_reorders_in_one_step(qtbot):
    canvas = canvas_from(qtbot, spec(phases=4, cards=CARDS))
    doc, scene = canvas.doc, canvas.scene
    before = snapshot(doc)
    header = scene.layout.columns[0].header
    target = scene.layout.columns[2].header  # past the middle of f2: lands after it
    drag(canvas, QPointF(*header.center), QPointF(target.center[0] + 20, header.center[1]))
    assert doc.phases(canvas.journey) == [ref("f1"), ref("f2"), ref("f0"), ref("f3")]
    assert canvas.stack.count() == 1
    # Header and card moved with their column.
    column = next(c for c in scene.layout.columns if c.phase == ref("f0"))
    assert scene.phases[ref("f0")].pos() == QPointF(column.header.x, column.header.y)
    assert scene.cards[ref("a")].pos().x() > column.body.x
    canvas.stack.undo()
    assert same_graph(doc, before)
    assert scene.phases[ref("f0")].pos().x() == scene.layout.columns[0].header.x


def test_drag_a_phase_header_to_the_front(qtbot):
    canvas = canvas_from(qtbot, spec(phases=3))
    header = canvas.scene.layout.columns[2].header
    first = canvas.scene.layout.columns[0].header
    drag(canvas, QPointF(*header.center), QPointF(first.x + 5, header.center[1]))
    assert canvas.doc.phases(canvas.journey) == [ref("f2"), ref("f0"), ref("f1")]


def test_drag_a_lane_header_down_reorders_lanes(qtbot):
    canvas = canvas_from(qtbot, spec(cards=CARDS))
    doc, scene = canvas.doc, canvas.scene
    header = scene.layout.rows[0].header
    last = scene.layout.rows[2].header
    drag(canvas, QPointF(*header.center), QPointF(header.center[0], last.bottom - 5))
    assert doc.lanes(canvas.journey) == [ref("l1"), ref("l2"), ref("l0")]
    assert doc.lane_of(ref("a")) == ref("l0")  # cards travel with their lane


def test_lane_order_counts_hidden_lanes_correctly(qtbot):
    canvas = canvas_from(qtbot, spec(lanes=("touchpoints", "pains", "notes", "kpis")))
    doc, scene = canvas.doc, canvas.scene
    edits.set_lane_hidden(scene, ref("l1"), True)
    assert [r.lane for r in scene.layout.rows] == [ref("l0"), ref("l2"), ref("l3")]
    assert ref("l1") not in scene.lanes
    header = scene.layout.rows[2].header  # l3 to the top
    drag(canvas, QPointF(*header.center), QPointF(header.center[0],
                                                  scene.layout.rows[0].header.y + 3))
    assert doc.lanes(canvas.journey) == [ref("l3"), ref("l0"), ref("l1"), ref("l2")]
    edits.set_lane_hidden(scene, ref("l1"), False)
    assert ref("l1") in scene.lanes


def test_drag_the_lower_edge_of_a_lane_header_sets_its_height(qtbot):
    canvas = canvas_from(qtbot, spec(cards=CARDS))
    doc, scene = canvas.doc, canvas.scene
    row = scene.layout.rows[1]
    edge = QPointF(row.header.center[0], row.header.bottom - 1)
    drag(canvas, edge, edge + QPointF(0, 150))
    assert abs(float(doc.get(ref("l1"), "height")) - (row.header.h + 149)) <= 2
    new_row = scene.layout.rows[1]
    assert new_row.header.h == float(doc.get(ref("l1"), "height"))
    assert scene.lanes[ref("l1")].header_rect().height() == new_row.header.h
    assert doc.lanes(canvas.journey)[1] == ref("l1")  # a resize is not a reorder
    canvas.stack.undo()
    assert float(doc.get(ref("l1"), "height")) == 0.0


def test_delete_a_lane_removes_its_cards_and_undo_restores(qtbot):
    canvas = canvas_from(qtbot, spec(cards=CARDS))
    before = snapshot(canvas.doc)
    edits.delete_element(canvas.scene, ref("l0"))
    assert ref("a") not in canvas.doc and ref("a") not in canvas.scene.cards
    canvas.stack.undo()
    assert same_graph(canvas.doc, before)
    assert ref("a") in canvas.scene.cards


def trigger(menu, text: str) -> None:
    """Trigger the entry ``text`` of ``menu`` (kept alive while it runs)."""
    action = _action(menu, text)
    assert action is not None, text
    action.trigger()


def _action(menu, text: str):
    for action in menu.actions():
        if action.text() == text:
            return action
        if action.menu() is not None:
            found = _action(action.menu(), text)
            if found is not None:
                return found
    return None


def test_lane_header_menu_hides_and_shows_lanes_and_resets_height(qtbot):
    from klantreis_desktop.ui.canvas.menus import build_context_menu

    canvas = canvas_from(qtbot, spec(cards=CARDS))
    doc, scene = canvas.doc, canvas.scene
    header = scene.layout.rows[1].header
    trigger(build_context_menu(scene, QPointF(*header.center)), "Hide lane")
    assert doc.get(ref("l1"), "hidden") is True
    assert ref("l1") not in scene.lanes
    header = scene.layout.rows[0].header
    menu = build_context_menu(scene, QPointF(*header.center))
    trigger(menu, "Lane 1")  # under "Show hidden lane"
    assert doc.get(ref("l1"), "hidden") is False and ref("l1") in scene.lanes
    trigger(build_context_menu(scene, QPointF(*header.center)), "Add lane below")
    assert len(doc.lanes(canvas.journey)) == 4
    scene.entry.close(commit=False)


def test_card_menu_toggles_moment_of_truth_and_evidence(qtbot):
    from klantreis_desktop.ui.canvas.menus import build_context_menu

    canvas = canvas_from(qtbot, spec(cards=CARDS))
    doc, scene = canvas.doc, canvas.scene
    centre = canvas.centre_of(ref("a"))
    trigger(build_context_menu(scene, centre), "Moment of truth")
    assert doc.get(ref("a"), "moment_of_truth") is True
    assert scene.cards[ref("a")].look.moment_of_truth
    trigger(build_context_menu(scene, centre), "Assumed")
    assert doc.get(ref("a"), "evidence") == "assumed"
    trigger(build_context_menu(scene, centre), "Add a vote")
    assert doc.get(ref("a"), "votes") == 1
    cell = scene.layout.cells[(ref("f2"), ref("l1"))]
    trigger(build_context_menu(scene, QPointF(*cell.center)), "New opportunity")
    (card,) = doc.cards_in(ref("f2"), ref("l1"))
    assert doc.kind(card) == "opportunity"
    scene.entry.close(commit=False)


def test_plus_buttons_add_a_phase_and_a_lane_at_the_end_ready_to_rename(qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from tests.ui.canvas.helpers import click

    canvas = canvas_from(qtbot, spec(phases=1, lanes=("touchpoints",)))
    doc, scene = canvas.doc, canvas.scene
    click(canvas, scene.add_phase_button.sceneBoundingRect().center())
    QTest.keyClicks(canvas.view, "Orientation")
    QTest.keyClick(canvas.view, Qt.Key.Key_Return)
    phases = doc.phases(canvas.journey)
    assert [doc.title(p) for p in phases] == ["Phase 0", "Orientation"]
    assert scene.add_phase_button.x() > scene.layout.columns[-1].header.right
    click(canvas, scene.add_lane_button.sceneBoundingRect().center())
    QTest.keyClicks(canvas.view, "Pains")
    QTest.keyClick(canvas.view, Qt.Key.Key_Return)
    assert [doc.title(n) for n in doc.lanes(canvas.journey)] == ["Lane 0", "Pains"]
    assert canvas.stack.count() == 4  # add + rename, twice


def test_a_right_click_on_the_view_opens_the_menu_of_what_lies_under_it(qtbot, monkeypatch):
    """The real path of a right click: view → scene → gestures → menus (not only
    build_context_menu), so the scene needs no menu code of its own."""
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication, QMenu

    from klantreis_desktop.ui.canvas import menus

    shown: list[list[str]] = []

    class ShownMenu(QMenu):
        def exec(self, *args):  # records instead of running a modal menu loop
            shown.append([action.text() for action in self.actions() if action.text()])

    monkeypatch.setattr(menus, "QMenu", ShownMenu)
    canvas = canvas_from(qtbot, spec(cards=CARDS))
    centre = canvas.centre_of(ref("a"))
    at = canvas.point(centre.x(), centre.y())
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at,
                              canvas.view.viewport().mapToGlobal(at))
    QApplication.sendEvent(canvas.view.viewport(), event)
    assert len(shown) == 1 and "Duplicate" in shown[0] and "Moment of truth" in shown[0]
    assert canvas.scene.selected_cards() == [ref("a")]
