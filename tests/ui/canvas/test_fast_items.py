"""The items drawn in C++ for speed still behave: flow parts, following arrows, points.

Flow arrows draw through top-level line/band items (their "parts"), emotion points through
Qt's ellipse items; these tests check that nothing is left behind, dimmed wrongly or made
harder to grab by that.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsPolygonItem, QGraphicsRectItem

from klantreis_desktop.model import operations as ops
from klantreis_desktop.ui.canvas.flow_items import TILE, FlowItem, _pieces
from tests.ui.canvas.helpers import canvas_from, click, ref, spec

CARDS = [
    {"id": "a", "kind": "touchpoint", "phase": "f0", "lane": "l0", "title": "Sees an ad"},
    {"id": "b", "kind": "touchpoint", "phase": "f2", "lane": "l0", "title": "Visits the site"},
    {"id": "c", "kind": "touchpoint", "phase": "f1", "lane": "l0", "title": "Calls"},
]


def _flow_parts(scene) -> list:
    """The pieces held by the scene's flow layer (visible or pooled)."""
    holders = set(map(id, scene.flow_layer.holders.values()))
    return [item for item in scene.items()
            if isinstance(item, (QGraphicsLineItem, QGraphicsRectItem, QGraphicsPolygonItem))
            and item.parentItem() is not None and id(item.parentItem()) in holders]


def test_a_flows_parts_come_and_go_with_it(qtbot):
    canvas = canvas_from(qtbot, spec(cards=CARDS, flows=[["a", "b"], ["a", "c"]]))
    scene, doc = canvas.scene, canvas.doc
    arrows = list(scene.flows.values())
    assert len(arrows) == 2
    parts = _flow_parts(scene)
    assert sorted(map(id, parts)) == sorted(id(p) for a in arrows for p in a.parts())
    assert all(part.scene() is scene for part in parts)

    doc.apply(ops.disconnect_flow(doc, ref("a"), ref("b")))
    left = scene.flows[(ref("a"), ref("c"))]
    assert list(scene.flows) == [(ref("a"), ref("c"))]
    assert sorted(map(id, _flow_parts(scene))) == sorted(map(id, left.parts()))

    doc.apply(ops.remove(doc, ref("c")))
    assert scene.flows == {}
    assert _flow_parts(scene) == []


def test_a_flows_line_is_drawn_where_its_route_runs(qtbot):
    canvas = canvas_from(qtbot, spec(cards=CARDS, flows=[["a", "b"]]))
    arrow: FlowItem = canvas.scene.flows[(ref("a"), ref("b"))]
    route = canvas.scene.layout.flows[0].points
    visible = [p.sceneBoundingRect() for p in arrow.segments if p.isVisible()]
    for start, end in zip(route, route[1:], strict=False):
        for step in range(11):  # every point along each segment is covered by a piece
            t = step / 10
            point = QPointF(start[0] + (end[0] - start[0]) * t,
                            start[1] + (end[1] - start[1]) * t)
            assert any(rect.contains(point) for rect in visible), point
    # Long runs are cut into pieces no longer than a tile.
    assert all(max(r.width(), r.height()) <= TILE + 3 for r in visible)


def _drawn(arrow: FlowItem) -> QRectF:
    """Where the arrow is drawn: its visible parts."""
    area = QRectF()
    for part in arrow.parts():
        if part.isVisible():
            area = area.united(part.sceneBoundingRect())
    return area


def test_arrows_follow_a_dragged_card_before_the_drop_and_return_on_escape(qtbot):
    canvas = canvas_from(qtbot, spec(cards=CARDS, flows=[["a", "b"]]))
    scene, view = canvas.scene, canvas.view
    arrow: FlowItem = scene.flows[(ref("a"), ref("b"))]
    before, hit_area = _drawn(arrow), arrow.sceneBoundingRect()
    start = canvas.centre_of(ref("b"))
    end = start + QPointF(0, 120)
    viewport = view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     view.mapFromScene(start))
    for step in range(1, 5):
        QTest.mouseMove(viewport, view.mapFromScene(start + (end - start) * (step / 4)))
    during = _drawn(arrow)
    assert during.bottom() > before.bottom() + 60  # the arrow reaches down to the card
    assert arrow.sceneBoundingRect() == hit_area  # a preview: hit tests wait for the drop
    assert canvas.stack.count() == 0  # nothing changed in the model yet
    QTest.keyClick(view, Qt.Key.Key_Escape)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       view.mapFromScene(end))
    assert _drawn(arrow) == before
    assert canvas.stack.count() == 0


def test_spotlight_dims_the_arrows_parts_too(qtbot):
    canvas = canvas_from(qtbot, spec(cards=CARDS, flows=[["a", "b"]]))
    scene = canvas.scene
    arrow: FlowItem = scene.flows[(ref("a"), ref("b"))]
    scene.set_spotlight([ref("c")])
    assert {part.opacity() for part in arrow.parts()} == {scene.theme.dim_opacity}
    scene.set_spotlight(None)
    assert {part.opacity() for part in arrow.parts()} == {1.0}


def test_an_emotion_point_is_grabbed_a_little_outside_its_dot(qtbot):
    emotions = [{"persona": "p0", "on": "a", "score": 1}]
    canvas = canvas_from(qtbot, spec(cards=CARDS, emotions=emotions))
    point = next(iter(canvas.scene.points.values()))
    centre = point.scenePos()
    click(canvas, centre + QPointF(8.0, 0.0))  # the dot's radius is 6
    assert point.isSelected()
    click(canvas, centre + QPointF(0.0, 30.0))
    assert not point.isSelected()


def test_long_runs_are_cut_at_tile_lines_with_caps_only_at_their_ends():
    pieces = _pieces((10.0, 5.0), (10.0 + 2.5 * TILE, 5.0))
    assert [(a[0], b[0]) for a, b, _caps in pieces] == [
        (10.0, TILE), (TILE, 2 * TILE), (2 * TILE, 10.0 + 2.5 * TILE)]
    assert [caps for _a, _b, caps in pieces] == [(True, False), (False, False),
                                                 (False, True)]
    backwards = _pieces((5.0, 2 * TILE), (5.0, 0.0))
    assert [(a[1], b[1]) for a, b, _caps in backwards] == [(2 * TILE, TILE), (TILE, 0.0)]
    assert _pieces((0.0, 0.0), (3.0, 4.0)) == [((0.0, 0.0), (3.0, 4.0), (True, True))]


def test_emotion_dots_are_left_out_when_zoomed_out_below_grabbing_size(qtbot):
    emotions = [{"persona": "p0", "on": "a", "score": 1}]
    canvas = canvas_from(qtbot, spec(cards=CARDS, emotions=emotions))
    scene, view, doc = canvas.scene, canvas.view, canvas.doc
    point = next(iter(scene.points.values()))
    view.set_zoom(0.1)
    assert not point.isVisible()
    assert scene.curves  # the curve itself stays
    # A point added while zoomed out stays out too, and all come back on zooming in.
    doc.apply(ops.set_emotion(doc, ref("p0"), ref("b"), -1))
    assert len(scene.points) == 2
    assert not any(item.isVisible() for item in scene.points.values())
    view.set_zoom(0.5)
    assert all(item.isVisible() for item in scene.points.values())
