"""Current vs ideal on one canvas: the other journey's curve, read-only and live."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF

from klantreis_desktop.model import operations as ops
from klantreis_desktop.model.builder import build
from klantreis_desktop.ui.canvas.emotion_items import OverlayCurveItem
from tests.ui.canvas.helpers import drag, open_canvas, ref, same_graph, snapshot, spec


def _two_journeys() -> dict[str, Any]:
    data = spec(phases=3, cards=[{"id": "t0", "kind": "touchpoint", "phase": "f0",
                                  "lane": "l0", "title": "Site"}],
                emotions=[{"persona": "p0", "on": "t0", "score": -1}], scenario="current")
    ideal = {"id": "i", "title": "Ideal", "scenario": "ideal", "personas": ["p0"],
             "phases": [{"id": "g0", "title": "phase 0"}, {"id": "g1", "title": "PHASE 2"}],
             "lanes": [{"id": "m0", "title": "Emotions", "lane_type": "emotions"}],
             "emotions": [{"persona": "p0", "on": "g0", "score": 2},
                          {"persona": "p0", "on": "g1", "score": 1}]}
    data["journeys"].append(ideal)
    return data


def test_overlay_appears_follows_edits_and_disappears(qtbot: Any) -> None:
    canvas = open_canvas(qtbot, build(_two_journeys()), ref("j"))
    scene, doc = canvas.scene, canvas.doc
    assert not any(isinstance(i, OverlayCurveItem) for i in scene.items())
    scene.set_compare_journey(ref("i"))
    (item,) = [i for i in scene.items() if isinstance(i, OverlayCurveItem)]
    assert item.source_journey == ref("i") and item.pen().style().name == "DashLine"
    assert scene.layout is not None
    columns = {c.phase: c for c in scene.layout.columns}
    path = item.path()
    assert path.elementAt(0).x == columns[ref("f0")].body.center[0]
    assert path.elementAt(path.elementCount() - 1).x == columns[ref("f2")].body.center[0]
    legend = scene.lanes[ref("l2")].look.legend
    assert ("ideal", "#e76f51", "dashed") in legend

    # Editing the ideal journey (here, outside this canvas) moves the overlay.
    top = item.path().elementAt(0).y
    emotion = doc.emotions(ref("i"))[0]
    doc.apply(ops.update(doc, emotion, score=-2))
    assert item.path().elementAt(0).y > top
    doc.apply(ops.remove(doc, doc.emotions(ref("i"))[1]))
    assert item.path().elementCount() == 0  # one point left: no line, only its dot
    assert item.dots.path().elementCount() > 0

    scene.set_compare_journey(None)
    assert not any(isinstance(i, OverlayCurveItem) for i in scene.items())
    assert all(len(entry) == 2 for entry in scene.lanes[ref("l2")].look.legend)


def test_overlay_is_read_only(qtbot: Any) -> None:
    canvas = open_canvas(qtbot, build(_two_journeys()), ref("j"))
    scene, doc = canvas.scene, canvas.doc
    scene.set_compare_journey(ref("i"))
    (item,) = [i for i in scene.items() if isinstance(i, OverlayCurveItem)]
    assert not item.acceptedMouseButtons() and not item.flags() & item.GraphicsItemFlag(
        item.GraphicsItemFlag.ItemIsSelectable)
    before = snapshot(doc)
    path = item.path()
    start = QPointF(path.elementAt(0).x, path.elementAt(0).y)
    drag(canvas, start, start + QPointF(0, 60))
    assert same_graph(doc, before)  # the ideal's point did not move
    assert canvas.stack.count() == 0
    assert not item.isSelected() and scene.id_of(item) is None


def test_the_cell_menu_toggles_the_other_scenarios_curve(qtbot: Any) -> None:
    from klantreis_desktop.ui.canvas.menus import build_context_menu

    canvas = open_canvas(qtbot, build(_two_journeys()), ref("j"))
    scene = canvas.scene
    assert scene.layout is not None
    spot = QPointF(*scene.layout.cells[(ref("f1"), ref("l1"))].center)
    menu = build_context_menu(scene, spot)
    (action,) = [a for a in menu.actions() if a.text() == "Show the ideal curve"]
    assert not action.isChecked()
    action.trigger()
    assert scene.compare_journey == ref("i") and scene.overlays
    menu = build_context_menu(scene, spot)
    (action,) = [a for a in menu.actions() if a.text() == "Show the ideal curve"]
    assert action.isChecked()
    action.trigger()
    assert scene.compare_journey is None and not scene.overlays
