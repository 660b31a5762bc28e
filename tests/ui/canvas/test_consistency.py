"""Property: any sequence of edits, undos and redos leaves scene and model in step.

Every card, phase, lane, emotion point and flow of the model has exactly one item, at the
geometry ``layout_journey`` computes for the model as it is now.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QUndoStack

from klantreis_desktop.layout import layout_journey
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model import operations as ops
from klantreis_desktop.model.builder import build
from klantreis_desktop.model.model_error import ModelError
from klantreis_desktop.ui import commands
from klantreis_desktop.ui.canvas.card_item import CardItem
from klantreis_desktop.ui.canvas.emotion_items import EmotionPointItem
from klantreis_desktop.ui.canvas.flow_items import FlowItem
from klantreis_desktop.ui.canvas.header_items import LaneHeaderItem, PhaseHeaderItem
from klantreis_desktop.ui.canvas.scene import JourneyScene
from tests.ui.canvas.helpers import spec

CARDS = [
    {"id": "a", "kind": "touchpoint", "phase": "f0", "lane": "l0", "title": "Sees an ad"},
    {"id": "b", "kind": "touchpoint", "phase": "f1", "lane": "l0", "title": "Visits"},
    {"id": "c", "kind": "pain", "phase": "f1", "lane": "l1", "title": "Too slow"},
]
EMOTIONS = [{"persona": "p0", "on": "a", "score": 1}, {"persona": "p0", "on": "f2", "score": -1}]


def assert_consistent(scene: JourneyScene) -> None:
    doc, journey = scene.doc, scene.journey
    fresh = layout_journey(doc, journey, scene.measurer, scene.options, scene.visible_personas)
    assert scene.layout == fresh
    visible = set(doc.lanes(journey, include_hidden=False))
    assert set(fresh.cards) == {c for c in doc.cards(journey) if doc.lane_of(c) in visible}
    assert set(scene.cards) == set(fresh.cards)
    for card, box in fresh.cards.items():
        assert scene.cards[card].card_rect() == QRectF(box.rect.x, box.rect.y, box.rect.w,
                                                        box.rect.h)
    assert set(scene.phases) == set(doc.phases(journey))
    for column in fresh.columns:
        assert scene.phases[column.phase].header_rect() == _q(column.header)
    assert set(scene.lanes) == visible
    for row in fresh.rows:
        assert scene.lanes[row.lane].header_rect() == _q(row.header)
    points = {p.emotion: p for c in fresh.curves for p in c.points}
    if fresh.emotion_lane is not None:
        assert set(points) == set(doc.emotions(journey))
    assert set(scene.points) == set(points)
    for emotion, point in points.items():
        assert scene.points[emotion].pos() == QPointF(point.x, point.y)
    assert set(scene.flows) == {(f.source, f.target) for f in fresh.flows}
    assert set(scene.curves) == {c.persona for c in fresh.curves}
    # Exactly one item each: nothing stale is left in the scene.
    items = scene.items()
    for kind, table in ((CardItem, scene.cards), (PhaseHeaderItem, scene.phases),
                        (LaneHeaderItem, scene.lanes), (EmotionPointItem, scene.points),
                        (FlowItem, scene.flows)):
        assert sum(isinstance(i, kind) for i in items) == len(table)
    assert scene.sceneRect().contains(QRectF(0, 0, fresh.width, fresh.height))


def _q(rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.w, rect.h)


OPS = ("add", "move", "remove", "reorder_phase", "reorder_lane", "add_phase", "remove_phase",
       "hide_lane", "emotion", "flow", "title", "undo", "undo", "redo")
step = st.tuples(st.sampled_from(OPS), st.integers(0, 30), st.integers(0, 30),
                 st.integers(0, 30), st.text(alphabet="ab c\n", max_size=30))


def apply_step(doc, journey, stack, op, i, j, n, text) -> None:
    phases, lanes = doc.phases(journey), doc.lanes(journey)
    cards = doc.cards(journey)
    touchpoints = [c for c in cards if doc.kind(c) == k.TOUCHPOINT]

    def pick(items, index):
        return items[index % len(items)] if items else None

    if op == "undo":
        stack.undo()
        return
    if op == "redo":
        stack.redo()
        return
    change = None
    if op == "add" and phases and lanes:
        change = ops.add_card(doc, k.CARD_KINDS[i % 5], pick(phases, j), pick(lanes, n), text,
                              index=n % 4)
    elif op == "move" and cards and phases and lanes:
        change = ops.move_card(doc, pick(cards, i), pick(phases, j), pick(lanes, n), n % 3)
    elif op == "remove" and cards:
        change = ops.remove(doc, pick(cards, i))
    elif op == "reorder_phase" and phases:
        change = ops.reorder(doc, pick(phases, i), j % len(phases))
    elif op == "reorder_lane" and lanes:
        change = ops.reorder(doc, pick(lanes, i), j % len(lanes))
    elif op == "add_phase":
        change = ops.add_phase(doc, journey, text, index=i % 5)
    elif op == "remove_phase" and len(phases) > 1:
        change = ops.remove(doc, pick(phases, i))
    elif op == "hide_lane" and lanes:
        lane = pick(lanes, i)
        change = ops.update(doc, lane, hidden=not doc.get(lane, "hidden"))
    elif op == "emotion":
        anchor = pick(touchpoints + phases, i)
        if anchor is not None:
            change = ops.set_emotion(doc, doc.personas()[0], anchor, (j % 5) - 2)
    elif op == "flow" and len(touchpoints) >= 2:
        a, b = pick(touchpoints, i), pick(touchpoints, j)
        if a != b:
            change = ops.connect_flow(doc, a, b)
    elif op == "title" and cards:
        change = ops.update(doc, pick(cards, i), title=text)
    if change is not None:
        commands.push(stack, doc, change, merge_key=f"t:{i}" if op == "title" else None)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(steps=st.lists(step, min_size=1, max_size=25))
def test_random_edits_keep_scene_and_model_consistent(qapp, steps):
    doc = build(spec(cards=CARDS, emotions=EMOTIONS, flows=[["a", "b"]]))
    journey = doc.journeys()[0]
    stack = QUndoStack()
    scene = JourneyScene(doc, journey, stack)
    try:
        assert_consistent(scene)
        for op, i, j, n, text in steps:
            try:
                apply_step(doc, journey, stack, op, i, j, n, text)
            except ModelError:
                continue  # a refused operation changes nothing
            assert_consistent(scene)
        while stack.canUndo():
            stack.undo()
        assert_consistent(scene)
    finally:
        scene.dispose()
