"""Graph questions about a journey, answered with networkx algorithms."""

from __future__ import annotations

from collections import Counter

import networkx as nx

from klantreis_desktop.model import kinds as k
from klantreis_desktop.model.document import Document


def flow_graph(doc: Document, journey: str) -> nx.DiGraph:
    """The touchpoints of ``journey`` and their flow arrows as a plain DiGraph view."""
    touchpoints = doc.parts(journey, k.TOUCHPOINT)
    flow = nx.DiGraph()
    flow.add_nodes_from(touchpoints)
    flow.add_edges_from(doc.flows(journey))
    return flow


def starts(doc: Document, journey: str) -> list[str]:
    """Touchpoints where a flow begins (no incoming arrow, at least one outgoing)."""
    return starts_of(flow_graph(doc, journey))


def branches(doc: Document, journey: str) -> list[str]:
    """Touchpoints where the flow splits into two or more next steps."""
    return branches_of(flow_graph(doc, journey))


def dead_ends(doc: Document, journey: str) -> list[str]:
    """Touchpoints reached by a flow that lead nowhere."""
    return dead_ends_of(flow_graph(doc, journey))


def paths(doc: Document, journey: str, limit: int = 1_000) -> list[list[str]]:
    """Simple flow paths from every start to every dead end (at most ``limit``)."""
    return paths_of(flow_graph(doc, journey), limit)


# The same questions about a flow graph made once (an analysis asks them all).

def starts_of(flow: nx.DiGraph) -> list[str]:
    return sorted(n for n in flow if flow.in_degree(n) == 0 and flow.out_degree(n) > 0)


def branches_of(flow: nx.DiGraph) -> list[str]:
    return sorted(n for n in flow if flow.out_degree(n) > 1)


def dead_ends_of(flow: nx.DiGraph) -> list[str]:
    return sorted(n for n in flow if flow.in_degree(n) > 0 and flow.out_degree(n) == 0)


def paths_of(flow: nx.DiGraph, limit: int = 1_000) -> list[list[str]]:
    ends = dead_ends_of(flow)
    found: list[list[str]] = []
    for start in starts_of(flow):
        for path in nx.all_simple_paths(flow, start, ends):
            found.append(path)
            if len(found) >= limit:
                return found
    return found


def empty_phases(doc: Document, journey: str) -> list[str]:
    """Phases of ``journey`` that hold no touchpoint."""
    phases = doc.phases(journey)
    membership = nx.DiGraph()
    membership.add_nodes_from(phases)
    membership.add_edges_from((tp, doc.phase_of(tp)) for tp in doc.parts(journey, k.TOUCHPOINT))
    return [p for p in phases if membership.in_degree(p) == 0]


def channel_phase_counts(doc: Document, journey: str) -> dict[tuple[str, str], int]:
    """How many touchpoints use each channel in each phase: {(channel, phase): count}."""
    counts: Counter[tuple[str, str]] = Counter()
    for tp in doc.parts(journey, k.TOUCHPOINT):
        phase = doc.phase_of(tp)
        for channel in doc.channels_of(tp):
            if phase is not None:
                counts[(channel, phase)] += 1
    return dict(counts)


def counts_by_kind(doc: Document, journey: str | None = None) -> dict[str, int]:
    """Number of elements per kind, in the whole document or one journey."""
    nodes = doc.parts(journey) if journey else list(doc.graph.nodes)
    return dict(Counter(doc.kind(n) for n in nodes))
