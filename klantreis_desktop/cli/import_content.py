"""``klantreis import-content SHEET --into FILE``: cards from a CSV/XLSX sheet or a Mermaid
journey diagram into a klantreis file (created when missing), saved atomically.

The sheet is the one ``klantreis export --csv/--xlsx`` writes (one row per card); a file
ending in ``.mmd`` or ``.mermaid``, or whose first statement is the keyword ``journey``
alone on its line (:func:`~klantreis_desktop.export.content_text.mermaid_source`), is read
as a Mermaid diagram. Everything lands as one change, or nothing does.
"""

from __future__ import annotations

import argparse
import datetime
import json
from pathlib import Path

from klantreis_desktop.cli.common import EXIT_OK, CommandError, SubParsers, warn
from klantreis_desktop.cli.measured_files import open_target, save_target, target_journey
from klantreis_desktop.i18n import translate


def _tr(text: str) -> str:
    return translate("Cli", text)


def add_parser(subparsers: SubParsers) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "import-content", help=_tr("add cards from a CSV/XLSX sheet or a Mermaid diagram"),
        description=_tr("Add the cards of a content sheet (as exported with --csv or --xlsx) "
                        "or a Mermaid journey diagram to a klantreis file."))
    parser.add_argument("sheet", metavar=_tr("SHEET"),
                        help=_tr("the sheet (.csv, .xlsx) or diagram (.mmd)"))
    parser.add_argument("--into", required=True, metavar=_tr("FILE"),
                        help=_tr("the klantreis file (created when missing)"))
    parser.add_argument("--journey", default=None, metavar=_tr("ID|TITLE"),
                        help=_tr("put every card into this journey instead of the sheet's "
                                 "journey column"))
    parser.add_argument("--sheet-name", default=None, metavar=_tr("NAME"),
                        help=_tr("the workbook's sheet (default: the first)"))
    parser.add_argument("--json", action="store_true", help=_tr("print the result as JSON"))
    return parser


def run(ns: argparse.Namespace) -> int:
    from klantreis_desktop.analysis.csvformat import EventLogError
    from klantreis_desktop.analysis.sheets import read_table
    from klantreis_desktop.export import content_messages, content_sheet, content_text
    from klantreis_desktop.model.changes import AddNode
    from klantreis_desktop.model.model_error import ModelError

    source = Path(ns.sheet)
    if not source.is_file():
        raise CommandError(_tr("{file}: file not found").format(file=source))
    doc, warnings = open_target(ns.into, create=True)
    try:
        if content_text.is_mermaid_file(source):
            change = content_text.journey_from_mermaid(
                doc, content_text.read_mermaid_file(source))
            cards = added = sum(1 for a in change.atoms if isinstance(a, AddNode)
                                and a.attrs.get("kind") == "touchpoint")
            updated = unchanged = left = removed = figures = 0
            sheet_warnings, kept = [], []
        else:
            into = target_journey(doc, ns.journey) if ns.journey else None
            header, rows = (table := read_table(source, ns.sheet_name)).header, table.rows
            today = datetime.date.today().isoformat()
            result = content_sheet.import_sheet(doc, header, rows, into, source.name, today)
            change, cards = result.change, result.cards
            added, updated = result.added, result.updated
            unchanged, left = result.unchanged, result.not_in_sheet
            removed, sheet_warnings = result.removed_arrows, result.warnings
            figures, kept = result.figures_changed, result.not_in_sheet_titles
    except (ModelError, EventLogError) as error:
        raise CommandError(str(error), keep_lines=True) from error
    if change.atoms:  # a sheet that says what the file holds leaves the file untouched
        doc.apply(change)
        save_target(doc, ns.into)
    if ns.json:
        print(json.dumps({"file": str(ns.into), "cards": cards, "added": added,
                          "updated": updated, "unchanged": unchanged, "not_in_sheet": left,
                          "not_in_sheet_titles": kept, "figures_changed": figures,
                          "removed_arrows": removed, "warnings": [*warnings, *sheet_warnings]},
                         ensure_ascii=False, indent=2))
        return EXIT_OK
    warn(sheet_warnings)
    if removed:
        print(_tr("Arrows that the sheet no longer lists, removed: {count}.").format(
            count=removed))
    if not change.atoms:
        print(_tr("Nothing changed: {file} already holds what the sheet says.").format(
            file=ns.into))
    elif updated or (added and unchanged):
        print(_tr("{updated} updated and {added} added in {file}.").format(
            updated=content_messages.cards_text(updated), added=content_messages.cards_text(added),
            file=ns.into))
    elif unchanged:  # no card changed: the lines on figures and arrows say what did
        print(_tr("No card changed in {file}.").format(file=ns.into))
    else:
        print(_tr("Added {cards} to {file}.").format(
            cards=content_messages.cards_text(cards), file=ns.into))
    if figures:
        print(content_messages.figures_changed_text(figures, source.name, today))
    if kept:
        print(content_messages.not_in_sheet_text(kept))
    return EXIT_OK
