"""Model operations: each validates, changes nothing on failure, and undoes exactly."""

from __future__ import annotations

import networkx as nx
import pytest

from klantreis_desktop import i18n
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model import operations as ops
from klantreis_desktop.model import queries as q
from klantreis_desktop.model.builder import build
from klantreis_desktop.model.changes import ChangeSet
from klantreis_desktop.model.document import Document
from klantreis_desktop.model.invariants import problems, validate
from klantreis_desktop.model.model_error import ModelError

SPEC = {
    "title": "Verhuizen",
    "channels": [{"id": "web", "name": "Website", "icon": "website"},
                 {"id": "tel", "name": "Telefoon", "icon": "phone"}],
    "personas": [{"id": "esther", "name": "Esther", "age": 34, "colour": "#d62728"},
                 {"id": "ali", "name": "Ali", "age": 51}],
    "journeys": [
        {"id": "j", "title": "Schoonmaak", "personas": ["esther"],
         "phases": [{"id": "a", "title": "Bewustwording"}, {"id": "b", "title": "Oriëntatie"},
                    {"id": "c", "title": "Aankoop"}],
         "lanes": [{"id": "tp", "title": "Contactmomenten", "lane_type": "touchpoints"},
                   {"id": "emo", "title": "Emoties", "lane_type": "emotions"},
                   {"id": "pain", "title": "Pijnpunten", "lane_type": "pains"}],
         "cards": [
             {"id": "t1", "kind": "touchpoint", "phase": "a", "lane": "tp", "title": "Ziet advertentie",
              "channels": ["web"]},
             {"id": "t2", "kind": "touchpoint", "phase": "b", "lane": "tp", "title": "Vergelijkt prijzen"},
             {"id": "t3", "kind": "touchpoint", "phase": "c", "lane": "tp", "title": "Belt",
              "channels": ["tel"]},
             {"id": "t4", "kind": "touchpoint", "phase": "c", "lane": "tp", "title": "Boekt online"},
             {"id": "p1", "kind": "pain", "phase": "b", "lane": "pain", "title": "Reiskosten onduidelijk",
              "impact": 4, "effort": 2},
         ],
         "flows": [["t1", "t2"], ["t2", "t3"], ["t2", "t4"]],
         "emotions": [{"persona": "esther", "on": "t1", "score": 1},
                      {"persona": "esther", "on": "t3", "score": -2},
                      {"persona": "esther", "on": "b", "score": 0}]},
        {"id": "j2", "title": "Ideaal", "scenario": "ideal",
         "phases": [{"id": "x", "title": "Stap 1"}],
         "lanes": [{"id": "y", "title": "Contactmomenten", "lane_type": "touchpoints"}],
         "cards": [{"id": "z", "kind": "touchpoint", "phase": "x", "lane": "y", "title": "Eerste bericht"}]},
    ],
}


def snapshot(doc: Document) -> tuple[dict, set]:
    g = doc.graph
    return ({n: dict(d) for n, d in g.nodes(data=True)},
            {(u, v, key, tuple(sorted(d.items()))) for u, v, key, d in g.edges(keys=True, data=True)})


@pytest.fixture
def doc() -> Document:
    return build(SPEC)


def journey(doc: Document, title: str = "Schoonmaak") -> str:
    return next(j for j in doc.journeys() if doc.title(j) == title)


def test_sample_is_valid_and_ordered(doc):
    assert problems(doc) == []
    j = journey(doc)
    assert [doc.title(p) for p in doc.phases(j)] == ["Bewustwording", "Oriëntatie", "Aankoop"]
    assert [doc.title(c) for c in doc.cards_in(doc.phases(j)[2], doc.lanes(j)[0])] == [
        "Belt", "Boekt online"]


def test_building_twice_gives_the_same_ids(doc):
    assert snapshot(build(SPEC)) == snapshot(doc)


def test_every_operation_undoes_exactly(doc):
    j = journey(doc)
    a, b, c = doc.phases(j)
    tp_lane, _, pain_lane = doc.lanes(j)
    t1 = doc.cards_in(a, tp_lane)[0]
    esther = doc.personas()[0]
    changes = [
        ops.add_phase(doc, j, "Service & gebruik", index=1),
        ops.add_lane(doc, j, "Backstage", "backstage", index=0),
        ops.add_card(doc, k.OPPORTUNITY, c, pain_lane, "Vaste prijs", impact=3),
        ops.update(doc, t1, title="Ziet een folder", votes=3),
        ops.remove(doc, b),
        ops.remove(doc, j),
        ops.move_card(doc, t1, c, tp_lane, 0),
        ops.reorder(doc, c, 0),
        ops.connect_flow(doc, t1, doc.cards_in(c, tp_lane)[1]),
        ops.disconnect_flow(doc, t1, doc.cards_in(b, tp_lane)[0]),
        ops.set_channels(doc, t1, [ch for ch in doc.channels()]),
        ops.set_emotion(doc, esther, c, 2),
        ops.set_emotion(doc, doc.personas()[1], t1, -1),
        ops.attach_persona(doc, j, doc.personas()[1]),
        ops.detach_persona(doc, j, esther),
        ops.remove(doc, esther),
    ]
    for change in changes:
        before = snapshot(doc)
        doc.apply(change)
        assert problems(doc) == [], change.label
        doc.apply(change.inverse())
        assert snapshot(doc) == before, change.label


def test_refused_operations_change_nothing(doc):
    j = journey(doc)
    a = doc.phases(j)[0]
    lane = doc.lanes(j)[0]
    other = journey(doc, "Ideaal")
    foreign_phase = doc.phases(other)[0]
    t1 = doc.cards_in(a, lane)[0]
    before = snapshot(doc)
    bad = [
        lambda: ops.add_card(doc, "journey", a, lane),
        lambda: ops.add_card(doc, k.TOUCHPOINT, foreign_phase, lane),
        lambda: ops.update(doc, t1, votes=-1),
        lambda: ops.update(doc, t1, title=42),
        lambda: ops.update(doc, t1, interaction="telepathy"),
        lambda: ops.update(doc, t1, unknown_field="x"),
        lambda: ops.move_card(doc, t1, foreign_phase, lane),
        lambda: ops.connect_flow(doc, t1, t1),
        lambda: ops.connect_flow(doc, t1, doc.cards(other)[0]),
        lambda: ops.set_emotion(doc, doc.personas()[0], t1, 3),
        lambda: ops.update(doc, doc.emotions(j)[0], score=-3),
        lambda: ops.remove(doc, "no-such-id"),
        lambda: ops.add_phase(doc, a, "not a journey"),
    ]
    for attempt in bad:
        with pytest.raises(ModelError) as error:
            attempt()
        assert str(error.value)
    assert snapshot(doc) == before


def test_errors_are_translated_to_dutch(doc):
    i18n.set_language("nl")
    with pytest.raises(ModelError) as error:
        ops.connect_flow(doc, doc.cards(journey(doc))[0], doc.cards(journey(doc))[0])
    assert str(error.value) != "A touchpoint cannot flow to itself."


def test_removing_a_phase_takes_its_cards_and_emotions_along(doc):
    j = journey(doc)
    c = doc.phases(j)[2]
    doc.apply(ops.remove(doc, c))
    assert problems(doc) == []
    assert {doc.title(x) for x in doc.cards(j)} == {"Ziet advertentie", "Vergelijkt prijzen",
                                                    "Reiskosten onduidelijk"}
    assert len(doc.emotions(j)) == 2  # the one on "Belt" went with its touchpoint


def test_move_card_renumbers_both_cells(doc):
    j = journey(doc)
    a, _, c = doc.phases(j)
    lane = doc.lanes(j)[0]
    belt, boekt = doc.cards_in(c, lane)
    doc.apply(ops.move_card(doc, boekt, a, lane, 0))
    assert doc.cards_in(a, lane)[0] == boekt
    assert doc.cards_in(c, lane) == [belt]
    assert [doc.get(x, "order") for x in doc.cards_in(a, lane)] == [0.0, 1.0]
    doc.apply(ops.move_card(doc, boekt, a, lane, 5))  # index past the end goes last
    assert doc.cards_in(a, lane)[-1] == boekt


def test_listeners_hear_every_change(doc):
    heard: list[ChangeSet] = []
    doc.subscribe(heard.append)
    change = ops.add_lane(doc, journey(doc), "KPI's", "kpis")
    doc.apply(change)
    doc.apply(change.inverse())
    doc.unsubscribe(heard.append)
    doc.apply(change)
    assert heard == [change, change.inverse()]


def test_typing_merges_into_one_change(doc):
    t1 = doc.cards(journey(doc))[0]
    first = ops.update(doc, t1, title="Z")
    doc.apply(first)
    second = ops.update(doc, t1, title="Zi")
    doc.apply(second)
    merged = first.merged_with(second)
    doc.apply(merged.inverse())
    assert doc.title(t1) == "Ziet advertentie"


def test_graph_questions(doc):
    j = journey(doc)
    tps = {doc.title(t): t for t in doc.parts(j, k.TOUCHPOINT)}
    assert q.branches(doc, j) == [tps["Vergelijkt prijzen"]]
    assert sorted(q.dead_ends(doc, j)) == sorted([tps["Belt"], tps["Boekt online"]])
    assert len(q.paths(doc, j)) == 2
    assert q.empty_phases(doc, j) == []
    doc.apply(ops.add_phase(doc, j, "Leeg"))
    assert [doc.title(p) for p in q.empty_phases(doc, j)] == ["Leeg"]
    counts = q.channel_phase_counts(doc, j)
    assert sum(counts.values()) == 2
    assert q.counts_by_kind(doc, j)[k.TOUCHPOINT] == 4


def test_validate_finds_broken_invariants(doc):
    j = journey(doc)
    card = doc.cards(j)[0]
    broken = doc.copy()
    broken.graph.remove_edge(card, doc.phase_of(card), key=k.IN_PHASE)
    assert any("exactly one phase" in p for p in problems(broken))
    broken = doc.copy()
    broken.graph.add_edge(card, doc.cards(journey(doc, "Ideaal"))[0], key=k.FLOW, kind=k.FLOW)
    assert problems(broken)
    broken = doc.copy()
    broken.graph.nodes[doc.emotions(j)[0]]["score"] = 9
    with pytest.raises(ModelError):
        validate(broken)
    broken = doc.copy()
    broken.graph.add_node("x", kind="spaceship")
    assert problems(broken)
    assert nx.utils.graphs_equal(doc.copy().graph, doc.graph)
