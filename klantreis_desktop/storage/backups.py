"""The ``.bak`` every save keeps: finding it for a damaged file, and knowing one when opened.

Saving keeps the previous version as ``NAME.klantreis.bak`` (:mod:`.atomic`). When
``NAME.klantreis`` itself cannot be read any more, that backup is what is left, so the
window offers it (:func:`usable_backup`); and a backup that is opened must never pass for
the file it is the backup of (:func:`original_of`), or saving would write next to the
damaged file instead of replacing it on purpose. No Qt.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from klantreis_desktop.storage.atomic import BACKUP_SUFFIX, backup_path
from klantreis_desktop.storage.codec import LoadResult
from klantreis_desktop.storage.container import FILE_SUFFIX
from klantreis_desktop.storage.errors import Cancelled, KlantreisFileError
from klantreis_desktop.storage.save import read

#: Reading failed because of what is in the file (not the disk, the name or the version):
#: the backup beside it may still be whole.
DAMAGED_CODES = frozenset({"corrupt", "not_klantreis", "invalid"})


@dataclass
class Backup:
    """A backup that was read whole: the document, its file, and when it was saved."""

    path: Path
    result: LoadResult
    #: When this version was saved (the backup keeps the saved file's time).
    saved_at: float


def original_of(path: str | os.PathLike[str]) -> Path | None:
    """The file ``path`` is the backup of (``trip.klantreis`` for
    ``trip.klantreis.bak``), or None when it is no backup."""
    file = Path(path)
    ending = FILE_SUFFIX + BACKUP_SUFFIX
    if len(file.name) > len(ending) and file.name.lower().endswith(ending):
        return file.with_name(file.name[:-len(BACKUP_SUFFIX)])
    return None


def saved_at(path: str | os.PathLike[str]) -> float | None:
    """When the file at ``path`` was last written (None: it cannot be looked at)."""
    try:
        return os.stat(path).st_mtime
    except (OSError, ValueError):
        return None


def usable_backup(path: str | os.PathLike[str], error: KlantreisFileError,
                  cancelled: Cancelled | None = None) -> Backup | None:
    """The backup of ``path`` read whole, when ``path`` could not be read because it is
    damaged (``error``) and a backup that can be read exists; else None. Never raises."""
    if error.code not in DAMAGED_CODES:
        return None
    backup = backup_path(path)
    when = saved_at(backup)
    if when is None or not backup.is_file():
        return None
    try:
        result = read(backup, cancelled=cancelled)
    except KlantreisFileError:
        return None
    except Exception:  # MemoryError and the like: no backup to offer, still no traceback
        return None
    return Backup(backup, result, when)
