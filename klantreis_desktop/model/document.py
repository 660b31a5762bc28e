"""The document: one networkx MultiDiGraph holding journeys, personas and channels.

Nothing here imports Qt. The graph is only changed through :meth:`Document.apply`, which
takes a :class:`ChangeSet` and tells every listener what changed, so the canvas, the undo
stack and autosave all see the same edits.

Because every edit goes through :meth:`Document.apply`, the document can count its edits
(:attr:`Document.revision`) and remember answers to the questions asked again and again
while a large journey is drawn, analysed or saved (its parts by kind, its ordered cards,
the cards of each cell). ``apply`` forgets them all. Code that changes ``doc.graph``
directly (tests that break a document on purpose, importers) calls
:meth:`Document.invalidate` afterwards; as a safety net the remembered answers are also
dropped when the graph object or its number of nodes changes, and per journey or phase
when its number of incoming links changes.
"""

from __future__ import annotations

import inspect
import uuid
import weakref
from collections.abc import Callable, Hashable, Iterable, Iterator
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
        self._revision = 0
        #: Remembered query answers: key → (guard, value); see :meth:`_remember`.
        self._memo: dict[Hashable, tuple[Any, Any]] = {}
        self._memo_graph: nx.MultiDiGraph | None = None
        self._memo_state = (0, 0)

    @property
    def revision(self) -> int:
        """How many times the document was changed (grows on every :meth:`apply`).

        Lets a caller tell cheaply whether anything changed since it last looked (the
        saver skips re-validating a document validated at the same revision).
        """
        return self._revision

    def invalidate(self) -> None:
        """Forget remembered answers and count a change: call after editing ``graph``
        directly instead of through :meth:`apply`."""
        self._revision += 1
        self._memo.clear()

    def _remember(self, key: Hashable, guard: Any, compute: Callable[[], Any]) -> Any:
        """The remembered answer for ``key`` while revision, graph and ``guard`` hold.

        Answers are shared: callers hand out copies, never the remembered object.
        """
        graph = self.graph
        state = (self._revision, len(graph._node))
        if graph is not self._memo_graph or state != self._memo_state:
            self._memo.clear()
            self._memo_graph, self._memo_state = graph, state
        hit = self._memo.get(key)
        if hit is not None and hit[0] == guard:
            return hit[1]
        value = compute()
        self._memo[key] = (guard, value)
        return value

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
        try:
            for atom in change.atoms:
                if isinstance(atom, AddNode):
                    g.add_node(atom.node, **dict(atom.attrs))
                elif isinstance(atom, RemoveNode):
                    g.remove_node(atom.node)
                elif isinstance(atom, SetAttrs):
                    attrs = g._node[atom.node]
                    attrs.update(atom.new)
                    if None in atom.new.values():  # None: the attribute was not there
                        for name in [n for n, v in atom.new.items() if v is None]:
                            del attrs[name]
                elif isinstance(atom, AddEdge):
                    g.add_edge(atom.source, atom.target, key=atom.kind, kind=atom.kind,
                               **dict(atom.attrs))
                elif isinstance(atom, RemoveEdge):
                    g.remove_edge(atom.source, atom.target, key=atom.kind)
        finally:  # even a change that failed half-way may have changed the graph
            self.invalidate()
        for listener in self._live_listeners():
            listener(change)

    # Reading single elements ------------------------------------------------------------

    def __contains__(self, node: object) -> bool:
        return node in self.graph

    # These read networkx's documented node dict (``graph._node``) directly: going
    # through ``graph.nodes[...]`` builds a view per call, and they are called hundreds
    # of thousands of times while a large journey opens.

    def kind(self, node: str) -> str:
        return str(self.graph._node[node].get("kind", ""))

    def attrs(self, node: str) -> dict[str, Any]:
        """A copy of the node's attributes (mutating it changes nothing)."""
        return dict(self.graph._node[node])

    def get(self, node: str, name: str) -> Any:
        attrs = self.graph._node[node]
        value = attrs.get(name)
        if value is None:
            field = k.SCHEMA.get(str(attrs.get("kind", "")), {}).get(name)
            return field.default if field else None
        return value

    def title(self, node: str) -> str:
        return k.title_of(self.graph._node[node])

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
        for v, keys in self.graph._succ[node].items():
            if edge_kind in keys:
                return v
        return None

    def edges_of(self, node: str) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
        """Every edge touching ``node`` as (source, target, kind, extra attributes)."""
        for u, v, key, data in list(self.graph.in_edges(node, keys=True, data=True)) + list(
                self.graph.out_edges(node, keys=True, data=True)):
            yield u, v, key, {n: x for n, x in data.items() if n != "kind"}

    # Collections ------------------------------------------------------------------------
    # Every list returned is a new list: callers may change it.

    def nodes_of_kind(self, *kinds: str) -> list[str]:
        return [n for n, attrs in self.graph._node.items() if attrs.get("kind") in kinds]

    def _ordered(self, nodes: Iterable[str]) -> list[str]:
        """By ``order`` (missing or empty counts as 0), then by id."""
        attrs = self.graph._node
        return sorted(nodes, key=lambda n: (float(attrs[n].get("order") or 0.0), n))

    def _ordered_of_kind(self, kind: str) -> list[str]:
        return self._remember(("kind", kind), None,
                              lambda: self._ordered(self.nodes_of_kind(kind)))

    def journeys(self) -> list[str]:
        return list(self._ordered_of_kind(k.JOURNEY))

    def personas(self) -> list[str]:
        return list(self._ordered_of_kind(k.PERSONA))

    def channels(self) -> list[str]:
        return list(self._ordered_of_kind(k.CHANNEL))

    def _parts_by_kind(self, journey: str) -> tuple[list[tuple[str, str]], dict[str, list[str]]]:
        """The journey's parts as (node, kind) in link order, and grouped by kind."""
        incoming = self.graph._pred[journey]

        def compute() -> tuple[list[tuple[str, str]], dict[str, list[str]]]:
            nodes = self.graph._node
            found = [(u, str(nodes[u].get("kind", ""))) for u, keys in incoming.items()
                     if k.IN_JOURNEY in keys]
            by_kind: dict[str, list[str]] = {}
            for node, kind in found:
                by_kind.setdefault(kind, []).append(node)
            return found, by_kind

        return self._remember(("parts", journey), len(incoming), compute)

    def _parts(self, journey: str, kinds: tuple[str, ...]) -> list[str]:
        """The remembered (shared) list behind :meth:`parts`."""
        found, by_kind = self._parts_by_kind(journey)
        if len(kinds) == 1:
            return by_kind.get(kinds[0], [])
        guard = len(self.graph._pred[journey])  # the same guard as _parts_by_kind's
        return self._remember(("parts of kinds", journey, kinds), guard, lambda: [
            node for node, kind in found if kind in kinds])

    def parts(self, journey: str, *kinds: str) -> list[str]:
        """Elements of ``journey`` of the given kinds (all parts when none are given)."""
        return list(self._parts(journey, kinds or k.JOURNEY_PARTS))

    def _sorted_parts(self, journey: str, kinds: tuple[str, ...]) -> list[str]:
        guard = len(self.graph._pred[journey])
        return self._remember(("sorted", journey, kinds), guard,
                              lambda: self._ordered(self._parts(journey, kinds)))

    def phases(self, journey: str) -> list[str]:
        return list(self._sorted_parts(journey, (k.PHASE,)))

    def lanes(self, journey: str, include_hidden: bool = True) -> list[str]:
        lanes = self._sorted_parts(journey, (k.LANE,))
        return list(lanes) if include_hidden else [n for n in lanes if not self.get(n, "hidden")]

    def cards(self, journey: str) -> list[str]:
        return list(self._sorted_parts(journey, k.CARD_KINDS))

    def _cells_of_phase(self, phase: str) -> dict[str, list[str]]:
        """lane → the phase's cards on that lane, in stacking order (remembered)."""
        incoming = self.graph._pred[phase]

        def compute() -> dict[str, list[str]]:
            succ = self.graph._succ
            by_lane: dict[str, list[str]] = {}
            for card, keys in incoming.items():
                if k.IN_PHASE in keys:
                    for lane, lane_keys in succ[card].items():
                        if k.ON_LANE in lane_keys:
                            by_lane.setdefault(lane, []).append(card)
            return {lane: self._ordered(cards) for lane, cards in by_lane.items()}

        return self._remember(("cells", phase), len(incoming), compute)

    def cards_in(self, phase: str, lane: str) -> list[str]:
        """Cards of one cell, in their stacking order."""
        if lane not in self.graph._pred:
            raise KeyError(lane)
        return list(self._cells_of_phase(phase).get(lane, ()))

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
        succ = self.graph._succ
        return sorted((u, v) for u in self._parts(journey, (k.TOUCHPOINT,))
                      for v, keys in succ[u].items() if k.FLOW in keys)

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
