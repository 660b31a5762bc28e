"""Files on disk: reading with a size cap, and saving atomically with one ``.bak``.

Saving never deletes or truncates the original first: the new bytes go to a temp file in
the same folder and are fsynced; the old file is hard-linked (or copied) to the ``.bak``;
only then does ``os.replace`` swap the temp file in. Whatever fails, the original file is
untouched and no temp file is left behind. There is deliberately no fallback to writing the
file in place: when the atomic way is refused (read-only folder, locked file, full disk,
pulled USB stick) the save fails with a message that names the cause.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import secrets
import shutil
import stat
import time
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from klantreis_desktop.model.document import Document
from klantreis_desktop.storage.codec import LoadResult, dumps, loads
from klantreis_desktop.storage.container import CURRENT_VERSION, MAX_FILE_BYTES
from klantreis_desktop.storage.errors import (
    Cancelled,
    code_for_os_error,
    os_read_error,
    read_error,
    write_error,
)
from klantreis_desktop.storage.leftovers import remove_stale_temp_files
from klantreis_desktop.storage.stamps import DiskStamp

PathLike = str | os.PathLike[str]

#: os.replace is retried this often when another program (virus scanner, sync client)
#: holds the file for a moment; Windows reports that as PermissionError.
REPLACE_ATTEMPTS = 5
REPLACE_PAUSE_S = 0.075
BACKUP_SUFFIX = ".bak"


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
            result = loads(_DiskFile(handle, file), file.name,  # type: ignore[arg-type]
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
    write_atomic(path, data)
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


def backup_path(path: PathLike) -> Path:
    """Where the previous version of ``path`` is kept."""
    file = Path(path)
    return file.with_name(file.name + BACKUP_SUFFIX)


def write_atomic(path: PathLike, data: bytes, keep_backup: bool = True) -> None:
    """Replace ``path`` by ``data`` so that it is either fully old or fully new.

    ``keep_backup=False`` skips the ``.bak`` (autosave copies need none). A file without
    any write permission is refused even where the folder would allow replacing it (as
    POSIX does): the user marked it read-only, so it is not ours to overwrite.
    """
    # Follow a symlink so the temp file lands in the real folder (os.replace cannot
    # move across file systems, and replacing the link itself would break it).
    temp: Path | None = None
    backup_temp: Path | None = None
    try:
        target = Path(os.path.realpath(path))
        folder = target.parent
        if target.is_dir():
            raise IsADirectoryError(errno.EISDIR, "is a folder", str(target))
        if not folder.is_dir():
            raise FileNotFoundError(errno.ENOENT, "folder does not exist", str(folder))
        existing = target.exists()
        if existing and not stat.S_IMODE(os.stat(target).st_mode) & 0o222:
            raise OSError(errno.EROFS, "the file is marked read-only", str(target))
        temp = _temp_name(folder, target.name, "tmp")
        _write_synced(temp, data, target if existing else None)
        if existing and keep_backup:
            backup_temp = _temp_name(folder, target.name, "bak.tmp")
            _copy_for_backup(target, backup_temp)
            _replace(backup_temp, backup_path(target))
            backup_temp = None
        _replace(temp, target)
        temp = None
        _sync_folder(folder)
    except (OSError, ValueError) as error:  # ValueError: a path with a NUL character
        code = code_for_os_error(error) if isinstance(error, OSError) else "io"
        raise write_error(code, Path(path), f"{type(error).__name__}: {error}") from None
    finally:
        for leftover in (temp, backup_temp):
            if leftover is not None:
                with contextlib.suppress(OSError):
                    os.unlink(leftover)


def _temp_name(folder: Path, name: str, suffix: str) -> Path:
    # Short enough for any file system; hidden on Linux and macOS.
    return folder / f".{name[:80]}.{secrets.token_hex(6)}.{suffix}"


def _write_synced(temp: Path, data: bytes, like: Path | None) -> None:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    descriptor = os.open(temp, flags, 0o666)  # the umask decides, as for any new file
    with open(descriptor, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    if like is not None:
        with contextlib.suppress(OSError):  # keep the original's permissions if we may
            os.chmod(temp, stat.S_IMODE(os.stat(like).st_mode))


def _copy_for_backup(source: Path, backup_temp: Path) -> None:
    """A second name for the old file (hard link), or a synced copy where links fail."""
    try:
        os.link(source, backup_temp)
        return
    except OSError:
        pass  # FAT/exFAT sticks and some network shares have no hard links
    shutil.copyfile(source, backup_temp)
    with open(backup_temp, "rb+") as handle:
        os.fsync(handle.fileno())


def _replace(source: Path, target: Path) -> None:
    for attempt in range(REPLACE_ATTEMPTS):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if attempt == REPLACE_ATTEMPTS - 1:
                raise
            time.sleep(REPLACE_PAUSE_S)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); folders cannot be opened on Windows."""
    if os.name != "posix":
        return
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass  # some file systems refuse fsync on folders; the data itself is synced
    finally:
        os.close(descriptor)
