"""Validation reads the graph directly for speed; it must say exactly what the plain
rule-by-rule check says, and a skipped re-check must never hide an edit."""

from __future__ import annotations

import gc
import weakref

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from klantreis_desktop.i18n import translate
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model import operations as ops
from klantreis_desktop.model.attributes import coerce
from klantreis_desktop.model.builder import build
from klantreis_desktop.model.document import Document
from klantreis_desktop.model.invariants import problems, problems_if_changed, structure_problems
from klantreis_desktop.model.model_error import ModelError

from .test_document_cache import L
from .test_operations import SPEC


def _tr(text: str) -> str:
    return translate("Model", text)


def reference_problems(doc: Document) -> list[str]:
    """The rules written plainly through the Document API (the validator before it was
    made fast): same sentences, same order."""
    found: list[str] = []
    g = doc.graph
    for node, data in g.nodes(data=True):
        kind = data.get("kind")
        if not isinstance(kind, str) or kind not in k.SCHEMA:
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
        journey = doc.journey_of(card)
        phases, lanes = doc.targets(card, k.IN_PHASE), doc.targets(card, k.ON_LANE)
        if len(phases) != 1 or len(lanes) != 1:
            found.append(_tr("Card {id} must be in exactly one phase and one lane.").format(
                id=card))
        elif doc.journey_of(phases[0]) != journey or doc.journey_of(lanes[0]) != journey:
            found.append(_tr("Card {id} sits in a phase or lane of another journey.").format(
                id=card))
    for u, v in ((u, v) for u, v, key in g.edges(keys=True) if key == k.FLOW):
        if doc.journey_of(u) != doc.journey_of(v):
            found.append(_tr("The flow {source} → {target} crosses journeys.").format(
                source=u, target=v))
    for emotion in doc.nodes_of_kind(k.EMOTION):
        journey = doc.journey_of(emotion)
        personas, anchors = doc.targets(emotion, k.FELT_BY), doc.targets(emotion, k.BOUND_TO)
        if len(personas) != 1 or len(anchors) != 1:
            found.append(_tr("Emotion point {id} needs one persona and one touchpoint or "
                             "phase.").format(id=emotion))
            continue
        if doc.journey_of(anchors[0]) != journey:
            found.append(_tr("Emotion point {id} is bound to another journey.").format(
                id=emotion))
            continue
        low, high = doc.scale(journey or "")
        score = doc.get(emotion, "score")
        if not low <= score <= high:
            found.append(_tr("Emotion point {id} has score {score}, outside {low}…{high}.")
                         .format(id=emotion, score=score, low=low, high=high))
    return found


VALUES = [None, "", "x" * 3000, -5, 0, 1, 3, 9, 2.5, float("nan"), True, [1], "observed",
          "bogus", "1..5"]
EDGE_KINDS = [*k.EDGE_KINDS, "weird"]
damage = st.tuples(st.sampled_from(("remove_edge", "add_edge", "set", "kind", "remove_node")),
                   st.integers(0, 10_000), st.integers(0, 10_000), st.integers(0, 10_000))


def _break(doc: Document, how: str, a: int, b: int, c: int) -> None:
    g = doc.graph
    nodes = sorted(g)
    if how == "remove_edge" and g.number_of_edges():
        u, v, key = sorted(g.edges(keys=True))[a % g.number_of_edges()]
        g.remove_edge(u, v, key=key)
    elif how == "add_edge":
        key = EDGE_KINDS[c % len(EDGE_KINDS)]
        g.add_edge(nodes[a % len(nodes)], nodes[b % len(nodes)], key=key, kind=key)
    elif how == "set":
        attrs = g.nodes[nodes[a % len(nodes)]]
        name = sorted(attrs)[b % len(attrs)]
        if name != "kind":
            attrs[name] = VALUES[c % len(VALUES)]
    elif how == "kind":
        kinds = [*k.SCHEMA, "alien", 5]
        g.nodes[nodes[a % len(nodes)]]["kind"] = kinds[b % len(kinds)]
    elif how == "remove_node" and len(nodes) > 1:
        g.remove_node(nodes[a % len(nodes)])
    doc.invalidate()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(damage, min_size=1, max_size=3))
def test_the_validator_says_what_the_plain_rules_say(steps):
    doc = build(SPEC)
    for step in steps:
        _break(doc, *step)
    expected = reference_problems(doc)
    assert problems(doc) == expected
    if _attributes_fine(doc):  # what the loader checks before its shortcut
        assert structure_problems(doc) == expected


def _attributes_fine(doc: Document) -> bool:
    for data in doc.graph._node.values():
        kind = data.get("kind")
        if not isinstance(kind, str) or kind not in k.SCHEMA:
            return False
        for name, value in data.items():
            try:
                if name in k.SCHEMA[kind]:
                    coerce(kind, name, value)
            except ModelError:
                return False
    return True


def test_cross_journey_rules():
    doc = build(SPEC)
    g = doc.graph
    g.add_edge(L("t1"), L("z"), key=k.FLOW, kind=k.FLOW)
    g.remove_edge(L("t2"), L("b"), key=k.IN_PHASE)
    g.add_edge(L("t2"), L("x"), key=k.IN_PHASE, kind=k.IN_PHASE)
    doc.invalidate()
    found = problems(doc)
    assert found == reference_problems(doc)
    assert any("crosses journeys" in p for p in found)
    assert any("another journey" in p for p in found)


def test_structure_problems_still_names_unknown_kinds():
    doc = build(SPEC)
    doc.graph.add_node("x", kind="spaceship")
    doc.invalidate()
    assert any("spaceship" in p for p in structure_problems(doc))


def test_an_unchanged_valid_document_is_not_checked_again_but_any_change_is():
    doc = build(SPEC)
    assert problems_if_changed(doc) == []
    # An edit behind the document's back that changes no count is not seen ...
    doc.graph.nodes[L("t1")]["votes"] = -3
    assert problems_if_changed(doc) == []
    assert problems(doc)  # (a full check still finds it)
    doc.graph.nodes[L("t1")]["votes"] = 0
    assert problems_if_changed(doc) == []  # a full check remembers a valid document
    # ... until the document is told (invalidate) ...
    doc.graph.nodes[L("t1")]["votes"] = -3
    doc.invalidate()
    assert problems_if_changed(doc)
    doc.graph.nodes[L("t1")]["votes"] = 0
    doc.invalidate()
    assert problems_if_changed(doc) == []
    # ... and every edit through apply, or a new link or node, is checked again.
    doc.apply(ops.update(doc, L("j"), scale="1..5"))  # emotion -2 now lies outside 1..5
    assert any("outside" in p for p in problems_if_changed(doc))
    doc.apply(ops.update(doc, L("j"), scale="-2..2"))
    assert problems_if_changed(doc) == []
    doc.graph.add_edge(L("j"), L("j"), key=k.FLOW, kind=k.FLOW)
    assert problems_if_changed(doc)
    doc.graph.remove_edge(L("j"), L("j"), key=k.FLOW)
    assert problems_if_changed(doc) == []
    doc.graph.add_node("x", kind="spaceship")
    assert problems_if_changed(doc)


def test_remembering_a_valid_document_keeps_it_alive_no_longer():
    doc = build(SPEC)
    assert problems(doc) == []
    ref = weakref.ref(doc)
    del doc
    gc.collect()
    assert ref() is None
