"""Persona photos: decoded under caps and re-encoded by Pillow before anything else sees them.

Photos arrive from the user's disk (importing) and from files that came by mail
(loading). Either way only Pillow parses the untrusted bytes; Qt and ReportLab only ever
get the clean PNG written here. PNG, because it is lossless and deterministic: re-encoding
our own output gives the identical bytes, so opening and saving a file never degrades a
photo and never changes the file when nothing else changed.
"""

from __future__ import annotations

import hashlib
import io
import warnings
from typing import TYPE_CHECKING

from klantreis_desktop.storage.errors import KlantreisFileError, image_error

if TYPE_CHECKING:
    from PIL import Image

#: Largest photo file accepted for import (bytes).
MAX_INPUT_BYTES = 50 * 1024 * 1024
#: Largest image accepted by its header, before any pixel is decoded (a 60 MP camera).
MAX_SOURCE_PIXELS = 60_000_000
#: Longest side of a stored photo, in pixels: enough for an A0 poster's persona card.
MAX_SIDE = 1024
#: Formats a user may import.
IMPORT_FORMATS: tuple[str, ...] = ("PNG", "JPEG", "GIF", "BMP", "WEBP")
#: Formats accepted inside a .klantreis file (we only write PNG; JPEG for future files).
FILE_FORMATS: tuple[str, ...] = ("PNG", "JPEG")


def normalise_photo(data: bytes, name: str = "") -> tuple[str, bytes]:
    """A safe PNG (longest side at most 1024 px) and a suggested asset name for it.

    The name is derived from the content, so importing the same photo twice gives one
    asset. ``name`` (the user's file name) is only used in the error message. Raises
    :class:`KlantreisFileError` with code ``not_image``, ``corrupt`` or ``too_large``.
    """
    png = _reencode(data, IMPORT_FORMATS, name)
    return asset_name_for(png), png


def asset_name_for(png: bytes) -> str:
    """The content-derived asset name for PNG bytes."""
    return f"photo-{hashlib.sha256(png).hexdigest()[:16]}.png"


def reencode_asset(data: bytes, name: str = "") -> bytes:
    """The clean PNG for an asset read from a file (idempotent on our own output)."""
    return _reencode(data, FILE_FORMATS, name)


def _reencode(data: bytes, formats: tuple[str, ...], name: str) -> bytes:
    # Pillow is imported on first use: most documents have no photo, and opening one
    # should not pay for it at start-up.
    from PIL import Image, UnidentifiedImageError

    if len(data) > MAX_INPUT_BYTES:
        raise image_error("too_large", name, f"{len(data)} bytes")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=list(formats)) as source:
                return _clean_png(source, name)
    except KlantreisFileError:
        raise
    except UnidentifiedImageError as error:
        raise image_error("not_image", name, str(error)) from None
    except (Image.DecompressionBombError, Image.DecompressionBombWarning, MemoryError) as error:
        raise image_error("too_large", name, str(error)) from None
    except Exception as error:  # any decoder failure means a bad image
        raise image_error("corrupt", name, f"{type(error).__name__}: {error}") from None


def _clean_png(source: Image.Image, name: str) -> bytes:
    from PIL import Image, ImageOps

    width, height = source.size
    if width < 1 or height < 1 or width * height > MAX_SOURCE_PIXELS:
        raise image_error("too_large", name, f"{width}x{height} pixels")
    if source.format == "JPEG":
        # Let libjpeg scale down while decoding: a 48 MP photo never sits in memory.
        source.draft(None, (MAX_SIDE, MAX_SIDE))
    source.load()  # decodes everything now; truncated or broken data fails here
    image = ImageOps.exif_transpose(source) or source
    image = _canonical_mode(image)
    if max(image.size) > MAX_SIDE:
        image.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    clean = image.copy()
    clean.info = {}  # no metadata, profiles or text chunks are carried over
    out = io.BytesIO()
    clean.save(out, "PNG", optimize=False, compress_level=6)
    return out.getvalue()


def _canonical_mode(image: Image.Image) -> Image.Image:
    """One of RGB, RGBA or L, so that re-encoding our own PNG changes nothing."""
    mode = image.mode
    if mode in ("RGB", "RGBA", "L") and "transparency" not in image.info:
        return image
    if mode in ("RGBA", "LA", "PA", "La", "RGBa") or "transparency" in image.info:
        return image.convert("RGBA")
    if mode in ("I", "I;16", "I;16B", "I;16L", "I;16N", "F"):
        # 16-bit grey: scale to 8 bits instead of clipping everything to white.
        return image.convert("I").point(lambda value: value * (1 / 256)).convert("L")
    if mode == "1":
        return image.convert("L")
    return image.convert("RGB")
