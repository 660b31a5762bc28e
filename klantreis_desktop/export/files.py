"""File names and safe writing shared by every export format (no Qt).

PNG and SVG hold one journey each, so exporting several journeys makes one file per
journey; the names are derived here once, for the command line and the dialog alike.
Every file is written through a temp file in the target folder, so a failed export
(full disk, read-only folder) never leaves half a file or damages the one already there.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from klantreis_desktop.export.options import ExportError
from klantreis_desktop.i18n import translate
from klantreis_desktop.storage import atomic

#: 96 dots per inch: one canvas unit is one screen pixel at 100 % zoom (and one SVG px).
SCREEN_DPI = 96
MIN_DPI, MAX_DPI = 48, 1200
DEFAULT_DPI = 150
#: Bigger images are refused with a clear message instead of running out of memory.
MAX_SIDE_PX = 20_000
MAX_PIXELS = 120_000_000
_SLUG_MAX = 40


def _tr(text: str) -> str:
    return translate("Export", text)


def check_dpi(dpi: int) -> None:
    """Refuse resolutions that give unreadable (too low) or absurd (too high) images."""
    if not MIN_DPI <= dpi <= MAX_DPI:
        raise ExportError(_tr("The resolution must lie between {low} and {high} DPI.").format(
            low=MIN_DPI, high=MAX_DPI))


def pixel_size(width: float, height: float, dpi: int) -> tuple[int, int]:
    """Pixels for ``width`` × ``height`` canvas units at ``dpi`` (at least 1 × 1)."""
    factor = dpi / SCREEN_DPI
    return max(1, round(width * factor)), max(1, round(height * factor))


def check_pixels(width: int, height: int, dpi: int) -> None:
    """Refuse an image too large to hold in memory, and say which DPI would fit."""
    if max(width, height) <= MAX_SIDE_PX and width * height <= MAX_PIXELS:
        return
    shrink = min(MAX_SIDE_PX / max(width, height), (MAX_PIXELS / (width * height)) ** 0.5)
    fitting = max(MIN_DPI, int(dpi * shrink))
    raise ExportError(_tr("At {dpi} DPI the image would be {width} × {height} pixels, too large "
                          "to make. Choose {fitting} DPI or less.").format(
        dpi=dpi, width=width, height=height, fitting=fitting))


def slug(title: str) -> str:
    """A short, file-name-safe version of a journey title ("Ideale reis" → "ideale-reis")."""
    text = unicodedata.normalize("NFKD", title)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = re.sub(r"[^\w]+", "-", text, flags=re.ASCII).strip("-_")
    return text[:_SLUG_MAX].strip("-_")


def journey_paths(path: Path, titles: list[str]) -> list[Path]:
    """One file per journey: ``path`` itself for one journey, else ``stem-<title>.ext``.

    Names stay distinct when titles repeat or have no letters ("…-2", "…-journey-3").
    """
    if len(titles) == 1:
        return [path]
    used: set[str] = set()
    paths = []
    for number, title in enumerate(titles, start=1):
        part = slug(title) or f"{number}"
        name = f"{path.stem}-{part}"
        if name.casefold() in used:
            name = f"{name}-{number}"
        used.add(name.casefold())
        paths.append(path.with_name(name + path.suffix))
    return paths


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` through a temp file in the same folder, then replace ``path``.

    The writing itself is storage's (:func:`klantreis_desktop.storage.atomic.write_atomic`:
    fsync, retries while another program holds the file, folder sync). Raises
    :class:`ExportError` with a translated reason; the old file stays untouched.
    """
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(_tr("The folder “{folder}” does not exist.").format(folder=str(folder)))
    if path.is_dir():
        raise ExportError(_tr("“{path}” is a folder, not a file name.").format(path=str(path)))
    try:
        atomic.write_atomic(path, data)
    except (OSError, ValueError) as exc:  # ValueError: a path with a NUL character
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise ExportError(_tr("The file could not be written to “{path}”: {reason}").format(
            path=str(path), reason=reason)) from exc
