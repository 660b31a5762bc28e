"""Temp files a crashed save left beside a document, found and removed on the next
open or save of that document.

Saving writes ``.<name>.<12 hex>.tmp`` (and ``.<name>.<12 hex>.bak.tmp`` for the backup)
in the document's folder, then renames it over the document; a crash or a pulled plug
between the two leaves it behind, hidden. Only names of exactly that pattern, for this
document, and older than :data:`STALE_AFTER_S` are removed: a younger one may be a save
in progress in another window or on another laptop sharing the folder. The pattern must
follow :func:`klantreis_desktop.storage.atomic._temp_name`.
"""

from __future__ import annotations

import contextlib
import os
import re
import time
from pathlib import Path

#: A temp file older than this is a leftover: no save takes ten minutes.
STALE_AFTER_S = 10 * 60
#: How much of the document's name a temp name carries (characters, or UTF-8 bytes).
NAME_PART = 80
_TEMP = re.compile(r"\.(?P<part>.+)\.[0-9a-f]{12}\.(?:bak\.)?tmp\Z", re.DOTALL)


def _name_parts(name: str) -> set[str]:
    """The forms the name takes inside a temp name (cut by characters or by bytes)."""
    by_bytes = name.encode("utf-8", "surrogateescape")[:NAME_PART].decode("utf-8", "ignore")
    return {name[:NAME_PART], by_bytes}


def is_temp_of(candidate: str, document_name: str) -> bool:
    """True when ``candidate`` is a temp file name that saving ``document_name`` makes."""
    match = _TEMP.match(candidate)
    return match is not None and match.group("part") in _name_parts(document_name)


def stale_temp_files(path: str | os.PathLike[str], now: float | None = None) -> list[Path]:
    """The leftover temp files of the document at ``path`` (never raises)."""
    target = Path(os.path.realpath(path))
    moment = time.time() if now is None else now
    found: list[Path] = []
    try:
        entries = os.scandir(target.parent)
    except (OSError, ValueError):
        return found
    with entries:
        for entry in entries:
            if not entry.name.startswith(".") or not is_temp_of(entry.name, target.name):
                continue
            with contextlib.suppress(OSError):
                info = entry.stat(follow_symlinks=False)
                if entry.is_file(follow_symlinks=False) and (
                        moment - info.st_mtime >= STALE_AFTER_S):
                    found.append(Path(entry.path))
    return sorted(found)


def remove_stale_temp_files(path: str | os.PathLike[str],
                            now: float | None = None) -> list[Path]:
    """Remove the leftover temp files of the document at ``path``; the ones removed.

    Best effort: a read-only folder or a file another program holds is left alone.
    """
    removed: list[Path] = []
    for leftover in stale_temp_files(path, now):
        with contextlib.suppress(OSError):
            os.unlink(leftover)
            removed.append(leftover)
    return removed
