"""``klantreis import-events LOG.csv --into FILE``: real customer journeys from an event log.

Adds journeys to a document (created when it does not exist yet) and saves it atomically.
Without ``--segments`` it adds **one journey: the log's typical path**, the path with the
smallest total edit distance to every customer's path (the 1-medoid). We prefer it to the
single most frequent path, which in real logs is often a one-step visit that drops off.
With ``--segments K`` (or ``auto``) it adds one journey per segment, from that segment's
typical path. The analysis modules load inside :func:`run`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from klantreis_desktop.cli.common import (
    EXIT_OK,
    CommandError,
    SubParsers,
    read_document,
    warn,
)
from klantreis_desktop.i18n import translate


def _tr(text: str) -> str:
    return translate("Analysis", text)


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


def add_parser(subparsers: SubParsers) -> argparse.ArgumentParser:
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


def run(ns: argparse.Namespace) -> int:
    from klantreis_desktop.analysis.csvformat import EventLogError

    try:
        return _import(ns)
    except EventLogError as failure:  # may list the first bad rows, one per line
        raise CommandError(str(failure), keep_lines=True) from failure


def _mapping(ns: argparse.Namespace) -> Any:
    from klantreis_desktop.analysis.csvformat import ColumnMapping

    given = {role: getattr(ns, role) for role in ("customer", "timestamp", "touchpoint",
                                                  "channel", "phase")}
    if all(v is None for v in given.values()):
        return None  # guessed from the header
    if any(given[r] is None for r in ("customer", "timestamp", "touchpoint")):
        raise CommandError(_tr("Give --customer, --timestamp and --touchpoint together (or none "
                           "of them to guess from the header)."))
    return ColumnMapping(**given)


def _import(ns: argparse.Namespace) -> int:
    from klantreis_desktop import i18n, storage
    from klantreis_desktop.analysis.customer_paths import summarise
    from klantreis_desktop.analysis.eventlog import read_event_log
    from klantreis_desktop.analysis.report import log_text
    from klantreis_desktop.analysis.segments import segment_customers
    from klantreis_desktop.model.document import Document

    log_path, target = Path(ns.log), Path(ns.into)
    if not log_path.is_file():
        raise CommandError(_tr("{file}: file not found").format(file=log_path))
    if target.exists():
        loaded = read_document(str(target))
        doc = loaded.document
        warn(loaded.warnings)
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
        raise CommandError(str(error)) from error
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
    from klantreis_desktop.model.invariants import problems

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
        raise CommandError(found[0])
    return added
