"""Document ⇄ bytes. Loading checks everything before a Document exists; saving refuses a
document that could not be loaded back.

The graph inside is networkx node-link data (``edges="edges"``), so
``networkx.node_link_graph(data, edges="edges", multigraph=True, directed=True)`` reads a
file's ``document.json`` without this module. Attributes the schema does not know (say,
from a newer version) are kept on their nodes and edges, unknown manifest keys stay in
``doc.meta``, and unknown zip members of a newer file are kept in the document meta under
:data:`PRESERVED_KEY` and written back on save.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import gc
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from klantreis_desktop import __version__
from klantreis_desktop.i18n import translate
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model.attributes import FIELD_PLANS, coerce, fits
from klantreis_desktop.model.document import Document
from klantreis_desktop.model.invariants import problems_if_changed, structure_problems
from klantreis_desktop.model.model_error import ModelError
from klantreis_desktop.storage import safejson
from klantreis_desktop.storage.container import (
    CURRENT_VERSION,
    FORMAT_NAME,
    MAX_ASSET_BYTES,
    MAX_DOCUMENT_BYTES,
    MAX_MANIFEST_BYTES,
    MAX_MEMBERS,
    RawFile,
    is_safe_name,
    read_container,
    write_container,
)
from klantreis_desktop.storage.errors import KlantreisFileError, read_error, write_error
from klantreis_desktop.storage.images import reencode_asset
from klantreis_desktop.storage.migrations import migrate

#: Meta key holding zip members of a newer file that we keep but do not understand
#: (member name → base64 text). Never written into the manifest itself.
PRESERVED_KEY = "_preserved_members"
#: Manifest keys that describe the file rather than the document.
_HEADER_KEYS = ("format", "version", "app_version")
MAX_NODES = 200_000
MAX_EDGES = 1_000_000
MAX_ID_LENGTH = 200
MAX_META_TEXT = 10_000
_EDGE_KINDS = frozenset(k.EDGE_KINDS)
_MISSING = object()


@dataclass
class LoadResult:
    """A loaded document, the version its file had, and translated warnings to show."""

    document: Document
    version: int
    warnings: list[str] = field(default_factory=list)


# Saving ---------------------------------------------------------------------------------


def dumps(doc: Document, name: str = "") -> bytes:
    """The bytes of ``doc`` as a current-version file; the same document, the same bytes.

    Raises :class:`KlantreisFileError` (code ``invalid``) for a document that breaks the
    model's rules or that the loader would refuse, so a save can never write a file that
    does not open again. ``name`` is only used in that message.
    """
    try:
        with _collector_paused():
            return _dumps(doc, name)
    except KlantreisFileError:
        raise
    except (TypeError, ValueError, RecursionError) as error:
        raise write_error("invalid", name, f"{type(error).__name__}: {error}") from None


def _dumps(doc: Document, name: str) -> bytes:
    # A document checked since its last edit (just loaded, or saved a moment ago) is not
    # checked again; any edit through Document.apply (or Document.invalidate) counts.
    found = problems_if_changed(doc)
    if found:
        raise write_error("invalid", name, found[0])
    data = _graph_data(doc, name)
    document = safejson.dump(data)
    # The depth the loader will find in the text, counted on the data (most nodes and
    # edges hold only plain values) instead of scanning 1.6 MB of text at 2,000 cards.
    depth = 1 + max(safejson.value_depth(data["graph"]), safejson.records_depth(data["nodes"]),
                    safejson.records_depth(data["edges"]))
    _refuse_unloadable(len(document), depth, MAX_DOCUMENT_BYTES, name)
    manifest = _manifest(doc)
    meta_problem = _meta_problem(manifest)
    if meta_problem:
        raise write_error("invalid", name, meta_problem)
    _loadable_json(safejson.dump(manifest), MAX_MANIFEST_BYTES, name)
    extra = _preserved_members(doc, name)
    assets = _assets_to_write(doc, name)
    if len(assets) + len(extra) + 2 > MAX_MEMBERS:
        raise write_error("invalid", name, "too many photos")
    return write_container(manifest, document, assets, extra)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while a file is converted.

    Parsing or writing a large journey makes tens of thousands of dicts and lists that
    all stay alive; the collector would walk them again and again for nothing (~10 % of
    a save + load at 2,000 cards). Reference counting still frees everything as usual,
    and the collector runs again afterwards. Left alone when it was already off.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _loadable_json(data: bytes, cap: int, name: str) -> bytes:
    """``data`` if the loader's size and depth caps accept it; refuse to save otherwise."""
    _refuse_unloadable(len(data), safejson.nesting_depth(data), cap, name)
    return data


def _refuse_unloadable(size: int, depth: int, cap: int, name: str) -> None:
    """Refuse to write what the loader would refuse to read (its size and depth caps)."""
    if size > cap or depth > safejson.MAX_DEPTH:
        raise write_error("invalid", name, "document too large or too deeply nested")


def _graph_data(doc: Document, name: str) -> dict[str, Any]:
    """Node-link data with nodes and edges sorted, so the output does not depend on history.

    The same shape as ``nx.node_link_data(graph, edges="edges")``, built in one pass.
    """
    graph = doc.graph
    if not all(isinstance(node, str) for node in graph):
        raise write_error("invalid", name, "a node id is not text")
    nodes = [{**attrs, "id": node} for node, attrs in graph._node.items()]
    nodes.sort(key=_by_id)
    edges = [{**attrs, "source": u, "target": v, "key": key}
             for u, targets in graph._succ.items() for v, keys in targets.items()
             for key, attrs in keys.items()]
    edges.sort(key=_edge_order)
    return {"directed": True, "multigraph": True, "graph": graph.graph, "nodes": nodes,
            "edges": edges}


def _by_id(node: dict[str, Any]) -> Any:
    return node["id"]


def _edge_order(edge: dict[str, Any]) -> tuple[Any, Any, str]:
    return edge["source"], edge["target"], str(edge["key"])


def _manifest(doc: Document) -> dict[str, Any]:
    meta = {key: value for key, value in doc.meta.items()
            if key != PRESERVED_KEY and key not in _HEADER_KEYS}
    return {**meta, "format": FORMAT_NAME, "version": CURRENT_VERSION,
            "app_version": __version__}


def _assets_to_write(doc: Document, name: str) -> dict[str, bytes]:
    for asset, data in doc.assets.items():
        if not isinstance(asset, str) or not is_safe_name(asset):
            raise write_error("invalid", name, f"bad photo name {str(asset)[:80]!r}")
        if not isinstance(data, bytes) or len(data) > MAX_ASSET_BYTES:
            raise write_error("invalid", name, f"photo {asset} is not bytes or too large")
    return dict(doc.assets)


def _preserved_members(doc: Document, name: str) -> dict[str, bytes]:
    kept = doc.meta.get(PRESERVED_KEY) or {}
    if not isinstance(kept, dict):
        raise write_error("invalid", name, "preserved members are not a mapping")
    members: dict[str, bytes] = {}
    for member, text in kept.items():
        try:
            members[str(member)] = base64.b64decode(str(text), validate=True)
        except (binascii.Error, ValueError) as error:
            raise write_error("invalid", name, f"preserved member {member}: {error}") from None
    return members


# Loading --------------------------------------------------------------------------------


def loads(data: bytes, name: str = "") -> LoadResult:
    """A document read from file bytes. Every failure is one :class:`KlantreisFileError`."""
    try:
        with _collector_paused():
            return _loads(bytes(data), name)
    except KlantreisFileError:
        raise
    except MemoryError:
        raise read_error("too_large", name, "out of memory") from None
    except Exception as error:  # never a traceback for a bad file
        raise read_error("corrupt", name, f"{type(error).__name__}: {error}") from None


def _loads(data: bytes, name: str) -> LoadResult:
    raw = read_container(data, name)
    version = raw.version
    warnings: list[str] = []
    newer = version > CURRENT_VERSION
    if version < CURRENT_VERSION:
        raw = migrate(raw, name)
        warnings.append(translate(
            "Storage", "This file was made with an older version of Klantreis Desktop "
                       "(file version {old}); saving it stores the current format.").format(
            old=version))
    elif newer:
        warnings.append(translate(
            "Storage", "This file was made with a newer version of Klantreis Desktop (file "
                       "version {new}); parts this version does not know are kept but not "
                       "shown.").format(new=version))
    if raw.skipped:
        warnings.append(translate(
            "Storage", "The file contains {count} unknown part(s); they were not read and "
                       "will not be saved.").format(count=len(raw.skipped)))
    doc = _build(raw, name, newer, warnings)
    # _build checked every node's kind and attribute values (_complete); the links,
    # journeys, cards, flows and emotion points are checked here, in full, every time.
    found = structure_problems(doc)
    if found:
        raise read_error("unsupported" if newer else "invalid", name, found[0])
    return LoadResult(doc, version, warnings)


def _build(raw: RawFile, name: str, newer: bool, warnings: list[str]) -> Document:
    refuse = "unsupported" if newer else "invalid"
    graph = _graph_of(raw.graph, name, refuse)
    for node, attrs in graph._node.items():
        _complete(node, attrs, name, refuse)
    assets: dict[str, bytes] = {}
    for asset, content in raw.assets.items():
        try:
            assets[asset] = reencode_asset(content, asset)
        except KlantreisFileError as error:
            code = "too_large" if error.code == "too_large" else "corrupt"
            raise read_error(code, name, f"photo {asset}: {error.detail}") from None
    for attrs in graph._node.values():
        photo = attrs.get("photo")
        if attrs.get("kind") == k.PERSONA and photo and photo not in assets:
            attrs["photo"] = ""
            warnings.append(translate(
                "Storage", "The photo of persona “{persona}” is missing from the file.").format(
                persona=k.title_of(attrs)))
    meta = {key: value for key, value in raw.manifest.items()
            if key not in _HEADER_KEYS and key != PRESERVED_KEY}
    meta_problem = _meta_problem(meta)
    if meta_problem:
        raise read_error(refuse, name, meta_problem)
    if raw.extra:
        meta[PRESERVED_KEY] = {member: base64.b64encode(content).decode("ascii")
                               for member, content in sorted(raw.extra.items())}
    return Document(graph, assets, meta)


def _graph_of(data: Any, name: str = "", refuse: str = "invalid") -> nx.MultiDiGraph:
    """The graph ``nx.node_link_graph(data, edges="edges", multigraph=True, directed=True)``
    builds, with edge attribute ``kind`` set to the key (as ``Document.apply`` writes it),
    after every structural check ``node_link_graph`` does not make.

    networkx silently merges duplicate ids and invents nodes for dangling edges; both
    would hide a damaged file, so they are refused here (``refuse`` is the error code for
    an unknown kind: "unsupported" in a newer file). Checking and building go together in
    one pass over networkx's documented adjacency dicts (``_node``, ``_succ``, ``_pred``;
    a multi-digraph shares each key dict between both ends) rather than one ``add_edge``
    per edge. The node and edge dicts of ``data`` become the graph's attribute dicts
    (their ``id``, ``source``, ``target`` and ``key`` taken out), so ``data`` is used up:
    the loader parsed it for this graph alone, and copying 10,000 dicts cost ~10 %.
    """
    def bad(detail: str, code: str = "invalid") -> KlantreisFileError:
        return read_error(code, name, detail)

    if not isinstance(data, dict):
        raise bad("graph is not an object")
    nodes, edges = data.get("nodes"), data.get("edges")
    if not isinstance(nodes, list) or not isinstance(edges, list):
        raise bad("graph without nodes or edges")
    if data.get("directed", True) is not True or data.get("multigraph", True) is not True:
        raise bad("graph is not a directed multigraph")
    if not isinstance(data.get("graph", {}), dict):
        raise bad("graph attributes are not an object")
    if len(nodes) > MAX_NODES or len(edges) > MAX_EDGES:
        raise bad(f"{len(nodes)} nodes, {len(edges)} edges", "too_large")
    graph = nx.MultiDiGraph()
    graph.graph = data.get("graph", {})
    node_attrs, succ, pred = graph._node, graph._succ, graph._pred
    schema = k.SCHEMA
    for node in nodes:
        if not isinstance(node, dict):
            raise bad("a node is not an object")
        node_id = node.pop("id", None)  # the node's dict becomes its attribute dict
        if not isinstance(node_id, str) or not 0 < len(node_id) <= MAX_ID_LENGTH:
            raise bad(f"node id {str(node_id)[:40]!r} is not a short text")
        if node_id in node_attrs:
            raise bad(f"duplicate node id {node_id}")
        kind = node.get("kind")
        if not isinstance(kind, str) or kind not in schema:
            raise bad(f"node {node_id} has unknown kind {str(kind)[:40]!r}", refuse)
        node_attrs[node_id] = node
        succ[node_id] = {}
        pred[node_id] = {}
    for edge in edges:
        if not isinstance(edge, dict):
            raise bad("an edge is not an object")
        # The edge's dict becomes its attribute dict, without its ends and key.
        source, target = edge.pop("source", None), edge.pop("target", None)
        key = edge.pop("key", None)
        if not isinstance(source, str) or not isinstance(target, str):
            raise bad("an edge end is not a text id")
        if source not in node_attrs or target not in node_attrs:
            raise bad(f"edge {source[:40]} → {target[:40]} points to a missing element")
        if not isinstance(key, str) or key not in _EDGE_KINDS:
            raise bad(f"edge {source} → {target} has unknown kind {str(key)[:40]!r}", refuse)
        if edge.setdefault("kind", key) != key:
            raise bad(f"edge {source} → {target}: kind and key differ")
        keys = succ[source].get(target)
        if keys is None:
            keys = succ[source][target] = {}
            pred[target][source] = keys
        elif key in keys:
            raise bad(f"duplicate edge {source} → {target} ({key})")
        keys[key] = edge
    return graph


def _complete(node: str, attrs: dict[str, Any], name: str, refuse: str) -> None:
    """Check every known attribute's type and fill the missing ones with their defaults."""
    kind = attrs["kind"]
    for field_name, (spec, longest, choices) in FIELD_PLANS[kind].items():
        value = attrs.get(field_name, _MISSING)
        if value is _MISSING:
            attrs[field_name] = spec.default
            continue
        if value.__class__ is str and len(value) <= longest and (
                choices is None or value in choices) or fits(spec, value):
            continue
        try:
            attrs[field_name] = coerce(kind, field_name, value)
        except ModelError as error:
            raise read_error(refuse, name, f"{node}: {error}") from None


def _meta_problem(meta: dict[str, Any]) -> str:
    """Why the document meta is unusable ("" when fine); the same rule for load and save."""
    for key in ("title", "lang"):
        value = meta.get(key, "")
        if not isinstance(value, str) or len(value) > MAX_META_TEXT:
            return f"meta {key} is not a text of at most {MAX_META_TEXT} characters"
    return ""
