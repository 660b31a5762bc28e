"""Paths through an event log: the directly-follows graph, frequent paths, drop-off points
and the time customers take between touchpoints.

Most questions are answered on the *distinct* paths with their customer counts, because a
log of 100,000 customers typically holds only a few thousand distinct paths.
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import asdict, dataclass, field
from operator import sub
from typing import Any

import networkx as nx

from klantreis_desktop.analysis.eventlog import EventLog


@dataclass(frozen=True)
class PathShare:
    """One distinct path and how many customers walked exactly this path."""

    path: tuple[str, ...]
    customers: int
    share: float  # of all customers, 0…1

    def to_dict(self) -> dict[str, Any]:
        return {"path": list(self.path), "customers": self.customers,
                "share": round(self.share, 4)}


@dataclass(frozen=True)
class Transition:
    """Customers going from one touchpoint straight to the next."""

    source: str
    target: str
    count: int  # transitions (a customer may make the same one twice)
    customers: int  # distinct customers
    median_seconds: float | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class DropOff:
    """The last touchpoint of customers who never reached the end touchpoint."""

    touchpoint: str
    customers: int
    share: float  # of all customers
    share_of_dropped: float

    def to_dict(self) -> dict[str, Any]:
        return {"touchpoint": self.touchpoint, "customers": self.customers,
                "share": round(self.share, 4),
                "share_of_dropped": round(self.share_of_dropped, 4)}


@dataclass
class DropOffs:
    end: str
    reached: int  # customers whose path contains the end touchpoint
    dropped: int
    points: list[DropOff] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"end": self.end, "reached": self.reached, "dropped": self.dropped,
                "points": [p.to_dict() for p in self.points]}


def distinct_paths(log: EventLog) -> Counter[tuple[int, ...]]:
    """Every distinct touchpoint sequence (as codes) and its number of customers."""
    return Counter(log.sequences)


def frequent_paths(log: EventLog, top: int = 10,
                   counts: Counter[tuple[int, ...]] | None = None) -> list[PathShare]:
    """The ``top`` most walked complete paths with their share of customers."""
    counts = counts if counts is not None else distinct_paths(log)
    total = max(1, len(log.sequences))
    names = log.touchpoints
    ranked = sorted(counts.items(), key=lambda item: (-item[1], len(item[0]), item[0]))
    return [PathShare(tuple(names[c] for c in seq), n, n / total) for seq, n in ranked[:top]]


def transition_times(log: EventLog) -> dict[tuple[int, int], list[float]]:
    """Seconds between consecutive events, per (from, to) touchpoint pair (as codes)."""
    gaps: dict[tuple[int, int], list[float]] = {}
    for seq, times in zip(log.sequences, log.times, strict=True):
        if len(seq) < 2:
            continue
        for pair, gap in zip(zip(seq, seq[1:], strict=False), map(sub, times[1:], times),
                             strict=False):
            found = gaps.get(pair)
            if found is None:
                gaps[pair] = [gap]
            else:
                found.append(gap)
    return gaps


def transitions(log: EventLog, counts: Counter[tuple[int, ...]] | None = None,
                with_times: bool = True) -> list[Transition]:
    """Every directly-follows pair with its counts and median time, busiest first."""
    counts = counts if counts is not None else distinct_paths(log)
    events: Counter[tuple[int, int]] = Counter()
    people: Counter[tuple[int, int]] = Counter()
    for seq, n in counts.items():
        pairs = list(zip(seq, seq[1:], strict=False))
        for pair in pairs:
            events[pair] += n
        for pair in set(pairs):
            people[pair] += n
    gaps = transition_times(log) if with_times else {}
    names = log.touchpoints
    found = [Transition(names[a], names[b], events[(a, b)], people[(a, b)],
                        statistics.median(gaps[(a, b)]) if (a, b) in gaps else None)
             for a, b in events]
    return sorted(found, key=lambda t: (-t.count, t.source, t.target))


def directly_follows(log: EventLog, counts: Counter[tuple[int, ...]] | None = None,
                     with_times: bool = True) -> nx.DiGraph:
    """The directly-follows graph: touchpoint names as nodes, transitions as edges.

    Nodes carry ``events``, ``customers``, ``starts`` and ``ends`` (customers whose path
    starts/ends there); edges ``weight`` (transitions), ``customers`` and
    ``median_seconds``. A repeated touchpoint becomes a self-loop.
    """
    counts = counts if counts is not None else distinct_paths(log)
    names = log.touchpoints
    events: Counter[int] = Counter()
    people: Counter[int] = Counter()
    starts: Counter[int] = Counter()
    ends: Counter[int] = Counter()
    for seq, n in counts.items():
        if not seq:
            continue
        for code in seq:
            events[code] += n
        for code in set(seq):
            people[code] += n
        starts[seq[0]] += n
        ends[seq[-1]] += n
    graph = nx.DiGraph()
    for code in sorted(events):
        graph.add_node(names[code], events=events[code], customers=people[code],
                       starts=starts[code], ends=ends[code])
    for step in transitions(log, counts, with_times):
        graph.add_edge(step.source, step.target, weight=step.count, customers=step.customers,
                       median_seconds=step.median_seconds)
    return graph


def most_common_end(log: EventLog, counts: Counter[tuple[int, ...]] | None = None) -> str:
    """The touchpoint most customers end their path with."""
    counts = counts if counts is not None else distinct_paths(log)
    ends: Counter[int] = Counter()
    for seq, n in counts.items():
        if seq:
            ends[seq[-1]] += n
    if not ends:
        return ""
    best = max(ends.items(), key=lambda item: (item[1], -item[0]))[0]
    return log.touchpoints[best]


def drop_offs(log: EventLog, end: str | None = None,
              counts: Counter[tuple[int, ...]] | None = None) -> DropOffs:
    """Where customers stop who never reach ``end`` (default: the most common last step)."""
    counts = counts if counts is not None else distinct_paths(log)
    end = end if end is not None else most_common_end(log, counts)
    total = max(1, len(log.sequences))
    code = log.touchpoints.index(end) if end in log.touchpoints else -1
    last: Counter[int] = Counter()
    reached = 0
    for seq, n in counts.items():
        if code in seq:
            reached += n
        elif seq:
            last[seq[-1]] += n
    dropped = sum(last.values())
    points = [DropOff(log.touchpoints[c], n, n / total, n / max(1, dropped))
              for c, n in sorted(last.items(), key=lambda item: (-item[1], item[0]))]
    return DropOffs(end, reached, dropped, points)


@dataclass
class LogSummary:
    """Everything the paths view shows about a log, ready for JSON."""

    customers: int
    events: int
    touchpoints: int
    distinct_paths: int
    frequent: list[PathShare]
    transitions: list[Transition]
    drop_offs: DropOffs

    def to_dict(self) -> dict[str, Any]:
        return {"customers": self.customers, "events": self.events,
                "touchpoints": self.touchpoints, "distinct_paths": self.distinct_paths,
                "frequent_paths": [p.to_dict() for p in self.frequent],
                "transitions": [t.to_dict() for t in self.transitions],
                "drop_offs": self.drop_offs.to_dict()}


def summarise(log: EventLog, top: int = 10, end: str | None = None) -> LogSummary:
    """Frequent paths, transitions with median times and drop-offs in one go."""
    counts = distinct_paths(log)
    found = transitions(log, counts)
    return LogSummary(len(log.sequences), log.events, len(log.touchpoints), len(counts),
                      frequent_paths(log, top, counts), found, drop_offs(log, end, counts))
