"""The document: one networkx MultiDiGraph holding journeys, personas and channels.

Nothing here imports Qt. The graph is only changed through :meth:`Document.apply`, which
takes a :class:`ChangeSet` and tells every listener what changed, so the canvas, the undo
stack and autosave all see the same edits.
"""

from __future__ import annotations

import inspect
import uuid
import weakref
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import networkx as nx

from klantreis_desktop.model import kinds as k
from klantreis_desktop.model.changes import (
    AddEdge,
    AddNode,
    ChangeSet,
    RemoveEdge,
    RemoveNode,
    SetAttrs,
)

Listener = Callable[[ChangeSet], None]


def new_id() -> str:
    """A stable, unique element id (uuid4 hex)."""
    return uuid.uuid4().hex


class Document:
    """A klantreis document: graph + embedded assets (photos) + document metadata."""

    def __init__(self, graph: nx.MultiDiGraph | None = None,
                 assets: dict[str, bytes] | None = None,
                 meta: dict[str, Any] | None = None) -> None:
        self.graph: nx.MultiDiGraph = graph if graph is not None else nx.MultiDiGraph()
        self.assets: dict[str, bytes] = dict(assets or {})
        #: Free metadata kept with the file (title, language, unknown future keys, …).
        self.meta: dict[str, Any] = dict(meta or {})
        #: Bound methods are held weakly: the document must not keep a view alive (a
        #: closed canvas that still listened would be kept and redrawn for nothing).
        self._listeners: list[Listener | weakref.WeakMethod[Listener]] = []

    # Changing -------------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        if inspect.ismethod(listener):
            self._listeners.append(weakref.WeakMethod(listener))
        else:
            self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        self._listeners = [held for held in self._listeners
                           if held != listener and _alive(held) not in (listener, None)]

    def _live_listeners(self) -> list[Listener]:
        live = [_alive(held) for held in self._listeners]
        return [listener for listener in live if listener is not None]

    def apply(self, change: ChangeSet) -> None:
        """Apply every atom of ``change`` in order, then notify listeners once."""
        g = self.graph
        for atom in change.atoms:
            if isinstance(atom, AddNode):
                g.add_node(atom.node, **dict(atom.attrs))
            elif isinstance(atom, RemoveNode):
                g.remove_node(atom.node)
            elif isinstance(atom, SetAttrs):
                g.nodes[atom.node].update(atom.new)
            elif isinstance(atom, AddEdge):
                g.add_edge(atom.source, atom.target, key=atom.kind, kind=atom.kind,
                           **dict(atom.attrs))
            elif isinstance(atom, RemoveEdge):
                g.remove_edge(atom.source, atom.target, key=atom.kind)
        for listener in self._live_listeners():
            listener(change)

    # Reading single elements ------------------------------------------------------------

    def __contains__(self, node: object) -> bool:
        return node in self.graph

    def kind(self, node: str) -> str:
        return str(self.graph.nodes[node].get("kind", ""))

    def attrs(self, node: str) -> dict[str, Any]:
        """A copy of the node's attributes (mutating it changes nothing)."""
        return dict(self.graph.nodes[node])

    def get(self, node: str, name: str) -> Any:
        value = self.graph.nodes[node].get(name)
        if value is None:
            field = k.SCHEMA.get(self.kind(node), {}).get(name)
            return field.default if field else None
        return value

    def title(self, node: str) -> str:
        return k.title_of(self.graph.nodes[node])

    # Edges ----------------------------------------------------------------------------

    def targets(self, node: str, edge_kind: str) -> list[str]:
        """Nodes that ``node`` points to through ``edge_kind`` edges.

        Reads the adjacency directly (edge key = edge kind): this sits under every
        ``journey_of``/``phase_of`` call, and building edge views there dominated loading.
        """
        return [v for v, keys in self.graph._succ[node].items() if edge_kind in keys]

    def sources(self, node: str, edge_kind: str) -> list[str]:
        """Nodes that point to ``node`` through ``edge_kind`` edges."""
        return [u for u, keys in self.graph._pred[node].items() if edge_kind in keys]

    def target(self, node: str, edge_kind: str) -> str | None:
        found = self.targets(node, edge_kind)
        return found[0] if found else None

    def edges_of(self, node: str) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
        """Every edge touching ``node`` as (source, target, kind, extra attributes)."""
        for u, v, key, data in list(self.graph.in_edges(node, keys=True, data=True)) + list(
                self.graph.out_edges(node, keys=True, data=True)):
            yield u, v, key, {n: x for n, x in data.items() if n != "kind"}

    # Collections ------------------------------------------------------------------------

    def nodes_of_kind(self, *kinds: str) -> list[str]:
        return [n for n, kind in self.graph.nodes(data="kind") if kind in kinds]

    def _ordered(self, nodes: Iterable[str]) -> list[str]:
        return sorted(nodes, key=lambda n: (float(self.get(n, "order") or 0.0), n))

    def journeys(self) -> list[str]:
        return self._ordered(self.nodes_of_kind(k.JOURNEY))

    def personas(self) -> list[str]:
        return self._ordered(self.nodes_of_kind(k.PERSONA))

    def channels(self) -> list[str]:
        return self._ordered(self.nodes_of_kind(k.CHANNEL))

    def parts(self, journey: str, *kinds: str) -> list[str]:
        """Elements of ``journey`` of the given kinds (all parts when none are given)."""
        wanted = kinds or k.JOURNEY_PARTS
        return [n for n in self.sources(journey, k.IN_JOURNEY) if self.kind(n) in wanted]

    def phases(self, journey: str) -> list[str]:
        return self._ordered(self.parts(journey, k.PHASE))

    def lanes(self, journey: str, include_hidden: bool = True) -> list[str]:
        lanes = self._ordered(self.parts(journey, k.LANE))
        return lanes if include_hidden else [n for n in lanes if not self.get(n, "hidden")]

    def cards(self, journey: str) -> list[str]:
        return self._ordered(self.parts(journey, *k.CARD_KINDS))

    def cards_in(self, phase: str, lane: str) -> list[str]:
        """Cards of one cell, in their stacking order."""
        on_lane = set(self.sources(lane, k.ON_LANE))
        return self._ordered(n for n in self.sources(phase, k.IN_PHASE) if n in on_lane)

    def emotions(self, journey: str, persona: str | None = None) -> list[str]:
        found = self.parts(journey, k.EMOTION)
        if persona is not None:
            found = [e for e in found if self.target(e, k.FELT_BY) == persona]
        return sorted(found)

    def journey_of(self, node: str) -> str | None:
        if self.kind(node) == k.JOURNEY:
            return node
        return self.target(node, k.IN_JOURNEY)

    def phase_of(self, card: str) -> str | None:
        return self.target(card, k.IN_PHASE)

    def lane_of(self, card: str) -> str | None:
        return self.target(card, k.ON_LANE)

    def personas_of(self, journey: str) -> list[str]:
        return self._ordered(self.targets(journey, k.FOR_PERSONA))

    def channels_of(self, touchpoint: str) -> list[str]:
        return self._ordered(self.targets(touchpoint, k.USES_CHANNEL))

    def flows(self, journey: str) -> list[tuple[str, str]]:
        """Flow arrows (source, target) between the touchpoints of ``journey``."""
        tps = set(self.parts(journey, k.TOUCHPOINT))
        return sorted((u, v) for u, v, key in self.graph.edges(tps, keys=True)
                      if key == k.FLOW)

    def emotion_anchor(self, emotion: str) -> str | None:
        """The touchpoint or phase an emotion point is bound to."""
        return self.target(emotion, k.BOUND_TO)

    def emotion_phase(self, emotion: str) -> str | None:
        """The phase column an emotion point stands in."""
        anchor = self.emotion_anchor(emotion)
        if anchor is None:
            return None
        return anchor if self.kind(anchor) == k.PHASE else self.phase_of(anchor)

    def scale(self, journey: str) -> tuple[int, int]:
        return k.SCALES.get(str(self.get(journey, "scale")), k.SCALES["-2..2"])

    def emotion_lane(self, journey: str) -> str | None:
        """The first lane of type ``emotions`` (where the curves are drawn), if any."""
        for lane in self.lanes(journey):
            if self.get(lane, "lane_type") == "emotions":
                return lane
        return None

    def copy(self) -> Document:
        """An independent deep copy (no listeners)."""
        return Document(self.graph.copy(), dict(self.assets), _deep(self.meta))


def _alive(held: Listener | weakref.WeakMethod[Listener]) -> Listener | None:
    """The listener behind ``held`` (None when its object is gone)."""
    return held() if isinstance(held, weakref.WeakMethod) else held


def _deep(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _deep(v) for key, v in value.items()}
    if isinstance(value, list):
        return [_deep(v) for v in value]
    return value
