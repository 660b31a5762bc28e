"""``klantreis analyse FILE [--journey ID|TITLE] [--json]``: a journey map's weak spots.

Lowest emotions, largest swings, moments of truth, channel gaps, ranked pain points,
opportunities by impact and effort, flow checks, and current vs ideal; the analysis
modules (and networkx with them) load inside :func:`run`.
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from klantreis_desktop.cli.common import (
    EXIT_OK,
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
    return parser


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

    result = read_document(ns.file)
    doc = result.document
    chosen = [resolve_journey(doc, ns.journey)] if ns.journey else doc.journeys()
    warn(result.warnings)
    analyses = [analyse_journey(doc, j) for j in chosen]
    comparisons = [compare_journeys(doc, a, b) for a, b in comparable_pairs(doc)
                   if a in chosen or b in chosen]
    if ns.json:
        print(json.dumps({"file": str(ns.file), "journeys": [a.to_dict() for a in analyses],
                          "comparisons": [c.to_dict() for c in comparisons]},
                         ensure_ascii=False, indent=2))
        return EXIT_OK
    if not analyses:
        print(_tr("The file has no journeys."))
    blocks = [journey_text(a) for a in analyses] + [comparison_text(c) for c in comparisons]
    print("\n\n".join("\n".join(block) for block in blocks))
    return EXIT_OK
