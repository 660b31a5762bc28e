"""What a phone may send: one small JSON object per WebSocket message, checked and capped.

Every message is parsed here before the room looks at it, so the room only ever sees
well-formed values of the right type and size. Text is kept as text: nothing is escaped or
interpreted here; the phone shows it with ``textContent``, Qt draws it as plain text and
the PDF escapes it (no HTML injection anywhere, tests/room/test_room_attacks.py).
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

#: A client-made id (a note's): long enough to be unique, short and plain enough to log.
CLIENT_ID = re.compile(r"^[A-Za-z0-9_-]{8,64}$")
#: A participant's key and an element id as the phone got them from us.
KEY = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
KINDS = ("hello", "name", "note", "vote", "rate")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]")


@dataclass(frozen=True)
class RoomLimits:
    """The caps a room enforces. A room is a small public network: each is a number a
    phone cannot talk its way past."""

    max_message_bytes: int = 2048
    note_chars: int = 280
    name_chars: int = 40
    #: Notes per participant: a burst of ``note_burst``, then ``notes_per_minute``.
    notes_per_minute: int = 60
    note_burst: int = 10
    #: Any message per connection: a burst, then this many a second; past it, closed.
    messages_per_second: int = 10
    message_burst: int = 40
    participants: int = 60
    #: Open connections (HTTP and WebSocket) from one address, and from all together.
    connections_per_address: int = 8
    connections: int = 400
    join_tries_per_minute: int = 5
    #: Seconds to send a request's headers, or the first message on a WebSocket.
    header_timeout: float = 10.0
    hello_timeout: float = 10.0
    keepalive_timeout: float = 5.0
    max_dots: int = 10


class BadMessageError(ValueError):
    """A message the room refuses as it stands; ``code`` is what the phone is told."""

    def __init__(self, code: str, note_id: str | None = None) -> None:
        super().__init__(code)
        self.code = code
        #: The refused note's id, so the phone drops it from its outbox instead of keeping
        #: it "waiting for the connection" and sending it again after every reload.
        self.note_id = note_id


def clean_text(value: Any, max_chars: int, *, allow_empty: bool = False) -> str:
    """One line of plain text: normalised, control and direction characters out, runs of
    white space as one space, at most ``max_chars`` characters."""
    if not isinstance(value, str):
        raise BadMessageError("bad_text")
    text = unicodedata.normalize("NFC", value)
    text = _CONTROL.sub(" ", text)
    text = " ".join(text.split())
    if len(text) > max_chars:
        raise BadMessageError("too_long")
    if not text and not allow_empty:
        raise BadMessageError("empty")
    return text


def parse(raw: str | bytes, limits: RoomLimits) -> dict[str, Any]:
    """The message as a checked dict with ``t`` one of :data:`KINDS` and its fields typed;
    :class:`BadMessageError` for anything else (too big, not JSON, wrong shape)."""
    if isinstance(raw, bytes):
        raise BadMessageError("binary")
    if len(raw.encode("utf-8", "surrogatepass")) > limits.max_message_bytes:
        raise BadMessageError("too_big")
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        raise BadMessageError("not_json") from None
    if not isinstance(data, dict) or data.get("t") not in KINDS:
        raise BadMessageError("unknown")
    kind = data["t"]
    if kind == "hello":
        key = data.get("key")
        if key is not None and (not isinstance(key, str) or not KEY.match(key)):
            key = None  # an unknown or mangled key: join as someone new
        return {"t": kind, "key": key,
                "name": clean_text(data.get("name", ""), limits.name_chars, allow_empty=True),
                "lang": data.get("lang") if data.get("lang") in ("nl", "en") else "en"}
    if kind == "name":
        return {"t": kind,
                "name": clean_text(data.get("name", ""), limits.name_chars, allow_empty=True)}
    if kind == "note":
        note_id = data.get("id")
        if not isinstance(note_id, str) or not CLIENT_ID.match(note_id):
            raise BadMessageError("bad_id")
        quadrant = data.get("q", "")
        if not isinstance(quadrant, str) or len(quadrant) > 20:
            raise BadMessageError("bad_field")
        try:
            text = clean_text(data.get("text"), limits.note_chars)
        except BadMessageError as refused:  # e.g. only zero-width spaces (review s7)
            raise BadMessageError(refused.code, note_id) from None
        return {"t": kind, "id": note_id, "q": quadrant, "text": text}
    if kind == "vote":
        return {"t": kind, "card": _element(data.get("card")),
                "n": _small_int(data.get("n"), 0, limits.max_dots)}
    score = data.get("score")  # rate: a score, or null to take one's rating back
    return {"t": kind, "tp": _element(data.get("tp")),
            "score": None if score is None else _small_int(score, -2, 2)}


def _element(value: Any) -> str:
    if not isinstance(value, str) or not KEY.match(value):
        raise BadMessageError("bad_id")
    return value


def _small_int(value: Any, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise BadMessageError("bad_number")
    return value


class RateLimit:
    """A token bucket: ``burst`` at once, then ``per_second`` (the caller gives the time,
    so tests need no sleeps)."""

    def __init__(self, per_second: float, burst: int, now: float) -> None:
        self.per_second, self.burst = per_second, burst
        self.tokens, self.when = float(burst), now

    def allow(self, now: float) -> bool:
        self.tokens = min(self.burst, self.tokens + (now - self.when) * self.per_second)
        self.when = now
        if self.tokens >= 1.0:
            self.tokens -= 1.0
            return True
        return False


class WindowLimit:
    """At most ``count`` events per ``seconds`` per key (the join code's tries)."""

    def __init__(self, count: int, seconds: float) -> None:
        self.count, self.seconds = count, seconds
        self._times: dict[str, list[float]] = {}

    def allow(self, key: str, now: float) -> bool:
        recent = [t for t in self._times.get(key, []) if now - t < self.seconds]
        if len(self._times) > 10_000:  # forget old addresses rather than grow for ever
            self._times = {k: v for k, v in self._times.items() if v and now - v[-1] < 60}
        if len(recent) >= self.count:
            self._times[key] = recent
            return False
        recent.append(now)
        self._times[key] = recent
        return True
