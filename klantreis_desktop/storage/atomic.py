"""The one way the app replaces a file on disk: fully old or fully new, never half.

Documents, autosave copies, exports (PDF, PNG, SVG) and the settings file all go through
:func:`write_atomic`: the new bytes go to a temp file in the same folder and are fsynced;
the old file is optionally kept as ``<name>.bak``; only then does ``os.replace`` swap the
temp file in (retried for a moment when a virus scanner or sync client holds the file, which
Windows reports as PermissionError), and the folder is fsynced so the rename itself survives
a power cut. Whatever fails, the original is untouched and no temp file is left behind.
There is deliberately no fallback to writing the file in place.

Failures are plain :class:`OSError` (``ValueError`` for a path with a NUL character); each
caller turns them into its own message: typed storage errors, an export error, a log line.
No Qt, and nothing but the standard library.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import shutil
import stat
import time
from pathlib import Path

from klantreis_desktop.storage.file_names import cut_to_bytes

PathLike = str | os.PathLike[str]

#: os.replace is retried this often when another program (virus scanner, sync client)
#: holds the file for a moment; Windows reports that as PermissionError.
REPLACE_ATTEMPTS = 5
REPLACE_PAUSE_S = 0.075
BACKUP_SUFFIX = ".bak"


def backup_path(path: PathLike) -> Path:
    """Where the previous version of ``path`` is kept."""
    file = Path(path)
    return file.with_name(file.name + BACKUP_SUFFIX)


def write_atomic(path: PathLike, data: bytes, *, keep_backup: bool = False,
                 mode: int = 0o666) -> None:
    """Replace ``path`` by ``data`` so that it is either fully old or fully new.

    ``keep_backup`` keeps the previous file as ``<path>.bak``. ``mode`` is for a new file
    (the umask still applies; an existing file keeps its own permissions): 0o600 for
    private files. A file without any write permission is refused even where the folder
    would allow replacing it (as POSIX does): the user marked it read-only, so it is not
    ours to overwrite. Raises OSError (ValueError for a NUL in the path).
    """
    temp: Path | None = None
    backup_temp: Path | None = None
    try:
        # Follow a symlink so the temp file lands in the real folder (os.replace cannot
        # move across file systems, and replacing the link itself would break it).
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
        _write_synced(temp, data, target if existing else None, mode)
        if existing and keep_backup:
            backup_temp = _temp_name(folder, target.name, "bak.tmp")
            _copy_for_backup(target, backup_temp)
            replace_with_retries(backup_temp, backup_path(target))
            backup_temp = None
        replace_with_retries(temp, target)
        temp = None
        sync_folder(folder)
    finally:
        for leftover in (temp, backup_temp):
            if leftover is not None:
                with contextlib.suppress(OSError):
                    os.unlink(leftover)


def _temp_name(folder: Path, name: str, suffix: str) -> Path:
    # Short enough for any file system (names are limited in bytes, not characters: 80
    # characters of "€" are 240 bytes); hidden on Linux and macOS.
    return folder / f".{cut_to_bytes(name, 80)}.{secrets.token_hex(6)}.{suffix}"


def _write_synced(temp: Path, data: bytes, like: Path | None, mode: int) -> None:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    descriptor = os.open(temp, flags, mode)  # the umask decides the rest, as for any file
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


def replace_with_retries(source: Path, target: Path) -> None:
    """``os.replace``, tried again for a moment while another program holds the file."""
    for attempt in range(REPLACE_ATTEMPTS):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if attempt == REPLACE_ATTEMPTS - 1:
                raise
            time.sleep(REPLACE_PAUSE_S)


def sync_folder(folder: Path) -> None:
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
