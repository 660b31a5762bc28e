"""Copying whole journeys: duplicate one inside a document, or bring one in from another.

A journey owns its phases, lanes, cards, flows and emotion points; copying it means fresh
ids for all of them with every edge mapped to the copies, while the shared document
elements (channels, personas) are referenced, not copied. Built as one ChangeSet so the
copy is one undo step and nothing is half-copied when a check fails.
"""

from __future__ import annotations

from typing import Any

from klantreis_desktop.i18n import translate
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model.changes import AddEdge, AddNode, Atom, ChangeSet, SetAttrs
from klantreis_desktop.model.document import Document, new_id
from klantreis_desktop.model.model_error import ModelError


def _tr(text: str) -> str:
    return translate("Model", text)


def duplicate_journey(doc: Document, journey: str, title: str | None = None) -> ChangeSet:
    """A copy of ``journey`` (placed right after it) with fresh ids for all its parts.

    The copy uses the same channels and personas as the original.
    """
    _require_journey(doc, journey)
    if title is None:
        title = _tr("{title} (copy)").format(title=doc.title(journey))
    change = copy_journey(doc, doc, journey, title=title,
                          index=doc.journeys().index(journey) + 1)
    return ChangeSet(change.atoms, _tr("Duplicate journey"))


def copy_journey(doc: Document, source: Document, journey: str, title: str | None = None,
                 index: int | None = None) -> ChangeSet:
    """Copy ``journey`` of ``source`` into ``doc`` at position ``index`` among the journeys.

    When ``source`` is another document (a template), its channels are matched to ``doc``'s
    by name (missing ones are added) and its personas by name; emotion points of personas
    that ``doc`` lacks are left out rather than inventing people.
    """
    _require_journey(source, journey)
    same = source is doc
    atoms: list[Atom] = []
    ids: dict[str, str] = {}

    channel_ids = _map_channels(doc, source, journey, atoms, same)
    persona_ids = _map_personas(doc, source, same)

    new_journey = new_id()
    ids[journey] = new_journey
    attrs = source.attrs(journey)
    if title is not None:
        attrs["title"] = title[:k.SCHEMA[k.JOURNEY]["title"].max_length]
    attrs["order"] = 0.0
    atoms.append(AddNode(new_journey, attrs))
    atoms += _journey_order(doc, new_journey, index)
    for persona in source.personas_of(journey):
        if persona in persona_ids:
            atoms.append(AddEdge(new_journey, persona_ids[persona], k.FOR_PERSONA))

    for part in source.phases(journey) + source.lanes(journey) + source.cards(journey):
        ids[part] = new_id()
        atoms.append(AddNode(ids[part], source.attrs(part)))
        atoms.append(AddEdge(ids[part], new_journey, k.IN_JOURNEY))
    for card in source.cards(journey):
        for edge_kind in (k.IN_PHASE, k.ON_LANE):
            target = source.target(card, edge_kind)
            if target in ids:
                atoms.append(AddEdge(ids[card], ids[target], edge_kind))
        for channel in source.channels_of(card):
            if channel in channel_ids:
                atoms.append(AddEdge(ids[card], channel_ids[channel], k.USES_CHANNEL))
    for start, end in source.flows(journey):
        if start in ids and end in ids:
            atoms.append(AddEdge(ids[start], ids[end], k.FLOW))
    for emotion in source.emotions(journey):
        persona = source.target(emotion, k.FELT_BY) or ""
        anchor = source.emotion_anchor(emotion) or ""
        if persona not in persona_ids or anchor not in ids:
            continue
        node = new_id()
        atoms += [AddNode(node, source.attrs(emotion)),
                  AddEdge(node, new_journey, k.IN_JOURNEY),
                  AddEdge(node, persona_ids[persona], k.FELT_BY),
                  AddEdge(node, ids[anchor], k.BOUND_TO)]
    return ChangeSet(tuple(atoms), _tr("Add journey"))


def _require_journey(doc: Document, journey: str) -> None:
    if journey not in doc or doc.kind(journey) != k.JOURNEY:
        raise ModelError(_tr("The journey {id} does not exist.").format(id=journey[:40]))


def _journey_order(doc: Document, new_journey: str, index: int | None) -> list[Atom]:
    """Order attributes that put ``new_journey`` at ``index`` among ``doc``'s journeys."""
    existing = doc.journeys()
    position = len(existing) if index is None else max(0, min(index, len(existing)))
    ordered = existing[:position] + [new_journey] + existing[position:]
    atoms: list[Atom] = []
    for number, node in enumerate(ordered):
        old = 0.0 if node == new_journey else float(doc.get(node, "order"))
        if node == new_journey or old != float(number):
            atoms.append(SetAttrs(node, {"order": old}, {"order": float(number)}))
    return atoms


def _by_name(doc: Document, nodes: list[str]) -> dict[str, str]:
    return {doc.title(n).strip().casefold(): n for n in reversed(nodes)}


def _map_channels(doc: Document, source: Document, journey: str, atoms: list[Atom],
                  same: bool) -> dict[str, str]:
    """Source channel id → channel id in ``doc``, adding the channels ``doc`` lacks."""
    used: list[str] = []
    for card in source.cards(journey):
        used += [c for c in source.channels_of(card) if c not in used]
    if same:
        return {c: c for c in used}
    known = _by_name(doc, doc.channels())
    next_order = max((float(doc.get(c, "order")) for c in doc.channels()), default=-1.0) + 1
    mapping: dict[str, str] = {}
    for channel in used:
        name = source.title(channel).strip().casefold()
        if name in known:
            mapping[channel] = known[name]
            continue
        node = new_id()
        attrs: dict[str, Any] = source.attrs(channel)
        attrs["order"] = next_order
        next_order += 1
        atoms.append(AddNode(node, attrs))
        mapping[channel] = known[name] = node
    return mapping


def _map_personas(doc: Document, source: Document, same: bool) -> dict[str, str]:
    """Source persona id → persona id in ``doc`` (by name for another document)."""
    if same:
        return {p: p for p in doc.personas()}
    known = _by_name(doc, doc.personas())
    mapping: dict[str, str] = {}
    for persona in source.personas():
        name = source.title(persona).strip().casefold()
        if name in known:
            mapping[persona] = known[name]
    return mapping
