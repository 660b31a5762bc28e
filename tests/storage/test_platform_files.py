"""What differs on Windows and macOS, caught on Linux: long paths, too-long names and files
locked by another program (a virus scanner, a sync client, Excel).

Windows refuses to replace a file that another program holds open ("sharing violation",
PermissionError 13); here ``os.replace`` is made to refuse the same way, so the retry and
the error path run on every system, not only where ``chattr`` exists.
"""

from __future__ import annotations

import errno
import importlib
import os
from pathlib import Path

import pytest

from klantreis_desktop.export.files import write_atomic as export_atomic
from klantreis_desktop.export.pdf import export_pdf
from klantreis_desktop.export.pdf_options import ExportError, PdfOptions
from klantreis_desktop.storage import KlantreisFileError, backup_path, load, read, save
from klantreis_desktop.storage.errors import code_for_os_error, write_error

from .helpers import sample_doc, snapshot

#: The module (``klantreis_desktop.storage.save`` the name is the function).
save_module = importlib.import_module("klantreis_desktop.storage.atomic")  # the one writer

#: Windows' MAX_PATH: paths longer than this need long-path support there.
MAX_PATH = 260


def _deep_folder(base: Path, length: int = 400) -> Path:
    folder = base
    while len(str(folder)) < length:
        folder = folder / ("Klantreizen workshop maart 2026 – afdeling Service " + "x" * 20)
    folder.mkdir(parents=True)
    return folder


def _listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# Long paths -----------------------------------------------------------------------------

def test_save_load_and_export_in_a_folder_deeper_than_max_path(tmp_path):
    folder = _deep_folder(tmp_path)
    path = folder / "Verhuizen met kinderen.klantreis"
    assert len(str(path)) > MAX_PATH
    doc = sample_doc(with_photo=True)
    save(doc, path)
    save(doc, path)  # the second save makes the .bak beside it
    assert snapshot(load(path)) == snapshot(doc)
    assert snapshot(load(backup_path(path))) == snapshot(doc)
    pdf = folder / "Verhuizen met kinderen.pdf"
    result = export_pdf(load(path), pdf, PdfOptions(paper="A4"))
    assert pdf.read_bytes().startswith(b"%PDF") and result.pages >= 1
    assert _listing(folder) == ["Verhuizen met kinderen.klantreis",
                                "Verhuizen met kinderen.klantreis.bak",
                                "Verhuizen met kinderen.pdf"]


@pytest.mark.parametrize("name", ["x" * 240, "€" * 81, "ë" * 120], ids=["ascii", "euro", "e-trema"])
def test_a_name_near_the_limit_of_255_bytes_can_be_saved_and_exported(tmp_path, name):
    """The temp file next to it must fit too: its name is cut in bytes, not characters."""
    path = tmp_path / (name + ".klantreis")
    assert len(path.name.encode()) <= 255
    save(sample_doc(), path)
    assert snapshot(load(path)) == snapshot(sample_doc())
    out = tmp_path / (name + ".pdf")
    export_atomic(out, b"%PDF-1.4 test")
    assert out.read_bytes() == b"%PDF-1.4 test"
    assert sorted(_listing(tmp_path)) == sorted([path.name, out.name])


#: Linux and macOS refuse a name over 255 bytes with ENAMETOOLONG; Windows reports its own
#: errors (206 is checked below without a disk).
posix_only = pytest.mark.skipif(os.name != "posix", reason="ENAMETOOLONG is POSIX")


@posix_only
def test_a_name_longer_than_255_bytes_is_a_plain_error_not_a_traceback(tmp_path):
    path = tmp_path / ("Klantreis " * 30 + ".klantreis")
    assert len(path.name.encode()) > 255
    with pytest.raises(KlantreisFileError) as caught:
        save(sample_doc(), path)
    assert caught.value.code == "name_too_long"
    assert "too long" in str(caught.value) and "\n" not in str(caught.value)
    assert "ENAMETOOLONG" not in str(caught.value) and "Errno" not in str(caught.value)
    assert "name too long" in caught.value.detail.lower()  # the cause, for the log
    assert _listing(tmp_path) == []
    with pytest.raises(KlantreisFileError) as caught:
        read(path)
    assert caught.value.code == "name_too_long" and "too long" in str(caught.value)


@posix_only
def test_an_export_with_a_name_too_long_is_an_export_error(tmp_path):
    with pytest.raises(ExportError, match="too long"):
        export_atomic(tmp_path / ("x" * 300 + ".pdf"), b"%PDF")
    assert _listing(tmp_path) == []


def test_windows_error_206_for_a_path_too_long_is_not_called_missing():
    """Windows without long-path support: ERROR_FILENAME_EXCED_RANGE, which Python turns
    into ENOENT; the user must hear "too long", not "the folder no longer exists"."""
    error = FileNotFoundError(errno.ENOENT, "The filename or extension is too long")
    error.winerror = 206  # what Windows sets (the attribute exists only there)
    assert code_for_os_error(error) == "name_too_long"
    assert code_for_os_error(OSError(errno.ENAMETOOLONG, "File name too long")) == "name_too_long"
    assert "too long" in str(write_error("name_too_long", "C:/a/b/reis.klantreis"))


# Files locked by another program -----------------------------------------------------------

class LockedReplace:
    """os.replace that refuses with PermissionError 13 for ``times`` calls onto ``target``."""

    def __init__(self, target: Path, times: int) -> None:
        self.target, self.left, self.refused = target, times, 0
        self.real = os.replace

    def __call__(self, source, destination) -> None:
        if Path(destination) == self.target and self.left > 0:
            self.left -= 1
            self.refused += 1
            raise PermissionError(errno.EACCES, "The process cannot access the file because "
                                                "it is being used by another process",
                                  str(destination))
        self.real(source, destination)


@pytest.fixture
def no_pause(monkeypatch):
    """The retry waits REPLACE_PAUSE_S; the tests need not."""
    pauses: list[float] = []
    monkeypatch.setattr(save_module.time, "sleep", pauses.append)
    return pauses


@pytest.mark.parametrize("times", [1, 2, save_module.REPLACE_ATTEMPTS - 1])
def test_a_file_held_for_a_moment_is_saved_after_retries(tmp_path, monkeypatch, no_pause,
                                                         times):
    path = tmp_path / "reis.klantreis"
    save(sample_doc(), path)
    original = path.read_bytes()
    locked = LockedReplace(path.resolve(), times)
    monkeypatch.setattr(save_module.os, "replace", locked)
    doc = sample_doc()
    _retitle(doc, "Na de scan")
    save(doc, path)
    assert locked.refused == times and len(no_pause) == times
    assert load(path).title(load(path).journeys()[0]) == "Na de scan"
    assert backup_path(path).read_bytes() == original
    assert _listing(tmp_path) == ["reis.klantreis", "reis.klantreis.bak"]


def test_a_file_locked_for_good_is_a_plain_error_and_stays_untouched(tmp_path, monkeypatch,
                                                                     no_pause):
    path = tmp_path / "reis.klantreis"
    save(sample_doc(), path)
    save(sample_doc(), path)
    original, backup = path.read_bytes(), backup_path(path).read_bytes()
    locked = LockedReplace(path.resolve(), times=1_000)
    monkeypatch.setattr(save_module.os, "replace", locked)
    doc = sample_doc()
    _retitle(doc, "Nooit opgeslagen")
    with pytest.raises(KlantreisFileError) as caught:
        save(doc, path)
    assert locked.refused == save_module.REPLACE_ATTEMPTS  # tried, then gave up
    assert caught.value.code == "permission"
    assert str(caught.value) == ("“reis.klantreis” was not saved: you may not write in that "
                                 "folder or the file is locked by another program.")
    assert path.read_bytes() == original
    assert backup_path(path).read_bytes() == backup  # the old file, as the .bak holds it
    assert _listing(tmp_path) == ["reis.klantreis", "reis.klantreis.bak"]  # no temp files


def test_a_locked_backup_also_leaves_everything_as_it_was(tmp_path, monkeypatch, no_pause):
    """The .bak can be the locked one (a sync client copying it): the save then fails
    before the document itself is touched."""
    path = tmp_path / "reis.klantreis"
    save(sample_doc(), path)
    save(sample_doc(), path)
    original, backup = path.read_bytes(), backup_path(path).read_bytes()
    monkeypatch.setattr(save_module.os, "replace",
                        LockedReplace(backup_path(path).resolve(), times=1_000))
    doc = sample_doc()
    _retitle(doc, "Nooit opgeslagen")
    with pytest.raises(KlantreisFileError) as caught:
        save(doc, path)
    assert caught.value.code == "permission"
    assert path.read_bytes() == original and backup_path(path).read_bytes() == backup
    assert _listing(tmp_path) == ["reis.klantreis", "reis.klantreis.bak"]


def _retitle(doc, title: str):
    from klantreis_desktop.model import operations as ops

    journey = doc.journeys()[0]
    doc.apply(ops.update(doc, journey, title=title))
