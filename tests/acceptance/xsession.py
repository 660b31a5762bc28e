"""A real X11 screen for the acceptance tests: Xvfb, a window manager, xdotool, screenshots.

Everything the tests do to the app goes through here as real X11 input (the XTEST events
xdotool sends), so the app sees exactly what a person's keyboard and mouse would send:
focus, shortcuts, drags and all. The window manager (openbox) matters: without one, focus,
key events and full screen do not work as on a desktop (DESIGN.md, known pitfalls).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

#: Debian packages the real-window tests need (scripts/bootstrap.sh installs them in CI).
NEEDED_COMMANDS = ("Xvfb", "openbox", "xdotool", "import", "xprop")


def missing_commands() -> list[str]:
    return [name for name in NEEDED_COMMANDS if shutil.which(name) is None]


class XScreen:
    """One virtual screen of ``width`` × ``height`` with openbox running on it."""

    def __init__(self, width: int, height: int, folder: Path) -> None:
        self.width, self.height = width, height
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.display = ""
        self._xvfb: subprocess.Popen[bytes] | None = None
        self._wm: subprocess.Popen[bytes] | None = None

    # Starting and stopping ------------------------------------------------------------

    def start(self) -> XScreen:
        read_end, write_end = os.pipe()
        # KLANTREIS_X_DISPLAY=N pins the display number (a shared machine hands each person
        # their own numbers); otherwise Xvfb picks a free one.
        pinned = os.environ.get("KLANTREIS_X_DISPLAY", "").lstrip(":")
        self._xvfb = subprocess.Popen(
            ["Xvfb", *([f":{pinned}"] if pinned else []), "-displayfd", str(write_end), "-screen", "0",
             f"{self.width}x{self.height}x24", "-nolisten", "tcp", "-noreset"],
            pass_fds=(write_end,), stdout=subprocess.DEVNULL,
            stderr=open(self.folder / "xvfb.log", "wb"))
        os.close(write_end)
        with os.fdopen(read_end) as answer:
            number = answer.readline().strip()  # Xvfb writes its display number when ready
        if not number:
            raise RuntimeError("Xvfb did not start: see " + str(self.folder / "xvfb.log"))
        self.display = f":{number}"
        self._wm = subprocess.Popen(
            ["openbox", "--sm-disable"], env=self.env(), stdout=subprocess.DEVNULL,
            stderr=open(self.folder / "openbox.log", "wb"))
        self.wait_for(self._window_manager_ready, 20, "openbox to manage the screen")
        return self

    def _window_manager_ready(self) -> bool:
        result = subprocess.run(["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"], env=self.env(),
                                capture_output=True, text=True)
        return "window id" in result.stdout

    def stop(self) -> None:
        for process in (self._wm, self._xvfb):
            if process is not None and process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()

    def env(self, base: dict[str, str] | None = None) -> dict[str, str]:
        env = dict(os.environ if base is None else base)
        env["DISPLAY"] = self.display
        env.pop("QT_QPA_PLATFORM", None)  # the app must use the real xcb platform here
        env.pop("WAYLAND_DISPLAY", None)
        return env

    # Input ----------------------------------------------------------------------------

    def xdotool(self, *args: str) -> str:
        result = subprocess.run(["xdotool", *args], env=self.env(), capture_output=True,
                                text=True, timeout=60)
        if result.returncode != 0 and "search" not in args[:1]:
            raise RuntimeError(f"xdotool {' '.join(args)} failed: {result.stderr.strip()}")
        return result.stdout.strip()

    def activate(self, window_id: str) -> None:
        self.xdotool("windowactivate", "--sync", window_id)

    def find_windows(self, name: str) -> list[str]:
        """X window ids whose title matches ``name`` (a regular expression)."""
        found = self.xdotool("search", "--onlyvisible", "--name", name)
        return found.split() if found else []

    def active_window(self) -> str:
        return self.xdotool("getactivewindow")

    def key(self, *keys: str) -> None:
        """Press and release each key (xdotool names: ctrl+shift+z, F5, Next, Escape)."""
        self.xdotool("key", "--clearmodifiers", "--delay", "60", *keys)

    def type(self, text: str) -> None:
        self.xdotool("type", "--delay", "25", "--", text)

    def move(self, x: float, y: float) -> None:
        self.xdotool("mousemove", str(round(x)), str(round(y)))

    def click(self, x: float, y: float, button: int = 1, repeat: int = 1) -> None:
        self.move(x, y)
        time.sleep(0.05)  # let the app see the pointer arrive before the press (hover)
        self.xdotool("click", "--repeat", str(repeat), "--delay", "80", str(button))

    def double_click(self, x: float, y: float) -> None:
        self.click(x, y, repeat=2)

    def drag(self, start: Sequence[float], end: Sequence[float], steps: int = 12) -> None:
        """Press at ``start``, move there in ``steps`` small moves as a hand does, release."""
        self.move(*start)
        time.sleep(0.1)
        self.xdotool("mousedown", "1")
        time.sleep(0.1)
        for point in _between(start, end, steps):
            self.move(*point)
            time.sleep(0.03)
        time.sleep(0.1)
        self.xdotool("mouseup", "1")

    # Looking ---------------------------------------------------------------------------

    def screenshot(self, path: Path) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(["import", "-window", "root", str(path)], env=self.env(), check=True,
                       capture_output=True, timeout=60)
        return path

    @staticmethod
    def wait_for(check, timeout: float, what: str, interval: float = 0.1):
        """Poll ``check`` until it returns something truthy; fail with ``what`` otherwise."""
        deadline = time.monotonic() + timeout
        while True:
            value = check()
            if value:
                return value
            if time.monotonic() > deadline:
                raise TimeoutError(f"waited {timeout:.0f} s for {what}")
            time.sleep(interval)


def _between(start: Sequence[float], end: Sequence[float], steps: int) -> Iterable[tuple[float,
                                                                                       float]]:
    for step in range(1, steps + 1):
        share = step / steps
        yield (start[0] + (end[0] - start[0]) * share, start[1] + (end[1] - start[1]) * share)
