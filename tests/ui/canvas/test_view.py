"""The view (zoom, pan) and the scene's life cycle (subscribe, detach, other journeys)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QGraphicsItem

from klantreis_desktop.model import operations as ops
from klantreis_desktop.templates import build_sample
from klantreis_desktop.ui import commands
from klantreis_desktop.ui.canvas.view import MAX_ZOOM, MIN_ZOOM
from tests.ui.canvas.helpers import canvas_from, open_canvas, ref, spec

CARDS = [{"id": "a", "kind": "touchpoint", "phase": "f0", "lane": "l0", "title": "Sees an ad"}]


def wheel(canvas, steps: int, modifiers=Qt.KeyboardModifier.ControlModifier) -> None:
    pos = QPointF(200, 200)
    event = QWheelEvent(pos, canvas.view.viewport().mapToGlobal(pos), QPoint(0, 0),
                        QPoint(0, 120 * steps), Qt.MouseButton.NoButton, modifiers,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(canvas.view.viewport(), event)


def test_zoom_buttons_wheel_fit_and_reset(qtbot):
    canvas = open_canvas(qtbot, build_sample("schoonmaak", "en"))
    view = canvas.view
    seen: list[float] = []
    view.zoom_changed.connect(seen.append)
    view.zoom_in()
    assert view.zoom() > 1.0 and seen[-1] == view.zoom()
    view.zoom_reset()
    assert view.zoom() == 1.0
    wheel(canvas, 2)
    assert view.zoom() > 1.2
    wheel(canvas, -4)
    assert view.zoom() < 1.0
    for _ in range(40):
        view.zoom_out()
    assert view.zoom() == MIN_ZOOM
    for _ in range(40):
        view.zoom_in()
    assert view.zoom() == MAX_ZOOM
    view.zoom_fit()
    QApplication.processEvents()  # the scroll bars go away in the event loop
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(canvas.scene.sceneRect().adjusted(1, 1, -1, -1))
    QTest.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() == 1.0


def test_fit_shows_the_headers_of_a_map_too_tall_for_the_smallest_zoom(qtbot):
    cards = [{"id": f"c{i}", "kind": "note", "phase": "f0", "lane": "l0",
              "title": f"Note {i}"} for i in range(400)]
    canvas = canvas_from(qtbot, spec(cards=cards))
    view = canvas.view
    view.zoom_fit()
    assert view.zoom() == MIN_ZOOM
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    scene_rect = canvas.scene.sceneRect()
    assert visible.height() < scene_rect.height()  # it really does not fit
    assert visible.top() <= scene_rect.top() + 1  # the phase headers are in view


def test_a_wheel_without_ctrl_scrolls(qtbot):
    canvas = open_canvas(qtbot, build_sample("schoonmaak", "en"))
    bar = canvas.view.verticalScrollBar()
    bar.setValue(bar.minimum())
    wheel(canvas, -3, Qt.KeyboardModifier.NoModifier)
    assert canvas.view.zoom() == 1.0
    assert bar.value() > bar.minimum()


def test_middle_button_and_space_drag_pan(qtbot):
    canvas = open_canvas(qtbot, build_sample("schoonmaak", "en"))
    view, bar = canvas.view, canvas.view.verticalScrollBar()
    bar.setValue(bar.maximum())
    viewport = view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.MiddleButton, pos=QPoint(400, 200))
    QTest.mouseMove(viewport, QPoint(400, 300))
    QTest.mouseRelease(viewport, Qt.MouseButton.MiddleButton, pos=QPoint(400, 300))
    assert bar.value() == bar.maximum() - 100
    before = bar.value()
    QTest.keyPress(view, Qt.Key.Key_Space)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, pos=QPoint(400, 300))
    QTest.mouseMove(viewport, QPoint(400, 350))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=QPoint(400, 350))
    QTest.keyRelease(view, Qt.Key.Key_Space)
    assert bar.value() < before
    assert canvas.stack.count() == 0  # panning over cards never moves them
    assert view.isInteractive()


def test_cards_are_cached_and_the_scene_rect_is_fixed(qtbot):
    canvas = canvas_from(qtbot, spec(cards=CARDS))
    item = canvas.scene.cards[ref("a")]
    assert item.cacheMode() == QGraphicsItem.CacheMode.DeviceCoordinateCache
    assert not item.flags() & QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
    rect = canvas.scene.sceneRect()
    assert rect.width() >= canvas.scene.layout.width
    # Low zoom paints plain blocks, high zoom full detail: both render without errors.
    for zoom in (0.2, 2.0):
        canvas.view.set_zoom(zoom)
        assert not canvas.view.grab().isNull()


def test_changes_to_another_journey_leave_the_scene_alone(qtbot):
    data = spec(cards=CARDS)
    data["journeys"].append({"id": "j2", "title": "Other",
                             "phases": [{"id": "g0", "title": "G"}],
                             "lanes": [{"id": "m0", "title": "M"}]})
    canvas = canvas_from(qtbot, data)
    doc, scene = canvas.doc, canvas.scene
    layout = scene.layout
    commands.push(canvas.stack, doc, ops.add_card(doc, "note", ref("g0"), ref("m0"), "x"))
    assert scene.layout is layout  # not even laid out again
    commands.push(canvas.stack, doc, ops.update(doc, ref("web"), name="Web"))
    assert scene.layout is not layout  # channels are shared: they may show on cards


def test_detach_stops_following_and_a_removed_journey_empties_the_scene(qtbot):
    canvas = canvas_from(qtbot, spec(cards=CARDS))
    doc, scene = canvas.doc, canvas.scene
    commands.push(canvas.stack, doc, ops.remove(doc, canvas.journey))
    assert not scene.cards and not scene.phases and scene.layout is None
    canvas.stack.undo()
    assert ref("a") in scene.cards
    scene.detach()
    commands.push(canvas.stack, doc, ops.update(doc, ref("a"), title="Changed"))
    assert scene.cards[ref("a")].look.title == "Sees an ad"
