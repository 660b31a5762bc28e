"""Whole processes measured from outside: launch to a settled window, command-line runs,
a cold page cache, and a real X server (Xvfb + openbox) to run them on.

"Settled" is read from Qt itself without touching the app: with the logging rule
``qt.widgets.painting=true`` Qt writes a line when it starts painting a window ("Painting
and flushing dirty top level …") and when it hands the result to the window ("Flushing …
to QWidgetWindow"), and ``QT_MESSAGE_PATTERN``'s ``%{time boot}`` stamps each with
CLOCK_MONOTONIC, the clock of the parent's ``time.monotonic()``. The window has settled at
the end of the last flush after which Qt starts no paint for ``QUIET_S``; the figure is that
stamp minus the parent's stamp taken just before it started the process. (A paint that
starts right after a flush and takes 100 ms, as the app's second paint after its first
placement does, is activity, not quiet.) The same lines come from the app and from the
floor, on the offscreen platform and under X11; the logging costs both a few ms.

The app paints its window before the file has arrived (it is read on a worker thread) and
then builds the canvas without painting, often for longer than ``QUIET_S``: its first quiet
flush is the still empty window. So the app also writes one line when start-up is done
(its documents shown and placed, ``klantreis_desktop/ui/ready_mark.py``), and for the app
(``ready=True``) only flushes after that line count; with no flush after it, the line
itself is the end.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

#: No flush for this long after the last one: the window has settled (issue 17).
QUIET_S = 0.1
PAINT_RULES = "qt.widgets.painting=true;klantreis.startup.info=true"
PAINT_PATTERN = "%{time boot} %{category} %{message}"
FLUSH_MARK = "qt.widgets.painting Flushing"
START_MARK = "qt.widgets.painting Painting and flushing"
#: The app's "start-up is done" line (see the module's docstring).
READY_MARK = "klantreis.startup ready"


class MeasurementError(RuntimeError):
    """A measured process crashed or never got where it should: the run fails."""


def rss_mb(pid: int) -> tuple[float, float]:
    """Resident memory of ``pid`` now and at its peak (VmRSS, VmHWM), in MB."""
    now = peak = float("nan")
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                now = int(line.split()[1]) / 1024.0
            elif line.startswith("VmHWM:"):
                peak = int(line.split()[1]) / 1024.0
    return now, peak


class _Reader(threading.Thread):
    """Collects a process's stderr: the stamps of paint starts and flushes, and the
    last other lines (for the report when it crashes)."""

    def __init__(self, stream: Any) -> None:
        super().__init__(daemon=True)
        self.stream = stream
        self.events: list[tuple[float, bool]] = []  # (stamp, is a flush)
        self.ready: float | None = None  # the stamp of the app's READY_MARK
        self.tail: list[str] = []

    def run(self) -> None:
        for raw in self.stream:
            line = raw.decode("utf-8", "replace").rstrip("\n")
            if READY_MARK in line and self.ready is None:
                with contextlib.suppress(ValueError, IndexError):
                    self.ready = float(line.split()[0])
                continue
            flush = FLUSH_MARK in line and " to " in line
            if flush or START_MARK in line:
                with contextlib.suppress(ValueError, IndexError):
                    self.events.append((float(line.split()[0]), flush))
                continue
            if "qt.widgets.painting" not in line:
                self.tail = (self.tail + [line])[-40:]


def settle_point(events: list[tuple[float, bool]], quiet: float = QUIET_S,
                 after: float | None = None) -> int | None:
    """The index of the flush after which no paint starts (nor flush ends) for ``quiet``
    seconds (the last flush when the record ends first); None without any flush.
    ``after``: only flushes at or after this stamp count (the app's ready line)."""
    flushes = [i for i, (stamp, flush) in enumerate(events)
               if flush and (after is None or stamp >= after)]
    for index in flushes:
        later = events[index + 1:]
        if not later or later[0][0] - events[index][0] >= quiet:
            return index
    return flushes[-1] if flushes else None


def settled_window(command: list[str], env: dict[str, str], observe: float = 0.0,
                   timeout: float = 180.0, ready: bool = False) -> dict[str, Any]:
    """Start ``command`` (a Qt window) and measure it until it settled; then kill it.

    ``observe``: seconds to keep watching after the settle, to report late flushes
    (``late``: flushes after the settle point, which the figure then does not include).
    ``ready``: the app; it has settled only after its READY_MARK (see above).
    """
    env = dict(env, QT_LOGGING_RULES=PAINT_RULES, QT_MESSAGE_PATTERN=PAINT_PATTERN)
    started = time.monotonic()
    process = subprocess.Popen(command, env=env, stdin=subprocess.DEVNULL,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               start_new_session=True)
    reader = _Reader(process.stderr)
    reader.start()
    try:
        while True:
            time.sleep(0.01)
            now = time.monotonic()
            if process.poll() is not None:
                raise MeasurementError(f"{command[0]} ended ({process.returncode}) before "
                                       "its window settled:\n" + "\n".join(reader.tail))
            if now - started > timeout:
                raise MeasurementError(f"{command[0]} did not settle in {timeout:.0f} s")
            if ready and reader.ready is None:
                continue
            last = max([stamp for stamp, _flush in reader.events[-1:]] + [reader.ready or 0.0])
            if (any(flush for _t, flush in reader.events)
                    and now - last >= QUIET_S + observe + 0.02):
                break
        rss, peak = rss_mb(process.pid)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        reader.join(timeout=5)
    events = list(reader.events)
    mark = reader.ready if ready else None
    settle = settle_point(events, after=mark)
    assert settle is not None or mark is not None
    flushes = [t for t, flush in events if flush]
    done = events[settle][0] if settle is not None else float(mark or 0.0)
    return {"elapsed": done - started, "first_paint": flushes[0] - started,
            "ready": (mark - started) if mark is not None else None,
            "flushes": sum(1 for t in flushes if t <= done),
            "late": sum(1 for t in flushes if t > done), "last_flush": flushes[-1] - started,
            "rss_mb": rss, "peak_mb": peak}


def timed_process(command: list[str], env: dict[str, str], timeout: float = 600.0,
                  ok_codes: tuple[int, ...] = (0,)) -> dict[str, Any]:
    """Wall time of a whole command-line process, start to exit."""
    started = time.monotonic()
    done = subprocess.run(command, env=env, stdin=subprocess.DEVNULL,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=timeout)
    elapsed = time.monotonic() - started
    if done.returncode not in ok_codes:
        raise MeasurementError(f"{' '.join(command[:3])} … failed ({done.returncode}):\n"
                               + done.stderr.decode("utf-8", "replace")[-2000:])
    return {"time": elapsed}


# A cold page cache ------------------------------------------------------------------------


def drop_page_cache() -> str | None:
    """Drop the whole page cache (``sync; echo 3 > /proc/sys/vm/drop_caches``); None when
    done, else why it was refused."""
    os.sync()
    try:
        with open("/proc/sys/vm/drop_caches", "w", encoding="ascii") as knob:
            knob.write("3\n")
    except OSError as error:
        return f"{type(error).__name__}: {error.strerror or error}"
    return None


def files_under(roots: list[Path]) -> list[Path]:
    """Every regular file under ``roots`` (a root may be a file itself)."""
    found: list[Path] = []
    for root in roots:
        if root.is_file():
            found.append(root)
            continue
        for folder, _dirs, names in os.walk(root):
            found += [Path(folder, name) for name in names]
    return found


def evict_files(paths: list[Path]) -> int:
    """Ask the kernel to forget the cached pages of ``paths``
    (``posix_fadvise(POSIX_FADV_DONTNEED)``, what ``vmtouch -e`` does; needs no
    privilege). Pages that a running process has mapped stay. Returns the file count."""
    count = 0
    for path in paths:
        with contextlib.suppress(OSError):
            fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
            try:
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
                count += 1
            finally:
                os.close(fd)
    return count


class ColdCache:
    """Makes the page cache cold before a process: dropped whole where the runner may,
    else the files the process reads evicted one by one."""

    def __init__(self, method: str, roots: list[Path]) -> None:
        self.roots = roots
        self.files: list[Path] = []
        self.refused: str | None = None
        if method == "auto":
            self.refused = drop_page_cache()
            method = "drop" if self.refused is None else "fadvise"
        self.method = method

    def __call__(self) -> None:
        if self.method == "drop":
            refused = drop_page_cache()
            if refused is not None:
                raise MeasurementError(f"dropping the page cache was refused: {refused}")
        else:
            if not self.files:
                self.files = files_under(self.roots)
            evict_files(self.files)

    def describe(self) -> str:
        if self.method == "drop":
            return "page cache dropped (sync; echo 3 > /proc/sys/vm/drop_caches)"
        why = f" (drop_caches refused: {self.refused})" if self.refused else ""
        return ("the files the processes read evicted with posix_fadvise(DONTNEED)" + why)


def python_files() -> list[Path]:
    """What a Python + Qt process reads from disk: the interpreter, the standard
    library, the venv (PySide6, networkx, ReportLab), fonts and font configuration."""
    roots = {Path(sys.base_prefix) / "lib", Path(sys.base_prefix) / "bin", Path(sys.prefix),
             Path("/usr/share/fonts"), Path("/var/cache/fontconfig"), Path("/etc/fonts")}
    return sorted(r for r in roots if r.exists())


# A real X server --------------------------------------------------------------------------


def free_display(start: int = 90) -> str:
    """The first display number from ``start`` with no X server (lock file) yet."""
    for number in range(start, start + 100):
        if not Path(f"/tmp/.X{number}-lock").exists():
            return f":{number}"
    raise MeasurementError("no free X display number")


@contextlib.contextmanager
def xvfb(display: str) -> Iterator[str]:
    """Xvfb (1920×1080×24) with openbox on ``display``, for the life of the block."""
    for tool in ("Xvfb", "openbox", "xprop"):
        if shutil.which(tool) is None:
            raise FileNotFoundError(tool)
    log = tempfile.TemporaryFile()
    server = subprocess.Popen(["Xvfb", display, "-screen", "0", "1920x1080x24",
                               "-nolisten", "tcp"], stdout=log, stderr=log)
    wm: subprocess.Popen[bytes] | None = None
    env = dict(os.environ, DISPLAY=display)
    try:
        _wait(lambda: Path(f"/tmp/.X11-unix/X{display.lstrip(':')}").exists()
              and subprocess.run(["xprop", "-root"], env=env, capture_output=True)
              .returncode == 0, "Xvfb did not start")
        wm = subprocess.Popen(["openbox"], env=env, stdout=log, stderr=log)
        _wait(lambda: b"_NET_SUPPORTING_WM_CHECK(WINDOW)" in subprocess.run(
            ["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"], env=env,
            capture_output=True).stdout, "openbox did not start")
        yield display
    finally:
        for process in (wm, server):
            if process is not None and process.poll() is None:
                process.terminate()
                with contextlib.suppress(subprocess.TimeoutExpired):
                    process.wait(timeout=5)
                if process.poll() is None:
                    process.kill()
                    process.wait()
        log.close()


def _wait(ready: Any, message: str, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not ready():
        if time.monotonic() > deadline:
            raise MeasurementError(message)
        time.sleep(0.05)
