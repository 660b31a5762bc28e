"""Persona photos: sized up by their header, decoded under caps, stored as a clean PNG.

Photos arrive from the user's disk (importing) and from files that came by mail
(loading). Either way only Pillow parses the untrusted bytes; Qt and ReportLab only ever
get a PNG made of nothing but pixels. PNG, because it is lossless and deterministic:
opening and saving a file never degrades a photo and never changes the file when nothing
else changed.

Cost is decided before any pixel is decoded: the header gives the size (read here for PNG
and JPEG, so Pillow never even warns about a bomb), a JPEG is decoded at the reduced
scale the app needs (``draft``), and :class:`PixelBudget` caps the work for all photos of
one file together. A photo already in our stored form (see :func:`is_stored_form`) is
fully decoded to prove it sound, then kept byte for byte: re-encoding a 1 MP photo takes
~0.3 s, decoding it ~0.02 s.
"""

from __future__ import annotations

import hashlib
import io
import os
import struct
import warnings
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from klantreis_desktop.storage.errors import KlantreisFileError, image_error, os_read_error
from klantreis_desktop.storage.refusals import image_limit_error, photos_limit_error

if TYPE_CHECKING:
    from PIL import Image

#: Largest photo file accepted for import (bytes).
MAX_INPUT_BYTES = 50 * 1024 * 1024
#: Pixels decoded for one photo at most: 4,000 × 4,000 (a 5K screenshot fits). Pillow
#: keeps 4 bytes a pixel for RGB and RGBA (64 MB) and shrinking an RGBA image copies it
#: once more, so one photo peaks near 150 MB; decoding costs ~25 ns a pixel here. No
#: persona card needs more than 1024 px, and camera JPEGs are decoded reduced anyway.
MAX_IMAGE_PIXELS = 16_000_000
#: A JPEG may announce more, since it is decoded at 1/2 … 1/8 of its size (an 80 MP
#: camera photo decodes as 1.3 MP); Pillow itself warns from 89.5 MP.
MAX_JPEG_PIXELS = 80_000_000
#: Longest side at most this many times the shortest: a persona photo, not a 1 × 59
#: million pixel strip (whose thumbnail would be one pixel anyway).
MAX_ASPECT = 20
#: Work allowed for all photos of one file together, in decoded pixels (a 16-bit PNG
#: counts twice) plus :data:`CONVERT_WEIGHT` per stored pixel of every photo that must be
#: converted. ~25 ns a pixel: about a second on a slow laptop; 40 full-size photos in our
#: stored form (1024 × 1024) fit, or one 16 MP PNG to convert and 14 small photos.
MAX_FILE_PIXELS = 40_000_000
#: Encoding a PNG costs ~10 times as much per pixel as decoding one.
CONVERT_WEIGHT = 10
#: Longest side of a stored photo, in pixels: enough for an A0 poster's persona card.
MAX_SIDE = 1024
#: Formats a user may import.
IMPORT_FORMATS: tuple[str, ...] = ("PNG", "JPEG", "GIF", "BMP", "WEBP")
#: Formats accepted inside a .klantreis file (we only write PNG; JPEG for future files).
FILE_FORMATS: tuple[str, ...] = ("PNG", "JPEG")

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
#: PNG colour types of our stored form: grey (L), RGB and RGBA, 8 bits each.
_STORED_COLOUR_TYPES = frozenset({0, 2, 6})
#: JPEG start-of-frame markers (C4 DHT, C8 JPG and CC DAC share the range but are not).
_SOF_MARKERS = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}


@dataclass(frozen=True)
class Probe:
    """What a photo will cost, read from its header before anything is decoded."""

    width: int
    height: int
    #: Pixels decoding will produce (a JPEG's reduced size).
    decoded: int
    #: Pixels of the stored PNG.
    stored: int
    #: Already exactly what we store: decoded once to check it, then kept as it is.
    stored_form: bool
    #: 16 bits per channel: twice the work per pixel.
    deep: bool = False

    @property
    def cost(self) -> int:
        """Its share of :data:`MAX_FILE_PIXELS`."""
        work = self.decoded * (2 if self.deep else 1)
        return work if self.stored_form else work + CONVERT_WEIGHT * self.stored


class PixelBudget:
    """The work still allowed for the photos of one file (see :data:`MAX_FILE_PIXELS`)."""

    def __init__(self, limit: int = MAX_FILE_PIXELS) -> None:
        self.limit = limit
        self.left = limit

    def spend(self, probe: Probe, file_name: str = "") -> None:
        """Take ``probe``'s cost, or refuse the file (code ``too_large``) naming the limit."""
        if probe.cost > self.left:
            raise photos_limit_error(file_name, self.limit // 1_000_000,
                                     f"photos need more than {self.limit} pixels of work")
        self.left -= probe.cost


def normalise_photo(data: bytes, name: str = "") -> tuple[str, bytes]:
    """A safe PNG (longest side at most 1024 px) and a suggested asset name for it.

    The name is derived from the content, so importing the same photo twice gives one
    asset. ``name`` (the user's file name) is only used in the error message. Raises
    :class:`KlantreisFileError` with code ``not_image``, ``corrupt`` or ``too_large``.
    """
    png = _convert(data, IMPORT_FORMATS, name)
    return asset_name_for(png), png


def import_photo(path: str | os.PathLike[str]) -> tuple[str, bytes]:
    """:func:`normalise_photo` of the image file at ``path``, for the persona editor.

    A file that cannot be read says why (no permission, in use, gone) instead of "not an
    image"; a file over :data:`MAX_INPUT_BYTES` is refused before it is read.
    """
    file = Path(path)
    try:
        with open(file, "rb") as handle:
            if os.fstat(handle.fileno()).st_size > MAX_INPUT_BYTES:
                raise image_error("too_large", file.name, "file too large")
            data = handle.read(MAX_INPUT_BYTES + 1)
    except (OSError, ValueError) as error:
        raise os_read_error(error, file) from None
    return normalise_photo(data, file.name)


def asset_name_for(png: bytes) -> str:
    """The content-derived asset name for PNG bytes."""
    return f"photo-{hashlib.sha256(png).hexdigest()[:16]}.png"


def reencode_asset(data: bytes, name: str = "",
                   formats: tuple[str, ...] = FILE_FORMATS) -> bytes:
    """The clean PNG for an asset read from a file (our own stored form comes back as is)."""
    return _convert(data, formats, name)


def probe(data: bytes, formats: tuple[str, ...] = FILE_FORMATS, name: str = "") -> Probe:
    """The cost of ``data`` from its header alone; refuses an image over the limits.

    Raises :class:`KlantreisFileError` (``too_large``, ``not_image`` or ``corrupt``)."""
    def work() -> Probe:
        found, image = _probe_open(data, formats, name)
        image.close()
        return found

    result = _guarded(work, name)
    assert isinstance(result, Probe)
    return result


def stored_cost(data: bytes) -> int:
    """The budget share of a photo about to be saved, from its PNG header alone (saving
    must stay fast): our stored form costs its pixels; anything else what the loader will
    charge at most for converting it."""
    known = header_size(data)
    if known is None:
        return 0  # not a photo at all: the loader refuses it for that, not for its cost
    fmt, width, height = known
    pixels = width * height
    if fmt == "PNG" and len(data) > 28 and _stored_header(data[16:29]):
        return pixels
    stored = _stored_size(width, height)
    return pixels + CONVERT_WEIGHT * stored[0] * stored[1]


def is_stored_form(data: bytes) -> bool:
    """True for a PNG exactly as we store photos: 8-bit grey, RGB or RGBA, at most
    :data:`MAX_SIDE` pixels a side, not interlaced, made of IHDR, IDAT and IEND chunks
    only (no text, profile, EXIF or palette), every checksum right, nothing after IEND.

    Such a file holds pixels and nothing else, which is all re-encoding would guarantee;
    our encoder's output always has this form. Decoding it still decides whether it is
    sound.
    """
    if not data.startswith(_PNG_SIGNATURE):
        return False
    position = len(_PNG_SIGNATURE)
    seen: list[bytes] = []
    while position + 12 <= len(data):
        length, tag = struct.unpack_from(">I4s", data, position)
        end = position + 12 + length
        if end > len(data):
            return False
        body = data[position + 8:position + 8 + length]
        (crc,) = struct.unpack_from(">I", data, end - 4)
        if zlib.crc32(tag + body) & 0xFFFFFFFF != crc:
            return False
        if not seen and (tag != b"IHDR" or not _stored_header(body)):
            return False
        if tag not in (b"IHDR", b"IDAT", b"IEND") or (tag == b"IHDR" and seen) or (
                tag == b"IDAT" and seen[-1] not in (b"IHDR", b"IDAT")):
            return False
        seen.append(tag)
        position = end
        if tag == b"IEND":
            return length == 0 and position == len(data) and seen[-2] == b"IDAT"
    return False


def _stored_header(body: bytes) -> bool:
    if len(body) != 13:
        return False
    width, height, depth, colour, compression, filtering, interlace = struct.unpack(
        ">IIBBBBB", body)
    return (1 <= width <= MAX_SIDE and 1 <= height <= MAX_SIDE and depth == 8
            and colour in _STORED_COLOUR_TYPES and compression == filtering == interlace == 0)


def header_size(data: bytes) -> tuple[str, int, int] | None:
    """(format, width, height) of a PNG or JPEG read from its header, without Pillow
    (which warns before we could refuse); None for anything else."""
    if data.startswith(_PNG_SIGNATURE) and data[12:16] == b"IHDR" and len(data) >= 24:
        width, height = struct.unpack_from(">II", data, 16)
        return "PNG", width, height
    if data.startswith(b"\xff\xd8"):
        return _jpeg_size(data)
    return None


def _jpeg_size(data: bytes) -> tuple[str, int, int] | None:
    position = 2
    while position + 4 <= len(data):
        if data[position] != 0xFF:
            return None
        marker = data[position + 1]
        if marker == 0xFF:  # fill byte
            position += 1
            continue
        if marker in (0x01, *range(0xD0, 0xD8)):  # no length
            position += 2
            continue
        (length,) = struct.unpack_from(">H", data, position + 2)
        if marker in _SOF_MARKERS:
            if position + 9 > len(data):
                return None
            height, width = struct.unpack_from(">HH", data, position + 5)
            return "JPEG", width, height
        if marker in (0xDA, 0xD9) or length < 2:  # scan data or end before any frame
            return None
        position += 2 + length
    return None


def _check_size(width: int, height: int, limit: int, name: str) -> None:
    if width < 1 or height < 1:
        raise image_error("corrupt", name, f"{width}x{height} pixels")
    if width * height > limit:
        raise image_limit_error(name, width, height, limit_mp=limit // 1_000_000)
    if max(width, height) > MAX_ASPECT * min(width, height):
        raise image_limit_error(name, width, height, aspect=MAX_ASPECT)


def _stored_size(width: int, height: int) -> tuple[int, int]:
    """The size of the stored photo: longest side at most MAX_SIDE, proportions kept."""
    longest = max(width, height)
    if longest <= MAX_SIDE:
        return width, height
    scale = MAX_SIDE / longest
    return max(1, round(width * scale)), max(1, round(height * scale))


def _probe_open(data: bytes, formats: tuple[str, ...], name: str
                ) -> tuple[Probe, Image.Image]:
    """Check the header, open with Pillow (header only) and set up a reduced JPEG decode."""
    from PIL import Image

    if len(data) > MAX_INPUT_BYTES:
        raise image_error("too_large", name, f"{len(data)} bytes")
    known = header_size(data)
    if known is not None:
        fmt, width, height = known
        if fmt not in formats:
            raise image_error("not_image", name, f"{fmt} not allowed here")
        _check_size(width, height, MAX_JPEG_PIXELS if fmt == "JPEG" else MAX_IMAGE_PIXELS,
                    name)
        image = Image.open(io.BytesIO(data), formats=[fmt])
    elif set(formats) <= set(FILE_FORMATS):
        # Inside a file (perhaps read on a worker thread): not a header we could read, so
        # Pillow tries and most likely refuses it; our own size check follows.
        image = Image.open(io.BytesIO(data), formats=list(formats))
    else:
        # GIF, BMP or WebP, imported by the person (or kept by a version-1 file): Pillow
        # reads the header, and its bomb warning is an error (catch_warnings is not
        # thread-safe, so it is used only here).
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=list(formats))
    try:
        width, height = image.size
        _check_size(width, height, MAX_JPEG_PIXELS if image.format == "JPEG"
                    else MAX_IMAGE_PIXELS, name)
        stored = _stored_size(width, height)
        if image.format == "JPEG":
            # libjpeg scales down while decoding (1/2 … 1/8): a 48 MP photo never sits
            # in memory. The request keeps the long side at least MAX_SIDE.
            image.draft(None, stored)
        decoded = image.size[0] * image.size[1]
        if decoded > MAX_IMAGE_PIXELS:
            raise image_limit_error(name, width, height, limit_mp=MAX_IMAGE_PIXELS // 1_000_000)
        deep = image.mode.startswith("I;16") or (
            image.format == "PNG" and _png_depth(data) == 16)
        found = Probe(width, height, decoded, stored[0] * stored[1],
                      image.format == "PNG" and is_stored_form(data), deep)
    except BaseException:
        image.close()
        raise
    return found, image


def _png_depth(data: bytes) -> int:
    return data[24] if len(data) > 24 else 8


def _guarded(work: Callable[[], object], name: str) -> object:
    """Pillow's many exceptions as our typed errors."""
    from PIL import Image, UnidentifiedImageError

    try:
        return work()
    except KlantreisFileError:
        raise
    except UnidentifiedImageError as error:
        raise image_error("not_image", name, str(error)) from None
    except (Image.DecompressionBombError, Image.DecompressionBombWarning, MemoryError) as error:
        raise image_error("too_large", name, str(error)) from None
    except Exception as error:  # any decoder failure means a bad image
        raise image_error("corrupt", name, f"{type(error).__name__}: {error}") from None


def _convert(data: bytes, formats: tuple[str, ...], name: str) -> bytes:
    # Pillow is imported on first use: most documents have no photo, and opening one
    # should not pay for it at start-up.
    def work() -> bytes:
        found, source = _probe_open(data, formats, name)
        with source:
            source.load()  # decodes everything now; truncated or broken data fails here
            if found.stored_form:
                return data
            return _clean_png(source)

    result = _guarded(work, name)
    assert isinstance(result, bytes)
    return result


def _clean_png(source: Image.Image) -> bytes:
    from PIL import Image, ImageOps

    image = _shrunk(source)  # first: turning or converting copies the whole image
    image = ImageOps.exif_transpose(image) or image
    image = _canonical_mode(image)
    if max(image.size) > MAX_SIDE:
        image.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    clean = image.copy()
    clean.info = {}  # no metadata, profiles or text chunks are carried over
    out = io.BytesIO()
    clean.save(out, "PNG", optimize=False, compress_level=6)
    return out.getvalue()


def _shrunk(image: Image.Image) -> Image.Image:
    """A large image brought near the stored size in its own mode, before converting it
    (so a 16-bit or palette image is never converted at full size)."""
    from PIL import Image

    target = _stored_size(*image.size)
    if target == image.size or image.mode in ("P", "1", "PA"):
        return image  # palette images cannot be averaged; they convert first (1 byte/px)
    if image.mode in ("L", "LA", "RGB", "RGBA", "RGBX", "CMYK", "YCbCr", "La", "RGBa"):
        return image.resize(target, Image.Resampling.LANCZOS, reducing_gap=2.0)
    return image.resize(target, Image.Resampling.LANCZOS)


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

