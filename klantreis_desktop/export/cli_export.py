"""``klantreis export FILE --pdf OUT``: the poster PDF without a window (no Qt).

Exit codes as for every command: 0 ok, 1 bad file or failed export, 2 usage.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from klantreis_desktop.i18n import translate
from klantreis_desktop.model.document import Document

SubParsers = Any
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _tr(text: str) -> str:
    return translate("Cli", text)


def add_parser(subparsers: SubParsers) -> argparse.ArgumentParser:
    """Add the ``export`` sub-command to ``subparsers``."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "export", help=_tr("export journeys as a PDF poster"),
        description=_tr("Export the journeys of a klantreis file as a vector PDF poster, "
                        "on one page or tiled onto A4/A3 sheets."))
    parser.add_argument("file", metavar=_tr("FILE"), help=_tr("the klantreis file to export"))
    parser.add_argument("--pdf", metavar=_tr("OUT"), required=True,
                        help=_tr("the PDF file to write"))
    parser.add_argument("--paper", default="A3", metavar="A4|A3|A2|A1|A0|WxHmm",
                        help=_tr("paper size (default: A3), or a custom size like 1000x700mm"))
    parser.add_argument("--orientation", default="auto", choices=("auto", "portrait",
                                                                  "landscape"),
                        help=_tr("page orientation (default: auto, whichever fits best)"))
    parser.add_argument("--tile", default=None, choices=("A4", "A3"),
                        help=_tr("print the poster on A4 or A3 sheets to glue together"))
    parser.add_argument("--overlap", type=float, default=10.0, metavar=_tr("MM"),
                        help=_tr("overlap between tiled sheets in mm (default: 10)"))
    parser.add_argument("--journey", default="all", metavar=_tr("ID|TITLE|all"),
                        help=_tr("export only this journey (default: all)"))
    parser.add_argument("--greyscale", "--grayscale", action="store_true",
                        help=_tr("grey tones only, for black-and-white printers"))
    parser.add_argument("--persona-pages", action="store_true",
                        help=_tr("add a page per persona with its empathy map"))
    return parser


def _load(path_text: str) -> tuple[Document, list[str]]:
    """The document in ``path_text`` and the loader's warnings (storage errors raise)."""
    from klantreis_desktop import storage

    path = Path(path_text)
    if not path.is_file():
        message = (_tr("{file}: is a folder, not a file") if path.is_dir()
                   else _tr("{file}: file not found"))
        raise ExportFailedError(message.format(file=path_text))
    # ``read`` gives a LoadResult (document + warnings); ``load`` just the document.
    reader = getattr(storage, "read", None) or storage.load
    result = reader(path)
    document = getattr(result, "document", result)
    if not isinstance(document, Document):
        raise ExportFailedError(_tr("{file}: could not be read").format(file=path_text))
    return document, [str(w) for w in getattr(result, "warnings", [])]


class ExportFailedError(Exception):
    """A plain, translated reason to stop with exit code 1."""


def resolve_journey(doc: Document, wanted: str) -> str | list[str]:
    """``all``, a journey id, or a (case-insensitive) journey title → export selection."""
    if wanted.strip().lower() == "all":
        return "all"
    journeys = doc.journeys()
    if wanted in journeys:
        return [wanted]
    matches = [j for j in journeys if doc.title(j).strip().casefold() == wanted.strip().casefold()]
    if len(matches) == 1:
        return matches
    if len(matches) > 1:
        raise ExportFailedError(_tr("Several journeys are called “{name}”; give the id instead: "
                           "{ids}").format(name=wanted, ids=", ".join(matches)))
    names = ", ".join(f"“{doc.title(j)}”" for j in journeys)
    raise ExportFailedError(_tr("No journey “{name}” in this file; choose from: {names}").format(
        name=wanted, names=names or "—"))


def _one_line(text: str) -> str:
    return " ".join(part.strip() for part in str(text).splitlines() if part.strip())


def run(args: argparse.Namespace) -> int:
    """Export as asked; messages go to stderr as single lines, never a traceback."""
    from klantreis_desktop.export.options import ExportError, PdfOptions, parse_paper
    from klantreis_desktop.export.pdf import export_pdf

    try:
        parse_paper(args.paper)
    except ExportError as error:
        print(_one_line(str(error)), file=sys.stderr)
        return EXIT_USAGE
    try:
        doc, warnings = _load(args.file)
        options = PdfOptions(
            paper=args.paper, orientation=args.orientation, tile=args.tile,
            overlap_mm=float(args.overlap), journeys=resolve_journey(doc, args.journey),
            persona_pages=bool(args.persona_pages), greyscale=bool(args.greyscale))
        result = export_pdf(doc, args.pdf, options, source_name=Path(args.file).name)
    except (ExportFailedError, ExportError) as error:
        print(_one_line(str(error)), file=sys.stderr)
        return EXIT_FAILED
    except Exception as error:  # storage errors carry a translated sentence already
        from klantreis_desktop.storage.errors import KlantreisFileError

        if isinstance(error, KlantreisFileError):
            print(_one_line(str(error)), file=sys.stderr)
            return EXIT_FAILED
        raise
    for warning in [*warnings, *result.warnings]:
        print(_one_line(_tr("warning: {message}").format(message=warning)), file=sys.stderr)
    print(_tr("{file}: {pages} pages, {size} kB").format(
        file=args.pdf, pages=result.pages, size=max(1, round(result.size / 1024))))
    return EXIT_OK
