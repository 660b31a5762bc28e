#!/usr/bin/env python3
"""Kill a process with SIGKILL while it saves, again and again; the file must survive.

A child process rewrites one file in a loop, alternating between two different documents
(``storage.save``: temp file, fsync, .bak, replace). The harness kills it at a random
moment, then checks that the file loads and is byte for byte the old or the new version,
and that the .bak is one of them too. Children are forked from this process (which has
already imported everything), so one kill takes milliseconds, not an interpreter start.

    .venv/bin/python scripts/fault-harness.py --kills 5000
    .venv/bin/python scripts/fault-harness.py --kills 200 --json     (what the tests run)

Exit code 0 when every kill left a sound file, 1 otherwise. POSIX only (fork, SIGKILL).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from klantreis_desktop.model.builder import build  # noqa: E402
from klantreis_desktop.model.document import Document  # noqa: E402
from klantreis_desktop.storage import backup_path, dumps, loads, save  # noqa: E402

FILE_NAME = "werkplaats.klantreis"


def journey(cards: int, title: str) -> Document:
    """A journey with ``cards`` cards; different sizes make the two versions differ a lot."""
    lanes = [{"id": "tp", "title": "Contactmomenten", "lane_type": "touchpoints"},
             {"id": "pain", "title": "Pijnpunten", "lane_type": "pains"}]
    phases = [{"id": f"f{i}", "title": f"Fase {i + 1}"} for i in range(5)]
    items = [{"id": f"c{n}", "kind": "touchpoint" if n % 2 == 0 else "pain",
              "phase": f"f{n % 5}", "lane": "tp" if n % 2 == 0 else "pain",
              "title": f"Kaart {n}: klant belt over de levering van bestelling {n * 7}"}
             for n in range(cards)]
    return build({"title": title, "lang": "nl",
                  "journeys": [{"id": "j", "title": title, "phases": phases, "lanes": lanes,
                                "cards": items}]}, seed="fault-harness")


def _child(path: Path, old: Document, new: Document) -> None:
    """Save forever; only SIGKILL ends this. A save that raises is a failure (exit 3)."""
    try:
        while True:
            save(new, path)
            save(old, path)
    except BaseException:
        os._exit(3)


def run(kills: int, seed: int, folder: Path, max_delay_cycles: float = 2.5) -> dict[str, Any]:
    old, new = journey(60, "Oude versie"), journey(240, "Nieuwe versie")
    versions = {dumps(old): "old", dumps(new): "new"}
    path = folder / FILE_NAME
    save(old, path)
    started = time.perf_counter()
    for _ in range(5):
        save(new, path)
        save(old, path)
    cycle = (time.perf_counter() - started) / 5
    rng = random.Random(seed)
    seen = {"old": 0, "new": 0}
    bad: list[str] = []
    leftovers = 0
    begun = time.perf_counter()
    for number in range(kills):
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child never returns
            _child(path, old, new)
        time.sleep(rng.uniform(0.0, max_delay_cycles * cycle))
        os.kill(pid, signal.SIGKILL)
        _, status, _usage = os.wait4(pid, 0)
        if not (os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL):
            bad.append(f"kill {number}: the saving process ended by itself ({status})")
            continue
        data = path.read_bytes()
        which = versions.get(data)
        if which is None:
            bad.append(f"kill {number}: the file is neither version ({len(data)} bytes)")
            continue
        try:
            loads(data, FILE_NAME)
        except Exception as error:
            bad.append(f"kill {number}: the file does not load: {error}")
            continue
        seen[which] += 1
        backup = backup_path(path)
        if backup.exists() and backup.read_bytes() not in versions:
            bad.append(f"kill {number}: the .bak is neither version")
        for entry in folder.iterdir():  # temp files of an interrupted save
            if entry.name not in (FILE_NAME, backup.name):
                leftovers += 1
                entry.unlink()
    return {"kills": kills, "seed": seed, "old": seen["old"], "new": seen["new"],
            "bad": bad, "temp_files_left_by_kills": leftovers,
            "save_cycle_ms": round(cycle * 1000, 2),
            "seconds": round(time.perf_counter() - begun, 2)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=1000, help="how many SIGKILLs")
    parser.add_argument("--seed", type=int, default=1, help="random seed for the kill times")
    parser.add_argument("--dir", type=Path, default=None,
                        help="folder to work in (default: a new temporary folder)")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    args = parser.parse_args(argv)
    if not hasattr(os, "fork"):
        print("The fault harness needs fork() and SIGKILL (Linux or macOS).", file=sys.stderr)
        return 2
    folder = args.dir or Path(tempfile.mkdtemp(prefix="klantreis-faults-"))
    folder.mkdir(parents=True, exist_ok=True)
    result = run(args.kills, args.seed, folder)
    if args.json:
        print(json.dumps(result))
    else:
        print(f"{result['kills']} kills in {result['seconds']} s (one save cycle "
              f"{result['save_cycle_ms']} ms): the file was the old version {result['old']}×, "
              f"the new version {result['new']}×, damaged {len(result['bad'])}×; "
              f"{result['temp_files_left_by_kills']} temp files left by killed saves.")
        for line in result["bad"][:20]:
            print("  " + line)
    return 0 if not result["bad"] else 1


if __name__ == "__main__":
    sys.exit(main())
