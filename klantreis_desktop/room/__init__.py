"""Room mode without Qt: the participants' server, its protocol and the room's state.

This package and ``ui/room/`` are the only places that touch the network (DESIGN.md, rule
6; tests/test_house.py checks it). Nothing here runs until the facilitator opens a room:
importing it opens no socket, and ``aiohttp`` is imported only when a server starts.

- :mod:`.addresses`: which of this machine's addresses a room may listen on (private only).
- :mod:`.room_protocol`: what a phone may send, checked and capped before anything else.
- :mod:`.room_state`: participants, the current exercise, dedup and rate limits.
- :mod:`.room_server`: aiohttp in its own thread and asyncio loop, guarded connections.
"""
