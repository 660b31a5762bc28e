"""Top 3 lit, then a phase key while presenting (review s7): the phase is shown lit, not a
screen of dimmed cards. The spotlight stays on its cards within that phase (its header
bright too, the phase's other cards faded, other phases dimmed); a phase with none of them is shown as without the spotlight, which waits
for the overview or a phase that has some of it. Esc still ends it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from klantreis_desktop import storage, templates
from klantreis_desktop.model.builder import build
from klantreis_desktop.settings import Settings
from klantreis_desktop.ui import presenting
from klantreis_desktop.ui.canvas.theme import PROJECTOR
from klantreis_desktop.ui.presenting import OVERVIEW, PresentationWindow
from klantreis_desktop.ui.window.main_window import MainWindow
from tests.ui.canvas.helpers import ref, spec
from tests.ui.workshop.sample_window import present

CARDS = [
    {"id": "c0", "kind": "touchpoint", "phase": "f0", "lane": "l0", "title": "Advertentie"},
    {"id": "c1", "kind": "pain", "phase": "f0", "lane": "l1", "title": "Te veel keuze",
     "votes": 5},
    {"id": "c2", "kind": "touchpoint", "phase": "f1", "lane": "l0", "title": "Website bezocht"},
    {"id": "c3", "kind": "pain", "phase": "f1", "lane": "l1", "title": "Geen prijs"},
    {"id": "c4", "kind": "pain", "phase": "f2", "lane": "l1", "title": "Wachten", "votes": 4},
    {"id": "c5", "kind": "opportunity", "phase": "f3", "lane": "l2", "title": "Chat",
     "votes": 3},
]
TOP_3 = {"c1", "c4", "c5"}


def _present(qtbot: Any) -> PresentationWindow:
    doc = build(spec(phases=4, lanes=("touchpoints", "pains", "opportunities"), cards=CARDS))
    return present(qtbot, doc)


def _key(window: PresentationWindow, key: Qt.Key) -> None:
    QTest.keyClick(window.view, key)
    window.finish_animation()


def test_a_phase_key_with_the_top_3_lit_shows_that_phase(qtbot: Any) -> None:
    window = _present(qtbot)
    scene = window.scene
    # Workshop › "Highlight top 3" does this on the presentation's scene.
    scene.set_spotlight({ref(c) for c in TOP_3})
    card = {c: scene.cards[ref(c)] for c in ("c0", "c1", "c2", "c3", "c4", "c5")}
    phase = {f: scene.phases[ref(f)] for f in ("f0", "f1", "f2", "f3")}
    assert card["c2"].opacity() < 0.5 and card["c1"].opacity() == 1.0  # the overview

    _key(window, Qt.Key.Key_2)  # phase 2 has none of the top 3: the phase is lit
    assert window.index == 1
    assert phase["f1"].opacity() == 1.0
    assert card["c2"].opacity() == 1.0 and card["c3"].opacity() == 1.0
    assert card["c0"].opacity() == PROJECTOR.context_opacity
    assert scene.spotlight == {ref(c) for c in TOP_3}  # it waits

    _key(window, Qt.Key.Key_1)  # phase 1 has one: it stays lit, its phase header too
    assert phase["f0"].opacity() == 1.0 and card["c1"].opacity() == 1.0
    assert card["c0"].opacity() == PROJECTOR.context_opacity  # the rest of the phase
    assert card["c2"].opacity() == PROJECTOR.dim_opacity  # other phases: dimmed
    assert phase["f1"].opacity() == PROJECTOR.dim_opacity

    _key(window, Qt.Key.Key_Right)  # the arrows do the same
    assert window.index == 1 and phase["f1"].opacity() == 1.0
    assert card["c2"].opacity() == 1.0

    _key(window, Qt.Key.Key_O)  # the whole journey: the top 3 among the rest
    assert window.index == OVERVIEW
    assert all(card[c].opacity() == 1.0 for c in TOP_3)
    assert card["c2"].opacity() < 0.5

    _key(window, Qt.Key.Key_Escape)  # Esc ends the spotlight, the presentation stays
    assert scene.spotlight is None and window.isVisible()
    assert all(item.opacity() == 1.0 for item in card.values())


def test_f5_with_the_top_3_lit_takes_it_along_and_a_phase_key_lights_the_phase(
        qtbot: Any, tmp_path: Path) -> None:
    """On one screen the facilitator lights the Top 3 in the panel, then presses F5."""
    doc = templates.build_sample("schoonmaak", "nl")
    path = tmp_path / "heidag.klantreis"
    storage.save(doc, path)
    window = MainWindow(Settings(tmp_path / "settings.json"))
    window.resize(1280, 800)
    window.show()
    assert window.files.open_path(path, wait=True)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=10000)
    try:
        top = window.workshop.panel.highlight_top()  # type: ignore[attr-defined]
        assert len(top) == 3
        view = window.tabs.current_view()
        view.setFocus()
        qtbot.waitUntil(view.hasFocus, timeout=10000)
        QTest.keyClick(view, Qt.Key.Key_F5)
        shown = presenting.showing(window)
        assert shown is not None
        shown.animate = False
        assert shown.scene.spotlight == set(top)
        scene, sdoc = shown.scene, shown.doc
        first = shown.phases()[0]
        assert not any(sdoc.phase_of(card) == first for card in top)  # none in phase 1
        _key(shown, Qt.Key.Key_1)
        assert scene.phases[first].opacity() == 1.0
        assert all(item.opacity() == 1.0 for card, item in scene.cards.items()
                   if sdoc.phase_of(card) == first)
        QTest.keyClick(shown.view, Qt.Key.Key_Escape)  # the spotlight
        QTest.keyClick(shown.view, Qt.Key.Key_Escape)  # presenting
        assert not shown.isVisible()
    finally:
        if window.session is not None:
            window.session.stack.setClean()
        window.close()
