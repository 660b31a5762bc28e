"""The document's invariants, checked as a whole (after loading, in tests, by the CLI).

:func:`problems` reads networkx's documented adjacency dicts directly and makes one pass
per rule family: it runs on every save and every load of a file, so on a large journey it
was a large part of both.
"""

from __future__ import annotations

import weakref
from itertools import chain
from typing import Any

from klantreis_desktop.i18n import translate
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model import measures
from klantreis_desktop.model.attributes import FIELD_PLANS, coerce, fits
from klantreis_desktop.model.document import Document
from klantreis_desktop.model.model_error import ModelError

_PART_KINDS = frozenset(k.JOURNEY_PARTS)
_CARD_KINDS = frozenset(k.CARD_KINDS)
#: Edge kind → (source kinds, target kinds) as sets.
_ENDS = {key: (frozenset(sources), frozenset(targets))
         for key, (sources, targets) in k.EDGE_ENDS.items()}
#: Link kinds a node of the right kind has exactly one of.
_SINGLE_LINKS = (k.IN_JOURNEY, k.IN_PHASE, k.ON_LANE, k.FELT_BY, k.BOUND_TO)

#: Document → the stamp (see :func:`_stamp`) at which it last had no problems.
_KNOWN_VALID: weakref.WeakKeyDictionary[Document, tuple[Any, ...]] = (
    weakref.WeakKeyDictionary())


def _tr(text: str) -> str:
    return translate("Model", text)


def problems(doc: Document) -> list[str]:
    """Every broken invariant as one plain, translated sentence (empty when valid).

    Checks, in this order (each family only when the ones before found nothing): every
    node's kind and attribute values, every link's kind and ends; that each journey part
    belongs to exactly one journey; then cards, flows and emotion points.
    """
    return _remembered(doc, _attribute_problems(doc.graph._node))


def structure_problems(doc: Document) -> list[str]:
    """:func:`problems` without checking attribute values against the schema.

    Only for a loader that has just checked every attribute of every node with
    :func:`~klantreis_desktop.model.attributes.coerce` (and refused the file otherwise):
    the rest is checked in full, and the result is remembered like that of :func:`problems`.
    """
    found = [_tr("Element {id} has an unknown kind “{kind}”.").format(id=node,
                                                                      kind=str(kind)[:40])
             for node, data in doc.graph._node.items()
             for kind in (data.get("kind"),) if not isinstance(kind, str) or kind not in k.SCHEMA]
    return _remembered(doc, found)


def _remembered(doc: Document, found: list[str]) -> list[str]:
    """Finish the check after the attribute problems ``found``; remember a clean result."""
    stamp = _stamp(doc)
    found += measures.problems(doc.graph._node)
    found = _structure_problems(doc, found)
    if found:
        _KNOWN_VALID.pop(doc, None)
    else:
        _KNOWN_VALID[doc] = stamp
    return found


def problems_if_changed(doc: Document) -> list[str]:
    """:func:`problems`, or ``[]`` at once when ``doc`` had none and has not changed since.

    "Not changed" means the same :attr:`Document.revision`, graph object and number of
    nodes and links: edits go through ``Document.apply``, which counts them (code that
    edits the graph directly calls ``Document.invalidate``). For saving; a file read
    from disk is always checked in full with :func:`problems`.
    """
    if _KNOWN_VALID.get(doc) == _stamp(doc):
        return []
    return problems(doc)


def _stamp(doc: Document) -> tuple[Any, ...]:
    graph = doc.graph
    links = sum(map(len, chain.from_iterable(map(dict.values, graph._succ.values()))))
    return doc.revision, id(graph), len(graph._node), links


def _structure_problems(doc: Document, found: list[str]) -> list[str]:
    """Links, journeys, cards, flows and emotion points, after the node problems ``found``
    (links are always checked; the rest only when nothing was found before).

    One pass over the links checks their ends and notes, per node, the first target of
    each "exactly one" link kind (journey, phase, lane, persona, anchor) and how many
    there are when more than one; the rules after it read those notes.
    """
    g = doc.graph
    nodes, succ = g._node, g._succ
    kind_of = {node: kind if kind.__class__ is str else None
               for node, data in nodes.items() for kind in (data.get("kind"),)}
    ends_of = _ENDS.get
    flows: list[tuple[str, str]] = []
    first: dict[str, dict[str, str]] = {key: {} for key in _SINGLE_LINKS}
    first_of = first.get
    more: dict[tuple[str, str], int] = {}  # (link kind, node) → count, only when above one
    for u, targets in succ.items():
        source_kind = kind_of[u]
        for v, keys in targets.items():
            for key in keys:
                ends = ends_of(key)
                if ends is None:
                    found.append(_tr("A link {source} → {target} has an unknown kind "
                                     "“{kind}”.").format(source=u, target=v,
                                                         kind=str(key)[:40]))
                elif source_kind not in ends[0] or kind_of[v] not in ends[1]:
                    found.append(_tr("A “{kind}” link cannot go from {source} to "
                                     "{target}.").format(kind=key, source=u, target=v))
                elif key == k.FLOW:
                    flows.append((u, v))
                else:
                    noted = first_of(key)
                    if noted is None:
                        continue
                    if u in noted:
                        more[key, u] = more.get((key, u), 1) + 1
                    else:
                        noted[u] = v

    def count(key: str, node: str) -> int:
        return more.get((key, node), 1) if node in first[key] else 0

    if found:
        return found
    # From here on every link joins the kinds it may join.
    journey_of = first[k.IN_JOURNEY]
    for node, kind in kind_of.items():
        if kind in _PART_KINDS and (node not in journey_of or (k.IN_JOURNEY, node) in more):
            found.append(_tr("{kind} {id} belongs to {count} journeys instead of one.").format(
                kind=kind, id=node, count=count(k.IN_JOURNEY, node)))
    if found:
        return found
    # Now every journey part has exactly one journey, so journey_of holds them all.
    phase_of, lane_of = first[k.IN_PHASE], first[k.ON_LANE]
    for card, kind in kind_of.items():
        if kind not in _CARD_KINDS:
            continue
        if count(k.IN_PHASE, card) != 1 or count(k.ON_LANE, card) != 1:
            found.append(_tr("Card {id} must be in exactly one phase and one lane.").format(
                id=card))
        elif journey_of[phase_of[card]] != journey_of[card] or (
                journey_of[lane_of[card]] != journey_of[card]):
            found.append(_tr("Card {id} sits in a phase or lane of another journey.").format(
                id=card))
    for u, v in flows:
        if journey_of[u] != journey_of[v]:
            found.append(_tr("The flow {source} → {target} crosses journeys.").format(
                source=u, target=v))
    anchor_of = first[k.BOUND_TO]
    scales: dict[str, tuple[int, int]] = {}
    for emotion, kind in kind_of.items():
        if kind != k.EMOTION:
            continue
        if count(k.FELT_BY, emotion) != 1 or count(k.BOUND_TO, emotion) != 1:
            found.append(_tr("Emotion point {id} needs one persona and one touchpoint or "
                             "phase.").format(id=emotion))
            continue
        journey = journey_of[emotion]
        if journey_of[anchor_of[emotion]] != journey:
            found.append(_tr("Emotion point {id} is bound to another journey.").format(
                id=emotion))
            continue
        if journey not in scales:
            scales[journey] = doc.scale(journey)
        low, high = scales[journey]
        score = doc.get(emotion, "score")
        if not low <= score <= high:
            found.append(_tr("Emotion point {id} has score {score}, outside {low}…{high}.")
                         .format(id=emotion, score=score, low=low, high=high))
    return found


def _attribute_problems(nodes: dict[str, dict[str, Any]]) -> list[str]:
    """Unknown kinds and attribute values the schema refuses, in node order."""
    found: list[str] = []
    plans = FIELD_PLANS
    for node, data in nodes.items():
        kind: Any = data.get("kind")
        plan = plans.get(kind) if isinstance(kind, str) else None
        if plan is None:
            found.append(_tr("Element {id} has an unknown kind “{kind}”.").format(
                id=node, kind=str(kind)[:40]))
            continue
        for name, value in data.items():
            step = plan.get(name)
            if step is None:
                continue
            field, longest, choices = step
            if value.__class__ is str and len(value) <= longest and (
                    choices is None or value in choices) or fits(field, value):
                continue
            try:
                coerce(kind, name, value)
            except ModelError as error:
                found.append(f"{node}: {error}")
    return found


def validate(doc: Document) -> None:
    """Raise :class:`ModelError` with the first problem when the document is not valid."""
    found = problems(doc)
    if found:
        raise ModelError(found[0])
