"""The ``klantreis`` command: the window by default, sub-commands for headless work.

``klantreis [FILE ...]`` opens the window; ``klantreis new|info|validate|upgrade|export|
analyse|import-events|import-metrics|import-survey|import-content|install-desktop ...`` work
without Qt, so they run on servers, in CI and in scripts. Every message, argparse's own
included, is translated; a failure is plain lines on stderr and an exit code (0 ok, 1 bad
file or failed operation, 2 usage).

One module per sub-command (``new.py``, ``info.py``, ...), each with ``add_parser(subparsers)``
and ``run(namespace) -> exit code``; :mod:`.common` holds what they share. To add a command,
write its module and append one :class:`Command` to :data:`COMMANDS`. A command module
imports only argparse, :mod:`klantreis_desktop.i18n` and :mod:`.common` at import time and
everything heavy (storage, networkx, ReportLab, Qt) inside ``run``: ``--version`` and
``--help`` load every command module, and must stay fast.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import NoReturn

from klantreis_desktop import __version__, i18n
from klantreis_desktop.cli import (
    analyse,
    export,
    import_content,
    import_events,
    import_metrics,
    import_survey,
    info,
    install_desktop,
    new,
    upgrade,
    validate,
)
from klantreis_desktop.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    SubParsers,
    one_line,
    report_failure,
)
from klantreis_desktop.i18n import translate


class Command:
    """One sub-command: its name, how it adds its parser, and how it runs (→ exit code).

    A plain class, not a dataclass: dataclasses imports inspect, which costs ``--version``
    more than everything else it needs.
    """

    __slots__ = ("add_parser", "name", "run")

    def __init__(self, name: str, add_parser: Callable[[SubParsers], argparse.ArgumentParser],
                 run: Callable[[argparse.Namespace], int]) -> None:
        self.name = name
        self.add_parser = add_parser
        self.run = run

    def __repr__(self) -> str:
        return f"Command({self.name!r})"


COMMANDS: list[Command] = [
    Command("new", new.add_parser, new.run),
    Command("info", info.add_parser, info.run),
    Command("validate", validate.add_parser, validate.run),
    Command("upgrade", upgrade.add_parser, upgrade.run),
    Command("export", export.add_parser, export.run),
    Command("analyse", analyse.add_parser, analyse.run),
    Command("import-events", import_events.add_parser, import_events.run),
    Command("import-metrics", import_metrics.add_parser, import_metrics.run),
    Command("import-survey", import_survey.add_parser, import_survey.run),
    Command("import-content", import_content.add_parser, import_content.run),
    Command("install-desktop", install_desktop.add_parser, install_desktop.run),
]


# argparse in the user's language ---------------------------------------------------------

def _argparse_messages() -> dict[str, str]:
    """argparse's own user-facing messages, each a literal so lupdate extracts it."""
    return {
        "usage: ": translate("Cli", "usage: "),
        "positional arguments": translate("Cli", "positional arguments"),
        "options": translate("Cli", "options"),
        "show this help message and exit": translate("Cli", "show this help message and exit"),
        "argument %(argument_name)s: %(message)s":
            translate("Cli", "argument %(argument_name)s: %(message)s"),
        "unrecognized arguments: %s": translate("Cli", "unrecognized arguments: %s"),
        "the following arguments are required: %s":
            translate("Cli", "the following arguments are required: %s"),
        "one of the arguments %s is required":
            translate("Cli", "one of the arguments %s is required"),
        "not allowed with argument %s": translate("Cli", "not allowed with argument %s"),
        "ignored explicit argument %r": translate("Cli", "ignored explicit argument %r"),
        "expected one argument": translate("Cli", "expected one argument"),
        "expected at most one argument": translate("Cli", "expected at most one argument"),
        "expected at least one argument": translate("Cli", "expected at least one argument"),
        "expected %s argument": translate("Cli", "expected %s argument"),
        "expected %s arguments": translate("Cli", "expected %s arguments"),
        "ambiguous option: %(option)s could match %(matches)s":
            translate("Cli", "ambiguous option: %(option)s could match %(matches)s"),
        "unexpected option string: %s": translate("Cli", "unexpected option string: %s"),
        "invalid %(type)s value: %(value)r": translate("Cli", "invalid %(type)s value: %(value)r"),
        "invalid choice: %(value)r (choose from %(choices)s)":
            translate("Cli", "invalid choice: %(value)r (choose from %(choices)s)"),
        "unknown parser %(parser_name)r (choices: %(choices)s)":
            translate("Cli", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    }


@contextlib.contextmanager
def _translated_argparse() -> Iterator[None]:
    """Route argparse's gettext calls through our catalogue while the CLI parses."""
    table = _argparse_messages()

    def gettext(message: str) -> str:
        return table.get(message, message)

    def ngettext(singular: str, plural: str, count: int) -> str:
        return gettext(singular if count == 1 else plural)

    # argparse's private gettext hooks: the only way to translate its own messages.
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]  # see above
    argparse._, argparse.ngettext = gettext, ngettext  # type: ignore[attr-defined]  # as above
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]  # as above


class TranslatedParser(argparse.ArgumentParser):
    """An ArgumentParser whose error line is translated (usage errors exit with 2)."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        line = translate("Cli", "{prog}: error: {message}").format(prog=self.prog,
                                                                  message=message)
        self.exit(EXIT_USAGE, line + "\n")


def _add_language_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang", choices=i18n.LANGUAGES, default=None,
        help=translate("Cli", "language of the messages (default: the system language)"))


def build_parser() -> TranslatedParser:
    """The parser for ``--help``, ``--version`` and the sub-commands."""
    indent = " " * len(translate("Cli", "usage: "))
    file_, command_ = translate("Cli", "FILE"), translate("Cli", "COMMAND")
    parser = TranslatedParser(
        prog="klantreis",
        usage=(f"%(prog)s [-h] [--version] [--lang nl|en] [{file_} ...]\n"
               f"{indent}%(prog)s [--lang nl|en] {command_} ..."),
        description=translate(
            "Cli", "Klantreis Desktop: customer journey maps for workshops. Without a command "
                   "the files open in the window; the commands below work without a window."))
    parser.add_argument("--version", action="version",
                        version=f"klantreis {__version__}",
                        help=translate("Cli", "show the version number and exit"))
    _add_language_option(parser)
    subparsers = parser.add_subparsers(
        dest="command", metavar=command_, prog="klantreis",
        title=translate("Cli", "commands"))
    for command in COMMANDS:
        command.add_parser(subparsers)
    return parser


def build_gui_parser() -> TranslatedParser:
    """The parser for ``klantreis [FILE ...]``: files to open in the window."""
    parser = TranslatedParser(
        prog="klantreis",
        description=translate("Cli", "Open Klantreis Desktop with the given files."))
    parser.add_argument("files", nargs="*", metavar=translate("Cli", "FILE"),
                        help=translate("Cli", "klantreis files to open"))
    parser.add_argument("--smoke-test", action="store_true",
                        help=translate("Cli", "start, open the sample journey, draw it, export "
                                              "a PDF to a temporary folder and exit (0 = ok)"))
    _add_language_option(parser)
    return parser


# Dispatch -------------------------------------------------------------------------------

def _peek_language(argv: Sequence[str]) -> str | None:
    """The ``--lang`` value, read before parsing so help and errors are translated too."""
    found: str | None = None
    for index, token in enumerate(argv):
        if token == "--":
            break
        if token == "--lang" and index + 1 < len(argv):
            found = argv[index + 1]
        elif token.startswith("--lang="):
            found = token.split("=", 1)[1]
    return found if found in i18n.LANGUAGES else None


def _first_positional(argv: Sequence[str]) -> str | None:
    """The first token that is not an option (or the value of ``--lang``)."""
    skip = False
    for index, token in enumerate(argv):
        if skip:
            skip = False
            continue
        if token == "--":
            return argv[index + 1] if index + 1 < len(argv) else None
        if token == "--lang":
            skip = True
            continue
        if not token.startswith("-") or token == "-":
            return token
    return None


def _looks_like_mistyped_command(token: str) -> bool:
    """A bare word that is no file and no path: surely a command name with a typo."""
    return (not os.path.exists(token) and os.sep not in token and "/" not in token
            and "." not in token)


def _make_streams_safe() -> None:
    """Never fail on printing a character the terminal's encoding lacks (→, “, ë)."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(Exception):
                reconfigure(errors="backslashreplace")


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``klantreis`` and ``python -m klantreis_desktop``; returns the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    i18n.set_language(_peek_language(args))
    _make_streams_safe()
    by_name = {c.name: c for c in COMMANDS}
    first = _first_positional(args)
    try:
        with _translated_argparse():
            if first is not None and first not in by_name and _looks_like_mistyped_command(first):
                parser = build_parser()
                parser.error(translate(
                    "Cli", "unknown command “{name}” (commands: {commands}); to open a file, "
                           "give its path").format(name=first, commands=", ".join(by_name)))
            asks_help = bool({"-h", "--help", "--version"} & set(args))
            gui = first not in by_name and not (first is None and asks_help)
            parser = build_gui_parser() if gui else build_parser()
            namespace = parser.parse_args(args)
    except SystemExit as stop:  # argparse: --help, --version or a usage error
        return _exit_code(stop.code)
    if gui and namespace.smoke_test:
        from klantreis_desktop.smoke import run_smoke_test

        return run_smoke_test(namespace.lang)
    if gui:
        return run_gui(list(namespace.files), namespace.lang)
    if namespace.command is None:
        with _translated_argparse():
            build_parser().print_help()
        return EXIT_OK
    code = run_command(by_name[namespace.command], namespace)
    if argv is None:  # the command line's own process, which ends now
        # Its last act would be a full pass of the cycle collector over everything still
        # alive (a loaded document, a poster's layout): ~0.1 s of a 1.3 s export. Objects
        # are still freed as the interpreter ends; only that pass is left out.
        gc.freeze()
    return code


def _exit_code(code: object) -> int:
    if code is None:
        return EXIT_OK
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr)
    return EXIT_FAILED


def run_command(command: Command, namespace: argparse.Namespace) -> int:
    """Run a sub-command; whatever goes wrong becomes one line on stderr, not a traceback."""
    try:
        return command.run(namespace)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `klantreis info x | head`: the reader left, nothing to report
        with contextlib.suppress(Exception):  # keep the exit-time flush quiet as well
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILED
    except Exception as error:  # the promise: plain lines, never a traceback
        return report_failure(error)


def run_gui(files: list[str], lang: str | None) -> int:
    """Start the window; PySide6 is imported here and nowhere else on the CLI path."""
    try:  # here, not at the top: the headless commands never load Qt (tests/test_house.py)
        from klantreis_desktop.ui.app import run_gui as start_window
    except ImportError as error:
        print(one_line(translate("Cli", "The window cannot start: {error}").format(
            error=error)), file=sys.stderr)
        return EXIT_FAILED
    return int(start_window(files, lang))


if __name__ == "__main__":  # pragma: no cover - `python -m klantreis_desktop` is the way
    sys.exit(main())
