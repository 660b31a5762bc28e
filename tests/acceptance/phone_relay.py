"""Forty phones in one browser, each from its own address: a small SOCKS5 relay for room
mode's forty-phone test.

A room on Wi-Fi sees every phone at its own address, and the room caps connections per
address (RoomLimits.connections_per_address), as it should. One chromium has one address,
so the test runs this relay inside the phone namespace: relay ``i`` listens on loopback
and opens every connection it is asked for from its own source address (10.77.0.10 + i),
and each browser context uses its own relay as its proxy. The bytes pass unchanged: the
app sees forty phones at forty addresses, nothing else.

Run as ``python -m tests.acceptance.phone_relay SOURCE...`` (inside the namespace); it
prints one JSON line with the loopback port for each source once all are listening, then
relays until its stdin closes (the test ends it by closing the pipe); then it prints how
many connections it opened from each source, so the test can see every phone used its own.
"""

from __future__ import annotations

import asyncio
import json
import socket
import struct
import sys


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
    except (ConnectionError, OSError):
        pass
    finally:
        try:
            writer.close()
        except (ConnectionError, OSError):
            pass


def _handler(source: str, opened: dict[str, int]):
    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        """One SOCKS5 CONNECT (no authentication), then the bytes both ways."""
        try:
            version, methods = await reader.readexactly(2)
            await reader.readexactly(methods)
            writer.write(b"\x05\x00")
            version, command, _reserved, kind = await reader.readexactly(4)
            if kind == 1:
                host = socket.inet_ntoa(await reader.readexactly(4))
            elif kind == 3:
                host = (await reader.readexactly((await reader.readexactly(1))[0])).decode()
            else:
                host = socket.inet_ntop(socket.AF_INET6, await reader.readexactly(16))
            (port,) = struct.unpack("!H", await reader.readexactly(2))
            if version != 5 or command != 1:
                raise ConnectionError("not a SOCKS5 CONNECT")
            up_reader, up_writer = await asyncio.open_connection(host, port,
                                                                 local_addr=(source, 0))
        except (ConnectionError, OSError, asyncio.IncompleteReadError):
            writer.write(b"\x05\x05\x00\x01" + bytes(6))  # connection refused
            writer.close()
            return
        opened[source] = opened.get(source, 0) + 1
        writer.write(b"\x05\x00\x00\x01" + socket.inet_aton(source) + b"\x00\x00")
        await asyncio.gather(_pipe(reader, up_writer), _pipe(up_reader, writer))

    return serve


async def main(sources: list[str]) -> None:
    opened: dict[str, int] = {}
    servers = [await asyncio.start_server(_handler(source, opened), "127.0.0.1", 0)
               for source in sources]
    ports = [server.sockets[0].getsockname()[1] for server in servers]
    print(json.dumps(ports), flush=True)
    stdin = asyncio.StreamReader()
    loop = asyncio.get_running_loop()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(stdin), sys.stdin)
    await stdin.read()  # the test closed the pipe: done
    for server in servers:
        server.close()
    print(json.dumps(opened), flush=True)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1:]))
