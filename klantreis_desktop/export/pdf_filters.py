"""Filtered posters: only some lanes, one range of phases, some personas' curves.

The choices come as people type them (names or ids; phases also as positions such as
``2-4``), from the command line or the export dialog; here they become the ids each
journey's layout leaves in. A name that matches nothing in any chosen journey is an
error that lists what there is, so a typo never silently prints the whole journey.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from klantreis_desktop.export.pdf_options import ExportError, PdfOptions
from klantreis_desktop.export.pdf_poster import Filters
from klantreis_desktop.i18n import translate
from klantreis_desktop.model.document import Document

_RANGE = re.compile(r"^\s*(\d+)\s*(?:[-–]\s*(\d+)\s*)?$")


def _tr(text: str) -> str:
    return translate("Export", text)


def split_names(value: str | Sequence[str] | None) -> list[str] | None:
    """``"a, b"`` or ``["a", "b"]`` as a list of stripped names; None stays None."""
    if value is None:
        return None
    items = value.split(",") if isinstance(value, str) else list(value)
    return [str(item).strip() for item in items if str(item).strip()]


def _match(doc: Document, nodes: list[str], wanted: str) -> list[str]:
    folded = wanted.casefold()
    return [n for n in nodes if n == wanted or doc.title(n).strip().casefold() == folded]


def _phases(doc: Document, journey: str, wanted: str) -> list[str]:
    phases = doc.phases(journey)
    found = _RANGE.match(wanted)
    if found:
        first = int(found.group(1))
        last = int(found.group(2) or first)
        if last < first:
            first, last = last, first
        return phases[max(first - 1, 0):last]
    return _match(doc, phases, wanted)


def resolve_filters(doc: Document, journeys: list[str],
                    options: PdfOptions) -> dict[str, Filters]:
    """Per journey, the lanes, phases and personas its poster shows.

    Raises :class:`ExportError` for a name (or range) that matches nothing in any of
    ``journeys``, naming the choices there are.
    """
    lanes, phases = split_names(options.lanes), split_names(options.phases)
    personas = split_names(options.personas)
    unmatched: dict[str, set[str]] = {"lane": set(lanes or ()), "phase": set(phases or ()),
                                      "persona": set(personas or ())}
    result: dict[str, Filters] = {}
    for journey in journeys:
        lane_ids = phase_ids = persona_ids = None
        if lanes is not None:
            lane_ids = set()
            for name in lanes:
                found = _match(doc, doc.lanes(journey, include_hidden=False), name)
                lane_ids.update(found)
                if found:
                    unmatched["lane"].discard(name)
        if phases is not None:
            phase_ids = set()
            for name in phases:
                found = _phases(doc, journey, name)
                phase_ids.update(found)
                if found:
                    unmatched["phase"].discard(name)
        if personas is not None:
            persona_ids = set()
            for name in personas:
                found = _match(doc, doc.personas(), name)
                persona_ids.update(found)
                if found:
                    unmatched["persona"].discard(name)
        result[journey] = Filters(
            frozenset(lane_ids) if lane_ids is not None else None,
            frozenset(phase_ids) if phase_ids is not None else None,
            frozenset(persona_ids) if persona_ids is not None else None)
    _refuse(doc, journeys, unmatched)
    return result


def _refuse(doc: Document, journeys: list[str], unmatched: dict[str, set[str]]) -> None:
    journey = journeys[0] if journeys else None
    if unmatched["lane"]:
        names = [doc.title(n) for n in doc.lanes(journey, include_hidden=False)] if journey else []
        raise ExportError(_tr("No lane “{name}” on this poster; choose from: {names}").format(
            name=sorted(unmatched["lane"])[0][:60], names=", ".join(names) or "—"))
    if unmatched["phase"]:
        names = [f"{i}. {doc.title(n)}" for i, n in enumerate(doc.phases(journey), 1)] if (
            journey) else []
        raise ExportError(_tr("No phase “{name}” on this poster; give names or numbers such "
                              "as 2-4: {names}").format(
            name=sorted(unmatched["phase"])[0][:60], names=", ".join(names) or "—"))
    if unmatched["persona"]:
        names = [doc.title(n) for n in doc.personas()]
        raise ExportError(_tr("No persona “{name}” in this document; choose from: "
                              "{names}").format(name=sorted(unmatched["persona"])[0][:60],
                                                names=", ".join(names) or "—"))
