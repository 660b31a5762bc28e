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
import os
import secrets
import shutil
import stat
import time
from pathlib import Path

from klantreis_desktop.model.document import Document
from klantreis_desktop.storage.codec import LoadResult, dumps, loads
from klantreis_desktop.storage.container import CURRENT_VERSION, MAX_FILE_BYTES
from klantreis_desktop.storage.errors import code_for_os_error, read_error, write_error
from klantreis_desktop.storage.file_names import cut_to_bytes

PathLike = str | os.PathLike[str]

#: os.replace is retried this often when another program (virus scanner, sync client)
#: holds the file for a moment; Windows reports that as PermissionError.
REPLACE_ATTEMPTS = 5
REPLACE_PAUSE_S = 0.075
BACKUP_SUFFIX = ".bak"


# Reading --------------------------------------------------------------------------------


def read(path: PathLike) -> LoadResult:
    """The document in ``path`` with its file version and warnings."""
    file = Path(path)
    try:
        info = os.stat(file)
        if stat.S_ISDIR(info.st_mode):
            raise read_error("not_klantreis", file, "is a folder")
        if info.st_size > MAX_FILE_BYTES:
            raise read_error("too_large", file, f"{info.st_size} bytes")
        with open(file, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)  # the file may have grown meanwhile
    except (OSError, ValueError) as error:  # ValueError: a path with a NUL character
        code = code_for_os_error(error) if isinstance(error, OSError) else "io"
        code = code if code in ("not_found", "permission", "name_too_long") else "io"
        raise read_error(code, file, f"{type(error).__name__}: {error}") from None
    return loads(data, file.name)


def load(path: PathLike) -> Document:
    """Just the document in ``path`` (warnings are dropped; use :func:`read` to show them)."""
    return read(path).document


# Saving ---------------------------------------------------------------------------------


def save(doc: Document, path: PathLike) -> None:
    """Write ``doc`` to ``path`` atomically, keeping the previous file as ``<path>.bak``."""
    write_atomic(path, dumps(doc, Path(path).name))


def upgrade(path: PathLike) -> tuple[int, int]:
    """Rewrite an older-version file in the current format (the old one becomes the .bak).

    Returns (file version before, file version after). Current and newer files are left
    alone: a newer file is never rewritten in an older format.
    """
    result = read(path)
    if result.version >= CURRENT_VERSION:
        return result.version, result.version
    save(result.document, path)
    return result.version, CURRENT_VERSION


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
    # Short enough for any file system (names are limited in bytes, not characters: 80
    # characters of "€" are 240 bytes); hidden on Linux and macOS.
    return folder / f".{cut_to_bytes(name, 80)}.{secrets.token_hex(6)}.{suffix}"


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
