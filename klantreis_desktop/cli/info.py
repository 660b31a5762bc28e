"""``klantreis info FILE [--json]``: the journeys, personas and cards of a file.

The text is for people (counts per journey, in the user's language); ``--json`` lists every
element in a stable order for scripts. The model and storage load inside :func:`run`.
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from klantreis_desktop.cli.common import EXIT_OK, SubParsers, add_file_argument, read_document, warn
from klantreis_desktop.i18n import translate

if TYPE_CHECKING:
    from klantreis_desktop.model.document import Document


def kind_label(kind: str, count: int = 2) -> str:
    """The translated name of an element kind, singular when ``count`` is one."""
    from klantreis_desktop.model import kinds as k

    if count == 1:
        singular = {
            k.JOURNEY: translate("Cli", "journey"),
            k.PERSONA: translate("Cli", "persona"),
            k.CHANNEL: translate("Cli", "channel"),
            k.PHASE: translate("Cli", "phase"),
            k.LANE: translate("Cli", "lane"),
            k.TOUCHPOINT: translate("Cli", "touchpoint"),
            k.PAIN: translate("Cli", "pain point"),
            k.OPPORTUNITY: translate("Cli", "opportunity"),
            k.NOTE: translate("Cli", "note"),
            k.GOAL: translate("Cli", "goal"),
            k.EMOTION: translate("Cli", "emotion point"),
        }
        return singular.get(kind, kind)
    plural = {
        k.JOURNEY: translate("Cli", "journeys"),
        k.PERSONA: translate("Cli", "personas"),
        k.CHANNEL: translate("Cli", "channels"),
        k.PHASE: translate("Cli", "phases"),
        k.LANE: translate("Cli", "lanes"),
        k.TOUCHPOINT: translate("Cli", "touchpoints"),
        k.PAIN: translate("Cli", "pain points"),
        k.OPPORTUNITY: translate("Cli", "opportunities"),
        k.NOTE: translate("Cli", "notes"),
        k.GOAL: translate("Cli", "goals"),
        k.EMOTION: translate("Cli", "emotion points"),
    }
    return plural.get(kind, kind)


def scenario_label(scenario: str) -> str:
    """The translated name of a journey's scenario (current or ideal)."""
    labels = {"current": translate("Cli", "current situation"),
              "ideal": translate("Cli", "ideal situation")}
    return labels.get(scenario, scenario)


# The command ---------------------------------------------------------------------------

def add_parser(subparsers: SubParsers) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "info", help=translate("Cli", "summarise a file"),
        description=translate("Cli", "Show the journeys, personas and cards of a file."))
    add_file_argument(parser)
    parser.add_argument("--json", action="store_true",
                        help=translate("Cli", "print every element as JSON"))
    return parser


def run(ns: argparse.Namespace) -> int:
    result = read_document(ns.file)
    warn(result.warnings)
    if ns.json:
        data = info_data(result.document, ns.file, result.version, list(result.warnings))
        print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    else:
        print(info_text(result.document, ns.file, result.version))
    return EXIT_OK


def _counts(doc: Document, journey: str | None = None) -> dict[str, int]:
    """Counts per kind in schema order, unknown kinds after them (stable for scripts)."""
    from klantreis_desktop.model import kinds as k
    from klantreis_desktop.model.queries import counts_by_kind

    counts = counts_by_kind(doc, journey)
    known = [kind for kind in k.NODE_KINDS if kind in counts]
    return {kind: counts[kind] for kind in known + sorted(set(counts) - set(known))}


def _cards_in_reading_order(doc: Document) -> list[str]:
    """Every card of the document: by journey, phase, lane, then stacking order."""
    from klantreis_desktop.model import kinds as k

    journeys = {j: i for i, j in enumerate(doc.journeys())}
    phases: dict[str, int] = {}
    lanes: dict[str, int] = {}
    for journey in journeys:
        phases.update({p: i for i, p in enumerate(doc.phases(journey))})
        lanes.update({lane: i for i, lane in enumerate(doc.lanes(journey))})
    big = 1 << 30

    def key(card: str) -> tuple[int, int, int, float, str]:
        journey, phase, lane = doc.journey_of(card), doc.phase_of(card), doc.lane_of(card)
        return (journeys.get(journey or "", big), phases.get(phase or "", big),
                lanes.get(lane or "", big), float(doc.get(card, "order") or 0.0), card)

    return sorted(doc.nodes_of_kind(*k.CARD_KINDS), key=key)


def info_data(doc: Document, file: str, version: int, warnings: list[str]) -> dict[str, Any]:
    """The machine-readable summary: every journey, persona, channel, phase, lane and card."""
    from klantreis_desktop.model import kinds as k
    from klantreis_desktop.storage import CURRENT_VERSION

    def text(node: str, name: str) -> Any:
        return doc.get(node, name)

    journeys = []
    for journey in doc.journeys():
        journeys.append({
            "id": journey,
            "title": text(journey, "title"),
            "scenario": text(journey, "scenario"),
            "time_span": text(journey, "time_span"),
            "end_goal": text(journey, "end_goal"),
            "personas": doc.personas_of(journey),
            "phases": [{"id": p, "title": text(p, "title"), "duration": text(p, "duration")}
                       for p in doc.phases(journey)],
            "lanes": [{"id": lane, "title": text(lane, "title"),
                       "lane_type": text(lane, "lane_type"), "hidden": text(lane, "hidden")}
                      for lane in doc.lanes(journey)],
            "counts": _counts(doc, journey),
        })
    cards = [{
        "id": card,
        "kind": doc.kind(card),
        "journey": doc.journey_of(card),
        "phase": doc.phase_of(card),
        "lane": doc.lane_of(card),
        "title": text(card, "title"),
        "channels": doc.channels_of(card) if doc.kind(card) == k.TOUCHPOINT else [],
    } for card in _cards_in_reading_order(doc)]
    return {
        "file": str(file),
        "format_version": version,
        "current_format_version": CURRENT_VERSION,
        "title": str(doc.meta.get("title", "") or ""),
        "lang": doc.meta.get("lang"),
        "counts": _counts(doc),
        "personas": [{"id": p, "name": text(p, "name"), "role": text(p, "role")}
                     for p in doc.personas()],
        "channels": [{"id": c, "name": text(c, "name"), "icon": text(c, "icon")}
                     for c in doc.channels()],
        "journeys": journeys,
        "cards": cards,
        "flows": [{"journey": j, "source": u, "target": v}
                  for j in doc.journeys() for u, v in doc.flows(j)],
        "emotions": [{"id": e, "journey": j, "persona": doc.target(e, k.FELT_BY),
                      "anchor": doc.emotion_anchor(e), "score": text(e, "score")}
                     for j in doc.journeys() for e in doc.emotions(j)],
        "warnings": warnings,
    }


def _count_line(counts: dict[str, int], skip: tuple[str, ...] = ()) -> str:
    parts = [f"{n} {kind_label(kind, n)}" for kind, n in counts.items() if kind not in skip]
    return ", ".join(parts) if parts else translate("Cli", "nothing yet")


def info_text(doc: Document, file: str, version: int) -> str:
    """The human summary: title, then each journey with its personas, phases and lanes."""
    from klantreis_desktop.model import kinds as k

    names = {node: doc.title(node) or node[:8] for node in doc.graph.nodes}
    lines = [
        translate("Cli", "Title: {title}").format(
            title=doc.meta.get("title") or translate("Cli", "(untitled)")),
        translate("Cli", "File: {file} (format version {version})").format(
            file=file, version=version),
        translate("Cli", "In total: {counts}").format(counts=_count_line(_counts(doc))),
    ]
    for number, journey in enumerate(doc.journeys(), start=1):
        lines += [
            "",
            translate("Cli", "Journey {number}: {title} ({scenario})").format(
                number=number, title=names[journey],
                scenario=scenario_label(str(doc.get(journey, "scenario")))),
            "  " + translate("Cli", "Personas: {names}").format(
                names=", ".join(names[p] for p in doc.personas_of(journey)) or "–"),
            "  " + translate("Cli", "Phases: {names}").format(
                names=" → ".join(names[p] for p in doc.phases(journey)) or "–"),
            "  " + translate("Cli", "Lanes: {names}").format(
                names=", ".join(names[lane] for lane in doc.lanes(journey)) or "–"),
            "  " + translate("Cli", "Contents: {counts}").format(counts=_count_line(
                _counts(doc, journey), skip=(k.PHASE, k.LANE))),
        ]
    return "\n".join(lines)
