"""Where P1's time goes, step by step, in fresh processes and without a profiler.

Run: ``.venv/bin/python benchmarks/startup_stages.py FILE [--runs 7]``. Each run is a new
process (offscreen, a throw-away HOME) that starts the app through its real entry point
(``cli.main([FILE])``, as ``klantreis FILE``) and writes when each step ended, in seconds
since the process started (the kernel's start time of the process, so the interpreter's
own start counts, as it does in P1). The steps are stamped by wrapping the functions
that end them; nothing else of the app changes. ``settled`` is P1's end: the app said
start-up is done (``ui/ready_mark.py``) and no widget painted for 100 ms.

``profiles.py startup`` says which functions take the time (cProfile, shares only, and
several times slower); this says how long each step takes in a normal run.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
QUIET_S = 0.1


def _since_start() -> float:
    """Seconds since this process started (field 22 of /proc/self/stat, in clock ticks)."""
    fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
    started = int(fields[19]) / os.sysconf("SC_CLK_TCK")
    return time.clock_gettime(time.CLOCK_BOOTTIME) - started


def _wrap(owner: object, name: str, label: str, marks: list[tuple[str, float]]) -> None:
    """Stamp ``label`` when ``owner.name`` returns (the first time only)."""
    inner = getattr(owner, name)

    def stamped(*args: object, **kwargs: object) -> object:
        result = inner(*args, **kwargs)
        if label not in dict(marks):
            marks.append((label, _since_start()))
        return result

    setattr(owner, name, stamped)


def child(path: str) -> None:
    """One start of the app; prints the steps as JSON on stdout."""
    marks = [("interpreter started", _since_start())]
    sys.path.insert(0, str(HERE.parent))
    import klantreis_desktop.ui  # noqa: F401  # the core first, as the command's imports do

    marks.append(("core imported (model, networkx, layout, storage)", _since_start()))
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    marks.append(("PySide6 imported", _since_start()))
    from klantreis_desktop import storage
    from klantreis_desktop.ui import ready_mark
    from klantreis_desktop.ui.canvas import scene
    from klantreis_desktop.ui.window import main_window

    marks.append(("window modules imported", _since_start()))
    _wrap(main_window.MainWindow, "__init__", "window made", marks)
    _wrap(storage, "read", "file read (worker)", marks)
    _wrap(scene.JourneyScene, "_relayout", "canvas laid out and built", marks)
    last_paint = [0.0]

    def run_until_settled(app: QApplication) -> int:
        class Paints(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint:
                    last_paint[0] = _since_start()
                    if "first paint" not in dict(marks):
                        marks.append(("first paint", last_paint[0]))
                return False

        watcher = Paints()
        app.installEventFilter(watcher)
        while not ready_mark.said() or _since_start() - last_paint[0] < QUIET_S:
            app.processEvents()
            time.sleep(0.002)
        marks.append(("ready said", ready_mark.said_at() - time.monotonic() + _since_start()))
        marks.append(("last paint", last_paint[0]))
        marks.append(("settled (P1's end)", last_paint[0] + QUIET_S))
        return 0

    QApplication.exec = run_until_settled  # type: ignore[method-assign,assignment]
    from klantreis_desktop.cli import main

    main([path])
    print(json.dumps(sorted(marks, key=lambda mark: mark[1])))


def parent(path: str, runs: int) -> None:
    """``runs`` fresh children; the median, min and max of every step."""
    seen: dict[str, list[float]] = {}
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as home:
            env = dict(os.environ, HOME=home, QT_QPA_PLATFORM="offscreen")
            out = subprocess.run([sys.executable, __file__, "--child", path], env=env,
                                 capture_output=True, text=True, check=True).stdout
        for label, at in json.loads(out.splitlines()[-1]):
            seen.setdefault(label, []).append(at)
    order = sorted(seen, key=lambda label: statistics.median(seen[label]))
    print(f"{'step ended':52} median (min–max) s, {runs} fresh processes")
    for label in order:
        times = seen[label]
        print(f"{label:52} {statistics.median(times):.3f} ({min(times):.3f}–{max(times):.3f})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.file)
    else:
        parent(args.file, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
