"""The one atomic-write routine: fully old or fully new, no temp file left, retries while a
file is held, and every writer of the app (document save, export, settings) goes through it."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from klantreis_desktop import settings as settings_module
from klantreis_desktop.export import files as export_files
from klantreis_desktop.export.pdf import export_pdf
from klantreis_desktop.export.pdf_options import ExportError, PdfOptions
from klantreis_desktop.model.builder import build
from klantreis_desktop.storage import KlantreisFileError, atomic, save
from klantreis_desktop.storage.atomic import REPLACE_ATTEMPTS, backup_path, write_atomic
from tests.export.pdf_helpers import small_spec

from .helpers import sample_doc


def _listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture
def no_pauses(monkeypatch: pytest.MonkeyPatch) -> None:
    """The retry pause is real time; the tests count attempts instead of waiting."""
    monkeypatch.setattr(atomic.time, "sleep", lambda _seconds: None)


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Path, dict]]:
    """Record every call of the shared routine (and still write)."""
    seen: list[tuple[Path, dict]] = []
    real = atomic.write_atomic

    def recording(path, data, **options):
        seen.append((Path(path), options))
        real(path, data, **options)

    monkeypatch.setattr(atomic, "write_atomic", recording)
    return seen


# The routine itself ---------------------------------------------------------------------

def test_writes_a_new_file_and_replaces_an_old_one_without_a_backup(tmp_path):
    path = tmp_path / "poster.pdf"
    write_atomic(path, b"first")
    write_atomic(path, b"second")
    assert path.read_bytes() == b"second"
    assert _listing(tmp_path) == ["poster.pdf"]


def test_keep_backup_keeps_the_previous_version(tmp_path):
    path = tmp_path / "reis.klantreis"
    write_atomic(path, b"old", keep_backup=True)
    assert _listing(tmp_path) == ["reis.klantreis"]  # nothing to back up yet
    write_atomic(path, b"new", keep_backup=True)
    assert path.read_bytes() == b"new" and backup_path(path).read_bytes() == b"old"


def test_a_new_private_file_gets_the_mode_asked_for_and_an_old_one_keeps_its_own(tmp_path):
    private = tmp_path / "settings.json"
    write_atomic(private, b"{}", mode=0o600)
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    shared = tmp_path / "shared.json"
    shared.write_bytes(b"{}")
    os.chmod(shared, 0o640)
    write_atomic(shared, b"{ }", mode=0o600)
    assert stat.S_IMODE(shared.stat().st_mode) == 0o640


def test_a_failed_write_leaves_the_original_and_no_temp_file(tmp_path, monkeypatch):
    path = tmp_path / "reis.klantreis"
    path.write_bytes(b"original")

    def full_disk(_descriptor: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", full_disk)
    with pytest.raises(OSError) as caught:
        write_atomic(path, b"new" * 1000, keep_backup=True)
    assert caught.value.errno == errno.ENOSPC
    assert path.read_bytes() == b"original"
    assert _listing(tmp_path) == ["reis.klantreis"]


def test_a_failed_replace_leaves_the_original_and_no_temp_files(tmp_path, monkeypatch):
    path = tmp_path / "reis.klantreis"
    path.write_bytes(b"original")
    real_replace = os.replace

    def refuse_the_document(source, target):
        if Path(target) == path:
            raise OSError(errno.EIO, "Input/output error")
        real_replace(source, target)

    monkeypatch.setattr(atomic.os, "replace", refuse_the_document)
    with pytest.raises(OSError):
        write_atomic(path, b"new", keep_backup=True)
    assert path.read_bytes() == b"original"
    assert _listing(tmp_path) == ["reis.klantreis", "reis.klantreis.bak"]
    assert backup_path(path).read_bytes() == b"original"


def test_a_file_held_for_a_moment_is_replaced_after_retries(tmp_path, monkeypatch, no_pauses):
    path = tmp_path / "reis.klantreis"
    path.write_bytes(b"original")
    real_replace = os.replace
    attempts: list[str] = []

    def held_twice(source, target):
        attempts.append(str(target))
        if len(attempts) <= 2:
            raise PermissionError(errno.EACCES, "The file is in use by another process")
        real_replace(source, target)

    monkeypatch.setattr(atomic.os, "replace", held_twice)
    write_atomic(path, b"new")
    assert len(attempts) == 3
    assert path.read_bytes() == b"new"
    assert _listing(tmp_path) == ["reis.klantreis"]


def test_a_file_held_for_good_fails_after_the_last_attempt(tmp_path, monkeypatch, no_pauses):
    path = tmp_path / "reis.klantreis"
    path.write_bytes(b"original")
    attempts: list[str] = []

    def always_held(source, target):
        attempts.append(str(target))
        raise PermissionError(errno.EACCES, "The file is in use by another process")

    monkeypatch.setattr(atomic.os, "replace", always_held)
    with pytest.raises(PermissionError):
        write_atomic(path, b"new")
    assert len(attempts) == REPLACE_ATTEMPTS
    assert path.read_bytes() == b"original"
    assert _listing(tmp_path) == ["reis.klantreis"]


def test_other_errors_are_not_retried(tmp_path, monkeypatch, no_pauses):
    path = tmp_path / "reis.klantreis"
    attempts: list[str] = []

    def gone(source, target):
        attempts.append(str(target))
        raise FileNotFoundError(errno.ENOENT, "No such file or directory")

    monkeypatch.setattr(atomic.os, "replace", gone)
    with pytest.raises(FileNotFoundError):
        write_atomic(path, b"new")
    assert len(attempts) == 1 and _listing(tmp_path) == []


def test_the_folder_is_synced_after_the_replace(tmp_path, monkeypatch):
    synced: list[Path] = []
    monkeypatch.setattr(atomic, "sync_folder", synced.append)
    write_atomic(tmp_path / "a.json", b"{}")
    assert synced == [tmp_path.resolve()]


def test_refusals_name_the_cause(tmp_path):
    with pytest.raises(FileNotFoundError):
        write_atomic(tmp_path / "gone" / "a.pdf", b"x")
    (tmp_path / "map").mkdir()
    with pytest.raises(IsADirectoryError):
        write_atomic(tmp_path / "map", b"x")
    locked = tmp_path / "locked.pdf"
    locked.write_bytes(b"original")
    os.chmod(locked, 0o444)
    with pytest.raises(OSError) as caught:
        write_atomic(locked, b"x")
    assert caught.value.errno == errno.EROFS and locked.read_bytes() == b"original"
    assert _listing(tmp_path) == ["locked.pdf", "map"]


def test_a_symlink_is_followed_not_replaced(tmp_path):
    real = tmp_path / "real.json"
    real.write_bytes(b"old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    write_atomic(link, b"new")
    assert link.is_symlink() and real.read_bytes() == b"new"


# Every writer of the app uses it --------------------------------------------------------

def test_the_document_save_uses_it_with_a_backup(tmp_path, calls):
    path = tmp_path / "reis.klantreis"
    save(sample_doc(with_photo=False), path)
    assert calls == [(path, {"keep_backup": True})]


def test_the_document_save_turns_failures_into_typed_errors(tmp_path, monkeypatch):
    path = tmp_path / "reis.klantreis"
    save(sample_doc(with_photo=False), path)
    original = path.read_bytes()

    def full_disk(*_args, **_options):
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(atomic, "write_atomic", full_disk)
    with pytest.raises(KlantreisFileError) as caught:
        save(sample_doc(with_photo=False), path)
    assert caught.value.code == "disk_full" and path.read_bytes() == original


def test_the_pdf_export_uses_it(tmp_path, calls):
    out = tmp_path / "poster.pdf"
    export_pdf(build(small_spec()), out, PdfOptions(paper="A4"))
    assert [path for path, _ in calls] == [out]
    assert out.read_bytes().startswith(b"%PDF")


def test_the_export_writer_keeps_its_messages(tmp_path, monkeypatch, calls):
    out = tmp_path / "kaart.svg"
    export_files.write_atomic(out, b"<svg/>")
    assert calls == [(out, {})] and out.read_bytes() == b"<svg/>"
    with pytest.raises(ExportError, match="does not exist"):
        export_files.write_atomic(tmp_path / "gone" / "kaart.svg", b"<svg/>")

    def refused(*_args, **_options):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(atomic, "write_atomic", refused)
    with pytest.raises(ExportError, match="could not be written.*Permission denied"):
        export_files.write_atomic(out, b"<svg>new</svg>")
    assert out.read_bytes() == b"<svg/>"


def test_the_settings_file_uses_it_and_stays_private(tmp_path, calls):
    store = settings_module.Settings(tmp_path / "cfg" / "settings.json")
    document = tmp_path / "reis.klantreis"
    document.write_bytes(b"x")
    store.add_recent(document)
    assert calls and all(path == store.path for path, _ in calls)
    assert calls[0][1] == {"mode": 0o600}
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    assert _listing(store.path.parent) == ["settings.json"]


def test_settings_that_cannot_be_written_are_logged_not_raised(tmp_path, monkeypatch):
    def full_disk(*_args, **_options):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic, "write_atomic", full_disk)
    store = settings_module.Settings(tmp_path / "settings.json")
    assert store.save() is False
    assert not store.path.exists()
