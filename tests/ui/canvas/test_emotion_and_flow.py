"""Emotion points (drag, nudge) and flow arrows (draw, delete) with real input."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from klantreis_desktop.layout import score_to_y
from tests.ui.canvas.helpers import canvas_from, click, drag, ref, same_graph, snapshot, spec

CARDS = [
    {"id": "a", "kind": "touchpoint", "phase": "f0", "lane": "l0", "title": "Sees an ad"},
    {"id": "b", "kind": "touchpoint", "phase": "f1", "lane": "l0", "title": "Visits the site"},
    {"id": "c", "kind": "touchpoint", "phase": "f2", "lane": "l0", "title": "Calls"},
    {"id": "n", "kind": "note", "phase": "f2", "lane": "l1", "title": "A note"},
]
EMOTIONS = [{"persona": "p0", "on": "a", "score": 0}, {"persona": "p0", "on": "b", "score": 1},
            {"persona": "p0", "on": "f2", "score": -1}]


def emotion_on(doc, anchor: str) -> str:
    return next(e for e in doc.emotions(doc.journeys()[0]) if doc.emotion_anchor(e) == anchor)


def test_drag_an_emotion_point_up_snaps_to_the_scale_in_one_step(qtbot):
    canvas = canvas_from(qtbot, spec(cards=CARDS, emotions=EMOTIONS))
    doc, scene = canvas.doc, canvas.scene
    before = snapshot(doc)
    emotion = emotion_on(doc, ref("a"))
    point = scene.points[emotion].pos()
    band = scene.layout.emotion_band
    # Aim a little off the +2 line: the score snaps to the nearest whole value.
    target = QPointF(point.x(), score_to_y(2, band, scene.layout.scale) + 6)
    drag(canvas, point, target)
    assert doc.get(emotion, "score") == 2
    assert canvas.stack.count() == 1
    assert scene.points[emotion].pos().y() == score_to_y(2, band, scene.layout.scale)
    canvas.stack.undo()
    assert same_graph(doc, before)
    assert scene.points[emotion].pos() == point


def test_dragging_beyond_the_band_clamps_to_the_lowest_score(qtbot):
    canvas = canvas_from(qtbot, spec(cards=CARDS, emotions=EMOTIONS))
    emotion = emotion_on(canvas.doc, ref("b"))
    point = canvas.scene.points[emotion].pos()
    drag(canvas, point, QPointF(point.x(), canvas.scene.layout.emotion_band.bottom + 200))
    assert canvas.doc.get(emotion, "score") == -2


def test_arrow_keys_nudge_a_point_and_merge_into_one_undo_step(qtbot):
    canvas = canvas_from(qtbot, spec(cards=CARDS, emotions=EMOTIONS))
    doc, scene = canvas.doc, canvas.scene
    emotion = emotion_on(doc, ref("f2"))
    click(canvas, scene.points[emotion].pos())
    assert scene.selected_ids() == [emotion]
    for _ in range(3):
        QTest.keyClick(canvas.view, Qt.Key.Key_Up)
    assert doc.get(emotion, "score") == 2  # -1 + 3
    QTest.keyClick(canvas.view, Qt.Key.Key_Up)
    assert doc.get(emotion, "score") == 2  # the top of the scale
    assert canvas.stack.count() == 1
    canvas.stack.undo()
    assert doc.get(emotion, "score") == -1


def test_curve_follows_the_model(qtbot):
    canvas = canvas_from(qtbot, spec(cards=CARDS, emotions=EMOTIONS))
    curve = canvas.scene.curves[ref("p0")]
    before = curve.path().boundingRect()
    emotion = emotion_on(canvas.doc, ref("b"))
    canvas.scene.select_ids([emotion])
    QTest.keyClick(canvas.view, Qt.Key.Key_Down)
    assert curve.path().boundingRect() != before
    assert curve.path().elementCount() > 2  # cubic segments, not a polyline


def test_draw_a_flow_from_the_handle_to_another_touchpoint(qtbot):
    canvas = canvas_from(qtbot, spec(cards=CARDS))
    doc, scene = canvas.doc, canvas.scene
    before = snapshot(doc)
    handle = scene.cards[ref("a")].handle_center()
    drag(canvas, handle, canvas.centre_of(ref("c")))
    assert doc.flows(canvas.journey) == [(ref("a"), ref("c"))]
    assert (ref("a"), ref("c")) in scene.flows
    assert canvas.stack.count() == 1
    # The card itself did not move: the handle starts a flow, not a card drag.
    assert doc.phase_of(ref("a")) == ref("f0")
    canvas.stack.undo()
    assert same_graph(doc, before)
    assert not scene.flows


def test_a_flow_onto_a_note_is_refused_with_a_message(qtbot):
    canvas = canvas_from(qtbot, spec(cards=CARDS))
    messages: list[str] = []
    canvas.scene.status_message.connect(messages.append)
    drag(canvas, canvas.scene.cards[ref("a")].handle_center(), canvas.centre_of(ref("n")))
    assert canvas.doc.flows(canvas.journey) == []
    assert messages


def test_arrows_follow_their_cards_and_delete_removes_a_selected_arrow(qtbot):
    data = spec(cards=CARDS, flows=[["a", "b"]])
    canvas = canvas_from(qtbot, data)
    doc, scene = canvas.doc, canvas.scene
    arrow = scene.flows[(ref("a"), ref("b"))]
    old = arrow.boundingRect()
    target = scene.layout.cells[(ref("f0"), ref("l1"))]
    drag(canvas, canvas.centre_of(ref("b")), QPointF(*target.center))
    assert scene.flows[(ref("a"), ref("b"))] is arrow
    assert arrow.boundingRect() != old
    route = next(f for f in scene.layout.flows if f.source == ref("a"))
    mid = QPointF(*route.points[0]) + (QPointF(*route.points[1]) - QPointF(*route.points[0])) / 2
    click(canvas, mid)
    assert arrow.isSelected()
    QTest.keyClick(canvas.view, Qt.Key.Key_Delete)
    assert doc.flows(canvas.journey) == []
    assert ref("a") in doc and ref("b") in doc


def _marker_shown(canvas) -> bool:
    marker = canvas.scene.gestures.active.marker
    return marker is not None and marker.isVisible()


def test_an_arrow_shows_its_drop_mark_only_where_it_may_end(qtbot):
    """Review s6 #10: the green bar under a card promised a drop that was then refused."""
    canvas = canvas_from(qtbot, spec(cards=CARDS))
    scene, viewport = canvas.scene, canvas.view.viewport()
    messages: list[str] = []
    scene.status_message.connect(messages.append)
    handle = scene.cards[ref("a")].handle_center()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     canvas.view.mapFromScene(handle))
    QTest.mouseMove(viewport, canvas.view.mapFromScene(canvas.centre_of(ref("c"))))
    assert _marker_shown(canvas)  # a touchpoint: the arrow may end here
    QTest.mouseMove(viewport, canvas.view.mapFromScene(canvas.centre_of(ref("n"))))
    assert not _marker_shown(canvas)  # a note: no promise
    assert messages and "touchpoints" in messages[-1]  # said while dragging, not after
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       canvas.view.mapFromScene(canvas.centre_of(ref("n"))))
    assert canvas.doc.flows(canvas.journey) == []


def test_the_score_read_out_goes_when_the_point_is_let_go(qtbot):
    """Review s6 #19: "Score: -1" stayed in the status bar after the drag."""
    canvas = canvas_from(qtbot, spec(cards=CARDS, emotions=EMOTIONS))
    messages: list[str] = []
    canvas.scene.status_message.connect(messages.append)
    emotion = emotion_on(canvas.doc, ref("a"))
    point = canvas.scene.points[emotion].pos()
    drag(canvas, point, QPointF(point.x(), canvas.scene.layout.emotion_band.bottom - 1))
    assert canvas.doc.get(emotion, "score") == -2
    assert any(m.startswith("Score") for m in messages)
    assert messages[-1] == ""  # the read-out is cleared on release
