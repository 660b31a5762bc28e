"""Where the time of a figure goes: cProfile's top entries by cumulative time.

Run: ``.venv/bin/python benchmarks/profiles.py WHAT FILE [--top 10] [--out PROF]``, WHAT:

- ``startup``: ``klantreis FILE`` through the real entry point (``cli.main``) until the
  app said start-up is done (``ui/ready_mark.py``) and no paint event came for 100 ms,
  as P1;
- ``export``: ``export_pdf`` of FILE on A0 (the document loaded first), as P4;
- ``open``: opening FILE in a running window until its canvas painted, as P7;
- ``cli``: ``klantreis`` with the rest of the arguments (``profiles.py cli -- --version``).

Not a figure: cProfile slows Python code down several times, so the shares are what to
read, not the seconds. Qt's own C++ time shows under the Python call that started it.
"""

from __future__ import annotations

import argparse
import cProfile
import importlib
import io
import pstats
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
QUIET_S = 0.1


def _run_until_settled() -> int:
    """What ``app.exec()`` does, until no widget painted for QUIET_S (then it returns)."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert app is not None
    last = [0.0]

    class Paints(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                last[0] = time.monotonic()
            return False

    watcher = Paints()
    app.installEventFilter(watcher)
    from klantreis_desktop.ui import ready_mark  # start-up is done only once it says so

    while (not ready_mark.said() or not last[0]
           or time.monotonic() - max(last[0], ready_mark.said_at()) < QUIET_S):
        app.processEvents()
        time.sleep(0.002)
    app.removeEventFilter(watcher)
    return 0


def startup(path: str) -> None:
    importlib.import_module("klantreis_desktop.ui")  # first, as the command's imports do
    from PySide6.QtWidgets import QApplication

    from klantreis_desktop.cli import main

    QApplication.exec = lambda self: _run_until_settled()  # type: ignore[method-assign,assignment]
    main([path])


def export(path: str) -> Any:
    from klantreis_desktop import storage
    from klantreis_desktop.export.pdf import export_pdf
    from klantreis_desktop.export.pdf_options import PdfOptions

    doc = storage.load(path)
    out = Path(tempfile.mkdtemp(prefix="kbench-")) / "poster.pdf"
    return lambda: export_pdf(doc, out, PdfOptions(paper="A0"))


def open_in_window(path: str) -> Any:
    from klantreis_desktop.ui.app import create_application, open_windows

    create_application("en")
    window: Any = open_windows([])[0]
    _run_until_settled()

    def run() -> None:
        window.files.open_path(Path(path))
        _run_until_settled()

    return run


def top(profile: cProfile.Profile, count: int) -> str:
    """The ``count`` entries with the most cumulative time, as pstats prints them."""
    out = io.StringIO()
    pstats.Stats(profile, stream=out).sort_stats("cumulative").print_stats(count)
    lines = out.getvalue().splitlines()
    start = next(i for i, line in enumerate(lines) if line.lstrip().startswith("ncalls"))
    head = next(line for line in lines if "function calls" in line)
    return "\n".join([head.strip(), *lines[start:start + count + 1]])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("startup", "export", "open", "cli"))
    parser.add_argument("args", nargs="*")
    parser.add_argument("--top", type=int, default=10)
    parser.add_argument("--out", type=Path, help="also save the profile (for snakeviz etc.)")
    args = parser.parse_args(argv)
    profile = cProfile.Profile()
    if args.what == "startup":
        profile.runcall(startup, args.args[0])
    elif args.what == "cli":
        from klantreis_desktop.cli import main as cli_main

        profile.runcall(cli_main, list(args.args))
    else:
        run = export(args.args[0]) if args.what == "export" else open_in_window(args.args[0])
        profile.runcall(run)
    if args.out:
        profile.dump_stats(args.out)
    print(top(profile, args.top))
    return 0


if __name__ == "__main__":
    sys.exit(main())
