"""A new round of dot voting, for the team (the workshop panel) and the room (phones).

Dots of an earlier round stayed on the cards and the next round added to them, so the
Top 3 mixed the rounds (review s7: Team 40 went from 8 to 9). Before a new round starts on
cards that already have dots, :func:`begin_vote_round` asks whether to keep them or to
start from zero; clearing them is one undo step.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from klantreis_desktop.model import workshop as ws
from klantreis_desktop.model.document import Document
from klantreis_desktop.ui.session import DocumentSession

KEEP, ZERO, CANCEL = "keep", "zero", "cancel"


def _tr(text: str) -> str:
    return QCoreApplication.translate("VoteRound", text)


def earlier_dots(doc: Document, journey: str) -> int:
    """How many dots ``journey``'s cards carry now (the ones ``reset_votes`` clears)."""
    if journey not in doc:
        return 0
    return sum(int(doc.get(c, "votes") or 0) for c in doc.cards(journey))


def ask_keep_or_zero(parent: QWidget | None, dots: int) -> str:
    """Ask about the ``dots`` already on the cards: KEEP, ZERO or CANCEL (Esc). (Their
    number is not shown: it counts every card's dots, the vote list only some kinds.)"""
    box = QMessageBox(QMessageBox.Icon.Question, _tr("New voting round"),
                      _tr("The cards still have dots from an earlier round."),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("vote_round_box")
    box.setInformativeText(_tr("Keep the earlier dots, or start from zero? New dots are "
                               "added to what the cards show. Starting from zero is one "
                               "undo step."))
    role = QMessageBox.ButtonRole
    buttons = {ZERO: box.addButton(_tr("Start from &zero"), role.AcceptRole),
               KEEP: box.addButton(_tr("&Keep the dots"), role.AcceptRole),
               CANCEL: box.addButton(QMessageBox.StandardButton.Cancel)}
    for name, button in buttons.items():
        button.setObjectName(f"vote_round_{name}")
    box.setDefaultButton(buttons[ZERO])
    box.setEscapeButton(buttons[CANCEL])
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    return next((name for name, button in buttons.items() if button is clicked), CANCEL)


Asker = Callable[[QWidget | None, int], str]


def begin_vote_round(parent: QWidget | None, session: DocumentSession, journey: str,
                     ask: Asker = ask_keep_or_zero) -> str:
    """Get ``journey`` ready for a new round: KEEP (nothing to clear, or kept), ZERO (the
    dots were cleared, one undo step) or CANCEL (do not start the round)."""
    dots = earlier_dots(session.doc, journey)
    if dots == 0:
        return KEEP
    answer = ask(parent, dots)
    if answer == ZERO:
        session.push(ws.reset_votes(session.doc, journey))
    return answer
