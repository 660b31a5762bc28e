"""Reading and writing .klantreis files (no Qt).

One self-contained zip per document (graph as networkx node-link data, photos inside),
numbered migrations from older versions, hostile-input-safe loading and atomic saving
with one ``.bak``. Every failure is a :class:`KlantreisFileError` whose ``str()`` can be
shown to the user as it is.
"""

from __future__ import annotations

from klantreis_desktop.storage.atomic import backup_path
from klantreis_desktop.storage.codec import LoadResult, dumps, loads
from klantreis_desktop.storage.container import CURRENT_VERSION, FILE_SUFFIX
from klantreis_desktop.storage.errors import KlantreisFileError
from klantreis_desktop.storage.images import normalise_photo
from klantreis_desktop.storage.save import load, read, save, upgrade

__all__ = [
    "CURRENT_VERSION", "FILE_SUFFIX", "KlantreisFileError", "LoadResult", "backup_path",
    "dumps", "load", "loads", "normalise_photo", "read", "save", "upgrade",
]
