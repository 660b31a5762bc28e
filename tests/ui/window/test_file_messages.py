"""Every file error the window shows is storage's translated sentence: never the operating
system's English ("No space left on device") inside a Dutch window."""

from __future__ import annotations

import builtins
import errno
import io
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from klantreis_desktop import i18n
from klantreis_desktop.model import operations as ops
from klantreis_desktop.storage import atomic
from klantreis_desktop.storage.errors import read_error, write_error
from klantreis_desktop.ui.window.main_window import MainWindow

WAIT_MS = 30_000


@pytest.fixture
def dutch() -> None:
    i18n.set_language("nl")


@pytest.fixture
def disk_full(monkeypatch) -> None:
    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic, "write_atomic", full)


def test_a_failed_save_says_why_in_dutch(window: MainWindow, dialogs, dutch, disk_full,
                                         tmp_path: Path) -> None:
    target = tmp_path / "vol.klantreis"
    dialogs.answer(QMessageBox.StandardButton.Ok)
    assert not window.files.save_to(target)
    assert dialogs.texts == [write_error("disk_full", target).message]
    assert "schijf vol" in dialogs.texts[0] and "No space" not in dialogs.texts[0]


def test_a_failed_autosave_says_why_in_dutch_in_the_status_bar(
        qtbot, window: MainWindow, dutch, disk_full) -> None:
    doc = window.session.doc
    window.session.push(ops.update(doc, doc.journeys()[0], title="Net getypt"))
    assert not window.autosave.flush()
    qtbot.waitUntil(lambda: bool(window.statusBar().currentMessage()), timeout=WAIT_MS)
    message = window.statusBar().currentMessage()
    assert message.endswith(write_error("disk_full", "sample").message)  # the document's name
    assert "schijf vol" in message and "No space" not in message and "lock.json" not in message


def test_a_file_that_may_not_be_read_says_so_in_dutch(qtbot, window: MainWindow, dialogs,
                                                     dutch, monkeypatch,
                                                     sample_file: Path, tmp_path: Path) -> None:
    locked = tmp_path / "van-een-ander.klantreis"
    locked.write_bytes(sample_file.read_bytes())
    real_open = builtins.open

    def guarded(file, *args, **kwargs):
        if str(file) == str(locked):
            raise PermissionError(errno.EACCES, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded)
    monkeypatch.setattr(io, "open", guarded)
    dialogs.answer(QMessageBox.StandardButton.Ok)
    window.files.open_path(locked)
    qtbot.waitUntil(lambda: bool(dialogs.texts), timeout=WAIT_MS)
    assert dialogs.texts == [read_error("permission", locked).message]
    assert dialogs.texts[0].startswith("Je hebt geen toestemming")
