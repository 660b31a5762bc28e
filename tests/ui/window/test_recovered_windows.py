"""After a crash: the recovered document is what the user asked for, so it comes first."""

from __future__ import annotations

from pathlib import Path

from klantreis_desktop import storage, templates
from klantreis_desktop.model import operations as ops
from klantreis_desktop.ui.app import open_windows
from klantreis_desktop.ui.dialogs.recovery_dialog import RestoredDocument
from klantreis_desktop.ui.window.main_window import WINDOWS, MainWindow


def _close_all() -> None:
    for window in list(WINDOWS):
        if window.session is not None:
            window.session.stack.setClean()
        window.close()


def test_a_recovered_file_is_not_opened_twice_and_comes_to_the_front(qapp, settings,
                                                                       tmp_path: Path):
    path = tmp_path / "dag.klantreis"
    storage.save(templates.build_sample("schoonmaak", "en"), path)
    recovered = storage.read(path).document
    journey = recovered.journeys()[0]
    phase, lane = recovered.phases(journey)[0], recovered.lanes(journey)[0]
    recovered.apply(ops.add_card(recovered, "touchpoint", phase, lane, "Typed before the crash"))
    restored = RestoredDocument(recovered, "dag", path.resolve(), "session-1")
    try:
        windows = open_windows([str(path)], settings, restored=[restored])
        showing = [w for w in windows if w.session is not None]
        assert len(showing) == 1, "the file on disk is not opened beside its newer copy"
        assert showing[0].session.doc is recovered
        # Coming to the front is proven in the real window (tests/acceptance/day.py).
    finally:
        _close_all()


def test_a_recovered_document_locks_its_file_or_becomes_read_only(qapp, settings,
                                                                  tmp_path: Path) -> None:
    """The crashed run's lock is stale and taken over; a lock someone else made since is
    never taken: then Save asks for a new name."""
    import json

    from klantreis_desktop.storage import locks

    mine, theirs = tmp_path / "mijn.klantreis", tmp_path / "van-sanne.klantreis"
    for path in (mine, theirs):
        storage.save(templates.build_sample("schoonmaak", "en"), path)
    locks.lock_path(theirs).write_text(json.dumps({
        "format": locks.LOCK_FORMAT, "host": "laptop-van-sanne", "user": "sanne", "pid": 7,
        "since": "2026-11-05T09:00:00+01:00", "token": "hers"}))
    restored = [RestoredDocument(storage.read(path).document, path.stem, path.resolve(),
                                 f"session-{path.stem}") for path in (mine, theirs)]
    try:
        windows = open_windows([], settings, restored=restored)
        by_path = {w.session.path: w for w in windows if w.session is not None}
        kept = by_path[mine.resolve()]
        assert kept.session.lock is not None and not kept.session.read_only
        assert locks.read_lock(mine).token == kept.session.lock.info.token
        guarded = by_path[theirs.resolve()]
        assert guarded.session.read_only and guarded.session.lock is None
        assert "(read-only)" in guarded.windowTitle()
        assert locks.read_lock(theirs).token == "hers"
    finally:
        _close_all()
    assert locks.read_lock(mine) is None


def test_recovered_work_stays_in_front_of_files_that_arrive_later(qtbot, qapp, settings,
                                                                  tmp_path: Path) -> None:
    """The command line's file is read in the background; the restored document is
    shown once it has arrived, in a window of its own, so what the person chose to get
    back in the recovery dialog is the last window shown and the active one (the
    acceptance day types into it; raising it before the file's window appeared lost the
    race under load)."""
    from PySide6.QtWidgets import QApplication

    other = tmp_path / "ander.klantreis"
    storage.save(templates.build_sample("schoonmaak", "en"), other)
    path = tmp_path / "dag.klantreis"
    storage.save(templates.build_template("5a", "en"), path)
    restored = RestoredDocument(storage.read(path).document, "dag", path.resolve(),
                                "session-1")

    def restored_window() -> MainWindow | None:
        return next((w for w in WINDOWS if w.session is not None
                     and w.session.doc is restored.document), None)

    try:
        open_windows([str(other)], settings, restored=[restored])
        qtbot.waitUntil(lambda: any(w.session is not None and w.session.path == other.resolve()
                                    for w in WINDOWS), timeout=30_000)
        qtbot.waitUntil(lambda: restored_window() is not None, timeout=30_000)
        assert not any(w.files.opening() for w in WINDOWS)
        back = restored_window()
        assert back is not None and WINDOWS[-1] is back  # shown after the file's window
        qtbot.waitUntil(lambda: QApplication.activeWindow() is back, timeout=30_000)
        qapp.processEvents()
        assert QApplication.activeWindow() is back
    finally:
        _close_all()
