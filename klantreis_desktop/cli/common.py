"""What every sub-command shares: exit codes, the one error type, messages and file reading.

A command's ``run`` raises :class:`CommandError` (or lets any other exception escape);
:func:`klantreis_desktop.cli.run_command` turns that into plain lines on stderr and an exit
code, never a traceback. Only the standard library and :mod:`klantreis_desktop.i18n` are
imported here at import time: ``klantreis --help`` loads this module for every command.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from klantreis_desktop.i18n import translate

if TYPE_CHECKING:
    from klantreis_desktop.model.document import Document
    from klantreis_desktop.storage import LoadResult

#: The object ``add_subparsers()`` returns; each command adds its own parser to it.
SubParsers = Any

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class CommandError(Exception):
    """A command refused or failed; ``str()`` is what the user sees.

    ``exit_code`` is 1 for a failure, 2 for options that make no sense together.
    ``keep_lines`` prints a multi-line message (a list of bad rows) as it is; every
    other message is folded onto one line.
    """

    def __init__(self, message: str, *, exit_code: int = EXIT_FAILED,
                 keep_lines: bool = False) -> None:
        super().__init__(message)
        self.exit_code = exit_code
        self.keep_lines = keep_lines


# Messages -------------------------------------------------------------------------------

def one_line(text: str) -> str:
    """Fold a message onto one line: stderr gets exactly one line per failure."""
    return " ".join(part.strip() for part in str(text).splitlines() if part.strip())


def _plain_errors() -> tuple[type[BaseException], ...]:
    """Errors whose ``str()`` is already a sentence for the user (a table or log that
    cannot be read is a refusal of the user's file, not an internal error)."""
    from klantreis_desktop.analysis.csvformat import EventLogError
    from klantreis_desktop.model.model_error import ModelError

    try:
        from klantreis_desktop.storage import KlantreisFileError
    except ImportError:  # a broken storage package must not break error reporting
        return (CommandError, ModelError, EventLogError)
    return (CommandError, ModelError, EventLogError, KlantreisFileError)


def describe_error(error: BaseException) -> str:
    """A plain, translated sentence for any failure (file errors already have one)."""
    if isinstance(error, _plain_errors()):
        return str(error)
    if isinstance(error, OSError):
        reason = _os_reason(error)
        if error.filename:
            return translate("Cli", "{file}: {reason}").format(file=error.filename,
                                                              reason=reason)
        return reason
    return translate("Cli", "Unexpected error ({kind}): {error}").format(
        kind=type(error).__name__, error=error)


def _os_reason(error: OSError) -> str:
    """The system's reason in the user's language ("Read-only file system" is English)."""
    from klantreis_desktop.storage.errors import os_error_reason

    return os_error_reason(error)


def report_failure(error: BaseException) -> int:
    """Print ``error`` on stderr the way the user should see it; returns the exit code."""
    if isinstance(error, CommandError) and error.keep_lines:
        for line in str(error).splitlines() or [""]:
            print(line, file=sys.stderr)
        return error.exit_code
    try:
        message = describe_error(error)
    except Exception:  # pragma: no cover - the last line of defence
        message = f"{type(error).__name__}: {error}"
    print(one_line(message), file=sys.stderr)
    return error.exit_code if isinstance(error, CommandError) else EXIT_FAILED


def file_failure(path: str | Path, error: BaseException) -> CommandError:
    """The one-line failure for ``path``, naming the file once."""
    if isinstance(error, _plain_errors()):
        reason = str(error)
        if Path(str(path)).name in reason:  # the message already says which file
            return CommandError(reason)
    elif isinstance(error, OSError):
        reason = _os_reason(error)
    else:
        reason = describe_error(error)
    return CommandError(translate("Cli", "{file}: {reason}").format(file=path, reason=reason))


def warn(warnings: Iterable[object]) -> None:
    """The loader's warnings on stderr, one line each (the command still succeeds)."""
    for warning in warnings:
        print(one_line(translate("Cli", "warning: {message}").format(message=warning)),
              file=sys.stderr)


# Arguments ------------------------------------------------------------------------------

def add_file_argument(parser: argparse.ArgumentParser) -> None:
    """The ``FILE`` positional of the commands that read one klantreis file."""
    parser.add_argument("file", metavar=translate("Cli", "FILE"),
                        help=translate("Cli", "the klantreis file"))


# Reading --------------------------------------------------------------------------------

def read_document(path_text: str) -> LoadResult:
    """Load a file for a command; a missing path or a bad file is a :class:`CommandError`."""
    from klantreis_desktop import storage

    path = Path(path_text)
    if not path.exists():
        raise CommandError(translate("Cli", "{file}: file not found").format(file=path))
    if path.is_dir():
        raise CommandError(translate("Cli", "{file}: is a folder, not a file").format(file=path))
    try:
        return storage.read(path)
    except Exception as error:
        raise file_failure(path, error) from error


def journeys_named(doc: Document, wanted: str) -> list[str]:
    """The journeys whose id is ``wanted``, else those titled so (ignoring case)."""
    journeys = doc.journeys()
    if wanted in journeys:
        return [wanted]
    folded = wanted.strip().casefold()
    return [j for j in journeys if doc.title(j).strip().casefold() == folded]
