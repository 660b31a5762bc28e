"""Flow checks of a journey: dead ends, unreachable touchpoints, and the end goal.

Seed 002: a journey ends with a satisfied customer, not at the purchase. We make that
checkable with one definition: **the end goal is the journey's last phase** (the last
column; that is where the template puts "Klantscore 8+" style goal cards and where the
journey's ``end_goal`` text belongs). A path *reaches the end goal* when it ends on a
touchpoint in the last phase. A journey whose last phase holds no touchpoint therefore
never reaches it: the map stops at the purchase.

- *Starts*: touchpoints with outgoing but no incoming arrows.
- *Unreachable*: touchpoints no start leads to (also those without any arrow, once the
  journey uses arrows at all; a cycle nobody enters is unreachable too).
- *Ends*: where a walk along the arrows stops: dead ends, and closed loops without a way
  out (terminal strongly connected components). Ends outside the last phase fall short.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from klantreis_desktop.model import kinds as k
from klantreis_desktop.model import queries
from klantreis_desktop.model.document import Document


@dataclass
class FlowCheck:
    has_flows: bool
    starts: list[str]
    branches: list[str]
    dead_ends: list[str]
    unreachable: list[str]
    end_phase: str  # the last phase ("" when the journey has none)
    end_goal: str  # the journey's end goal text
    goal_cards: list[str]  # goal cards in the last phase
    ends: list[str]  # where walks stop (dead ends and closed loops)
    short_ends: list[str]  # ends outside the last phase
    paths: int  # simple start→dead-end paths counted (at most ``limit``)
    paths_reaching_end: int
    titles: dict[str, str] = field(default_factory=dict)

    @property
    def reaches_end_goal(self) -> bool:
        """Every walk along the arrows ends in the last phase (and there are arrows)."""
        return self.has_flows and bool(self.ends) and not self.short_ends

    def to_dict(self) -> dict[str, Any]:
        def named(ids: list[str]) -> list[dict[str, str]]:
            return [{"id": n, "title": self.titles.get(n, "")} for n in ids]

        return {"has_flows": self.has_flows, "starts": named(self.starts),
                "branches": named(self.branches), "dead_ends": named(self.dead_ends),
                "unreachable": named(self.unreachable),
                "end_phase": {"id": self.end_phase,
                              "title": self.titles.get(self.end_phase, "")},
                "end_goal": self.end_goal, "goal_cards": named(self.goal_cards),
                "ends": named(self.ends), "short_ends": named(self.short_ends),
                "paths": self.paths, "paths_reaching_end": self.paths_reaching_end,
                "reaches_end_goal": self.reaches_end_goal}


def terminal_touchpoints(flow: nx.DiGraph, among: set[str]) -> list[str]:
    """Touchpoints where walks from ``among`` stop: dead ends and inescapable loops."""
    sub = flow.subgraph(among)
    condensed = nx.condensation(sub)
    found: list[str] = []
    for component in condensed:
        if condensed.out_degree(component) == 0:
            members = condensed.nodes[component]["members"]
            if len(members) > 1 or sub.out_degree(next(iter(members))) == 0:
                found.extend(members)
    return sorted(found)


def check_flow(doc: Document, journey: str, limit: int = 1_000) -> FlowCheck:
    """Dead ends, unreachable touchpoints and whether every path reaches the end goal."""
    return check_flow_of(doc, journey, queries.flow_graph(doc, journey), limit)


def check_flow_of(doc: Document, journey: str, flow: nx.DiGraph,
                  limit: int = 1_000) -> FlowCheck:
    """:func:`check_flow` with the journey's flow graph made once by the caller."""
    phases = doc.phases(journey)
    end_phase = phases[-1] if phases else ""
    has_flows = flow.number_of_edges() > 0
    starts = queries.starts_of(flow)
    reachable: set[str] = set(starts)
    for start in starts:
        reachable |= nx.descendants(flow, start)
    unreachable = sorted(n for n in flow if n not in reachable) if has_flows else []
    ends = terminal_touchpoints(flow, reachable) if has_flows else []
    in_end = {n for n in flow if doc.phase_of(n) == end_phase}
    short = [n for n in ends if n not in in_end]
    found = queries.paths_of(flow, limit) if has_flows else []
    goals = [c for c in doc.parts(journey, k.GOAL) if doc.phase_of(c) == end_phase]
    titles = {n: doc.title(n) for n in list(flow) + phases + goals}
    return FlowCheck(
        has_flows, starts, queries.branches_of(flow), queries.dead_ends_of(flow),
        unreachable, end_phase, str(doc.get(journey, "end_goal")), sorted(goals), ends,
        short, len(found), sum(1 for p in found if p[-1] in in_end), titles)
