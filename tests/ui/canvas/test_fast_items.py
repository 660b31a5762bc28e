"""What is drawn for speed still behaves: arrows drawn by tiles, following arrows, points.

Flow arrows are painted by a few cached tiles (flow_items.FlowLayer), emotion points by
Qt's ellipse items; these tests check that nothing is left behind, dimmed wrongly, drawn
in the wrong place or made harder to grab by that.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtTest import QTest

from klantreis_desktop.model import operations as ops
from klantreis_desktop.ui.canvas.flow_items import TILE, FlowItem, _pieces
from tests.ui.canvas.helpers import canvas_from, click, ref, spec

CARDS = [
    {"id": "a", "kind": "touchpoint", "phase": "f0", "lane": "l0", "title": "Sees an ad"},
    {"id": "b", "kind": "touchpoint", "phase": "f2", "lane": "l0", "title": "Visits the site"},
    {"id": "c", "kind": "touchpoint", "phase": "f1", "lane": "l0", "title": "Calls"},
]


def _tile_keys(scene) -> set:
    """The arrows some tile still draws."""
    return {key for tile in scene.flow_layer.tiles.values() for key in tile.pieces}


def _drawn(scene, key) -> QRectF:
    """Where the arrow is drawn: the union of its pieces."""
    area = QRectF()
    for rect in scene.flow_layer.drawn_rects(key):
        area = area.united(rect)
    return area


def test_an_arrow_leaves_the_tiles_when_it_goes(qtbot):
    canvas = canvas_from(qtbot, spec(cards=CARDS, flows=[["a", "b"], ["a", "c"]]))
    scene, doc = canvas.scene, canvas.doc
    assert _tile_keys(scene) == {(ref("a"), ref("b")), (ref("a"), ref("c"))}

    doc.apply(ops.disconnect_flow(doc, ref("a"), ref("b")))
    assert list(scene.flows) == [(ref("a"), ref("c"))]
    assert _tile_keys(scene) == {(ref("a"), ref("c"))}

    doc.apply(ops.remove(doc, ref("c")))
    assert scene.flows == {}
    assert _tile_keys(scene) == set()


def test_an_arrow_is_drawn_where_its_route_runs(qtbot):
    canvas = canvas_from(qtbot, spec(cards=CARDS, flows=[["a", "b"]]))
    key = (ref("a"), ref("b"))
    route = canvas.scene.layout.flows[0].points
    drawn = canvas.scene.flow_layer.drawn_rects(key)
    for start, end in zip(route, route[1:], strict=False):
        for step in range(11):  # every point along each segment is covered by a piece
            t = step / 10
            point = QPointF(start[0] + (end[0] - start[0]) * t,
                            start[1] + (end[1] - start[1]) * t)
            assert any(rect.contains(point) for rect in drawn), point
    # And the pixels say so too: rendered at 4x, the middle of the first segment has the
    # arrow's colour (the band is then over six pixels wide, so no edge blending).
    scene, zoom = canvas.scene, 4
    rect = scene.sceneRect()
    image = QImage(int(rect.width()) * zoom, int(rect.height()) * zoom,
                   QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), rect)
    painter.end()
    first, second = route[0], route[1]
    middle = QPointF(((first[0] + second[0]) / 2 - rect.x()) * zoom,
                     ((first[1] + second[1]) / 2 - rect.y()) * zoom)
    colour = image.pixelColor(middle.toPoint())
    assert colour == scene.flows[key].arrow_look.colour, colour.name()


def test_arrows_follow_a_dragged_card_before_the_drop_and_return_on_escape(qtbot):
    canvas = canvas_from(qtbot, spec(cards=CARDS, flows=[["a", "b"]]))
    scene, view = canvas.scene, canvas.view
    key = (ref("a"), ref("b"))
    arrow: FlowItem = scene.flows[key]
    before, hit_area = _drawn(scene, key), arrow.sceneBoundingRect()
    start = canvas.centre_of(ref("b"))
    end = start + QPointF(0, 120)
    viewport = view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     view.mapFromScene(start))
    for step in range(1, 5):
        QTest.mouseMove(viewport, view.mapFromScene(start + (end - start) * (step / 4)))
    during = _drawn(scene, key)
    assert during.bottom() > before.bottom() + 60  # the arrow reaches down to the card
    assert arrow.sceneBoundingRect() == hit_area  # a preview: hit tests wait for the drop
    assert canvas.stack.count() == 0  # nothing changed in the model yet
    QTest.keyClick(view, Qt.Key.Key_Escape)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       view.mapFromScene(end))
    assert _drawn(scene, key) == before
    assert canvas.stack.count() == 0


def test_spotlight_and_selection_restyle_the_arrow(qtbot):
    canvas = canvas_from(qtbot, spec(cards=CARDS, flows=[["a", "b"]]))
    scene = canvas.scene
    arrow: FlowItem = scene.flows[(ref("a"), ref("b"))]
    normal = arrow.arrow_look
    scene.set_spotlight([ref("c")])
    assert arrow.arrow_look.opacity == scene.theme.dim_opacity
    assert {entry[0].opacity for tile in scene.flow_layer.tiles.values()
            for entry in tile.pieces.values()} == {scene.theme.dim_opacity}
    scene.set_spotlight(None)
    assert arrow.arrow_look == normal
    arrow.setSelected(True)
    assert arrow.arrow_look.width > normal.width
    assert arrow.arrow_look.colour != normal.colour


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
    pieces = _pieces((10.0, 5.0), (10.0 + 2.5 * TILE, 5.0), 2.0)
    assert [tile for tile, _piece in pieces] == [(0, 0), (1, 0), (2, 0)]
    assert [(p.rect.left(), p.rect.right()) for _tile, p in pieces] == [
        (9.0, TILE), (TILE, 2 * TILE), (2 * TILE, 11.0 + 2.5 * TILE)]
    assert all(p.rect.top() == 4.0 and p.rect.height() == 2.0 for _tile, p in pieces)
    backwards = _pieces((5.0, 2 * TILE), (5.0, 0.0), 2.0)
    assert [tile for tile, _piece in backwards] == [(0, 1), (0, 0)]
    assert [(p.rect.top(), p.rect.bottom()) for _tile, p in backwards] == [
        (TILE, 2 * TILE + 1.0), (-1.0, TILE)]
    slanted = _pieces((0.0, 0.0), (3.0, 4.0), 2.0)
    assert len(slanted) == 1 and slanted[0][1].rect is None and slanted[0][1].line is not None


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
