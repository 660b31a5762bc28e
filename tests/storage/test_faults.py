"""Saving under real faults: a full disk, a read-only disk or file, a vanished folder, a
pulled USB stick, a file locked for a moment, and SIGKILL in the middle of a save.

Every failure names its cause, leaves the original byte for byte as it was, leaves no temp
file, and never falls back to writing the file in place. The disks are real: small tmpfs
mounts (needs root; skipped with the reason otherwise).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from klantreis_desktop.model import operations as ops
from klantreis_desktop.storage import KlantreisFileError, backup_path, load, save
from klantreis_desktop.storage.autosave import AutosaveStore

from .helpers import sample_doc, snapshot

ROOT = Path(__file__).resolve().parents[2]


def _renamed(title: str, with_photo: bool = True):
    doc = sample_doc(with_photo)
    doc.apply(ops.update(doc, doc.journeys()[0], title=title))
    return doc


def _listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def _mount_tmpfs(folder: Path, size: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    if os.name != "posix" or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("a real small disk needs `mount -t tmpfs`, which needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs",
                           str(folder)], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"mounting a tmpfs is not permitted here: {done.stderr.strip()}")


def _unmount(folder: Path) -> None:
    subprocess.run(["umount", "-l", str(folder)], capture_output=True)


@contextlib.contextmanager
def tiny_disk(folder: Path, size: str = "256k") -> Iterator[Path]:
    """A real file system of ``size`` mounted at ``folder`` for the duration."""
    _mount_tmpfs(folder, size)
    try:
        yield folder
    finally:
        _unmount(folder)


def _fill(folder: Path) -> Path:
    """Fill the disk to the last byte with a filler file."""
    filler = folder / "vulsel.bin"
    with open(filler, "wb", buffering=0) as handle:
        block = b"\0" * 4096
        with contextlib.suppress(OSError):
            while True:
                handle.write(block)
        with contextlib.suppress(OSError):
            while True:  # the last partial block
                handle.write(b"\0")
    return filler


def test_a_full_disk_names_the_cause_and_keeps_the_original(tmp_path):
    with tiny_disk(tmp_path / "stick") as disk:
        path = disk / "reis.klantreis"
        save(sample_doc(with_photo=False), path)
        original = path.read_bytes()
        filler = _fill(disk)
        before = _listing(disk)
        with pytest.raises(KlantreisFileError) as caught:
            save(_renamed("Nieuw"), path)
        assert caught.value.code == "disk_full"
        assert str(caught.value) == "“reis.klantreis” was not saved because the disk is full."
        assert path.read_bytes() == original
        assert _listing(disk) == before  # no temp file, no half-written .bak
        with pytest.raises(KlantreisFileError) as caught:  # a new file: nothing left either
            save(sample_doc(), disk / "nieuw.klantreis")
        assert caught.value.code == "disk_full"
        assert _listing(disk) == before
        filler.unlink()
        save(_renamed("Nieuw"), path)  # with room again, the same save works
        assert load(path).title(load(path).journeys()[0]) == "Nieuw"


def test_a_full_disk_keeps_the_previous_autosave_copy(tmp_path):
    with tiny_disk(tmp_path / "state") as disk:
        store = AutosaveStore(disk / "autosave")
        copy = store.write_document("s1", sample_doc(with_photo=False), "Reis", None)
        before = copy.read_bytes()
        _fill(disk)
        with pytest.raises(KlantreisFileError) as caught:
            store.write_document("s1", _renamed("Nieuw"), "Reis", None)
        assert caught.value.code == "disk_full"
        assert copy.read_bytes() == before


def test_a_read_only_disk_names_the_cause_and_keeps_the_original(tmp_path):
    with tiny_disk(tmp_path / "cd") as disk:
        path = disk / "reis.klantreis"
        save(sample_doc(), path)
        original = path.read_bytes()
        done = subprocess.run(["mount", "-o", "remount,ro", str(disk)], capture_output=True,
                              text=True)
        if done.returncode != 0:
            pytest.skip(f"remounting read-only is not permitted: {done.stderr.strip()}")
        with pytest.raises(OSError):
            (disk / "probe").write_bytes(b"x")  # the disk really refuses writes
        with pytest.raises(KlantreisFileError) as caught:
            save(_renamed("Nieuw"), path)
        assert caught.value.code == "read_only"
        assert "read-only" in str(caught.value) and "reis.klantreis" in str(caught.value)
        assert path.read_bytes() == original
        assert _listing(disk) == ["reis.klantreis"]


def test_a_file_marked_read_only_is_not_overwritten_even_by_root(tmp_path):
    path = tmp_path / "reis.klantreis"
    save(sample_doc(), path)
    original = path.read_bytes()
    os.chmod(path, 0o444)
    with pytest.raises(KlantreisFileError) as caught:
        save(_renamed("Nieuw"), path)
    assert caught.value.code == "read_only"
    assert str(caught.value) == ("“reis.klantreis” was not saved because the file or the disk "
                                 "is read-only.")
    assert path.read_bytes() == original
    assert _listing(tmp_path) == ["reis.klantreis"]


def test_a_folder_removed_after_opening_names_the_cause(tmp_path):
    folder = tmp_path / "project"
    folder.mkdir()
    path = folder / "reis.klantreis"
    save(sample_doc(), path)
    shutil.rmtree(folder)
    with pytest.raises(KlantreisFileError) as caught:
        save(_renamed("Nieuw"), path)
    assert caught.value.code == "not_found"
    assert "folder no longer exists" in str(caught.value)
    assert not folder.exists()  # never re-created behind the user's back
    assert _listing(tmp_path) == []


def test_a_pulled_usb_stick_names_the_cause_and_writes_nowhere_else(tmp_path):
    mount_point = tmp_path / "usb"
    _mount_tmpfs(mount_point, "1m")
    try:
        (mount_point / "workshop").mkdir()
        path = mount_point / "workshop" / "reis.klantreis"
        save(sample_doc(), path)
        assert load(path) is not None
    finally:
        _unmount(mount_point)  # the stick is gone; the empty mount point stays
    with pytest.raises(KlantreisFileError) as caught:
        save(_renamed("Nieuw"), path)
    assert caught.value.code == "not_found"
    assert "reis.klantreis" in str(caught.value)
    assert _listing(mount_point) == []  # nothing was written onto the laptop's own disk


@pytest.mark.posix
def test_a_file_locked_for_a_moment_is_saved_after_a_retry(tmp_path):
    """Like a virus scanner holding the file: the replace is refused, then allowed."""
    if os.geteuid() != 0 or shutil.which("chattr") is None:
        pytest.skip("locking a file for real needs root and chattr")
    path = tmp_path / "reis.klantreis"
    save(sample_doc(), path)
    if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode != 0:
        pytest.skip("this file system does not support chattr +i")
    unlock = threading.Timer(0.05, lambda: subprocess.run(["chattr", "-i", str(path)]))
    unlock.start()
    try:
        save(_renamed("Na de scan"), path)
    finally:
        unlock.join()
        subprocess.run(["chattr", "-i", str(path)], capture_output=True)
    assert load(path).title(load(path).journeys()[0]) == "Na de scan"
    assert snapshot(load(backup_path(path))) == snapshot(sample_doc())


def test_two_hundred_sigkills_during_saves_never_damage_the_file(tmp_path):
    if not hasattr(os, "fork"):
        pytest.skip("the fault harness needs fork() and SIGKILL")
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "fault-harness.py"),
                           "--kills", "200", "--seed", "7", "--json", "--dir", str(tmp_path)],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    result = json.loads(done.stdout)
    print("fault harness:", result)
    assert result["kills"] == 200 and result["bad"] == []
    assert result["old"] + result["new"] == 200
    assert result["old"] > 0 and result["new"] > 0  # kills landed on both sides of a replace
