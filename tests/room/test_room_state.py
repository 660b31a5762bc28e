"""The room's rules without a network: secrets, participants, exercises, dedup, caps."""

from __future__ import annotations

import math

import pytest

from klantreis_desktop.room import room_events as ev
from klantreis_desktop.room.addresses import (
    base_url,
    is_private,
    join_url,
    may_listen_on,
    private_addresses,
)
from klantreis_desktop.room.room_protocol import BadMessageError, RoomLimits, clean_text, parse
from klantreis_desktop.room.room_state import Participant, Room


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def room(clock) -> tuple[Room, list]:
    events: list = []
    return Room(emit=events.append, clock=clock), events


def _join(room: Room, name: str = "") -> Participant:
    found = room.hello(None, name)
    assert isinstance(found, Participant)
    return found


def _note(text: str, note_id: str = "note-0001", q: str = "") -> dict:
    return parse(f'{{"t": "note", "id": "{note_id}", "text": "{text}", "q": "{q}"}}',
                 RoomLimits())


def test_private_addresses_only() -> None:
    assert [a for a in ("10.1.2.3", "172.16.0.1", "172.31.255.1", "192.168.1.20",
                        "169.254.3.4") if is_private(a)] == [
        "10.1.2.3", "172.16.0.1", "172.31.255.1", "192.168.1.20", "169.254.3.4"]
    for public in ("8.8.8.8", "172.32.0.1", "192.0.2.2", "127.0.0.1", "0.0.0.0", "::1",
                   "fd00::2", "not an address", ""):
        assert not is_private(public), public
    assert private_addresses(["8.8.8.8", "10.0.0.5", "192.168.1.4", "10.0.0.5",
                              "169.254.1.1", "127.0.0.1"]) == [
        "192.168.1.4", "10.0.0.5", "169.254.1.1"]
    assert may_listen_on("127.0.0.1") and may_listen_on("10.0.0.1")
    assert not may_listen_on("0.0.0.0") and not may_listen_on("192.0.2.2")
    assert base_url("192.168.1.4", 8123) == "http://192.168.1.4:8123/"
    assert join_url("192.168.1.4", 8123, "abc") == "http://192.168.1.4:8123/r/abc/"


def test_the_secret_has_at_least_128_bits_and_every_room_its_own(room) -> None:
    first, _events = room
    second = Room()
    # token_urlsafe: 6 bits per character
    assert len(first.token) * 6 >= 128
    assert first.token != second.token and first.join_code != second.join_code
    assert len(first.join_code) == 6 and math.log2(31) * 6 > 29


def test_a_closed_rooms_token_and_code_never_work_again(room) -> None:
    first, _events = room
    assert first.token_ok(first.token)
    assert not first.token_ok(first.token[:-1] + "x") and not first.token_ok("")
    first.close()
    assert not first.token_ok(first.token)
    assert first.try_join_code("10.0.0.9", first.join_code) == "wrong"


def test_the_join_code_allows_five_tries_a_minute_per_address(room, clock) -> None:
    first, _events = room
    for _try in range(5):
        assert first.try_join_code("10.0.0.9", "WRONG1") == "wrong"
    # the sixth try is refused even with the right code: guessing stays slow
    assert first.try_join_code("10.0.0.9", first.join_code) == "limited"
    assert first.try_join_code("10.0.0.8", first.join_code.lower()) == "ok"  # another phone
    clock.now += 61
    assert first.try_join_code("10.0.0.9", " " + first.join_code + " ") == "ok"


def test_a_participant_is_known_by_its_secret_key(room) -> None:
    first, events = room
    anna = _join(first, "Anna")
    again = first.hello(anna.key, "Anna B")
    assert again is anna and anna.connections == 2
    stranger = first.hello("x" * 24, "")  # a made-up key makes someone new, not Anna
    assert isinstance(stranger, Participant) and stranger is not anna
    assert [type(e) for e in events] == [ev.Joined, ev.Renamed, ev.Joined]
    first.remove(anna.public)
    assert first.hello(anna.key, "Anna") == "removed"


def test_the_room_has_a_cap_on_participants() -> None:
    small = Room(RoomLimits(participants=2))
    _join(small)
    _join(small)
    assert small.hello(None, "third") == "full"


def test_a_replayed_note_is_acknowledged_but_added_once(room) -> None:
    first, events = room
    first.set_exercise("notes", {"dimension": "Channels"})
    anna = _join(first, "Anna")
    for _time in range(3):
        outcome = first.handle(anna, _note("Website is slow"))
        assert outcome.replies == [{"t": "ack", "id": "note-0001"}]
    added = [e for e in events if isinstance(e, ev.NoteAdded)]
    assert len(added) == 1
    assert (added[0].text, added[0].dimension) == ("Website is slow", "Channels")
    # after a reconnect (same key) the resend is still a duplicate
    again = first.hello(anna.key, "Anna")
    assert isinstance(again, Participant)
    first.handle(again, _note("Website is slow"))
    assert len([e for e in events if isinstance(e, ev.NoteAdded)]) == 1


def test_forged_notes_cannot_take_someone_elses_place(room) -> None:
    first, events = room
    first.set_exercise("notes", {"dimension": "d"})
    anna, bob = _join(first), _join(first)
    first.handle(anna, _note("mine"))
    first.handle(bob, _note("forged with Anna's note id"))
    added = [e for e in events if isinstance(e, ev.NoteAdded)]
    assert len(added) == 2 and added[0].node_id != added[1].node_id
    assert added[0].participant == anna.public and added[1].participant == bob.public
    # extra fields (a participant's name or key) are not read from messages
    forged = parse('{"t": "note", "id": "note-0002", "text": "x", "participant": "'
                   + anna.public + '", "key": "' + anna.key + '"}', RoomLimits())
    assert set(forged) == {"t", "id", "q", "text"}


def test_notes_only_while_the_exercise_is_notes(room) -> None:
    first, events = room
    anna = _join(first)
    assert first.handle(anna, _note("too early")).replies == [
        {"t": "error", "code": "not_now", "id": "note-0001"}]
    assert not [e for e in events if isinstance(e, ev.NoteAdded)]


def test_empathy_quadrants_name_the_dimension(room) -> None:
    first, events = room
    first.set_exercise("notes", {"dimension": "Empathy map", "quadrants": [
        {"key": "says", "label": "Says"}, {"key": "feels", "label": "Feels"}]})
    anna = _join(first)
    first.handle(anna, _note("Rushed", "note-0003", "feels"))
    assert first.handle(anna, _note("?", "note-0004", "nowhere")).replies[0]["code"] == (
        "bad_field")
    (added,) = [e for e in events if isinstance(e, ev.NoteAdded)]
    assert added.dimension == "Feels"


def test_notes_per_minute_are_capped(clock) -> None:
    first = Room(RoomLimits(notes_per_minute=60, note_burst=3), clock=clock)
    first.set_exercise("notes", {"dimension": "d"})
    anna = _join(first)
    codes = [first.handle(anna, _note("n", f"note-{i:04d}")).replies[0]
             for i in range(5)]
    assert [c["t"] for c in codes] == ["ack", "ack", "ack", "error", "error"]
    assert codes[3]["code"] == "slow_down"
    clock.now += 1.0  # one more a second
    assert first.handle(anna, _note("n", "note-0003")).replies[0]["t"] == "ack"


def test_dot_votes_are_capped_idempotent_and_anonymous(room) -> None:
    first, events = room
    cards = [{"id": "pain" + "a" * 20, "text": "Queue", "kind": "pain"},
             {"id": "opp" + "b" * 20, "text": "App", "kind": "opportunity"}]
    first.set_exercise("vote", {"round": 1, "dots": 3, "cards": cards, "live": True})
    anna, bob = _join(first), _join(first)
    vote = lambda who, card, n: first.handle(who, {"t": "vote", "card": card, "n": n})  # noqa: E731
    vote(anna, cards[0]["id"], 2)
    vote(anna, cards[0]["id"], 2)  # the same again changes nothing
    assert vote(anna, cards[1]["id"], 2).replies[0] == {"t": "error", "code": "no_dots_left"}
    vote(anna, cards[1]["id"], 1)
    vote(bob, cards[0]["id"], 3)
    assert vote(bob, "unknown" + "c" * 20, 1).replies[0]["code"] == "bad_id"
    tallies = [e for e in events if isinstance(e, ev.Tally)]
    assert tallies[-1].dots == {cards[0]["id"]: 5, cards[1]["id"]: 1}
    assert tallies[-1].voters == 2
    assert len(tallies) == 4  # round start + three real changes
    assert "participant" not in vars(tallies[-1])
    # a live vote shows the room's tally; a new round starts everyone afresh
    assert first.view(anna)["exercise"]["tally"] == tallies[-1].dots
    first.set_exercise("vote", {"round": 2, "dots": 3, "cards": cards, "live": False})
    assert first.tally() == {} and "tally" not in first.view(anna)["exercise"]
    first.remove(bob.public)


def test_removing_a_voter_takes_their_dots_away(room) -> None:
    first, events = room
    cards = [{"id": "pain" + "a" * 20, "text": "Queue", "kind": "pain"}]
    first.set_exercise("vote", {"round": 1, "dots": 3, "cards": cards})
    bob = _join(first)
    first.handle(bob, {"t": "vote", "card": cards[0]["id"], "n": 3})
    first.remove(bob.public)
    assert [e for e in events if isinstance(e, ev.Tally)][-1].dots == {}


def test_ratings_are_kept_per_participant(room) -> None:
    first, events = room
    tps = [{"id": "tp" + "a" * 20, "text": "Call"}, {"id": "tp" + "b" * 20, "text": "Visit"}]
    first.set_exercise("rate", {"persona": "p1", "persona_name": "Petra", "touchpoints": tps})
    anna, bob = _join(first), _join(first)
    first.handle(anna, {"t": "rate", "tp": tps[0]["id"], "score": -2})
    first.handle(bob, {"t": "rate", "tp": tps[0]["id"], "score": 1})
    first.handle(bob, {"t": "rate", "tp": tps[1]["id"], "score": 2})
    first.handle(bob, {"t": "rate", "tp": tps[1]["id"], "score": None})
    assert first.handle(anna, {"t": "rate", "tp": "x" * 20, "score": 1}).replies[0][
        "code"] == "bad_id"
    last = [e for e in events if isinstance(e, ev.Ratings)][-1]
    assert last.scores == {tps[0]["id"]: [-2, 1]} and last.persona == "p1"
    assert first.view(anna)["exercise"]["mine"] == {tps[0]["id"]: -2}


def test_a_phone_sees_only_the_exercises_public_data(room) -> None:
    first, _events = room
    first.set_exercise("rate", {"persona": "p1", "persona_name": "Petra", "secret": "no",
                                "touchpoints": [{"id": "t" * 20, "text": "Call",
                                                 "notes": "internal", "phase": "Buy"}]})
    anna = _join(first)
    view = first.view(anna)
    text = str(view)
    assert "internal" not in text and "secret" not in text and "p1" not in text
    assert view["exercise"]["touchpoints"] == [{"id": "t" * 20, "text": "Call", "phase": "Buy"}]


@pytest.mark.parametrize("raw, code", [
    ("x" * 3000, "too_big"),
    ("{not json", "not_json"),
    ("[1, 2]", "unknown"),
    ('{"t": "delete", "id": "abc"}', "unknown"),
    ('{"t": "note", "id": "short", "text": "x"}', "bad_id"),
    ('{"t": "note", "id": "note-0001", "text": 5}', "bad_text"),
    ('{"t": "note", "id": "note-0001", "text": "   "}', "empty"),
    ('{"t": "note", "id": "note-0001", "text": "' + "a" * 281 + '"}', "too_long"),
    ('{"t": "vote", "card": "' + "c" * 20 + '", "n": true}', "bad_number"),
    ('{"t": "vote", "card": "' + "c" * 20 + '", "n": 99}', "bad_number"),
    ('{"t": "rate", "tp": "' + "c" * 20 + '", "score": 3}', "bad_number"),
    ("[" * 1000 + "]" * 1000, "not_json"),
    (b"binary", "binary"),
])
def test_malformed_and_oversized_messages_are_refused(raw, code) -> None:
    with pytest.raises(BadMessageError) as refused:
        parse(raw, RoomLimits())
    assert refused.value.code == code


def test_text_stays_text() -> None:
    script = "<script>alert('x')</script> & <b>bold</b>"
    assert clean_text(script, 280) == script  # nothing escaped or removed: shown as text
    assert clean_text("a\u202ebc\u0000d\n\te", 280) == "a bc d e"
