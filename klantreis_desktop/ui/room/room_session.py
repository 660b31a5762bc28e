"""One open room for one document: the server, and what it hears turned into model edits.

The server runs in its own thread (klantreis_desktop/room/room_server.py); its events
arrive here through a Qt signal emitted from that thread, so Qt queues them onto the GUI
thread and a slow phone never holds up the canvas. Every note, vote and adopted rating
enters the document as a model operation pushed on the document's undo stack, so it is
undoable, autosaved and recovered after a crash like any edit.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from klantreis_desktop.layout.room_curve import medians
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model import operations as ops
from klantreis_desktop.model import workshop as ws
from klantreis_desktop.model.changes import Atom, ChangeSet
from klantreis_desktop.room import room_events as ev
from klantreis_desktop.room.addresses import base_url, join_url
from klantreis_desktop.room.room_protocol import RoomLimits
from klantreis_desktop.room.room_server import RoomServer
from klantreis_desktop.room.room_state import Room
from klantreis_desktop.shipped_files import resources_dir
from klantreis_desktop.ui.room.local_addresses import private_interface_addresses
from klantreis_desktop.ui.session import DocumentSession


def _tr(text: str) -> str:
    return QCoreApplication.translate("Room", text)


class NoPrivateAddressError(RuntimeError):
    """This machine is on no private network: nothing for phones to reach."""


@dataclass
class Person:
    """A participant as the facilitator's list shows them."""

    public: str
    name: str
    online: bool = True


QUADRANTS = ("says", "thinks", "does", "feels")
#: Notes arriving within this many milliseconds go on the board as one change: forty
#: phones sending at once cost one board update, not forty (benchmarks/room_load.py).
BATCH_MS = 40


class RoomSession(QObject):
    """The room of one document while its window is open."""

    #: From the server's thread (queued to the GUI thread by Qt): one room event.
    event_arrived = Signal(object)
    #: Participants, tallies or ratings changed (the window redraws its lists).
    changed = Signal()
    #: A note from a phone is on the board (its node id).
    note_added = Signal(str)
    #: The room's ratings changed (persona, scores, raters): the canvas overlay follows.
    ratings_changed = Signal(str, object, int)
    #: The server stopped (an error text when it failed, else empty).
    stopped = Signal(str)

    def __init__(self, session: DocumentSession, limits: RoomLimits | None = None,
                 hosts: list[str] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.hosts = hosts if hosts is not None else private_interface_addresses()
        if not self.hosts:
            raise NoPrivateAddressError(_tr("This computer is not on a private network."))
        self.room = Room(limits)
        self.event_arrived.connect(self._on_event)
        self.server = RoomServer(self.room, resources_dir() / "room", self.event_arrived.emit)
        self.port = self.server.start(self.hosts)
        self.people: dict[str, Person] = {}
        self.room_notes: list[str] = []  # node ids of the notes phones added, in order
        self._known_notes: set[str] = set()
        self._pending: list[ev.NoteAdded] = []
        self._batch = QTimer(self)
        self._batch.setSingleShot(True)
        self._batch.setInterval(BATCH_MS)
        self._batch.timeout.connect(self.flush_notes)
        self.exercise = "wait"
        self.vote_round = 0
        self.vote_live = False
        self.revealed = False  # this round's tally is on the cards (revealed)
        self._dropping = False  # a removed participant's dots are to leave the cards
        self.vote_base: dict[str, int] = {}  # the cards' votes before this round
        self.tally: dict[str, int] = {}
        self.voters = 0
        self.rated_persona = ""
        self.scores: dict[str, list[int]] = {}
        self.raters = 0
        self.open = True

    # Addresses -------------------------------------------------------------------------

    def links(self) -> list[str]:
        """The QR code's link for each address (the first is the one in the code)."""
        return [join_url(host, self.port, self.room.token) for host in self.hosts]

    def short_addresses(self) -> list[str]:
        return [base_url(host, self.port) for host in self.hosts]

    # Events from the server --------------------------------------------------------------

    def _on_event(self, event: ev.RoomEvent) -> None:
        if isinstance(event, ev.Stopped):
            self.open = False
            self.stopped.emit(event.error)
            return
        if isinstance(event, ev.NoteAdded):  # acknowledged to a phone: never dropped
            self._add_note(event)
            return
        if not self.open:
            return
        if isinstance(event, ev.Joined):
            self.people[event.participant] = Person(event.participant, event.name)
        elif isinstance(event, ev.Renamed) and event.participant in self.people:
            self.people[event.participant].name = event.name
        elif isinstance(event, ev.Online) and event.participant in self.people:
            self.people[event.participant].online = event.online
        elif isinstance(event, ev.Left):
            self.people.pop(event.participant, None)
            # Their dots go with them; where the cards show this round (live or
            # revealed), the cards follow at the next tally, as an undo step of its own.
            self._dropping = event.dropped_votes and (self.vote_live or self.revealed)
        elif isinstance(event, ev.Tally) and event.round == self.vote_round:
            self.tally, self.voters = dict(event.dots), event.voters
            if self._dropping:
                self._dropping = False
                self._apply_votes(merge=False, label=_tr("Dots of a removed participant"))
            elif self.vote_live:
                self._apply_votes(merge=True)
        elif isinstance(event, ev.Ratings) and event.persona == self.rated_persona:
            self.scores, self.raters = dict(event.scores), event.raters
            self.ratings_changed.emit(self.rated_persona, self.scores, self.raters)
        self.changed.emit()

    def _add_note(self, event: ev.NoteAdded) -> None:
        self._pending.append(event)
        if not self._batch.isActive():
            self._batch.start()

    def flush_notes(self) -> None:
        """The notes that arrived since the last flush onto the board: one model change
        (one undo step); a note already there (the room dedups too) is left out."""
        self._batch.stop()
        pending, self._pending = self._pending, []
        doc = self.session.doc
        fresh = [e for e in pending if e.node_id not in doc and e.node_id not in self._known_notes]
        if not fresh:
            return
        change = ws.add_notes(doc, [(e.text, e.dimension, e.node_id) for e in fresh])
        if not self.session.push(change):
            return
        for event in fresh:
            self._known_notes.add(event.node_id)
            self.room_notes.append(event.node_id)
            self.note_added.emit(event.node_id)
        self.changed.emit()

    # The exercise ------------------------------------------------------------------------

    def _set(self, kind: str, data: dict[str, Any]) -> None:
        self.flush_notes()
        self.exercise = kind
        self.server.call(self.room.set_exercise, kind, data)
        self.changed.emit()

    def wait(self, step_title: str) -> None:
        self._set("wait", {"step": step_title})

    def collect_notes(self, dimension: str, empathy: bool = False) -> None:
        """Phones send notes for ``dimension`` (with ``empathy``: for one of the four
        quadrants of the empathy map, each its own dimension on the board)."""
        from klantreis_desktop.ui.labels import field_label

        quadrants = [{"key": q, "label": f"{dimension}: {field_label(q)}"
                      if dimension else field_label(q)} for q in QUADRANTS]
        self._set("notes", {"dimension": dimension, "quadrants": quadrants if empathy else []})

    def vote(self, journey: str, dots: int, live: bool) -> int:
        """A new round of dot voting on ``journey``'s pain points and opportunities; the
        number of cards offered."""
        doc = self.session.doc
        cards = [c for c in doc.cards(journey) if doc.kind(c) in ws.VOTABLE]
        self.vote_round += 1
        self.vote_live = live
        self.revealed = self._dropping = False
        self.vote_base = {c: int(doc.get(c, "votes") or 0) for c in cards}
        self.tally, self.voters = {}, 0
        self._set("vote", {"round": self.vote_round, "dots": dots, "live": live,
                           "cards": [{"id": c, "text": doc.title(c), "kind": doc.kind(c)}
                                     for c in cards]})
        return len(cards)

    def reveal(self) -> bool:
        """Put this round's tally on the cards (one undo step); True when anything
        changed. In a live round the cards already show it."""
        self.revealed = True
        return self._apply_votes(merge=False)

    def _apply_votes(self, merge: bool, label: str = "") -> bool:
        doc = self.session.doc
        atoms: list[Atom] = []
        for card, base in self.vote_base.items():
            if card not in doc:
                continue
            target = min(999, base + self.tally.get(card, 0))
            if int(doc.get(card, "votes") or 0) != target:
                atoms += ops.update(doc, card, votes=target).atoms
        if not atoms:
            return False
        change = ChangeSet(tuple(atoms), label or _tr("Add the room's votes"))
        key = f"room-votes-{self.room.room_id}-{self.vote_round}" if merge else None
        return self.session.push(change, merge_key=key)

    def rate(self, journey: str, persona: str) -> int:
        """Phones rate ``journey``'s touchpoints for ``persona``; the number offered."""
        doc = self.session.doc
        touchpoints: list[dict[str, str]] = []
        for phase in doc.phases(journey):
            for card in doc.cards(journey):
                if doc.kind(card) == k.TOUCHPOINT and doc.phase_of(card) == phase:
                    touchpoints.append({"id": card, "text": doc.title(card),
                                        "phase": doc.title(phase)})
        self.rated_persona = persona
        self.scores, self.raters = {}, 0
        self._set("rate", {"persona": persona, "persona_name": doc.title(persona),
                           "touchpoints": touchpoints})
        self.ratings_changed.emit(persona, {}, 0)
        return len(touchpoints)

    def adopt(self) -> bool:
        """The room's medians become the persona's emotions (one undo step)."""
        if not self.rated_persona or self.rated_persona not in self.session.doc:
            return False
        change = ws.adopt_ratings(self.session.doc, self.rated_persona, medians(self.scores))
        return self.session.push(change)

    def set_timer(self, remaining: float | None, running: bool, label: str = "") -> None:
        timer = None if remaining is None else {"remaining": round(remaining, 1),
                                                "running": running, "label": label}
        self.server.call(self.room.set_timer, timer)

    # Participants and notes --------------------------------------------------------------

    def remove(self, public: str) -> None:
        self.people.pop(public, None)
        self.server.call(self.room.remove, public)
        self.changed.emit()

    def hide_notes(self, notes: list[str]) -> bool:
        """Take notes off the board (one undo step brings them back)."""
        present = [n for n in notes if n in self.session.doc]
        return bool(present) and self.session.push(ChangeSet(
            ops.remove(self.session.doc, *present).atoms, _tr("Hide notes")))

    def merge_notes(self, notes: list[str]) -> bool:
        """Fold duplicates into the oldest (one undo step); notes of different dimensions
        are refused with a ModelError that says which."""
        present = [n for n in notes if n in self.session.doc]
        if len(present) < 2:
            return False
        return self.session.push(ws.merge_notes(self.session.doc, present[0], present[1:]))

    def close(self) -> None:
        """Close the room: phones are told, the port is freed, the links die."""
        if self.server.running():
            self.server.stop()
        # What the server said before it stopped is still queued for this thread: take
        # it now, so every note a phone saw acknowledged reaches the board.
        QCoreApplication.sendPostedEvents(self)
        self.open = False
        self.flush_notes()
