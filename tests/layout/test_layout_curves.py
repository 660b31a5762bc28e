"""Emotion curves: where the points go, and that the béziers never leave the band."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from layout_helpers import cards, journey_spec, make

from klantreis_desktop.layout import (
    Curve,
    Rect,
    emotion_at,
    layout_journey,
    monotone_segments,
    score_at,
    score_to_y,
    spread_ties,
    y_to_score,
)
from klantreis_desktop.model import operations as ops

PERSONAS = [{"id": "p", "name": "Anna", "colour": "#d62728"},
            {"id": "q", "name": "Bram", "colour": "#2ca02c"}]


def _curve_spec(scores: list[int], scale: str = "-2..2", per_cell: int = 1,
                **extra: Any) -> dict[str, Any]:
    """One touchpoint column per score group; ``per_cell`` touchpoints stacked per phase."""
    phases = max(1, -(-len(scores) // per_cell))
    items = [{"id": f"t{i}", "kind": "touchpoint", "phase": f"f{i // per_cell}", "lane": "l0",
              "title": f"Step {i}"} for i in range(len(scores))]
    emotions = [{"persona": "p", "on": f"t{i}", "score": s} for i, s in enumerate(scores)]
    return journey_spec(phases=phases, lanes=("touchpoints", "emotions"), cards=items,
                        personas=PERSONAS, scale=scale, emotions=emotions, **extra)


def _check_curve(curve: Curve, band: Rect) -> None:
    xs = [p.x for p in curve.points]
    assert xs == sorted(xs)
    assert len(curve.segments) == max(len(curve.points) - 1, 0)
    for segment, a, b in zip(curve.segments, curve.points, curve.points[1:], strict=False):
        assert segment.p0 == (a.x, a.y) and segment.p1 == (b.x, b.y)
        low, high = min(a.y, b.y), max(a.y, b.y)
        for x, y in (segment.p0, segment.c1, segment.c2, segment.p1):
            assert band.y - 1e-9 <= y <= band.bottom + 1e-9
            assert low - 1e-9 <= y <= high + 1e-9  # no overshoot past the neighbours
            assert a.x - 1e-9 <= x <= b.x + 1e-9


def test_points_sit_on_their_anchors_and_follow_the_scores() -> None:
    spec = _curve_spec([1, -2, 2])
    spec["journeys"][0]["phases"].append({"id": "f3", "title": "Extra"})
    spec["journeys"][0]["emotions"].append({"persona": "p", "on": "f3", "score": 0})
    doc, journey, ref = make(spec)
    layout = layout_journey(doc, journey)
    band = layout.emotion_band
    assert band is not None
    (curve,) = layout.curves
    assert curve.persona == ref("p") and curve.colour == "#d62728"
    by_anchor = {p.anchor: p for p in curve.points}
    for i in range(3):
        box = layout.cards[ref(f"t{i}")]
        assert by_anchor[box.card].x == pytest.approx(box.rect.center[0])
    assert by_anchor[ref("f3")].x == pytest.approx(layout.columns[3].body.center[0])
    assert by_anchor[ref("t2")].y == pytest.approx(band.y)  # +2: the top
    assert by_anchor[ref("t1")].y == pytest.approx(band.bottom)  # -2: the bottom
    assert by_anchor[ref("f3")].y == pytest.approx(band.center[1])
    assert by_anchor[ref("t2")].y < by_anchor[ref("t0")].y < by_anchor[ref("f3")].y
    _check_curve(curve, band)


def test_points_sharing_a_column_are_fanned_out_inside_it() -> None:
    spec = _curve_spec([1, -2, 2], per_cell=3)
    spec["journeys"][0]["emotions"].append({"persona": "p", "on": "f0", "score": 0})
    doc, journey, ref = make(spec)
    layout = layout_journey(doc, journey)
    points = layout.curves[0].points
    # The phase point first, then the touchpoints in stacking order, left to right.
    assert [p.anchor for p in points] == [ref("f0"), ref("t0"), ref("t1"), ref("t2")]
    card = layout.cards[ref("t0")].rect
    assert card.x < points[0].x < points[1].x < points[2].x < points[3].x < card.right
    center = card.center[0]
    assert points[0].x - center == pytest.approx(center - points[3].x)  # symmetric


def test_one_to_five_scale_puts_five_on_top() -> None:
    doc, journey, _ = make(_curve_spec([5, 1, 3], scale="1..5"))
    layout = layout_journey(doc, journey)
    band = layout.emotion_band
    assert band is not None and layout.scale == (1, 5)
    ys = [p.y for p in layout.curves[0].points]
    assert ys == pytest.approx([band.y, band.bottom, band.center[1]])


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_y_order_matches_score_order_and_curves_stay_in_the_band(data: st.DataObject) -> None:
    scale_name = data.draw(st.sampled_from(["-2..2", "1..5"]), label="scale")
    low, high = {"-2..2": (-2, 2), "1..5": (1, 5)}[scale_name]
    scores = data.draw(st.lists(st.integers(low, high), min_size=1, max_size=9), label="scores")
    per_cell = data.draw(st.integers(1, 3), label="per_cell")
    doc, journey, _ = make(_curve_spec(scores, scale_name, per_cell))
    layout = layout_journey(doc, journey)
    band = layout.emotion_band
    assert band is not None
    (curve,) = layout.curves
    assert len(curve.points) == len(scores)
    points = curve.points
    for a in points:
        for b in points:
            if a.score > b.score:
                assert a.y < b.y
            elif a.score == b.score:
                assert a.y == pytest.approx(b.y)
    xs = [p.x for p in points]
    assert len(set(xs)) == len(xs)  # stacked touchpoints are fanned out, not on one x
    _check_curve(curve, band)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.floats(0.5, 300), st.floats(0, 500)), min_size=1, max_size=12))
def test_monotone_segments_never_overshoot(steps: list[tuple[float, float]]) -> None:
    x, points = 0.0, []
    for dx, y in steps:
        x += dx
        points.append((x, y))
    segments = monotone_segments(points)
    assert len(segments) == len(points) - 1
    for segment, (x0, y0), (x1, y1) in zip(segments, points, points[1:], strict=False):
        for cx, cy in (segment.c1, segment.c2):
            assert min(y0, y1) <= cy <= max(y0, y1)
            assert x0 <= cx <= x1


def test_flat_and_two_point_curves_are_straight() -> None:
    (flat,) = monotone_segments([(0, 5), (10, 5)])
    assert flat.c1[1] == flat.c2[1] == 5
    a, b = monotone_segments([(0, 0), (10, 10), (20, 0)])
    assert a.c2[1] == 10 and b.c1[1] == 10  # a peak gets a flat tangent: no overshoot
    assert monotone_segments([(3, 3)]) == ()
    assert monotone_segments([]) == ()


def test_spread_ties_fans_out_equal_xs() -> None:
    assert spread_ties([1, 5, 5, 5, 9], 4) == [1, 3, 5, 7, 9]
    assert spread_ties([1, 2], 10) == [1, 2]


def test_visible_personas_filter_and_colours() -> None:
    spec = _curve_spec([1, 2])
    spec["journeys"][0]["emotions"] += [{"persona": "q", "on": "t0", "score": -1}]
    doc, journey, ref = make(spec)
    both = layout_journey(doc, journey)
    assert [c.persona for c in both.curves] == [ref("p"), ref("q")]
    assert [c.colour for c in both.curves] == ["#d62728", "#2ca02c"]
    only_q = layout_journey(doc, journey, visible_personas={ref("q")})
    assert [c.persona for c in only_q.curves] == [ref("q")]
    assert layout_journey(doc, journey, visible_personas=set()).curves == ()


def test_no_emotion_lane_means_no_curves() -> None:
    spec = _curve_spec([1, 2])
    spec["journeys"][0]["lanes"][1]["lane_type"] = "notes"
    doc, journey, _ = make(spec)
    layout = layout_journey(doc, journey)
    assert layout.curves == () and layout.emotion_band is None and layout.emotion_lane is None
    hidden = _curve_spec([1, 2])
    hidden["journeys"][0]["lanes"][1]["hidden"] = True
    doc, journey, _ = make(hidden)
    assert layout_journey(doc, journey).curves == ()


def test_touchpoint_on_hidden_lane_keeps_its_point_in_the_column() -> None:
    spec = _curve_spec([1, -1])
    spec["journeys"][0]["lanes"].append({"id": "l2", "title": "Hidden", "lane_type": "notes",
                                         "hidden": True})
    spec["journeys"][0]["cards"] += cards("f1", "l2", 1, "h", kind="touchpoint")
    spec["journeys"][0]["emotions"].append({"persona": "p", "on": "h0", "score": 2})
    doc, journey, ref = make(spec)
    layout = layout_journey(doc, journey)
    assert ref("h0") not in layout.cards
    assert len(layout.curves[0].points) == 3


def test_score_mapping_round_trips_and_hit_tests() -> None:
    band = Rect(0, 100, 500, 140)
    for scale in ((-2, 2), (1, 5)):
        for score in range(scale[0], scale[1] + 1):
            assert y_to_score(score_to_y(score, band, scale), band, scale) == score
        assert y_to_score(-1000, band, scale) == scale[1]  # dragged far above: the top
        assert y_to_score(1000, band, scale) == scale[0]
    doc, journey, ref = make(_curve_spec([1, -2]))
    layout = layout_journey(doc, journey)
    point = layout.curves[0].points[1]
    assert emotion_at(layout, point.x + 3, point.y - 3) == point.emotion
    assert emotion_at(layout, point.x + 50, point.y) is None
    assert score_at(layout, point.y) == -2
    doc.apply(ops.update(doc, point.emotion, score=2))
    moved = layout_journey(doc, journey).curves[0].points[1]
    assert moved.y < point.y
