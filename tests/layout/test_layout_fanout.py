"""Flow arrows that would share a line fan out (issue 16): each source → target can be
followed, on the canvas and on paper alike."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from layout_helpers import journey_spec, make
from test_layout_flows import _check_route

from klantreis_desktop.layout import FlowRoute, Point, layout_journey

LANES = ("touchpoints", "emotions", "backstage")


def _tp(local: str, phase: str, lane: str = "l0", title: str = "Step") -> dict[str, Any]:
    return {"id": local, "kind": "touchpoint", "phase": phase, "lane": lane, "title": title}


def _segments(route: FlowRoute) -> list[tuple[Point, Point]]:
    return list(zip(route.points, route.points[1:], strict=False))


def _shared(a: FlowRoute, b: FlowRoute) -> float:
    """Length over which two routes run on top of each other."""
    total = 0.0
    for p, q in _segments(a):
        for r, s in _segments(b):
            if p[0] == q[0] == r[0] == s[0]:  # both vertical on one x
                lo, hi = max(min(p[1], q[1]), min(r[1], s[1])), min(max(p[1], q[1]),
                                                                   max(r[1], s[1]))
            elif p[1] == q[1] == r[1] == s[1]:  # both horizontal on one y
                lo, hi = max(min(p[0], q[0]), min(r[0], s[0])), min(max(p[0], q[0]),
                                                                   max(r[0], s[0]))
            else:
                continue
            total += max(0.0, hi - lo)
    return total


def _layout(items, flows, phases=4):
    doc, journey, ref = make(journey_spec(phases=phases, lanes=LANES, cards=items, flows=flows))
    layout = layout_journey(doc, journey)
    return layout, {(r.source, r.target): r for r in layout.flows}, ref


def test_two_arrows_through_one_gap_take_two_tracks():
    # a1 and a2 stacked in f0, both lead to b in another lane of f1: before, both turned
    # down the same column border and ran on one line into b.
    items = [_tp("a1", "f0"), _tp("a2", "f0"), _tp("b", "f1", "l2")]
    layout, routes, ref = _layout(items, [["a1", "b"], ["a2", "b"]])
    one, two = routes[(ref("a1"), ref("b"))], routes[(ref("a2"), ref("b"))]
    assert _shared(one, two) == 0.0
    verticals = {p[0] for route in (one, two) for p, q in _segments(route)[1:-1]
                 if p[0] == q[0]}
    assert len(verticals) == 2
    gap = layout.columns[0].body.right
    assert all(abs(x - gap) < 12 for x in verticals)  # still in the gap between the columns
    # Their arrow heads end at two heights on b's left side, not on one point.
    assert one.points[-1] != two.points[-1]
    assert {one.points[-1][0], two.points[-1][0]} == {layout.cards[ref("b")].rect.x}
    for route in (one, two):
        _check_route(route, layout)


def test_long_jumps_from_one_row_take_two_corridor_lines():
    items = [_tp("a1", "f0"), _tp("a2", "f0"), _tp("m", "f1"), _tp("n", "f2"),
             _tp("b1", "f3"), _tp("b2", "f3")]
    layout, routes, ref = _layout(items, [["a1", "b1"], ["a2", "b2"]])
    one, two = routes[(ref("a1"), ref("b1"))], routes[(ref("a2"), ref("b2"))]
    assert _shared(one, two) == 0.0
    for route in (one, two):
        _check_route(route, layout)


def test_a_lone_arrow_keeps_its_route():
    items = [_tp("a", "f0"), _tp("b", "f1", "l2")]
    layout, routes, ref = _layout(items, [["a", "b"]])
    route = routes[(ref("a"), ref("b"))]
    gap = layout.columns[0].body.right
    assert [p[0] for p in route.points[1:-1]] == [gap, gap]


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_no_two_arrows_run_on_one_line(data: st.DataObject) -> None:
    count = data.draw(st.integers(2, 10), label="cards")
    cells = st.tuples(st.integers(0, 3), st.sampled_from([0, 2]), st.integers(1, 60))
    items = [_tp(f"t{i}", f"f{p}", f"l{lane}", "word " * (size // 5))
             for i, (p, lane, size) in enumerate(data.draw(
                 st.lists(cells, min_size=count, max_size=count), label="placement"))]
    pairs = data.draw(st.lists(st.tuples(st.integers(0, count - 1), st.integers(0, count - 1))
                               .filter(lambda p: p[0] != p[1]), max_size=8, unique=True),
                      label="flows")
    layout, routes, _ = _layout(items, [[f"t{a}", f"t{b}"] for a, b in pairs])
    found = list(routes.values())
    for i, one in enumerate(found):
        _check_route(one, layout)
        for two in found[i + 1:]:
            assert _shared(one, two) < 1e-6, (one, two)


def test_the_line_index_moves_the_same_ends_as_the_plain_scan(monkeypatch) -> None:
    # fanout._Lines answers "does this end run on another arrow's line?" from buckets by
    # y; a dense journey (60 touchpoints, 90 arrows across three rows) must fan out the
    # same with it as with the plain scan over every segment (fanout._meets).
    import random

    from klantreis_desktop.layout import fanout

    rng = random.Random(1)
    items = [_tp(f"t{i}", f"f{i % 6}", f"l{rng.choice([0, 2])}", "word " * rng.randint(1, 9))
             for i in range(60)]
    pairs: set[tuple[int, int]] = set()
    while len(pairs) < 90:
        a, b = rng.sample(range(60), 2)
        pairs.add((a, b))
    flows = [[f"t{a}", f"t{b}"] for a, b in sorted(pairs)]
    indexed, _routes, _ref = _layout(items, flows, phases=6)
    calls = []

    def plain(self, r, a, b):
        found = fanout._meets(self.points, r, a, b)
        calls.append(found)
        return found

    monkeypatch.setattr(fanout._Lines, "meets", plain)
    scanned, _routes, _ref = _layout(items, flows, phases=6)
    assert True in calls and False in calls  # some ends did move, others did not
    assert indexed.flows == scanned.flows


def test_two_arrows_from_one_card_never_meet_end_to_end_in_one_gap() -> None:
    # Found by the property test above: two arrows from one card into the next column,
    # one down to its target and one up to its own, met at the same x in the gap once
    # their corridors were spread apart (2.8 units of one line: they read as one arrow).
    placement = [(2, 0, 1), (0, 0, 1), (0, 0, 1), (0, 0, 1), (0, 2, 1), (0, 0, 1),
                 (0, 0, 1), (2, 2, 1)]
    items = [_tp(f"t{i}", f"f{p}", f"l{lane}", "word " * (size // 5))
             for i, (p, lane, size) in enumerate(placement)]
    layout, routes, _ = _layout(items, [["t4", "t0"], ["t4", "t7"]])
    one, two = routes.values()
    for route in (one, two):
        _check_route(route, layout)
    assert _shared(one, two) < 1e-6, (one, two)


def _tracks_by_scan(cluster):
    """fanout._tracks as it was: each run scans the tracks for the first free one."""
    from klantreis_desktop.layout import fanout

    order = sorted(range(len(cluster)), key=lambda i: (cluster[i].at, cluster[i].low,
                                                       cluster[i].route))
    ends: list[float] = []
    tracks = [0] * len(cluster)
    for i in order:
        run = cluster[i]
        for track, end in enumerate(ends):
            if end < run.low - fanout._EPS:
                ends[track] = run.high
                tracks[i] = track
                break
        else:
            ends.append(run.high)
            tracks[i] = len(ends) - 1
    return tracks


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 30), st.integers(0, 8)),
                min_size=1, max_size=60))
def test_tracks_from_the_tree_are_the_tracks_of_the_scan(spans) -> None:
    # fanout._tracks finds each run's first free track in a tree of the tracks' ends
    # (a tall wall has hundreds of tracks in one gap); it must pick what the scan picked,
    # ends that touch (within _EPS) included.
    from klantreis_desktop.layout import fanout

    cluster = [fanout._Run(route=r, index=1, low=float(low), high=float(low + length),
                           at=float(at) / 3)
               for r, (low, length, at) in enumerate(spans)]
    assert fanout._tracks(cluster) == _tracks_by_scan(cluster)


def test_a_dense_journey_fans_out_the_same_with_the_tree_as_with_the_scan(monkeypatch):
    import random

    from klantreis_desktop.layout import fanout

    rng = random.Random(3)
    items = [_tp(f"t{i}", f"f{i % 4}", "l0", "word " * rng.randint(1, 9)) for i in range(80)]
    pairs: set[tuple[int, int]] = set()
    while len(pairs) < 120:
        a, b = rng.sample(range(80), 2)
        pairs.add((a, b))
    flows = [[f"t{a}", f"t{b}"] for a, b in sorted(pairs)]
    tree, _routes, _ref = _layout(items, flows, phases=4)
    monkeypatch.setattr(fanout, "_tracks", _tracks_by_scan)
    scan, _routes, _ref = _layout(items, flows, phases=4)
    assert tree.flows == scan.flows
