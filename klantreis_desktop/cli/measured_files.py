"""What the import commands for measured data share: the target file and journey.

Imported only by command modules' ``run`` paths and by them at import time; it imports
nothing heavy itself at module level (``--help`` stays fast).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from klantreis_desktop.cli.common import CommandError, journeys_named, read_document, warn
from klantreis_desktop.i18n import translate

if TYPE_CHECKING:
    from klantreis_desktop.model.document import Document


def _tr(text: str) -> str:
    return translate("Cli", text)


def open_target(path_text: str, create: bool) -> tuple[Document, list[str]]:
    """The document at ``path_text`` (a new one when it is missing and ``create``)."""
    from klantreis_desktop import i18n
    from klantreis_desktop.model.document import Document

    path = Path(path_text)
    if not path.exists():
        if not create:
            raise CommandError(_tr("{file}: file not found").format(file=path))
        return Document(meta={"title": path.stem, "lang": i18n.language()}), []
    loaded = read_document(path_text)
    warn(loaded.warnings)
    return loaded.document, [str(w) for w in loaded.warnings]


def target_journey(doc: Document, wanted: str | None) -> str:
    """The journey named by ``wanted`` (id or title); without it the only journey that
    has touchpoints."""
    from klantreis_desktop.model import kinds as k

    if wanted:
        found = journeys_named(doc, wanted)
        if len(found) == 1:
            return found[0]
        if found:
            raise CommandError(_tr("Several journeys are called “{name}”; give the id "
                                   "instead.").format(name=wanted))
        raise CommandError(_tr("No journey “{name}” in this file.").format(name=wanted))
    candidates = [j for j in doc.journeys() if doc.parts(j, k.TOUCHPOINT)]
    if len(candidates) != 1:
        raise CommandError(_tr("Say which journey with --journey (the file has {count} "
                               "journeys with touchpoints).").format(count=len(candidates)))
    return candidates[0]


def save_target(doc: Document, path_text: str) -> None:
    """Check and save atomically; a refusal is one plain line."""
    from klantreis_desktop import storage
    from klantreis_desktop.model.invariants import problems

    found = problems(doc)
    if found:
        raise CommandError(found[0])
    try:
        storage.save(doc, Path(path_text))
    except (storage.KlantreisFileError, OSError) as error:
        raise CommandError(str(error)) from error
