"""A rubber band selects what is *on* the map (cards, points, arrows), never the phase and
lane headers it crosses: Delete after a sweep from the top must not delete whole phases."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from tests.ui.canvas.helpers import canvas_from, click, drag, ref, spec

CARDS = [
    {"id": "a", "kind": "touchpoint", "phase": "f0", "lane": "l0", "title": "Sees an ad"},
    {"id": "b", "kind": "touchpoint", "phase": "f1", "lane": "l0", "title": "Visits the site"},
    {"id": "c", "kind": "pain", "phase": "f1", "lane": "l1", "title": "Too slow"},
]


def test_a_sweep_across_the_headers_selects_only_the_cards(qtbot):
    canvas = canvas_from(qtbot, spec(cards=CARDS))
    doc, scene = canvas.doc, canvas.scene
    layout = scene.layout
    # From the margin above the map, down across the phase 0 and 1 headers and their cards.
    start = QPointF(layout.columns[0].header.x + 5, -20)
    end = QPointF(layout.columns[1].header.right - 5, layout.cells[(ref("f1"), ref("l1"))].bottom - 3)
    drag(canvas, start, end)
    assert scene.selected_ids() == sorted([ref("a"), ref("b"), ref("c")])
    QTest.keyClick(canvas.view, Qt.Key.Key_Delete)
    assert doc.phases(canvas.journey) == [ref("f0"), ref("f1"), ref("f2")]
    assert not any(card in doc for card in (ref("a"), ref("b"), ref("c")))


def test_a_sweep_across_the_lane_headers_leaves_the_lanes(qtbot):
    canvas = canvas_from(qtbot, spec(cards=CARDS))
    scene = canvas.scene
    layout = scene.layout
    start = QPointF(-20, layout.rows[0].header.y + 3)
    end = QPointF(layout.cells[(ref("f0"), ref("l1"))].right - 3, layout.rows[1].header.bottom - 3)
    drag(canvas, start, end)
    assert scene.selected_ids() == [ref("a")]


def test_a_header_is_still_selected_by_a_click_after_a_sweep(qtbot):
    canvas = canvas_from(qtbot, spec(cards=CARDS))
    scene = canvas.scene
    layout = scene.layout
    drag(canvas, QPointF(layout.columns[0].header.x + 5, -20),
         QPointF(*layout.cells[(ref("f0"), ref("l0"))].center))
    click(canvas, QPointF(*layout.columns[2].header.center))
    assert scene.selected_ids() == [ref("f2")]
