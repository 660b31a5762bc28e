"""Numbered migrations from every older file version to :data:`CURRENT_VERSION`.

A migration takes the :class:`RawFile` of version *n* and returns the one of version
*n + 1*. They run in order on the parsed data, before any graph is built, so the graph
code only ever knows the current shape. Every migration is tested with a real old file in
``tests/data/``.

Version 1 (Klantreis 0.0.x, one plain JSON file, not a zip)::

    {"format": "klantreis", "version": 1, "app_version": "0.0.9",
     "title": "...", "lang": "nl", "saved": "2025-03-14T10:12:00",
     "graph": {"directed": true, "multigraph": false, "graph": {},
               "nodes": [{"id": ..., "kind": ..., ...}],
               "links": [{"source": ..., "target": ..., "kind": ...}]}}

It differs from version 2 in these ways:

1. The container: one JSON text with the graph under ``"graph"``; the other top-level
   keys are the document meta. Version 2 is a zip (see :mod:`container`).
2. The graph was a DiGraph: node-link data with the old key ``"links"``, no ``"key"`` per
   edge and ``"multigraph": false``. Version 2 is a MultiDiGraph under ``"edges"`` whose
   edge key is the edge kind.
3. Persona photos were inline base64 in the attribute ``photo_data``, in any format the
   importer took. Version 2 keeps them as ``assets/<name>`` and the persona's ``photo``
   holds the asset name; they are decoded and stored as PNG with the other photos.
4. Lanes had ``type`` instead of ``lane_type``, and two of its values were named
   differently: ``pain_points`` (now ``pains``) and ``kpi`` (now ``kpis``).
5. Version 1 had fewer attributes (no votes, evidence, …); the loader fills the defaults
   of every attribute a kind has, so no migration is needed for that.

Rule for future migrations: a file saved by this program from a *newer* file keeps the
parts it did not understand and says version 2 (with ``"newer_parts_version": 3`` in
the manifest, see :mod:`preserve`), so a migration 2 → 3 must accept data that already
has some version-3 attributes, members and elements.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable
from typing import Any

from klantreis_desktop.storage.container import CURRENT_VERSION, MAX_ASSET_BYTES, RawFile
from klantreis_desktop.storage.errors import read_error
from klantreis_desktop.storage.images import IMPORT_FORMATS, asset_name_for

Migration = Callable[[RawFile, str], RawFile]

_V1_LANE_TYPES = {"pain_points": "pains", "kpi": "kpis"}


def _graph_parts(raw: RawFile, name: str, edges_key: str) -> tuple[list[Any], list[Any]]:
    graph = raw.graph
    if not isinstance(graph, dict):
        raise read_error("invalid", name, "graph is not an object")
    nodes, edges = graph.get("nodes"), graph.get(edges_key)
    if not isinstance(nodes, list) or not isinstance(edges, list):
        raise read_error("invalid", name, f"graph without nodes or {edges_key}")
    return nodes, edges


def _v1_photo(encoded: Any, name: str) -> tuple[str, bytes]:
    if not isinstance(encoded, str):
        raise read_error("invalid", name, "photo_data is not text")
    if len(encoded) > MAX_ASSET_BYTES * 4 // 3 + 4:
        raise read_error("too_large", name, "photo_data too large")
    try:
        data = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError) as error:
        raise read_error("corrupt", name, f"photo_data: {error}") from None
    # Decoded later with every other photo, under the file's pixel budget.
    return asset_name_for(data), data


def v1_to_v2(raw: RawFile, name: str) -> RawFile:
    """Version 1 → 2: links become keyed edges, photos become assets, lanes get lane_type."""
    nodes, links = _graph_parts(raw, name, "links")
    edges: list[Any] = []
    for link in links:
        if not isinstance(link, dict):
            raise read_error("invalid", name, "a link is not an object")
        kind = link.get("kind")
        edges.append({**link, "key": kind})
    for node in nodes:
        if not isinstance(node, dict):
            raise read_error("invalid", name, "a node is not an object")
        if node.get("kind") == "lane" and "type" in node:
            lane_type = node.pop("type")
            node["lane_type"] = _V1_LANE_TYPES.get(lane_type, lane_type)
        if node.get("kind") == "persona" and "photo_data" in node:
            encoded = node.pop("photo_data")
            if encoded:
                asset, png = _v1_photo(encoded, name)
                raw.assets[asset] = png
                node["photo"] = asset
    graph = {key: value for key, value in raw.graph.items() if key != "links"}
    graph.update({"directed": True, "multigraph": True, "nodes": nodes, "edges": edges})
    manifest = {**raw.manifest, "version": 2}
    return RawFile(version=2, manifest=manifest, graph=graph, assets=raw.assets,
                   extra=raw.extra, skipped=raw.skipped, photo_formats=IMPORT_FORMATS)


#: Migration from version *n* (the key) to *n + 1*.
MIGRATIONS: dict[int, Migration] = {
    1: v1_to_v2,
}


def migrate(raw: RawFile, name: str) -> RawFile:
    """Apply every migration from ``raw.version`` up to :data:`CURRENT_VERSION`, in order."""
    while raw.version < CURRENT_VERSION:
        step = MIGRATIONS.get(raw.version)
        if step is None:
            raise read_error("corrupt", name, f"no migration from version {raw.version}")
        before = raw.version
        raw = step(raw, name)
        if raw.version != before + 1:
            raise AssertionError(f"migration {before} produced version {raw.version}")
    return raw
