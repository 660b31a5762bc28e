"""The outer shape of a .klantreis file: reading it safely, writing it byte for byte the same.

Version 2 and later: a ZIP with ``manifest.json``, ``document.json`` and ``assets/<name>``.
Version 1: one plain JSON object (see :mod:`migrations`). Reading never extracts anything
to disk; members are read into memory by an allow-list, each capped by the bytes actually
read. Writing fixes every timestamp, attribute and compression setting, so the same
document always gives the same bytes (diffable, and sync tools see no false changes).
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from klantreis_desktop.storage import safejson
from klantreis_desktop.storage.errors import Cancelled, check_cancelled, read_error

#: The file format version this program writes.
CURRENT_VERSION = 2
FORMAT_NAME = "klantreis"
FILE_SUFFIX = ".klantreis"

#: Caps on what reading may hold in memory: the unpacked members (the file itself is
#: read from disk member by member), and the parsed JSON (~100 MB at most, see
#: safejson.MAX_ITEMS). A 2,000-card journey is 1.6 MB of JSON, a stored photo at most
#: ~4 MB.
MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_MEMBERS = 1_000
MAX_MANIFEST_BYTES = 1024 * 1024
MAX_DOCUMENT_BYTES = 16 * 1024 * 1024
MAX_ASSET_BYTES = 20 * 1024 * 1024
MAX_TOTAL_BYTES = 128 * 1024 * 1024
#: A version-1 file is one JSON text with the photos inside as base64.
MAX_V1_BYTES = 64 * 1024 * 1024

#: Manifest key of a file saved by this program from a newer one: the newest version whose
#: parts it still carries (see :mod:`preserve`). Such a file says version 2 and is read
#: as carefully as the newer one.
NEWER_PARTS_KEY = "newer_parts_version"

MANIFEST = "manifest.json"
DOCUMENT = "document.json"
ASSET_FOLDER = "assets/"

_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
#: The start of a file read to tell what it is (a file that is blank that far is empty).
_HEAD_BYTES = 64 * 1024
#: The end-of-central-directory record sits in the last 22 + 65,535 bytes.
_TAIL_BYTES = 65_557
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)
_SAFE_SEGMENT = re.compile(r"[A-Za-z0-9_][A-Za-z0-9._-]{0,99}")
#: Deflate level 3: on a 2,000-card journey (1.6 MB of JSON) level 6 took 17 ms for
#: 211 KB, level 3 takes 7 ms for 248 KB and level 1 6 ms for 267 KB. Autosave writes
#: often, and a few more kilobytes matter to nobody.
_DEFLATE_LEVEL = 3


@dataclass
class RawFile:
    """A file's content after unpacking and JSON parsing, before it becomes a Document.

    Migrations work on this shape, so they can rename keys and move photos around
    without ever building a graph from data of an older version.
    """

    version: int
    #: Every key of the manifest (format, version, app_version and the document meta).
    manifest: dict[str, Any]
    #: The node-link data as parsed; checked only when the graph is built.
    graph: Any
    #: Photo name → bytes as stored (re-encoded when the document is built).
    assets: dict[str, bytes] = field(default_factory=dict)
    #: Members we do not know, kept verbatim from a newer file so saving keeps them.
    extra: dict[str, bytes] = field(default_factory=dict)
    #: Names of members that were not read (unknown parts of a current or older file).
    skipped: list[str] = field(default_factory=list)
    #: The newest version whose unknown parts this file carries (0: none). Its parts
    #: are kept, never dropped, however often the file is opened and saved.
    carried_version: int = 0
    #: Image formats its photos may have (version 1 kept photos as they were imported).
    photo_formats: tuple[str, ...] = ("PNG", "JPEG")
    #: Photos in the file that no persona uses (not read; only in a non-carrying file).
    unused: list[str] = field(default_factory=list)


#: Per node kind, the attribute that names a picture in the assets: a persona's photo and
#: a journey's logo (issue 16's poster). Pictures no node names are not read or written.
PICTURE_FIELDS = {"persona": "photo", "journey": "logo"}


def pictures_named(nodes: Iterable[Any]) -> set[str]:
    """The asset names ``nodes`` (attribute dicts, checked or not) name as pictures."""
    named = set()
    for node in nodes:
        if not isinstance(node, dict):
            continue
        field_name = PICTURE_FIELDS.get(str(node.get("kind")))
        picture = node.get(field_name) if field_name else None
        if isinstance(picture, str) and picture:
            named.add(picture)
    return named


def used_photos(graph: Any) -> set[str]:
    """The pictures nodes name in node-link ``graph`` (as parsed, unchecked)."""
    nodes = graph.get("nodes") if isinstance(graph, dict) else None
    return pictures_named(nodes) if isinstance(nodes, list) else set()


def carried_version(manifest: dict[str, Any], version: int) -> int:
    """The newer version whose parts a file with this header carries (0: none)."""
    marker = manifest.get(NEWER_PARTS_KEY, 0)
    if isinstance(marker, bool) or not isinstance(marker, int):
        marker = 0
    newest = max(version, marker)
    return newest if newest > CURRENT_VERSION else 0


def is_safe_name(name: str) -> bool:
    """True for names like ``photo-1a2b.png``: one short path segment, no tricks."""
    return bool(_SAFE_SEGMENT.fullmatch(name)) and name not in (".", "..")


def _is_safe_path(name: str) -> bool:
    return all(is_safe_name(part) for part in name.split("/"))


def _is_dangerous(name: str) -> bool:
    """Absolute, drive, backslash, ``..`` or control characters: a path-traversal attempt."""
    parts = name.replace("\\", "/").split("/")
    return (not name or name.startswith(("/", "\\")) or "\\" in name or ":" in name
            or any(ord(char) < 32 for char in name) or ".." in parts)


def read_container(source: bytes | BinaryIO, name: str,
                   cancelled: Cancelled | None = None) -> RawFile:
    """Unpack ``source`` (zip or version-1 JSON) into a :class:`RawFile`; never trusts it.

    ``source`` is the file's bytes or a seekable binary file open on it (then only the
    members are read into memory, never the whole file). ``cancelled`` is asked between
    members (raises :class:`~klantreis_desktop.storage.errors.OpenCancelled`)."""
    stream = source if hasattr(source, "read") else io.BytesIO(source)  # no copy
    assert not isinstance(stream, bytes)
    size = stream.seek(0, io.SEEK_END)
    if size > MAX_FILE_BYTES:
        raise read_error("too_large", name, f"{size} bytes")
    stream.seek(0)
    start = stream.read(_HEAD_BYTES)
    if not start.strip():
        raise read_error("corrupt", name, "empty file")
    if start[:4] in _ZIP_MAGIC:
        return _read_zip(stream, size, name, cancelled)
    if start.lstrip()[:1] == b"{":
        if size > MAX_V1_BYTES:
            raise read_error("too_large", name, f"{size} bytes of JSON")
        stream.seek(0)
        return _read_v1(stream.read(MAX_V1_BYTES + 1), name)
    raise read_error("not_klantreis", name, f"starts with {start[:8]!r}")


def _parse(data: bytes, name: str, what: str) -> Any:
    try:
        return safejson.parse(data)
    except safejson.JsonTooLarge as error:
        raise read_error("too_large", name, f"{what}: {error}") from None
    except safejson.UnsafeJsonError as error:
        raise read_error("corrupt", name, f"{what}: {error}") from None


def _version_of(header: dict[str, Any], name: str) -> int:
    if header.get("format") != FORMAT_NAME:
        raise read_error("not_klantreis", name, f"format {str(header.get('format'))[:40]!r}")
    version = header.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise read_error("corrupt", name, f"version {str(version)[:40]!r}")
    return version


def _read_v1(data: bytes, name: str) -> RawFile:
    if len(data) > MAX_V1_BYTES:
        raise read_error("too_large", name, f"{len(data)} bytes of JSON")
    top = _parse(data, name, "file")
    if not isinstance(top, dict):
        raise read_error("not_klantreis", name, "JSON but not an object")
    version = _version_of(top, name)
    if version != 1:
        raise read_error("corrupt", name, f"plain JSON file claims version {version}")
    if "graph" not in top:
        raise read_error("corrupt", name, "version 1 file without graph")
    graph = top.pop("graph")
    return RawFile(version=1, manifest=top, graph=graph)


def _entry_count(tail: bytes) -> int | None:
    """Entries announced by the end-of-central-directory record in the file's ``tail``
    (None: zip64 or absent)."""
    position = tail.rfind(b"PK\x05\x06")
    if position < 0 or position + 22 > len(tail):
        return None
    count = int.from_bytes(tail[position + 10:position + 12], "little")
    return None if count == 0xFFFF else count


class _Budget:
    """Uncompressed bytes still allowed for this file, counted from what is really read."""

    def __init__(self, name: str) -> None:
        self.left = MAX_TOTAL_BYTES
        self.name = name

    def read(self, archive: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int) -> bytes:
        if info.flag_bits & 0x1:
            raise read_error("corrupt", self.name, f"{info.filename}: encrypted")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise read_error("corrupt", self.name,
                             f"{info.filename}: compression {info.compress_type}")
        limit = min(cap, self.left)
        if info.file_size > limit:
            raise read_error("too_large", self.name, f"{info.filename}: {info.file_size} bytes")
        with archive.open(info) as member:
            data = member.read(limit + 1)
        if len(data) > limit:
            raise read_error("too_large", self.name, f"{info.filename}: over {limit} bytes")
        self.left -= len(data)
        return data


def _read_zip(stream: BinaryIO, size: int, name: str, cancelled: Cancelled | None) -> RawFile:
    stream.seek(max(0, size - _TAIL_BYTES))
    count = _entry_count(stream.read(_TAIL_BYTES))
    if count is not None and count > MAX_MEMBERS:
        raise read_error("too_large", name, f"{count} zip members")
    stream.seek(0)
    try:
        archive = zipfile.ZipFile(stream)
        infos = archive.infolist()
        if len(infos) > MAX_MEMBERS:
            raise read_error("too_large", name, f"{len(infos)} zip members")
        _check_no_overlap(infos, getattr(archive, "start_dir", size), name)
        return _unpack(archive, infos, name, cancelled)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError,
            NotImplementedError, RuntimeError, zlib.error) as error:
        raise read_error("corrupt", name, f"zip: {type(error).__name__}: {error}") from None


def _check_no_overlap(infos: list[zipfile.ZipInfo], end: int, name: str) -> None:
    """Refuse members whose data overlap (the "overlapping entries" zip bomb).

    Every member must end before the next one starts. The end is computed from the
    central directory alone (header, name, compressed data); a local extra field only
    makes the real end later, so this is a lower bound that never refuses a sound zip.
    """
    ordered = sorted(infos, key=lambda info: info.header_offset)
    for index, info in enumerate(ordered):
        encoding = "utf-8" if info.flag_bits & 0x800 else "cp437"
        name_length = len(info.orig_filename.encode(encoding, errors="replace"))
        member_end = info.header_offset + 30 + name_length + info.compress_size
        limit = ordered[index + 1].header_offset if index + 1 < len(ordered) else end
        if info.header_offset < 0 or member_end > limit:
            raise read_error("corrupt", name,
                             f"zip member {info.filename[:80]!r} overlaps the next one")


def _unpack(archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo], name: str,
            cancelled: Cancelled | None) -> RawFile:
    by_name: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        if _is_dangerous(info.filename):
            raise read_error("corrupt", name, f"unsafe member name {info.filename[:80]!r}")
        if info.filename in by_name:
            raise read_error("corrupt", name, f"duplicate member {info.filename[:80]!r}")
        by_name[info.filename] = info
    if MANIFEST not in by_name:
        raise read_error("not_klantreis", name, "zip without manifest.json")
    budget = _Budget(name)
    manifest = _parse(budget.read(archive, by_name[MANIFEST], MAX_MANIFEST_BYTES), name,
                      MANIFEST)
    if not isinstance(manifest, dict):
        raise read_error("corrupt", name, "manifest is not an object")
    version = _version_of(manifest, name)
    newer = version > CURRENT_VERSION
    carried = carried_version(manifest, version)
    if version < 2:
        raise read_error("corrupt", name, f"zip file claims version {version}")
    if DOCUMENT not in by_name:
        raise read_error("unsupported" if newer else "corrupt", name, "no document.json")
    graph = _parse(budget.read(archive, by_name[DOCUMENT], MAX_DOCUMENT_BYTES), name, DOCUMENT)
    raw = RawFile(version=version, manifest=manifest, graph=graph, carried_version=carried)
    used = None if carried else used_photos(graph)
    for member, info in sorted(by_name.items()):
        if member in (MANIFEST, DOCUMENT) or info.is_dir():
            continue
        check_cancelled(cancelled, name)
        asset = member[len(ASSET_FOLDER):] if member.startswith(ASSET_FOLDER) else ""
        if asset and is_safe_name(asset) and used is not None and asset not in used:
            raw.unused.append(asset)  # never read, let alone decoded
        elif asset and is_safe_name(asset):
            raw.assets[asset] = budget.read(archive, info, MAX_ASSET_BYTES)
        elif carried and _is_safe_path(member):
            raw.extra[member] = budget.read(archive, info, MAX_ASSET_BYTES)
        else:
            raw.skipped.append(member)
    return raw


def _add(archive: zipfile.ZipFile, member: str, data: bytes, compress: int) -> None:
    info = zipfile.ZipInfo(member, date_time=_FIXED_TIME)
    info.compress_type = compress
    info.create_system = 3  # the same on every platform, for identical bytes
    info.external_attr = 0o644 << 16
    archive.writestr(info, data, compress_type=compress,
                     compresslevel=_DEFLATE_LEVEL)


def write_container(manifest: dict[str, Any], document: bytes,
                    assets: dict[str, bytes], extra: dict[str, bytes]) -> bytes:
    """The zip bytes of a version-2 file (``document``: the serialised document.json);
    identical input gives identical bytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        _add(archive, MANIFEST, safejson.dump(manifest), zipfile.ZIP_DEFLATED)
        _add(archive, DOCUMENT, document, zipfile.ZIP_DEFLATED)
        for asset in sorted(assets):
            # PNG is compressed already; storing it saves time and changes nothing.
            _add(archive, ASSET_FOLDER + asset, assets[asset], zipfile.ZIP_STORED)
        for member in sorted(extra):
            _add(archive, member, extra[member], zipfile.ZIP_DEFLATED)
    return buffer.getvalue()
