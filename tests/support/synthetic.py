"""Seeded generators of realistic event logs, for the tests and benchmarks (not shipped).

:func:`journey_events` lets customers walk a journey map's flow arrows (one of the sample
journeys, say): each picks a start, follows a random next step, sometimes drops off,
sometimes repeats a step (a second website visit), and uses one of the step's channels.
Steps within a phase are minutes to hours apart, phases days apart.

:func:`family_events` plants segments: every customer follows one of a few given paths with
small edits (a skipped, an inserted or a repeated step), so a clustering should find the
families again.
"""

from __future__ import annotations

import csv
import math
import random
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from klantreis_desktop.model import kinds as k
from klantreis_desktop.model.document import Document
from klantreis_desktop.model.queries import flow_graph

#: (customer id, time, touchpoint, channel, phase)
Event = tuple[str, datetime, str, str, str]
HEADER_NL = ("Klantnummer", "Tijdstip", "Contactmoment", "Kanaal", "Fase")
HEADER_EN = ("customer_id", "timestamp", "touchpoint", "channel", "phase")


@dataclass
class FlowModel:
    """A journey map reduced to what a walk needs: names, channels, phases and next steps."""

    starts: list[str]
    successors: dict[str, list[str]]
    channels: dict[str, list[str]] = field(default_factory=dict)
    phases: dict[str, str] = field(default_factory=dict)


def flow_model(doc: Document, journey: str) -> FlowModel:
    """The flow arrows of ``journey`` as a :class:`FlowModel` (touchpoints by title)."""
    flow = flow_graph(doc, journey)
    name = doc.title
    order = {p: i for i, p in enumerate(doc.phases(journey))}
    nodes = sorted(flow, key=lambda n: (order.get(doc.phase_of(n) or "", 0), name(n)))
    starts = [name(n) for n in nodes if flow.in_degree(n) == 0]
    successors = {name(n): sorted(name(m) for m in flow.successors(n)) for n in nodes}
    channels = {name(n): [doc.title(c) for c in doc.channels_of(n)] for n in nodes}
    phases = {name(n): doc.title(doc.phase_of(n) or "") if doc.phase_of(n) else ""
              for n in nodes}
    return FlowModel(starts, successors, channels, phases)


def sample_model(sample: str = "schoonmaak", lang: str = "nl") -> FlowModel:
    """The flow model of the first journey of a built-in sample."""
    from klantreis_desktop.templates import build_sample

    doc = build_sample(sample, lang)
    journey = next(j for j in doc.journeys() if doc.parts(j, k.TOUCHPOINT))
    return flow_model(doc, journey)


def walk(model: FlowModel, rng: random.Random, drop: float = 0.07,
         repeat: float = 0.12) -> list[str]:
    """One customer's path through ``model``."""
    step = rng.choice(model.starts)
    path = [step]
    while True:
        if rng.random() < repeat:
            path.append(step)
        following = model.successors.get(step, [])
        if not following or rng.random() < drop:
            return path
        step = rng.choice(following)
        path.append(step)


def _gap(rng: random.Random, same_phase: bool) -> timedelta:
    if same_phase:
        return timedelta(minutes=min(rng.lognormvariate(math.log(25), 1.0), 60 * 24 * 3))
    return timedelta(days=min(rng.lognormvariate(math.log(2.5), 0.8), 90))


def _timed(customer: str, path: Sequence[str], rng: random.Random, start: datetime,
           channels: dict[str, list[str]], phases: dict[str, str]) -> list[Event]:
    when = start + timedelta(seconds=rng.randrange(365 * 86_400))
    events: list[Event] = []
    previous = None
    for step in path:
        if previous is not None:
            when += _gap(rng, phases.get(step, "") == phases.get(previous, ""))
        options = channels.get(step) or [""]
        events.append((customer, when.replace(microsecond=0), step, rng.choice(options),
                       phases.get(step, "")))
        previous = step
    return events


def journey_events(model: FlowModel, customers: int, seed: int = 1,
                   max_events: int | None = None, drop: float = 0.07, repeat: float = 0.12,
                   start: datetime = datetime(2024, 1, 1)) -> list[Event]:
    """Events of ``customers`` walking ``model``, in time order (at most ``max_events``)."""
    rng = random.Random(seed)
    events: list[Event] = []
    for number in range(customers):
        path = walk(model, rng, drop, repeat)
        events += _timed(f"K{number + 1:06d}", path, rng, start, model.channels, model.phases)
    if max_events is not None:
        events = events[:max_events]
    events.sort(key=lambda e: e[1])
    return events


def family_events(families: Sequence[Sequence[str]], customers: int, seed: int = 1,
                  weights: Sequence[float] | None = None, noise: float = 0.15,
                  channels: dict[str, list[str]] | None = None,
                  phases: dict[str, str] | None = None,
                  start: datetime = datetime(2024, 1, 1)) -> tuple[list[Event], dict[str, int]]:
    """Events of customers who each follow one family's path with small edits.

    Returns the events and, per customer id, the index of the family it was drawn from.
    """
    rng = random.Random(seed)
    alphabet = sorted({step for family in families for step in family})
    chosen = rng.choices(range(len(families)), weights=weights, k=customers)
    events: list[Event] = []
    truth: dict[str, int] = {}
    for number, family in enumerate(chosen):
        customer = f"C{number + 1:06d}"
        truth[customer] = family
        path = list(families[family])
        for _ in range(len(path)):
            if rng.random() < noise:
                _edit(path, rng, alphabet)
        events += _timed(customer, path or [families[family][0]], rng, start,
                         channels or {}, phases or {})
    events.sort(key=lambda e: e[1])
    return events, truth


def _edit(path: list[str], rng: random.Random, alphabet: Sequence[str]) -> None:
    where = rng.randrange(len(path) + 1)
    action = rng.random()
    if action < 0.4 and path:
        del path[min(where, len(path) - 1)]
    elif action < 0.7:
        path.insert(where, rng.choice(alphabet))
    elif path:
        spot = min(where, len(path) - 1)
        path.insert(spot, path[spot])


def format_time(when: datetime, style: str = "nl") -> str:
    """``31-12-2024 14:30:05`` (Dutch Excel) or ``2024-12-31T14:30:05`` (ISO)."""
    if style == "iso":
        return when.isoformat()
    return (f"{when.day:02d}-{when.month:02d}-{when.year} "
            f"{when.hour:02d}:{when.minute:02d}:{when.second:02d}")


def rows(events: Iterable[Event], style: str = "nl", phases: bool = True) -> Iterator[list[str]]:
    """CSV rows of ``events`` (without the header)."""
    for customer, when, touchpoint, channel, phase in events:
        row = [customer, format_time(when, style), touchpoint, channel]
        yield row + [phase] if phases else row


def write_csv(path: str | Path, events: Iterable[Event], delimiter: str = ";",
              encoding: str = "utf-8-sig", style: str = "nl",
              header: Sequence[str] = HEADER_NL, phases: bool = True) -> None:
    """Write ``events`` as an Excel-style CSV file (``;``, dd-mm-jjjj, BOM by default)."""
    with open(path, "w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter, lineterminator="\r\n")
        writer.writerow(list(header) if phases else list(header)[:4])
        writer.writerows(rows(events, style, phases))
