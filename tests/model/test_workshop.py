"""Workshop operations: agenda, brainstorm notes and clusters, votes, saved views."""

from __future__ import annotations

import pytest

from klantreis_desktop.model import kinds as k
from klantreis_desktop.model import operations as ops
from klantreis_desktop.model import workshop as ws
from klantreis_desktop.model.builder import build
from klantreis_desktop.model.document import Document
from klantreis_desktop.model.invariants import problems
from klantreis_desktop.model.model_error import ModelError
from klantreis_desktop.storage import dumps, loads


def _doc() -> tuple[Document, str]:
    doc = build({"title": "ws", "personas": [{"id": "p", "name": "Esther"}],
                 "journeys": [{"id": "j", "title": "Reis", "personas": ["p"],
                               "phases": [{"id": "a", "title": "A"}, {"id": "b", "title": "B"}],
                               "lanes": [{"id": "t", "title": "T", "lane_type": "touchpoints"},
                                         {"id": "x", "title": "P", "lane_type": "pains"},
                                         {"id": "o", "title": "O",
                                          "lane_type": "opportunities"}],
                               "cards": []}]})
    return doc, doc.journeys()[0]


def _apply(doc: Document, change):  # type: ignore[no-untyped-def]
    doc.apply(change)
    return change


def test_agenda_is_made_once_and_steps_keep_notes_and_ticks() -> None:
    doc, _ = _doc()
    _apply(doc, ws.ensure_agenda(doc))
    assert [doc.get(s, "step") for s in ws.steps(doc)] == list(ws.STEP_KEYS)
    assert not ws.ensure_agenda(doc)
    first = ws.steps(doc)[0]
    change = _apply(doc, ws.set_step(doc, first, notes="Doel: 8+", done=True))
    assert doc.get(first, "notes") == "Doel: 8+" and doc.get(first, "done") is True
    doc.apply(change.inverse())
    assert doc.get(first, "notes") == "" and doc.get(first, "done") is False
    assert problems(doc) == []


def test_note_cluster_card_round_trip() -> None:
    doc, journey = _doc()
    n1 = ops.created_id(_apply(doc, ws.add_note(doc, "Wachttijd telefoon", "pains")))
    n2 = ops.created_id(_apply(doc, ws.add_note(doc, "Formulier te lang", "pains")))
    cluster = ops.created_id(_apply(doc, ws.add_cluster(doc, "Drempels", [n1])))
    _apply(doc, ws.put_in_cluster(doc, n2, cluster))
    assert ws.cluster_notes(doc, cluster) == [n1, n2]
    phase = doc.phases(journey)[1]
    change = _apply(doc, ws.cluster_to_cards(doc, cluster, k.PAIN, phase))
    pain_lane = ws.lane_for(doc, journey, k.PAIN)
    made = doc.cards_in(phase, pain_lane or "")
    assert [doc.title(c) for c in made] == ["Wachttijd telefoon", "Formulier te lang"]
    assert [doc.get(c, "order") for c in made] == [0.0, 1.0]
    assert problems(doc) == []
    doc.apply(change.inverse())
    assert doc.cards_in(phase, pain_lane or "") == []
    _apply(doc, ws.put_in_cluster(doc, n1, None))
    assert ws.cluster_of(doc, n1) is None


def test_bad_notes_are_refused() -> None:
    doc, journey = _doc()
    with pytest.raises(ModelError):
        ws.add_note(doc, "   ")
    with pytest.raises(ModelError):
        ws.notes_to_cards(doc, [], k.PAIN, doc.phases(journey)[0])
    note = ops.created_id(_apply(doc, ws.add_note(doc, "x")))
    with pytest.raises(ModelError):
        ws.notes_to_cards(doc, [note], k.GOAL, doc.phases(journey)[0])


def test_votes_count_reset_and_sort() -> None:
    doc, journey = _doc()
    phase, lanes = doc.phases(journey)[0], doc.lanes(journey)
    pain = ops.created_id(_apply(doc, ops.add_card(doc, k.PAIN, phase, lanes[1], "Lang wachten")))
    chance = ops.created_id(_apply(doc, ops.add_card(doc, k.OPPORTUNITY, phase, lanes[2], "Chat")))
    touch = ops.created_id(_apply(doc, ops.add_card(doc, k.TOUCHPOINT, phase, lanes[0], "Site")))
    for _ in range(3):
        _apply(doc, ws.add_votes(doc, chance))
    _apply(doc, ws.add_votes(doc, pain))
    _apply(doc, ws.add_votes(doc, pain, -5))
    _apply(doc, ws.add_votes(doc, pain, 2))
    assert doc.get(chance, "votes") == 3 and doc.get(pain, "votes") == 2
    assert ws.by_votes(doc, journey) == [chance, pain]
    with pytest.raises(ModelError):
        ws.add_votes(doc, touch)
    reset = _apply(doc, ws.reset_votes(doc, journey))
    assert doc.get(chance, "votes") == 0 and doc.get(pain, "votes") == 0
    doc.apply(reset.inverse())
    assert doc.get(chance, "votes") == 3


def test_saved_view_round_trips_through_storage() -> None:
    doc, journey = _doc()
    lane = doc.lanes(journey)[1]
    persona = doc.personas()[0]
    _apply(doc, ws.ensure_agenda(doc))
    _apply(doc, ws.save_view(doc, journey, "Directie", {lane}, {persona}))
    _apply(doc, ws.save_view(doc, journey, "Directie", {lane}, set()))  # overwrite by name
    note = ops.created_id(_apply(doc, ws.add_note(doc, "Idee", "kansen", 10, 20)))
    _apply(doc, ws.add_cluster(doc, "Groep", [note]))
    assert problems(doc) == []
    loaded = loads(dumps(doc)).document
    assert problems(loaded) == []
    (view,) = ws.views(loaded, journey)
    assert view.name == "Directie" and view.hidden_lanes == {lane}
    assert view.hidden_personas == frozenset()
    assert len(ws.steps(loaded)) == 9
    assert ws.cluster_of(loaded, note) is not None
    assert loaded.get(note, "x") == 10.0
    with pytest.raises(ModelError):
        ws.save_view(doc, journey, "  ", set(), set())
