"""Orthogonal routes for flow arrows between touchpoint cards.

Routes keep to the free corridors of the grid: the gap between columns (each column's
cell padding on both sides of the border) and the band just below a row's top border,
where no card ever sits. Cards stretch to their column's inner width, so these corridors
are free in every row. The rules, by where the target is:

- next column: out of the source's right side, into the target's left side; straight
  when the cards overlap in height, else with an elbow in the column gap;
- further right: the same, but the long horizontal part runs along the source row's top
  corridor, above the cards in between;
- same column, direct neighbours in the stack: a straight vertical line;
- same column otherwise: a bracket through the column's own right padding (attached
  at the lower quarter of both cards);
- to the left (a back edge): out of the source's left side, along the top corridor and
  into the target's right side (attached at the upper quarter of both cards).
"""

from __future__ import annotations

from dataclasses import replace

from klantreis_desktop.layout.geometry import (
    CardBox,
    Column,
    FlowRoute,
    JourneyLayout,
    Point,
    Rect,
    Row,
)
from klantreis_desktop.layout.hits import cell_at
from klantreis_desktop.layout.layout_options import LayoutOptions

#: Where on a card's side each kind of route attaches (fraction of the card's height), so
#: an arrow arriving at a side never lies on top of one leaving it: forward routes use
#: the middle, back edges the upper quarter, same-column brackets the lower quarter.
FORWARD_LEVEL = 0.5
BACK_LEVEL = 0.25
BRACKET_LEVEL = 0.75


def _level(rect: Rect, fraction: float) -> float:
    return rect.y + rect.h * fraction


def route_flow(source: CardBox, target: CardBox, columns: dict[str, Column],
               rows: dict[str, Row], padding: float, stacked: bool) -> tuple[Point, ...]:
    """The polyline from ``source``'s edge to ``target``'s edge.

    ``stacked`` says the two cards are direct neighbours in one column (nothing between
    them), so a straight vertical line is free.
    """
    s, t = source.rect, target.rect
    src_col, dst_col = columns[source.phase], columns[target.phase]
    if src_col.index == dst_col.index:
        if stacked:
            if t.y >= s.bottom:
                return _clean([(s.center[0], s.bottom), (t.center[0], t.y)])
            return _clean([(s.center[0], s.y), (t.center[0], t.bottom)])
        x = src_col.body.right - padding / 2
        sy, ty = _level(s, BRACKET_LEVEL), _level(t, BRACKET_LEVEL)
        return _clean([(s.right, sy), (x, sy), (x, ty), (t.right, ty)])
    sy, ty = _level(s, FORWARD_LEVEL), _level(t, FORWARD_LEVEL)
    corridor = rows[source.lane].body.y
    if dst_col.index > src_col.index:
        gap_out = src_col.body.right
        if dst_col.index == src_col.index + 1:
            level = _shared_level(source, target)
            if level is not None:  # side by side: one straight arrow
                return _clean([(s.right, level), (t.x, level)])
            return _clean([(s.right, sy), (gap_out, sy), (gap_out, ty), (t.x, ty)])
        y = corridor + padding / 3
        gap_in = dst_col.body.x
        return _clean([(s.right, sy), (gap_out, sy), (gap_out, y), (gap_in, y),
                       (gap_in, ty), (t.x, ty)])
    # A back edge: offset from forward routes so the two kinds do not share lines.
    sy, ty = _level(s, BACK_LEVEL), _level(t, BACK_LEVEL)
    y = corridor + 2 * padding / 3
    gap_out = src_col.body.x + padding / 3
    gap_in = dst_col.body.right - padding / 3
    return _clean([(s.x, sy), (gap_out, sy), (gap_out, y), (gap_in, y), (gap_in, ty),
                   (t.right, ty)])


def attached_flows(layout: JourneyLayout, cards: set[str]) -> list[tuple[str, str]]:
    """The flows (source, target) with an end on one of ``cards``."""
    return [(f.source, f.target) for f in layout.flows if f.source in cards
            or f.target in cards]


def follow_routes(layout: JourneyLayout, moved: dict[str, Rect],
                  flows: list[tuple[str, str]]) -> list[FlowRoute]:
    """Routes of ``flows`` while the cards in ``moved`` are dragged to those rects.

    A dragged card counts as standing in the cell under its centre (or its own cell when
    it is off the grid), so its arrows keep to the grid's corridors as it goes; this is
    a preview (the drop lands by the pointer and lays everything out for real, so a
    stacked neighbour's arrow, say, may then take a shorter way).
    """
    options = layout.extras.get("options")
    if not isinstance(options, LayoutOptions):
        options = LayoutOptions()
    padding = options.cell_padding
    columns = {c.phase: c for c in layout.columns}
    rows = {r.lane: r for r in layout.rows}

    def box(card: str) -> CardBox:
        home = layout.cards[card]
        rect = moved.get(card)
        if rect is None:
            return home
        cell = cell_at(layout, *rect.center) or (home.phase, home.lane)
        return replace(home, phase=cell[0], lane=cell[1], rect=rect)

    routes = []
    for source, target in flows:
        if source in layout.cards and target in layout.cards:
            points = route_flow(box(source), box(target), columns, rows, padding, False)
            routes.append(FlowRoute(source, target, points))
    return routes


def _shared_level(source: CardBox, target: CardBox) -> float | None:
    """A y where a horizontal line meets both cards well inside, if there is one.

    Cards of different heights side by side then get a straight arrow instead of a tiny
    jog between their centres.
    """
    s, t = source.rect, target.rect
    margin = min(s.h, t.h) / 4
    for level in (s.center[1], t.center[1]):
        if s.y + margin <= level <= s.bottom - margin and t.y + margin <= level <= (
                t.bottom - margin):
            return level
    return None


def _clean(points: list[Point]) -> tuple[Point, ...]:
    """Drop repeated points and middle points of straight runs (so arrows stay simple)."""
    kept: list[Point] = []
    for point in points:
        if kept and _close(kept[-1], point):
            continue
        if len(kept) >= 2 and _collinear(kept[-2], kept[-1], point):
            kept[-1] = point
            continue
        kept.append(point)
    if len(kept) == 1:  # touching cards: keep a zero-length route with both ends
        kept.append(kept[0])
    return tuple(kept)


def _close(a: Point, b: Point) -> bool:
    return abs(a[0] - b[0]) < 1e-9 and abs(a[1] - b[1]) < 1e-9


def _collinear(a: Point, b: Point, c: Point) -> bool:
    """Whether b lies on the straight run a → c (same axis, no turning back)."""
    if abs(a[0] - b[0]) < 1e-9 and abs(b[0] - c[0]) < 1e-9:
        return (b[1] - a[1]) * (c[1] - b[1]) >= 0
    if abs(a[1] - b[1]) < 1e-9 and abs(b[1] - c[1]) < 1e-9:
        return (b[0] - a[0]) * (c[0] - b[0]) >= 0
    return False
