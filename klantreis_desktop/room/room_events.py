"""What the room tells the facilitator's side (the GUI turns these into model edits and
into the room window's list). Plain frozen data: they cross from the server's thread to
the GUI thread as they are."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Joined:
    participant: str
    name: str


@dataclass(frozen=True)
class Renamed:
    participant: str
    name: str


@dataclass(frozen=True)
class Online:
    participant: str
    online: bool


@dataclass(frozen=True)
class Left:
    """A participant taken out; ``dropped_votes``: their dots left this round's tally
    (a Tally without them follows, and the cards must follow it if they show the round)."""

    participant: str
    dropped_votes: bool = False


@dataclass(frozen=True)
class NoteAdded:
    participant: str
    node_id: str
    text: str
    dimension: str


@dataclass(frozen=True)
class Tally:
    """Dots per card in this round (anonymous: who gave them is not passed on)."""

    round: int
    dots: dict[str, int]
    voters: int


@dataclass(frozen=True)
class Ratings:
    """The scores (−2…+2) each touchpoint got, sorted, without names."""

    persona: str
    scores: dict[str, list[int]]
    raters: int


@dataclass(frozen=True)
class Stopped:
    """The server ended (closed by the facilitator, or failed: ``error`` says why)."""

    error: str = ""


RoomEvent = Joined | Renamed | Online | Left | NoteAdded | Tally | Ratings | Stopped
