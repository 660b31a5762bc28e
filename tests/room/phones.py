"""Simulated phones for the room's tests and benchmark: the page's protocol spoken by an
aiohttp client (hello, notes with client ids, votes, ratings), on loopback only."""

from __future__ import annotations

import asyncio
import json
import secrets
import threading
from collections.abc import Coroutine
from typing import Any

import aiohttp

WAIT = 60.0


class Phone:
    """One participant's connection (asyncio; see PhoneThread for blocking use)."""

    def __init__(self, url: str, name: str = "", source: str | None = None) -> None:
        self.url, self.name, self.source = url, name, source
        self.key: str | None = None
        self.client: aiohttp.ClientSession | None = None
        self.socket: aiohttp.ClientWebSocketResponse | None = None
        self.state: dict[str, Any] = {}
        self.acks: set[str] = set()
        self.errors: list[dict[str, Any]] = []
        self.bye: dict[str, Any] | None = None
        self._reader: asyncio.Task[None] | None = None
        self._changed = asyncio.Event()

    async def join(self) -> Phone:
        connector = aiohttp.TCPConnector(
            local_addr=(self.source, 0) if self.source else None, force_close=True)
        self.client = aiohttp.ClientSession(connector=connector)
        self.socket = await self.client.ws_connect(self.url + "ws")
        await self.socket.send_str(json.dumps({"t": "hello", "key": self.key,
                                               "name": self.name}))
        welcome = await self.socket.receive_json(timeout=WAIT)
        assert welcome["t"] == "welcome", welcome
        self.key = welcome["key"]
        self._reader = asyncio.ensure_future(self._read())
        await self.until(lambda: bool(self.state))
        return self

    async def _read(self) -> None:
        assert self.socket is not None
        async for message in self.socket:
            if message.type != aiohttp.WSMsgType.TEXT:
                break
            data = json.loads(message.data)
            if data["t"] == "state":
                self.state = data
            elif data["t"] == "ack":
                self.acks.add(data["id"])
            elif data["t"] == "error":
                self.errors.append(data)
            elif data["t"] == "bye":
                self.bye = data
            self._changed.set()
        self._changed.set()

    async def until(self, check: Any, timeout: float = WAIT) -> None:
        async def wait() -> None:
            while not check():
                self._changed.clear()
                await self._changed.wait()

        await asyncio.wait_for(wait(), timeout)

    async def send(self, message: dict[str, Any]) -> None:
        assert self.socket is not None
        await self.socket.send_str(json.dumps(message))

    async def note(self, text: str, note_id: str | None = None, q: str = "") -> str:
        note_id = note_id or secrets.token_hex(8)
        await self.send({"t": "note", "id": note_id, "text": text, "q": q})
        return note_id

    async def vote(self, card: str, dots: int) -> None:
        await self.send({"t": "vote", "card": card, "n": dots})

    async def rate(self, touchpoint: str, score: int | None) -> None:
        await self.send({"t": "rate", "tp": touchpoint, "score": score})

    async def leave(self) -> None:
        if self.socket is not None:
            await self.socket.close()
        if self._reader is not None:
            await asyncio.wait_for(self._reader, WAIT)
        if self.client is not None:
            await self.client.close()
        self.socket = self.client = None


class PhoneThread:
    """An asyncio loop in a thread so a Qt test can drive phones with blocking calls
    while its own thread runs the GUI (waiting with qtbot.waitUntil)."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()

    def run(self, coroutine: Coroutine[Any, Any, Any], timeout: float = WAIT * 2) -> Any:
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout)

    def stop(self) -> None:
        async def end() -> None:  # phones a failed test left open
            tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

        self.run(end())
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(30)
        self.loop.close()
