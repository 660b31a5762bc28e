"""Current vs ideal: another journey's curves mapped onto this journey's columns."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from klantreis_desktop.layout import (
    CompareCurve,
    counterpart,
    layout_journey,
    overlay_curves,
    phase_mapping,
    score_to_y,
)
from klantreis_desktop.model import operations as ops
from klantreis_desktop.model.builder import _NAMESPACE, build

PERSONAS = [{"id": "p", "name": "Anna", "colour": "#d62728"},
            {"id": "q", "name": "Bram", "colour": "#2ca02c"}]


def _journey(jid: str, scenario: str, titles: list[str], personas: list[str],
             emotions: list[dict[str, Any]], scale: str = "-2..2") -> dict[str, Any]:
    cards = [{"id": f"{jid}t{i}", "kind": "touchpoint", "phase": f"{jid}f{i}",
              "lane": f"{jid}l0", "title": f"Step {i}"} for i in range(len(titles))]
    return {"id": jid, "title": f"Journey {jid}", "scenario": scenario, "scale": scale,
            "personas": personas,
            "phases": [{"id": f"{jid}f{i}", "title": t} for i, t in enumerate(titles)],
            "lanes": [{"id": f"{jid}l0", "title": "Touchpoints", "lane_type": "touchpoints"},
                      {"id": f"{jid}l1", "title": "Emotions", "lane_type": "emotions"}],
            "cards": cards, "emotions": emotions}


def _spec(current: dict[str, Any], ideal: dict[str, Any]) -> dict[str, Any]:
    return {"title": "compare-tests", "personas": PERSONAS, "journeys": [current, ideal]}


def _doc(ideal_titles: list[str], ideal_emotions: list[dict[str, Any]],
         ideal_personas: list[str] | None = None, scale: str = "-2..2") -> Any:
    current = _journey("c", "current", ["Aandacht", "Afweging", "Actie", "Altijd"], ["p"],
                       [{"persona": "p", "on": "ct0", "score": -1}])
    ideal = _journey("i", "ideal", ideal_titles, ideal_personas or ["p"], ideal_emotions,
                     scale)
    spec = _spec(current, ideal)
    doc = build(spec)

    def ref(local: str) -> str:
        node = uuid.uuid5(_NAMESPACE, f"{spec['title']}/{local}").hex
        assert node in doc, local
        return node

    return doc, ref


def test_points_follow_phase_titles_ignoring_case_and_spacing() -> None:
    doc, ref = _doc(["  ACTIE ", "aandacht"], [{"persona": "p", "on": "it0", "score": 2},
                                                {"persona": "p", "on": "if1", "score": -2}])
    assert phase_mapping(doc, ref("i"), ref("c")) == {ref("if0"): ref("cf2"),
                                                      ref("if1"): ref("cf0")}
    layout = layout_journey(doc, ref("c"), compare_with=ref("i"))
    (curve,) = overlay_curves(layout)
    assert isinstance(curve, CompareCurve)
    assert curve.dashed and curve.source_journey == ref("i") and curve.scenario == "ideal"
    assert curve.persona == ref("p") and curve.colour == "#d62728"
    columns = {c.phase: c for c in layout.columns}
    band = layout.emotion_band
    assert band is not None
    by_anchor = {p.anchor: p for p in curve.points}
    # The touchpoint's point goes to its phase's column ("Actie"), the phase point to its.
    assert by_anchor[ref("it0")].x == pytest.approx(columns[ref("cf2")].body.center[0])
    assert by_anchor[ref("if1")].x == pytest.approx(columns[ref("cf0")].body.center[0])
    assert by_anchor[ref("it0")].y == pytest.approx(score_to_y(2, band, layout.scale))
    assert [p.x for p in curve.points] == sorted(p.x for p in curve.points)
    assert len(curve.segments) == 1
    # The journey's own curves are untouched, and no overlay without compare_with.
    assert [c.persona for c in layout.curves] == [ref("p")]
    assert overlay_curves(layout_journey(doc, ref("c"))) == ()


def test_unmatched_titles_go_by_relative_position() -> None:
    doc, ref = _doc(["Begin", "Midden", "Eind"],
                    [{"persona": "p", "on": f"it{i}", "score": 1} for i in range(3)])
    mapping = phase_mapping(doc, ref("i"), ref("c"))
    # Three phases over four columns: first to first, last to last.
    assert mapping == {ref("if0"): ref("cf0"), ref("if1"): ref("cf2"),
                       ref("if2"): ref("cf3")}
    layout = layout_journey(doc, ref("c"), compare_with=ref("i"))
    xs = [p.x for p in overlay_curves(layout)[0].points]
    columns = layout.columns
    assert xs == pytest.approx([columns[0].body.center[0], columns[2].body.center[0],
                                columns[3].body.center[0]])
    # And the other way round: four phases onto three (the ideal's columns).
    back = phase_mapping(doc, ref("c"), ref("i"))
    assert back == {ref("cf0"): ref("if0"), ref("cf1"): ref("if1"),
                    ref("cf2"): ref("if1"), ref("cf3"): ref("if2")}


def test_only_this_journeys_personas_and_the_visible_ones() -> None:
    doc, ref = _doc(["Aandacht"], [{"persona": "p", "on": "it0", "score": 1},
                                   {"persona": "q", "on": "it0", "score": -1}],
                    ideal_personas=["p", "q"])
    layout = layout_journey(doc, ref("c"), compare_with=ref("i"))
    assert [c.persona for c in overlay_curves(layout)] == [ref("p")]  # q is not in "c"
    doc.apply(ops.attach_persona(doc, ref("c"), ref("q")))
    layout = layout_journey(doc, ref("c"), compare_with=ref("i"))
    assert [c.persona for c in overlay_curves(layout)] == [ref("p"), ref("q")]
    hidden = layout_journey(doc, ref("c"), compare_with=ref("i"), visible_personas={ref("q")})
    assert [c.persona for c in overlay_curves(hidden)] == [ref("q")]


def test_scores_are_rescaled_between_scales_and_bad_targets_give_nothing() -> None:
    doc, ref = _doc(["Aandacht"], [{"persona": "p", "on": "it0", "score": 5}], scale="1..5")
    layout = layout_journey(doc, ref("c"), compare_with=ref("i"))
    band = layout.emotion_band
    assert band is not None
    assert overlay_curves(layout)[0].points[0].y == pytest.approx(band.y)  # 5 of 1..5 = +2
    assert overlay_curves(layout_journey(doc, ref("c"), compare_with=ref("c"))) == ()
    assert overlay_curves(layout_journey(doc, ref("c"), compare_with=ref("cf0"))) == ()
    assert overlay_curves(layout_journey(doc, ref("c"), compare_with="missing")) == ()


def test_the_counterpart_is_the_other_scenario_with_a_shared_persona() -> None:
    doc, ref = _doc(["Aandacht"], [], ideal_personas=["p"])
    assert counterpart(doc, ref("c")) == ref("i")
    assert counterpart(doc, ref("i")) == ref("c")
    doc2, ref2 = _doc(["Aandacht"], [], ideal_personas=["q"])
    assert counterpart(doc2, ref2("c")) is None
