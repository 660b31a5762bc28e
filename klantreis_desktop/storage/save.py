"""Files on disk: reading with a size cap, and saving atomically with one ``.bak``.

Saving never deletes or truncates the original first: :mod:`.atomic` writes a temp file in
the same folder, fsyncs it, hard-links (or copies) the old file to the ``.bak`` and only then
swaps the temp file in. Whatever fails, the original file is untouched and no temp file is
left behind. There is deliberately no fallback to writing the file in place: when the atomic
way is refused (read-only folder, locked file, full disk, pulled USB stick) the save fails
with a message that names the cause.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from klantreis_desktop.model.document import Document
from klantreis_desktop.storage import atomic
from klantreis_desktop.storage.atomic import PathLike
from klantreis_desktop.storage.codec import LoadResult, dumps, loads
from klantreis_desktop.storage.container import CURRENT_VERSION, MAX_FILE_BYTES
from klantreis_desktop.storage.errors import (
    Cancelled,
    os_read_error,
    os_write_error,
    read_error,
)
from klantreis_desktop.storage.leftovers import remove_stale_temp_files
from klantreis_desktop.storage.stamps import DiskStamp

# Reading --------------------------------------------------------------------------------


def read(path: PathLike, cancelled: Cancelled | None = None) -> LoadResult:
    """The document in ``path`` with its file version, warnings and disk stamp.

    Safe to call from a worker thread (it shares no state with other threads);
    ``cancelled`` is asked between the parts of the file and raises
    :class:`~klantreis_desktop.storage.errors.OpenCancelled` when it returns True.
    Only the members are held in memory, never the whole file: it is hashed for the
    stamp in a first pass and unpacked from disk in a second. Temp files a crashed save
    of this document left behind are removed on the way.
    """
    file = Path(path)
    try:
        with open(file, "rb") as handle:
            info = os.fstat(handle.fileno())
            if stat.S_ISDIR(info.st_mode):
                raise read_error("is_folder", file, "is a folder")
            if info.st_size > MAX_FILE_BYTES:
                raise read_error("too_large", file, f"{info.st_size} bytes")
            digest = _sha256_of(handle, MAX_FILE_BYTES + 1)  # it may have grown meanwhile
            handle.seek(0)
            result = loads(_DiskFile(handle, file), file.name,  # type: ignore[arg-type]  # file-like
                           cancelled)
    except (OSError, ValueError) as error:  # ValueError: a path with a NUL character
        raise os_read_error(error, file) from None
    result.stamp = DiskStamp(os.fspath(file), info.st_size, info.st_mtime_ns, digest)
    remove_stale_temp_files(file)
    return result


class _DiskFile:
    """The open file as the zip reader sees it: when the disk fails underneath (a pulled
    USB stick), the error names that cause instead of calling the file damaged."""

    def __init__(self, handle: BinaryIO, path: Path) -> None:
        self._handle, self._path = handle, path

    def read(self, size: int = -1) -> bytes:
        try:
            return self._handle.read(size)
        except OSError as error:
            raise os_read_error(error, self._path) from None

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        try:
            return self._handle.seek(offset, whence)
        except OSError as error:
            if error.errno == errno.EINVAL:  # before the start: a file too short to be a
                raise ValueError("negative seek position") from None  # zip, as in memory
            raise os_read_error(error, self._path) from None

    def tell(self) -> int:
        return self._handle.tell()

    def seekable(self) -> bool:
        return True


def _sha256_of(handle: BinaryIO, limit: int) -> str:
    digest = hashlib.sha256()
    left = limit
    while left > 0:
        block = handle.read(min(left, 1024 * 1024))
        if not block:
            break
        digest.update(block)
        left -= len(block)
    return digest.hexdigest()


def load(path: PathLike) -> Document:
    """Just the document in ``path`` (warnings are dropped; use :func:`read` to show them)."""
    return read(path).document


# Saving ---------------------------------------------------------------------------------


def save(doc: Document, path: PathLike) -> DiskStamp | None:
    """Write ``doc`` to ``path`` atomically, keeping the previous file as ``<path>.bak``.

    Returns the stamp of what was written (None when the file could not be looked at
    afterwards), to notice later whether someone else changed it. Temp files an earlier
    crashed save left behind are removed.
    """
    data = dumps(doc, Path(path).name)
    write_file(path, data)
    remove_stale_temp_files(path)
    try:
        return DiskStamp.of_bytes(path, data, os.stat(path))
    except (OSError, ValueError):
        return None


@dataclass(frozen=True)
class UpgradeResult:
    """What :func:`upgrade_file` found or did.

    ``status``: ``"upgraded"`` (an older file rewritten), ``"current"`` (already the
    current version: untouched, same bytes), ``"rewritten"`` (current, rewritten on
    request) or ``"newer"`` (a newer version: never rewritten by this one).
    """

    before: int
    after: int
    status: str

    @property
    def changed(self) -> bool:
        """True when the file on disk was rewritten."""
        return self.status in ("upgraded", "rewritten")


def check_upgrade(path: PathLike) -> UpgradeResult:
    """What :func:`upgrade_file` would do, without writing anything."""
    version = read(path).version
    if version < CURRENT_VERSION:
        return UpgradeResult(version, CURRENT_VERSION, "upgraded")
    return UpgradeResult(version, version, "newer" if version > CURRENT_VERSION else "current")


def upgrade_file(path: PathLike, force: bool = False) -> UpgradeResult:
    """Rewrite an older-version file in the current format (the old one becomes the .bak).

    A current file is left untouched, byte for byte, unless ``force`` (then it is written
    again as this version writes it: unused photos dropped, everything normalised). A
    newer file is never rewritten, not even with ``force``.
    """
    result = read(path)
    version = result.version
    if version > CURRENT_VERSION:
        return UpgradeResult(version, version, "newer")
    if version == CURRENT_VERSION and not force:
        return UpgradeResult(version, version, "current")
    save(result.document, path)
    return UpgradeResult(version, CURRENT_VERSION,
                         "upgraded" if version < CURRENT_VERSION else "rewritten")


def upgrade(path: PathLike) -> tuple[int, int]:
    """(file version before, after) of :func:`upgrade_file` without ``force``."""
    done = upgrade_file(path)
    return done.before, done.after


def write_file(path: PathLike, data: bytes, keep_backup: bool = True) -> None:
    """:func:`~klantreis_desktop.storage.atomic.write_atomic` with storage's typed errors.

    ``keep_backup=False`` skips the ``.bak`` (autosave copies need none). Every failure is
    a :class:`KlantreisFileError` that names the cause; the original stays as it was.
    """
    try:
        atomic.write_atomic(path, data, keep_backup=keep_backup)
    except (OSError, ValueError) as error:  # ValueError: a path with a NUL character
        raise os_write_error(error, Path(path)) from None
