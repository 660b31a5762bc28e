"""Conformance: the designed journey replayed with what customers really did (issue 19).

Each distinct path of the log (:class:`~.path_table.PathTable`) is walked over the
journey's flow arrows (a networkx graph of its touchpoints). Log events are mapped to
touchpoints by title (case, accents and punctuation ignored), through an explicit mapping
for the rest (what the GUI's mapping dialog fills), or left unmapped: **steps the map
lacks**. Between two consecutive mapped steps a customer

- takes an **arrow** of the map;
- stays (**repeat**: the same touchpoint again) or goes back to an earlier touchpoint
  (**loop**: a way back the map lacks);
- takes a **shortcut**: the map reaches the next step only through others, which are
  then **skipped** (a touchpoint counts as skipped when every designed route between the
  two steps passes it);
- or goes somewhere the map has no route to (a **new arrow**).

A customer **drops out** at the last touchpoint when it is no designed end. Shares are of
customers (a customer who takes an arrow twice counts once). The result is plain data for
the canvas (arrow widths, drop-off marks), the analysis panel, the poster's analysis page
and ``klantreis analyse --against LOG.csv --json``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from klantreis_desktop.analysis.current_vs_ideal import normalise_title
from klantreis_desktop.analysis.path_table import PathTable
from klantreis_desktop.i18n import QT_TRANSLATE_NOOP
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model.document import Document
from klantreis_desktop.model.queries import flow_graph

Cancelled = Any  # Callable[[], bool] | None; kept loose for the GUI's worker

#: Why a customer's walk does not fit (what ``fitting`` requires, broken down): a step
#: repeated in a row, dropping out before a designed end, an event the map lacks, a
#: first step that is no designed start, a shortcut, a way back, a route the map lacks,
#: or no event that is a touchpoint of the map at all.
REASONS = ("repeat", "drop_out", "missing_step", "off_start", "shortcut", "loop",
           "new_arrow", "off_map")
#: What each reason means, in the words the findings use (translated where they are
#: shown: the interface's language, or a poster's own).
REASON_TEXTS = {
    "repeat": QT_TRANSLATE_NOOP("Conformance", "repeat a touchpoint (twice or more in a row)"),
    "drop_out": QT_TRANSLATE_NOOP("Conformance", "drop out before an end of the map"),
    "missing_step": QT_TRANSLATE_NOOP("Conformance", "take a step the map lacks"),
    "off_start": QT_TRANSLATE_NOOP("Conformance",
                                   "start elsewhere than at a start of the map"),
    "shortcut": QT_TRANSLATE_NOOP("Conformance", "take a shortcut"),
    "loop": QT_TRANSLATE_NOOP("Conformance", "go back to an earlier touchpoint"),
    "new_arrow": QT_TRANSLATE_NOOP("Conformance", "take a route the map lacks"),
    "off_map": QT_TRANSLATE_NOOP("Conformance", "do no touchpoint of the map"),
}


def reason_labels(translate: Callable[[str, str], str]) -> dict[str, str]:
    """Reason → its text through ``translate(context, text)`` (see :data:`REASON_TEXTS`)."""
    return {reason: translate("Conformance", text) for reason, text in REASON_TEXTS.items()}


@dataclass(frozen=True)
class ArrowUse:
    """One flow arrow of the map and the customers who took it."""

    source: str
    target: str
    source_title: str
    target_title: str
    customers: int
    share_of_source: float  # of the customers who reached the arrow's start
    share: float  # of all customers (for the arrow's width)

    def to_dict(self) -> dict[str, Any]:
        return _rounded(self.__dict__)


@dataclass(frozen=True)
class TouchpointUse:
    """What customers did at one touchpoint of the map."""

    touchpoint: str
    title: str
    reached: int
    share: float  # reached / all customers
    started: int  # customers whose first mapped step this is
    skipped: int  # customers who jumped over it
    repeated: int  # customers who did it twice or more in a row
    dropped: int  # customers whose walk ends here while the map goes on
    drop_share: float  # dropped / reached

    def to_dict(self) -> dict[str, Any]:
        return _rounded(self.__dict__)


@dataclass(frozen=True)
class Deviation:
    """A transition the map does not have as an arrow: shortcut, loop or new arrow."""

    kind: str  # "shortcut", "loop" or "new_arrow"
    source: str
    target: str
    source_title: str
    target_title: str
    customers: int
    share: float
    skipped: tuple[str, ...] = ()  # shortcuts: the touchpoints every designed route passes

    def to_dict(self) -> dict[str, Any]:
        data = _rounded(self.__dict__)
        data["skipped"] = list(self.skipped)
        return data


@dataclass(frozen=True)
class MissingStep:
    """An event of the log that is no touchpoint of the map."""

    name: str
    customers: int
    share: float
    after: str  # the touchpoint (id) most often just before it, "" at the start
    before: str  # the touchpoint most often just after it, "" at the end
    after_title: str = ""
    before_title: str = ""

    def to_dict(self) -> dict[str, Any]:
        return _rounded(self.__dict__)


@dataclass
class Conformance:
    """The designed journey against the log; shares are 0…1 of :attr:`customers`."""

    journey: str
    source: str
    customers: int
    fitting: int  # customers whose whole walk follows the map's arrows from a designed start
    arrows: list[ArrowUse]
    touchpoints: list[TouchpointUse]
    deviations: list[Deviation]
    missing: list[MissingStep]
    mapping: dict[str, str]  # event name → touchpoint id
    unseen: list[str] = field(default_factory=list)  # touchpoints no event maps to
    segment: str | None = None
    first_seen: str = ""  # the log's first and last event day (yyyy-mm-dd), when known
    last_seen: str = ""
    #: Why the other customers do not fit: reason → customers (one customer can have
    #: several), and → customers for whom it is the only reason; see :data:`REASONS`.
    reasons: dict[str, int] = field(default_factory=dict)
    only_reason: dict[str, int] = field(default_factory=dict)
    #: Reason (a deviation: shortcut, loop, …) → customers whose every such deviation
    #: jumps over a step the map lacks: the same customers as ``missing_step``, counted
    #: twice (an event left out of the walk makes the touchpoints around it adjacent).
    across_missing: dict[str, int] = field(default_factory=dict)

    def same_as_missing(self, reason: str) -> int:
        """How many of ``reason``'s customers are there only around a step the map
        lacks (0 for ``missing_step`` itself and the reasons it cannot cause)."""
        return self.across_missing.get(reason, 0)

    @property
    def fitness(self) -> float:
        return self.fitting / self.customers if self.customers else 0.0

    def arrow_shares(self) -> dict[tuple[str, str], float]:
        """(source, target) → share of all customers: the canvas's arrow widths."""
        return {(a.source, a.target): a.share for a in self.arrows}

    def drop_offs(self) -> dict[str, float]:
        """Touchpoint → share of its visitors who drop out there (only where some do)."""
        return {t.touchpoint: t.drop_share for t in self.touchpoints if t.dropped}

    def why_not_fitting(self) -> list[tuple[str, int, int]]:
        """(reason, customers, customers with no other reason), most customers first:
        where the customers who do not follow the map went."""
        order = {reason: i for i, reason in enumerate(REASONS)}
        return sorted(((r, n, self.only_reason.get(r, 0)) for r, n in self.reasons.items()
                       if n), key=lambda item: (-item[1], order.get(item[0], len(order))))

    def repeats(self) -> list[TouchpointUse]:
        """Touchpoints customers did twice or more in a row, most customers first."""
        return sorted((t for t in self.touchpoints if t.repeated),
                      key=lambda t: (-t.repeated, t.title))

    def to_dict(self) -> dict[str, Any]:
        return {"journey": self.journey, "source": self.source, "segment": self.segment,
                "customers": self.customers, "fitting": self.fitting,
                "fitness": round(self.fitness, 4),
                "arrows": [a.to_dict() for a in self.arrows],
                "touchpoints": [t.to_dict() for t in self.touchpoints],
                "deviations": [d.to_dict() for d in self.deviations],
                "missing_steps": [m.to_dict() for m in self.missing],
                "unseen_touchpoints": self.unseen, "mapping": self.mapping,
                "first_seen": self.first_seen, "last_seen": self.last_seen,
                "not_fitting": [{"reason": r, "customers": n, "only_reason": only}
                                for r, n, only in self.why_not_fitting()]}


def _rounded(data: Mapping[str, Any]) -> dict[str, Any]:
    return {key: round(value, 4) if isinstance(value, float) else value
            for key, value in data.items()}


def auto_mapping(doc: Document, journey: str, names: list[str],
                 given: Mapping[str, str] | None = None) -> dict[str, str]:
    """Event name → touchpoint id: ``given`` first (ids or titles), then equal titles.

    A title used by more than one touchpoint maps to none of them (the GUI asks).
    """
    by_title: dict[str, list[str]] = {}
    for node in doc.parts(journey, k.TOUCHPOINT):
        by_title.setdefault(normalise_title(doc.title(node)), []).append(node)
    ids = set(doc.parts(journey, k.TOUCHPOINT))
    mapping: dict[str, str] = {}
    for name in names:
        wanted = (given or {}).get(name)
        if wanted is not None:
            if wanted in ids:
                mapping[name] = wanted
            elif len(found := by_title.get(normalise_title(wanted), [])) == 1:
                mapping[name] = found[0]
            continue
        found = by_title.get(normalise_title(name), [])
        if len(found) == 1:
            mapping[name] = found[0]
    return mapping


class _Design:
    """The map's flow graph with memoised route questions."""

    def __init__(self, doc: Document, journey: str) -> None:
        self.graph: nx.DiGraph = flow_graph(doc, journey)
        self.starts = {n for n in self.graph if self.graph.in_degree(n) == 0}
        self.ends = {n for n in self.graph if self.graph.out_degree(n) == 0}
        self._kind: dict[tuple[str, str], tuple[str, tuple[str, ...]]] = {}
        self._reach: dict[str, set[str]] = {}

    def reach(self, node: str) -> set[str]:
        found = self._reach.get(node)
        if found is None:
            found = self._reach[node] = set(nx.descendants(self.graph, node))
        return found

    def classify(self, a: str, b: str) -> tuple[str, tuple[str, ...]]:
        """("arrow" | "repeat" | "shortcut" | "loop" | "new_arrow", skipped touchpoints)."""
        key = (a, b)
        known = self._kind.get(key)
        if known is not None:
            return known
        if a == b:
            result: tuple[str, tuple[str, ...]] = ("repeat", ())
        elif self.graph.has_edge(a, b):
            result = ("arrow", ())
        elif b in self.reach(a):
            result = ("shortcut", self._on_every_route(a, b))
        elif a in self.reach(b):
            result = ("loop", ())
        else:
            result = ("new_arrow", ())
        self._kind[key] = result
        return result

    def _on_every_route(self, a: str, b: str) -> tuple[str, ...]:
        """Touchpoints every designed route from ``a`` to ``b`` passes (in route order)."""
        between = (self.reach(a) & set(nx.ancestors(self.graph, b))) - {a, b}
        found = []
        for node in between:
            rest = self.graph.subgraph(n for n in self.graph if n != node)
            if not nx.has_path(rest, a, b):
                found.append(node)
        order = {n: i for i, n in enumerate(nx.shortest_path(self.graph, a, b))}
        return tuple(sorted(found, key=lambda n: (order.get(n, len(order)), n)))


def check_conformance(doc: Document, journey: str, table: PathTable,
                      mapping: Mapping[str, str] | None = None, segment: str | None = None,
                      cancelled: Cancelled = None) -> Conformance:
    """Replay ``table`` (or one segment of it) on ``journey``; see the module."""
    if segment is not None:
        table = table.only(segment)
    names = table.touchpoints()
    mapped = auto_mapping(doc, journey, names, mapping)
    design = _Design(doc, journey)
    total = table.customers
    reached: Counter[str] = Counter()
    started: Counter[str] = Counter()
    skipped: Counter[str] = Counter()
    repeated: Counter[str] = Counter()
    dropped: Counter[str] = Counter()
    arrows: Counter[tuple[str, str]] = Counter()
    deviations: Counter[tuple[str, str, str]] = Counter()
    missing: Counter[str] = Counter()
    missing_after: dict[str, Counter[str]] = {}
    missing_before: dict[str, Counter[str]] = {}
    reasons: Counter[str] = Counter()
    only_reason: Counter[str] = Counter()
    across: Counter[str] = Counter()
    fitting = 0
    for number, (steps, customers) in enumerate(table.counts().items()):
        if cancelled is not None and number % 2_000 == 0 and cancelled():
            from klantreis_desktop.analysis.csvformat import ImportCancelled

            raise ImportCancelled("")
        nodes = [mapped.get(step) for step in steps]
        _note_missing(steps, nodes, customers, missing, missing_after, missing_before)
        walk = [n for n in nodes if n is not None]
        if not walk:
            _note_reasons({"off_map"}, customers, reasons, only_reason)
            continue
        started[walk[0]] += customers
        for node in set(walk):
            reached[node] += customers
        why: set[str] = set()
        if walk[0] not in design.starts:
            why.add("off_start")
        if len(walk) < len(nodes):
            why.add("missing_step")
        seen_pairs: set[tuple[str, str]] = set()
        seen_skips: set[str] = set()
        seen_repeats: set[str] = set()
        at = [i for i, node in enumerate(nodes) if node is not None]
        around: dict[str, bool] = {}  # kind → every one jumps over a step the map lacks
        for index, (a, b) in enumerate(zip(walk, walk[1:], strict=False)):
            kind, jumped = design.classify(a, b)
            if kind != "arrow":
                why.add(kind)
                gap = at[index + 1] - at[index] > 1
                around[kind] = around.get(kind, True) and gap
            if (a, b) in seen_pairs:
                continue
            seen_pairs.add((a, b))
            if kind == "arrow":
                arrows[a, b] += customers
            elif kind == "repeat":
                if a not in seen_repeats:
                    seen_repeats.add(a)
                    repeated[a] += customers
            else:
                deviations[kind, a, b] += customers
                for node in jumped:
                    if node not in seen_skips and node not in walk:
                        seen_skips.add(node)
                        skipped[node] += customers
        if walk[-1] not in design.ends:
            dropped[walk[-1]] += customers
            why.add("drop_out")
        if why:
            _note_reasons(why, customers, reasons, only_reason)
            for kind, only_there in around.items():
                if only_there:
                    across[kind] += customers
        else:
            fitting += customers
    share = (lambda n: n / total) if total else (lambda n: 0.0)
    title = doc.title
    arrow_list = [ArrowUse(a, b, title(a), title(b), arrows[a, b],
                           arrows[a, b] / reached[a] if reached[a] else 0.0, share(arrows[a, b]))
                  for a, b in sorted(design.graph.edges, key=lambda e: (title(e[0]), title(e[1])))]
    touchpoints = [TouchpointUse(n, title(n), reached[n], share(reached[n]), started[n],
                                 skipped[n], repeated[n], dropped[n],
                                 dropped[n] / reached[n] if reached[n] else 0.0)
                   for n in _in_order(doc, journey)]
    deviation_list = sorted(
        (Deviation(kind, a, b, title(a), title(b), n, share(n), design.classify(a, b)[1])
         for (kind, a, b), n in deviations.items()),
        key=lambda d: (-d.customers, d.kind, d.source_title, d.target_title))
    missing_list = []
    for name, n in sorted(missing.items(), key=lambda i: (-i[1], i[0])):
        after, before = _most(missing_after.get(name)), _most(missing_before.get(name))
        missing_list.append(MissingStep(name, n, share(n), after, before,
                                        title(after) if after else "",
                                        title(before) if before else ""))
    unseen = [n for n in _in_order(doc, journey) if n not in set(mapped.values())]
    return Conformance(journey, table.source, total, fitting, arrow_list, touchpoints,
                       deviation_list, missing_list, dict(sorted(mapped.items())), unseen,
                       segment, *table.period(), reasons=dict(reasons),
                       only_reason=dict(only_reason), across_missing=dict(across))


def _note_reasons(why: set[str], customers: int, reasons: Counter[str],
                  only_reason: Counter[str]) -> None:
    for reason in why:
        reasons[reason] += customers
    if len(why) == 1:
        only_reason[next(iter(why))] += customers


def _note_missing(steps: tuple[str, ...], nodes: list[str | None], customers: int,
                  missing: Counter[str], after: dict[str, Counter[str]],
                  before: dict[str, Counter[str]]) -> None:
    seen: set[str] = set()
    for index, (step, node) in enumerate(zip(steps, nodes, strict=True)):
        if node is not None or step in seen:
            continue
        seen.add(step)
        missing[step] += customers
        previous = next((n for n in reversed(nodes[:index]) if n is not None), "")
        following = next((n for n in nodes[index + 1:] if n is not None), "")
        after.setdefault(step, Counter())[previous] += customers
        before.setdefault(step, Counter())[following] += customers


def _most(counts: Counter[str] | None) -> str:
    if not counts:
        return ""
    return max(counts.items(), key=lambda item: (item[1], item[0]))[0]


def _in_order(doc: Document, journey: str) -> list[str]:
    phase_index = {p: i for i, p in enumerate(doc.phases(journey))}
    return sorted(doc.parts(journey, k.TOUCHPOINT), key=lambda n: (
        phase_index.get(doc.phase_of(n) or "", 0), float(doc.get(n, "order")), n))
