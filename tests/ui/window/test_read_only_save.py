"""Save in a read-only window (someone else has the file open) is Save As with a copy's
name beside the file, never the locked file itself (review item 2: it proposed
"werk.klantreis" and refused only after "Replace it? Yes")."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from klantreis_desktop.model import operations as ops
from klantreis_desktop.storage import locks
from klantreis_desktop.ui.window.main_window import MainWindow

WAIT_MS = 30_000


@pytest.fixture
def suggested(monkeypatch) -> list[str]:
    """The names the Save As dialog was opened with (the dialog is then cancelled)."""
    starts: list[str] = []

    def dialog(_parent, _caption, start, *_args, **_kwargs):
        starts.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))
    return starts


def open_read_only(qtbot, make_window, boxes, monkeypatch, path: Path) -> MainWindow:
    first = make_window()
    assert first.files.open_path(path, wait=True)
    monkeypatch.setattr(MainWindow, "window_showing", lambda self, p: None)
    second = make_window()
    boxes.answer("document_locked_box", "locked_read_only")
    second.files.open_path(path)
    qtbot.waitUntil(lambda: not second.files.opening(), timeout=WAIT_MS)
    assert second.session is not None and second.session.read_only
    doc = second.session.doc
    second.session.push(ops.update(doc, doc.journeys()[0], title="Typed here"))
    return second


def test_save_in_a_read_only_window_suggests_a_copy_beside_the_file(
        qtbot, make_window, boxes, monkeypatch, sample_file: Path, suggested) -> None:
    window = open_read_only(qtbot, make_window, boxes, monkeypatch, sample_file)
    assert not window.files.save()
    assert len(suggested) == 1
    start = Path(suggested[0])
    assert start != sample_file and start.parent == sample_file.parent
    assert start.name == "sample (copy).klantreis"
    assert window.session.modified, "cancelled: the edits stay"


def test_the_suggested_copy_name_is_free(
        qtbot, make_window, boxes, monkeypatch, sample_file: Path, suggested) -> None:
    (sample_file.parent / "sample (copy).klantreis").write_bytes(b"someone's copy")
    locks.lock_path(sample_file.parent / "sample (copy 2).klantreis").write_text("{}")
    window = open_read_only(qtbot, make_window, boxes, monkeypatch, sample_file)
    window.files.save_as()
    assert Path(suggested[-1]).name == "sample (copy 3).klantreis"
