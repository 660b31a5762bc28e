"""The workbench of a run: the workload files, the environment of every measured process,
and the three ways to measure one (an in-process worker, a window until it settled, a
whole command-line process). Each call starts one fresh process."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import launch

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SCREEN = {"synchronousWindowSystemEvents": False, "windowFrameMargins": False,
          "screens": [{"name": "bench", "x": 0, "y": 0, "width": 1920, "height": 1080,
                       "logicalDpiX": 96, "logicalDpiY": 96, "dpr": 1}]}


@dataclass(frozen=True)
class Plan:
    """How much a run measures."""

    groot: int  # cards of the main workload ("groot")
    growth: tuple[int, int, int]  # sizes of the marginal slopes (P7); the first is groot
    audit_curve: tuple[int, ...]  # sizes of the old fitted slope (P7a); () leaves it out
    repeats: int  # fresh processes per figure and side
    limit: float  # seconds a process may take; past it the figure is a lower bound
    xvfb: bool  # the P1 row under Xvfb + openbox
    info: bool  # the info rows (old floors, the audit's cases)
    observe: float  # seconds to keep watching a settled window for late paints
    cold: str  # how to make the page cache cold: auto, drop, fadvise or off


#: Issue 17's sizes: 2,000 → 8,000 → 20,000 cards. A 20,000-card file of this mix is
#: 16.2 MB of JSON with ~690,000 values: inside the loader's caps (storage/safejson.py
#: MAX_ITEMS, storage/container.py MAX_DOCUMENT_BYTES, storage/codec.py MAX_NODES).
FULL = Plan(groot=2_000, growth=(2_000, 8_000, 20_000), audit_curve=(500, 2_000, 8_000),
            repeats=7, limit=240.0, xvfb=True, info=True, observe=1.0, cold="auto")
QUICK = Plan(groot=200, growth=(200, 300, 450), audit_curve=(), repeats=2, limit=60.0,
             xvfb=False, info=False, observe=0.0, cold="fadvise")


class Bench:
    """Makes the workload files and starts the measured processes."""

    def __init__(self, workdir: Path, plan: Plan, files: Path | None = None,
                 platform: str = "offscreen") -> None:
        self.workdir = workdir
        self.plan = plan
        self.files = files if files is not None else workdir
        self.files.mkdir(parents=True, exist_ok=True)
        self.base = dict(os.environ)
        for key in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME",
                    "QT_LOGGING_RULES", "QT_MESSAGE_PATTERN", "KLANTREIS_PROBE"):
            self.base.pop(key, None)
        self.base["KLANTREIS_NO_HINTS"] = "1"  # a facilitator's usual start, not the first
        self.base["PYTHONDONTWRITEBYTECODE"] = "1"
        self.platform = platform
        if platform == "offscreen":
            config = workdir / "screen.json"
            config.write_text(json.dumps(SCREEN))
            self.base["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
        elif platform:
            self.base["QT_QPA_PLATFORM"] = platform
        self._homes = 0
        # Like an installed app (pip and PyInstaller compile it), measure with bytecode
        # compiled once up front: else every fresh process compiles our ~150 modules on
        # machines that set PYTHONDONTWRITEBYTECODE. The floors' modules too.
        for folder in (ROOT / "klantreis_desktop", HERE):
            subprocess.run([sys.executable, "-m", "compileall", "-q", str(folder)],
                           check=True, env={k: v for k, v in self.base.items()
                                            if k != "PYTHONDONTWRITEBYTECODE"})
        entry = Path(sys.executable).with_name("klantreis")
        self.klantreis = [str(entry)] if entry.exists() else [sys.executable, "-m",
                                                              "klantreis_desktop"]

    # The workload ---------------------------------------------------------------------

    def journey(self, cards: int) -> Path:
        """The synthetic file with ``cards`` cards (made once; a kept one is reused)."""
        path = self.files / f"journey-{cards}.klantreis"
        if not path.exists():
            self._make([sys.executable, str(HERE / "make_journey.py"), "--cards", str(cards),
                        "-o", str(path)])
        return path

    def cards(self, cards: int) -> Path:
        """The floors' card list of that journey (``card_list.py``; made once)."""
        path = self.files / f"journey-{cards}.cards.json"
        journey = self.journey(cards)
        if not path.exists() or path.stat().st_mtime < journey.stat().st_mtime:
            self._make([sys.executable, str(HERE / "card_list.py"), str(journey), "-o",
                        str(path)])
        return path

    def _make(self, command: list[str]) -> None:
        done = subprocess.run(command, capture_output=True, text=True, env=self.env())
        if done.returncode != 0:
            raise launch.MeasurementError(f"{Path(command[1]).name} failed:\n"
                                          + done.stderr[-2000:])

    def env(self, **extra: str) -> dict[str, str]:
        """The environment of one process: a fresh HOME (no remembered window, no
        recovery files), the Qt platform of the run, and ``extra``."""
        self._homes += 1
        home = self.workdir / "homes" / str(self._homes)
        home.mkdir(parents=True)
        return dict(self.base, HOME=str(home), **extra)

    def out(self, name: str) -> Path:
        folder = Path(tempfile.mkdtemp(prefix="out-", dir=self.workdir))
        return folder / name

    # Measuring ------------------------------------------------------------------------

    def worker(self, task: str, side: str, arg: Path | str) -> dict[str, Any] | None:
        """One in-process measurement (``workers.py``); None when it ran past the limit."""
        started = time.monotonic()
        try:
            done = subprocess.run([sys.executable, str(HERE / "workers.py"), task, side,
                                   str(arg)], capture_output=True, text=True, env=self.env(),
                                  timeout=self.plan.limit)
        except subprocess.TimeoutExpired:
            return None
        if done.returncode != 0:
            raise launch.MeasurementError(f"{task} {side} failed ({done.returncode}):\n"
                                          + done.stderr[-2000:])
        result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
        result["wall"] = time.monotonic() - started
        return result

    def window(self, command: list[str], ready: bool = False, **extra: str) -> dict[str, Any]:
        """A window from launch until it settled (``launch.settled_window``); ``ready``:
        the app's, which settles only after it said start-up is done."""
        try:
            return launch.settled_window(command, self.env(**extra), self.plan.observe,
                                         timeout=self.plan.limit, ready=ready)
        finally:
            self._clear_locks()

    def command(self, command: list[str], **extra: str) -> dict[str, Any] | None:
        """A whole command-line process, start to exit; None past the limit."""
        try:
            return launch.timed_process(command, self.env(**extra), timeout=self.plan.limit)
        except subprocess.TimeoutExpired:
            return None

    def ours_window(self, cards: int) -> list[str]:
        return [*self.klantreis, str(self.journey(cards))]

    def floor_window(self, cards: int, rects: bool = False) -> list[str]:
        command = [sys.executable, str(HERE / "floor.py"), "window", str(self.cards(cards))]
        return command + (["--rects"] if rects else [])

    def cold_files(self) -> list[Path]:
        """What the start-up processes read, for eviction by posix_fadvise."""
        return [*launch.python_files(), ROOT / "klantreis_desktop", ROOT / "resources",
                ROOT / "i18n", HERE, self.files]

    def _clear_locks(self) -> None:
        """A killed window leaves its document lock (stale, but never mind it)."""
        for lock in self.files.glob(".~lock.*#"):
            lock.unlink(missing_ok=True)

    def cleanup(self) -> None:
        shutil.rmtree(self.workdir / "homes", ignore_errors=True)
