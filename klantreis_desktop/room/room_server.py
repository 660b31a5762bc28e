"""The room's server: aiohttp (HTTP and WebSockets) in its own thread and asyncio loop.

The GUI thread never waits on a phone: it hands work to the server's loop with
:meth:`RoomServer.call` and hears back through the ``on_event`` callback (the Qt side
turns it into a queued signal). Every request carries the room's secret in its path
(``/r/<token>/…``); only the join page and its form (``/``, ``/join``, rate-limited) do
not, and they show nothing of the document. Connections are capped per address and in
all, and a connection must send its request headers (or, as a WebSocket, its first
message) within a few seconds, so slow or piled-up clients (slowloris) cannot starve the
room. aiohttp is imported here, inside :meth:`RoomServer.start`'s thread: while no room
is open, the app has not even loaded it.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from klantreis_desktop.room import room_events as ev
from klantreis_desktop.room.addresses import may_listen_on
from klantreis_desktop.room.room_protocol import BadMessageError, RateLimit, parse
from klantreis_desktop.room.room_state import Participant, Room

if TYPE_CHECKING:
    from aiohttp import web

#: The files of the phones' pages (resources/room/), with their content types.
PAGES = {"join.html": "text/html; charset=utf-8", "join.js": "text/javascript; charset=utf-8",
         "room.html": "text/html; charset=utf-8", "room.js": "text/javascript; charset=utf-8",
         "room.css": "text/css; charset=utf-8"}
#: What the join page (no secret in its address) may load: nothing of the room.
OPEN_FILES = ("join.js", "room.css")
#: Messages waiting for one slow phone; past this it is dropped (it reconnects and resends).
MAX_QUEUED = 64
SEND_TIMEOUT = 10.0
BIND_TRIES = 20


class RoomServer:
    """Serves one :class:`Room` on ``hosts`` (private addresses; loopback in tests)."""

    def __init__(self, room: Room, page_dir: Path,
                 on_event: Callable[[ev.RoomEvent], None] | None = None) -> None:
        self.room = room
        self.pages = {name: (page_dir / name).read_bytes() for name in PAGES}
        self.on_event = on_event or (lambda _event: None)
        room.emit = self._emit
        self.hosts: list[str] = []
        self.port = 0
        self.loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self._connections: set[_Connection] = set()
        self._open: dict[str, int] = {}  # address -> open TCP connections
        self._stopping: asyncio.Event | None = None

    def _emit(self, event: ev.RoomEvent) -> None:
        self.on_event(event)

    # Start and stop (from the GUI thread) ---------------------------------------------

    def start(self, hosts: list[str], port: int = 0) -> int:
        """Listen on ``hosts`` (all on one free port); returns the port. Raises OSError
        when no port could be had, ValueError for a host that is not private."""
        wrong = [h for h in hosts if not may_listen_on(h)]
        if not hosts or wrong:
            raise ValueError(f"a room listens only on private addresses, not {wrong or hosts}")
        self.hosts = list(hosts)
        self._thread = threading.Thread(target=self._run, args=(port,), name="klantreis-room",
                                        daemon=True)
        self._thread.start()
        self._ready.wait(60)
        if self._error is not None:
            self._thread.join(10)
            raise self._error
        return self.port

    def call(self, function: Callable[..., Any], *args: Any) -> None:
        """Run ``function(*args)`` on the server's thread (then every phone's view is
        brought up to date): how the GUI changes the exercise or removes someone."""
        loop = self.loop
        if loop is not None and not loop.is_closed():
            def run() -> None:
                function(*args)
                self._refresh_all()

            try:
                loop.call_soon_threadsafe(run)
            except RuntimeError:  # the loop closed in between: the room is over anyway
                pass

    def stop(self) -> None:
        """Close the room: phones are told, every connection ends, the port is freed,
        and the room's token and code never work again. Safe to call twice."""
        self.room.close()
        loop, thread = self.loop, self._thread
        if loop is not None and thread is not None and thread.is_alive():
            stopping = self._stopping
            if stopping is not None:
                loop.call_soon_threadsafe(stopping.set)
            thread.join(30)
        self._thread = None

    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    # The server's thread ----------------------------------------------------------------

    def _run(self, port: int) -> None:
        loop = asyncio.new_event_loop()
        self.loop = loop
        try:
            loop.run_until_complete(self._serve(port))
        except BaseException as error:
            self._error = error
            self._ready.set()
            self._emit(ev.Stopped(str(error)))
        finally:
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()

    async def _serve(self, port: int) -> None:
        from aiohttp import web

        limits = self.room.limits
        self._stopping = asyncio.Event()

        @web.middleware
        async def guard(request: web.Request, handler: Any) -> Any:
            return await self._guard(request, handler)

        app = web.Application(client_max_size=4096, middlewares=[guard])
        app.router.add_get("/", self._join_page)
        for name in OPEN_FILES:
            app.router.add_get(f"/{name}", self._open_file)
        app.router.add_post("/join", self._join)
        app.router.add_get("/r/{token}/", self._room_page)
        app.router.add_get("/r/{token}/ws", self._socket)
        app.router.add_get("/r/{token}/{name}", self._room_file)
        runner = web.AppRunner(app, access_log=None, handle_signals=False,
                               shutdown_timeout=2.0)
        await runner.setup()
        handler_args = {"keepalive_timeout": limits.keepalive_timeout, "max_line_size": 2048,
                        "max_field_size": 2048, "max_headers": 40}
        server = runner.server
        assert server is not None
        loop = asyncio.get_running_loop()

        def factory() -> web.RequestHandler:
            return _guarded_handler_class()(server, loop=loop, room_server=self,
                                            **handler_args)

        servers = await self._bind(loop, factory, port)
        self._ready.set()
        try:
            await self._stopping.wait()
        finally:
            for listening in servers:
                listening.close()
            for connection in list(self._connections):
                connection.say_bye("closed")
            await asyncio.sleep(0)  # let the byes go out before the sockets close
            for connection in list(self._connections):
                await connection.close()
            await runner.cleanup()
            self._emit(ev.Stopped())

    async def _bind(self, loop: asyncio.AbstractEventLoop, factory: Callable[[], Any],
                    port: int) -> list[asyncio.AbstractServer]:
        """The same free port on every host (a QR code per address needs one port)."""
        last: OSError | None = None
        for _try in range(BIND_TRIES if port == 0 else 1):
            servers: list[asyncio.AbstractServer] = []
            try:
                chosen = port
                for host in self.hosts:
                    listening = await loop.create_server(factory, host, chosen, backlog=128)
                    servers.append(listening)
                    if chosen == 0:
                        chosen = listening.sockets[0].getsockname()[1]
                self.port = chosen
                return servers
            except OSError as error:
                last = error
                for opened in servers:
                    opened.close()
        raise last or OSError("no free port")

    # Connections ---------------------------------------------------------------------------

    def connection_opened(self, address: str) -> bool:
        """Count a new TCP connection; False when its address or the room is at its cap."""
        limits = self.room.limits
        if (self._open.get(address, 0) >= limits.connections_per_address
                or sum(self._open.values()) >= limits.connections):
            return False
        self._open[address] = self._open.get(address, 0) + 1
        return True

    def connection_closed(self, address: str) -> None:
        left = self._open.get(address, 0) - 1
        if left > 0:
            self._open[address] = left
        else:
            self._open.pop(address, None)

    @property
    def open_connections(self) -> int:
        return sum(self._open.values())

    @staticmethod
    def _headers(request: web.Request, html: bool = False) -> dict[str, str]:
        headers = {"Cache-Control": "no-store", "X-Content-Type-Options": "nosniff",
                   "Referrer-Policy": "no-referrer", "X-Frame-Options": "DENY"}
        if html:
            host = request.host if all(c.isalnum() or c in ".:-[]" for c in request.host) else ""
            socket = f" ws://{host}" if host else ""
            headers["Content-Security-Policy"] = (
                f"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                f"connect-src 'self'{socket}; form-action 'self'; base-uri 'none'; "
                f"frame-ancestors 'none'")
        return headers

    async def _guard(self, request: web.Request, handler: Any) -> Any:
        """Tell the connection a request is being served (its header deadline stops)
        and when it was answered (the deadline starts again for the next one)."""
        protocol = request.protocol
        started = getattr(protocol, "request_started", None)
        if started is not None:
            started()
        try:
            return await handler(request)
        finally:
            ended = getattr(protocol, "request_ended", None)
            if ended is not None:
                ended()

    def _page(self, request: web.Request, name: str) -> web.Response:
        from aiohttp import web

        return web.Response(body=self.pages[name], content_type=PAGES[name].split(";")[0],
                            charset="utf-8" if "charset" in PAGES[name] else None,
                            headers=self._headers(request, name.endswith(".html")))

    def _token_ok(self, request: web.Request) -> bool:
        return self.room.token_ok(request.match_info.get("token", ""))

    async def _join_page(self, request: web.Request) -> web.Response:
        return self._page(request, "join.html")

    async def _open_file(self, request: web.Request) -> web.Response:
        return self._page(request, request.path.lstrip("/"))

    async def _join(self, request: web.Request) -> web.Response:
        from aiohttp import web

        try:
            form = await asyncio.wait_for(request.post(), self.room.limits.header_timeout)
            code = str(form.get("code", ""))[:40]
        except (TimeoutError, ValueError, web.HTTPException):
            code = ""
        answer = self.room.try_join_code(request.remote or "?", code)
        if answer == "ok":
            target = f"/r/{self.room.token}/"
        else:
            target = "/?e=" + ("wait" if answer == "limited" else "wrong")
        status = 429 if answer == "limited" else 303
        return web.Response(status=status, headers={**self._headers(request),
                                                    "Location": target})

    async def _room_page(self, request: web.Request) -> web.Response:
        from aiohttp import web

        if not self._token_ok(request):
            raise web.HTTPNotFound()
        return self._page(request, "room.html")

    async def _room_file(self, request: web.Request) -> web.Response:
        from aiohttp import web

        name = request.match_info["name"]
        if not self._token_ok(request) or name not in PAGES or name.endswith(".html"):
            raise web.HTTPNotFound()
        return self._page(request, name)

    async def _socket(self, request: web.Request) -> Any:
        from aiohttp import WSMsgType, web

        if not self._token_ok(request):
            raise web.HTTPNotFound()
        limits = self.room.limits
        socket = web.WebSocketResponse(heartbeat=20.0, max_msg_size=limits.max_message_bytes,
                                       autoclose=True, autoping=True)
        await socket.prepare(request)
        mark = getattr(request.protocol, "became_socket", None)
        if mark is not None:
            mark()
        participant = await self._hello(socket)
        if participant is None:
            await socket.close()
            return socket
        connection = _Connection(socket, participant, self)
        self._connections.add(connection)
        connection.send(self.room.view(participant))
        try:
            async for message in socket:
                if message.type != WSMsgType.TEXT:
                    break  # binary, or aiohttp's own close/error (too big: 1009)
                if not connection.flood.allow(asyncio.get_running_loop().time()):
                    await socket.close(code=1008, message=b"too many messages")
                    break
                self._on_message(connection, message.data)
                if participant.removed:
                    break
        finally:
            self._connections.discard(connection)
            await connection.close()
            self.room.disconnected(participant)
        return socket

    async def _hello(self, socket: web.WebSocketResponse) -> Participant | None:
        """The first message must be a hello, in time; it says who the phone is."""
        from aiohttp import WSMsgType

        try:
            message = await asyncio.wait_for(socket.receive(), self.room.limits.hello_timeout)
        except TimeoutError:
            return None
        if message.type != WSMsgType.TEXT:
            return None
        try:
            hello = parse(message.data, self.room.limits)
        except BadMessageError as refused:
            await _send(socket, {"t": "error", "code": refused.code})
            return None
        if hello["t"] != "hello":
            await _send(socket, {"t": "error", "code": "hello_first"})
            return None
        found = self.room.hello(hello["key"], hello["name"])
        if isinstance(found, str):
            await _send(socket, {"t": "bye", "reason": found})
            return None
        await _send(socket, {"t": "welcome", "key": found.key, "name": found.name})
        return found

    def _on_message(self, connection: _Connection, raw: str) -> None:
        try:
            message = parse(raw, self.room.limits)
        except BadMessageError as refused:
            reply: dict[str, Any] = {"t": "error", "code": refused.code}
            if refused.note_id is not None:
                reply["id"] = refused.note_id  # the phone stops resending that note
            connection.send(reply)
            return
        outcome = self.room.handle(connection.participant, message)
        for reply in outcome.replies:
            connection.send(reply)
        if outcome.changed_all:
            self._refresh_all(but=connection)

    def _refresh_all(self, but: _Connection | None = None) -> None:
        """Every phone gets its new view (coalesced: a slow one gets only the latest)."""
        for connection in list(self._connections):
            if connection is not but:
                if connection.participant.removed:
                    connection.say_bye("removed")
                else:
                    connection.refresh()


class _Connection:
    """One phone's WebSocket with its own writer, so a slow phone only delays itself."""

    def __init__(self, socket: web.WebSocketResponse, participant: Participant,
                 server: RoomServer) -> None:
        self.socket, self.participant, self.server = socket, participant, server
        limits = server.room.limits
        now = asyncio.get_running_loop().time()
        self.flood = RateLimit(limits.messages_per_second, limits.message_burst, now)
        self.queue: deque[dict[str, Any]] = deque()
        self.stale = False  # the view must be sent again
        self.wake = asyncio.Event()
        self.ending = False
        self.writer = asyncio.get_running_loop().create_task(self._write())

    def send(self, message: dict[str, Any]) -> None:
        if len(self.queue) >= MAX_QUEUED:  # not reading: let it reconnect
            self.ending = True
        else:
            self.queue.append(message)
        self.wake.set()

    def refresh(self) -> None:
        self.stale = True
        self.wake.set()

    def say_bye(self, reason: str) -> None:
        self.queue.append({"t": "bye", "reason": reason})
        self.ending = True
        self.wake.set()

    async def _write(self) -> None:
        try:
            while True:
                await self.wake.wait()
                self.wake.clear()
                while self.queue:
                    await asyncio.wait_for(_send(self.socket, self.queue.popleft()),
                                           SEND_TIMEOUT)
                if self.stale and not self.ending:
                    self.stale = False
                    await asyncio.wait_for(
                        _send(self.socket, self.server.room.view(self.participant)),
                        SEND_TIMEOUT)
                if self.ending:
                    break
        except (TimeoutError, ConnectionError, RuntimeError):
            pass
        finally:
            if not self.socket.closed:
                await self.socket.close()

    async def close(self) -> None:
        self.ending = True
        self.wake.set()
        try:
            await asyncio.wait_for(asyncio.shield(self.writer), SEND_TIMEOUT)
        except (TimeoutError, asyncio.CancelledError):
            self.writer.cancel()
        if not self.socket.closed:
            await self.socket.close()


async def _send(socket: web.WebSocketResponse, message: dict[str, Any]) -> None:
    if not socket.closed:
        await socket.send_str(json.dumps(message, ensure_ascii=False))


_HANDLER: type | None = None


def _guarded_handler_class() -> type:
    """aiohttp's request handler with the room's connection rules (made on first use, so
    importing this module does not import aiohttp)."""
    global _HANDLER
    if _HANDLER is not None:
        return _HANDLER
    from aiohttp.web_protocol import RequestHandler

    class GuardedHandler(RequestHandler):
        """Caps connections per address and closes one that is slow to ask."""

        def __init__(self, *args: Any, room_server: RoomServer, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.room_server = room_server
            self.address = ""
            self.counted = False
            self.deadline: asyncio.TimerHandle | None = None
            self.busy = False

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]  # a TCP server's transports are Transports
            super().connection_made(transport)
            peer = transport.get_extra_info("peername")
            self.address = str(peer[0]) if peer else "?"
            if not self.room_server.connection_opened(self.address):
                transport.abort()  # over the cap: refused before a byte is read
                return
            self.counted = True
            self._arm()

        def _arm(self) -> None:
            self._disarm()
            timeout = self.room_server.room.limits.header_timeout
            self.deadline = asyncio.get_running_loop().call_later(timeout, self._too_slow)

        def _disarm(self) -> None:
            if self.deadline is not None:
                self.deadline.cancel()
                self.deadline = None

        def _too_slow(self) -> None:
            if not self.busy and self.transport is not None:
                self.transport.abort()

        def request_started(self) -> None:
            self.busy = True
            self._disarm()

        def request_ended(self) -> None:
            self.busy = False
            if self.transport is not None and not self.transport.is_closing():
                self._arm()

        def became_socket(self) -> None:
            """A WebSocket: its own rules (hello timeout, heartbeat) take over."""
            self.busy = True
            self._disarm()

        def connection_lost(self, exc: BaseException | None) -> None:
            self._disarm()
            if self.counted:
                self.counted = False
                self.room_server.connection_closed(self.address)
            super().connection_lost(exc)

    _HANDLER = GuardedHandler
    return GuardedHandler
