"""Journey analysis on hand-made journeys with known answers."""

from __future__ import annotations

import json
from typing import Any

import pytest

from klantreis_desktop.analysis.flowcheck import check_flow
from klantreis_desktop.analysis.journey import (
    analyse_journey,
    channel_matrix,
    opportunity_grid,
    pains_by_phase,
    persona_emotions,
    quadrant,
)
from klantreis_desktop.model.builder import build
from klantreis_desktop.model.document import Document
from klantreis_desktop.templates import build_sample


def _tp(local: str, phase: str, title: str, channels: list[str] | None = None,
        **extra: Any) -> dict[str, Any]:
    return {"id": local, "kind": "touchpoint", "phase": phase, "lane": "tp", "title": title,
            "channels": channels or [], **extra}


def journey_spec(flows: list[list[str]] | None = None) -> dict[str, Any]:
    """Three phases; a→b→c→d along the phases; scores −1, +2, −2, +1 for Anna."""
    return {
        "title": "known",
        "channels": [{"id": "web", "name": "Website", "icon": "website"},
                     {"id": "tel", "name": "Phone", "icon": "phone"},
                     {"id": "shop", "name": "Shop", "icon": "store"}],
        "personas": [{"id": "anna", "name": "Anna"}, {"id": "bert", "name": "Bert"}],
        "journeys": [{
            "id": "j", "title": "Known journey", "personas": ["anna", "bert"],
            "end_goal": "Customer rates us 8+",
            "phases": [{"id": "p1", "title": "Orient"}, {"id": "p2", "title": "Buy"},
                       {"id": "p3", "title": "Use"}, {"id": "p4", "title": "Empty"}],
            "lanes": [{"id": "tp", "title": "Touchpoints", "lane_type": "touchpoints"},
                      {"id": "pn", "title": "Pains", "lane_type": "pains"},
                      {"id": "op", "title": "Opportunities", "lane_type": "opportunities"}],
            "cards": [
                _tp("a", "p1", "Visits site", ["web"]),
                _tp("b", "p1", "Calls shop", ["tel", "web"], moment_of_truth=True),
                _tp("c", "p2", "Orders", ["web"]),
                _tp("d", "p3", "Collects", ["shop"], moment_of_truth=True),
                {"id": "x1", "kind": "pain", "phase": "p1", "lane": "pn", "title": "Slow",
                 "votes": 2, "impact": 5},
                {"id": "x2", "kind": "pain", "phase": "p1", "lane": "pn", "title": "Ugly",
                 "votes": 4, "impact": 1},
                {"id": "x3", "kind": "pain", "phase": "p1", "lane": "pn", "title": "Vague",
                 "votes": 4, "impact": 3},
                {"id": "o1", "kind": "opportunity", "phase": "p1", "lane": "op",
                 "title": "Quick", "impact": 3, "effort": 2, "term": "short"},
                {"id": "o2", "kind": "opportunity", "phase": "p2", "lane": "op",
                 "title": "Big", "impact": 5, "effort": 5, "term": "long"},
                {"id": "o3", "kind": "opportunity", "phase": "p2", "lane": "op",
                 "title": "Small", "impact": 2, "effort": 2},
                {"id": "o4", "kind": "opportunity", "phase": "p3", "lane": "op",
                 "title": "Pit", "impact": 1, "effort": 3},
                {"id": "o5", "kind": "opportunity", "phase": "p3", "lane": "op",
                 "title": "Unrated", "impact": 4, "effort": 0},
            ],
            "flows": flows if flows is not None else [["a", "b"], ["b", "c"], ["c", "d"]],
            "emotions": [{"persona": "anna", "on": "a", "score": -1},
                         {"persona": "anna", "on": "b", "score": 2},
                         {"persona": "anna", "on": "c", "score": -2},
                         {"persona": "anna", "on": "d", "score": 1},
                         {"persona": "bert", "on": "a", "score": 0},
                         {"persona": "bert", "on": "d", "score": 0}],
        }],
    }


def _doc(flows: list[list[str]] | None = None) -> tuple[Document, str, dict[str, str]]:
    doc = build(journey_spec(flows), seed="t")
    journey = doc.journeys()[0]
    ids = {doc.title(n): n for n in doc.graph.nodes}
    return doc, journey, ids


def test_lowest_points_swings_and_moments_of_truth() -> None:
    doc, journey, ids = _doc()
    anna = persona_emotions(doc, journey, ids["Anna"], top=None)
    assert [p.title for p in anna.lowest] == ["Orders"]
    assert anna.lowest[0].score == -2
    changes = [(s.source.title, s.target.title, s.change) for s in anna.swings]
    assert changes == [("Calls shop", "Orders", -4), ("Visits site", "Calls shop", 3),
                       ("Orders", "Collects", 3)]
    assert [(m.title, m.score) for m in anna.moments] == [("Calls shop", 2), ("Collects", 1)]
    bert = persona_emotions(doc, journey, ids["Bert"])
    assert [p.title for p in bert.lowest] == ["Visits site", "Collects"]  # ties: all of them
    assert bert.swings == []  # 0 → 0 along the flow (skipping unscored steps) is no swing
    assert [(m.title, m.score) for m in bert.moments] == [("Calls shop", None), ("Collects", 0)]


def test_swings_follow_flow_arrows_not_columns() -> None:
    # Arrows a → c → b → d: neighbours differ from the column order a, b, c, d.
    doc, journey, ids = _doc([["a", "c"], ["c", "b"], ["b", "d"]])
    anna = persona_emotions(doc, journey, ids["Anna"], top=None)
    pairs = {(s.source.title, s.target.title) for s in anna.swings}
    assert pairs == {("Visits site", "Orders"), ("Orders", "Calls shop"),
                     ("Calls shop", "Collects")}


def test_swings_without_arrows_use_column_order() -> None:
    doc, journey, ids = _doc([])
    anna = persona_emotions(doc, journey, ids["Anna"], top=1)
    assert [(s.source.title, s.target.title, s.change) for s in anna.swings] == [
        ("Calls shop", "Orders", -4)]


def test_channel_phase_matrix_and_gaps() -> None:
    doc, journey, ids = _doc()
    matrix = channel_matrix(doc, journey)
    assert matrix.count(ids["Website"], ids["Orient"]) == 2
    assert matrix.count(ids["Website"], ids["Buy"]) == 1
    assert matrix.count(ids["Phone"], ids["Orient"]) == 1
    assert matrix.count(ids["Shop"], ids["Use"]) == 1
    assert matrix.count(ids["Shop"], ids["Orient"]) == 0
    assert matrix.empty_phases == [ids["Empty"]]
    assert set(matrix.single_phase_channels) == {ids["Phone"], ids["Shop"]}


def test_pains_ranked_by_votes_then_impact() -> None:
    doc, journey, ids = _doc()
    pains = pains_by_phase(doc, journey)
    assert [c.title for c in pains[ids["Orient"]]] == ["Vague", "Ugly", "Slow"]
    assert pains[ids["Buy"]] == []


@pytest.mark.parametrize(("impact", "effort", "expected"), [
    (3, 2, "quick_win"), (5, 1, "quick_win"), (3, 3, "big_bet"), (2, 2, "fill_in"),
    (1, 1, "fill_in"), (2, 3, "money_pit"), (0, 3, "unrated"), (4, 0, "unrated"),
])
def test_quadrant_threshold_is_three(impact: int, effort: int, expected: str) -> None:
    assert quadrant(impact, effort) == expected


def test_opportunity_grid_with_terms() -> None:
    doc, journey, _ = _doc()
    grid = opportunity_grid(doc, journey)
    assert {q: [c.title for c in cards] for q, cards in grid.items()} == {
        "quick_win": ["Quick"], "big_bet": ["Big"], "fill_in": ["Small"],
        "money_pit": ["Pit"], "unrated": ["Unrated"]}
    assert grid["quick_win"][0].term == "short"
    assert grid["big_bet"][0].term == "long"


def test_flow_reaches_end_goal_when_every_path_ends_in_the_last_phase() -> None:
    spec = journey_spec()
    spec["journeys"][0]["phases"].pop()  # without the empty last phase, "Use" is last
    doc = build(spec, seed="t")
    check = check_flow(doc, doc.journeys()[0])
    assert check.reaches_end_goal
    assert check.paths == check.paths_reaching_end == 1
    assert check.end_goal == "Customer rates us 8+"


def test_flow_fails_end_goal_when_the_last_phase_is_empty() -> None:
    doc, journey, ids = _doc()
    check = check_flow(doc, journey)
    assert check.end_phase == ids["Empty"]
    assert not check.reaches_end_goal
    assert check.short_ends == [ids["Collects"]]


def test_dead_ends_and_unreachable_touchpoints() -> None:
    # a → b (dead end in phase 1); c ⇄ d form a loop nobody enters.
    doc, journey, ids = _doc([["a", "b"], ["c", "d"], ["d", "c"]])
    check = check_flow(doc, journey)
    assert check.starts == [ids["Visits site"]]
    assert check.dead_ends == [ids["Calls shop"]]
    assert sorted(check.unreachable) == sorted([ids["Orders"], ids["Collects"]])
    assert check.short_ends == [ids["Calls shop"]]


def test_a_closed_loop_at_the_end_counts_as_an_end() -> None:
    spec = journey_spec([["a", "b"], ["b", "c"], ["c", "d"], ["d", "c"]])
    spec["journeys"][0]["phases"].pop()
    doc = build(spec, seed="t")
    check = check_flow(doc, doc.journeys()[0])
    ids = {doc.title(n): n for n in doc.graph.nodes}
    assert sorted(check.ends) == sorted([ids["Orders"], ids["Collects"]])
    assert check.short_ends == [ids["Orders"]]  # Orders sits in "Buy", not the last phase
    assert not check.reaches_end_goal


def test_isolated_touchpoint_is_unreachable_once_arrows_exist() -> None:
    doc, journey, ids = _doc([["a", "b"], ["b", "c"]])
    assert check_flow(doc, journey).unreachable == [ids["Collects"]]
    doc, journey, _ = _doc([])
    check = check_flow(doc, journey)
    assert not check.has_flows and check.unreachable == [] and not check.reaches_end_goal


def test_sample_journey_with_a_referral_does_not_reach_the_end() -> None:
    doc = build_sample("groeibureau", "en")
    journey = doc.journeys()[0]
    check = check_flow(doc, journey)
    assert [doc.title(n) for n in check.short_ends] == ["An honest ‘no’, with a referral"]
    assert check.paths == 2 and check.paths_reaching_end == 1


def test_whole_analysis_is_json_ready() -> None:
    doc, journey, _ = _doc()
    data = analyse_journey(doc, journey).to_dict()
    text = json.dumps(data, ensure_ascii=False)
    assert json.loads(text)["title"] == "Known journey"
    assert [p["name"] for p in data["personas"]] == ["Anna", "Bert"]
    assert data["flow"]["reaches_end_goal"] is False
    assert data["opportunities"]["quick_win"][0]["quadrant"] == "quick_win"
