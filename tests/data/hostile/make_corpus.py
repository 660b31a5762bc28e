#!/usr/bin/env python3
"""Write the hostile corpus: small files that try to hurt, crash or fool the loader.

Run ``.venv/bin/python tests/data/hostile/make_corpus.py`` after changing this script and
commit the output; the output is deterministic. ``expected.json`` says what must happen to
each file: ``rejected`` with a given error code, or ``neutralised`` (it opens, and the
dangerous part is harmless: markup stays plain text, unknown parts are kept as data).
The expectations are written here by hand, never derived from running the loader.
"""

from __future__ import annotations

import io
import json
import struct
import sys
import warnings
import zipfile
import zlib
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))

from PIL import Image  # noqa: E402

from klantreis_desktop.model.builder import build  # noqa: E402
from klantreis_desktop.storage import dumps, normalise_photo  # noqa: E402

FIXED = (1980, 1, 1, 0, 0, 0)
HTML_TITLE = '<script>alert("klantreis")</script><b>Vet</b> & <img src=x onerror=alert(1)>'

SPEC: dict[str, Any] = {
    "title": "Hostile base", "lang": "nl",
    "personas": [{"id": "p", "name": "Esther", "age": 34}],
    "journeys": [{
        "id": "j", "title": "Verhuizen", "personas": ["p"],
        "phases": [{"id": "a", "title": "Oriëntatie"}, {"id": "b", "title": "Aankoop"}],
        "lanes": [{"id": "tp", "title": "Contactmomenten", "lane_type": "touchpoints"},
                  {"id": "emo", "title": "Emoties", "lane_type": "emotions"}],
        "cards": [{"id": "t1", "kind": "touchpoint", "phase": "a", "lane": "tp",
                   "title": "Ziet advertentie"},
                  {"id": "t2", "kind": "touchpoint", "phase": "b", "lane": "tp",
                   "title": "Belt"}],
        "flows": [["t1", "t2"]],
        "emotions": [{"persona": "p", "on": "t1", "score": 1}]}],
}


def gradient_jpeg() -> bytes:
    image = Image.linear_gradient("L").convert("RGB").resize((160, 120))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def base_parts() -> dict[str, bytes]:
    doc = build(SPEC, seed="hostile")
    name, png = normalise_photo(gradient_jpeg())
    doc.assets[name] = png
    persona = doc.personas()[0]
    doc.graph.nodes[persona]["photo"] = name
    with zipfile.ZipFile(io.BytesIO(dumps(doc))) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def zip_of(parts: dict[str, bytes], compress: int = zipfile.ZIP_DEFLATED,
           level: int = 9) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in parts.items():
            info = zipfile.ZipInfo(name, date_time=FIXED)
            info.create_system = 3
            info.external_attr = 0o644 << 16
            archive.writestr(info, content, compress_type=compress, compresslevel=level)
    return buffer.getvalue()


def graph_of(parts: dict[str, bytes]) -> dict[str, Any]:
    value: dict[str, Any] = json.loads(parts["document.json"])
    return value


def with_graph(parts: dict[str, bytes], graph: dict[str, Any]) -> bytes:
    return zip_of({**parts, "document.json": json.dumps(graph).encode()})


def replaced(parts: dict[str, bytes], old: bytes, new: bytes) -> bytes:
    document = parts["document.json"]
    assert old in document, old
    return zip_of({**parts, "document.json": document.replace(old, new, 1)})


def overlapping_zip(parts: dict[str, bytes], aliases: int = 12) -> bytes:
    """One 20 MB member of zeros (20 KB compressed) that the central directory lists
    ``aliases`` more times under other names, all pointing at the same bytes."""
    big = zlib.compressobj(9, zlib.DEFLATED, -15)
    payload = big.compress(b"\0" * (20 * 1024 * 1024 - 1)) + big.flush()
    members = [(name, content, zlib.crc32(content)) for name, content in parts.items()]
    out = io.BytesIO()
    central: list[bytes] = []

    def local(name: bytes, data: bytes, crc: int, size: int, method: int) -> int:
        offset = out.tell()
        out.write(struct.pack("<4sHHHHHIIIHH", b"PK\x03\x04", 20, 0, method, 0, 0x21, crc,
                              len(data), size, len(name), 0) + name + data)
        return offset

    def entry(name: bytes, crc: int, csize: int, size: int, method: int, offset: int) -> None:
        central.append(struct.pack("<4sHHHHHHIIIHHHHHII", b"PK\x01\x02", 0x31E, 20, 0,
                                   method, 0, 0x21, crc, csize, size, len(name), 0, 0, 0, 0,
                                   0o644 << 16, offset) + name)

    for name, content, crc in members:
        offset = local(name.encode(), content, crc, len(content), 0)
        entry(name.encode(), crc, len(content), len(content), 0, offset)
    crc = zlib.crc32(b"\0" * (20 * 1024 * 1024 - 1))
    offset = local(b"assets/a.png", payload, crc, 20 * 1024 * 1024 - 1, 8)
    for index in range(aliases + 1):
        entry(f"assets/{'a' if index == 0 else f'alias{index}'}.png".encode(), crc,
              len(payload), 20 * 1024 * 1024 - 1, 8, offset)
    start = out.tell()
    directory = b"".join(central)
    out.write(directory)
    out.write(struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, len(central), len(central),
                          len(directory), start, 0))
    return out.getvalue()


def bomb_png(width: int, height: int) -> bytes:
    def chunk(tag: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + tag + data
                + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    rows = zlib.compress(b"\x00" * (3 * 1024 + 1) * 4, 9)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", rows)
            + chunk(b"IEND", b""))


def png_of_rows(width: int, height: int, colour_type: int = 0, fill: int = 0) -> bytes:
    """A real, valid PNG of ``width`` × ``height`` 8-bit pixels, all ``fill``; compressed
    row block by row block so that even 59 million rows never sit in memory."""
    def chunk(tag: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + tag + data
                + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF))

    channels = {0: 1, 2: 3, 6: 4}[colour_type]
    row = b"\x00" + bytes([fill]) * (width * channels)
    block_rows = max(1, (1 << 20) // len(row))
    packer = zlib.compressobj(9)
    pieces = []
    for start in range(0, height, block_rows):
        pieces.append(packer.compress(row * min(block_rows, height - start)))
    pieces.append(packer.flush())
    header = struct.pack(">IIBBBBB", width, height, 8, colour_type, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", b"".join(pieces))
            + chunk(b"IEND", b""))


def jpeg_header(width: int, height: int) -> bytes:
    """The start of a baseline JPEG announcing ``width`` × ``height`` (no image data)."""
    frame = struct.pack(">BHHB", 8, height, width, 3) + b"\x01\x22\x00\x02\x11\x01\x03\x11\x01"
    return (b"\xff\xd8" + b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
            + b"\xff\xc0" + struct.pack(">H", 2 + len(frame)) + frame + b"\xff\xd9")


def with_photos(parts: dict[str, bytes], photos: dict[str, bytes], used: list[str]) -> bytes:
    """``parts`` plus the photos ``photos``; one persona for each name in ``used`` (the
    first is the base persona, the others its copies) shows that photo."""
    graph = graph_of(parts)
    persona = next(n for n in graph["nodes"] if n["kind"] == "persona")
    persona["photo"] = ""
    for index, asset in enumerate(used):
        node = persona if index == 0 else {**persona, "id": f"{index:032x}",
                                            "name": f"Persona {index}"}
        node["photo"] = asset
        if index:
            graph["nodes"].append(node)
    others = {name: content for name, content in parts.items()
              if not name.startswith("assets/")}
    return zip_of({**others, "document.json": json.dumps(graph).encode(),
                   **{f"assets/{name}": content for name, content in photos.items()}})


def patch_size(data: bytes, member: str, size: int) -> bytes:
    """Make both zip headers of ``member`` claim ``size`` uncompressed bytes."""
    raw = bytearray(data)
    name = member.encode()
    for magic, name_at, size_at in ((b"PK\x03\x04", 30, 22), (b"PK\x01\x02", 46, 24)):
        at = raw.index(magic)
        while raw[at + name_at:at + name_at + len(name)] != name:
            at = raw.index(magic, at + 4)
        struct.pack_into("<I", raw, at + size_at, size)
    return bytes(raw)


def corpus() -> dict[str, tuple[bytes, dict[str, Any]]]:
    """File name → (bytes, expectation)."""
    parts = base_parts()
    asset = next(name for name in parts if name.startswith("assets/"))
    graph = graph_of(parts)
    node_ids = [node["id"] for node in graph["nodes"]]
    journey = next(n for n in graph["nodes"] if n["kind"] == "journey")
    persona = next(n for n in graph["nodes"] if n["kind"] == "persona")

    def rejected(code: str) -> dict[str, Any]:
        return {"outcome": "rejected", "code": code}

    def changed(change: Any) -> bytes:
        copy = json.loads(json.dumps(graph))
        change(copy)
        return with_graph(parts, copy)

    def set_title(copy: dict[str, Any], value: Any) -> None:
        next(n for n in copy["nodes"] if n["kind"] == "journey")["title"] = value

    files: dict[str, tuple[bytes, dict[str, Any]]] = {}
    add = files.__setitem__
    # Not a klantreis file at all.
    add("not-klantreis-pdf.klantreis", (b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\n%%EOF\n",
                                        rejected("not_klantreis")))
    add("not-klantreis-png.klantreis", (normalise_photo(gradient_jpeg())[1],
                                        rejected("not_klantreis")))
    add("not-klantreis-docx.klantreis", (zip_of({"[Content_Types].xml": b"<Types/>",
                                                 "word/document.xml": b"<w:document/>"}),
                                         rejected("not_klantreis")))
    add("not-klantreis-json.klantreis", (b'{"type": "FeatureCollection", "features": []}',
                                         rejected("not_klantreis")))
    add("empty.klantreis", (b"", rejected("corrupt")))
    add("truncated-zip.klantreis", (zip_of(parts)[:700], rejected("corrupt")))
    # Zip tricks.
    add("zip-path-traversal.klantreis", (zip_of({**parts, "../../evil-traversal.txt": b"owned",
                                                 "/tmp/evil-absolute.txt": b"owned"}),
                                         rejected("corrupt")))
    add("zip-path-traversal-backslash.klantreis", (zip_of({**parts, "..\\..\\evil.dll": b"MZ"}),
                                                   rejected("corrupt")))
    add("zip-bomb.klantreis", (zip_of({**parts, "document.json": b" " * (40 * 1024 * 1024)}),
                               rejected("too_large")))
    add("zip-bomb-photo.klantreis", (zip_of({**parts, asset: b"\0" * (30 * 1024 * 1024)}),
                                     rejected("too_large")))
    add("zip-overlapping-entries.klantreis", (overlapping_zip(parts), rejected("corrupt")))
    lying = zip_of({**parts, "document.json": b" " * 5_000_000 + b"{}"})
    add("zip-lying-size.klantreis", (patch_size(lying, "document.json", 1000),
                                     rejected("corrupt")))
    add("zip-too-many-members.klantreis", (zip_of({**parts, **{f"x/{i}": b"" for i in
                                                               range(1001)}},
                                                  zipfile.ZIP_STORED), rejected("too_large")))
    duplicate = io.BytesIO()
    with zipfile.ZipFile(duplicate, "w") as archive, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Duplicate name": exactly what we want here
        for name, content in {**parts, "document.json": parts["document.json"]}.items():
            archive.writestr(zipfile.ZipInfo(name, date_time=FIXED), content)
        archive.writestr(zipfile.ZipInfo("document.json", date_time=FIXED), b"{}")
    add("zip-duplicate-members.klantreis", (duplicate.getvalue(), rejected("corrupt")))
    # JSON tricks.
    add("json-deeply-nested.klantreis", (zip_of({**parts, "document.json": b"[" * 200_000
                                                 + b"]" * 200_000}), rejected("corrupt")))
    add("json-deeply-nested-v1.klantreis", (b'{"format": "klantreis", "version": 1, "graph": '
                                            + b"[" * 50_000 + b"]" * 50_000 + b"}",
                                            rejected("corrupt")))
    add("json-million-digit-integer.klantreis", (replaced(parts, b'"age":34', b'"age":'
                                                          + b"9" * 1_000_000),
                                                 rejected("corrupt")))
    add("json-nan.klantreis", (replaced(parts, b'"age":34', b'"age":NaN'),
                               rejected("corrupt")))
    add("json-infinity.klantreis", (replaced(parts, b'"age":34', b'"age":-Infinity'),
                                    rejected("corrupt")))
    add("json-huge-exponent.klantreis", (replaced(parts, b'"age":34', b'"age":1e999'),
                                         rejected("corrupt")))
    add("json-duplicate-keys.klantreis", (zip_of({**parts, "manifest.json":
                                                  b'{"format": "klantreis", "version": 2, '
                                                  b'"version": 1}'}), rejected("corrupt")))
    add("json-not-utf8.klantreis", (zip_of({**parts, "document.json": b'{"nodes": ["\xff"]}'}),
                                    rejected("corrupt")))
    # Broken graphs.
    add("graph-wrong-types.klantreis", (changed(lambda g: set_title(g, {"nl": 5})),
                                        rejected("invalid")))
    add("graph-score-is-text.klantreis", (changed(lambda g: next(
        n for n in g["nodes"] if n["kind"] == "emotion").__setitem__("score", "veel")),
        rejected("invalid")))
    add("graph-dangling-edge.klantreis", (changed(lambda g: g["edges"].append(
        {"source": node_ids[0], "target": "f" * 32, "key": "flow", "kind": "flow"})),
        rejected("invalid")))
    add("graph-duplicate-ids.klantreis", (changed(lambda g: g["nodes"].append(
        dict(g["nodes"][0]))), rejected("invalid")))
    add("graph-unknown-node-kind.klantreis", (changed(lambda g: g["nodes"][0].__setitem__(
        "kind", "macro")), rejected("invalid")))
    add("graph-unknown-edge-kind.klantreis", (changed(lambda g: g["edges"][0].update(
        key="owns", kind="owns")), rejected("invalid")))
    add("graph-megabyte-title.klantreis", (changed(lambda g: set_title(g, "x" * 2_000_000)),
                                           rejected("invalid")))
    add("manifest-megabyte-title.klantreis", (zip_of({**parts, "manifest.json": json.dumps(
        {"format": "klantreis", "version": 2, "title": "y" * 2_000_000}).encode()}),
        rejected("too_large")))
    # Photos.
    add("photo-decompression-bomb.klantreis", (zip_of({**parts, asset: bomb_png(100_000,
                                                                                100_000)}),
                                               rejected("too_large")))
    jpeg = gradient_jpeg()
    add("photo-truncated-jpeg.klantreis", (zip_of({**parts, asset: jpeg[:len(jpeg) // 2]}),
                                           rejected("corrupt")))
    add("photo-html.klantreis", (zip_of({**parts, asset: b"<html><script>x</script></html>"}),
                                 rejected("corrupt")))
    # Pixel budgets: decided from the headers, before any pixel is decoded.
    strip = png_of_rows(1, 59_000_000)  # 14 KB in the zip, 59 MP when decoded
    ten = {f"photo-strip{i}.png": strip for i in range(10)}
    add("photos-ten-strips-unused.klantreis", (with_photos(parts, ten, []), {
        "outcome": "neutralised", "warnings": True}))  # never decoded: no persona uses them
    add("photos-ten-strips-used.klantreis", (with_photos(parts, ten, sorted(ten)[:1]),
                                             rejected("too_large")))
    add("photo-too-narrow.klantreis", (with_photos(parts, {"thin.png": png_of_rows(
        40, 1000)}, ["thin.png"]), rejected("too_large")))
    add("photo-jpeg-header-bomb.klantreis", (with_photos(parts, {"big.jpg": jpeg_header(
        60_000, 60_000)}, ["big.jpg"]), rejected("too_large")))
    large = png_of_rows(4000, 4000, 2, 200)  # 16 MP: accepted on its own
    add("photo-large-accepted.klantreis", (with_photos(parts, {"large.png": large},
                                                       ["large.png"]), {
        "outcome": "neutralised"}))
    add("photos-over-file-budget.klantreis", (with_photos(parts, {
        "large1.png": large, "large2.png": png_of_rows(4000, 4000, 2, 100)},
        ["large1.png", "large2.png"]), rejected("too_large")))
    # Neutralised: opens, and the dangerous part is plain data.
    markup = json.loads(json.dumps(graph))
    set_title(markup, HTML_TITLE)
    next(n for n in markup["nodes"] if n["kind"] == "persona")["name"] = "<i>Esther</i>&nbsp;"
    add("markup-in-titles.klantreis", (with_graph(parts, markup), {
        "outcome": "neutralised", "titles": {journey["id"]: HTML_TITLE,
                                             persona["id"]: "<i>Esther</i>&nbsp;"}}))
    newer = json.loads(parts["manifest.json"])
    newer["version"] = 99
    add("newer-version-unknown-parts.klantreis", (zip_of({
        **parts, "manifest.json": json.dumps(newer).encode(),
        "comments/thread.json": b'{"text": "<script>x</script>"}'}),
        {"outcome": "neutralised", "warnings": True}))
    return files


def main() -> None:
    files = corpus()
    for old in HERE.glob("*.klantreis"):
        old.unlink()
    expected = {}
    for name, (data, expectation) in sorted(files.items()):
        (HERE / name).write_bytes(data)
        expected[name] = expectation
    (HERE / "expected.json").write_text(json.dumps(expected, indent=1, sort_keys=True) + "\n",
                                        encoding="utf-8")
    total = sum(len(data) for data, _ in files.values())
    print(f"{len(files)} files, {total / 1024:.0f} KB")


if __name__ == "__main__":
    main()
