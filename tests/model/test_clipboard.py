"""Copying and pasting cards as plain data (no Qt)."""

from __future__ import annotations

import json
import uuid

import networkx as nx
import pytest

from klantreis_desktop.model import clipboard
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model.builder import _NAMESPACE, build
from klantreis_desktop.model.invariants import problems
from klantreis_desktop.model.model_error import ModelError


def spec(title: str = "clip", phases: int = 3) -> dict:
    return {
        "title": title,
        "channels": [{"id": "web", "name": "Website", "icon": "website"},
                     {"id": "tel", "name": "Phone", "icon": "phone"}],
        "personas": [{"id": "p0", "name": "Esther"}],
        "journeys": [{
            "id": "j", "title": "Journey", "personas": ["p0"],
            "phases": [{"id": f"f{i}", "title": f"Phase {i}"} for i in range(phases)],
            "lanes": [{"id": "l0", "title": "Touchpoints", "lane_type": "touchpoints"},
                      {"id": "l1", "title": "Pains", "lane_type": "pains"},
                      {"id": "l2", "title": "Emotions", "lane_type": "emotions"}],
            "cards": [
                {"id": "a", "kind": "touchpoint", "phase": "f0", "lane": "l0",
                 "title": "Sees an ad", "channels": ["web", "tel"], "votes": 2,
                 "moment_of_truth": True},
                {"id": "b", "kind": "touchpoint", "phase": "f1", "lane": "l0",
                 "title": "Calls"},
                {"id": "c", "kind": "pain", "phase": "f1", "lane": "l1", "title": "Waits",
                 "impact": 4},
            ],
            "flows": [["a", "b"]],
            "emotions": [{"persona": "p0", "on": "a", "score": 1},
                         {"persona": "p0", "on": "f2", "score": -2}],
        }],
    }


def ref(local: str, title: str = "clip") -> str:
    return uuid.uuid5(_NAMESPACE, f"{title}/{local}").hex


def test_copy_gives_plain_json_data_in_reading_order():
    doc = build(spec())
    data = clipboard.copy_cards(doc, [ref("c"), ref("b"), ref("a")])
    assert [c["attrs"]["title"] for c in data["cards"]] == ["Sees an ad", "Calls", "Waits"]
    assert data["flows"] == [["c0", "c1"]]
    assert len(data["emotions"]) == 1 and data["emotions"][0]["score"] == 1
    assert clipboard.from_json(clipboard.to_json(data)) == data


def test_paste_in_the_same_journey_lands_in_the_same_cells_with_fresh_ids():
    doc = build(spec())
    journey = ref("j")
    data = clipboard.copy_cards(doc, [ref("a"), ref("b")])
    change = clipboard.paste_cards(doc, journey, data)
    doc.apply(change)
    new = clipboard.pasted_cards(change)
    assert len(new) == 2 and not set(new) & {ref("a"), ref("b")}
    first, second = new
    assert doc.cards_in(ref("f0"), ref("l0")) == [ref("a"), first]  # at the bottom
    assert doc.channels_of(first) == [ref("web"), ref("tel")]
    assert doc.get(first, "moment_of_truth") is True and doc.get(first, "votes") == 2
    assert (first, second) in doc.flows(journey)
    assert len(doc.emotions(journey)) == 3
    assert problems(doc) == []
    before_undo = doc.graph.copy()
    doc.apply(change.inverse())
    assert nx.utils.graphs_equal(doc.graph, build(spec()).graph)
    assert not nx.utils.graphs_equal(doc.graph, before_undo)


def test_paste_at_a_cell_keeps_offsets_and_clamps_at_the_edges():
    doc = build(spec())
    data = clipboard.copy_cards(doc, [ref("a"), ref("c")])  # (f0,l0) and (f1,l1)
    change = clipboard.paste_cards(doc, ref("j"), data, (ref("f2"), ref("l1")))
    doc.apply(change)
    a_copy, c_copy = clipboard.pasted_cards(change)
    assert (doc.phase_of(a_copy), doc.lane_of(a_copy)) == (ref("f2"), ref("l1"))
    assert (doc.phase_of(c_copy), doc.lane_of(c_copy)) == (ref("f2"), ref("l2"))


def test_paste_into_another_document_maps_by_name_and_adds_missing_channels():
    source = build(spec())
    data = json.loads(clipboard.to_json(clipboard.copy_cards(source, [ref("a"), ref("b")])))
    other_spec = spec("other", phases=2)
    other_spec["channels"] = [{"id": "w", "name": "WEBSITE", "icon": "website"}]
    other_spec["personas"] = [{"id": "q", "name": "esther"}]
    other_spec["journeys"][0]["personas"] = []
    other_spec["journeys"][0]["phases"][1]["title"] = "Phase 1"
    other_spec["journeys"][0]["cards"] = []
    other_spec["journeys"][0]["flows"] = []
    other_spec["journeys"][0]["emotions"] = []
    target = build(other_spec)
    journey = ref("j", "other")
    change = clipboard.paste_cards(target, journey, data)
    target.apply(change)
    first, second = clipboard.pasted_cards(change)
    channels = target.channels_of(first)
    assert channels[0] == ref("w", "other")  # matched by name, case-insensitive
    assert target.title(channels[1]) == "Phone"  # missing: added
    assert target.phase_of(second) == ref("f1", "other")  # by phase title
    (emotion,) = target.emotions(journey)
    assert target.target(emotion, k.FELT_BY) == ref("q", "other")
    assert ref("q", "other") in target.personas_of(journey)  # attached on the way
    assert problems(target) == []


@pytest.mark.parametrize("text", [
    "not json", "[]", '{"format": "something else"}', "{" * 5000,
    '{"format": "klantreis-cards", "version": 1, "cards": [{"kind": "journey"}]}',
    '{"format": "klantreis-cards", "version": 1, "cards": "many"}',
    '{"format": "klantreis-cards", "version": 1, "cards": [{"kind": "note", "attrs": 3}]}',
    '{"format": "klantreis-cards", "version": 99, "cards": []}',
    '{"format": "klantreis-cards", "version": 1, "cards": [], "x": NaN}',
])
def test_foreign_clipboard_text_is_refused_with_a_message(text):
    with pytest.raises(ModelError) as error:
        clipboard.from_json(text)
    assert str(error.value)


def test_bad_values_are_refused_and_unknown_fields_dropped():
    doc = build(spec())
    entry = {"kind": "pain", "attrs": {"title": "x", "impact": 99}}
    data = {"format": clipboard.FORMAT, "version": 1, "cards": [entry]}
    with pytest.raises(ModelError):
        clipboard.paste_cards(doc, ref("j"), data)
    entry["attrs"] = {"title": "ok", "colour_of_the_day": "red", "order": 77}
    change = clipboard.paste_cards(doc, ref("j"), data)
    doc.apply(change)
    (card,) = clipboard.pasted_cards(change)
    assert "colour_of_the_day" not in doc.attrs(card)
    assert problems(doc) == []


def test_too_many_cards_and_missing_grid_are_refused():
    doc = build(spec())
    many = {"format": clipboard.FORMAT, "version": 1,
            "cards": [{"kind": "note"}] * (clipboard.MAX_CARDS + 1)}
    with pytest.raises(ModelError):
        clipboard.paste_cards(doc, ref("j"), many)
    empty_spec = spec("empty")
    empty_spec["journeys"][0].update(phases=[], cards=[], flows=[], emotions=[])
    empty = build(empty_spec)
    data = clipboard.copy_cards(doc, [ref("a")])
    with pytest.raises(ModelError):
        clipboard.paste_cards(empty, ref("j", "empty"), data)


def test_copying_nothing_pastes_nothing():
    doc = build(spec())
    data = clipboard.copy_cards(doc, [ref("f0"), "missing"])
    assert data["cards"] == []
    assert not clipboard.paste_cards(doc, ref("j"), data)
