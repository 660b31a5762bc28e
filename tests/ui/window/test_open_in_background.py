"""Opening reads the file on a worker thread: the window keeps painting, a progress dialog
with Cancel appears when it takes a while, Cancel leaves everything as it was, and the
document lands in the window it was meant for."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton

from klantreis_desktop import storage
from klantreis_desktop.model import operations as ops
from klantreis_desktop.storage import OpenCancelled, locks
from klantreis_desktop.storage.errors import read_error
from klantreis_desktop.ui.app import open_windows
from klantreis_desktop.ui.window import open_jobs
from klantreis_desktop.ui.window.main_window import WINDOWS, MainWindow

WAIT_MS = 30_000


class SlowRead:
    """``storage.read`` that waits (on a worker thread) until the test lets it go, asking
    ``cancelled`` as the real reader does between the parts of a file."""

    def __init__(self) -> None:
        self.real = storage.read
        self.release = threading.Event()
        self.started = threading.Event()
        self.ended = threading.Event()
        self.threads: list[str] = []
        self.outcome = ""

    def __call__(self, path, cancelled=None):
        self.threads.append(threading.current_thread().name)
        self.started.set()
        try:
            while not self.release.wait(0.005):
                if cancelled is not None and cancelled():
                    self.outcome = "cancelled"
                    error = read_error("cancelled", path)
                    raise OpenCancelled(error.code, error.message)
            self.outcome = "read"
            return self.real(path, cancelled=cancelled)
        finally:
            self.ended.set()


@pytest.fixture
def slow(monkeypatch) -> SlowRead:
    reader = SlowRead()
    monkeypatch.setattr(storage, "read", reader)
    yield reader
    reader.release.set()


def progress_of(window: MainWindow) -> QProgressDialog | None:
    dialogs = [d for d in window.findChildren(QProgressDialog, "open_progress")
               if d.isVisible()]
    return dialogs[0] if dialogs else None


def test_a_slow_file_leaves_the_window_responsive_and_lands_in_it(
        qtbot, make_window, sample_file: Path, slow: SlowRead) -> None:
    window = make_window()
    assert window.files.open_path(sample_file)  # returns at once: the read has only started
    assert window.session is None and window.files.opening()
    assert slow.started.wait(10)
    # The GUI thread keeps processing events while the worker reads: timers fire, ...
    ticks: list[int] = []
    timer = QTimer(window)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=WAIT_MS)
    # ... the window still paints, and after a moment the progress dialog shows, named.
    window.repaint()
    qtbot.waitUntil(lambda: progress_of(window) is not None, timeout=WAIT_MS)
    dialog = progress_of(window)
    assert "sample.klantreis" in dialog.labelText()
    assert window.session is None
    timer.stop()

    slow.release.set()
    qtbot.waitUntil(lambda: window.session is not None, timeout=WAIT_MS)
    assert slow.threads and slow.threads[0] != threading.current_thread().name
    assert window.session.path == sample_file.resolve()
    assert progress_of(window) is None and not window.files.opening()
    assert window.session.lock is not None and window.session.stamp is not None
    assert window.settings.recent_files()[0] == sample_file.resolve()


def test_cancel_stops_reading_and_leaves_everything_as_it_was(
        qtbot, window: MainWindow, tmp_path: Path, slow: SlowRead) -> None:
    window.session.push(ops.update(window.session.doc, window.tabs.current_journey(),
                                   title="Work in progress"))
    session, windows = window.session, list(WINDOWS)
    other = tmp_path / "other.klantreis"
    storage.save(window.session.doc, other)
    assert window.files.open_path(other)
    qtbot.waitUntil(lambda: progress_of(window) is not None, timeout=WAIT_MS)
    progress_of(window).findChild(QPushButton).click()  # Cancel
    assert slow.ended.wait(10) and slow.outcome == "cancelled"
    qtbot.waitUntil(lambda: not window.files.opening(), timeout=WAIT_MS)
    QApplication.processEvents()
    errors = [w for w in QApplication.topLevelWidgets()
              if isinstance(w, QMessageBox) and w.isVisible()]
    assert not errors, "a cancelled open is not an error"
    assert window.session is session and window.isWindowModified()
    assert list(WINDOWS) == windows
    assert progress_of(window) is None
    assert locks.read_lock(other) is None, "no lock is left on the file not opened"


def test_a_file_read_after_cancel_is_dropped(qtbot, make_window, sample_file: Path,
                                             slow: SlowRead) -> None:
    """Cancel pressed just as the worker finished: nothing is shown, no lock stays."""
    window = make_window()
    window.files.open_path(sample_file)
    assert slow.started.wait(10)
    job = window.files._job
    slow.release.set()
    assert slow.ended.wait(10)
    job.cancel()
    qtbot.waitUntil(lambda: not window.files.opening(), timeout=WAIT_MS)
    open_jobs.shut_down()  # the worker has handed over its outcome
    QApplication.processEvents()
    QApplication.processEvents()
    assert window.session is None
    assert locks.read_lock(sample_file) is None


def test_a_busy_window_gets_the_file_in_a_new_window(qtbot, window: MainWindow,
                                                     tmp_path: Path) -> None:
    window.session.push(ops.update(window.session.doc, window.tabs.current_journey(),
                                   title="Keep me"))
    other = tmp_path / "other.klantreis"
    storage.save(window.session.doc, other)
    count = len(WINDOWS)
    window.files.open_path(other)
    qtbot.waitUntil(lambda: len(WINDOWS) == count + 1, timeout=WAIT_MS)
    assert WINDOWS[-1].session.path == other.resolve()
    assert window.session.path.name == "sample.klantreis" and window.isWindowModified()


def test_files_dropped_together_open_one_after_the_other(qtbot, make_window,
                                                         tmp_path: Path) -> None:
    from klantreis_desktop import templates

    paths = []
    for name in ("een", "twee", "drie"):
        path = tmp_path / f"{name}.klantreis"
        storage.save(templates.build_template("5a", "nl"), path)
        paths.append(path)
    window = make_window()
    count = len(WINDOWS)
    for path in paths:
        window.files.open_path(path)
    window.files.open_path(paths[0])  # the same file twice: once
    qtbot.waitUntil(lambda: not window.files.opening() and len(WINDOWS) == count + 2,
                    timeout=WAIT_MS)
    shown = [w.session.path for w in WINDOWS if w.session is not None]
    assert shown.count(paths[0].resolve()) == 1
    assert window.session.path == paths[0].resolve()  # the first one took the empty window
    assert {p.resolve() for p in paths} <= set(shown)


def test_an_unreadable_file_shows_the_storage_sentence(qtbot, window: MainWindow, dialogs,
                                                       tmp_path: Path) -> None:
    bad = tmp_path / "kapot.klantreis"
    bad.write_bytes(b"PK\x03\x04 not a zip")
    session = window.session
    dialogs.answer(QMessageBox.StandardButton.Ok)
    window.files.open_path(bad)
    qtbot.waitUntil(lambda: bool(dialogs.texts), timeout=WAIT_MS)
    with pytest.raises(storage.KlantreisFileError) as refused:
        storage.read(bad)
    assert dialogs.texts[0] == str(refused.value)
    assert window.session is session


def test_files_on_the_command_line_open_in_the_background(qtbot, settings,
                                                          sample_file: Path) -> None:
    try:
        windows = open_windows([str(sample_file)], settings)
        first = windows[0]
        qtbot.waitUntil(lambda: first.session is not None and first.session.path is not None,
                        timeout=WAIT_MS)
        assert first.session.path == sample_file.resolve()
        assert len(WINDOWS) == 1, "no template window beside the file"
    finally:
        _close_all()


def test_a_command_line_file_that_fails_leaves_a_new_map_not_an_empty_window(
        qtbot, settings, tmp_path: Path, dialogs) -> None:
    missing = tmp_path / "weg.klantreis"
    dialogs.answer(QMessageBox.StandardButton.Ok)
    try:
        windows = open_windows([str(missing)], settings)
        first = windows[0]
        qtbot.waitUntil(lambda: first.session is not None, timeout=WAIT_MS)
        assert first.session.path is None and first.session.doc.journeys()
        assert dialogs.texts and "weg.klantreis" in dialogs.texts[0]
    finally:
        _close_all()


def _close_all() -> None:
    for window in list(WINDOWS):
        if window.session is not None:
            window.session.stack.setClean()
        window.close()
