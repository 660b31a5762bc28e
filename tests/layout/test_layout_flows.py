"""Flow arrows: from the source card's edge to the target card's edge, around the cards."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from layout_helpers import journey_spec, make

from klantreis_desktop.layout import FlowRoute, JourneyLayout, Point, Rect, layout_journey

LANES = ("touchpoints", "emotions", "backstage")


def _on_edge(point: Point, rect: Rect, eps: float = 1e-6) -> bool:
    x, y = point
    on_side = (abs(x - rect.x) < eps or abs(x - rect.right) < eps) and (
        rect.y - eps <= y <= rect.bottom + eps)
    on_top = (abs(y - rect.y) < eps or abs(y - rect.bottom) < eps) and (
        rect.x - eps <= x <= rect.right + eps)
    return on_side or on_top


def _crosses(a: Point, b: Point, rect: Rect, eps: float = 0.5) -> bool:
    """Whether the axis-aligned segment a→b passes through the inside of ``rect``."""
    left, right, top, bottom = rect.x + eps, rect.right - eps, rect.y + eps, rect.bottom - eps
    if a[1] == b[1]:
        lo, hi = sorted((a[0], b[0]))
        return top < a[1] < bottom and max(lo, left) < min(hi, right)
    lo, hi = sorted((a[1], b[1]))
    return left < a[0] < right and max(lo, top) < min(hi, bottom)


def _check_route(route: FlowRoute, layout: JourneyLayout) -> None:
    source, target = layout.cards[route.source].rect, layout.cards[route.target].rect
    assert len(route.points) >= 2
    assert _on_edge(route.points[0], source), route
    assert _on_edge(route.points[-1], target), route
    for a, b in zip(route.points, route.points[1:], strict=False):
        assert a[0] == b[0] or a[1] == b[1], f"not orthogonal: {route}"
        for box in layout.cards.values():
            assert not _crosses(a, b, box.rect), f"{route} crosses {box.card}"
    assert all(0 <= x <= layout.width and 0 <= y <= layout.height for x, y in route.points)


def _tp(local: str, phase: str, lane: str = "l0", title: str = "Step") -> dict[str, Any]:
    return {"id": local, "kind": "touchpoint", "phase": phase, "lane": lane, "title": title}


def _layout(items: list[dict[str, Any]], flows: list[list[str]], phases: int = 4):
    doc, journey, ref = make(journey_spec(phases=phases, lanes=LANES, cards=items, flows=flows))
    layout = layout_journey(doc, journey)
    routes = {(r.source, r.target): r for r in layout.flows}
    return layout, routes, ref


def test_next_column_same_height_is_one_straight_arrow() -> None:
    layout, routes, ref = _layout([_tp("a", "f0"), _tp("b", "f1")], [["a", "b"]])
    route = routes[(ref("a"), ref("b"))]
    a, b = layout.cards[ref("a")].rect, layout.cards[ref("b")].rect
    assert route.points == ((a.right, a.center[1]), (b.x, b.center[1]))
    _check_route(route, layout)


def test_next_column_other_row_gets_an_elbow_in_the_gap() -> None:
    layout, routes, ref = _layout([_tp("a", "f0"), _tp("b", "f1", "l2")], [["a", "b"]])
    route = routes[(ref("a"), ref("b"))]
    a, b = layout.cards[ref("a")].rect, layout.cards[ref("b")].rect
    assert route.points[0] == (a.right, a.center[1])
    assert route.points[-1] == (b.x, b.center[1])
    gap = layout.columns[0].body.right
    assert [p[0] for p in route.points[1:-1]] == [gap, gap]
    _check_route(route, layout)


def test_long_jump_runs_above_the_cards_in_between() -> None:
    items = [_tp("a", "f0"), _tp("m", "f1"), _tp("n", "f2"), _tp("b", "f3")]
    layout, routes, ref = _layout(items, [["a", "b"]])
    route = routes[(ref("a"), ref("b"))]
    assert route.points[0][0] == layout.cards[ref("a")].rect.right
    assert route.points[-1][0] == layout.cards[ref("b")].rect.x
    _check_route(route, layout)  # in particular: not through m or n


def test_same_column_neighbours_are_joined_vertically() -> None:
    items = [_tp("a", "f0"), _tp("b", "f0"), _tp("c", "f0", "l2")]
    layout, routes, ref = _layout(items, [["a", "b"], ["b", "c"], ["b", "a"]])
    a, b, c = (layout.cards[ref(n)].rect for n in "abc")
    down, up = routes[(ref("a"), ref("b"))].points, routes[(ref("b"), ref("a"))].points
    assert [p[1] for p in down] == [a.bottom, b.y] and [p[1] for p in up] == [b.y, a.bottom]
    # Both ways on one line would read as one arrow: they run side by side (issue 16).
    assert down[0][0] == down[1][0] and up[0][0] == up[1][0]
    assert down[0][0] != up[0][0]
    assert all(a.x < x < a.right for x in (down[0][0], up[0][0]))
    # b is the last card of its cell and c the first of the row right below it (the
    # emotion row lies between them, so this one goes round on the right).
    route = routes[(ref("b"), ref("c"))]
    assert route.points[0] == (b.right, b.y + 0.75 * b.h)
    assert route.points[-1] == (c.right, c.y + 0.75 * c.h)
    for route in routes.values():
        _check_route(route, layout)


def test_same_column_with_a_card_between_goes_round_it() -> None:
    items = [_tp("a", "f1"), _tp("m", "f1"), _tp("b", "f1")]
    layout, routes, ref = _layout(items, [["a", "b"], ["b", "a"]])
    for key in ((ref("a"), ref("b")), (ref("b"), ref("a"))):
        route = routes[key]
        assert len(route.points) == 4
        assert all(x <= layout.columns[1].body.right for x, _ in route.points)
        _check_route(route, layout)


def test_back_edge_leaves_left_and_enters_right() -> None:
    items = [_tp("a", "f0"), _tp("m", "f1"), _tp("b", "f2")]
    layout, routes, ref = _layout(items, [["b", "a"], ["a", "b"], ["m", "a"]])
    for source, target in (("b", "a"), ("m", "a")):
        route = routes[(ref(source), ref(target))]
        rect = layout.cards[ref(source)].rect
        assert route.points[0] == (rect.x, rect.y + rect.h / 4)
        assert route.points[-1][0] == layout.cards[ref(target)].rect.right
        _check_route(route, layout)
    back, forward = routes[(ref("b"), ref("a"))], routes[(ref("a"), ref("b"))]
    assert set(back.points).isdisjoint(forward.points)  # they do not share corners


def test_flows_to_hidden_cards_are_left_out() -> None:
    spec = journey_spec(phases=2, lanes=LANES, cards=[_tp("a", "f0"), _tp("b", "f1", "l2")],
                        flows=[["a", "b"]])
    spec["journeys"][0]["lanes"][2]["hidden"] = True
    doc, journey, _ = make(spec)
    assert layout_journey(doc, journey).flows == ()


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_every_route_joins_its_cards_without_crossing_any_card(data: st.DataObject) -> None:
    count = data.draw(st.integers(2, 12), label="cards")
    cells = st.tuples(st.integers(0, 3), st.sampled_from([0, 2]), st.integers(1, 80))
    items = [_tp(f"t{i}", f"f{p}", f"l{lane}", "word " * (size // 5))
             for i, (p, lane, size) in enumerate(data.draw(
                 st.lists(cells, min_size=count, max_size=count), label="placement"))]
    pairs = data.draw(st.lists(st.tuples(st.integers(0, count - 1), st.integers(0, count - 1))
                               .filter(lambda p: p[0] != p[1]), max_size=10, unique=True),
                      label="flows")
    layout, routes, _ = _layout(items, [[f"t{a}", f"t{b}"] for a, b in pairs])
    assert len(routes) == len(pairs)
    for route in routes.values():
        _check_route(route, layout)
