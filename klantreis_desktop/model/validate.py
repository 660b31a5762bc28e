"""The document's invariants, checked as a whole (after loading, in tests, by the CLI)."""

from __future__ import annotations

from klantreis_desktop.i18n import translate
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model.attributes import coerce
from klantreis_desktop.model.document import Document
from klantreis_desktop.model.errors import ModelError


def _tr(text: str) -> str:
    return translate("Model", text)


def problems(doc: Document) -> list[str]:
    """Every broken invariant as one plain, translated sentence (empty when valid)."""
    found: list[str] = []
    g = doc.graph
    for node, data in g.nodes(data=True):
        kind = data.get("kind")
        if kind not in k.SCHEMA:
            found.append(_tr("Element {id} has an unknown kind “{kind}”.").format(
                id=node, kind=str(kind)[:40]))
            continue
        for name, value in data.items():
            if name == "kind" or name not in k.SCHEMA[kind]:
                continue
            try:
                coerce(kind, name, value)
            except ModelError as error:
                found.append(f"{node}: {error}")
    for u, v, key in g.edges(keys=True):
        ends = k.EDGE_ENDS.get(key)
        if ends is None:
            found.append(_tr("A link {source} → {target} has an unknown kind “{kind}”.").format(
                source=u, target=v, kind=str(key)[:40]))
        elif g.nodes[u].get("kind") not in ends[0] or g.nodes[v].get("kind") not in ends[1]:
            found.append(_tr("A “{kind}” link cannot go from {source} to {target}.").format(
                kind=key, source=u, target=v))
    if found:
        return found
    for node in doc.nodes_of_kind(*k.JOURNEY_PARTS):
        journeys = doc.targets(node, k.IN_JOURNEY)
        if len(journeys) != 1:
            found.append(_tr("{kind} {id} belongs to {count} journeys instead of one.").format(
                kind=doc.kind(node), id=node, count=len(journeys)))
    if found:
        return found
    for card in doc.nodes_of_kind(*k.CARD_KINDS):
        found += _check_card(doc, card)
    for u, v in ((u, v) for u, v, key in g.edges(keys=True) if key == k.FLOW):
        if doc.journey_of(u) != doc.journey_of(v):
            found.append(_tr("The flow {source} → {target} crosses journeys.").format(
                source=u, target=v))
    for emotion in doc.nodes_of_kind(k.EMOTION):
        found += _check_emotion(doc, emotion)
    return found


def _check_card(doc: Document, card: str) -> list[str]:
    journey = doc.journey_of(card)
    phases, lanes = doc.targets(card, k.IN_PHASE), doc.targets(card, k.ON_LANE)
    if len(phases) != 1 or len(lanes) != 1:
        return [_tr("Card {id} must be in exactly one phase and one lane.").format(id=card)]
    if doc.journey_of(phases[0]) != journey or doc.journey_of(lanes[0]) != journey:
        return [_tr("Card {id} sits in a phase or lane of another journey.").format(id=card)]
    return []


def _check_emotion(doc: Document, emotion: str) -> list[str]:
    journey = doc.journey_of(emotion)
    personas, anchors = doc.targets(emotion, k.FELT_BY), doc.targets(emotion, k.BOUND_TO)
    if len(personas) != 1 or len(anchors) != 1:
        return [_tr("Emotion point {id} needs one persona and one touchpoint or phase.").format(
            id=emotion)]
    if doc.journey_of(anchors[0]) != journey:
        return [_tr("Emotion point {id} is bound to another journey.").format(id=emotion)]
    low, high = doc.scale(journey or "")
    score = doc.get(emotion, "score")
    if not low <= score <= high:
        return [_tr("Emotion point {id} has score {score}, outside {low}…{high}.").format(
            id=emotion, score=score, low=low, high=high)]
    return []


def validate(doc: Document) -> None:
    """Raise :class:`ModelError` with the first problem when the document is not valid."""
    found = problems(doc)
    if found:
        raise ModelError(found[0])
