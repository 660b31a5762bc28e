"""One room's state: its secrets, the participants, the current exercise and what each
participant gave for it. Plain Python, used only from the server's thread.

The facilitator (through the GUI) sets the exercise and its public data; a phone sees only
that data and its own answers (:meth:`Room.view`), never the document. What participants
give leaves the room as :mod:`events <.room_events>` for the GUI, which turns them into
undoable model edits. Notes carry a client-made id: the room keeps the ids each participant
sent, so a note resent after a lost connection (or replayed) is acknowledged again but
added once; a participant is known by a secret key only its own phone holds, so nobody
can send in someone else's name.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from klantreis_desktop.room import room_events as ev
from klantreis_desktop.room.room_protocol import BadMessageError, RateLimit, RoomLimits, WindowLimit

EXERCISES = ("wait", "notes", "vote", "rate")
#: Letters of the join code: no 0/O, 1/I/L, so it reads off a projector without doubt.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 6


def new_token() -> str:
    """The room's secret for its links: 160 random bits (≥ 128, issue 18)."""
    return secrets.token_urlsafe(20)


def new_join_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


@dataclass
class Participant:
    """One phone. ``key`` is its secret (it identifies the phone on every reconnect);
    ``public`` is the handle the facilitator's list uses."""

    key: str
    public: str
    name: str
    notes: RateLimit
    seen_notes: set[str] = field(default_factory=set)
    votes: dict[str, int] = field(default_factory=dict)
    ratings: dict[str, int] = field(default_factory=dict)
    connections: int = 0
    removed: bool = False


@dataclass
class Outcome:
    """What handling one message gives: replies to the sender, and whether every
    participant's view changed (a new tally in a live vote)."""

    replies: list[dict[str, Any]] = field(default_factory=list)
    changed_all: bool = False


class Room:
    """The room's rules, independent of any network (tests drive it directly)."""

    def __init__(self, limits: RoomLimits | None = None,
                 emit: Callable[[ev.RoomEvent], None] | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.limits = limits or RoomLimits()
        self.token = new_token()
        self.join_code = new_join_code()
        self.room_id = secrets.token_hex(8)
        self.emit = emit or (lambda _event: None)
        self.clock = clock
        self.closed = False
        self.participants: dict[str, Participant] = {}  # key -> participant
        self.exercise = "wait"
        self.data: dict[str, Any] = {}
        self.timer: dict[str, Any] | None = None
        self.join_tries = WindowLimit(self.limits.join_tries_per_minute, 60.0)

    # Secrets ------------------------------------------------------------------------------

    def token_ok(self, token: str) -> bool:
        return not self.closed and hmac.compare_digest(token.encode(), self.token.encode())

    def try_join_code(self, address: str, code: str) -> str:
        """``ok``, ``wrong`` or ``limited`` (5 tries a minute per address; a right code
        after that is refused too, or it could be guessed at full speed)."""
        if self.closed:
            return "wrong"
        if not self.join_tries.allow(address, self.clock()):
            return "limited"
        typed = "".join(code.split()).upper()[:20]
        return "ok" if hmac.compare_digest(typed.encode(), self.join_code.encode()) else "wrong"

    # Participants -------------------------------------------------------------------------

    def active(self) -> list[Participant]:
        return [p for p in self.participants.values() if not p.removed]

    def hello(self, key: str | None, name: str) -> Participant | str:
        """The participant for a phone's first message: its own (by key) or a new one;
        an error code when the room is full or the phone was removed."""
        known = self.participants.get(key) if key else None
        if known is not None:
            if known.removed:
                return "removed"
            if known.connections == 0:
                self.emit(ev.Online(known.public, True))
            known.connections += 1
            if name and name != known.name:
                known.name = name
                self.emit(ev.Renamed(known.public, name))
            return known
        if len(self.active()) >= self.limits.participants:
            return "full"
        participant = Participant(
            secrets.token_urlsafe(18), secrets.token_hex(6), name,
            RateLimit(self.limits.notes_per_minute / 60.0, self.limits.note_burst,
                      self.clock()), connections=1)
        self.participants[participant.key] = participant
        self.emit(ev.Joined(participant.public, name))
        return participant

    def disconnected(self, participant: Participant) -> None:
        participant.connections = max(0, participant.connections - 1)
        if participant.connections == 0 and not participant.removed:
            self.emit(ev.Online(participant.public, False))

    def remove(self, public: str) -> Participant | None:
        """Take a participant out: their votes and ratings leave the tallies (their notes
        stay on the board: they are the document's now) and their key stops working."""
        for participant in self.active():
            if participant.public == public:
                participant.removed = True
                had_votes, had_ratings = bool(participant.votes), bool(participant.ratings)
                participant.votes.clear()
                participant.ratings.clear()
                self.emit(ev.Left(public, had_votes))
                if had_votes:
                    self._emit_tally()
                if had_ratings:
                    self._emit_ratings()
                return participant
        return None

    # The exercise -------------------------------------------------------------------------

    def set_exercise(self, kind: str, data: dict[str, Any] | None = None) -> None:
        """What the phones do now. A new vote round or a new persona to rate starts
        everyone's answers afresh; the same one again keeps them (a reminder, not a
        reset)."""
        if kind not in EXERCISES:
            raise ValueError(kind)
        data = dict(data or {})
        same = kind == self.exercise and all(
            data.get(name) == self.data.get(name) for name in ("round", "persona"))
        if not same:
            for participant in self.participants.values():
                participant.votes.clear()
                participant.ratings.clear()
        self.exercise, self.data = kind, data
        if kind == "vote" and not same:
            self._emit_tally()

    def set_timer(self, timer: dict[str, Any] | None) -> None:
        self.timer = dict(timer) if timer else None

    def _ids(self, name: str) -> set[str]:
        return {str(item.get("id")) for item in self.data.get(name, ())
                if isinstance(item, dict)}

    def tally(self) -> dict[str, int]:
        total: dict[str, int] = {}
        for participant in self.active():
            for card, dots in participant.votes.items():
                total[card] = total.get(card, 0) + dots
        return {card: dots for card, dots in total.items() if dots}

    def ratings(self) -> dict[str, list[int]]:
        found: dict[str, list[int]] = {}
        for participant in self.active():
            for touchpoint, score in participant.ratings.items():
                found.setdefault(touchpoint, []).append(score)
        return {touchpoint: sorted(scores) for touchpoint, scores in found.items()}

    def _emit_tally(self) -> None:
        voters = sum(1 for p in self.active() if p.votes)
        self.emit(ev.Tally(int(self.data.get("round", 0)), self.tally(), voters))

    def _emit_ratings(self) -> None:
        raters = sum(1 for p in self.active() if p.ratings)
        self.emit(ev.Ratings(str(self.data.get("persona", "")), self.ratings(), raters))

    # Messages -----------------------------------------------------------------------------

    def note_node_id(self, participant: Participant, client_id: str) -> str:
        """The note's id in the document: the same for a resent note, different for
        every participant (so nobody can overwrite or collide with another's)."""
        text = f"{self.room_id}:{participant.key}:{client_id}"
        return hashlib.sha256(text.encode()).hexdigest()[:32]

    def handle(self, participant: Participant, message: dict[str, Any]) -> Outcome:
        """Act on one checked message (see room_protocol.parse) from ``participant``."""
        outcome = Outcome()
        if participant.removed or self.closed:
            outcome.replies.append({"t": "bye", "reason": "removed"})
            return outcome
        kind = message["t"]
        try:
            if kind == "name":
                if message["name"] != participant.name:
                    participant.name = message["name"]
                    self.emit(ev.Renamed(participant.public, participant.name))
                outcome.replies.append({"t": "named", "name": participant.name})
            elif kind == "note":
                outcome.replies.append(self._note(participant, message))
            elif kind == "vote":
                self._vote(participant, message["card"], message["n"])
                outcome.changed_all = bool(self.data.get("live"))
                outcome.replies.append(self.view(participant))
            elif kind == "rate":
                self._rate(participant, message["tp"], message["score"])
                outcome.replies.append(self.view(participant))
            else:  # a second hello on one connection
                raise BadMessageError("unknown")
        except BadMessageError as refused:
            reply: dict[str, Any] = {"t": "error", "code": refused.code}
            if kind == "note":
                reply["id"] = message["id"]
            outcome.replies.append(reply)
        return outcome

    def _note(self, participant: Participant, message: dict[str, Any]) -> dict[str, Any]:
        client_id = message["id"]
        if client_id in participant.seen_notes:  # resent or replayed: acknowledged, once
            return {"t": "ack", "id": client_id}
        if self.exercise != "notes":
            raise BadMessageError("not_now")
        quadrants = {str(q.get("key")): str(q.get("label", "")) for q in
                     self.data.get("quadrants", ()) if isinstance(q, dict)}
        dimension = str(self.data.get("dimension", ""))
        if quadrants:
            if message["q"] not in quadrants:
                raise BadMessageError("bad_field")
            dimension = quadrants[message["q"]]
        if len(participant.seen_notes) >= 5_000:
            raise BadMessageError("too_many")
        if not participant.notes.allow(self.clock()):
            raise BadMessageError("slow_down")
        participant.seen_notes.add(client_id)
        self.emit(ev.NoteAdded(participant.public, self.note_node_id(participant, client_id),
                               message["text"], dimension))
        return {"t": "ack", "id": client_id}

    def _vote(self, participant: Participant, card: str, dots: int) -> None:
        if self.exercise != "vote":
            raise BadMessageError("not_now")
        if card not in self._ids("cards"):
            raise BadMessageError("bad_id")
        allowed = max(0, min(int(self.data.get("dots", 3)), self.limits.max_dots))
        others = sum(n for c, n in participant.votes.items() if c != card)
        if others + dots > allowed:
            raise BadMessageError("no_dots_left")
        if participant.votes.get(card, 0) == dots:
            return  # the same again (a resend): nothing changes
        if dots:
            participant.votes[card] = dots
        else:
            participant.votes.pop(card, None)
        self._emit_tally()

    def _rate(self, participant: Participant, touchpoint: str, score: int | None) -> None:
        if self.exercise != "rate":
            raise BadMessageError("not_now")
        if touchpoint not in self._ids("touchpoints"):
            raise BadMessageError("bad_id")
        if participant.ratings.get(touchpoint) == score:
            return
        if score is None:
            participant.ratings.pop(touchpoint, None)
        else:
            participant.ratings[touchpoint] = score
        self._emit_ratings()

    # What a phone sees --------------------------------------------------------------------

    def view(self, participant: Participant) -> dict[str, Any]:
        """The state message for one phone: the exercise's public data and its own
        answers (a live vote's tally too), nothing else."""
        data = self.data
        exercise: dict[str, Any] = {"kind": self.exercise}
        if self.exercise == "notes":
            exercise["dimension"] = str(data.get("dimension", ""))
            exercise["quadrants"] = [{"key": str(q.get("key")), "label": str(q.get("label"))}
                                     for q in data.get("quadrants", ()) if isinstance(q, dict)]
        elif self.exercise == "vote":
            exercise.update(round=int(data.get("round", 0)), dots=int(data.get("dots", 3)),
                            live=bool(data.get("live")),
                            cards=[{"id": str(c.get("id")), "text": str(c.get("text")),
                                    "kind": str(c.get("kind"))}
                                   for c in data.get("cards", ()) if isinstance(c, dict)],
                            mine=dict(participant.votes))
            if data.get("live"):
                exercise["tally"] = self.tally()
        elif self.exercise == "rate":
            exercise.update(persona=str(data.get("persona_name", "")),
                            touchpoints=[{"id": str(t.get("id")), "text": str(t.get("text")),
                                          "phase": str(t.get("phase", ""))}
                                         for t in data.get("touchpoints", ())
                                         if isinstance(t, dict)],
                            mine=dict(participant.ratings))
        else:
            exercise["step"] = str(data.get("step", ""))
        return {"t": "state", "exercise": exercise, "timer": self.timer,
                "name": participant.name, "people": len(self.active())}

    def close(self) -> None:
        """The room is over: its token and join code never work again."""
        self.closed = True
