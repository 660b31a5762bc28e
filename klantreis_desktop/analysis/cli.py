"""``klantreis analyse`` and ``klantreis import-events`` (no Qt).

:data:`COMMANDS` lists ``(name, add_parser(subparsers), run(namespace) -> exit code)`` for
the registry in :mod:`klantreis_desktop.cli`. Exit codes: 0 ok, 1 bad file or failed,
2 usage. Heavy imports (networkx, storage) happen inside ``run`` so ``--help`` stays fast.

``import-events`` adds journeys to a document (created when it does not exist yet) and
saves it atomically. Without ``--segments`` it adds **one journey: the log's typical
path**, the path with the smallest total edit distance to every customer's path (the
1-medoid). We prefer it to the single most frequent path, which in real logs is often a
one-step visit that drops off. With ``--segments K`` (or ``auto``) it adds one journey per
segment, from that segment's typical path.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from klantreis_desktop.i18n import translate

SubParsers = Any
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _tr(text: str) -> str:
    return translate("Analysis", text)


class _CommandError(Exception):
    """A plain, translated reason to stop with exit code 1."""


def _fail(message: str) -> int:
    for line in str(message).splitlines() or [""]:
        print(line, file=sys.stderr)
    return EXIT_FAILED


# analyse --------------------------------------------------------------------------------

def add_analyse_parser(subparsers: SubParsers) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "analyse", help=_tr("analyse the journeys of a file"),
        description=_tr("Lowest emotions, largest swings, moments of truth, channel gaps, "
                        "ranked pain points, opportunities by impact and effort, flow "
                        "checks, and current vs ideal."))
    parser.add_argument("file", metavar=_tr("FILE"), help=_tr("the klantreis file"))
    parser.add_argument("--journey", metavar=_tr("ID|TITLE"), default=None,
                        help=_tr("analyse only this journey (default: all)"))
    parser.add_argument("--json", action="store_true", help=_tr("print the results as JSON"))
    return parser


def _load(path_text: str) -> Any:
    """The storage LoadResult of ``path_text``; a missing or broken file is a _CommandError."""
    from klantreis_desktop import storage

    path = Path(path_text)
    if not path.exists():
        raise _CommandError(_tr("{file}: file not found").format(file=path))
    if path.is_dir():
        raise _CommandError(_tr("{file}: is a folder, not a file").format(file=path))
    try:
        return storage.read(path)
    except storage.KlantreisFileError as error:
        raise _CommandError(str(error)) from error


def _warn(warnings: Any) -> None:
    for warning in warnings or []:
        print(_tr("warning: {message}").format(message=warning), file=sys.stderr)


def resolve_journey(doc: Any, wanted: str) -> str:
    """A journey id from an id or a (case-insensitive) title."""
    journeys = doc.journeys()
    if wanted in journeys:
        return str(wanted)
    matches = [j for j in journeys if doc.title(j).strip().casefold() == wanted.strip().casefold()]
    if len(matches) == 1:
        return str(matches[0])
    names = ", ".join(f"“{doc.title(j)}”" for j in journeys)
    if matches:
        raise _CommandError(_tr("Several journeys are called “{name}”; give the id instead."
                                ).format(name=wanted))
    raise _CommandError(_tr("No journey “{name}” (journeys: {names}).").format(
        name=wanted, names=names or _tr("none")))


def run_analyse(ns: argparse.Namespace) -> int:
    from klantreis_desktop.analysis.compare import comparable_pairs, compare_journeys
    from klantreis_desktop.analysis.journey import analyse_journey
    from klantreis_desktop.analysis.report import comparison_text, journey_text

    try:
        result = _load(ns.file)
        doc = result.document
        chosen = [resolve_journey(doc, ns.journey)] if ns.journey else doc.journeys()
    except _CommandError as failure:
        return _fail(str(failure))
    _warn(getattr(result, "warnings", []))
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


# import-events --------------------------------------------------------------------------

def _segments_value(text: str) -> int | str:
    if text.strip().lower() == "auto":
        return "auto"
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= 20:
        raise argparse.ArgumentTypeError(_tr("a number from 1 to 20, or auto"))
    return value


def _column_value(text: str) -> str | int:
    """A header name, or a column number counted from 1."""
    return int(text) - 1 if text.isdigit() and int(text) >= 1 else text


def add_import_parser(subparsers: SubParsers) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "import-events", help=_tr("turn a CSV event log into journeys"),
        description=_tr("Import a CSV event log (customer id, timestamp, touchpoint, channel, "
                        "optional phase), show frequent paths, drop-offs and segments, and "
                        "add the typical path (or one per segment) as a journey to a file."))
    parser.add_argument("log", metavar=_tr("LOG.csv"), help=_tr("the event log"))
    parser.add_argument("--into", required=True, metavar=_tr("FILE"),
                        help=_tr("the klantreis file to add the journeys to (created when "
                                 "missing)"))
    parser.add_argument("--journey", metavar=_tr("NAME"), default=None,
                        help=_tr("title of the new journey (default: the log's file name)"))
    parser.add_argument("--segments", metavar="K|auto", type=_segments_value, default=None,
                        help=_tr("cluster customers into K segments (or auto) and add a "
                                 "journey per segment"))
    parser.add_argument("--delimiter", default=None, metavar=";",
                        help=_tr("field delimiter (default: detected)"))
    parser.add_argument("--encoding", default=None,
                        help=_tr("text encoding (default: detected)"))
    parser.add_argument("--no-header", action="store_true",
                        help=_tr("the first row is data, not column names"))
    parser.add_argument("--skip-bad-rows", action="store_true",
                        help=_tr("leave out bad rows instead of refusing the whole file"))
    for role, help_text in (
            ("customer", _tr("column of the customer id (header name or number from 1)")),
            ("timestamp", _tr("column of the timestamp")),
            ("touchpoint", _tr("column of the touchpoint")),
            ("channel", _tr("column of the channel")),
            ("phase", _tr("column of the phase"))):
        parser.add_argument(f"--{role}", type=_column_value, default=None, metavar=_tr("COLUMN"),
                            help=help_text)
    parser.add_argument("--json", action="store_true",
                        help=_tr("print the paths and segments as JSON"))
    return parser


def run_import(ns: argparse.Namespace) -> int:
    from klantreis_desktop.analysis.csvformat import EventLogError

    try:
        return _import(ns)
    except (_CommandError, EventLogError) as failure:
        return _fail(str(failure))


def _mapping(ns: argparse.Namespace) -> Any:
    from klantreis_desktop.analysis.csvformat import ColumnMapping

    given = {role: getattr(ns, role) for role in ("customer", "timestamp", "touchpoint",
                                                  "channel", "phase")}
    if all(v is None for v in given.values()):
        return None  # guessed from the header
    if any(given[r] is None for r in ("customer", "timestamp", "touchpoint")):
        raise _CommandError(_tr("Give --customer, --timestamp and --touchpoint together (or none "
                           "of them to guess from the header)."))
    return ColumnMapping(**given)


def _import(ns: argparse.Namespace) -> int:
    from klantreis_desktop import i18n, storage
    from klantreis_desktop.analysis.eventlog import read_event_log
    from klantreis_desktop.analysis.paths import summarise
    from klantreis_desktop.analysis.report import log_text
    from klantreis_desktop.analysis.segments import segment_customers
    from klantreis_desktop.model.document import Document

    log_path, target = Path(ns.log), Path(ns.into)
    if not log_path.is_file():
        raise _CommandError(_tr("{file}: file not found").format(file=log_path))
    if target.exists():
        loaded = _load(str(target))
        doc = loaded.document
        _warn(getattr(loaded, "warnings", []))
    else:
        doc = Document(meta={"title": ns.journey or log_path.stem, "lang": i18n.language()})
    log = read_event_log(log_path, _mapping(ns), delimiter=ns.delimiter,
                         encoding=ns.encoding, has_header=not ns.no_header,
                         skip_bad_rows=ns.skip_bad_rows)
    for _row, message in log.skipped:
        print(_tr("skipped: {message}").format(message=message), file=sys.stderr)
    if log.skipped_count > len(log.skipped):
        print(_tr("skipped {count} rows in all").format(count=log.skipped_count),
              file=sys.stderr)
    summary = summarise(log)
    wanted = ns.segments
    segmentation = segment_customers(log, k=None if wanted == "auto" else (wanted or 1))
    name = ns.journey or log_path.stem
    added = _add_journeys(doc, log, segmentation, name, log_path.name, bool(wanted))
    try:
        storage.save(doc, target)
    except (storage.KlantreisFileError, OSError) as error:
        raise _CommandError(str(error)) from error
    if ns.json:
        print(json.dumps({"summary": summary.to_dict(),
                          "segmentation": segmentation.to_dict() if wanted else None,
                          "journeys": added, "file": str(target),
                          "skipped_rows": log.skipped_count},
                         ensure_ascii=False, indent=2))
        return EXIT_OK
    print("\n".join(log_text(summary, segmentation if wanted else None)))
    for journey in added:
        print(_tr("Added the journey “{title}” to {file}.").format(title=journey["title"],
                                                                   file=target))
    return EXIT_OK


def _add_journeys(doc: Any, log: Any, segmentation: Any, name: str, source: str,
                  per_segment: bool) -> list[dict[str, Any]]:
    from klantreis_desktop.analysis.to_journey import journey_from_path
    from klantreis_desktop.model import operations as ops
    from klantreis_desktop.model.validate import problems

    channels, phases = log.channel_by_touchpoint(), log.phase_by_touchpoint()
    added: list[dict[str, Any]] = []
    for segment in segmentation.segments:
        if per_segment:
            title = _tr("{name} – segment {number}").format(name=name, number=segment.index + 1)
            text = _tr("Typical path of segment {number} in {file}: {customers} customers "
                       "({share:.0%}).")
        else:
            title = name
            text = _tr("Typical path of the {customers} customers in {file}.")
        description = text.format(number=segment.index + 1, file=source,
                                  customers=segment.customers, share=segment.share)
        change = journey_from_path(doc, segment.typical_path, title, channels, phases,
                                   description=description)
        doc.apply(change)
        added.append({"id": ops.created_id(change), "title": title,
                      "customers": segment.customers, "share": round(segment.share, 4),
                      "path": list(segment.typical_path)})
    found = problems(doc)
    if found:
        raise _CommandError(found[0])
    return added


COMMANDS = [
    ("analyse", add_analyse_parser, run_analyse),
    ("import-events", add_import_parser, run_import),
]
