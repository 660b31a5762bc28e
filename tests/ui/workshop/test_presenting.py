"""Presenting: phase walking, large type, contrast, spotlight, audience views, editing."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtTest import QTest

from klantreis_desktop.model import kinds as k
from klantreis_desktop.model import operations as ops
from klantreis_desktop.model import workshop as ws
from klantreis_desktop.model.builder import build
from klantreis_desktop.storage import dumps, loads
from klantreis_desktop.ui.canvas.theme import EDITING, PROJECTOR, contrast_ratio
from klantreis_desktop.ui.presenting import OVERVIEW, PresentationWindow
from tests.ui.canvas.helpers import ref, spec
from tests.ui.workshop.sample_window import present

CARDS = [
    {"id": "c0", "kind": "touchpoint", "phase": "f0", "lane": "l0", "title": "Advertentie gezien",
     "channels": ["web"]},
    {"id": "c1", "kind": "pain", "phase": "f0", "lane": "l1", "title": "Te veel keuze",
     "votes": 3, "evidence": "observed"},
    {"id": "c2", "kind": "touchpoint", "phase": "f1", "lane": "l0", "title": "Website bezocht"},
    {"id": "c3", "kind": "pain", "phase": "f2", "lane": "l1", "title": "Wachten op levering"},
]


def _present(qtbot: Any, phases: int = 4) -> PresentationWindow:
    doc = build(spec(phases=phases, lanes=("touchpoints", "pains", "emotions", "opportunities"),
                     cards=CARDS, emotions=[{"persona": "p0", "on": "c0", "score": 1},
                                            {"persona": "p0", "on": "c2", "score": -1}]))
    return present(qtbot, doc)


def _key(window: PresentationWindow, key: Qt.Key) -> None:
    QTest.keyClick(window.view, key)
    window.finish_animation()


def _centre_phase(window: PresentationWindow) -> str | None:
    """The phase shown at full strength, checked to be wholly on the screen."""
    shown = window.visible_rect()
    layout = window.scene.layout
    assert layout is not None
    bright = [c for c in layout.columns if window.scene.phases[c.phase].opacity() == 1.0]
    assert len(bright) == 1
    column = bright[0]
    assert shown.left() <= column.header.x and column.header.right <= shown.right()
    assert shown.top() <= column.header.y
    return column.phase


def test_keys_walk_the_phases(qtbot: Any) -> None:
    window = _present(qtbot)
    phases = window.phases()
    assert window.index == OVERVIEW
    _key(window, Qt.Key.Key_Right)
    assert window.index == 0 and _centre_phase(window) == phases[0]
    _key(window, Qt.Key.Key_Space)
    _key(window, Qt.Key.Key_PageDown)
    assert window.index == 2 and _centre_phase(window) == phases[2]
    _key(window, Qt.Key.Key_Left)
    _key(window, Qt.Key.Key_PageUp)
    assert window.index == 0
    _key(window, Qt.Key.Key_Left)
    assert window.index == 0  # stays on the first phase
    _key(window, Qt.Key.Key_End)
    assert window.index == 3 and _centre_phase(window) == phases[3]
    _key(window, Qt.Key.Key_Right)
    assert window.index == 3
    _key(window, Qt.Key.Key_Home)
    assert window.index == 0
    _key(window, Qt.Key.Key_2)
    assert window.index == 1 and _centre_phase(window) == phases[1]
    _key(window, Qt.Key.Key_O)
    assert window.index == OVERVIEW
    assert all(item.opacity() == 1.0 for item in window.scene.cards.values())
    layout = window.scene.layout
    assert layout is not None  # a short journey: the overview shows the whole map at once
    assert window.visible_rect().contains(QRectF(0, 0, layout.width, layout.height))


def test_zoom_between_phases_is_animated(qtbot: Any) -> None:
    window = _present(qtbot)
    window.animate = True
    window.go_to(1)
    assert window._animation.state() == window._animation.State.Running
    qtbot.waitUntil(lambda: window._animation.state() != window._animation.State.Running,
                    timeout=5000)
    assert _centre_phase(window) == window.phases()[1]


def test_one_phase_on_1280x800_has_text_of_at_least_18px(qtbot: Any) -> None:
    window = _present(qtbot)
    assert (window.view.viewport().width(), window.view.viewport().height()) == (1280, 800)
    for index in range(len(window.phases())):
        window.go_to(index)
        smallest = min(PROJECTOR.font_sizes()) * window.view.transform().m11()
        assert smallest >= 18.0, (index, smallest)
    card = window.scene.cards[ref("c0")]
    assert card._title_font.pixelSize() == round(PROJECTOR.options.card_font_size)
    # The editing look would be far too small at that zoom: the check can fail.
    assert min(EDITING.font_sizes()) * window.view.transform().m11() < 18.0


@pytest.mark.parametrize("what,fg,bg", PROJECTOR.text_pairs())
def test_projector_theme_text_contrast_is_at_least_7(what: str, fg: str, bg: str) -> None:
    assert contrast_ratio(fg, bg) >= 7.0, what


def test_contrast_ratio_matches_wcag() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio(EDITING.muted_text, EDITING.body_fill) < 7.0


def _click_scene(window: PresentationWindow, at: QPointF) -> None:
    QTest.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, window.view.mapFromScene(at))


def test_click_spotlights_a_card_or_lane(qtbot: Any) -> None:
    window = _present(qtbot)
    window.go_to(0)
    scene = window.scene
    card = scene.cards[ref("c0")]
    # Presenting phase 0: the other phases fade a little, lane headers stay.
    assert scene.cards[ref("c2")].opacity() == PROJECTOR.context_opacity
    assert card.opacity() == 1.0 and scene.lanes[ref("l0")].opacity() == 1.0
    _click_scene(window, card.card_rect().center())
    assert card.opacity() == 1.0
    # The rest of the phase shown steps back (faded), other phases dim further.
    assert scene.cards[ref("c1")].opacity() == PROJECTOR.context_opacity
    assert scene.cards[ref("c2")].opacity() < PROJECTOR.context_opacity
    assert scene.lanes[ref("l1")].opacity() < 0.5
    lane = scene.lanes[ref("l1")]
    _click_scene(window, lane.header_rect().center())
    assert scene.spotlight == {ref("l1")}
    assert scene.cards[ref("c1")].opacity() == 1.0 and scene.cards[ref("c3")].opacity() == 1.0
    assert card.opacity() == PROJECTOR.context_opacity
    _key(window, Qt.Key.Key_Escape)  # first Esc ends the spotlight, the second leaves
    assert scene.spotlight is None and card.opacity() == 1.0
    assert window.isVisible()
    _key(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_audience_view_hides_lanes_and_personas_and_round_trips(qtbot: Any) -> None:
    window = _present(qtbot)
    doc, stack = window.doc, window.stack
    pains, persona = ref("l1"), ref("p0")
    window.set_audience({pains}, {persona})
    assert pains not in window.scene.lanes and ref("c1") not in window.scene.cards
    assert not window.scene.points  # the persona's curve is hidden
    assert doc.get(pains, "hidden") is False  # the document itself is unchanged
    assert window.save_view("Directie")
    window.set_audience(set(), set())
    assert pains in window.scene.lanes
    loaded = loads(dumps(doc)).document
    (view,) = ws.views(loaded, window.journey)
    assert view.name == "Directie" and view.hidden_lanes == {pains}
    assert view.hidden_personas == {persona}
    window.apply_view(view.node)
    assert pains not in window.scene.lanes
    stack.undo()
    assert ws.views(doc, window.journey) == []


def test_editing_while_presenting_goes_through_the_stack(qtbot: Any) -> None:
    window = _present(qtbot)
    window.go_to(0)
    card = ref("c0")
    item = window.scene.cards[card]
    QTest.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier,
                      window.view.mapFromScene(item.card_rect().center()))
    assert window.scene.focusItem() is not None  # typing, so arrow keys stay in the text
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(window.view.viewport(), "Nieuwe titel")
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_Return)
    assert window.doc.title(card) == "Nieuwe titel"
    assert window.index == 0
    assert window.stack.count() == 1
    window.stack.undo()  # the stack is the editor's: undo brings the old title back
    assert window.doc.title(card) == "Advertentie gezien"
    window.doc.apply(ops.update(window.doc, ref("c2"), title="Elders bewerkt"))
    assert window.scene.cards[ref("c2")].look.title == "Elders bewerkt"
    assert window.doc.kind(card) == k.TOUCHPOINT
