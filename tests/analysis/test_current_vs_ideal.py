"""Current vs ideal journey of the same persona."""

from __future__ import annotations

from typing import Any

import pytest

from klantreis_desktop.analysis.current_vs_ideal import (
    comparable_pairs,
    compare_journeys,
    normalise_title,
)
from klantreis_desktop.model.builder import build


def _journey(local: str, scenario: str, titles: dict[str, list[str]],
             scores: dict[str, list[int]], scale: str = "-2..2",
             phases: tuple[str, ...] = ("Orient", "Buy", "Use")) -> dict[str, Any]:
    cards, emotions = [], []
    for p_index, phase in enumerate(phases):
        for t_index, title in enumerate(titles.get(phase, [])):
            card = f"{local}-{p_index}-{t_index}"
            cards.append({"id": card, "kind": "touchpoint", "phase": f"{local}-p{p_index}",
                          "lane": f"{local}-tp", "title": title})
            score = scores.get(phase, [])
            if t_index < len(score):
                emotions.append({"persona": "anna", "on": card, "score": score[t_index]})
    return {"id": local, "title": f"{scenario} journey", "scenario": scenario, "scale": scale,
            "personas": ["anna"],
            "phases": [{"id": f"{local}-p{i}", "title": p} for i, p in enumerate(phases)],
            "lanes": [{"id": f"{local}-tp", "title": "Touchpoints",
                       "lane_type": "touchpoints"}],
            "cards": cards, "emotions": emotions}


def _spec(ideal_scale: str = "-2..2", ideal_phases: tuple[str, ...] = ("Orient", "Buy", "Use"),
          ) -> dict[str, Any]:
    current = _journey("c", "current",
                       {"Orient": ["Visits site", "Calls shop"], "Buy": ["Orders"],
                        "Use": ["Waits at home", "Waits at home"]},
                       {"Orient": [-1, -2], "Buy": [0], "Use": [-2, -1]})
    ideal_scores = {"Orient": [1], "Buy": [1, 2], "Use": [2]}
    if ideal_scale == "1..5":  # the same feelings on the other scale
        ideal_scores = {"Orient": [4], "Buy": [4, 5], "Use": [5]}
    ideal = _journey("i", "ideal",
                     {ideal_phases[0]: ["  visits SITE!"], ideal_phases[1]: ["Orders", "Chats"],
                      ideal_phases[2]: ["Waits at home"]},
                     {ideal_phases[0]: ideal_scores["Orient"],
                      ideal_phases[1]: ideal_scores["Buy"], ideal_phases[2]: ideal_scores["Use"]},
                     scale=ideal_scale, phases=ideal_phases)
    return {"title": "compare", "personas": [{"id": "anna", "name": "Anna"}],
            "journeys": [current, ideal]}


def test_normalised_titles_ignore_case_accents_and_punctuation() -> None:
    assert normalise_title("  Bézoekt   de SITE! ") == normalise_title("bezoekt de site")
    assert normalise_title("“Boekt” online") == "boekt online"


def test_added_and_removed_touchpoints_match_by_normalised_title() -> None:
    doc = build(_spec(), seed="c")
    current, ideal = doc.journeys()
    assert comparable_pairs(doc) == [(current, ideal)]
    result = compare_journeys(doc, current, ideal)
    assert [doc.title(n) for n in result.added] == ["Chats"]
    # "Waits at home" occurs twice in the current journey and once in the ideal one.
    assert sorted(doc.title(n) for n in result.removed) == ["Calls shop", "Waits at home"]
    assert sorted(doc.title(b) for _, b in result.kept) == ["  visits SITE!", "Orders",
                                                           "Waits at home"]


def test_emotion_change_per_phase_is_the_difference_of_averages() -> None:
    doc = build(_spec(), seed="c")
    result = compare_journeys(doc, *doc.journeys())
    (anna,) = result.personas
    changes = {p.title: (p.current, p.ideal, p.change) for p in anna.phases}
    assert changes == {"Orient": (-1.5, 1.0, 2.5), "Buy": (0.0, 1.5, 1.5),
                       "Use": (-1.5, 2.0, 3.5)}
    assert result.to_dict()["personas"][0]["phases"][0]["change"] == 2.5


def test_different_scales_are_compared_on_minus_two_to_two() -> None:
    doc = build(_spec(ideal_scale="1..5"), seed="c")
    result = compare_journeys(doc, *doc.journeys())
    changes = {p.title: p.change for p in result.personas[0].phases}
    assert changes == {"Orient": pytest.approx(2.5), "Buy": pytest.approx(1.5),
                       "Use": pytest.approx(3.5)}


def test_renamed_phases_are_matched_by_position() -> None:
    doc = build(_spec(ideal_phases=("Orient", "Purchase", "Use")), seed="c")
    result = compare_journeys(doc, *doc.journeys())
    pairs = [(p.title, p.current, p.ideal) for p in result.personas[0].phases]
    assert pairs == [("Orient", -1.5, 1.0), ("Buy", 0.0, 1.5), ("Use", -1.5, 2.0)]


def test_journeys_without_a_shared_persona_are_not_paired() -> None:
    spec = _spec()
    spec["personas"].append({"id": "bob", "name": "Bob"})
    spec["journeys"][1]["personas"] = ["bob"]
    for emotion in spec["journeys"][1]["emotions"]:
        emotion["persona"] = "bob"
    assert comparable_pairs(build(spec, seed="c")) == []
