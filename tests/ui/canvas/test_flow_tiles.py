"""Arrow tiles find their arrows in the route index: each tile draws exactly what the
old cutting (every arrow cut into one part per tile it crosses, when it was drawn)
gave it, in the same order, and an edited canvas shows the same pixels as a fresh one.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QPainterPath
from PySide6.QtWidgets import QGraphicsItem

from klantreis_desktop import storage
from klantreis_desktop.model import operations as ops
from klantreis_desktop.model.builder import build
from klantreis_desktop.ui.canvas.flow_items import TILE, FlowItem, Shapes, _clipped
from tests.ui.canvas.helpers import click, open_canvas

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "benchmarks"))

from make_journey import journey_spec  # noqa: E402


def _old_tiles_of(shapes: Shapes) -> set[tuple[int, int]]:
    """The tiles the old layer cut an arrow for (its ``_tiles_of``, kept here)."""
    boxes = list(shapes.bands)
    boxes += [QRectF(line.p1(), line.p2()).normalized() for line in shapes.lines]
    if shapes.head is not None:
        boxes.append(shapes.head.boundingRect())
    pad = shapes.look.width
    return {(tx, ty) for box in boxes
            for tx in range(math.floor((box.left() - pad) / TILE),
                            math.floor((box.right() + pad) / TILE) + 1)
            for ty in range(math.floor((box.top() - pad) / TILE),
                            math.floor((box.bottom() + pad) / TILE) + 1)}


def _old_cut(scene) -> dict[tuple[int, int], dict]:
    """Every arrow cut per tile, arrows in the order they were drawn (the old layer)."""
    tiles: dict[tuple[int, int], dict] = {}
    for key in scene.flows:
        whole = scene.flow_layer._shapes[key]
        for tile in _old_tiles_of(whole):
            square = QRectF(tile[0] * TILE, tile[1] * TILE, TILE, TILE)
            tiles.setdefault(tile, {})[key] = _clipped(whole, square)
    return tiles


def _assert_tiles_as_cut_before(scene) -> None:
    old = _old_cut(scene)
    layer = scene.flow_layer
    assert set(layer.tiles) == set(old)
    for tile, parts in old.items():
        assert list(layer.tiles[tile].arrows.items()) == list(parts.items()), tile


def test_a_sample_s_tiles_draw_what_cutting_per_tile_drew(qtbot):
    doc = storage.load(ROOT / "resources" / "samples" / "schoonmaak.nl.klantreis")
    canvas = open_canvas(qtbot, doc)
    assert canvas.scene.flows
    _assert_tiles_as_cut_before(canvas.scene)


def test_a_tall_wall_s_tiles_draw_what_cutting_per_tile_drew(qtbot):
    # 640 cards on the 12 x 8 grid: cells of ~7 cards, arrows across many tiles.
    canvas = open_canvas(qtbot, build(journey_spec(cards=640)))
    scene = canvas.scene
    assert len(scene.flows) == 160
    assert max(len(_old_tiles_of(scene.flow_layer._shapes[key])) for key in scene.flows) > 4
    _assert_tiles_as_cut_before(scene)


def _grab(canvas) -> QImage:
    canvas.view.viewport().repaint()
    return canvas.view.viewport().grab().toImage()


def test_an_edited_canvas_shows_the_arrows_a_fresh_one_shows(qtbot):
    # Tiles repaint only where an arrow's parts changed: after moving a card with
    # arrows (and dimming, and undoing the dimming) the view matches a fresh canvas.
    doc = build(journey_spec(cards=320))
    edited = open_canvas(qtbot, doc)
    scene = edited.scene
    _grab(edited)  # every tile in view painted (and cached) before the change
    card = next(key[0] for key in scene.flows)
    phase, lane = scene.layout.cards[card].phase, scene.layout.cards[card].lane
    phases = [column.phase for column in scene.layout.columns]
    target = phases[(phases.index(phase) + 1) % len(phases)]
    doc.apply(ops.move_card(doc, card, target, lane, 0))
    scene.set_spotlight({target})
    scene.set_spotlight(None)
    fresh = open_canvas(qtbot, doc)
    assert _grab(edited) == _grab(fresh)
    layer = scene.flow_layer  # what the tiles kept is what they would cut afresh
    for cell, tile in layer.tiles.items():
        assert tile.arrows == layer.parts_in(cell), cell
    _assert_tiles_as_cut_before(fresh.scene)


def test_arrows_are_kept_out_of_the_scene_index_and_still_hit(qtbot):
    # The arrows are children of one hit group (Qt then leaves them out of its index);
    # a point, a click and a rubber band on a long arrow still find it.
    canvas = open_canvas(qtbot, build(journey_spec(cards=320)))
    scene, view = canvas.scene, canvas.view
    hits = scene.flow_layer.hits
    assert hits.flags() & QGraphicsItem.GraphicsItemFlag.ItemContainsChildrenInShape
    assert all(arrow.parentItem() is hits for arrow in scene.flows.values())
    arrow = max(scene.flows.values(), key=lambda item: item.rect().height())
    points = arrow.drawn_route()
    a, b = max(zip(points, points[1:], strict=False),
               key=lambda ab: abs(ab[1][0] - ab[0][0]) + abs(ab[1][1] - ab[0][1]))
    middle = QPointF((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
    found = [item for item in scene.items(middle) if isinstance(item, FlowItem)]
    assert arrow in found
    view.centerOn(middle)
    click(canvas, middle)
    assert scene.selectedItems() == [found[0]]
    scene.clearSelection()
    area = QPainterPath()
    area.addRect(QRectF(middle - QPointF(3, 3), middle + QPointF(3, 3)))
    scene.setSelectionArea(area, mode=Qt.ItemSelectionMode.IntersectsItemShape)
    assert arrow in scene.selectedItems()
