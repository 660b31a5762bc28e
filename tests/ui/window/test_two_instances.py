"""Two windows (two app instances, two laptops) on one file: no saved change is ever lost
without a question. A second instance is played by a second window that does not know
about the first (``window_showing`` finds nothing), another laptop by a lock file with
another host name."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from klantreis_desktop import storage
from klantreis_desktop.model import operations as ops
from klantreis_desktop.storage import KlantreisFileError, locks
from klantreis_desktop.ui.window.main_window import WINDOWS, MainWindow

WAIT_MS = 30_000


@pytest.fixture
def second_instance(monkeypatch) -> None:
    """Windows that open a file whatever other windows show (as another process would)."""
    monkeypatch.setattr(MainWindow, "window_showing", lambda self, path: None)


@pytest.fixture
def save_dialog(monkeypatch):
    """The Save As dialog answers with the path the test puts in ``answers``."""
    answers: list[Path] = []

    def chosen(*_args, **_kwargs):
        return (str(answers.pop(0)), "") if answers else ("", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(chosen))
    return answers


def journey_title(window: MainWindow) -> str:
    doc = window.session.doc
    return doc.title(doc.journeys()[0])


def retitle(window: MainWindow, title: str) -> None:
    doc = window.session.doc
    window.session.push(ops.update(doc, doc.journeys()[0], title=title))


def title_on_disk(path: Path) -> str:
    doc = storage.read(path).document
    return doc.title(doc.journeys()[0])


def open_in(qtbot, window: MainWindow, path: Path) -> None:
    window.files.open_path(path)
    qtbot.waitUntil(lambda: not window.files.opening(), timeout=WAIT_MS)


def foreign_lock(path: Path, host: str = "laptop-van-sanne", pid: int = 4242) -> Path:
    """A lock file as another computer (or process) writes it."""
    since = (dt.datetime.now().astimezone() - dt.timedelta(hours=3)).isoformat(
        timespec="seconds")
    file = locks.lock_path(path)
    file.write_text(json.dumps({
        "format": locks.LOCK_FORMAT, "version": 1, "user": "sanne", "host": host,
        "pid": pid, "since": since, "app_version": "1.0", "token": "hers",
        "process_start": None}))
    return file


def test_the_second_instance_asks_opens_read_only_and_is_offered_a_reload(
        qtbot, make_window, sample_file: Path, second_instance, boxes, save_dialog,
        tmp_path: Path) -> None:
    first = make_window()
    assert first.files.open_path(sample_file, wait=True)
    ours = locks.read_lock(sample_file)
    assert ours is not None and ours.mine and ours.token == first.session.lock.info.token

    second = make_window()
    boxes.answer("document_locked_box", "locked_read_only")
    open_in(qtbot, second, sample_file)
    assert boxes.asked and "already open on this computer" in boxes.asked[0][1]
    assert second.session is not None and second.session.read_only
    assert second.session.lock is None
    assert "(read-only)" in second.windowTitle()
    assert locks.read_lock(sample_file).token == ours.token, "the first keeps its lock"

    # The first saves: the second (no edits) is offered a reload, and reloads.
    retitle(first, "Saved by the first")
    assert first.files.save()
    qtbot.waitUntil(lambda: second.disk_bar.offering_reload, timeout=WAIT_MS)
    assert not second.disk_bar.isHidden()
    second.disk_bar.reload_button.click()
    qtbot.waitUntil(lambda: journey_title(second) == "Saved by the first", timeout=WAIT_MS)
    assert second.session.read_only and second.disk_bar.isHidden()
    assert not second.isWindowModified()

    # Again (the watcher follows the file through every atomic replace).
    retitle(first, "Saved again")
    assert first.files.save()
    qtbot.waitUntil(lambda: second.disk_bar.offering_reload, timeout=WAIT_MS)

    # The second edits: the bar no longer offers to drop the edits by reloading.
    retitle(second, "Typed in the read-only window")
    assert not second.disk_bar.offering_reload and not second.disk_bar.isHidden()

    # Save in the read-only window is Save As; the file the first has open is refused.
    save_dialog.append(sample_file)
    boxes.answer("file_error_box", "")
    assert not second.files.save()
    assert boxes.asked[-1][0] == "file_error_box"
    assert "already open on this computer" in boxes.asked[-1][1]
    assert title_on_disk(sample_file) == "Saved again"

    # Under a name of its own it saves, and holds that file's lock.
    copy = tmp_path / "mijn-versie.klantreis"
    save_dialog.append(copy)
    assert second.files.save()
    assert title_on_disk(copy) == "Typed in the read-only window"
    assert title_on_disk(sample_file) == "Saved again"
    assert not second.session.read_only and "(read-only)" not in second.windowTitle()
    assert locks.read_lock(copy).token == second.session.lock.info.token

    # Closing lets go of the locks.
    first.close()
    second.close()
    assert locks.read_lock(sample_file) is None and locks.read_lock(copy) is None


def test_saving_over_a_file_changed_elsewhere_always_asks(
        qtbot, make_window, sample_file: Path, second_instance, boxes, save_dialog,
        tmp_path: Path) -> None:
    first = make_window()
    assert first.files.open_path(sample_file, wait=True)
    second = make_window()
    boxes.answer("document_locked_box", "locked_anyway")
    open_in(qtbot, second, sample_file)
    assert not second.session.read_only
    assert locks.read_lock(sample_file).token == second.session.lock.info.token

    retitle(first, "Edits of the first")  # unsaved when the second saves
    retitle(second, "Saved by the second")
    assert second.files.save()
    qtbot.waitUntil(lambda: not first.disk_bar.isHidden(), timeout=WAIT_MS)
    assert not first.disk_bar.offering_reload, "edits here: marked, no reload offered"
    assert first.session.changed_on_disk

    # Cancel: nothing written.
    boxes.answer("changed_on_disk_box", "changed_cancel")
    assert not first.files.save()
    assert title_on_disk(sample_file) == "Saved by the second"
    assert first.isWindowModified()

    # Show the version on disk: a read-only window with the second's work; nothing written.
    count = len(WINDOWS)
    boxes.answer("changed_on_disk_box", "changed_compare")
    assert not first.files.save()
    qtbot.waitUntil(lambda: len(WINDOWS) == count + 1 and WINDOWS[-1].session is not None,
                    timeout=WAIT_MS)
    shown = WINDOWS[-1]
    assert shown.session.read_only and journey_title(shown) == "Saved by the second"
    assert title_on_disk(sample_file) == "Saved by the second"
    shown.close()

    # Save as a copy: both versions kept.
    copy = tmp_path / "kopie.klantreis"
    save_dialog.append(copy)
    boxes.answer("changed_on_disk_box", "changed_copy")
    assert first.files.save()
    assert title_on_disk(copy) == "Edits of the first"
    assert title_on_disk(sample_file) == "Saved by the second"
    assert first.session.path == copy.resolve()


def test_overwrite_is_a_choice_never_a_default(qtbot, make_window, sample_file: Path,
                                               second_instance, boxes) -> None:
    first = make_window()
    assert first.files.open_path(sample_file, wait=True)
    second = make_window()
    boxes.answer("document_locked_box", "locked_anyway")
    open_in(qtbot, second, sample_file)
    retitle(second, "Saved by the second")
    assert second.files.save()
    retitle(first, "The first overwrites")
    boxes.answer("changed_on_disk_box", "changed_overwrite")
    assert first.files.save()
    assert [name for name, _text in boxes.asked] == ["document_locked_box",
                                                     "changed_on_disk_box"]
    assert title_on_disk(sample_file) == "The first overwrites"
    # ... and the second, saving again, is asked in its turn.
    retitle(second, "The second again")
    boxes.answer("changed_on_disk_box", "changed_cancel")
    assert not second.files.save()
    assert title_on_disk(sample_file) == "The first overwrites"


def test_a_touched_file_with_the_same_bytes_is_no_change(qtbot, window: MainWindow,
                                                         sample_file: Path, boxes) -> None:
    import os

    info = sample_file.stat()
    os.utime(sample_file, ns=(info.st_atime_ns, info.st_mtime_ns + 5_000_000_000))
    assert not window.disk_watch.check()
    retitle(window, "Saved without a question")
    assert window.files.save() and not boxes.asked


@pytest.mark.parametrize("answer", ["cancel", "copy", "anyway", "read_only"])
def test_a_lock_from_another_computer_is_never_taken_silently(
        qtbot, make_window, sample_file: Path, boxes, answer: str) -> None:
    theirs = foreign_lock(sample_file)
    window = make_window()
    boxes.answer("document_locked_box", f"locked_{answer}")
    open_in(qtbot, window, sample_file)
    assert boxes.asked and "laptop-van-sanne" in boxes.asked[0][1]
    holder = locks.read_lock(sample_file)
    if answer == "cancel":
        assert window.session is None
        assert holder.token == "hers"
    elif answer == "copy":
        assert window.session.path is None and window.isWindowModified()
        assert holder.token == "hers"
        assert journey_title(window) == title_on_disk(sample_file)
    elif answer == "read_only":
        assert window.session.read_only and holder.token == "hers"
    else:
        assert window.session.lock is not None and holder.token == window.session.lock.info.token
        window.close()
        assert not theirs.exists()


def test_a_stale_lock_of_this_computer_is_taken_over_silently(qtbot, make_window,
                                                              sample_file: Path,
                                                              boxes) -> None:
    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                           capture_output=True, text=True, check=True)
    foreign_lock(sample_file, host=locks.host_name(), pid=int(ended.stdout))
    window = make_window()
    open_in(qtbot, window, sample_file)
    assert not boxes.asked
    assert window.session is not None and not window.session.read_only
    assert locks.read_lock(sample_file).token == window.session.lock.info.token


def test_a_lock_that_cannot_be_made_opens_with_a_note(qtbot, make_window, sample_file: Path,
                                                      monkeypatch, boxes) -> None:
    refusal = KlantreisFileError("read_only", "Niet als geopend gemarkeerd.")

    def refuse(*_args, **_kwargs):
        raise refusal

    monkeypatch.setattr(locks, "acquire", refuse)
    window = make_window()
    open_in(qtbot, window, sample_file)
    assert window.session is not None and window.session.lock is None
    assert not window.session.read_only and not boxes.asked
    assert window.statusBar().currentMessage() == str(refusal)


def test_save_as_takes_the_new_lock_and_frees_the_old(window: MainWindow, sample_file: Path,
                                                      tmp_path: Path) -> None:
    other = tmp_path / "elders.klantreis"
    assert window.files.save_to(other)
    assert locks.read_lock(sample_file) is None
    assert locks.read_lock(other).token == window.session.lock.info.token


def test_save_as_onto_a_file_open_elsewhere_is_refused(window: MainWindow, tmp_path: Path,
                                                       boxes) -> None:
    other = tmp_path / "van-sanne.klantreis"
    storage.save(window.session.doc, other)
    foreign_lock(other)
    before = other.read_bytes()
    boxes.answer("file_error_box", "")
    assert not window.files.save_to(other)
    assert "laptop-van-sanne" in boxes.asked[0][1]
    assert other.read_bytes() == before
    assert locks.read_lock(other).token == "hers"


def test_saving_locks_the_file_again_once_whoever_took_it_over_has_gone(
        qtbot, make_window, sample_file: Path, second_instance, boxes, save_dialog,
        tmp_path: Path) -> None:
    """The second opens the file anyway (the lock becomes theirs), then saves elsewhere
    and lets go of it: the first, still editing the file, locks it again on its next save,
    so a third window is warned. While the second still holds it, it stays theirs."""
    first = make_window()
    assert first.files.open_path(sample_file, wait=True)
    second = make_window()
    boxes.answer("document_locked_box", "locked_anyway")
    open_in(qtbot, second, sample_file)
    theirs = second.session.lock.info.token
    retitle(first, "Saved while the second holds the lock")
    assert first.files.save()
    assert locks.read_lock(sample_file).token == theirs  # not taken back from them
    assert second.files.save_to(tmp_path / "elders.klantreis")
    assert locks.read_lock(sample_file) is None  # the second let go of it
    retitle(first, "Saved after the second has gone")
    assert first.files.save()
    holder = locks.read_lock(sample_file)
    assert holder is not None and holder.token == first.session.lock.info.token
    third = make_window()
    boxes.answer("document_locked_box", "locked_cancel")
    open_in(qtbot, third, sample_file)
    assert third.session is None
    first.close()
    assert locks.read_lock(sample_file) is None
