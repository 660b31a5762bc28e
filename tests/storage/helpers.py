"""Shared builders for the storage tests: a realistic document, images and zip surgery."""

from __future__ import annotations

import io
import json
import struct
import zipfile
import zlib
from typing import Any

from PIL import Image, ImageDraw

from klantreis_desktop.model import operations as ops
from klantreis_desktop.model.builder import build
from klantreis_desktop.model.document import Document
from klantreis_desktop.storage import dumps, normalise_photo

SPEC: dict[str, Any] = {
    "title": "Verhuizen met kinderen",
    "lang": "nl",
    "channels": [{"id": "web", "name": "Website", "icon": "website"},
                 {"id": "tel", "name": "Telefoon", "icon": "phone"}],
    "personas": [{"id": "esther", "name": "Esther", "age": 34, "colour": "#d62728",
                  "quote": "Ik wil het gewoon één keer goed geregeld hebben."},
                 {"id": "ali", "name": "Ali", "age": 51}],
    "journeys": [
        {"id": "j", "title": "Verhuizing plannen", "personas": ["esther"],
         "phases": [{"id": "a", "title": "Bewustwording"}, {"id": "b", "title": "Oriëntatie"},
                    {"id": "c", "title": "Aankoop"}],
         "lanes": [{"id": "tp", "title": "Contactmomenten", "lane_type": "touchpoints"},
                   {"id": "emo", "title": "Emoties", "lane_type": "emotions"},
                   {"id": "pain", "title": "Pijnpunten", "lane_type": "pains"}],
         "cards": [
             {"id": "t1", "kind": "touchpoint", "phase": "a", "lane": "tp",
              "title": "Ziet advertentie <b>gratis</b> & snel", "channels": ["web"]},
             {"id": "t2", "kind": "touchpoint", "phase": "b", "lane": "tp",
              "title": "Vergelijkt prijzen"},
             {"id": "t3", "kind": "touchpoint", "phase": "c", "lane": "tp", "title": "Belt",
              "channels": ["tel"], "moment_of_truth": True},
             {"id": "p1", "kind": "pain", "phase": "b", "lane": "pain",
              "title": "Reiskosten onduidelijk", "impact": 4, "effort": 2},
         ],
         "flows": [["t1", "t2"], ["t2", "t3"]],
         "emotions": [{"persona": "esther", "on": "t1", "score": 1},
                      {"persona": "esther", "on": "t3", "score": -2},
                      {"persona": "esther", "on": "b", "score": 0}]},
    ],
}


def png_bytes(size: tuple[int, int] = (64, 48), mode: str = "RGB",
              colour: Any = (200, 60, 40)) -> bytes:
    image = Image.new(mode, size, colour)
    ImageDraw.Draw(image).ellipse([size[0] // 4, size[1] // 4, size[0] // 2, size[1] // 2],
                                  fill=(20, 120, 200) if mode == "RGB" else 0)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def jpeg_bytes(size: tuple[int, int] = (200, 150), **options: Any) -> bytes:
    image = Image.effect_noise(size, 40).convert("RGB")
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=90, **options)
    return buffer.getvalue()


def sample_doc(with_photo: bool = True) -> Document:
    """The sample journey, with Esther's photo embedded the way the persona editor does it."""
    doc = build(SPEC)
    if with_photo:
        name, png = normalise_photo(png_bytes())
        doc.assets[name] = png
        esther = next(p for p in doc.personas() if doc.title(p) == "Esther")
        doc.apply(ops.update(doc, esther, photo=name))
    return doc


def snapshot(doc: Document) -> tuple[dict[str, dict[str, Any]], list[tuple[Any, ...]]]:
    """Nodes with attributes and edges with keys and attributes, order-independent."""
    g = doc.graph
    nodes = {n: dict(d) for n, d in g.nodes(data=True)}
    edges = sorted((u, v, key, json.dumps(d, sort_keys=True))
                   for u, v, key, d in g.edges(keys=True, data=True))
    return nodes, edges


def members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def make_zip(parts: dict[str, bytes], compress: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=compress) as archive:
        for name, content in parts.items():
            archive.writestr(zipfile.ZipInfo(name), content, compress_type=compress)
    return buffer.getvalue()


def document_json(doc: Document | None = None) -> dict[str, Any]:
    """The parsed document.json of a saved sample, ready to be damaged by a test."""
    return json.loads(members(dumps(doc or sample_doc()))["document.json"])


def with_parts(replace: dict[str, bytes | None], doc: Document | None = None) -> bytes:
    """A saved sample file with some members replaced (None: removed)."""
    parts = members(dumps(doc or sample_doc()))
    for name, content in replace.items():
        if content is None:
            parts.pop(name, None)
        else:
            parts[name] = content
    return make_zip(parts)


def with_document(graph: Any) -> bytes:
    return with_parts({"document.json": json.dumps(graph).encode()})


def manifest(version: int = 2, **extra: Any) -> bytes:
    return json.dumps({"format": "klantreis", "version": version, **extra}).encode()


def bomb_png(width: int, height: int) -> bytes:
    """A tiny, well-formed PNG header announcing ``width`` × ``height`` pixels."""
    def chunk(tag: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + tag + data
                + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    rows = zlib.compress(b"\x00" * (width * 3 + 1) * 2)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", rows)
            + chunk(b"IEND", b""))
