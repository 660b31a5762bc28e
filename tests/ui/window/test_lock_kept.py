"""While a window has a file open for editing, the file stays locked (review item 1):
after "Open anyway" in a second window and that window closing, the first window locks
the file again, so a third is warned."""

from __future__ import annotations

from pathlib import Path

from klantreis_desktop.storage import locks
from klantreis_desktop.ui.window.main_window import MainWindow
from tests.ui.window.test_two_instances import foreign_lock

WAIT_MS = 30_000


def open_anyway(qtbot, make_window, boxes, monkeypatch, path: Path) -> tuple[MainWindow,
                                                                            MainWindow]:
    first = make_window()
    assert first.files.open_path(path, wait=True)
    monkeypatch.setattr(MainWindow, "window_showing", lambda self, p: None)
    second = make_window()
    boxes.answer("document_locked_box", "locked_anyway")
    second.files.open_path(path)
    qtbot.waitUntil(lambda: not second.files.opening(), timeout=WAIT_MS)
    assert locks.read_lock(path).token == second.session.lock.info.token
    return first, second


def test_the_first_window_locks_again_when_the_one_that_took_over_closes(
        qtbot, make_window, boxes, monkeypatch, sample_file: Path) -> None:
    first, second = open_anyway(qtbot, make_window, boxes, monkeypatch, sample_file)
    second.close()
    # The folder watcher reports the lock file going; the first window takes it again.
    qtbot.waitUntil(lambda: (held := locks.read_lock(sample_file)) is not None
                    and first.session.lock is not None
                    and held.token == first.session.lock.info.token, timeout=WAIT_MS)
    assert first.session.lock.held()

    # A third window (another instance) is warned again.
    third = make_window()
    boxes.answer("document_locked_box", "locked_cancel")
    third.files.open_path(sample_file)
    qtbot.waitUntil(lambda: not third.files.opening(), timeout=WAIT_MS)
    assert boxes.asked and boxes.asked[-1][0] == "document_locked_box"
    first.close()
    assert locks.read_lock(sample_file) is None


def test_the_lock_is_checked_without_watcher_events_too(
        qtbot, make_window, boxes, monkeypatch, sample_file: Path) -> None:
    """On a network share no event may come: the periodic check takes the lock again."""
    first = make_window()
    assert first.files.open_path(sample_file, wait=True)
    assert first.disk_watch._lock_timer.isActive()
    first.disk_watch.watcher.blockSignals(True)  # a share that reports nothing
    locks.lock_path(sample_file).unlink()
    assert first.disk_watch.keep_lock()  # what the timer calls
    assert locks.read_lock(sample_file).token == first.session.lock.info.token


def test_a_lock_someone_else_holds_now_stays_theirs(
        qtbot, make_window, boxes, monkeypatch, sample_file: Path) -> None:
    first, second = open_anyway(qtbot, make_window, boxes, monkeypatch, sample_file)
    assert not first.disk_watch.keep_lock()
    assert locks.read_lock(sample_file).token == second.session.lock.info.token
    # Another laptop opened it anyway after the second closed: theirs, too.
    second.close()
    first.disk_watch.watcher.blockSignals(True)
    locks.lock_path(sample_file).unlink(missing_ok=True)
    foreign_lock(sample_file)
    assert not first.disk_watch.keep_lock()
    assert locks.read_lock(sample_file).token == "hers"
