"""What a file on disk was when we last read or wrote it, to notice that someone else
changed it since (another window, another laptop through a sync folder).

Size and modification time answer most checks for free; the SHA-256 of the bytes decides
when they disagree, because sync clients and backups touch files without changing them
(a new mtime, same bytes: not a change) and some file systems keep mtimes coarse (same
mtime, new bytes of the same size: asked for with ``verify=True``).
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass

_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class DiskStamp:
    """A file's identity at one moment: where, how large, when written, which bytes."""

    path: str
    size: int
    mtime_ns: int
    sha256: str

    @classmethod
    def of(cls, path: str | os.PathLike[str]) -> DiskStamp:
        """The stamp of the file as it is now (raises OSError when it cannot be read)."""
        with open(path, "rb") as handle:
            info = os.fstat(handle.fileno())
            digest = _hash_stream(handle)
        return cls(os.fspath(path), info.st_size, info.st_mtime_ns, digest)

    @classmethod
    def of_bytes(cls, path: str | os.PathLike[str], data: bytes,
                 info: os.stat_result) -> DiskStamp:
        """The stamp of ``data`` just read from or written to ``path`` (``info``: its stat,
        taken on the same open file or right after writing) without reading it again."""
        return cls(os.fspath(path), info.st_size, info.st_mtime_ns,
                   hashlib.sha256(data).hexdigest())

    def changed(self, verify: bool = False) -> bool:
        """True when the file is no longer what this stamp saw (gone counts as changed).

        Cheap when size and mtime are unchanged: then the bytes are hashed only with
        ``verify``. A different size is a change without hashing; a new mtime with the
        same size is a change only if the bytes differ.
        """
        try:
            info = os.stat(self.path)
        except OSError:
            return True
        if info.st_size != self.size:
            return True
        if info.st_mtime_ns == self.mtime_ns and not verify:
            return False
        try:
            with open(self.path, "rb") as handle:
                return _hash_stream(handle) != self.sha256
        except OSError:
            return True

    def refreshed(self) -> DiskStamp:
        """This stamp with the file's current mtime, when its bytes are still the same (so
        a touched but unchanged file is not hashed again on every check)."""
        try:
            info = os.stat(self.path)
        except OSError:
            return self
        if info.st_size == self.size and info.st_mtime_ns != self.mtime_ns and not (
                self.changed()):
            return DiskStamp(self.path, self.size, info.st_mtime_ns, self.sha256)
        return self


def changed_since(stamp: DiskStamp | None, verify: bool = False) -> bool:
    """True when the file of ``stamp`` changed since (None: never read, so not changed)."""
    return stamp is not None and stamp.changed(verify)


def _hash_stream(handle: object) -> str:
    digest = hashlib.sha256()
    read = handle.read  # type: ignore[attr-defined]  # any binary file object
    while True:
        block = read(_CHUNK)
        if not block:
            return digest.hexdigest()
        digest.update(block)

