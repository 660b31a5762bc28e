"""Dot voting in the workshop panel (review s7): "+1 vote" gives the dot to the card selected
on the map (it acted on the list's row only, silently), and a new round on cards that still
have dots asks whether to keep them or to start from zero (one undo step)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from klantreis_desktop.model import kinds as k
from klantreis_desktop.model import workshop as ws
from klantreis_desktop.ui.workshop import Workshop
from tests.ui.workshop.sample_window import close_every_window, open_sample_workshop

LEFT = Qt.MouseButton.LeftButton
ROLE_ID = int(Qt.ItemDataRole.UserRole)


@pytest.fixture
def workshop(qtbot: Any, tmp_path: Path) -> Iterator[Workshop]:
    made = open_sample_workshop(qtbot, tmp_path)
    made.dock.show()
    qtbot.waitUntil(lambda: made._panel is not None and made.panel.isVisible(), timeout=10000)
    yield made
    close_every_window()


def _click_card(workshop: Workshop, card: str) -> None:
    """A real click on ``card`` on the canvas, as the reviewer did."""
    view = workshop.window.tabs.current_view()
    scene = workshop.window.tabs.current_scene()
    assert view is not None and scene is not None
    item = scene.cards[card]
    view.centerOn(item)
    QApplication.processEvents()
    QTest.mouseClick(view.viewport(), LEFT, Qt.KeyboardModifier.NoModifier,
                     view.mapFromScene(item.sceneBoundingRect().center()))
    assert scene.selected_cards() == [card]


def _cards(workshop: Workshop, kind: str) -> list[str]:
    session, journey = workshop.window.session, workshop.window.tabs.current_journey()
    assert session is not None and journey is not None
    return [c for c in session.doc.cards(journey) if session.doc.kind(c) == kind]


def test_plus_one_votes_for_the_card_selected_on_the_map(workshop: Workshop) -> None:
    panel, doc = workshop.panel, workshop.window.session.doc  # type: ignore[union-attr]
    pains = _cards(workshop, k.PAIN)
    target = pains[-1]
    panel.votes.setCurrentRow(-1)
    before = int(doc.get(target, "votes") or 0)
    _click_card(workshop, target)
    assert panel.current_vote_card() == target  # its row follows the map
    add = panel.findChild(QPushButton, "vote_add")
    QTest.mouseClick(add, LEFT)
    assert int(doc.get(target, "votes")) == before + 1
    # A touchpoint chosen on the map: no dot for some other row, and a hint says why.
    (touchpoint, *_rest) = _cards(workshop, k.TOUCHPOINT)
    _click_card(workshop, touchpoint)
    votes = {c: doc.get(c, "votes") for c in pains}
    QTest.mouseClick(add, LEFT)
    assert {c: doc.get(c, "votes") for c in pains} == votes
    assert "click it on the map" in panel.error.text()


def _answer(name: str, asked: list[str]) -> None:
    """Click ``name`` in the question box as soon as it shows (it is modal)."""
    tries = [0]

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            tries[0] += 1
            if tries[0] < 200:  # not asked at all: stop looking (no click in later tests)
                QTimer.singleShot(20, click)
            return
        asked.append(box.text())
        button = box.findChild(QPushButton, f"vote_round_{name}")
        assert button is not None
        QTest.mouseClick(button, LEFT)
    QTimer.singleShot(0, click)


def test_a_new_round_asks_to_keep_the_earlier_dots_or_start_from_zero(
        workshop: Workshop) -> None:
    panel = workshop.panel
    session, journey = workshop.window.session, workshop.window.tabs.current_journey()
    assert session is not None and journey is not None
    doc = session.doc
    voted = [c for c in doc.cards(journey) if int(doc.get(c, "votes") or 0)]
    assert voted  # the sample has dots of an earlier round
    dots = {c: doc.get(c, "votes") for c in voted}
    new_round = panel.findChild(QPushButton, "vote_reset")
    count = session.stack.count()
    asked: list[str] = []
    _answer("keep", asked)
    QTest.mouseClick(new_round, LEFT)
    assert asked == ["The cards still have dots from an earlier round."]
    assert {c: doc.get(c, "votes") for c in voted} == dots and session.stack.count() == count
    _answer("cancel", asked)
    QTest.mouseClick(new_round, LEFT)
    assert {c: doc.get(c, "votes") for c in voted} == dots
    _answer("zero", asked)
    QTest.mouseClick(new_round, LEFT)
    assert all(doc.get(c, "votes") == 0 for c in voted)
    assert session.stack.count() == count + 1  # one undo step brings them back
    session.stack.undo()
    assert {c: doc.get(c, "votes") for c in voted} == dots
    # No dots on the cards: nothing to ask.
    assert ws.by_votes(doc, journey)
    session.push(ws.reset_votes(doc, journey))
    QTest.mouseClick(new_round, LEFT)
    assert len(asked) == 3
