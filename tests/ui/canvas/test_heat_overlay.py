"""The analysis heat map on the canvas: tints follow the analysis, edits and the menu."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, Qt

from klantreis_desktop.model import kinds as k
from klantreis_desktop.model import operations as ops
from klantreis_desktop.templates import build_sample
from klantreis_desktop.ui.canvas.heat_overlay import HeatOverlayItem
from klantreis_desktop.ui.canvas.menus import build_context_menu
from tests.ui.canvas.helpers import Canvas, click, open_canvas


def _sample(qtbot: Any) -> Canvas:
    return open_canvas(qtbot, build_sample("schoonmaak", "en"))


def _phase(canvas: Canvas, title: str) -> str:
    return next(p for p in canvas.doc.phases(canvas.journey) if canvas.doc.title(p) == title)


def _overlays(canvas: Canvas) -> list[HeatOverlayItem]:
    return [i for i in canvas.scene.items() if isinstance(i, HeatOverlayItem)]


def _column_strengths(canvas: Canvas) -> dict[str, float]:
    heat = canvas.scene.heat
    assert heat is not None
    return {canvas.doc.title(p): heat.strength_of((p, ""))
            for p in canvas.doc.phases(canvas.journey)}


def test_pain_heat_is_hottest_where_the_worst_pain_is(qtbot: Any) -> None:
    canvas = _sample(qtbot)
    assert not _overlays(canvas)
    canvas.scene.set_heat("pain")
    (item,) = _overlays(canvas)
    assert item.legend.startswith("Heat map: pain points")
    heat = _column_strengths(canvas)
    # "Team 40 minutes late" (8 votes, impact 5) lies in "Service & use".
    assert heat["Service & use"] == 1.0
    assert heat["Service & use"] > heat["Orientation"] > heat["Purchase"] > 0
    assert heat["Awareness"] == 0.0  # no pain points there: no tint
    assert item.zValue() < min(c.zValue() for c in canvas.scene.cards.values())


def test_emotion_heat_is_red_below_zero_and_green_above(qtbot: Any) -> None:
    canvas = _sample(qtbot)
    canvas.scene.set_heat("emotion")
    heat = canvas.scene.heat
    assert heat is not None
    colours = {canvas.doc.title(t.key[0]): (t.colour, t.value) for t in heat.tints}
    assert colours["Orientation"][1] < 0 and colours["Orientation"][0] == "#d62828"
    assert colours["Purchase"][1] > 0 and colours["Purchase"][0] == "#2a9d4f"
    strengths = _column_strengths(canvas)
    assert strengths["Purchase"] > strengths["Awareness"]  # +1.2 against +0.5


def test_channel_heat_tints_the_channels_lane(qtbot: Any) -> None:
    canvas = _sample(qtbot)
    doc = canvas.doc
    canvas.scene.set_heat("channels")
    heat = canvas.scene.heat
    assert heat is not None
    (lane,) = [n for n in doc.lanes(canvas.journey) if doc.get(n, "lane_type") == "channels"]
    assert heat.tints and {t.key[1] for t in heat.tints} == {lane}
    strength = {doc.title(t.key[0]): t.strength for t in heat.tints}
    assert strength["Service & use"] == 1.0 and strength["Awareness"] < 1.0


def test_edits_update_the_overlay_and_off_removes_it(qtbot: Any) -> None:
    canvas = _sample(qtbot)
    doc, scene = canvas.doc, canvas.scene
    scene.set_heat("pain")
    awareness = _phase(canvas, "Awareness")
    (lane,) = [n for n in doc.lanes(canvas.journey) if doc.get(n, "lane_type") == "pains"]
    change = ops.add_card(doc, k.PAIN, awareness, lane, title="Cannot find a cleaner")
    doc.apply(change)
    pain = ops.created_id(change)
    doc.apply(ops.update(doc, pain, votes=20, impact=5))
    heat = _column_strengths(canvas)
    assert heat["Awareness"] == 1.0 and heat["Service & use"] < 1.0
    (item,) = _overlays(canvas)  # still one item, updated in place
    doc.apply(ops.remove(doc, pain))
    assert _column_strengths(canvas)["Awareness"] == 0.0
    scene.set_heat(None)
    assert not _overlays(canvas) and scene.heat is None
    doc.apply(ops.update(doc, doc.parts(canvas.journey, k.PAIN)[0], votes=50))
    assert not _overlays(canvas)  # off stays off after edits


def test_a_click_through_the_overlay_selects_the_card(qtbot: Any) -> None:
    canvas = _sample(qtbot)
    scene, doc = canvas.scene, canvas.doc
    scene.set_heat("pain")
    (item,) = _overlays(canvas)
    assert item.acceptedMouseButtons() == Qt.MouseButton.NoButton
    assert not item.flags() & item.GraphicsItemFlag.ItemIsSelectable
    pains = doc.parts(canvas.journey, k.PAIN)
    hot = next(p for p in pains if doc.title(p).startswith("Team 40"))
    at = canvas.centre_of(hot)
    assert item in scene.items(at)  # the overlay lies under this card
    click(canvas, at)
    assert scene.selected_ids() == [hot] and not item.isSelected()
    # An empty but tinted cell still gets the cell menu, not nothing.
    assert scene.layout is not None
    phase = _phase(canvas, "Service & use")
    empty = next(cell for cell in scene.layout.cells
                 if cell[0] == phase and not scene.layout.stacks.get(cell))
    menu = build_context_menu(scene, QPointF(*scene.layout.cells[empty].center))
    assert any(a.text().startswith("New ") for a in menu.actions())


def test_the_menu_switches_modes(qtbot: Any) -> None:
    canvas = _sample(qtbot)
    scene = canvas.scene
    assert scene.layout is not None
    layout = scene.layout
    spot = QPointF(*next(r for c, r in layout.cells.items() if not layout.stacks.get(c)).center)
    menus: list[Any] = []  # the menus live as long as the test uses their actions

    def heat_actions() -> dict[str, Any]:
        menus.append(build_context_menu(scene, spot))
        (sub,) = [a.menu() for a in menus[-1].actions() if a.text() == "Heat map"]
        return {a.text(): a for a in sub.actions()}

    found = heat_actions()
    assert list(found) == ["Off", "Pain points", "Emotions", "Channels"]
    assert found["Off"].isChecked() and not found["Pain points"].isChecked()
    found["Emotions"].trigger()
    assert scene.heat_mode == "emotion" and _overlays(canvas)
    found = heat_actions()
    assert found["Emotions"].isChecked() and not found["Off"].isChecked()
    found["Channels"].trigger()
    assert scene.heat_mode == "channels" and len(_overlays(canvas)) == 1
    heat_actions()["Off"].trigger()
    assert scene.heat_mode is None and not _overlays(canvas)
