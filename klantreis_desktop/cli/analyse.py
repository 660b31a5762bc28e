"""``klantreis analyse FILE [--journey ID|TITLE] [--against LOG] [--json]``: a journey
map's weak spots.

Lowest emotions, largest swings, moments of truth, channel gaps, ranked pain points,
opportunities by impact and effort, flow checks, current vs ideal, assumptions that the
measured scores contradict, and with ``--against`` the designed journey replayed with an
event log or path table (:mod:`klantreis_desktop.analysis.conformance`). The analysis
modules (networkx, DuckDB) load inside :func:`run`.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from klantreis_desktop.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    CommandError,
    SubParsers,
    add_file_argument,
    journeys_named,
    read_document,
    warn,
)
from klantreis_desktop.i18n import translate

if TYPE_CHECKING:
    from klantreis_desktop.model.document import Document


def _tr(text: str) -> str:
    return translate("Analysis", text)


def add_parser(subparsers: SubParsers) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "analyse", help=_tr("analyse the journeys of a file"),
        description=_tr("Lowest emotions, largest swings, moments of truth, channel gaps, "
                        "ranked pain points, opportunities by impact and effort, flow "
                        "checks, and current vs ideal."))
    add_file_argument(parser)
    parser.add_argument("--journey", metavar=_tr("ID|TITLE"), default=None,
                        help=_tr("analyse only this journey (default: all)"))
    parser.add_argument("--json", action="store_true", help=_tr("print the results as JSON"))
    add_log_arguments(parser, segments=True)
    parser.add_argument("--threshold", type=float, default=None, metavar=_tr("POINTS"),
                        help=_tr("flag measured scores that differ more than this from the "
                                 "assumed ones (default: the journey's own setting, 1 point "
                                 "of its scale unless changed)"))
    return parser


def add_log_arguments(parser: Any, segments: bool) -> None:
    """``--against LOG`` and its options (``klantreis analyse`` and ``klantreis export``)."""
    parser.add_argument("--against", metavar=_tr("LOG"), default=None,
                        help=_tr("check the journey against an event log (CSV or Parquet) or "
                                 "a path table"))
    parser.add_argument("--map", action="append", default=[], metavar=_tr("EVENT=TOUCHPOINT"),
                        help=_tr("map an event name of the log to a touchpoint (title or id); "
                                 "may be repeated"))
    if segments:
        parser.add_argument("--segment", default=None, metavar=_tr("COLUMN"),
                            help=_tr("the log's segment column: check each segment apart"))
    parser.add_argument("--engine", default="auto", choices=("auto", "python", "duckdb"),
                        help=_tr("how to read the log (default: auto, by its size)"))
    parser.add_argument("--skip-bad-rows", action="store_true",
                        help=_tr("leave out bad rows of the log instead of refusing it"))


def resolve_journey(doc: Document, wanted: str) -> str:
    """A journey id from an id or a (case-insensitive) title."""
    matches = journeys_named(doc, wanted)
    if len(matches) == 1:
        return str(matches[0])
    if matches:
        raise CommandError(_tr("Several journeys are called “{name}”; give the id instead."
                               ).format(name=wanted))
    names = ", ".join(f"“{doc.title(j)}”" for j in doc.journeys())
    raise CommandError(_tr("No journey “{name}” (journeys: {names}).").format(
        name=wanted, names=names or _tr("none")))


def run(ns: argparse.Namespace) -> int:
    from klantreis_desktop.analysis.current_vs_ideal import comparable_pairs, compare_journeys
    from klantreis_desktop.analysis.journey import analyse_journey
    from klantreis_desktop.analysis.report import comparison_text, journey_text
    from klantreis_desktop.analysis.survey import assumption_findings

    result = read_document(ns.file)
    doc = result.document
    chosen = [resolve_journey(doc, ns.journey)] if ns.journey else doc.journeys()
    warn(result.warnings)
    analyses = [analyse_journey(doc, j) for j in chosen]
    comparisons = [compare_journeys(doc, a, b) for a, b in comparable_pairs(doc)
                   if a in chosen or b in chosen]
    assumptions = {j: assumption_findings(doc, j, ns.threshold) for j in chosen}
    checks = check_against(doc, chosen, ns) if ns.against else []
    if ns.json:
        data = {"file": str(ns.file), "journeys": [a.to_dict() for a in analyses],
                "comparisons": [c.to_dict() for c in comparisons],
                "assumptions": [f.to_dict() for j in chosen for f in assumptions[j]]}
        if ns.against:
            data["conformance"] = [c.to_dict() for c in checks]
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not analyses:
        print(_tr("The file has no journeys."))
    blocks = [journey_text(a) for a in analyses] + [comparison_text(c) for c in comparisons]
    from klantreis_desktop.analysis.conformance_report import assumption_text, conformance_text

    blocks += [assumption_text(doc.title(j), assumptions[j]) for j in chosen if assumptions[j]]
    blocks += [conformance_text(c) for c in checks]
    print("\n\n".join("\n".join(block) for block in blocks))
    return EXIT_OK


def check_against(doc: Document, chosen: list[str], ns: argparse.Namespace) -> list[Any]:
    """The designed journeys (those with touchpoints) against the log ``ns.against``,
    over all customers and (with ``--segment``) per segment; CommandError on a bad log."""
    from klantreis_desktop.analysis.conformance import check_conformance
    from klantreis_desktop.analysis.csvformat import EventLogError
    from klantreis_desktop.model import kinds as k

    table = _paths(ns)
    mapping: dict[str, str] = {}
    for item in ns.map:
        event, sep, touchpoint = str(item).partition("=")
        if not sep or not event.strip() or not touchpoint.strip():
            raise CommandError(_tr("--map needs EVENT=TOUCHPOINT, not “{text}”.").format(
                text=item), exit_code=EXIT_USAGE)
        mapping[event.strip()] = touchpoint.strip()
    journeys = [j for j in chosen if doc.parts(j, k.TOUCHPOINT)]
    if not journeys:
        raise CommandError(_tr("No journey to check: none has touchpoints."))
    _check_map_targets(doc, journeys, mapping)
    segment = getattr(ns, "segment", None)
    segments: list[str | None] = [None] + (table.segments() if segment else [])
    try:
        return [check_conformance(doc, j, table, mapping, segment)
                for j in journeys for segment in segments]
    except EventLogError as error:
        raise CommandError(str(error), keep_lines=True) from error


def _check_map_targets(doc: Document, journeys: list[str], mapping: dict[str, str]) -> None:
    """A ``--map`` target that names no touchpoint is a typo, not a step the map lacks."""
    from klantreis_desktop.analysis.conformance import auto_mapping

    found: set[str] = set()
    for journey in journeys:
        found |= set(auto_mapping(doc, journey, list(mapping), mapping))
    wrong = [f"{event}={target}" for event, target in mapping.items() if event not in found]
    if wrong:
        raise CommandError(_tr("--map names no touchpoint of the journey (or more than one "
                               "with that title): {items}").format(items=", ".join(wrong)),
                           exit_code=EXIT_USAGE)


def _paths(ns: argparse.Namespace) -> Any:
    from klantreis_desktop.analysis.csvformat import EventLogError
    from klantreis_desktop.analysis.duck_log import log_paths
    from klantreis_desktop.analysis.path_table import is_path_table, read_path_table

    log = Path(ns.against)
    if not log.is_file():
        raise CommandError(_tr("{file}: file not found").format(file=log))
    try:
        if is_path_table(log):
            return read_path_table(log)
        return log_paths(log, segment=getattr(ns, "segment", None), engine=ns.engine,
                         skip_bad_rows=ns.skip_bad_rows)
    except EventLogError as error:
        raise CommandError(str(error), keep_lines=True) from error
