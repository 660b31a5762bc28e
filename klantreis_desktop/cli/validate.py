"""``klantreis validate FILE``: exit code 0 when the file is sound, 1 when not."""

from __future__ import annotations

import argparse

from klantreis_desktop.cli.common import (
    EXIT_OK,
    CommandError,
    SubParsers,
    add_file_argument,
    read_document,
    warn,
)
from klantreis_desktop.i18n import translate


def add_parser(subparsers: SubParsers) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "validate", help=translate("Cli", "check that a file is sound"),
        description=translate("Cli", "Check a file; exit code 0 when it is valid, 1 when not."))
    add_file_argument(parser)
    return parser


def run(ns: argparse.Namespace) -> int:
    from klantreis_desktop.model.invariants import problems

    result = read_document(ns.file)
    found = problems(result.document)
    if found:
        message = found[0]
        if len(found) > 1:
            message = translate("Cli", "{problem} (and {count} more problems)").format(
                problem=message, count=len(found) - 1)
        raise CommandError(translate("Cli", "{file}: {reason}").format(file=ns.file,
                                                                      reason=message))
    warn(result.warnings)
    print(translate("Cli", "{file}: valid (format version {version})").format(
        file=ns.file, version=result.version))
    return EXIT_OK
