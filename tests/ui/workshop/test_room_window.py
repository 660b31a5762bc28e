"""Room mode in a real main window: phones (aiohttp clients on loopback) add notes, vote and
rate; everything lands in the document as undoable edits, and the room closes with its
window, its document and the app."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton

from klantreis_desktop import storage, templates
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model import workshop as ws
from klantreis_desktop.room import room_events as ev
from klantreis_desktop.settings import Settings
from klantreis_desktop.ui.room.room_window import RoomWindow, qr_pixmap
from klantreis_desktop.ui.window.main_window import WINDOWS, MainWindow
from klantreis_desktop.ui.workshop import Workshop, install
from tests.room.phones import Phone, PhoneThread

LOOPBACK = ["127.0.0.1"]
WAIT_MS = 60_000


@pytest.fixture
def phones() -> Iterator[PhoneThread]:
    thread = PhoneThread()
    yield thread
    thread.stop()


@pytest.fixture
def workshop(qtbot: Any, tmp_path: Path) -> Iterator[Workshop]:
    doc = templates.build_sample("schoonmaak", "en")
    path = tmp_path / "sample.klantreis"
    storage.save(doc, path)
    window = MainWindow(Settings(tmp_path / "settings.json"))
    window.show()
    assert window.files.open_path(path, wait=True)
    made = getattr(window, "workshop", None) or install(window)
    yield made
    room = made.room_window.get()
    if room is not None:
        room.close()
    for shown in list(WINDOWS):
        if shown.session is not None:
            shown.session.stack.setClean()
        shown.close()


def _open(workshop: Workshop, qtbot: Any) -> RoomWindow:
    room = workshop.show_room(LOOPBACK)
    assert room is not None and room.room is not None
    assert workshop.room_action.isChecked()
    return room


def _url(room: RoomWindow) -> str:
    assert room.room is not None
    return room.room.links()[0]


def test_the_room_is_off_until_asked_and_shows_the_way_in(workshop: Workshop,
                                                          qtbot: Any) -> None:
    assert workshop.room_window.get() is None and not workshop.room_action.isChecked()
    room = _open(workshop, qtbot)
    assert room.room is not None
    assert room.addresses.text() == f"http://127.0.0.1:{room.room.port}/"
    assert room.code.text().endswith(room.room.room.join_code)
    assert not room.qr.pixmap().isNull() and room.qr.pixmap().width() >= 300
    assert room.qr.toolTip() == _url(room)
    assert room.help.text().startswith("Phones cannot connect?")
    assert room.count.text() == "0 joined"


def test_qr_code_reads_as_the_link() -> None:
    import segno

    link = "http://192.168.1.20:8123/r/" + "A" * 27 + "/"
    assert segno.make(link, error="m").designator  # segno encodes it
    assert not qr_pixmap(link).isNull()


def test_notes_from_phones_land_on_the_board_once_and_are_undoable(
        workshop: Workshop, qtbot: Any, phones: PhoneThread) -> None:
    room = _open(workshop, qtbot)
    session = workshop.window.session
    assert session is not None and room.room is not None
    room.start_notes("Channels", False)
    board = workshop.board
    assert board is not None and board.isVisible()
    url = _url(room)

    async def go() -> Phone:
        phone = await Phone(url, "Anna").join()
        await phone.until(lambda: phone.state["exercise"]["kind"] == "notes")
        for _time in range(3):  # the same note resent (a flaky network): once on the board
            await phone.note("Chat is hard to find", "note-aaaa-1")
        await phone.until(lambda: "note-aaaa-1" in phone.acks)
        return phone

    phone = phones.run(go())
    doc = session.doc
    qtbot.waitUntil(lambda: len(ws.notes(doc, "Channels")) == 1, timeout=WAIT_MS)
    phones.run(phone.note("<script>alert(1)</script>", "note-aaaa-2"))
    qtbot.waitUntil(lambda: len(ws.notes(doc, "Channels")) == 2, timeout=WAIT_MS)
    texts = [doc.get(n, "text") for n in ws.notes(doc, "Channels")]
    assert texts == ["Chat is hard to find", "<script>alert(1)</script>"]
    on_board = sorted(item.text for item in board.scene.notes.values())
    assert on_board == sorted(texts)  # as text, on the wall
    assert room.notes.count() == 2 and room.notes.item(0).text() == texts[1]
    assert session.stack.undoText() == "Add note"
    session.stack.undo()
    assert len(ws.notes(doc, "Channels")) == 1
    phones.run(phone.note("Chat is hard to find", "note-aaaa-1"))  # replayed after undo
    phones.run(phone.until(lambda: True))
    assert len(ws.notes(doc, "Channels")) == 1
    # merge two notes and hide one: each one undo step
    phones.run(phone.note("Chat hard to find", "note-aaaa-3"))
    qtbot.waitUntil(lambda: len(ws.notes(doc, "Channels")) == 2, timeout=WAIT_MS)
    room.notes.selectAll()
    room.merge_selected()
    (merged,) = ws.notes(doc, "Channels")
    assert doc.get(merged, "text") == "Chat is hard to find / Chat hard to find"  # oldest kept
    room.notes.selectAll()
    room.hide_selected()
    assert ws.notes(doc, "Channels") == []
    assert session.stack.undoText() == "Hide notes"  # as the button said (review s7)
    session.stack.undo()
    assert len(ws.notes(doc, "Channels")) == 1
    phones.run(phone.leave())


def test_empathy_quadrants_become_dimensions(workshop: Workshop, qtbot: Any,
                                             phones: PhoneThread) -> None:
    room = _open(workshop, qtbot)
    session = workshop.window.session
    assert session is not None
    room.start_notes("Petra", True)
    url = _url(room)

    async def go() -> None:
        phone = await Phone(url).join()
        await phone.until(lambda: phone.state["exercise"]["kind"] == "notes")
        quadrants = [q["key"] for q in phone.state["exercise"]["quadrants"]]
        assert quadrants == ["says", "thinks", "does", "feels"]
        await phone.until(lambda: True)
        note = await phone.note("Wants it fixed today", q="feels")
        await phone.until(lambda: note in phone.acks)
        await phone.leave()

    phones.run(go())
    qtbot.waitUntil(lambda: bool(ws.notes(session.doc, "Petra: Feels")), timeout=WAIT_MS)


def _votable(doc: Any, journey: str) -> list[str]:
    return [c for c in doc.cards(journey) if doc.kind(c) in ws.VOTABLE]


def answer_vote_round(choice: str = "keep") -> list[str]:
    """Click ``choice`` (keep, zero, cancel) in the new-round question as soon as it shows:
    the sample's cards carry the team's dots, so a room round asks first (review s7)."""
    asked: list[str] = []
    tries = [0]

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != "vote_round_box":
            tries[0] += 1
            if tries[0] < 500:
                QTimer.singleShot(20, click)
            return
        asked.append(box.text())
        button = box.findChild(QPushButton, f"vote_round_{choice}")
        assert button is not None
        button.click()

    QTimer.singleShot(0, click)
    return asked


def test_dot_votes_live_and_revealed(workshop: Workshop, qtbot: Any,
                                     phones: PhoneThread) -> None:
    room = _open(workshop, qtbot)
    session = workshop.window.session
    assert session is not None and room.room is not None
    doc = session.doc
    journey = workshop.window.tabs.current_journey()
    cards = _votable(doc, journey)
    assert len(cards) >= 2
    before = {c: int(doc.get(c, "votes") or 0) for c in cards}
    url = _url(room)
    asked = answer_vote_round("keep")
    room.start_vote(3, True)  # live: the cards follow the phones
    assert asked == ["The cards still have dots from an earlier round."]

    async def vote(live_round: int) -> None:
        anna, bob = await Phone(url, "Anna").join(), await Phone(url, "Bob").join()
        for phone in (anna, bob):
            await phone.until(lambda p=phone: p.state["exercise"].get("round") == live_round)
        await anna.vote(cards[0], 2)
        await anna.vote(cards[1], 1)
        await bob.vote(cards[0], 3)
        await bob.vote(cards[1], 1)  # over bob's three dots: refused
        await bob.until(lambda: any(e["code"] == "no_dots_left" for e in bob.errors))
        await anna.leave()
        await bob.leave()

    phones.run(vote(1))
    qtbot.waitUntil(lambda: int(doc.get(cards[0], "votes")) == before[cards[0]] + 5,
                    timeout=WAIT_MS)
    qtbot.waitUntil(lambda: int(doc.get(cards[1], "votes")) == before[cards[1]] + 1,
                    timeout=WAIT_MS)
    session.stack.undo()  # the whole live round is one undo step
    assert {c: int(doc.get(c, "votes") or 0) for c in cards} == before
    # revealed at the end: nothing on the cards until the facilitator says so
    answer_vote_round("keep")
    room.start_vote(3, False)
    phones.run(vote(2))
    qtbot.waitUntil(lambda: room.room is not None and room.room.voters == 2,
                    timeout=WAIT_MS)
    assert {c: int(doc.get(c, "votes") or 0) for c in cards} == before
    room.reveal()
    assert int(doc.get(cards[0], "votes")) == before[cards[0]] + 5
    assert session.stack.undoText() == "Add the room's votes"  # named as a step (review s7)


def test_emotion_ratings_draw_the_rooms_curve_and_can_be_adopted(
        workshop: Workshop, qtbot: Any, phones: PhoneThread) -> None:
    room = _open(workshop, qtbot)
    session = workshop.window.session
    assert session is not None and room.room is not None
    doc = session.doc
    journey = workshop.window.tabs.current_journey()
    persona = doc.personas_of(journey)[0]
    touchpoints = [c for c in doc.cards(journey) if doc.kind(c) == k.TOUCHPOINT][:2]
    room.start_rating(persona)
    url = _url(room)

    async def rate() -> None:
        crowd = [await Phone(url, f"P{i}").join() for i in range(3)]
        for phone, scores in zip(crowd, ((-2, 1), (-1, 2), (-2, 2)), strict=True):
            await phone.until(lambda p=phone: p.state["exercise"]["kind"] == "rate")
            for touchpoint, score in zip(touchpoints, scores, strict=True):
                await phone.rate(touchpoint, score)
        for phone in crowd:
            await phone.until(lambda p=phone: len(p.state["exercise"]["mine"]) == 2)
            await phone.leave()

    phones.run(rate())
    qtbot.waitUntil(lambda: room.room is not None and room.room.raters == 3, timeout=WAIT_MS)
    overlay = room.overlay
    assert overlay is not None and overlay.curve is not None
    assert [p.anchor for p in overlay.curve.curve.points] == touchpoints
    count = session.stack.count()
    room.adopt()
    assert session.stack.count() == count + 1  # one undo step
    scores = {doc.emotion_anchor(e): doc.get(e, "score")
              for e in doc.emotions(journey, persona)}
    low, high = doc.scale(journey)
    assert scores[touchpoints[0]] == ws.room_score(-2.0, (low, high))
    assert scores[touchpoints[1]] == ws.room_score(2.0, (low, high))
    session.stack.undo()


def test_participants_listed_as_text_and_removable(workshop: Workshop, qtbot: Any,
                                                    phones: PhoneThread,
                                                    monkeypatch: Any) -> None:
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Yes.value)
    room = _open(workshop, qtbot)
    assert room.room is not None
    url = _url(room)
    name = "<b>Mallory</b><script>x</script>"

    async def join() -> Phone:
        return await Phone(url, name).join()

    phone = phones.run(join())
    qtbot.waitUntil(lambda: room.people.count() == 1, timeout=WAIT_MS)
    assert room.people.item(0).text() == name
    assert all(label.textFormat() == Qt.TextFormat.PlainText
               for label in (room.addresses, room.code, room.count, room.status))
    assert isinstance(room.status, QLabel)
    room.people.item(0).setSelected(True)
    room.remove_selected()
    phones.run(phone.until(lambda: phone.bye is not None))
    assert phone.bye == {"t": "bye", "reason": "removed"}
    qtbot.waitUntil(lambda: room.people.count() == 0, timeout=WAIT_MS)


def _refused(url: str) -> bool:
    async def go() -> bool:
        try:
            async with aiohttp.ClientSession() as client, client.get(url) as response:
                return response.status == 404
        except aiohttp.ClientConnectionError:
            return True

    return asyncio.run(go())


def test_the_room_closes_with_its_window_and_its_document(workshop: Workshop, qtbot: Any,
                                                          phones: PhoneThread) -> None:
    room = _open(workshop, qtbot)
    url = _url(room)
    phone = phones.run(Phone(url).join())
    room.close()
    phones.run(phone.until(lambda: phone.bye is not None))
    assert phone.bye == {"t": "bye", "reason": "closed"}
    assert _refused(url) and not workshop.room_action.isChecked()
    # again, then the document closes: the room goes with it
    room = _open(workshop, qtbot)
    url = _url(room)
    server = room.room.server if room.room is not None else None
    assert server is not None and server.running()
    session = workshop.window.session
    assert session is not None
    session.stack.setClean()
    workshop.window.close()
    qtbot.waitUntil(lambda: not server.running(), timeout=WAIT_MS)
    assert _refused(url)


def test_no_private_network_is_said_with_the_hotspot_fallback(workshop: Workshop,
                                                              qtbot: Any) -> None:
    room = workshop.show_room([])
    assert room is not None and room.room is None
    assert "no private network" in room.status.text()
    assert room.retry.isVisibleTo(room) and "hotspot" in room.help.text()
    assert not room.exercise.isEnabled()


def test_room_events_reach_the_gui_thread_queued(workshop: Workshop, qtbot: Any) -> None:
    """The server's thread emits; Qt delivers on the GUI thread (never a direct call)."""
    room = _open(workshop, qtbot)
    assert room.room is not None
    seen: list[bool] = []
    import threading

    room.room.changed.connect(lambda: seen.append(
        threading.current_thread() is threading.main_thread()))
    worker = threading.Thread(target=room.room.event_arrived.emit,
                              args=(ev.Joined("abc", "x"),))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT_MS)
    assert seen == [True]


def test_the_projector_shows_the_way_in_large_with_the_count(workshop: Workshop, qtbot: Any,
                                                             phones: PhoneThread) -> None:
    """The join screen: full screen, only QR code, address, code and count; Esc leaves it,
    and it closes with the room."""
    from PySide6.QtGui import QGuiApplication

    room = _open(workshop, qtbot)
    assert room.room is not None
    shown = room.project()
    assert shown is not None and room.project() is shown  # one at a time
    qtbot.waitUntil(lambda: shown.isFullScreen() and shown.isVisible(), timeout=WAIT_MS)
    screen = QGuiApplication.primaryScreen().geometry()
    qtbot.waitUntil(lambda: shown.size() == screen.size(), timeout=WAIT_MS)
    side = shown.qr.pixmap().width()
    assert side >= 0.5 * min(screen.height(), screen.width() / 2) and side > QR_SMALL
    assert shown.qr.toolTip() == _url(room)
    assert shown.addresses.text() == f"http://127.0.0.1:{room.room.port}/"
    assert shown.code.text() == room.room.room.join_code
    assert shown.code.font().pixelSize() > room.code.font().pixelSize()
    assert shown.count.text() == "0 joined"
    # nothing of the facilitator's controls on it
    assert {label.text() for label in shown.findChildren(QLabel)} >= {
        shown.addresses.text(), shown.code.text()}
    assert not shown.findChildren(type(room.people))
    phone = phones.run(Phone(_url(room), "Anna").join())
    qtbot.waitUntil(lambda: shown.count.text() == "1 joined", timeout=WAIT_MS)
    qtbot.keyClick(shown, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: room.projector.get() is None, timeout=WAIT_MS)
    assert room.room is not None and room.room.open  # the room goes on
    # again; closing the room closes it too
    shown = room.project()
    assert shown is not None
    qtbot.waitUntil(lambda: shown.isVisible(), timeout=WAIT_MS)
    room.close()
    qtbot.waitUntil(lambda: room.projector.get() is None, timeout=WAIT_MS)
    phones.run(phone.until(lambda: phone.bye is not None))
    phones.run(phone.leave())


QR_SMALL = 360  # the room window's own QR code


def test_every_private_address_is_listed_and_each_lets_phones_in(
        workshop: Workshop, qtbot: Any, phones: PhoneThread) -> None:
    """Wi-Fi and a hotspot: both addresses on the screen, one port, both reach the room."""
    room = workshop.show_room(["127.0.0.1", "127.0.0.2"])
    assert room is not None and room.room is not None
    port = room.room.port
    assert room.addresses.text() == f"http://127.0.0.1:{port}/\nhttp://127.0.0.2:{port}/"
    links = room.room.links()
    assert [link.split("/")[2] for link in links] == [f"127.0.0.1:{port}", f"127.0.0.2:{port}"]
    shown = room.project()
    assert shown is not None and shown.addresses.text() == room.addresses.text()

    async def both() -> list[Phone]:
        return [await Phone(links[0], "Wi-Fi").join(), await Phone(links[1], "Hotspot").join()]

    joined = phones.run(both())
    qtbot.waitUntil(lambda: room.people.count() == 2, timeout=WAIT_MS)
    assert sorted(room.people.item(i).text() for i in range(2)) == ["Hotspot", "Wi-Fi"]
    for phone in joined:
        phones.run(phone.leave())


def test_the_room_closes_with_its_action_when_the_app_quits_and_with_its_document(
        workshop: Workshop, qtbot: Any, phones: PhoneThread) -> None:
    from PySide6.QtWidgets import QApplication

    room = _open(workshop, qtbot)
    url = _url(room)
    phone = phones.run(Phone(url).join())
    workshop.room_action.trigger()  # Workshop › Room again: the room closes
    phones.run(phone.until(lambda: phone.bye is not None))
    assert phone.bye == {"t": "bye", "reason": "closed"} and _refused(url)
    assert workshop.room_window.get() is None or not workshop.room_window.get().isVisible()
    phones.run(phone.leave())
    room = _open(workshop, qtbot)
    url = _url(room)
    phone = phones.run(Phone(url).join())
    QApplication.instance().aboutToQuit.emit()  # what quitting the app sends first
    phones.run(phone.until(lambda: phone.bye is not None))
    assert phone.bye == {"t": "bye", "reason": "closed"} and _refused(url)
    assert not workshop.room_action.isChecked()
    phones.run(phone.leave())
    room.close()
    # the window's document is replaced: the room of the old one closes
    room = _open(workshop, qtbot)
    url = _url(room)
    session = workshop.window.session
    assert session is not None
    session.stack.setClean()
    workshop.window.show_document(templates.build_sample("schoonmaak", "en"), None)
    qtbot.waitUntil(lambda: workshop.room_window.get() is None
                    or workshop.room_window.get().room is None, timeout=WAIT_MS)
    assert _refused(url) and not workshop.room_action.isChecked()


def test_notes_from_phones_are_autosaved_for_recovery_like_any_edit(
        workshop: Workshop, qtbot: Any, phones: PhoneThread) -> None:
    from klantreis_desktop.storage import load

    room = _open(workshop, qtbot)
    window = workshop.window
    assert window.session is not None and window.autosave is not None
    room.start_notes("Channels", False)
    window.autosave.snapshot_now()
    assert window.autosave.flush() and not window.autosave.dirty

    async def go() -> Phone:
        phone = await Phone(_url(room), "Anna").join()
        await phone.until(lambda: phone.state["exercise"]["kind"] == "notes")
        await phone.note("Nobody answers the chat", "note-auto-1")
        await phone.until(lambda: "note-auto-1" in phone.acks)
        return phone

    phone = phones.run(go())
    doc = window.session.doc
    qtbot.waitUntil(lambda: len(ws.notes(doc, "Channels")) == 1, timeout=WAIT_MS)
    assert window.autosave.dirty  # the room's edit schedules a recovery copy
    window.autosave.snapshot_now()
    assert window.autosave.flush()
    copy = load(window.autosave.store.file_for(window.autosave.session_id))
    assert [copy.get(n, "text") for n in ws.notes(copy, "Channels")] == [
        "Nobody answers the chat"]
    phones.run(phone.leave())


def test_waiting_mirrors_the_agenda_step_and_the_timer_on_the_phones(
        workshop: Workshop, qtbot: Any, phones: PhoneThread) -> None:
    room = _open(workshop, qtbot)
    assert room.room is not None
    phone = phones.run(Phone(_url(room), "Anna").join())
    exercise = phone.state["exercise"]
    assert exercise["kind"] == "wait" and exercise["step"] == room._step_title() != ""
    assert phone.state["timer"] is None
    workshop.timer.start(["Channels", "Pain points"], 300)

    def timer() -> Any:
        return phone.state.get("timer") or {}

    phones.run(phone.until(lambda: timer().get("running") is True))
    assert timer()["label"] == "Channels" and 280 <= timer()["remaining"] <= 300
    workshop.timer.pause()
    phones.run(phone.until(lambda: timer().get("running") is False))
    assert 280 <= timer()["remaining"] <= 300
    # while the room collects notes, a new timer round moves the phones to its dimension
    room.start_notes("Channels", False)
    phones.run(phone.until(lambda: phone.state["exercise"]["kind"] == "notes"))
    workshop.timer.skip()
    phones.run(phone.until(lambda: phone.state["exercise"].get("dimension") == "Pain points"
                           and timer().get("label") == "Pain points"))
    workshop.timer.stop()
    phones.run(phone.until(lambda: phone.state.get("timer") is None))
    phones.run(phone.leave())


def test_a_room_round_can_start_from_zero(workshop: Workshop, qtbot: Any) -> None:
    """Review s7: the room's round added to the team's dots without asking."""
    room = _open(workshop, qtbot)
    session = workshop.window.session
    assert session is not None and room.room is not None
    doc = session.doc
    cards = _votable(doc, workshop.window.tabs.current_journey())
    assert sum(int(doc.get(c, "votes") or 0) for c in cards) > 0
    answer_vote_round("cancel")
    room.start_vote(3, False)
    assert room.room.exercise != "vote"  # cancelled: no round started
    answer_vote_round("zero")
    room.start_vote(3, False)
    assert sum(int(doc.get(c, "votes") or 0) for c in cards) == 0
    session.stack.undo()  # clearing was one step
    assert sum(int(doc.get(c, "votes") or 0) for c in cards) > 0
