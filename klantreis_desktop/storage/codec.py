"""Document ⇄ bytes. Loading checks everything before a Document exists; saving refuses a
document that could not be loaded back.

The graph inside is networkx node-link data (``edges="edges"``), so
``networkx.node_link_graph(data, edges="edges", multigraph=True, directed=True)`` reads a
file's ``document.json`` without this module. Attributes the schema does not know (say,
from a newer version) are kept on their nodes and edges, unknown manifest keys stay in
``doc.meta``, and whatever else a newer file holds (zip members, element and link kinds)
is kept aside by :mod:`preserve` and written back on every save.

Photos: only those a persona uses are decoded, after the headers of all of them fit the
file's pixel budget (:mod:`images`); the others are dropped with a warning, or kept
untouched in a newer file (whose unknown parts may use them).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, BinaryIO

import networkx as nx

from klantreis_desktop import __version__
from klantreis_desktop.collector import collector_paused
from klantreis_desktop.i18n import translate
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model.attributes import FIELD_PLANS, coerce, fits
from klantreis_desktop.model.document import Document
from klantreis_desktop.model.invariants import problems_if_changed, structure_problems
from klantreis_desktop.model.model_error import ModelError
from klantreis_desktop.storage import safejson
from klantreis_desktop.storage.container import (
    ASSET_FOLDER,
    CURRENT_VERSION,
    FORMAT_NAME,
    MAX_ASSET_BYTES,
    MAX_DOCUMENT_BYTES,
    MAX_MANIFEST_BYTES,
    MAX_MEMBERS,
    RawFile,
    is_safe_name,
    pictures_named,
    read_container,
    write_container,
)
from klantreis_desktop.storage.errors import (
    Cancelled,
    KlantreisFileError,
    check_cancelled,
    read_error,
    write_error,
)
from klantreis_desktop.storage.images import PixelBudget, probe, reencode_asset, stored_cost
from klantreis_desktop.storage.migrations import migrate
from klantreis_desktop.storage.preserve import (
    INTERNAL_KEYS,
    NODE_LINK_KEYS,
    PRESERVED_GRAPH_KEY,
    PRESERVED_KEY,
    add_graph_parts,
    keep_graph_parts,
    keep_members,
    mark_carried,
    members_to_write,
)
from klantreis_desktop.storage.refusals import (
    ImageLimitError,
    field_label,
    photo_in_file_error,
    photos_limit_error,
    text_too_long_error,
)

if TYPE_CHECKING:
    from klantreis_desktop.storage.stamps import DiskStamp

__all__ = ["PRESERVED_GRAPH_KEY", "PRESERVED_KEY", "LoadResult", "dumps", "loads"]

#: Manifest keys that describe the file rather than the document.
_HEADER_KEYS = ("format", "version", "app_version")
#: 20 times a 2,000-card journey (2,600 nodes, 8,700 links); a built graph costs about
#: 600 bytes a link.
MAX_NODES = 50_000
MAX_EDGES = 200_000
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
    #: What was on disk when it was read (set by ``storage.read``), to notice later
    #: whether someone else changed the file.
    stamp: DiskStamp | None = None


# Saving ---------------------------------------------------------------------------------


def dumps(doc: Document, name: str = "") -> bytes:
    """The bytes of ``doc`` as a current-version file; the same document, the same bytes.

    Raises :class:`KlantreisFileError` (code ``invalid``) for a document that breaks the
    model's rules or that the loader would refuse, so a save can never write a file that
    does not open again. ``name`` is only used in that message.
    """
    try:
        with collector_paused():
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
        raise _too_long_text(doc, name) or write_error("invalid", name, found[0])
    data = _graph_data(doc, name)
    add_graph_parts(doc.meta, data, name)
    document = safejson.dump(data)
    # The depth the loader will find in the text, counted on the data (most nodes and
    # edges hold only plain values) instead of scanning 1.6 MB of text at 2,000 cards.
    depth = 1 + max(safejson.value_depth(data["graph"]), safejson.records_depth(data["nodes"]),
                    safejson.records_depth(data["edges"]))
    _refuse_unloadable(len(document), depth, MAX_DOCUMENT_BYTES, name)
    # A text shorter than the item cap cannot hold more items than that.
    if len(data["nodes"]) > MAX_NODES or len(data["edges"]) > MAX_EDGES or (
            len(document) >= safejson.MAX_ITEMS
            and safejson.item_count(safejson.skeleton(document)) > safejson.MAX_ITEMS):
        raise write_error("invalid", name, "too many elements, links or values")
    manifest = _manifest(doc)
    _check_meta(manifest, name, saving=True)
    _loadable_json(safejson.dump(manifest), MAX_MANIFEST_BYTES, name)
    assets = _assets_to_write(doc, name)
    extra = members_to_write(doc.meta, name, {ASSET_FOLDER + asset for asset in assets})
    if len(assets) + len(extra) + 2 > MAX_MEMBERS:
        raise write_error("invalid", name, "too many photos")
    return write_container(manifest, document, assets, extra)


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
            if key not in INTERNAL_KEYS and key not in _HEADER_KEYS}
    return {**meta, "format": FORMAT_NAME, "version": CURRENT_VERSION,
            "app_version": __version__}


def _assets_to_write(doc: Document, name: str) -> dict[str, bytes]:
    """The photos personas use and the journeys' logos; the others (an undone photo
    change, say) stay behind.

    Refuses photos the loader would refuse together (the file's pixel budget)."""
    used = pictures_named(doc.graph._node.values())
    assets: dict[str, bytes] = {}
    budget = PixelBudget()
    for asset, data in sorted(doc.assets.items(), key=lambda item: str(item[0])):
        if not isinstance(asset, str) or not is_safe_name(asset):
            raise write_error("invalid", name, f"bad photo name {str(asset)[:80]!r}")
        if not isinstance(data, bytes) or len(data) > MAX_ASSET_BYTES:
            raise write_error("invalid", name, f"photo {asset} is not bytes or too large")
        if asset not in used:
            continue
        cost = stored_cost(data)
        if cost > budget.left:
            raise photos_limit_error(name, budget.limit // 1_000_000, "photos over budget",
                                     saving=True)
        budget.left -= cost
        assets[asset] = data
    return assets


def _too_long_text(doc: Document, name: str) -> KlantreisFileError | None:
    """The refusal for the first text longer than its field allows (None: no such text)."""
    for attrs in doc.graph._node.values():
        kind = attrs.get("kind")
        plan = FIELD_PLANS.get(kind) if isinstance(kind, str) else None
        for field_name, (spec, longest, _) in (plan or {}).items():
            value = attrs.get(field_name)
            if spec.type is str and isinstance(value, str) and len(value) > longest:
                return text_too_long_error(name, True, field_label(kind, field_name),
                                           len(value), longest)
    return None


# Loading --------------------------------------------------------------------------------


def loads(data: bytes | BinaryIO, name: str = "",
          cancelled: Cancelled | None = None) -> LoadResult:
    """A document read from file bytes (or a seekable binary file open on them). Every
    failure is one :class:`KlantreisFileError`.

    Safe to call from a worker thread. ``cancelled`` is asked between the parts of the
    file and between photos; when it returns True, reading stops with
    :class:`~klantreis_desktop.storage.errors.OpenCancelled`.
    """
    source = data if hasattr(data, "read") else bytes(data)
    try:
        with collector_paused():
            return _loads(source, name, cancelled)
    except KlantreisFileError:
        raise
    except MemoryError:
        raise read_error("too_large", name, "out of memory") from None
    except Exception as error:  # never a traceback for a bad file
        raise read_error("corrupt", name, f"{type(error).__name__}: {error}") from None


def _loads(data: bytes | BinaryIO, name: str, cancelled: Cancelled | None) -> LoadResult:
    raw = read_container(data, name, cancelled)
    version = raw.version
    warnings: list[str] = []
    newer = version > CURRENT_VERSION
    if version < CURRENT_VERSION:
        raw = migrate(raw, name)
        warnings.append(translate(
            "Storage", "This file was made with an older version of Klantreis Desktop "
                       "(file version {old}); saving it stores the current format.").format(
            old=version))
    elif raw.carried_version:
        warnings.append(translate(
            "Storage", "This file was made with a newer version of Klantreis Desktop (file "
                       "version {new}); parts this version does not know are kept but not "
                       "shown.").format(new=raw.carried_version))
    if raw.skipped:
        warnings.append(translate(
            "Storage", "The file contains {count} unknown part(s); they were not read and "
                       "will not be saved.").format(count=len(raw.skipped)))
    check_cancelled(cancelled, name)
    doc = _build(raw, name, newer, warnings, cancelled)
    # _build checked every node's kind and attribute values (_complete); the links,
    # journeys, cards, flows and emotion points are checked here, in full, every time.
    found = structure_problems(doc)
    if found:
        raise read_error("unsupported" if newer else "invalid", name, found[0])
    return LoadResult(doc, version, warnings)


def _build(raw: RawFile, name: str, newer: bool, warnings: list[str],
           cancelled: Cancelled | None = None) -> Document:
    refuse = "unsupported" if newer else "invalid"
    carrying = bool(raw.carried_version)
    kept: dict[str, Any] | None = {"nodes": [], "edges": [], "top": {}} if carrying else None
    graph = _graph_of(raw.graph, name, refuse, kept)
    for node, attrs in graph._node.items():
        _complete(node, attrs, name, refuse)
    meta = {key: value for key, value in raw.manifest.items()
            if key not in _HEADER_KEYS and key not in INTERNAL_KEYS}
    _check_meta(meta, name, saving=False, code=refuse)
    check_cancelled(cancelled, name)
    used = pictures_named(graph._node.values())
    photos = {asset: content for asset, content in raw.assets.items() if asset in used}
    unused = {asset: content for asset, content in raw.assets.items() if asset not in used}
    assets = _decoded_photos(photos, name, raw.photo_formats, cancelled)
    for attrs in graph._node.values():
        photo = attrs.get("photo")
        if attrs.get("kind") == k.PERSONA and photo and photo not in assets:
            attrs["photo"] = ""
            warnings.append(translate(
                "Storage", "The photo of persona “{persona}” is missing from the file.").format(
                persona=k.title_of(attrs)))
    extra = dict(raw.extra)
    if carrying:
        # Photos no known element uses may be used by parts of the newer version.
        extra.update({ASSET_FOLDER + asset: content for asset, content in unused.items()})
        assert kept is not None
        keep_graph_parts(meta, kept["nodes"], kept["edges"], kept["top"])
        mark_carried(meta, raw.carried_version)
    elif unused or raw.unused:
        warnings.append(translate(
            "Storage", "The file contains {count} photo(s) that no persona uses; they were "
                       "not read and will not be saved.").format(
            count=len(unused) + len(raw.unused)))
    keep_members(meta, extra)
    return Document(graph, assets, meta)


def _decoded_photos(photos: dict[str, bytes], name: str, formats: tuple[str, ...],
                    cancelled: Cancelled | None) -> dict[str, bytes]:
    """The clean PNG of every photo; all headers are checked against the file's pixel
    budget before the first one is decoded, so a refusal costs next to nothing."""
    budget = PixelBudget()
    for asset, content in sorted(photos.items()):
        check_cancelled(cancelled, name)
        budget.spend(_photo_step(probe, content, asset, name, formats), name)
    decoded: dict[str, bytes] = {}
    for asset, content in sorted(photos.items()):
        check_cancelled(cancelled, name)
        decoded[asset] = _photo_step(reencode_asset, content, asset, name, formats)
    return decoded


def _photo_step(step: Any, content: bytes, asset: str, name: str,
                formats: tuple[str, ...]) -> Any:
    """``step(content, name=asset, formats=formats)`` with a photo's error worded for the
    file."""
    try:
        return step(content, name=asset, formats=formats)
    except ImageLimitError as error:
        raise photo_in_file_error(name, error) from None
    except KlantreisFileError as error:
        code = "too_large" if error.code == "too_large" else "corrupt"
        raise read_error(code, name, f"photo {asset}: {error.detail}") from None


def _graph_of(data: Any, name: str = "", refuse: str = "invalid",
              kept: dict[str, Any] | None = None) -> nx.MultiDiGraph:
    """The graph ``nx.node_link_graph(data, edges="edges", multigraph=True, directed=True)``
    builds, with edge attribute ``kind`` set to the key (as ``Document.apply`` writes it),
    after every structural check ``node_link_graph`` does not make.

    networkx silently merges duplicate ids and invents nodes for dangling edges; both
    would hide a damaged file, so they are refused here (``refuse`` is the error code for
    an unknown kind: "unsupported" in a newer file). With ``kept`` (a newer file, see
    :mod:`preserve`) unknown node and link kinds, the links of unknown nodes and unknown
    top-level keys go into ``kept`` instead. Checking and building go together in
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
    unknown: set[str] = set()
    if kept is not None:
        kept["top"].update({key: value for key, value in data.items()
                            if key not in NODE_LINK_KEYS})
    for node in nodes:
        if not isinstance(node, dict):
            raise bad("a node is not an object")
        node_id = node.pop("id", None)  # the node's dict becomes its attribute dict
        if not isinstance(node_id, str) or not 0 < len(node_id) <= MAX_ID_LENGTH:
            raise bad(f"node id {str(node_id)[:40]!r} is not a short text")
        if node_id in node_attrs or node_id in unknown:
            raise bad(f"duplicate node id {node_id}")
        kind = node.get("kind")
        if not isinstance(kind, str) or kind not in schema:
            if kept is None or not isinstance(kind, str):
                raise bad(f"node {node_id} has unknown kind {str(kind)[:40]!r}", refuse)
            unknown.add(node_id)
            kept["nodes"].append({**node, "id": node_id})
            continue
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
        if not (source in node_attrs or source in unknown) or not (
                target in node_attrs or target in unknown):
            raise bad(f"edge {source[:40]} → {target[:40]} points to a missing element")
        if kept is not None and isinstance(key, str) and (
                source in unknown or target in unknown or key not in _EDGE_KINDS):
            kept["edges"].append({**edge, "source": source, "target": target, "key": key})
            continue
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
        if spec.type is str and isinstance(value, str) and len(value) > longest:
            raise text_too_long_error(name, False, field_label(kind, field_name), len(value),
                                      longest, refuse)
        try:
            attrs[field_name] = coerce(kind, field_name, value)
        except ModelError as error:
            raise read_error(refuse, name, f"{node}: {error}") from None


def _check_meta(meta: dict[str, Any], name: str, saving: bool, code: str = "invalid") -> None:
    """Refuse unusable document meta; the same rule for load and save."""
    for key in ("title", "lang"):
        value = meta.get(key, "")
        if not isinstance(value, str):
            detail = f"meta {key} is not a text"
            raise write_error("invalid", name, detail) if saving else read_error(
                code, name, detail)
        if len(value) > MAX_META_TEXT:
            raise text_too_long_error(name, saving, field_label("document", key), len(value),
                                      MAX_META_TEXT, "invalid" if saving else code)
