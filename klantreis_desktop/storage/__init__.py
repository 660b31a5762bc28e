"""Reading and writing .klantreis files (no Qt).

One self-contained zip per document (graph as networkx node-link data, photos inside),
numbered migrations from older versions, hostile-input-safe loading and atomic saving
with one ``.bak``. Every failure is a :class:`KlantreisFileError` whose ``str()`` can be
shown to the user as it is. Beside the document: a lock file against two windows or two
laptops editing it at once (:mod:`locks`) and a disk stamp to notice a change made
elsewhere (:mod:`stamps`).
"""

from __future__ import annotations

from klantreis_desktop.storage.atomic import backup_path
from klantreis_desktop.storage.codec import LoadResult, dumps, loads
from klantreis_desktop.storage.container import CURRENT_VERSION, FILE_SUFFIX
from klantreis_desktop.storage.errors import KlantreisFileError, OpenCancelled
from klantreis_desktop.storage.images import normalise_photo
from klantreis_desktop.storage.save import (
    UpgradeResult,
    check_upgrade,
    load,
    read,
    save,
    upgrade,
    upgrade_file,
)
from klantreis_desktop.storage.stamps import DiskStamp, changed_since

__all__ = [
    "CURRENT_VERSION", "FILE_SUFFIX", "DiskStamp", "KlantreisFileError", "LoadResult",
    "OpenCancelled", "UpgradeResult", "backup_path", "changed_since", "check_upgrade",
    "dumps", "load", "loads", "normalise_photo", "read", "save", "upgrade", "upgrade_file",
]
