"""Atomic saving: one .bak, the original untouched whatever fails, no temp files left."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from klantreis_desktop.model import operations as ops
from klantreis_desktop.storage import KlantreisFileError, backup_path, load, read, save
from klantreis_desktop.storage.errors import code_for_os_error, write_error

from .helpers import sample_doc, snapshot

ROOT = Path(__file__).resolve().parents[2]


def _renamed(doc, title: str):
    journey = doc.journeys()[0]
    doc.apply(ops.update(doc, journey, title=title))
    return doc


def _listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_the_second_save_keeps_exactly_one_bak_with_the_previous_file(tmp_path):
    path = tmp_path / "reis.klantreis"
    doc = sample_doc()
    save(doc, path)
    assert _listing(tmp_path) == ["reis.klantreis"]
    first = path.read_bytes()
    save(_renamed(doc, "Tweede versie"), path)
    second = path.read_bytes()
    assert backup_path(path).read_bytes() == first
    save(_renamed(doc, "Derde versie"), path)
    assert backup_path(path).read_bytes() == second
    assert _listing(tmp_path) == ["reis.klantreis", "reis.klantreis.bak"]
    assert load(backup_path(path)).title(doc.journeys()[0]) == "Tweede versie"
    assert load(path).title(doc.journeys()[0]) == "Derde versie"


def test_saving_keeps_the_file_permissions(tmp_path):
    path = tmp_path / "reis.klantreis"
    save(sample_doc(), path)
    os.chmod(path, 0o640)
    save(_renamed(sample_doc(), "Nieuw"), path)
    assert (path.stat().st_mode & 0o777) == 0o640


def test_saving_through_a_symlink_replaces_the_real_file(tmp_path):
    real_folder = tmp_path / "echt"
    real_folder.mkdir()
    real = real_folder / "reis.klantreis"
    save(sample_doc(), real)
    link = tmp_path / "snelkoppeling.klantreis"
    link.symlink_to(real)
    save(_renamed(sample_doc(), "Via de link"), link)
    assert link.is_symlink()
    assert load(real).title(sample_doc().journeys()[0]) == "Via de link"
    assert backup_path(real).exists()


@pytest.mark.posix
def test_saving_into_a_folder_that_is_gone_fails_cleanly(tmp_path):
    with pytest.raises(KlantreisFileError) as caught:
        save(sample_doc(), tmp_path / "weg" / "reis.klantreis")
    assert caught.value.code == "not_found"
    assert "reis.klantreis" in str(caught.value)
    assert _listing(tmp_path) == []


@contextlib.contextmanager
def _read_only(path: Path) -> Iterator[None]:
    """Make ``path`` unwritable for real. chmod does not stop root, so as root the
    immutable attribute (chattr +i, which binds root too) is used instead."""
    if os.geteuid() != 0:
        mode = path.stat().st_mode
        os.chmod(path, 0o555 if path.is_dir() else 0o444)
        try:
            yield
        finally:
            os.chmod(path, mode)
        return
    chattr = shutil.which("chattr")
    done = chattr and subprocess.run([chattr, "+i", str(path)], capture_output=True).returncode == 0
    if not done:
        pytest.skip("running as root, where chmod does not stop writes, and this file "
                    "system does not support chattr +i")
    try:
        yield
    finally:
        subprocess.run([chattr, "-i", str(path)], check=True)


def test_a_read_only_folder_leaves_the_original_intact(tmp_path):
    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    path = folder / "reis.klantreis"
    save(sample_doc(), path)
    original = path.read_bytes()
    with _read_only(folder):
        probe = folder / "probe"
        with pytest.raises(OSError):
            probe.write_bytes(b"x")  # the mechanism really stops writing
        with pytest.raises(KlantreisFileError) as caught:
            save(_renamed(sample_doc(), "Nieuw"), path)
    assert caught.value.code == "permission"
    assert "reis.klantreis" in str(caught.value)
    assert path.read_bytes() == original
    assert _listing(folder) == ["reis.klantreis"]


@pytest.mark.posix
def test_a_locked_file_leaves_the_original_intact(tmp_path):
    """Like a file held by another program: replacing it fails even after retries."""
    path = tmp_path / "reis.klantreis"
    save(sample_doc(), path)
    original = path.read_bytes()
    if os.geteuid() != 0:
        pytest.skip("only root can lock a single file for real here (chattr +i)")
    with _read_only(path):
        with pytest.raises(KlantreisFileError) as caught:
            save(_renamed(sample_doc(), "Nieuw"), path)
    assert caught.value.code == "permission"
    assert path.read_bytes() == original
    assert backup_path(path).read_bytes() == original
    assert _listing(tmp_path) == ["reis.klantreis", "reis.klantreis.bak"]


@pytest.mark.posix
def test_a_write_that_fails_halfway_leaves_no_temp_file_and_the_original_intact(tmp_path):
    """A real short write: the file-size limit (RLIMIT_FSIZE) stops the temp file halfway,
    the way a full disk or a pulled USB stick would."""
    if not hasattr(os, "fork"):
        pytest.skip("needs POSIX resource limits")
    path = tmp_path / "reis.klantreis"
    save(sample_doc(with_photo=False), path)
    original = path.read_bytes()
    script = textwrap.dedent(f"""
        import resource, signal, sys
        sys.path.insert(0, {str(ROOT)!r})
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        from tests.storage.helpers import sample_doc
        from klantreis_desktop.storage import KlantreisFileError, save
        doc = sample_doc(with_photo=True)  # the photo makes the new file larger
        limit = {len(original) + 100}
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
        try:
            save(doc, {str(path)!r})
        except KlantreisFileError as error:
            print(error.code, error.detail)
        else:
            print("saved")
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("io "), done.stdout
    assert "File too large" in done.stdout
    assert path.read_bytes() == original
    assert _listing(tmp_path) == ["reis.klantreis"]


@pytest.mark.parametrize(("number", "code"), [
    (errno.ENOSPC, "disk_full"), (errno.EDQUOT, "disk_full"), (errno.EROFS, "read_only"),
    (errno.ENOMEDIUM, "unavailable"), (errno.EACCES, "permission"), (errno.ENOENT, "not_found"),
    (errno.EIO, "unavailable"), (errno.EFBIG, "io"),
])
def test_os_errors_map_to_codes_and_plain_sentences(number, code):
    error = OSError(number, os.strerror(number))
    assert code_for_os_error(error) == code
    message = str(write_error(code_for_os_error(error), "/map/reis.klantreis"))
    assert message.startswith("“reis.klantreis”") and message.endswith(".")
    assert "/map" not in message


def test_reading_a_missing_file_or_a_folder_gives_a_typed_error(tmp_path):
    with pytest.raises(KlantreisFileError) as caught:
        read(tmp_path / "bestaat-niet.klantreis")
    assert caught.value.code == "not_found" and "bestaat-niet.klantreis" in str(caught.value)
    with pytest.raises(KlantreisFileError) as caught:
        read(tmp_path)
    assert caught.value.code == "is_folder"
    assert str(caught.value) == f"“{tmp_path.name}” is a folder, not a file."


def test_a_file_saved_and_reopened_is_the_same_document(tmp_path):
    doc = sample_doc()
    path = tmp_path / "reis.klantreis"
    save(doc, path)
    save(doc, path)
    assert snapshot(load(path)) == snapshot(doc)
    assert snapshot(load(backup_path(path))) == snapshot(doc)


def test_error_messages_are_one_line_even_for_strange_file_names(tmp_path):
    with pytest.raises(KlantreisFileError) as caught:
        save(sample_doc(), tmp_path / "weg" / "reis\nmet\x00regels.klantreis")
    assert caught.value.code in ("not_found", "io", "bad_name")
    assert "\n" not in str(caught.value) and "\x00" not in str(caught.value)
    assert "reis?met?regels.klantreis" in str(caught.value)
