"""``klantreis import-survey SURVEY --into FILE``: a survey's per-customer scores become the
journey's measured emotion curve (median, middle half, n per touchpoint and persona or
segment), and the assumptions it contradicts are listed."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from klantreis_desktop.cli.common import EXIT_OK, EXIT_USAGE, CommandError, SubParsers
from klantreis_desktop.cli.import_metrics import column_value
from klantreis_desktop.cli.measured_files import open_target, save_target, target_journey
from klantreis_desktop.i18n import translate


def _tr(text: str) -> str:
    return translate("Cli", text)


def _scale(text: str) -> tuple[int, int]:
    low, sep, high = text.replace("..", "-").replace("…", "-").rpartition("-")
    try:
        value = (int(low), int(high))
    except ValueError:
        value = (0, 0)
    if not sep or value[0] >= value[1]:
        raise argparse.ArgumentTypeError(_tr("a scale like 1-10 or -2..2"))
    return value


def add_parser(subparsers: SubParsers) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "import-survey", help=_tr("turn survey scores into a measured emotion curve"),
        description=_tr("Import a survey (a column per touchpoint, or a touchpoint and a score "
                        "column) as measured scores per persona or segment, and list the "
                        "assumptions they contradict."))
    parser.add_argument("survey", metavar=_tr("SURVEY"), help=_tr("the survey (.csv or .xlsx)"))
    parser.add_argument("--into", required=True, metavar=_tr("FILE"),
                        help=_tr("the klantreis file"))
    parser.add_argument("--journey", default=None, metavar=_tr("ID|TITLE"),
                        help=_tr("the journey (default: the only one with touchpoints)"))
    parser.add_argument("--segment", type=column_value, default=None, metavar=_tr("COLUMN"),
                        help=_tr("a column with each answer's persona or segment"))
    parser.add_argument("--persona", default="", metavar=_tr("NAME"),
                        help=_tr("the persona of answers without a segment"))
    parser.add_argument("--touchpoint", type=column_value, default=None, metavar=_tr("COLUMN"),
                        help=_tr("long form: the column naming the touchpoint"))
    parser.add_argument("--score", type=column_value, default=None, metavar=_tr("COLUMN"),
                        help=_tr("long form: the column with the score"))
    parser.add_argument("--scale", type=_scale, default=None, metavar=_tr("LOW-HIGH"),
                        help=_tr("the survey's scale (default: detected)"))
    parser.add_argument("--threshold", type=float, default=None, metavar=_tr("POINTS"),
                        help=_tr("flag assumptions that differ more than this, and keep it as "
                                 "the journey's setting (default: the journey's own, 1 point "
                                 "unless changed)"))
    parser.add_argument("--source", default=None, metavar=_tr("TEXT"),
                        help=_tr("where the answers come from (default: the file's name)"))
    parser.add_argument("--date", default="", metavar=_tr("YYYY-MM-DD"),
                        help=_tr("when the survey was held"))
    parser.add_argument("--sheet-name", default=None, metavar=_tr("NAME"),
                        help=_tr("the workbook's sheet (default: the first)"))
    parser.add_argument("--json", action="store_true", help=_tr("print the result as JSON"))
    return parser


def run(ns: argparse.Namespace) -> int:
    from klantreis_desktop.analysis.conformance_report import assumption_text
    from klantreis_desktop.analysis.sheets import TableError, parse_day, read_table
    from klantreis_desktop.analysis.survey import SurveySpec, assumption_findings, plan_survey

    if (ns.touchpoint is None) != (ns.score is None):
        raise CommandError(_tr("Give --touchpoint and --score together."), exit_code=EXIT_USAGE)
    try:
        date = parse_day(ns.date) if ns.date else ""
    except ValueError:
        raise CommandError(_tr("“{text}” is not a date.").format(text=ns.date),
                           exit_code=EXIT_USAGE) from None
    doc, _warnings = open_target(ns.into, create=False)
    journey = target_journey(doc, ns.journey)
    spec = SurveySpec(touchpoint=ns.touchpoint, score=ns.score, segment=ns.segment,
                      scale=ns.scale, persona=ns.persona,
                      source=ns.source if ns.source is not None else Path(ns.survey).name,
                      date=date, threshold=ns.threshold)
    try:
        result = plan_survey(doc, journey, read_table(ns.survey, ns.sheet_name), spec)
    except TableError as error:
        raise CommandError(str(error), keep_lines=True) from error
    doc.apply(result.change)
    save_target(doc, ns.into)
    findings = assumption_findings(doc, journey)
    if ns.json:
        print(json.dumps({"file": str(ns.into), "journey": journey, "answers": result.answers,
                          "scale": list(result.scale),
                          "points": sum(len(v) for v in result.scores.values()),
                          "assumptions": [f.to_dict() for f in findings]},
                         ensure_ascii=False, indent=2))
        return EXIT_OK
    print(_tr("Imported {answers} answers (scale {low}…{high}) as measured scores in {file}."
              ).format(answers=result.answers, low=result.scale[0], high=result.scale[1],
                       file=ns.into))
    if findings:
        print("\n".join(assumption_text(doc.title(journey), findings)))
    return EXIT_OK
