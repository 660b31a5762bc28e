"""``klantreis export FILE --pdf OUT | --png OUT | --svg OUT | --csv OUT | --xlsx OUT |
--mermaid OUT | --markdown OUT | --opportunities OUT``: exports without a window.

The content exports (cards as CSV/XLSX, Mermaid, Markdown, opportunities) are Qt-free
(:mod:`klantreis_desktop.export.content_sheet`, :mod:`~klantreis_desktop.export.content_text`).

The PDF path never imports Qt. PNG and SVG are drawn by the canvas
(:mod:`klantreis_desktop.ui.exporting.export_image`), so Qt is imported only when they are
asked for (offscreen when there is no display). Exit codes as for
every command: 0 ok, 1 bad file or failed export, 2 usage.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from klantreis_desktop.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    CommandError,
    SubParsers,
    journeys_named,
    read_document,
    warn,
)
from klantreis_desktop.i18n import translate

if TYPE_CHECKING:
    from klantreis_desktop.model.document import Document


def _tr(text: str) -> str:
    return translate("Cli", text)


def add_parser(subparsers: SubParsers) -> argparse.ArgumentParser:
    """Add the ``export`` sub-command to ``subparsers``."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "export", help=_tr("export journeys as a PDF poster, PNG or SVG"),
        description=_tr("Export the journeys of a klantreis file as a vector PDF poster "
                        "(on one page or tiled onto A4/A3 sheets), or as PNG/SVG images "
                        "for slides and mail (one file per journey)."))
    parser.add_argument("file", metavar=_tr("FILE"), help=_tr("the klantreis file to export"))
    parser.add_argument("--pdf", metavar=_tr("OUT"), default=None,
                        help=_tr("the PDF file to write"))
    parser.add_argument("--png", metavar=_tr("OUT"), default=None,
                        help=_tr("the PNG image to write"))
    parser.add_argument("--dpi", type=int, default=None, metavar=_tr("N"),
                        help=_tr("PNG resolution in dots per inch (default: 150). With a "
                                 "chosen --paper the PNG is that whole sheet at this "
                                 "resolution; with auto, 96 is the size on screen"))
    parser.add_argument("--svg", metavar=_tr("OUT"), default=None,
                        help=_tr("the SVG image to write"))
    parser.add_argument("--transparent", action="store_true",
                        help=_tr("PNG/SVG: a transparent instead of a white background"))
    parser.add_argument("--paper", default="auto", metavar="auto|A4|A3|A2|A1|A0|WxHmm",
                        help=_tr("paper size (default: auto, the smallest ISO sheet on which "
                                 "card text is at least 14 pt), or a custom size like "
                                 "1000x700mm"))
    parser.add_argument("--orientation", default="auto", choices=("auto", "portrait",
                                                                  "landscape"),
                        help=_tr("page orientation (default: auto, whichever fits best)"))
    parser.add_argument("--tile", default=None, choices=("A4", "A3"),
                        help=_tr("print the poster on A4 or A3 sheets to glue together"))
    parser.add_argument("--overlap", type=float, default=10.0, metavar=_tr("MM"),
                        help=_tr("overlap between tiled sheets in mm (default: 10)"))
    parser.add_argument("--journey", default="all", metavar=_tr("ID|TITLE|all"),
                        help=_tr("export only this journey (default: all)"))
    parser.add_argument("--lanes", default=None, metavar=_tr("NAMES"),
                        help=_tr("only these lanes (names or ids, separated by commas)"))
    parser.add_argument("--phases", default=None, metavar=_tr("RANGE|NAMES"),
                        help=_tr("only these phases, as numbers (2-4) or names "
                                 "separated by commas"))
    parser.add_argument("--personas", default=None, metavar=_tr("NAMES"),
                        help=_tr("only the emotion curves and profiles of these personas "
                                 "(names or ids, separated by commas)"))
    parser.add_argument("--greyscale", "--grayscale", action="store_true",
                        help=_tr("grey tones only, for black-and-white printers"))
    parser.add_argument("--persona-pages", action="store_true",
                        help=_tr("add a page per persona with its empathy map"))
    parser.add_argument("--analysis-pages", action="store_true",
                        help=_tr("add an analysis page after each journey's poster"))
    from klantreis_desktop.cli.analyse import add_log_arguments

    check = parser.add_argument_group(_tr("check against an event log (PDF, PNG, SVG)"))
    add_log_arguments(check, segments=False)
    content = parser.add_argument_group(_tr("content"))
    content.add_argument("--csv", metavar=_tr("OUT"), default=None,
                         help=_tr("the cards as a CSV sheet (one row per card)"))
    content.add_argument("--xlsx", metavar=_tr("OUT"), default=None,
                         help=_tr("the cards as an Excel workbook"))
    content.add_argument("--mermaid", metavar=_tr("OUT"), default=None,
                         help=_tr("a Mermaid journey diagram (one file per journey)"))
    content.add_argument("--markdown", metavar=_tr("OUT"), default=None,
                         help=_tr("a Markdown summary to paste into a report"))
    content.add_argument("--opportunities", metavar=_tr("OUT"), default=None,
                         help=_tr("the opportunities, ranked, as CSV for a backlog tool"))
    return parser


def resolve_journey(doc: Document, wanted: str) -> str | list[str]:
    """``all``, a journey id, or a (case-insensitive) journey title → export selection."""
    if wanted.strip().lower() == "all":
        return "all"
    matches = journeys_named(doc, wanted)
    if len(matches) == 1:
        return matches
    if len(matches) > 1:
        raise CommandError(_tr("Several journeys are called “{name}”; give the id instead: "
                               "{ids}").format(name=wanted, ids=", ".join(matches)))
    names = ", ".join(f"“{doc.title(j)}”" for j in doc.journeys())
    raise CommandError(_tr("No journey “{name}” in this file; choose from: {names}").format(
        name=wanted, names=names or "—"))


def _dpi(args: argparse.Namespace) -> int:
    """``--dpi``, or the default (read here, so that ``--help`` needs no export modules)."""
    from klantreis_desktop.export.files import DEFAULT_DPI

    return DEFAULT_DPI if args.dpi is None else int(args.dpi)


def _usage_problem(args: argparse.Namespace) -> str | None:
    """What is wrong with the options themselves (exit code 2), or None."""
    from klantreis_desktop.export.files import check_dpi
    from klantreis_desktop.export.pdf_options import ExportError, is_auto, parse_paper

    if not (args.pdf or args.png or args.svg or _content_options(args)):
        return _tr("Say what to write: --pdf OUT, --png OUT, --svg OUT, --csv OUT, --xlsx OUT, "
                   "--mermaid OUT, --markdown OUT and/or --opportunities OUT.")
    if args.against and not (args.pdf or args.png or args.svg):
        return _tr("--against draws the check on the poster: add --pdf OUT, --png OUT or "
                   "--svg OUT.")
    try:
        if args.pdf and not is_auto(args.paper):
            parse_paper(args.paper)
        if args.png:
            check_dpi(_dpi(args))
    except ExportError as error:
        return str(error)
    return None


def _pdf(doc: Document, args: argparse.Namespace, journeys: str | list[str],
         checks: dict[str, Any]) -> list[str]:
    """Write the PDF; returns the lines to report (warnings first)."""
    from klantreis_desktop.export.pdf import export_pdf
    from klantreis_desktop.export.pdf_options import PdfOptions

    options = PdfOptions(
        paper=args.paper, orientation=args.orientation, tile=args.tile,
        overlap_mm=float(args.overlap), journeys=journeys,
        persona_pages=bool(args.persona_pages), greyscale=bool(args.greyscale),
        analysis_pages=bool(args.analysis_pages), lanes=args.lanes, phases=args.phases,
        personas=args.personas, conformance=checks)
    result = export_pdf(doc, args.pdf, options, source_name=Path(args.file).name)
    warn(result.warnings)
    line = (_tr("{file}: 1 page, {size} kB") if result.pages == 1
            else _tr("{file}: {pages} pages, {size} kB"))
    return [line.format(
        file=args.pdf, pages=result.pages, size=max(1, round(result.size / 1024))),
        *result.notes]


def _checks(doc: Document, args: argparse.Namespace, journeys: str | list[str]
            ) -> dict[str, Any]:
    """``--against LOG``: journey id → its check, for the poster's marks and the analysis
    page (the log is read once for every journey)."""
    if not args.against:
        return {}
    from klantreis_desktop.cli.analyse import check_against

    chosen = doc.journeys() if journeys == "all" else list(journeys)
    return {c.journey: c for c in check_against(doc, chosen, args)}


def _images(doc: Document, args: argparse.Namespace, journeys: str | list[str],
            checks: dict[str, Any]) -> list[str]:
    """Write one PNG and/or SVG per journey (Qt is imported here, and only here)."""
    from klantreis_desktop.export.files import journey_paths
    from klantreis_desktop.export.pdf_options import PdfOptions
    from klantreis_desktop.ui.exporting import export_image as image

    image.ensure_application()
    # The images are the same poster as the PDF, laid out for the same sheet.
    options = PdfOptions(paper=args.paper, orientation=args.orientation, lanes=args.lanes,
                         phases=args.phases, personas=args.personas, conformance=checks)
    source = Path(args.file).name
    chosen = doc.journeys() if journeys == "all" else list(journeys)
    if not chosen:
        raise CommandError(_tr("The document has no journeys to export."))
    titles = [doc.title(j) for j in chosen]
    lines = []
    for option, kind in ((args.png, "png"), (args.svg, "svg")):
        if not option:
            continue
        for journey, path in zip(chosen, journey_paths(Path(option), titles), strict=True):
            if kind == "png":
                result = image.export_png(doc, journey, path, _dpi(args),
                                          bool(args.transparent), options, source)
            else:
                result = image.export_svg(doc, journey, path, bool(args.transparent), options,
                                          source)
            warn(result.warnings)
            lines.append(_tr("{file}: {width} × {height} px, {size} kB").format(
                file=str(result.path), width=result.width, height=result.height,
                size=max(1, round(result.size / 1024))))
    return lines


def _content_options(args: argparse.Namespace) -> list[tuple[str, str]]:
    return [(kind, getattr(args, kind)) for kind in ("csv", "xlsx", "mermaid", "markdown",
                                                     "opportunities") if getattr(args, kind)]


def _content(doc: Document, args: argparse.Namespace, journeys: str | list[str]) -> list[str]:
    """Write the content exports; returns what was written."""
    from klantreis_desktop.export import content_sheet, content_text
    from klantreis_desktop.export.files import journey_paths, write_atomic

    chosen = doc.journeys() if journeys == "all" else list(journeys)
    if not chosen:
        raise CommandError(_tr("The document has no journeys to export."))
    lines = []
    for kind, option in _content_options(args):
        outputs: list[tuple[Path, bytes]]
        if kind == "mermaid":
            paths = journey_paths(Path(option), [doc.title(j) for j in chosen])
            outputs = [(path, content_text.journey_mermaid(doc, j).encode("utf-8"))
                       for j, path in zip(chosen, paths, strict=True)]
        else:
            data = {"csv": lambda: content_sheet.content_csv(doc, chosen),
                    "xlsx": lambda: content_sheet.content_xlsx(doc, chosen),
                    "markdown": lambda: content_text.journey_markdown(doc, chosen).encode(
                        "utf-8"),
                    "opportunities": lambda: content_text.opportunities_csv(doc, chosen)}[kind]()
            outputs = [(Path(option), data)]
        for path, data in outputs:
            write_atomic(path, data)
            lines.append(_tr("{file}: {size} kB").format(file=str(path),
                                                          size=max(1, round(len(data) / 1024))))
    return lines


def run(args: argparse.Namespace) -> int:
    """Export as asked; what was written goes to stdout, even when a later part fails."""
    from klantreis_desktop.export.pdf_options import ExportError

    problem = _usage_problem(args)
    if problem is not None:
        raise CommandError(problem, exit_code=EXIT_USAGE)
    done: list[str] = []
    try:
        loaded = read_document(args.file)
        warn(loaded.warnings)
        doc = loaded.document
        journeys = resolve_journey(doc, args.journey)
        checks = _checks(doc, args, journeys)  # the log is read once for every format
        if args.pdf:
            done += _pdf(doc, args, journeys, checks)
        if args.png or args.svg:
            done += _images(doc, args, journeys, checks)
        if _content_options(args):
            done += _content(doc, args, journeys)
    except ExportError as error:  # a translated sentence: the options or the disk said no
        raise CommandError(str(error)) from error
    finally:
        for line in done:
            print(line)
    return EXIT_OK
