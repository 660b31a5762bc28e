"""The app as a person starts it (``bash scripts/run-app``), watched through its probe.

The probe (klantreis_desktop/ui/probe.py) only reports where things are and what the model
holds; every action on the app is real X11 input through :class:`XScreen`. The app's stderr
goes to a file that the tests read at the end: any traceback or Qt warning there fails them.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import signal
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.acceptance.xsession import XScreen

ROOT = Path(__file__).resolve().parents[2]
LOCALES = {"nl": "nl_NL.UTF-8", "en": "en_GB.UTF-8"}

#: Lines in the app's stderr that fail the day: Python tracebacks, Qt objects used after
#: deletion, dead shortcuts, and Qt's own warnings about our objects.
BAD_STDERR = re.compile(
    r"Traceback|RuntimeError|already deleted|Ambiguous shortcut|QObject::|QPainter::"
    r"|QGraphicsScene::|QWidget::|Internal C\+\+ object|Segmentation|Fatal Python")


class AppUnderTest:
    """One run of the app on ``screen`` with a private home folder."""

    def __init__(self, screen: XScreen, folder: Path, lang: str) -> None:
        self.screen = screen
        self.folder = folder
        self.lang = lang
        self.home = folder / "home"
        self.probe_dir = folder / "probe"
        self.process: subprocess.Popen[bytes] | None = None
        #: Put before the command (room mode's test runs the app in a network namespace).
        self.prefix: list[str] = []
        self.runs = 0
        self._numbers = itertools.count(1)

    def env(self) -> dict[str, str]:
        base = {key: value for key, value in os.environ.items()
                if not key.startswith(("XDG_", "LC_", "LANG", "QT_", "KLANTREIS_"))}
        env = self.screen.env(base)
        env.update({"HOME": str(self.home), "LANG": LOCALES[self.lang],
                    "LANGUAGE": LOCALES[self.lang].split(".")[0],
                    "KLANTREIS_PROBE": str(self.probe_dir),
                    "PYTHONFAULTHANDLER": "1", "PYTHONDONTWRITEBYTECODE": "1"})
        return env

    def start(self, *args: str) -> None:
        """``bash scripts/run-app [ARGS]`` as the README says; waits for the probe."""
        assert self.process is None or self.process.poll() is not None
        self.home.mkdir(parents=True, exist_ok=True)
        if self.probe_dir.exists():
            for old in self.probe_dir.iterdir():
                old.unlink()
        self.runs += 1
        self._stderr = open(self.folder / f"app-stderr-{self.runs}.log", "wb")
        self.process = subprocess.Popen(
            [*self.prefix, "bash", str(ROOT / "scripts" / "run-app"), *args], cwd=self.home,
            env=self.env(),
            stdout=open(self.folder / f"app-stdout-{self.runs}.log", "wb"),
            stderr=self._stderr, start_new_session=True)
        self.screen.wait_for(lambda: (self.probe_dir / "ready").exists() or self._died(),
                             180, "the app to start")
        self._died_check()

    def _died(self) -> bool:
        return self.process is not None and self.process.poll() is not None

    def _died_check(self) -> None:
        if self._died():
            raise AssertionError(f"the app ended (exit {self.process.returncode}):\n"
                                 + self.stderr()[-3000:])

    # Asking the probe ---------------------------------------------------------------------

    def state(self, timeout: float = 30) -> dict[str, Any]:
        self._died_check()
        number = next(self._numbers)
        request = self.probe_dir / f"request-{number}.json"
        tmp = self.probe_dir / f".request-{number}.tmp"
        tmp.write_text("{}", encoding="utf-8")
        os.replace(tmp, request)
        answer = self.probe_dir / f"answer-{number}.json"
        deadline = time.monotonic() + timeout
        while not answer.exists():
            self._died_check()
            if time.monotonic() > deadline:
                raise TimeoutError("the app's probe did not answer (is the GUI thread stuck?)")
            time.sleep(0.05)
        data = json.loads(answer.read_text(encoding="utf-8"))
        answer.unlink()
        if not data["ok"]:
            raise AssertionError("the probe failed:\n" + data["error"])
        return data["state"]

    def wait(self, check: Callable[[dict[str, Any]], Any], what: str,
             timeout: float = 30) -> dict[str, Any]:
        """Ask the probe until ``check(state)`` is truthy; returns that state."""
        last: dict[str, Any] = {}

        def ask() -> Any:
            nonlocal last
            last = self.state()
            return check(last)

        try:
            self.screen.wait_for(ask, timeout, what, interval=0.1)
            return last
        except TimeoutError as error:
            raise AssertionError(f"{error}; last state: {_short(last)}") from None

    # Ending ---------------------------------------------------------------------------------

    def kill(self) -> None:
        """SIGKILL, as a crash or a pulled power cord would end it."""
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(30)

    def ended(self) -> bool:
        return self.process is not None and self.process.poll() is not None

    def wait_ended(self, timeout: float = 60) -> int:
        assert self.process is not None
        return self.process.wait(timeout)

    def stderr(self) -> str:
        texts = []
        for run in range(1, self.runs + 1):
            path = self.folder / f"app-stderr-{run}.log"
            if path.exists():
                texts.append(path.read_text(encoding="utf-8", errors="replace"))
        return "\n".join(texts)

    def bad_stderr_lines(self) -> list[str]:
        text = self.stderr()
        return [line for line in text.splitlines() if BAD_STDERR.search(line)]


def _short(state: dict[str, Any]) -> str:
    """The parts of a state that explain a wait that timed out, without the widget lists."""
    brief = {"active": state.get("active_window"), "focus": state.get("focus"),
             "modal": state.get("modal"),
             "windows": [(w["class"], w["name"], w["title"]) for w in state.get("windows", [])],
             "main": [{"title": m["title"], "stack": (m.get("session") or {}).get("stack"),
                       "canvas": {k: v for k, v in (m.get("canvas") or {}).items()
                                  if k in ("focus_cell", "editing", "selected", "zoom")}}
                      for m in state.get("main_windows", [])]}
    return json.dumps(brief, ensure_ascii=False)[:3000]
