"""The app opens no socket while room mode is off (DESIGN.md rule 6), checked at run time.

The real entry point (``klantreis FILE``) runs in a subprocess under an audit hook that
records every Python socket event (creating, binding, connecting, resolving names). The
app starts, opens a sample, shows the workshop's board, panel and timer, exports a PDF and
a PNG, and quits: no socket event, and the server library is not even imported. The same
harness with a room opened (on loopback) does see the bind: the hook works.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "samples" / "schoonmaak.en.klantreis"

HARNESS = r"""
import json, sys
events = []

def hook(event, args):
    if event.startswith("socket.") or event in ("urllib.Request", "http.client.connect"):
        events.append([event, repr(args)[:160]])

sys.addaudithook(hook)
from klantreis_desktop.ui import app as ui_app

original = ui_app.create_application
OPEN_ROOM = sys.argv[1] == "room"
OUT = sys.argv[2]

def create(lang):
    app = original(lang)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def work():
        from klantreis_desktop.cli import main as cli_main
        from klantreis_desktop.ui.window.main_window import WINDOWS
        window = WINDOWS[0]
        workshop = window.workshop
        workshop.show_board()
        workshop.dock.show()
        workshop.panel.start_timer()
        workshop.show_timer_screen().close()
        if OPEN_ROOM:
            workshop.show_room(["127.0.0.1"])
        assert cli_main(["export", sys.argv[3], "--pdf", OUT + "/map.pdf"]) == 0
        assert cli_main(["export", sys.argv[3], "--png", OUT + "/map.png"]) == 0
        for shown in list(WINDOWS):
            shown.session.stack.setClean()
        QApplication.closeAllWindows()
        QApplication.quit()

    QTimer.singleShot(500, work)
    return app

ui_app.create_application = create
from klantreis_desktop.cli import main
code = main(["--lang", "en", sys.argv[3]])
print("RESULT " + json.dumps({"code": code, "events": events,
                              "aiohttp": "aiohttp" in sys.modules}))
"""


def _run(mode: str, tmp_path: Path) -> dict:
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "KLANTREIS_"))}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-c", HARNESS, mode, str(tmp_path), str(SAMPLE)],
                            capture_output=True, text=True, env=env, cwd=tmp_path,
                            timeout=600)
    lines = [line for line in result.stdout.splitlines() if line.startswith("RESULT ")]
    assert lines, result.stdout[-2000:] + result.stderr[-4000:]
    found = json.loads(lines[-1].removeprefix("RESULT "))
    assert found["code"] == 0, result.stderr[-4000:]
    assert (tmp_path / "map.pdf").stat().st_size > 0 and (tmp_path / "map.png").exists()
    return found


@pytest.mark.slow
def test_the_app_opens_no_socket_while_room_mode_is_off(tmp_path: Path) -> None:
    found = _run("off", tmp_path)
    assert found["events"] == []
    assert not found["aiohttp"]


@pytest.mark.slow
def test_the_hook_sees_the_rooms_socket(tmp_path: Path) -> None:
    """The control: with a room open, the same harness records its listening socket."""
    found = _run("room", tmp_path)
    kinds = {event for event, _args in found["events"]}
    assert "socket.bind" in kinds and found["aiohttp"]
    binds = [args for event, args in found["events"] if event == "socket.bind"]
    assert all("127.0.0.1" in args for args in binds), binds
    assert "socket.connect" not in kinds  # it listens; it never connects anywhere
