"""``klantreis upgrade FILE``: rewrite an older file in the current format, in place."""

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
    return parser


def run(ns: argparse.Namespace) -> int:
    from klantreis_desktop import storage

    read_document(ns.file)  # the same plain errors as info and validate for a bad file
    try:
        old, new = storage.upgrade(Path(ns.file))
    except Exception as error:
        raise file_failure(ns.file, error) from error
    if old == new:
        print(translate("Cli", "{file}: already at format version {version}").format(
            file=ns.file, version=new))
    else:
        print(translate("Cli", "{file}: format version {old} → {new}").format(
            file=ns.file, old=old, new=new))
    return EXIT_OK
