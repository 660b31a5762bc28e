"""Room mode under load: 40 phones each adding a note a second for 5 minutes, then a vote.

    .venv/bin/python benchmarks/room_load.py            # 5 minutes of notes (issue 18)
    .venv/bin/python benchmarks/room_load.py --quick    # 20 seconds, to try it
    .venv/bin/python benchmarks/room_load.py --json out.json

The facilitator's side is the real app: a main window with the sample journey, the
workshop, the brainstorm board and the room window (offscreen Qt), its server listening on
loopback (test traffic stays on this machine). The phones run in a second process
(``--as-phones``): asyncio + aiohttp WebSockets speaking the page's protocol, each from its own
loopback address (127.0.1.x) so the per-address caps apply as to real phones. Measured:

- every note arrives exactly once (the acknowledged ids against the notes in the model,
  and every one of them on the board);
- send → visible on the board: the phone's clock at sending, the app's when the note's
  item is in the board's scene (same machine, same clock); p50/p95/max;
- a card drag on the canvas meanwhile (each mouse move until the viewport repainted, the
  event loop running the room's work in between) against the same drag before the load;
- memory (RSS) over the run, and per 1,000 notes;
- then a live vote round: every phone places its dots; the tally on the cards must equal
  what the phones placed.

Nothing here is a test: it reports the figures (and exits non-zero only on a crash or
when a note is lost or doubled).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

PHONES = 40
DOTS = 3


# The phones' process -------------------------------------------------------------------


async def _phone(index: int, url: str, seconds: float, start_at: float,
                 sent: dict[str, float], acked: set[str], vote_file: Path) -> dict[str, Any]:
    from tests.room.phones import Phone

    phone = Phone(url, f"Phone {index}", source=f"127.0.1.{10 + index}")
    await phone.join()
    await phone.until(lambda: phone.state["exercise"]["kind"] == "notes")
    await asyncio.sleep(max(0.0, start_at - time.time()) + random.random())
    number = 0
    end = start_at + seconds
    while time.time() < end:
        tag = f"p{index:02d}-n{number:04d}"
        note_id = f"{tag}-{os.getpid()}"
        sent[tag] = time.time()
        await phone.note(f"{tag} idea from the room", note_id)
        number += 1
        await asyncio.sleep(1.0)
    await phone.until(lambda: all(f"p{index:02d}-n{n:04d}-{os.getpid()}" in phone.acks
                                  for n in range(number)), timeout=120)
    acked.update(phone.acks)
    with vote_file.with_suffix(".ready").open("a", encoding="utf-8") as ready:
        ready.write(f"{index} {number}\n")  # all my notes acknowledged
    # The vote: wait for the round, place the dots on random cards (one message a dot).
    await phone.until(lambda: phone.state["exercise"]["kind"] == "vote", timeout=300)
    cards = [c["id"] for c in phone.state["exercise"]["cards"]]
    mine: dict[str, int] = {}
    for _dot in range(DOTS):
        card = random.choice(cards)
        mine[card] = mine.get(card, 0) + 1
        await phone.vote(card, mine[card])
        await asyncio.sleep(random.random() * 0.5)
    await phone.until(lambda: phone.state["exercise"].get("mine") == mine, timeout=60)
    with vote_file.open("a", encoding="utf-8") as out:
        out.write(json.dumps(mine) + "\n")
    await phone.leave()
    return {"notes": number, "errors": phone.errors}


async def _phones(url: str, seconds: float, start_at: float, out: Path, count: int) -> None:
    sent: dict[str, float] = {}
    acked: set[str] = set()
    vote_file = out.with_suffix(".votes")
    results = await asyncio.gather(*(
        _phone(i, url, seconds, start_at, sent, acked, vote_file) for i in range(count)))
    out.write_text(json.dumps({"sent": sent, "acked": sorted(acked), "phones": results}),
                   encoding="utf-8")


# The facilitator's process --------------------------------------------------------------


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="utf-8") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _drag(view: Any, scene: Any, card: str) -> list[float]:
    """Seconds per mouse move of one card drag (12 moves), each from the move until the
    viewport repainted; the event loop runs in between (the room's queued work with it),
    so a move that waits behind the room's work counts that wait."""
    from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    class Paints(QObject):
        count = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                Paints.count += 1
            return False

    viewport = view.viewport()
    counter = Paints()
    viewport.installEventFilter(counter)

    def send(kind: QEvent.Type, pos: QPoint, button: Qt.MouseButton,
             buttons: Qt.MouseButton) -> None:
        QApplication.sendEvent(viewport, QMouseEvent(
            kind, QPointF(pos), QPointF(viewport.mapToGlobal(pos)), button, buttons,
            Qt.KeyboardModifier.NoModifier))

    def painted(before: int) -> None:
        deadline = time.perf_counter() + 5
        while Paints.count == before and time.perf_counter() < deadline:
            QApplication.processEvents()

    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    pos = view.mapFromScene(scene.cards[card].card_rect().center())
    send(QEvent.Type.MouseButtonPress, pos, left, left)
    QApplication.processEvents()
    # past the drag threshold first: that move starts the drag and paints nothing yet
    send(QEvent.Type.MouseMove, pos + QPoint(8, 2), none, left)
    QApplication.processEvents()
    moves = []
    for step in range(1, 13):
        before = Paints.count
        started = time.perf_counter()
        send(QEvent.Type.MouseMove, pos + QPoint(8 + step * 3, 2 + step), none, left)
        painted(before)
        moves.append(time.perf_counter() - started)
    send(QEvent.Type.MouseMove, pos, none, left)  # back where it was: no change on release
    send(QEvent.Type.MouseButtonRelease, pos, left, none)
    QApplication.processEvents()
    viewport.removeEventFilter(counter)
    return moves


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[int(0.95 * (len(ordered) - 1))]


def run(seconds: float, phone_count: int = PHONES) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from klantreis_desktop import storage, templates
    from klantreis_desktop.model import workshop as ws
    from klantreis_desktop.room.room_protocol import RoomLimits
    from klantreis_desktop.settings import Settings
    from klantreis_desktop.ui.window.main_window import MainWindow

    work = Path(tempfile.mkdtemp(prefix="room-load-"))
    home = os.environ.get("HOME")
    os.environ["HOME"] = str(work)  # no remembered settings; put back at the end
    app = QApplication.instance() or QApplication([])
    path = work / "sample.klantreis"
    storage.save(templates.build_sample("schoonmaak", "en"), path)
    window = MainWindow(Settings(work / "settings.json"))
    window.resize(1600, 1000)
    window.show()
    assert window.files.open_path(path, wait=True)
    workshop = window.workshop
    room_window = workshop.show_room(["127.0.0.1"])
    assert room_window is not None and room_window.room is not None
    room = room_window.room
    # Forty phones from forty addresses: the default caps hold (participants 60, ...).
    assert room.room.limits == RoomLimits()
    session = window.session
    doc = session.doc
    scene, view = window.tabs.current_scene(), window.tabs.current_view()
    view.set_zoom(1.0)
    journey = window.tabs.current_journey()
    card = sorted(scene.cards)[len(scene.cards) // 2]
    view.centerOn(scene.cards[card].card_rect().center())
    for _ in range(20):
        app.processEvents()
    idle = [move for _ in range(15) for move in _drag(view, scene, card)]

    room_window.start_notes("Load", False)
    board = workshop.board
    assert board is not None
    visible: dict[str, float] = {}

    def seen(node: str) -> None:
        if node in board.scene.notes:  # the item is in the board's scene
            visible[str(doc.get(node, "text")).split(" ", 1)[0]] = time.time()

    room.note_added.connect(seen)
    # Python's full garbage collections stop the GUI thread too: timed, to tell them
    # apart from the room's own work when a drag move is slow.
    collections: list[float] = []
    gc_started = [0.0]

    def gc_timer(phase: str, info: dict[str, int]) -> None:
        if info.get("generation") == 2:
            if phase == "start":
                gc_started[0] = time.perf_counter()
            else:
                collections.append(time.perf_counter() - gc_started[0])

    gc.callbacks.append(gc_timer)
    out = work / "phones.json"
    start_at = time.time() + 5.0
    phones = subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "--as-phones",
                               room.links()[0], str(seconds), str(start_at), str(out),
                               str(phone_count)],
                              cwd=ROOT)
    memory: list[tuple[float, float, int]] = []
    busy: list[float] = []
    next_sample = next_drag = time.time()
    while time.time() < start_at + seconds + 3:
        app.processEvents()
        if time.time() >= next_sample:
            memory.append((round(time.time() - start_at, 1), round(_rss_mb(), 1),
                           len(room.room_notes)))
            next_sample += 5.0
        if start_at + 2 < time.time() < start_at + seconds and time.time() >= next_drag:
            busy += _drag(view, scene, card)  # a drag a second while the notes pour in
            next_drag = time.time() + 1.0
        time.sleep(0.002)
    # the notes phase is over when every phone has its notes acknowledged: the vote
    ready = out.with_suffix(".ready")
    while phones.poll() is None and time.time() < start_at + seconds + 150 and (
            not ready.exists()
            or len(ready.read_text(encoding="utf-8").splitlines()) < phone_count):
        app.processEvents()
        time.sleep(0.01)
    room.flush_notes()
    before_votes = {c: int(doc.get(c, "votes") or 0) for c in doc.cards(journey)
                    if doc.kind(c) in ws.VOTABLE}
    room_window.start_vote(DOTS, True, ask=lambda _parent, _dots: "keep")
    vote_started = time.time()
    while phones.poll() is None and time.time() < vote_started + 300:
        app.processEvents()
        time.sleep(0.002)
    for _ in range(200):  # the last tallies still queued
        app.processEvents()
        time.sleep(0.005)
    sent_data = json.loads(out.read_text(encoding="utf-8"))
    placed: dict[str, int] = {}
    for line in out.with_suffix(".votes").read_text(encoding="utf-8").splitlines():
        for card_id, dots in json.loads(line).items():
            placed[card_id] = placed.get(card_id, 0) + dots
    on_cards = {c: int(doc.get(c, "votes") or 0) - before_votes[c] for c in before_votes}

    sent: dict[str, float] = sent_data["sent"]
    texts = [str(doc.get(n, "text")).split(" ", 1)[0] for n in ws.notes(doc, "Load")]
    latencies = sorted(visible[tag] - sent[tag] for tag in sent if tag in visible)
    on_board = sum(1 for n in ws.notes(doc, "Load") if n in board.scene.notes)
    rss = [m[1] for m in memory]
    late = [m for m in memory if m[0] > seconds * 0.25 and m[2] > 0]
    slope = ((late[-1][1] - late[0][1]) / max(1, late[-1][2] - late[0][2]) * 1000
             if len(late) > 1 else None)
    result = {
        "seconds": seconds, "phones": phone_count, "notes_sent": len(sent),
        "notes_acknowledged": len(sent_data["acked"]),
        "notes_in_model": len(texts), "distinct_in_model": len(set(texts)),
        "notes_on_board": on_board,
        "lost": sorted(set(sent) - set(texts))[:10], "doubled": len(texts) - len(set(texts)),
        "latency_p50_s": round(statistics.median(latencies), 3) if latencies else None,
        "latency_p95_s": round(_p95(latencies), 3) if latencies else None,
        "latency_max_s": round(latencies[-1], 3) if latencies else None,
        "drag_moves_idle": len(idle), "drag_moves_under_load": len(busy),
        "drag_idle_ms": round(statistics.median(idle) * 1000, 2),
        "drag_idle_p95_ms": round(_p95(idle) * 1000, 2),
        "drag_under_load_ms": round(statistics.median(busy) * 1000, 2) if busy else None,
        "drag_under_load_p95_ms": round(_p95(busy) * 1000, 2) if busy else None,
        "drag_under_load_max_ms": round(max(busy) * 1000, 2) if busy else None,
        "drag_ratio": round(statistics.median(busy) / statistics.median(idle), 2)
        if busy else None,
        "drag_ratio_p95": round(_p95(busy) / _p95(idle), 2) if busy else None,
        "drag_moves_over_16ms": sum(1 for move in busy if move > 0.016),
        "gc_full_collections": len(collections),
        "gc_full_max_ms": round(max(collections) * 1000, 1) if collections else None,
        "autosave_copies": getattr(window.autosave, "writes", None),
        "rss_mb_start": rss[0] if rss else None, "rss_mb_end": rss[-1] if rss else None,
        "rss_mb_per_1000_notes": round(slope, 2) if slope is not None else None,
        "undo_steps": session.stack.count(),
        "votes_placed": sum(placed.values()), "votes_on_cards": sum(on_cards.values()),
        "votes_match": {c: n for c, n in placed.items()} == {
            c: n for c, n in on_cards.items() if n},
        "phone_errors": sum(len(p["errors"]) for p in sent_data["phones"]),
        "memory": memory,
    }
    gc.callbacks.remove(gc_timer)
    room_window.close()
    session.stack.setClean()  # nothing to save: no question on closing
    window.close()  # its own windows (the board, the workshop's) go with it
    if home is not None:
        os.environ["HOME"] = home
    return result


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--as-phones":
        url, seconds, start_at, out = sys.argv[2], float(sys.argv[3]), float(sys.argv[4]), \
            Path(sys.argv[5])
        asyncio.run(_phones(url, seconds, start_at, out, int(sys.argv[6])))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="20 seconds instead of 5 minutes")
    parser.add_argument("--seconds", type=float, default=None)
    parser.add_argument("--phones", dest="phone_count", type=int, default=PHONES,
                        help=f"simulated phones (default {PHONES})")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    seconds = args.seconds or (20.0 if args.quick else 300.0)
    result = run(seconds, args.phone_count)
    shown = {k: v for k, v in result.items() if k != "memory"}
    print(json.dumps(shown, indent=2))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2), encoding="utf-8")
    ok = not result["lost"] and result["doubled"] == 0 and (
        result["notes_in_model"] == result["notes_sent"] == result["notes_on_board"])
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
