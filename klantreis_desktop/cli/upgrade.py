"""``klantreis upgrade FILE [--force]``: rewrite an older file in the current format, in place.

A file that is already current is left untouched, byte for byte, and the command says so;
``--force`` writes it again anyway (as this version writes it). A file made by a newer
version is never rewritten.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from klantreis_desktop.cli.common import (
    EXIT_OK,
    SubParsers,
    add_file_argument,
    file_failure,
    read_document,
)
from klantreis_desktop.i18n import translate


def add_parser(subparsers: SubParsers) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "upgrade", help=translate("Cli", "bring a file to the current format version"),
        description=translate("Cli", "Rewrite a file in the current format version, in "
                                     "place."))
    add_file_argument(parser)
    parser.add_argument("--force", action="store_true",
                        help=translate("Cli", "rewrite a file that is already current, too"))
    return parser


def run(ns: argparse.Namespace) -> int:
    from klantreis_desktop import storage

    read_document(ns.file)  # the same plain errors as info and validate for a bad file
    try:
        done = storage.upgrade_file(Path(ns.file), force=ns.force)
    except Exception as error:
        raise file_failure(ns.file, error) from error
    if done.status == "current":
        print(translate("Cli", "{file}: already at format version {version}; left as it is "
                               "(--force rewrites it)").format(file=ns.file,
                                                               version=done.after))
    elif done.status == "newer":
        print(translate("Cli", "{file}: made by a newer version (format {version}); not "
                               "rewritten").format(file=ns.file, version=done.before))
    elif done.status == "rewritten":
        print(translate("Cli", "{file}: rewritten at format version {version}").format(
            file=ns.file, version=done.after))
    else:
        print(translate("Cli", "{file}: format version {old} → {new}").format(
            file=ns.file, old=done.before, new=done.after))
    return EXIT_OK
