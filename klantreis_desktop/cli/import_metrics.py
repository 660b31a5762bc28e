"""``klantreis import-metrics TABLE --into FILE``: NPS, CSAT, conversion, waiting times …
from a CSV/XLSX table onto the touchpoints and phases of a journey.

Without ``--key``/``--metric`` the columns are guessed from the header (Dutch or English).
All figures land as one change, or none: unknown names, numbers that are no numbers,
mixed decimal separators, empty columns or a percentage of a billion refuse the table
with every problem listed (``--skip-unknown`` imports the rest and lists the unknown).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from klantreis_desktop.cli.common import EXIT_OK, EXIT_USAGE, CommandError, SubParsers
from klantreis_desktop.cli.measured_files import open_target, save_target, target_journey
from klantreis_desktop.i18n import translate


def _tr(text: str) -> str:
    return translate("Cli", text)


def column_value(text: str) -> str | int:
    """A header name, or a column number counted from 1."""
    return int(text) - 1 if text.isdigit() and int(text) >= 1 else text


def add_parser(subparsers: SubParsers) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "import-metrics", help=_tr("put figures from a CSV/XLSX table on touchpoints and phases"),
        description=_tr("Import a metrics table (one row per touchpoint or phase, one column "
                        "per metric) into a journey of a klantreis file."))
    parser.add_argument("table", metavar=_tr("TABLE"), help=_tr("the table (.csv or .xlsx)"))
    parser.add_argument("--into", required=True, metavar=_tr("FILE"),
                        help=_tr("the klantreis file"))
    parser.add_argument("--journey", default=None, metavar=_tr("ID|TITLE"),
                        help=_tr("the journey (default: the only one with touchpoints)"))
    parser.add_argument("--key", type=column_value, default=None, metavar=_tr("COLUMN"),
                        help=_tr("the column with the touchpoint or phase title or id"))
    parser.add_argument("--metric", action="append", default=[],
                        metavar=_tr("COLUMN=NAME[:UNIT][:lower]"),
                        help=_tr("a column of figures and its metric (nps, csat, ces, volume, "
                                 "drop_off, conversion, waiting_time or any name); ':lower' "
                                 "when lower is better; may be repeated"))
    parser.add_argument("--target", default="auto", choices=("auto", "touchpoint", "phase"),
                        help=_tr("match rows to touchpoints, phases or both (default)"))
    for role, text in (("phase", _tr("a phase column that tells equal titles apart")),
                       ("segment", _tr("a segment column")), ("date", _tr("a date column")),
                       ("source-column", _tr("a column naming each figure's source"))):
        parser.add_argument(f"--{role}", type=column_value, default=None,
                            metavar=_tr("COLUMN"), help=text)
    parser.add_argument("--source", default=None, metavar=_tr("TEXT"),
                        help=_tr("where the figures come from (default: the table's name)"))
    parser.add_argument("--assumed", action="store_true",
                        help=_tr("the figures are estimates, not measurements"))
    parser.add_argument("--skip-unknown", action="store_true",
                        help=_tr("import the rows that match and list the others"))
    parser.add_argument("--sheet-name", default=None, metavar=_tr("NAME"),
                        help=_tr("the workbook's sheet (default: the first)"))
    parser.add_argument("--json", action="store_true", help=_tr("print the result as JSON"))
    return parser


def _spec(ns: argparse.Namespace, table: Any) -> Any:
    from klantreis_desktop.analysis.metrics_import import MetricColumn, MetricsSpec, guess_spec

    guessed = guess_spec(table.header, table.rows, table.percent_columns)
    columns = []
    for item in ns.metric:
        column, sep, rest = str(item).partition("=")
        if not sep or not column.strip() or not rest.strip():
            raise CommandError(_tr("--metric needs COLUMN=NAME, not “{text}”.").format(
                text=item), exit_code=EXIT_USAGE)
        name, *extra = rest.split(":")
        unit = next((e for e in extra if e not in ("lower", "higher", "neutral")), None)
        better: bool | None | str = "default"
        if "lower" in extra:
            better = False
        elif "higher" in extra:
            better = True
        elif "neutral" in extra:
            better = None
        columns.append(MetricColumn(column_value(column.strip()), name.strip(), unit=unit,
                                    higher_is_better=better))
    key = ns.key if ns.key is not None else (guessed.key if guessed else None)
    if key is None or not (columns or guessed):
        raise CommandError(_tr("Which column names the touchpoints and which hold figures? "
                               "Give --key and --metric (the header was not recognised)."),
                           exit_code=EXIT_USAGE)
    base = guessed or MetricsSpec(key, ())
    return MetricsSpec(
        key, tuple(columns) or base.metrics, ns.target,
        ns.phase if ns.phase is not None else base.phase,
        ns.segment if ns.segment is not None else base.segment,
        ns.date if ns.date is not None else base.date,
        ns.source_column if ns.source_column is not None else base.source_column,
        base.n, ns.source if ns.source is not None else Path(ns.table).name, "",
        "assumed" if ns.assumed else "observed", bool(ns.skip_unknown))


def run(ns: argparse.Namespace) -> int:
    from klantreis_desktop.analysis.csvformat import EventLogError
    from klantreis_desktop.analysis.metrics_import import empty_columns, plan_metrics
    from klantreis_desktop.analysis.sheets import read_table
    from klantreis_desktop.layout.measured import metric_title

    doc, _warnings = open_target(ns.into, create=False)
    journey = target_journey(doc, ns.journey)
    try:
        table = read_table(ns.table, ns.sheet_name)
        spec = _spec(ns, table)
        result = plan_metrics(doc, journey, table, spec)
    except EventLogError as error:  # a TableError, or a file that is no table at all
        raise CommandError(str(error), keep_lines=True) from error
    empty = empty_columns(table, spec)
    doc.apply(result.change)
    save_target(doc, ns.into)
    for line in result.unknown:
        print(_tr("not imported: {line}").format(line=line), file=sys.stderr)
    if ns.json:
        print(json.dumps({"file": str(ns.into), "journey": journey, "figures": result.count,
                          "metrics": [d.to_dict() for d in result.definitions],
                          "unknown": result.unknown, "empty_cells": result.empty_cells,
                          "empty_columns": empty},
                         ensure_ascii=False, indent=2))
    else:
        print(_tr("Imported {count} figures ({metrics}) onto {nodes} touchpoints and phases "
                  "of “{journey}” in {file}.").format(
            count=result.count, metrics=", ".join(metric_title(d) for d in result.definitions),
            nodes=len(result.figures), journey=doc.title(journey), file=ns.into))
        if empty:
            print(_empty_text(empty))
    return EXIT_OK


def _empty_text(names: list[str]) -> str:
    """What the dialog shows by leaving a column unticked, in words."""
    quoted = ", ".join(f"“{name}”" for name in names)
    if len(names) == 1:
        return _tr("The column {names} holds no figures and was left out.").format(
            names=quoted)
    return _tr("The columns {names} hold no figures and were left out.").format(names=quoted)
