"""The headless sub-commands of ``klantreis``: new, info, validate, upgrade.

Each command has an ``add_*_parser(subparsers)`` and a ``run_*(namespace) -> int``; the
registry in :mod:`klantreis_desktop.cli` wires them up. Nothing here imports Qt. Storage and
templates are imported inside the functions so that ``--help`` keeps working (and stays
fast) even while one of them is broken.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from klantreis_desktop import i18n
from klantreis_desktop.i18n import translate
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model.document import Document
from klantreis_desktop.model.errors import ModelError

SubParsers = Any


class CommandError(Exception):
    """A command refused or failed; ``str()`` is the one line the user sees."""


# Messages -------------------------------------------------------------------------------

def one_line(text: str) -> str:
    """Fold a message onto one line: stderr gets exactly one line per failure."""
    return " ".join(part.strip() for part in str(text).splitlines() if part.strip())


def _plain_errors() -> tuple[type[BaseException], ...]:
    """Errors whose ``str()`` is already a sentence for the user."""
    try:
        from klantreis_desktop.storage import KlantreisFileError
    except ImportError:  # a broken storage package must not break error reporting
        return (CommandError, ModelError)
    return (CommandError, ModelError, KlantreisFileError)


def describe_error(error: BaseException) -> str:
    """A plain, translated sentence for any failure (file errors already have one)."""
    if isinstance(error, _plain_errors()):
        return str(error)
    if isinstance(error, OSError):
        reason = error.strerror or str(error)
        if error.filename:
            return translate("Cli", "{file}: {reason}").format(file=error.filename,
                                                              reason=reason)
        return reason
    return translate("Cli", "Unexpected error ({kind}): {error}").format(
        kind=type(error).__name__, error=error)


def file_failure(path: str | Path, error: BaseException) -> CommandError:
    """The one-line failure for ``path``, naming the file once."""
    if isinstance(error, _plain_errors()):
        reason = str(error)
        if Path(str(path)).name in reason:  # the message already says which file
            return CommandError(reason)
    elif isinstance(error, OSError):
        reason = error.strerror or str(error)
    else:
        reason = describe_error(error)
    return CommandError(translate("Cli", "{file}: {reason}").format(file=path, reason=reason))


def kind_label(kind: str, count: int = 2) -> str:
    """The translated name of an element kind, singular when ``count`` is one."""
    if count == 1:
        singular = {
            k.JOURNEY: translate("Cli", "journey"),
            k.PERSONA: translate("Cli", "persona"),
            k.CHANNEL: translate("Cli", "channel"),
            k.PHASE: translate("Cli", "phase"),
            k.LANE: translate("Cli", "lane"),
            k.TOUCHPOINT: translate("Cli", "touchpoint"),
            k.PAIN: translate("Cli", "pain point"),
            k.OPPORTUNITY: translate("Cli", "opportunity"),
            k.NOTE: translate("Cli", "note"),
            k.GOAL: translate("Cli", "goal"),
            k.EMOTION: translate("Cli", "emotion point"),
        }
        return singular.get(kind, kind)
    plural = {
        k.JOURNEY: translate("Cli", "journeys"),
        k.PERSONA: translate("Cli", "personas"),
        k.CHANNEL: translate("Cli", "channels"),
        k.PHASE: translate("Cli", "phases"),
        k.LANE: translate("Cli", "lanes"),
        k.TOUCHPOINT: translate("Cli", "touchpoints"),
        k.PAIN: translate("Cli", "pain points"),
        k.OPPORTUNITY: translate("Cli", "opportunities"),
        k.NOTE: translate("Cli", "notes"),
        k.GOAL: translate("Cli", "goals"),
        k.EMOTION: translate("Cli", "emotion points"),
    }
    return plural.get(kind, kind)


def scenario_label(scenario: str) -> str:
    labels = {"current": translate("Cli", "current situation"),
              "ideal": translate("Cli", "ideal situation")}
    return labels.get(scenario, scenario)


# Reading --------------------------------------------------------------------------------

def _read(path_text: str) -> Any:
    """Load a file for a command (a LoadResult); a missing path is a plain error."""
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


def _warn(warnings: list[str]) -> None:
    for warning in warnings:
        print(one_line(translate("Cli", "warning: {message}").format(message=warning)),
              file=sys.stderr)


# new ------------------------------------------------------------------------------------

def add_new_parser(subparsers: SubParsers) -> argparse.ArgumentParser:
    from klantreis_desktop.templates import TEMPLATES

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


def run_new(ns: argparse.Namespace) -> int:
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
    return 0


# info -----------------------------------------------------------------------------------

def add_info_parser(subparsers: SubParsers) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "info", help=translate("Cli", "summarise a file"),
        description=translate("Cli", "Show the journeys, personas and cards of a file."))
    parser.add_argument("file", metavar=translate("Cli", "FILE"),
                        help=translate("Cli", "the klantreis file"))
    parser.add_argument("--json", action="store_true",
                        help=translate("Cli", "print every element as JSON"))
    return parser


def run_info(ns: argparse.Namespace) -> int:
    result = _read(ns.file)
    _warn(list(result.warnings))
    if ns.json:
        data = info_data(result.document, ns.file, result.version, list(result.warnings))
        print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    else:
        print(info_text(result.document, ns.file, result.version))
    return 0


def _counts(doc: Document, journey: str | None = None) -> dict[str, int]:
    """Counts per kind in schema order, unknown kinds after them (stable for scripts)."""
    from klantreis_desktop.model.queries import counts_by_kind

    counts = counts_by_kind(doc, journey)
    known = [kind for kind in k.NODE_KINDS if kind in counts]
    return {kind: counts[kind] for kind in known + sorted(set(counts) - set(known))}


def _cards_in_reading_order(doc: Document) -> list[str]:
    """Every card of the document: by journey, phase, lane, then stacking order."""
    journeys = {j: i for i, j in enumerate(doc.journeys())}
    phases: dict[str, int] = {}
    lanes: dict[str, int] = {}
    for journey in journeys:
        phases.update({p: i for i, p in enumerate(doc.phases(journey))})
        lanes.update({lane: i for i, lane in enumerate(doc.lanes(journey))})
    big = 1 << 30

    def key(card: str) -> tuple[int, int, int, float, str]:
        journey, phase, lane = doc.journey_of(card), doc.phase_of(card), doc.lane_of(card)
        return (journeys.get(journey or "", big), phases.get(phase or "", big),
                lanes.get(lane or "", big), float(doc.get(card, "order") or 0.0), card)

    return sorted(doc.nodes_of_kind(*k.CARD_KINDS), key=key)


def info_data(doc: Document, file: str, version: int, warnings: list[str]) -> dict[str, Any]:
    """The machine-readable summary: every journey, persona, channel, phase, lane and card."""
    from klantreis_desktop.storage import CURRENT_VERSION

    def text(node: str, name: str) -> Any:
        return doc.get(node, name)

    journeys = []
    for journey in doc.journeys():
        journeys.append({
            "id": journey,
            "title": text(journey, "title"),
            "scenario": text(journey, "scenario"),
            "time_span": text(journey, "time_span"),
            "end_goal": text(journey, "end_goal"),
            "personas": doc.personas_of(journey),
            "phases": [{"id": p, "title": text(p, "title"), "duration": text(p, "duration")}
                       for p in doc.phases(journey)],
            "lanes": [{"id": lane, "title": text(lane, "title"),
                       "lane_type": text(lane, "lane_type"), "hidden": text(lane, "hidden")}
                      for lane in doc.lanes(journey)],
            "counts": _counts(doc, journey),
        })
    cards = [{
        "id": card,
        "kind": doc.kind(card),
        "journey": doc.journey_of(card),
        "phase": doc.phase_of(card),
        "lane": doc.lane_of(card),
        "title": text(card, "title"),
        "channels": doc.channels_of(card) if doc.kind(card) == k.TOUCHPOINT else [],
    } for card in _cards_in_reading_order(doc)]
    return {
        "file": str(file),
        "format_version": version,
        "current_format_version": CURRENT_VERSION,
        "title": str(doc.meta.get("title", "") or ""),
        "lang": doc.meta.get("lang"),
        "counts": _counts(doc),
        "personas": [{"id": p, "name": text(p, "name"), "role": text(p, "role")}
                     for p in doc.personas()],
        "channels": [{"id": c, "name": text(c, "name"), "icon": text(c, "icon")}
                     for c in doc.channels()],
        "journeys": journeys,
        "cards": cards,
        "flows": [{"journey": j, "source": u, "target": v}
                  for j in doc.journeys() for u, v in doc.flows(j)],
        "emotions": [{"id": e, "journey": j, "persona": doc.target(e, k.FELT_BY),
                      "anchor": doc.emotion_anchor(e), "score": text(e, "score")}
                     for j in doc.journeys() for e in doc.emotions(j)],
        "warnings": warnings,
    }


def _count_line(counts: dict[str, int], skip: tuple[str, ...] = ()) -> str:
    parts = [f"{n} {kind_label(kind, n)}" for kind, n in counts.items() if kind not in skip]
    return ", ".join(parts) if parts else translate("Cli", "nothing yet")


def info_text(doc: Document, file: str, version: int) -> str:
    """The human summary: title, then each journey with its personas, phases and lanes."""
    names = {node: doc.title(node) or node[:8] for node in doc.graph.nodes}
    lines = [
        translate("Cli", "Title: {title}").format(
            title=doc.meta.get("title") or translate("Cli", "(untitled)")),
        translate("Cli", "File: {file} (format version {version})").format(
            file=file, version=version),
        translate("Cli", "In total: {counts}").format(counts=_count_line(_counts(doc))),
    ]
    for number, journey in enumerate(doc.journeys(), start=1):
        lines += [
            "",
            translate("Cli", "Journey {number}: {title} ({scenario})").format(
                number=number, title=names[journey],
                scenario=scenario_label(str(doc.get(journey, "scenario")))),
            "  " + translate("Cli", "Personas: {names}").format(
                names=", ".join(names[p] for p in doc.personas_of(journey)) or "–"),
            "  " + translate("Cli", "Phases: {names}").format(
                names=" → ".join(names[p] for p in doc.phases(journey)) or "–"),
            "  " + translate("Cli", "Lanes: {names}").format(
                names=", ".join(names[lane] for lane in doc.lanes(journey)) or "–"),
            "  " + translate("Cli", "Contents: {counts}").format(counts=_count_line(
                _counts(doc, journey), skip=(k.PHASE, k.LANE))),
        ]
    return "\n".join(lines)


# validate -------------------------------------------------------------------------------

def add_validate_parser(subparsers: SubParsers) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "validate", help=translate("Cli", "check that a file is sound"),
        description=translate("Cli", "Check a file; exit code 0 when it is valid, 1 when not."))
    parser.add_argument("file", metavar=translate("Cli", "FILE"),
                        help=translate("Cli", "the klantreis file"))
    return parser


def run_validate(ns: argparse.Namespace) -> int:
    from klantreis_desktop.model.validate import problems

    result = _read(ns.file)
    found = problems(result.document)
    if found:
        message = found[0]
        if len(found) > 1:
            message = translate("Cli", "{problem} (and {count} more problems)").format(
                problem=message, count=len(found) - 1)
        raise CommandError(translate("Cli", "{file}: {reason}").format(file=ns.file,
                                                                      reason=message))
    _warn(list(result.warnings))
    print(translate("Cli", "{file}: valid (format version {version})").format(
        file=ns.file, version=result.version))
    return 0


# upgrade --------------------------------------------------------------------------------

def add_upgrade_parser(subparsers: SubParsers) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "upgrade", help=translate("Cli", "bring a file to the current format version"),
        description=translate("Cli", "Rewrite a file in the current format version, in "
                                     "place."))
    parser.add_argument("file", metavar=translate("Cli", "FILE"),
                        help=translate("Cli", "the klantreis file"))
    return parser


def run_upgrade(ns: argparse.Namespace) -> int:
    from klantreis_desktop import storage

    _read(ns.file)  # the same plain errors as info and validate for a bad file
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
    return 0
