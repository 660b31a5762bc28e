"""The document remembers query answers between edits: every edit, undo and direct graph
change (after ``invalidate``) must be seen, and callers always get lists of their own."""

from __future__ import annotations

import gc
import uuid
import weakref

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from klantreis_desktop.model import builder
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model import operations as ops
from klantreis_desktop.model.builder import build
from klantreis_desktop.model.changes import AddEdge, ChangeSet, RemoveNode
from klantreis_desktop.model.document import Document
from klantreis_desktop.model.model_error import ModelError

from .test_invariants import _attempt, step
from .test_operations import SPEC


def L(local: str) -> str:
    """The id the builder gives SPEC's local id ``local``."""
    return uuid.uuid5(builder._NAMESPACE, f"{SPEC['title']}/{local}").hex


def _order(doc: Document, nodes) -> list[str]:
    return sorted(nodes, key=lambda n: (float(doc.graph.nodes[n].get("order") or 0.0), n))


def _reference(doc: Document) -> dict:
    """Every cached query answered again straight from the networkx graph, no memo."""
    g = doc.graph
    kind = {n: d.get("kind") for n, d in g.nodes(data=True)}
    answers: dict = {
        "journeys": _order(doc, [n for n in g if kind[n] == k.JOURNEY]),
        "personas": _order(doc, [n for n in g if kind[n] == k.PERSONA]),
        "channels": _order(doc, [n for n in g if kind[n] == k.CHANNEL]),
    }
    for j in answers["journeys"]:
        parts = [u for u, _, key in g.in_edges(j, keys=True) if key == k.IN_JOURNEY]
        answers[j, "parts"] = [n for n in parts if kind[n] in k.JOURNEY_PARTS]
        answers[j, "touchpoints"] = [n for n in parts if kind[n] == k.TOUCHPOINT]
        answers[j, "phases"] = _order(doc, [n for n in parts if kind[n] == k.PHASE])
        answers[j, "lanes"] = _order(doc, [n for n in parts if kind[n] == k.LANE])
        answers[j, "cards"] = _order(doc, [n for n in parts if kind[n] in k.CARD_KINDS])
        tps = set(answers[j, "touchpoints"])
        answers[j, "flows"] = sorted((u, v) for u, v, key in g.edges(keys=True)
                                     if key == k.FLOW and u in tps)
        for phase in answers[j, "phases"]:
            for lane in answers[j, "lanes"]:
                answers[j, phase, lane] = _order(doc, [
                    c for c in g if g.has_edge(c, phase, k.IN_PHASE)
                    and g.has_edge(c, lane, k.ON_LANE)])
    return answers


def _asked(doc: Document) -> dict:
    """The same questions through the document's (remembering) query methods."""
    answers: dict = {"journeys": doc.journeys(), "personas": doc.personas(),
                     "channels": doc.channels()}
    for j in answers["journeys"]:
        answers[j, "parts"] = doc.parts(j)
        answers[j, "touchpoints"] = doc.parts(j, k.TOUCHPOINT)
        answers[j, "phases"] = doc.phases(j)
        answers[j, "lanes"] = doc.lanes(j)
        answers[j, "cards"] = doc.cards(j)
        answers[j, "flows"] = doc.flows(j)
        for phase in answers[j, "phases"]:
            for lane in answers[j, "lanes"]:
                answers[j, phase, lane] = doc.cards_in(phase, lane)
    return answers


def test_queries_follow_add_move_remove_and_undo():
    doc = build(SPEC)
    assert _asked(doc) == _reference(doc)  # fills the memo
    add = ops.add_card(doc, k.TOUCHPOINT, L("a"), L("tp"), "Nieuw", index=0, node_id=L("new"))
    doc.apply(add)
    assert L("new") in doc.cards(L("j")) and doc.cards_in(L("a"), L("tp"))[0] == L("new")
    assert L("new") in doc.parts(L("j"), k.TOUCHPOINT)
    assert _asked(doc) == _reference(doc)
    move = ops.move_card(doc, L("new"), L("c"), L("pain"), index=1)
    doc.apply(move)
    assert L("new") not in doc.cards_in(L("a"), L("tp")) and doc.cards_in(L("c"), L("pain")) == [L("new")]
    assert _asked(doc) == _reference(doc)
    flow = ops.connect_flow(doc, L("new"), L("t1"))
    doc.apply(flow)
    assert (L("new"), L("t1")) in doc.flows(L("j"))
    remove = ops.remove(doc, L("new"))
    doc.apply(remove)
    assert L("new") not in doc.cards(L("j")) and (L("new"), L("t1")) not in doc.flows(L("j"))
    assert _asked(doc) == _reference(doc)
    for change in (remove, flow, move):
        doc.apply(change.inverse())
        assert _asked(doc) == _reference(doc)
    assert doc.cards_in(L("a"), L("tp"))[0] == L("new")
    doc.apply(add.inverse())
    assert L("new") not in doc.cards(L("j")) and _asked(doc) == _reference(doc)


def test_reordering_phases_and_renaming_are_seen():
    doc = build(SPEC)
    assert doc.phases(L("j")) == [L("a"), L("b"), L("c")]
    doc.apply(ops.reorder(doc, L("c"), 0))
    assert doc.phases(L("j")) == [L("c"), L("a"), L("b")]
    doc.apply(ops.add_lane(doc, L("j"), "Verborgen", node_id=L("hid"), hidden=True))
    assert L("hid") in doc.lanes(L("j")) and L("hid") not in doc.lanes(L("j"), include_hidden=False)
    doc.apply(ops.update(doc, L("hid"), hidden=False))
    assert L("hid") in doc.lanes(L("j"), include_hidden=False)
    doc.apply(ops.add_journey(doc, "Derde", node_id=L("j3")))
    assert doc.journeys()[-1] == L("j3")


def test_every_answer_is_a_list_of_the_callers_own():
    doc = build(SPEC)
    for ask in (doc.journeys, doc.personas, doc.channels, lambda: doc.parts(L("j")),
                lambda: doc.parts(L("j"), k.TOUCHPOINT), lambda: doc.phases(L("j")),
                lambda: doc.lanes(L("j")), lambda: doc.cards(L("j")),
                lambda: doc.cards_in(L("b"), L("tp")), lambda: doc.flows(L("j"))):
        first = ask()
        expected = list(first)
        first.append("garbage")
        first.reverse()
        assert ask() == expected


def test_unknown_elements_still_raise():
    doc = build(SPEC)
    for ask in (lambda: doc.parts("nope"), lambda: doc.phases("nope"),
                lambda: doc.cards_in("nope", L("tp")), lambda: doc.cards_in(L("a"), "nope"),
                lambda: doc.kind("nope"), lambda: doc.get("nope", "title")):
        with pytest.raises(KeyError):
            ask()


def test_the_revision_counts_every_apply_also_one_that_fails_half_way():
    doc = build(SPEC)
    start = doc.revision
    doc.apply(ops.update(doc, L("t1"), title="Anders"))
    assert doc.revision == start + 1
    assert doc.cards_in(L("a"), L("tp")) == [L("t1")]
    broken = ChangeSet((AddEdge(L("t2"), L("a"), k.IN_PHASE), RemoveNode("missing", {})))
    with pytest.raises(Exception):  # noqa: B017 - networkx's own error for a missing node
        doc.apply(broken)
    assert doc.revision == start + 2
    assert doc.cards_in(L("a"), L("tp")) == [L("t1"), L("t2")]  # the half that happened is seen


def test_direct_graph_edits_are_seen_after_invalidate():
    doc = build(SPEC)
    assert doc.cards_in(L("a"), L("tp")) == [L("t1")]
    doc.graph.nodes[L("t1")]["order"] = 5.0
    doc.graph.nodes[L("t2")]["order"] = -1.0
    doc.graph.remove_edge(L("t2"), L("b"), key=k.IN_PHASE)
    doc.graph.add_edge(L("t2"), L("a"), key=k.IN_PHASE, kind=k.IN_PHASE)
    revision = doc.revision
    doc.invalidate()
    assert doc.revision > revision
    assert doc.cards_in(L("a"), L("tp")) == [L("t2"), L("t1")]
    assert doc.cards(L("j"))[0] == L("t2")


def test_without_invalidate_new_nodes_and_links_of_a_journey_are_still_seen():
    """The safety net: the memo also checks the number of nodes and, per journey or
    phase, the number of incoming links."""
    doc = build(SPEC)
    assert doc.cards(L("j")) and doc.phases(L("j")) == [L("a"), L("b"), L("c")]
    doc.graph.add_node(L("d"), kind=k.PHASE, title="Extra", order=9.0)
    doc.graph.add_edge(L("d"), L("j"), key=k.IN_JOURNEY, kind=k.IN_JOURNEY)
    assert doc.phases(L("j")) == [L("a"), L("b"), L("c"), L("d")]
    doc.graph.remove_edge(L("t4"), L("j"), key=k.IN_JOURNEY)
    assert L("t4") not in doc.cards(L("j"))
    doc.graph.remove_edge(L("t3"), L("c"), key=k.IN_PHASE)
    assert doc.cards_in(L("c"), L("tp")) == [L("t4")]
    other = build(SPEC)
    doc.graph = other.graph  # a new graph object
    assert doc.phases(L("j")) == [L("a"), L("b"), L("c")] and L("t4") in doc.cards(L("j"))


def test_a_copy_does_not_share_answers():
    doc = build(SPEC)
    copy = doc.copy()
    assert copy.cards(L("j")) == doc.cards(L("j"))
    copy.apply(ops.remove(copy, L("t1")))
    assert L("t1") not in copy.cards(L("j")) and L("t1") in doc.cards(L("j"))


def test_the_memo_keeps_no_document_or_graph_alive_longer():
    doc = build(SPEC)
    doc.cards(L("j"))
    graph = doc.graph
    ref = weakref.ref(doc)
    del doc
    gc.collect()
    assert ref() is None and len(graph) > 0


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(step, max_size=20))
def test_random_edits_and_undos_always_answer_like_the_graph(steps):
    doc = build(SPEC)
    assert _asked(doc) == _reference(doc)
    applied = []
    for action, a, b, c, text in steps:
        try:
            change = _attempt(doc, action, a, b, c, text)
        except ModelError:
            continue
        if change is None:
            continue
        doc.apply(change)
        applied.append(change)
        assert _asked(doc) == _reference(doc), action
    for change in reversed(applied):
        doc.apply(change.inverse())
        assert _asked(doc) == _reference(doc)
