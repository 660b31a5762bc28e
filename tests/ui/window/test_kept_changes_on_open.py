"""Opening a file whose newer, unsaved changes a stopped run kept asks first (review s7).

The reviewer chose "Decide later" in the recovery dialog, then opened the same file from
Open Recent: the older saved version opened silently, and editing it made two diverging
versions. Every way of opening a file (Open, Open Recent, the command line, a drop) goes
through ``FileActions.open_path``; whichever it is, the person now chooses: restore the
kept changes, open the saved version (the copy stays for later), or cancel. Real files, a
real crashed run's folder (its process gone), real windows.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from klantreis_desktop import storage, templates
from klantreis_desktop.model import operations as ops
from klantreis_desktop.storage.autosave import AutosaveStore, discard, find_recoveries
from klantreis_desktop.ui.app import open_windows
from klantreis_desktop.ui.window.autosave_controller import process_store
from klantreis_desktop.ui.window.main_window import WINDOWS, MainWindow
from tests.ui.test_autosave_ui import _crash

WAIT_MS = 30_000
TYPED = "Typed before the crash"


def _pending() -> list:
    store = process_store()
    return find_recoveries(store.folder, exclude_run=store.run)


@pytest.fixture
def trip(tmp_path: Path) -> Iterator[Path]:
    """trip.klantreis on disk, and a newer copy of it (one card more) that a run killed
    with unsaved edits left in the autosave folder."""
    path = tmp_path / "trip.klantreis"
    storage.save(templates.build_sample("schoonmaak", "en"), path)
    newer = storage.read(path).document
    journey = newer.journeys()[0]
    newer.apply(ops.add_card(newer, "touchpoint", newer.phases(journey)[0],
                             newer.lanes(journey)[0], TYPED))
    crashed = AutosaveStore(process_store().folder)
    crashed.write_document("killed", newer, "trip", path.resolve())
    _crash(crashed)
    assert len(_pending()) == 1
    yield path
    for recovery in _pending():
        discard(recovery)


def _titles(window: MainWindow) -> set[str]:
    session = window.session
    assert session is not None
    return {session.doc.title(card) for card in session.doc.cards(session.doc.journeys()[0])}


def _showing(path: Path) -> MainWindow | None:
    return next((w for w in WINDOWS if w.session is not None
                 and w.session.path == path.resolve()), None)


def test_restore_brings_back_the_kept_changes_marked_unsaved(make_window, boxes,
                                                             trip: Path) -> None:
    window = make_window()
    boxes.answer("kept_changes_box", "kept_restore")
    assert window.files.open_path(trip, wait=True)
    name, text = boxes.asked[0]
    assert "trip.klantreis" in text
    shown = _showing(trip)
    assert shown is not None and shown.session is not None
    assert TYPED in _titles(shown)
    assert shown.session.modified and shown.isWindowModified()
    assert shown.session.lock is not None  # the file is this window's again
    assert _pending() == []  # the copy now belongs to this run ...
    assert shown.autosave is not None and process_store().has_copy(shown.autosave.session_id)
    assert shown.files.save()  # ... and saving writes it where it came from
    assert TYPED in {storage.load(trip).title(c) for c in storage.load(trip).cards(
        storage.load(trip).journeys()[0])}


def test_open_the_saved_version_keeps_the_copy_for_later(make_window, boxes,
                                                         trip: Path) -> None:
    window = make_window()
    boxes.answer("kept_changes_box", "kept_saved")
    assert window.files.open_path(trip, wait=True)
    shown = _showing(trip)
    assert shown is not None and shown.session is not None
    assert TYPED not in _titles(shown) and not shown.session.modified
    [kept] = _pending()
    assert kept.offered  # the next offer will not speak of a crash


def test_cancel_opens_nothing_and_keeps_the_copy(make_window, boxes, trip: Path) -> None:
    window = make_window()
    boxes.answer("kept_changes_box", "kept_cancel")
    assert not window.files.open_path(trip, wait=True)
    assert _showing(trip) is None and window.session is None
    assert len(_pending()) == 1


def test_open_recent_in_the_background_asks_too(qtbot, make_window, boxes,
                                                trip: Path) -> None:
    window = make_window()
    window.settings.add_recent(trip.resolve())
    window.files.fill_recent_menu()
    boxes.answer("kept_changes_box", "kept_restore")
    action = window.window_actions.recent_menu.actions()[0]
    assert action.toolTip() == str(trip.resolve())
    action.trigger()
    qtbot.waitUntil(lambda: _showing(trip) is not None, timeout=WAIT_MS)
    shown = _showing(trip)
    assert shown is not None and TYPED in _titles(shown)


def test_a_dropped_file_asks_too(qtbot, make_window, boxes, trip: Path) -> None:
    window = make_window()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(trip))])
    point = QPoint(window.width() // 2, window.height() // 2)
    for kind in (QDragEnterEvent, QDropEvent):
        QApplication.sendEvent(window, kind(point, Qt.DropAction.CopyAction, mime,
                                            Qt.MouseButton.LeftButton,
                                            Qt.KeyboardModifier.NoModifier))
    boxes.answer("kept_changes_box", "kept_saved")
    qtbot.waitUntil(lambda: _showing(trip) is not None, timeout=WAIT_MS)
    assert len(_pending()) == 1


def test_the_command_line_asks_too(qtbot, settings, boxes, trip: Path) -> None:
    boxes.answer("kept_changes_box", "kept_restore")
    try:
        open_windows([str(trip)], settings)
        qtbot.waitUntil(lambda: _showing(trip) is not None, timeout=WAIT_MS)
        shown = _showing(trip)
        assert shown is not None and TYPED in _titles(shown)
        assert shown.session is not None and shown.session.modified
    finally:
        for window in list(WINDOWS):
            if window.session is not None:
                window.session.stack.setClean()
            window.close()


def test_a_file_without_kept_changes_opens_without_a_question(make_window, boxes,
                                                              sample_file: Path) -> None:
    window = make_window()
    assert window.files.open_path(sample_file, wait=True)
    assert boxes.asked == []


def test_a_copy_older_than_the_file_opens_apart_and_never_over_it(make_window, boxes,
                                                                  trip: Path) -> None:
    """Review s7, data loss: the copy kept with "Decide later", the file then saved
    again, the copy restored and Ctrl+S wrote it over the later save. A copy older than
    its file says so, opens as a separate untitled document, and Save asks where."""
    import os

    (copy,) = _pending()
    later = copy.saved_at + 300
    os.utime(trip, (later, later))
    saved = trip.read_bytes()
    window = make_window()
    boxes.answer("kept_changes_box", "kept_restore")
    assert window.files.open_path(trip, wait=True)
    shown = next(w for w in WINDOWS if w.session is not None and TYPED in _titles(w))
    assert shown.session is not None and shown.session.path is None  # not tied to trip
    assert "saved again later" in shown.statusBar().currentMessage()
    assert shown.session.modified
    assert trip.read_bytes() == saved
