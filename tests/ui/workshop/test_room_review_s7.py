# ruff: noqa: F811  (the room fixtures are imported from test_room_window by name)
"""Room mode after the facilitators' review (session 7): removing someone is confirmed and
their dots leave the cards, duplicates merge only within one dimension, and notes are
collected only for a dimension."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox

from klantreis_desktop.model import workshop as ws
from tests.room.phones import Phone, PhoneThread
from tests.ui.workshop.test_room_window import (  # noqa: F401  (fixtures)
    WAIT_MS,
    _open,
    _url,
    _votable,
    answer_vote_round,
    phones,
    workshop,
)


def _answer(monkeypatch: Any, yes: bool, meanwhile: Any = None) -> list[str]:
    """Answer the confirmation with Yes or No (after ``meanwhile()``, what happens while
    the question is open); the questions asked, in order."""
    asked: list[str] = []

    def exec_(box: QMessageBox) -> int:
        asked.append(box.text())
        if meanwhile is not None:
            meanwhile()
        button = QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No
        return button.value

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked


def test_removing_someone_is_confirmed_and_their_revealed_dots_leave_the_cards(
        workshop: Any, qtbot: Any, phones: PhoneThread, monkeypatch: Any) -> None:
    room = _open(workshop, qtbot)
    session = workshop.window.session
    assert session is not None and room.room is not None
    doc = session.doc
    cards = _votable(doc, workshop.window.tabs.current_journey())
    before = {c: int(doc.get(c, "votes") or 0) for c in cards}
    answer_vote_round("keep")
    room.start_vote(3, False)
    url = _url(room)

    async def vote() -> tuple[Phone, Phone]:
        anna, chris = await Phone(url, "Anna").join(), await Phone(url, "Chris").join()
        for phone in (anna, chris):
            await phone.until(lambda p=phone: p.state["exercise"].get("kind") == "vote")
        await anna.vote(cards[0], 2)
        await anna.vote(cards[1], 1)
        await chris.vote(cards[0], 3)
        await chris.until(lambda: chris.state["exercise"]["mine"] == {cards[0]: 3})
        await anna.until(lambda: sum(anna.state["exercise"]["mine"].values()) == 3)
        return anna, chris

    anna, chris = phones.run(vote())
    qtbot.waitUntil(lambda: room.room is not None and room.room.voters == 2
                    and room.people.count() == 2, timeout=WAIT_MS)
    room.reveal()
    assert int(doc.get(cards[0], "votes")) == before[cards[0]] + 5
    chris_row = next(i for i in range(2) if room.people.item(i).text() == "Chris")
    room.people.item(chris_row).setSelected(True)
    asked = _answer(monkeypatch, yes=False)
    room.remove_selected()  # "No": nobody leaves
    assert asked == ["Are you sure you want to take Chris out of the room? "
                     "They cannot come back."]
    assert room.people.count() == 2 and chris.bye is None
    _answer(monkeypatch, yes=True, meanwhile=room._refresh)  # the list is rebuilt meanwhile
    room.remove_selected()
    phones.run(chris.until(lambda: chris.bye is not None))
    # the status and the cards agree: Chris's three dots are gone from both
    qtbot.waitUntil(lambda: int(doc.get(cards[0], "votes")) == before[cards[0]] + 2,
                    timeout=WAIT_MS)
    assert int(doc.get(cards[1], "votes")) == before[cards[1]] + 1
    qtbot.waitUntil(lambda: room.status.text() == "1 of 1 have voted; 3 dots placed.",
                    timeout=WAIT_MS)
    assert session.stack.undoText() == "Dots of a removed participant"  # its own step
    session.stack.undo()
    assert int(doc.get(cards[0], "votes")) == before[cards[0]] + 5
    phones.run(anna.leave())
    phones.run(chris.leave())


def test_duplicates_merge_only_within_one_dimension(workshop: Any, qtbot: Any) -> None:
    room = _open(workshop, qtbot)
    session = workshop.window.session
    assert session is not None and room.room is not None
    doc = session.doc
    change = ws.add_notes(doc, [("Waiting on the phone", "", "n-nodim"),
                                ("Waiting on the phone", "Channels", "n-channels")])
    assert session.push(change)
    for node in ("n-nodim", "n-channels"):
        room._note_added(node)
    room.notes.selectAll()
    count = session.stack.count()
    room.merge_selected()
    assert session.stack.count() == count  # nothing merged ...
    assert ws.notes(doc, "Channels") == ["n-channels"] and ws.notes(doc, "") == ["n-nodim"]
    assert room.status.text() == ("Only notes of one dimension can be merged; these are in "
                                  "“(no dimension)”, “Channels”.")  # ... and it says why
    assert room.notes.count() == 2


def test_notes_are_collected_only_for_a_dimension(workshop: Any, qtbot: Any,
                                                  phones: PhoneThread) -> None:
    room = _open(workshop, qtbot)
    assert room.room is not None
    room.exercise.show_kind("notes")
    room.exercise.dimension.setText("   ")
    room.exercise.findChild(type(room.retry), "room_start_notes").click()
    assert room.room.exercise == "wait"  # the phones still wait
    assert room.status.text().startswith("Type a dimension first")
    assert workshop.board is None or not workshop.board.isVisible()
    room.exercise.dimension.setText("Channels")
    room.exercise.findChild(type(room.retry), "room_start_notes").click()
    assert room.room.exercise == "notes"
    phone = phones.run(Phone(_url(room)).join())
    phones.run(phone.until(lambda: phone.state["exercise"].get("dimension") == "Channels"))
    phones.run(phone.leave())


def test_the_board_keeps_the_room_controls_one_click_away(workshop: Any, qtbot: Any,
                                                          phones: PhoneThread) -> None:
    """The board opens maximised over the room window; its "Room controls" brings the
    room window back in front, and it says the room is open while it is."""
    from PySide6.QtWidgets import QApplication

    room = _open(workshop, qtbot)
    assert room.room is not None
    room.show()
    room.start_notes("Channels", False)
    board = workshop.board
    assert board is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is board, timeout=WAIT_MS)
    assert board.room_button.isVisibleTo(board)
    code = room.room.room.join_code
    assert board.room_label.text() == f"Room open: 0 joined, code {code}"
    phone = phones.run(Phone(_url(room), "Anna").join())
    qtbot.waitUntil(lambda: board.room_label.text() == f"Room open: 1 joined, code {code}",
                    timeout=WAIT_MS)
    board.room_button.click()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is room, timeout=WAIT_MS)
    room.close()
    assert not board.room_button.isVisibleTo(board) and board.room_label.text() == ""
    phones.run(phone.leave())
