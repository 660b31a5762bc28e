"""Start-up says it is done (one line in Qt's log, for the benchmarks) only once the
command line's file has arrived and its journey is on the canvas, never at the first
paint of the still empty window."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from klantreis_desktop import storage
from klantreis_desktop.ui import ready_mark
from klantreis_desktop.ui.app import open_windows
from klantreis_desktop.ui.window.main_window import WINDOWS

WAIT_MS = 30_000


@pytest.fixture
def fresh_mark(monkeypatch):
    """A process that has not said it yet; records what the window showed when it did."""
    monkeypatch.setattr(ready_mark, "_said", False)
    seen: list[tuple[bool, bool, int]] = []
    real = ready_mark.say_ready

    def say() -> None:
        window = WINDOWS[0] if WINDOWS else None
        scene = window.tabs.current_scene() if window is not None else None
        session = window.session if window is not None else None
        seen.append((session is not None, session is not None and session.path is not None,
                     len(scene.cards) if scene else 0))
        real()

    monkeypatch.setattr(ready_mark, "say_ready", say)
    return seen


def test_ready_is_said_after_the_file_is_on_the_canvas(qtbot, settings, sample_file: Path,
                                                       monkeypatch, fresh_mark) -> None:
    release = threading.Event()
    real_read = storage.read

    def slow_read(path, cancelled=None):
        release.wait(WAIT_MS / 1000)
        return real_read(path, cancelled=cancelled)

    monkeypatch.setattr(storage, "read", slow_read)
    try:
        windows = open_windows([str(sample_file)], settings)
        first = windows[0]
        for _ in range(50):
            QApplication.processEvents()
        assert not ready_mark.said(), "the window is still empty: not ready"
        release.set()
        qtbot.waitUntil(ready_mark.said, timeout=WAIT_MS)
        cards = first.session.doc.cards(first.tabs.current_journey())
        assert cards and fresh_mark == [(True, True, len(cards))]
    finally:
        release.set()
        for window in list(WINDOWS):
            if window.session is not None:
                window.session.stack.setClean()
            window.close()


def test_ready_is_said_once_for_a_new_map(qtbot, settings, fresh_mark) -> None:
    try:
        open_windows([], settings)
        qtbot.waitUntil(ready_mark.said, timeout=WAIT_MS)
        for _ in range(20):
            QApplication.processEvents()
        assert len(fresh_mark) == 1 and fresh_mark[0][0], "said once the new map is shown"
    finally:
        for window in list(WINDOWS):
            if window.session is not None:
                window.session.stack.setClean()
            window.close()
