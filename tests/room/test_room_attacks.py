"""The room's server under attack, over real sockets on loopback: every attack is refused
and the room keeps serving honest phones.

Each test starts a real :class:`RoomServer` on 127.0.0.1 (the app itself listens only on
private addresses; loopback keeps test traffic on this machine). Attackers and honest
phones use different loopback source addresses (127.0.0.x), so the per-address caps are
exercised as they would be by different phones in a room.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp
import pytest

from klantreis_desktop.room import room_events as ev
from klantreis_desktop.room.room_protocol import RoomLimits
from klantreis_desktop.room.room_server import RoomServer
from klantreis_desktop.room.room_state import Room
from klantreis_desktop.shipped_files import resources_dir

HOST = "127.0.0.1"
WAIT = 60.0  # generous: the machine is shared; a refusal is expected far sooner


class Running:
    """A room server and the events it gave, collected thread-safely."""

    def __init__(self, limits: RoomLimits | None = None, port: int = 0) -> None:
        self.events: list[ev.RoomEvent] = []
        self._lock = threading.Lock()
        self.room = Room(limits)
        self.server = RoomServer(self.room, resources_dir() / "room", self._on_event)
        self.port = self.server.start([HOST], port)
        self.base = f"http://{HOST}:{self.port}"

    def _on_event(self, event: ev.RoomEvent) -> None:
        with self._lock:
            self.events.append(event)

    def of(self, kind: type) -> list[Any]:
        with self._lock:
            return [e for e in self.events if isinstance(e, kind)]

    @property
    def room_url(self) -> str:
        return f"{self.base}/r/{self.room.token}/"

    def stop(self) -> None:
        self.server.stop()


@pytest.fixture
def running():
    made: list[Running] = []

    def start(limits: RoomLimits | None = None, port: int = 0) -> Running:
        made.append(Running(limits, port))
        return made[-1]

    yield start
    for each in made:
        each.stop()


def run(make: Callable[[], Awaitable[Any]]) -> Any:
    return asyncio.run(asyncio.wait_for(make(), 300))


def session(source: str = "127.0.0.9") -> aiohttp.ClientSession:
    connector = aiohttp.TCPConnector(local_addr=(source, 0), force_close=True)
    return aiohttp.ClientSession(connector=connector)


async def phone(client: aiohttp.ClientSession, url: str, key: str | None = None,
                name: str = "") -> tuple[aiohttp.ClientWebSocketResponse, dict, dict]:
    """Join as a phone: the socket, the welcome and the first state."""
    socket = await client.ws_connect(url + "ws")
    await socket.send_str(json.dumps({"t": "hello", "key": key, "name": name}))
    welcome = await socket.receive_json(timeout=WAIT)
    state = await socket.receive_json(timeout=WAIT)
    return socket, welcome, state


async def until(socket: aiohttp.ClientWebSocketResponse, kind: str) -> dict:
    while True:
        message = await socket.receive_json(timeout=WAIT)
        if message.get("t") == kind:
            return message


def wait_for(check: Callable[[], bool]) -> None:
    """The server's thread reports asynchronously: wait (generously) for it."""
    done = threading.Event()
    for _tick in range(int(WAIT * 20)):
        if check():
            return
        done.wait(0.05)
    raise AssertionError("waited too long")


# Secrets -------------------------------------------------------------------------------


def test_no_token_or_a_wrong_token_gets_nothing(running) -> None:
    room = running()

    async def go() -> list[int]:
        async with session() as client:
            codes = []
            for path in ("/r/", "/r//", "/r//ws", "/r/room.js", f"/r/{room.room.token}x/",
                         f"/r/{room.room.token[:-1]}/room.js", "/r/wrong/ws",
                         f"/r/{room.room.token.upper()}/", "/document", "/../../etc/passwd",
                         f"/r/{room.room.token}/../room.html"):
                async with client.get(room.base + path) as response:
                    codes.append(response.status)
            with pytest.raises(aiohttp.WSServerHandshakeError):
                await client.ws_connect(f"{room.base}/r/{'A' * 27}/ws")
            async with client.get(room.room_url) as response:
                codes.append(response.status)
                assert "Content-Security-Policy" in response.headers
            return codes

    codes = run(go)
    assert codes[:-1] == [404] * (len(codes) - 1) and codes[-1] == 200


def test_an_old_rooms_token_never_works_again(running) -> None:
    old = running()
    token, port = old.room.token, old.port
    old.stop()
    new = running(port=port)  # the same address and port, a new room

    async def go() -> tuple[int, int]:
        async with session() as client:
            async with client.get(f"{new.base}/r/{token}/") as response:
                stale = response.status
            with pytest.raises(aiohttp.WSServerHandshakeError):
                await client.ws_connect(f"{new.base}/r/{token}/ws")
            async with client.get(new.room_url) as response:
                return stale, response.status

    assert run(go) == (404, 200)


def test_the_join_code_leads_to_the_room_and_is_rate_limited(running) -> None:
    room = running()

    async def go() -> list[tuple[int, str]]:
        async with session("127.0.0.11") as client:
            answers = []
            for code in ["AAAAAA"] * 5 + [room.room.join_code]:
                async with client.post(room.base + "/join", data={"code": code},
                                       allow_redirects=False) as response:
                    answers.append((response.status, response.headers.get("Location", "")))
        async with session("127.0.0.12") as other:
            async with other.post(room.base + "/join", data={"code": room.room.join_code},
                                  allow_redirects=False) as response:
                answers.append((response.status, response.headers.get("Location", "")))
        return answers

    answers = run(go)
    assert answers[:5] == [(303, "/?e=wrong")] * 5
    assert answers[5] == (429, "/?e=wait")  # the right code, but too many tries
    assert answers[6] == (303, f"/r/{room.room.token}/")


# Messages ------------------------------------------------------------------------------


def test_replayed_notes_land_once_even_across_reconnects(running) -> None:
    room = running()
    room.server.call(room.room.set_exercise, "notes", {"dimension": "Channels"})
    note = {"t": "note", "id": "replayed-note-1", "text": "Chat is hidden"}

    async def go() -> None:
        async with session() as client:
            socket, welcome, _state = await phone(client, room.room_url, name="Anna")
            for _time in range(3):
                await socket.send_str(json.dumps(note))
                assert (await until(socket, "ack"))["id"] == note["id"]
            await socket.close()
            again, second, _state = await phone(client, room.room_url, key=welcome["key"])
            assert second["key"] == welcome["key"]
            await again.send_str(json.dumps(note))
            assert (await until(again, "ack"))["id"] == note["id"]
            await again.close()

    run(go)
    wait_for(lambda: len(room.of(ev.NoteAdded)) >= 1)
    assert [e.text for e in room.of(ev.NoteAdded)] == ["Chat is hidden"]
    assert len(room.of(ev.Joined)) == 1


def test_a_refused_note_is_named_so_the_phone_stops_resending_it(running) -> None:
    """Review s7: a note of only zero-width spaces was refused ("empty") without its id,
    so the phone kept it "waiting for the connection" and sent it after every reload."""
    room = running()
    room.server.call(room.room.set_exercise, "notes", {"dimension": "d"})

    async def go() -> dict:
        async with session() as client:
            socket, _welcome, _state = await phone(client, room.room_url)
            await socket.send_str(json.dumps({"t": "note", "id": "invisible-note",
                                              "text": "\u200b\u200b"}))
            refused = await until(socket, "error")
            await socket.close()
        return refused

    assert run(go) == {"t": "error", "code": "empty", "id": "invisible-note"}
    assert room.of(ev.NoteAdded) == []


def test_oversized_and_malformed_messages_are_refused_and_the_room_goes_on(running) -> None:
    room = running()
    room.server.call(room.room.set_exercise, "notes", {"dimension": "d"})

    async def go() -> list[Any]:
        seen: list[Any] = []
        async with session() as client:
            socket, _welcome, _state = await phone(client, room.room_url)
            for bad in ("{", "[]", '{"t": "admin"}', '{"t": "note", "id": "x"}'):
                await socket.send_str(bad)
                seen.append((await until(socket, "error"))["code"])
            await socket.send_bytes(b"\x00" * 10)
            await socket.send_str("x" * 10_000)  # over max_message_bytes: closed (1009)
            closed = await socket.receive(timeout=WAIT)
            while closed.type not in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED,
                                      aiohttp.WSMsgType.CLOSING, aiohttp.WSMsgType.ERROR):
                closed = await socket.receive(timeout=WAIT)
            seen.append(closed.type)
            honest, _welcome, state = await phone(client, room.room_url)
            await honest.send_str(json.dumps({"t": "note", "id": "honest-note", "text": "ok"}))
            seen.append((await until(honest, "ack"))["id"])
            await honest.close()
        return seen

    seen = run(go)
    assert seen[:4] == ["not_json", "unknown", "unknown", "bad_id"]
    assert seen[-1] == "honest-note"


def test_a_socket_must_say_hello_first_and_in_time(running) -> None:
    room = running(RoomLimits(hello_timeout=1.0))

    async def go() -> tuple[Any, Any]:
        async with session() as client:
            early = await client.ws_connect(room.room_url + "ws")
            await early.send_str(json.dumps({"t": "note", "id": "early-note", "text": "x"}))
            first = await early.receive_json(timeout=WAIT)
            silent = await client.ws_connect(room.room_url + "ws")
            message = await silent.receive(timeout=WAIT)  # closed after hello_timeout
            return first, message.type

    first, closed = run(go)
    assert first == {"t": "error", "code": "hello_first"}
    assert closed in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED)
    assert room.of(ev.NoteAdded) == []


def test_a_removed_participant_is_sent_away_and_cannot_come_back(running) -> None:
    room = running()

    async def go() -> tuple[dict, dict]:
        async with session() as client:
            socket, welcome, _state = await phone(client, room.room_url, name="Mallory")
            wait_for(lambda: bool(room.of(ev.Joined)))
            room.server.call(room.room.remove, room.of(ev.Joined)[0].participant)
            bye = await until(socket, "bye")
            again = await client.ws_connect(room.room_url + "ws")
            await again.send_str(json.dumps({"t": "hello", "key": welcome["key"]}))
            return bye, await again.receive_json(timeout=WAIT)

    bye, refused = run(go)
    assert bye == {"t": "bye", "reason": "removed"}
    assert refused == {"t": "bye", "reason": "removed"}


def test_script_tags_stay_text_in_notes_and_names(running) -> None:
    room = running()
    room.server.call(room.room.set_exercise, "notes", {"dimension": "d"})
    script = "<script>alert(1)</script><img src=x onerror=alert(2)>"

    async def go() -> None:
        async with session() as client:
            socket, welcome, _state = await phone(client, room.room_url, name=script[:40])
            assert welcome["name"] == script[:40]
            await socket.send_str(json.dumps({"t": "note", "id": "script-note", "text": script}))
            await until(socket, "ack")
            await socket.close()

    run(go)
    wait_for(lambda: bool(room.of(ev.NoteAdded)))
    assert room.of(ev.NoteAdded)[0].text == script  # as typed: shown as text everywhere
    assert room.of(ev.Joined)[0].name == script[:40]


# Connections ---------------------------------------------------------------------------


async def _closed(reader: asyncio.StreamReader) -> bool:
    try:
        return await asyncio.wait_for(reader.read(1), WAIT) == b""
    except ConnectionError:
        return True


def test_a_thousand_connections_from_one_address_are_capped(running) -> None:
    room = running(RoomLimits(connections_per_address=8))

    async def go() -> tuple[int, str]:
        writers = []
        for _index in range(1000):
            try:
                reader, writer = await asyncio.open_connection(
                    HOST, room.port, local_addr=("127.0.0.5", 0))
            except OSError:
                continue
            writers.append((reader, writer))
        kept = 0
        for reader, _writer in writers:  # the over-cap ones were closed at once
            try:
                data = await asyncio.wait_for(reader.read(1), 0.05)
                kept += data != b""
            except TimeoutError:
                kept += 1  # still open
            except ConnectionError:
                pass
        async with session("127.0.0.9") as client:  # an honest phone still gets in
            socket, welcome, _state = await phone(client, room.room_url, name="honest")
            await socket.close()
        for _reader, writer in writers:
            writer.close()
        return kept, welcome["name"]

    kept, name = run(go)
    assert kept <= 8 and name == "honest"
    wait_for(lambda: room.server.open_connections == 0)


def test_slow_clients_are_cut_off_and_do_not_starve_the_room(running) -> None:
    room = running(RoomLimits(header_timeout=1.0, connections_per_address=4))

    async def slowloris() -> bool:
        reader, writer = await asyncio.open_connection(HOST, room.port,
                                                       local_addr=("127.0.0.6", 0))
        request = f"GET /r/{room.room.token}/ HTTP/1.1\r\nHost: x\r\nX-Slow: ".encode()
        writer.write(request)

        async def trickle() -> None:
            while True:  # one byte every 0.2 s: headers that never end
                await asyncio.sleep(0.2)
                writer.write(b"a")
                await writer.drain()

        dripping = asyncio.ensure_future(trickle())
        try:
            return await _closed(reader)
        finally:
            dripping.cancel()
            writer.close()

    async def go() -> tuple[list[bool], int]:
        cut = await asyncio.gather(*(slowloris() for _ in range(6)))
        async with session("127.0.0.9") as client:
            async with client.get(room.room_url) as response:
                return list(cut), response.status

    cut, status = run(go)
    assert all(cut) and status == 200


def test_closing_the_room_ends_every_connection_and_says_so(running) -> None:
    room = running()

    async def go() -> dict:
        async with session() as client:
            socket, _welcome, _state = await phone(client, room.room_url)
            threading.Thread(target=room.stop).start()
            return await until(socket, "bye")

    assert run(go) == {"t": "bye", "reason": "closed"}
    wait_for(lambda: not room.server.running())
    assert room.of(ev.Stopped) == [ev.Stopped()]
