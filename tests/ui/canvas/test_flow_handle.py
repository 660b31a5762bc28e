"""The flow handle: a press anywhere on the visible handle starts an arrow, branches too."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from klantreis_desktop.ui.canvas.card_item import HANDLE_RADIUS
from tests.ui.canvas.helpers import canvas_from, drag, ref, spec

CARDS = [
    {"id": "a", "kind": "touchpoint", "phase": "f0", "lane": "l0", "title": "Sees an ad"},
    {"id": "b", "kind": "touchpoint", "phase": "f1", "lane": "l0", "title": "Visits the site"},
    {"id": "c", "kind": "touchpoint", "phase": "f2", "lane": "l0", "title": "Calls"},
    {"id": "d", "kind": "touchpoint", "phase": "f1", "lane": "l0", "title": "Mails"},
]

#: Offsets from the handle's centre: the centre, the half over the card, the outer half.
SPOTS = {"centre": QPointF(0.0, 0.0), "inner": QPointF(-HANDLE_RADIUS + 2.0, 0.0),
         "outer": QPointF(HANDLE_RADIUS - 2.0, 0.0), "inner_high": QPointF(-3.0, -3.0)}


@pytest.mark.parametrize("spot", sorted(SPOTS))
def test_a_press_anywhere_on_the_handle_draws_an_arrow(qtbot, spot):
    canvas = canvas_from(qtbot, spec(cards=CARDS))
    start = canvas.scene.cards[ref("a")].handle_center() + SPOTS[spot]
    drag(canvas, start, canvas.centre_of(ref("c")))
    assert canvas.doc.flows(canvas.journey) == [(ref("a"), ref("c"))]
    assert canvas.doc.phase_of(ref("a")) == ref("f0")  # no card drag
    assert canvas.stack.count() == 1


@pytest.mark.parametrize("spot", sorted(SPOTS))
def test_a_second_arrow_from_the_same_handle_is_a_branch(qtbot, spot):
    canvas = canvas_from(qtbot, spec(cards=CARDS, flows=[["a", "b"]]))
    start = canvas.scene.cards[ref("a")].handle_center() + SPOTS[spot]
    drag(canvas, start, canvas.centre_of(ref("c")))
    assert sorted(canvas.doc.flows(canvas.journey)) == sorted(
        [(ref("a"), ref("b")), (ref("a"), ref("c"))])
    # And a third one, drawn the same way, to the card under b.
    drag(canvas, start, canvas.centre_of(ref("d")))
    assert len(canvas.doc.flows(canvas.journey)) == 3
    assert canvas.stack.count() == 2


def test_the_handle_shows_while_the_pointer_is_anywhere_on_the_card(qtbot):
    canvas = canvas_from(qtbot, spec(cards=CARDS))
    item = canvas.scene.cards[ref("a")]
    assert not item.handle_shown()
    viewport = canvas.view.viewport()
    rect = item.card_rect()
    for spot in (rect.topLeft() + QPointF(4, 4), rect.center(),
                 item.handle_center() + QPointF(-3, 0), item.handle_center()):
        _hover(canvas, spot)
        assert item.handle_shown(), spot
    _hover(canvas, rect.bottomRight() + QPointF(40, 40))
    assert not item.handle_shown()
    assert viewport is not None


def test_a_selected_touchpoint_shows_its_handle(qtbot):
    canvas = canvas_from(qtbot, spec(cards=CARDS))
    item = canvas.scene.cards[ref("a")]
    canvas.scene.select_ids([ref("a")])
    assert item.handle_shown()
    assert not canvas.scene.cards[ref("b")].handle_shown()


def test_the_handle_has_a_tooltip_that_says_what_it_does(qtbot):
    canvas = canvas_from(qtbot, spec(cards=CARDS))
    item = canvas.scene.cards[ref("a")]
    _hover(canvas, item.handle_center())
    assert item.toolTip()
    _hover(canvas, item.card_rect().center())
    assert not item.toolTip()


def _hover(canvas, at: QPointF) -> None:
    """A real mouse move without buttons over the viewport (hover events)."""
    viewport = canvas.view.viewport()
    pos = QPointF(canvas.view.mapFromScene(at))
    event = QMouseEvent(QMouseEvent.Type.MouseMove, pos, viewport.mapToGlobal(pos),
                        Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, event)
