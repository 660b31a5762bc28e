"""Review s6 #1: with two personas, each curve can be scored from the canvas.

New emotion points join the chosen persona's curve (the selected point's persona, a persona
dropped from the palette, or the emotion lane's menu); the legend marks that persona; a
point can move to another persona's curve. Every edit is one undo step.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF

from klantreis_desktop.model import operations as ops
from klantreis_desktop.model.model_error import ModelError
from klantreis_desktop.ui.canvas import menus
from tests.ui.canvas.helpers import canvas_from, click, palette_drop, ref, same_graph, snapshot
from tests.ui.canvas.helpers import spec as base_spec

CARDS = [
    {"id": "a", "kind": "touchpoint", "phase": "f0", "lane": "l0", "title": "Sees an ad"},
    {"id": "b", "kind": "touchpoint", "phase": "f1", "lane": "l0", "title": "Visits the site"},
]


def two_personas() -> dict:
    data = base_spec(cards=CARDS, personas=["p0", "p1"],
                     emotions=[{"persona": "p0", "on": "f0", "score": 1},
                               {"persona": "p1", "on": "f0", "score": -1}])
    data["personas"].append({"id": "p1", "name": "Joris", "colour": "#2a9d8f"})
    return data


def band_point(canvas, column: int, score_top: bool = True) -> QPointF:
    band = canvas.scene.layout.emotion_band
    x = canvas.scene.layout.columns[column].body.center[0]
    return QPointF(x, band.y + 1 if score_top else band.bottom - 1)


def point_of(canvas, persona: str, anchor: str) -> str:
    doc = canvas.doc
    return next(e for e in doc.emotions(canvas.journey, persona)
                if doc.emotion_anchor(e) == anchor)


def legend(canvas) -> tuple:
    lane = canvas.scene.lanes[canvas.scene.layout.emotion_lane]
    return lane.look.legend


def test_selecting_the_second_personas_point_makes_drops_score_its_curve(qtbot):
    canvas = canvas_from(qtbot, two_personas())
    doc, scene = canvas.doc, canvas.scene
    joris = point_of(canvas, ref("p1"), ref("f0"))
    click(canvas, scene.points[joris].scenePos())
    assert scene.selected_ids() == [joris]
    assert scene.emotion_persona() == ref("p1")
    assert ("Joris", "#2a9d8f", "active") in legend(canvas)  # the choice is shown

    before = snapshot(doc)
    assert palette_drop(canvas, "emotion", band_point(canvas, 1))
    new = point_of(canvas, ref("p1"), ref("f1"))
    assert doc.get(new, "score") == 2
    assert not [e for e in doc.emotions(canvas.journey, ref("p0"))
                if doc.emotion_anchor(e) == ref("f1")]
    assert scene.selected_ids() == [new]  # the inspector shows the new point (#19)
    assert canvas.stack.count() == 1
    canvas.stack.undo()
    assert same_graph(doc, before)


def test_dropping_an_attached_persona_chooses_it_for_new_points(qtbot):
    canvas = canvas_from(qtbot, two_personas())
    doc, scene = canvas.doc, canvas.scene
    messages: list[str] = []
    scene.status_message.connect(messages.append)
    assert scene.emotion_persona() == ref("p0")
    assert palette_drop(canvas, f"persona:{ref('p1')}", band_point(canvas, 2))
    assert canvas.stack.count() == 0  # choosing is no edit of the document
    assert scene.emotion_persona() == ref("p1")
    assert "Joris" in messages[-1]
    assert palette_drop(canvas, "emotion", band_point(canvas, 2, score_top=False))
    assert doc.get(point_of(canvas, ref("p1"), ref("f2")), "score") == -2
    assert "Joris" in messages[-1]


def test_the_emotion_lanes_menu_chooses_the_persona(qtbot):
    canvas = canvas_from(qtbot, two_personas())
    scene = canvas.scene
    menu = menus.build_context_menu(scene, band_point(canvas, 2))
    # No "type to add a card" frame over the chart (it stayed after the menu closed).
    assert scene.focus_cell is None
    chooser = next(a.menu() for a in menu.actions() if a.menu() is not None
                   and a.menu().objectName() == "emotion_persona_menu")
    actions = {a.text(): a for a in chooser.actions()}
    assert actions["Esther"].isChecked() and not actions["Joris"].isChecked()
    actions["Joris"].trigger()
    assert scene.emotion_persona() == ref("p1")
    menu.deleteLater()


def test_move_emotion_to_another_persona_is_one_step_and_refuses_a_taken_place(qtbot):
    data = two_personas()
    data["journeys"][0]["emotions"].append({"persona": "p0", "on": "f1", "score": 0})
    canvas = canvas_from(qtbot, data)
    doc = canvas.doc
    esther_f1 = point_of(canvas, ref("p0"), ref("f1"))
    before = snapshot(doc)
    canvas.scene.push(lambda: ops.move_emotion(doc, esther_f1, ref("p1")))
    assert point_of(canvas, ref("p1"), ref("f1")) == esther_f1
    assert canvas.scene.points[esther_f1].colour_hex == "#2a9d8f"
    canvas.stack.undo()
    assert same_graph(doc, before)
    with pytest.raises(ModelError, match="Joris"):
        ops.move_emotion(doc, point_of(canvas, ref("p0"), ref("f0")), ref("p1"))
