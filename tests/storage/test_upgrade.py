"""upgrade_file: an older file is rewritten, a current one left byte for byte (unless
forced), a newer one never touched; check_upgrade says which without writing."""

from __future__ import annotations

import shutil
from pathlib import Path

from klantreis_desktop.storage import (
    CURRENT_VERSION,
    backup_path,
    check_upgrade,
    save,
    upgrade,
    upgrade_file,
)

from .helpers import make_zip, manifest, members, sample_doc

DATA = Path(__file__).resolve().parents[1] / "data"


def test_a_current_file_is_left_as_it_is(tmp_path):
    path = tmp_path / "reis.klantreis"
    save(sample_doc(), path)
    backup_path(path).unlink(missing_ok=True)
    before, stat = path.read_bytes(), path.stat()
    assert check_upgrade(path).status == "current"
    done = upgrade_file(path)
    assert (done.before, done.after, done.status, done.changed) == (
        CURRENT_VERSION, CURRENT_VERSION, "current", False)
    assert path.read_bytes() == before and path.stat().st_mtime_ns == stat.st_mtime_ns
    assert not backup_path(path).exists()
    assert upgrade(path) == (CURRENT_VERSION, CURRENT_VERSION)


def test_force_rewrites_a_current_file(tmp_path):
    path = tmp_path / "reis.klantreis"
    save(sample_doc(), path)
    done = upgrade_file(path, force=True)
    assert done.status == "rewritten" and done.changed
    assert backup_path(path).exists()


def test_an_older_file_is_upgraded_and_kept_as_backup(tmp_path):
    path = tmp_path / "oud.klantreis"
    shutil.copy(DATA / "v1_sample.klantreis", path)
    original = path.read_bytes()
    assert check_upgrade(path).status == "upgraded"
    assert path.read_bytes() == original  # checking writes nothing
    done = upgrade_file(path)
    assert (done.before, done.after, done.status) == (1, CURRENT_VERSION, "upgraded")
    assert backup_path(path).read_bytes() == original
    assert check_upgrade(path).status == "current"


def test_a_newer_file_is_never_rewritten_even_when_forced(tmp_path):
    parts = members(path_bytes := _saved(tmp_path))
    parts["manifest.json"] = manifest(CURRENT_VERSION + 1)
    path = tmp_path / "toekomst.klantreis"
    path.write_bytes(make_zip(parts))
    data = path.read_bytes()
    assert path_bytes != data
    for force in (False, True):
        done = upgrade_file(path, force=force)
        assert done.status == "newer" and not done.changed
    assert path.read_bytes() == data and not backup_path(path).exists()


def _saved(tmp_path: Path) -> bytes:
    path = tmp_path / "basis.klantreis"
    save(sample_doc(), path)
    return path.read_bytes()
