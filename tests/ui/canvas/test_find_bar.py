"""Ctrl+F finds a card: as you type, without case or accents, next/previous, Esc closes."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest

from klantreis_desktop.model.builder import build
from klantreis_desktop.settings import Settings
from klantreis_desktop.ui.window.find_bar import FindBar, find_cards, fold, install_find
from klantreis_desktop.ui.window.main_window import WINDOWS, MainWindow
from tests.ui.canvas.helpers import canvas_from, ref, spec

CARDS = [
    {"id": "a", "kind": "touchpoint", "phase": "f0", "lane": "l0", "title": "Ziet een advertentie"},
    {"id": "b", "kind": "touchpoint", "phase": "f6", "lane": "l0", "title": "Oriëntatie op prijs"},
    {"id": "c", "kind": "pain", "phase": "f2", "lane": "l1", "title": "Wacht lang",
     "description": "Tijdens de ORIENTATIE geen antwoord"},
    {"id": "d", "kind": "touchpoint", "phase": "f2", "lane": "l0", "title": "Belt"},
]


def test_fold_ignores_case_accents_and_spacing():
    assert fold("Oriëntatie  op\nPRIJS") == "orientatie op prijs"
    assert fold("Ĳsselmeer café") == fold("ijsselmeer CAFE")


def test_find_cards_searches_titles_and_descriptions_in_reading_order(qtbot):
    canvas = canvas_from(qtbot, spec(phases=7, cards=CARDS))
    doc, layout = canvas.doc, canvas.scene.layout
    # Reading order: phase by phase (c in f2 before b in f6).
    assert find_cards(doc, layout, "orientatie") == [ref("c"), ref("b")]
    assert find_cards(doc, layout, "  ") == []
    assert find_cards(doc, layout, "nothing like it") == []


def _bar_over(qtbot, canvas) -> FindBar:
    qtbot.waitUntil(canvas.view.isActiveWindow, timeout=10_000)
    bar = FindBar(canvas.view, lambda: (canvas.scene, canvas.view))
    bar.open_bar()
    qtbot.waitUntil(bar.field.hasFocus, timeout=10_000)
    return bar


def _in_view(canvas, card: str) -> bool:
    centre = canvas.scene.cards[card].card_rect().center()
    return canvas.view.viewport().rect().contains(canvas.view.mapFromScene(centre))


def test_typing_selects_and_centres_the_first_match_enter_goes_on(qtbot):
    canvas = canvas_from(qtbot, spec(phases=7, cards=CARDS))
    canvas.view.set_zoom(2.0)
    canvas.view.centerOn(QPointF(0, 0))
    bar = _bar_over(qtbot, canvas)
    QTest.keyClicks(bar.field, "orientatie")
    assert canvas.scene.selected_cards() == [ref("c")]
    assert bar.count.text() == "1 of 2"
    assert _in_view(canvas, ref("c"))
    QTest.keyClick(bar.field, Qt.Key.Key_Return)
    assert canvas.scene.selected_cards() == [ref("b")]
    assert bar.count.text() == "2 of 2"
    assert _in_view(canvas, ref("b"))  # far right: the view scrolled to it
    QTest.keyClick(bar.field, Qt.Key.Key_Return)  # round the end
    assert canvas.scene.selected_cards() == [ref("c")]
    QTest.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert canvas.scene.selected_cards() == [ref("b")]
    QTest.keyClicks(bar.field, "xyz")
    assert bar.count.text() == "No match"
    assert canvas.stack.count() == 0  # finding changes nothing in the document


def test_escape_closes_the_bar_and_gives_the_keyboard_back_to_the_canvas(qtbot):
    canvas = canvas_from(qtbot, spec(phases=7, cards=CARDS))
    bar = _bar_over(qtbot, canvas)
    QTest.keyClicks(bar.field, "belt")
    QTest.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    qtbot.waitUntil(canvas.view.hasFocus, timeout=10_000)
    assert canvas.scene.selected_cards() == [ref("d")]  # the match stays selected
    QTest.keyClick(canvas.view, Qt.Key.Key_F2)  # and the canvas keys work on it
    assert canvas.scene.entry.target == ("card", ref("d"))


@pytest.fixture
def window(qtbot, tmp_path: Path):
    made = MainWindow(Settings(tmp_path / "settings.json"))
    made.show_document(build(spec(phases=7, cards=CARDS)), None, "Untitled")
    made.resize(1280, 800)
    made.show()
    qtbot.waitExposed(made)
    made.activateWindow()
    qtbot.waitUntil(made.isActiveWindow, timeout=10_000)
    yield made
    for open_window in list(WINDOWS):
        if open_window.session is not None:
            open_window.session.stack.setClean()
        open_window.close()


def test_ctrl_f_f3_and_shift_f3_in_the_window(qtbot, window):
    bar = install_find(window)  # the window installed it already: the same bar
    assert window.tabs.findChildren(FindBar) == [bar]
    view = window.tabs.current_view()
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert bar.isVisible()
    qtbot.waitUntil(bar.field.hasFocus, timeout=10_000)
    QTest.keyClicks(bar.field, "ORIËNTATIE")
    scene = window.tabs.current_scene()
    assert scene.selected_cards() == [ref("c")]
    QTest.keyClick(bar.field, Qt.Key.Key_F3)
    assert scene.selected_cards() == [ref("b")]
    QTest.keyClick(bar.field, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert scene.selected_cards() == [ref("c")]
    QTest.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    qtbot.waitUntil(view.hasFocus, timeout=10_000)
    QTest.keyClick(view, Qt.Key.Key_F3)  # F3 with the bar closed: the next match
    assert scene.selected_cards() == [ref("b")]
    # The bar sits over the canvas, at its top right.
    top_right = view.mapTo(window.tabs, view.rect().topRight())
    assert bar.geometry().right() <= top_right.x()
    assert bar.geometry().top() >= view.mapTo(window.tabs, view.rect().topLeft()).y()


def test_find_is_in_the_edit_menu_with_its_shortcut_and_no_key_is_taken_twice(window):
    find = window.findChild(QAction, "find_action")
    assert find is not None and "Ctrl+F" in find.toolTip()
    assert any(find in action.menu().actions() for action in window.menuBar().actions()
               if action.menu() is not None and window.window_actions.select_all
               in action.menu().actions())
    # Each action counted once per key (Redo lists Ctrl+Shift+Z twice on some platforms:
    # not a find matter).
    keys = Counter(key for action in window.findChildren(QAction)
                   for key in {k.toString() for k in action.shortcuts()})
    assert [key for key, count in keys.items() if count > 1] == []
    for key in ("Ctrl+F", "F3", "Shift+F3", "Ctrl+G", "Ctrl+Shift+G"):
        assert keys[key] == 1, key
