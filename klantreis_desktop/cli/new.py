"""``klantreis new --template NAME -o FILE``: a new file from a shipped template."""

from __future__ import annotations

import argparse
from pathlib import Path

from klantreis_desktop import i18n
from klantreis_desktop.cli.common import EXIT_OK, CommandError, SubParsers, file_failure
from klantreis_desktop.i18n import translate


def add_parser(subparsers: SubParsers) -> argparse.ArgumentParser:
    from klantreis_desktop.templates import TEMPLATES  # light: the model loads on use

    parser: argparse.ArgumentParser = subparsers.add_parser(
        "new", help=translate("Cli", "create a file from a template"),
        description=translate("Cli", "Create a new klantreis file from a template."))
    parser.add_argument("--template", "-t", required=True, choices=TEMPLATES,
                        help=translate("Cli", "the template to start from"))
    parser.add_argument(
        "--lang", dest="doc_lang", choices=i18n.LANGUAGES, default=None,
        help=translate("Cli", "language of the template texts (default: the language of "
                              "the messages)"))
    parser.add_argument("-o", "--output", required=True, metavar=translate("Cli", "FILE"),
                        help=translate("Cli", "the file to create"))
    parser.add_argument("--force", action="store_true",
                        help=translate("Cli", "overwrite the file if it exists"))
    return parser


def run(ns: argparse.Namespace) -> int:
    from klantreis_desktop import storage
    from klantreis_desktop.templates import build_template

    path = Path(ns.output)
    if path.is_dir():
        raise CommandError(translate("Cli", "{file}: is a folder, not a file").format(file=path))
    if path.exists() and not ns.force:
        raise CommandError(translate(
            "Cli", "{file} already exists; add --force to overwrite it").format(file=path))
    lang = ns.doc_lang or i18n.language()
    doc = build_template(ns.template, lang)
    try:
        storage.save(doc, path)
    except Exception as error:
        raise file_failure(path, error) from error
    print(translate("Cli", "Created {file} from the template “{template}”.").format(
        file=path, template=ns.template))
    return EXIT_OK
