"""What a newer version wrote and this one does not understand, kept for good.

A file from a newer version (or saved by this one from such a file) is read in *carrying*
mode: unknown zip members, element kinds, link kinds, top-level keys of
``document.json`` and photos no known element uses are set aside in the document meta
(under keys that never reach the manifest) and written back on every save, untouched.
Unknown attributes of known elements and unknown manifest keys need no help: they stay
on their nodes and in ``doc.meta``.

The saved file says version 2 (this program cannot vouch for the newer version's rules)
and records the newest version it carries parts of under
:data:`~klantreis_desktop.storage.container.NEWER_PARTS_KEY`, so the next open is in
carrying mode again: nothing is lost after any number of open/save rounds. A link kept
aside is written only while both its ends exist (a person may delete a known element it
pointed to); everything else comes back byte for byte (members) or value for value (JSON).
"""

from __future__ import annotations

import base64
import binascii
from typing import Any

from klantreis_desktop.storage.container import NEWER_PARTS_KEY
from klantreis_desktop.storage.errors import write_error

#: Meta key holding zip members of a newer file that we keep but do not understand
#: (member name → base64 text). Never written into the manifest itself.
PRESERVED_KEY = "_preserved_members"
#: Meta key holding graph parts of a newer file: ``{"nodes": [...], "edges": [...],
#: "top": {...}}`` as node-link records. Never written into the manifest itself.
PRESERVED_GRAPH_KEY = "_preserved_graph"
#: Meta keys that live only in memory.
INTERNAL_KEYS = frozenset({PRESERVED_KEY, PRESERVED_GRAPH_KEY})
#: The keys of node-link data that this version writes itself.
NODE_LINK_KEYS = frozenset({"directed", "multigraph", "graph", "nodes", "edges"})


def keep_members(meta: dict[str, Any], members: dict[str, bytes]) -> None:
    """Set unknown members (and photos nobody known uses) aside in ``meta``."""
    if members:
        kept = dict(meta.get(PRESERVED_KEY) or {})
        kept.update({member: base64.b64encode(content).decode("ascii")
                     for member, content in sorted(members.items())})
        meta[PRESERVED_KEY] = kept


def keep_graph_parts(meta: dict[str, Any], nodes: list[dict[str, Any]],
                     edges: list[dict[str, Any]], top: dict[str, Any]) -> None:
    """Set unknown nodes, links and top-level keys aside in ``meta``."""
    if nodes or edges or top:
        meta[PRESERVED_GRAPH_KEY] = {"nodes": nodes, "edges": edges, "top": top}


def mark_carried(meta: dict[str, Any], version: int) -> None:
    """Remember the newest version whose parts the document carries."""
    old = meta.get(NEWER_PARTS_KEY, 0)
    old = old if isinstance(old, int) and not isinstance(old, bool) else 0
    meta[NEWER_PARTS_KEY] = max(old, version)


def members_to_write(meta: dict[str, Any], name: str, taken: set[str]) -> dict[str, bytes]:
    """The kept members as bytes, except names the document itself writes (``taken``:
    a photo imported again under the name of a kept one is the same content)."""
    kept = meta.get(PRESERVED_KEY) or {}
    if not isinstance(kept, dict):
        raise write_error("invalid", name, "preserved members are not a mapping")
    members: dict[str, bytes] = {}
    for member, text in kept.items():
        if str(member) in taken:
            continue
        try:
            members[str(member)] = base64.b64decode(str(text), validate=True)
        except (binascii.Error, ValueError) as error:
            raise write_error("invalid", name, f"preserved member {member}: {error}") from None
    return members


def add_graph_parts(meta: dict[str, Any], data: dict[str, Any], name: str) -> None:
    """Put the kept graph parts back into node-link ``data`` (sorted like the rest)."""
    kept = meta.get(PRESERVED_GRAPH_KEY)
    if not kept:
        return
    if not isinstance(kept, dict):
        raise write_error("invalid", name, "preserved graph parts are not a mapping")
    nodes, edges = data["nodes"], data["edges"]
    present = {node["id"] for node in nodes}
    extra_nodes = [node for node in kept.get("nodes", ())
                   if isinstance(node, dict) and node.get("id") not in present]
    ids = present | {node["id"] for node in extra_nodes}
    extra_edges = [edge for edge in kept.get("edges", ())
                   if isinstance(edge, dict) and edge.get("source") in ids
                   and edge.get("target") in ids]
    if extra_nodes:
        nodes.extend(extra_nodes)
        nodes.sort(key=lambda node: node["id"])
    if extra_edges:
        edges.extend(extra_edges)
        edges.sort(key=lambda edge: (edge["source"], edge["target"], str(edge["key"])))
    for key, value in (kept.get("top") or {}).items():
        if key not in NODE_LINK_KEYS:
            data[key] = value
