"""What is drawn for speed still behaves: arrows drawn by tiles, following arrows, points.

Flow arrows are painted by a few cached tiles (flow_items.FlowLayer), emotion points by
Qt's ellipse items; these tests check that nothing is left behind, dimmed wrongly, drawn
in the wrong place or made harder to grab by that.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFocusEvent, QImage, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from klantreis_desktop.model import operations as ops
from klantreis_desktop.ui.canvas import edits
from klantreis_desktop.ui.canvas.flow_items import TILE, FlowItem, Look, _shapes
from tests.ui.canvas.helpers import canvas_from, click, ref, spec

CARDS = [
    {"id": "a", "kind": "touchpoint", "phase": "f0", "lane": "l0", "title": "Sees an ad"},
    {"id": "b", "kind": "touchpoint", "phase": "f2", "lane": "l0", "title": "Visits the site"},
    {"id": "c", "kind": "touchpoint", "phase": "f1", "lane": "l0", "title": "Calls"},
]


def _tile_keys(scene) -> set:
    """The arrows some tile still draws."""
    return {key for tile in scene.flow_layer.tiles.values() for key in tile.arrows}


def _rects(scene, key) -> list[QRectF]:
    return [band for shapes in scene.flow_layer.drawn_shapes(key) for band in shapes.bands]


def _drawn(scene, key) -> QRectF:
    """Where the arrow is drawn: the union of its bands."""
    area = QRectF()
    for rect in _rects(scene, key):
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
    drawn = _rects(canvas.scene, key)
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


def _tile_looks(scene, key) -> list:
    """The distinct looks the tiles draw arrow ``key`` with (a Look is not hashable)."""
    looks: list = []
    for shapes in scene.flow_layer.drawn_shapes(key):
        if shapes.look not in looks:
            looks.append(shapes.look)
    return looks


def test_spotlight_and_selection_restyle_the_arrow_on_its_tiles(qtbot):
    canvas = canvas_from(qtbot, spec(cards=CARDS, flows=[["a", "b"]]))
    scene = canvas.scene
    key = (ref("a"), ref("b"))
    arrow: FlowItem = scene.flows[key]
    normal = arrow.arrow_look
    assert _tile_looks(scene, key) == [normal]
    scene.set_spotlight([ref("c")])
    assert {look.opacity for look in _tile_looks(scene, key)} == {scene.theme.dim_opacity}
    scene.set_spotlight(None)
    assert _tile_looks(scene, key) == [normal]
    arrow.setSelected(True)
    (selected,) = _tile_looks(scene, key)
    assert selected.width > normal.width and selected.colour != normal.colour


def test_deleting_a_selected_arrow_leaves_no_trace_on_the_tiles(qtbot):
    canvas = canvas_from(qtbot, spec(cards=CARDS, flows=[["a", "b"], ["a", "c"]]))
    scene = canvas.scene
    scene.flows[(ref("a"), ref("b"))].setSelected(True)
    edits.delete_selected(scene)
    assert list(scene.flows) == [(ref("a"), ref("c"))]
    assert _tile_keys(scene) == {(ref("a"), ref("c"))}
    canvas.stack.undo()
    assert _tile_keys(scene) == {(ref("a"), ref("b")), (ref("a"), ref("c"))}


def _render(scene, zoom: float) -> tuple[QImage, QRectF]:
    rect = scene.sceneRect()
    image = QImage(int(rect.width() * zoom), int(rect.height() * zoom),
                   QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(image.rect()), rect)
    painter.end()
    return image, rect


def test_an_arrow_crossing_a_tile_edge_or_turning_a_corner_is_evenly_dark(qtbot):
    # A run across the tile line x = TILE (no gap where two tiles meet), and a dimmed
    # arrow's elbows (no darker square where two bands would overlap).
    cards = [{"id": "a", "kind": "touchpoint", "phase": "f0", "lane": "l0", "title": "A"},
             {"id": "b", "kind": "touchpoint", "phase": "f3", "lane": "l0", "title": "B"}]
    canvas = canvas_from(qtbot, spec(phases=4, cards=cards, flows=[["a", "b"]]))
    scene = canvas.scene
    key = (ref("a"), ref("b"))
    route = scene.flows[key].drawn_route()
    assert any(min(a[0], b[0]) < TILE < max(a[0], b[0]) for a, b in zip(route, route[1:],
                                                                        strict=False))
    scene.grid.setVisible(False)  # its column lines cross the corridor the arrow runs in
    opacity = scene.theme.dim_opacity
    for zoom in (0.73, 1.3):
        images = {}
        for dimmed in (False, True):
            scene.set_spotlight([ref("f0")] if dimmed else None)
            images[dimmed] = _render(scene, zoom)
        for dimmed, (image, rect) in images.items():

            def pixel(x: float, y: float, r: QRectF = rect, z: float = zoom) -> QPoint:
                return QPoint(int((x - r.x()) * z), int((y - r.y()) * z))

            # Along each run (away from its ends) the line is equally dark: no gap where
            # it passes from one tile into the next.
            for a, b in zip(route, route[1:], strict=False):
                length = abs(b[0] - a[0]) + abs(b[1] - a[1])
                if length < 30:
                    continue
                darkest = []
                for step in range(1, 20):
                    t = (8 + (length - 16) * step / 20) / length
                    at = pixel(a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)
                    across = [QPoint(0, d) if a[1] == b[1] else QPoint(d, 0)
                              for d in (-2, -1, 0, 1, 2)]
                    darkest.append(min(image.pixelColor(at + d).lightness() for d in across))
                assert max(darkest) - min(darkest) <= 12, (dimmed, zoom, darkest)
        # A dimmed corner is blended once, like the rest of the line, not twice.
        full, dim = images[False][0], images[True][0]
        rect = images[False][1]
        background = full.pixelColor(1, 1).lightness()  # the scene's margin
        for corner in route[1:-1]:
            at = QPoint(int((corner[0] - rect.x()) * zoom), int((corner[1] - rect.y()) * zoom))
            expected = background - (background - full.pixelColor(at).lightness()) * opacity
            assert abs(dim.pixelColor(at).lightness() - expected) <= 12, (zoom, corner)


def test_an_emotion_point_is_grabbed_a_little_outside_its_dot(qtbot):
    emotions = [{"persona": "p0", "on": "a", "score": 1}]
    canvas = canvas_from(qtbot, spec(cards=CARDS, emotions=emotions))
    point = next(iter(canvas.scene.points.values()))
    centre = point.scenePos()
    click(canvas, centre + QPointF(8.0, 0.0))  # the dot's radius is 6
    assert point.isSelected()
    click(canvas, centre + QPointF(0.0, 30.0))
    assert not point.isSelected()


def test_straight_runs_are_square_capped_bands_and_slanted_ones_lines():
    shapes = _shapes(((0.0, 0.0), (100.0, 0.0), (100.0, 50.0)), Look(QColor("black"), 2.0, 1.0))
    first, second = shapes.bands
    assert (first.left(), first.right(), first.top(), first.bottom()) == (-1.0, 101.0, -1.0, 1.0)
    assert (second.left(), second.right(), second.top(), second.bottom()) == (99.0, 101.0, -1.0,
                                                                              51.0)
    slanted = _shapes(((0.0, 0.0), (3.0, 4.0)), Look(QColor("black"), 2.0, 1.0))
    assert slanted.bands == () and len(slanted.lines) == 1


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


def test_a_drag_whose_release_never_comes_ends_when_the_view_loses_focus(qtbot):
    canvas = canvas_from(qtbot, spec(cards=CARDS, flows=[["a", "b"]]))
    scene, view = canvas.scene, canvas.view
    key = (ref("a"), ref("b"))
    card = scene.cards[ref("b")]
    home, arrow_before = card.pos(), _drawn(scene, key)
    start = canvas.centre_of(ref("b"))
    viewport = view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     view.mapFromScene(start))
    for step in range(1, 5):
        QTest.mouseMove(viewport, view.mapFromScene(start + QPointF(0, 30 * step)))
    assert card.pos() != home and _drawn(scene, key) != arrow_before
    QApplication.sendEvent(view, QFocusEvent(QEvent.Type.FocusOut,
                                             Qt.FocusReason.ActiveWindowFocusReason))
    assert card.pos() == home
    assert _drawn(scene, key) == arrow_before
    assert _tile_keys(scene) == {key}  # back on the tiles, not floating
    assert canvas.stack.count() == 0
