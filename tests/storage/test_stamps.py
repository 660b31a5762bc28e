"""Disk stamps: noticing that someone else changed the file, cheaply."""

from __future__ import annotations

import os

from klantreis_desktop.storage import DiskStamp, changed_since, dumps, read, save, stamps

from .helpers import sample_doc


def _counting_hash(monkeypatch) -> list[int]:
    calls: list[int] = []
    real = stamps._hash_stream

    def counted(handle):
        calls.append(1)
        return real(handle)

    monkeypatch.setattr(stamps, "_hash_stream", counted)
    return calls


def test_an_untouched_file_is_unchanged_without_reading_it(tmp_path, monkeypatch):
    path = tmp_path / "reis.klantreis"
    path.write_bytes(b"version one")
    stamp = DiskStamp.of(path)
    calls = _counting_hash(monkeypatch)
    assert not stamp.changed() and not changed_since(stamp)
    assert calls == []  # size and mtime agree: no hashing
    assert not stamp.changed(verify=True) and calls == [1]


def test_other_bytes_are_a_change_and_a_touch_is_not(tmp_path, monkeypatch):
    path = tmp_path / "reis.klantreis"
    path.write_bytes(b"version one")
    stamp = DiskStamp.of(path)
    info = os.stat(path)
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns + 5_000_000_000))
    assert not stamp.changed()  # a sync client touched it: same bytes
    assert stamp.refreshed().mtime_ns == info.st_mtime_ns + 5_000_000_000
    calls = _counting_hash(monkeypatch)
    path.write_bytes(b"version two")  # same size, new bytes
    assert stamp.changed() and calls == [1]
    path.write_bytes(b"a longer version three")
    calls.clear()
    assert stamp.changed() and calls == []  # another size: no hashing needed


def test_same_size_and_mtime_with_other_bytes_needs_verify(tmp_path):
    path = tmp_path / "reis.klantreis"
    path.write_bytes(b"version one")
    stamp = DiskStamp.of(path)
    info = os.stat(path)
    path.write_bytes(b"version two")
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))  # a coarse clock
    assert not stamp.changed()
    assert stamp.changed(verify=True)


def test_a_removed_file_has_changed_and_no_stamp_never_has(tmp_path):
    path = tmp_path / "reis.klantreis"
    path.write_bytes(b"x")
    stamp = DiskStamp.of(path)
    path.unlink()
    assert stamp.changed()
    assert not changed_since(None)


def test_read_and_save_give_the_stamp_of_what_is_on_disk(tmp_path):
    path = tmp_path / "reis.klantreis"
    written = save(sample_doc(), path)
    assert written == DiskStamp.of(path)
    result = read(path)
    assert result.stamp == DiskStamp.of(path) and not result.stamp.changed()
    other = sample_doc()
    other.meta["title"] = "Iemand anders"
    path.write_bytes(dumps(other))  # another window saves
    assert result.stamp.changed()
