"""A damaged file offers its backup, and a backup never passes for the file (review s7).

Every save keeps ``NAME.klantreis.bak``; when NAME.klantreis was damaged, the message did
not mention it. Opened by typing its path, the backup showed as "trip.klantreis —
Klantreis" and Ctrl+S silently wrote a third file, "trip.klantreis.bak.klantreis", while
the damaged file stayed. Now the message offers the backup, the window says it shows the
backup, and the first save asks where, suggesting the original name. Real files.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from klantreis_desktop import storage, templates
from klantreis_desktop.model import operations as ops
from klantreis_desktop.ui.window.main_window import WINDOWS, MainWindow

DAMAGED = b"PK\x03\x04 this is not really a zip file any more"
#: 5 December 2026, 13:29 UTC.
SAVED_AT = 1796477340


@pytest.fixture
def trip(tmp_path: Path) -> Path:
    """trip.klantreis saved twice (so a .bak exists), then damaged on disk."""
    path = tmp_path / "trip.klantreis"
    doc = templates.build_sample("schoonmaak", "en")
    storage.save(doc, path)
    doc.apply(ops.update(doc, doc.journeys()[0], title="Second version"))
    storage.save(doc, path)
    backup = tmp_path / "trip.klantreis.bak"
    assert backup.is_file()
    os.utime(backup, (SAVED_AT, SAVED_AT))
    path.write_bytes(DAMAGED)
    return path


@pytest.fixture
def save_as(monkeypatch) -> list[str]:
    """Save As answers with the name it suggests (the person accepts it); records it."""
    starts: list[str] = []

    def dialog(_parent, _caption, start, *_args, **_kwargs):
        starts.append(start)
        return start, ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))
    return starts


def _backup_window() -> MainWindow | None:
    return next((w for w in WINDOWS if w.session is not None
                 and "backup" in w.windowTitle()), None)


def test_the_damaged_message_offers_the_backup_with_its_time(make_window, boxes,
                                                             trip: Path) -> None:
    window = make_window()
    boxes.answer("damaged_with_backup_box", "backup_open")
    assert window.files.open_path(trip, wait=True)
    [(_name, text)] = boxes.asked
    assert "trip.klantreis" in text and "damaged" in text
    shown = _backup_window()
    assert shown is not None and shown.session is not None
    doc = shown.session.doc
    assert doc.title(doc.journeys()[0]) != "Second version"  # the version saved before
    assert shown.windowTitle().startswith("trip (backup)")
    assert shown.session.path is None  # not the damaged file, not the .bak either


def test_the_button_names_when_the_backup_was_saved(make_window, trip: Path,
                                                    monkeypatch) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

    from klantreis_desktop.ui import moments

    seen: list[str] = []

    def exec_box(box: QMessageBox) -> int:
        seen.extend(b.text() for b in box.findChildren(QPushButton))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    window = make_window()
    assert not window.files.open_path(trip, wait=True)
    QApplication.processEvents()
    expected = f"Open the &Backup (saved {moments.moment_text(SAVED_AT)})"
    assert expected in seen, seen


def test_the_first_save_of_the_backup_asks_and_suggests_the_original_name(
        make_window, boxes, trip: Path, save_as: list[str]) -> None:
    window = make_window()
    boxes.answer("damaged_with_backup_box", "backup_open")
    assert window.files.open_path(trip, wait=True)
    shown = _backup_window()
    assert shown is not None
    assert shown.files.save()
    assert save_as == [str(trip.resolve())]
    restored = storage.load(trip)  # the damaged file was replaced on purpose ...
    assert restored.title(restored.journeys()[0]) != "Second version"
    assert not (trip.parent / "trip.klantreis.bak.klantreis").exists()
    assert (trip.parent / "trip.klantreis.bak").read_bytes() == DAMAGED  # ... and kept
    assert shown.session is not None and shown.session.path == trip.resolve()
    assert "backup" not in shown.windowTitle()


def test_a_backup_opened_by_its_own_path_says_so_and_saves_as(
        make_window, trip: Path, save_as: list[str]) -> None:
    window = make_window()
    backup = trip.parent / "trip.klantreis.bak"
    assert window.files.open_path(backup, wait=True)
    shown = _backup_window()
    assert shown is not None and shown.session is not None
    assert shown.windowTitle().startswith("trip (backup)")
    assert shown.files.save()
    assert save_as == [str(trip.resolve())]
    assert not (trip.parent / "trip.klantreis.bak.klantreis").exists()
    assert storage.load(trip).journeys()


def test_without_a_backup_the_plain_message_stays(make_window, dialogs,
                                                  tmp_path: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    bad = tmp_path / "broken.klantreis"
    bad.write_bytes(DAMAGED)
    (tmp_path / "broken.klantreis.bak").write_bytes(DAMAGED)  # damaged too: not offered
    window = make_window()
    dialogs.answer(QMessageBox.StandardButton.Ok)
    assert not window.files.open_path(bad, wait=True)
    assert dialogs.texts and "damaged" in dialogs.texts[0]
