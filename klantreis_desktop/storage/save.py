"""Files on disk: reading with a size cap, and saving atomically with one ``.bak``.

Saving never deletes or truncates the original first: :mod:`.atomic` writes a temp file in
the same folder, fsyncs it, hard-links (or copies) the old file to the ``.bak`` and only then
swaps the temp file in. Whatever fails, the original file is untouched and no temp file is
left behind. There is deliberately no fallback to writing the file in place: when the atomic
way is refused (read-only folder, locked file, full disk, pulled USB stick) the save fails
with a message that names the cause.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from klantreis_desktop.model.document import Document
from klantreis_desktop.storage import atomic
from klantreis_desktop.storage.atomic import PathLike
from klantreis_desktop.storage.codec import LoadResult, dumps, loads
from klantreis_desktop.storage.container import CURRENT_VERSION, MAX_FILE_BYTES
from klantreis_desktop.storage.errors import code_for_os_error, read_error, write_error

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
    write_file(path, dumps(doc, Path(path).name))


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


def write_file(path: PathLike, data: bytes, keep_backup: bool = True) -> None:
    """:func:`~klantreis_desktop.storage.atomic.write_atomic` with storage's typed errors.

    ``keep_backup=False`` skips the ``.bak`` (autosave copies need none). Every failure is
    a :class:`KlantreisFileError` that names the cause; the original stays as it was.
    """
    try:
        atomic.write_atomic(path, data, keep_backup=keep_backup)
    except (OSError, ValueError) as error:  # ValueError: a path with a NUL character
        code = code_for_os_error(error) if isinstance(error, OSError) else "io"
        raise write_error(code, Path(path), f"{type(error).__name__}: {error}") from None
