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

from klantreis_desktop.export.pdf_options import ExportError
from klantreis_desktop.i18n import translate
from klantreis_desktop.storage import atomic
from klantreis_desktop.storage.errors import code_for_os_error
from klantreis_desktop.storage.file_names import cut_to_bytes, safe_file_name

#: 96 dots per inch: one canvas unit is one screen pixel at 100 % zoom (and one SVG px).
SCREEN_DPI = 96
MIN_DPI, MAX_DPI = 48, 1200
DEFAULT_DPI = 150
#: Bigger images are refused with a clear message instead of running out of memory.
MAX_SIDE_PX = 20_000
MAX_PIXELS = 120_000_000
_SLUG_MAX = 40
#: Bytes in one file name on Linux and macOS (ext4, APFS); Windows counts 255 UTF-16 units.
_NAME_MAX_BYTES = 255


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
    """A short, file-name-safe version of a journey title ("Ideale reis" → "ideale-reis").

    Empty when the title has no letters or digits. The export dialog proposes it as the
    whole file name, so it passes :func:`safe_file_name` too (a journey called "Con" must
    not become ``con.png``, a device on Windows).
    """
    text = unicodedata.normalize("NFKD", title)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = re.sub(r"[^\w]+", "-", text, flags=re.ASCII).strip("-_")
    text = text[:_SLUG_MAX].strip("-_")
    return safe_file_name(text, max_chars=_SLUG_MAX) if text else ""


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
        # A long chosen name is cut, not the journey's part: the names must stay distinct.
        room = _NAME_MAX_BYTES - len(f"-{part}-{number}{path.suffix}".encode())
        name = f"{cut_to_bytes(path.stem, room)}-{part}"
        if name.casefold() in used:
            name = f"{name}-{number}"
        used.add(name.casefold())
        paths.append(path.with_name(name + path.suffix))
    return paths


def _reason(error: OSError) -> str:
    """Why writing failed, in the user's language where the system's words mislead."""
    if code_for_os_error(error) == "name_too_long":  # Windows says "not found" for it
        return _tr("the file name or the folder path is too long")
    return error.strerror or str(error)


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` through a temp file in the same folder, then replace ``path``.

    The writing itself is storage's (:func:`klantreis_desktop.storage.atomic.write_atomic`:
    fsync, retries while another program holds the file, folder sync). Raises
    :class:`ExportError` with a translated reason; the old file stays untouched.
    """
    folder = path.parent if str(path.parent) else Path(".")
    try:  # is_dir() too raises OSError, for a name that is too long
        if not folder.is_dir():
            raise ExportError(_tr("The folder “{folder}” does not exist.").format(
                folder=str(folder)))
        if path.is_dir():
            raise ExportError(_tr("“{path}” is a folder, not a file name.").format(
                path=str(path)))
        atomic.write_atomic(path, data)
    except OSError as exc:
        raise ExportError(_tr("The file could not be written to “{path}”: {reason}").format(
            path=str(path), reason=_reason(exc))) from exc
    except ValueError as exc:  # a path with a NUL character
        raise ExportError(_tr("The file could not be written to “{path}”: {reason}").format(
            path=str(path), reason=str(exc))) from exc
