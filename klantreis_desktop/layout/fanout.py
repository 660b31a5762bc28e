"""Fan out flow arrows that would share a line, so each source → target can be followed.

:func:`~klantreis_desktop.layout.flows.route_flow` routes every arrow on its own: two
arrows through the same column gap take the same x, two long jumps from one row the same
corridor y, and two arrows into one card side end on the same point. Drawn, they merge
into one line and nobody can tell which card leads where. This pass, run once over all
routes of a journey, gives every arrow that overlaps another its own track:

- interior vertical runs in one column gap are spread across the gap's free width;
- interior horizontal runs in one row's top corridor are spread across the corridor;
- several arrows leaving (or entering) one side of a card start (or end) at different
  heights along that side.

An arrow that overlaps nothing keeps the route it had, and every route stays orthogonal,
inside the free corridors and off the cards (moves are bounded by the cell padding).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from klantreis_desktop.layout.geometry import CardBox, Column, FlowRoute, Point, Row

_EPS = 1e-6
#: Share of a corridor kept clear next to a card (tracks never touch a card's edge).
_EDGE = 0.18
#: How far apart the ends of arrows on one card side may be spread (share of its height).
_END_SPREAD = 0.36


@dataclass
class _Run:
    """An interior segment of one route: route index, index of its first point, its span
    along the run, and the coordinate across it."""

    route: int
    index: int
    low: float
    high: float
    at: float


def fan_out(routes: Sequence[FlowRoute], boxes: dict[str, CardBox],
            columns: Sequence[Column], rows: Sequence[Row],
            padding: float) -> tuple[FlowRoute, ...]:
    """``routes`` with shared lines moved apart (see the module docstring)."""
    points = [list(route.points) for route in routes]
    if len(points) < 2 or padding <= 0:
        return tuple(routes)
    _spread_ends(points, routes, boxes)
    _separate_ends(points, routes, boxes)
    _spread_runs(points, vertical=True, bands=_gap_bands(columns, padding))
    _spread_runs(points, vertical=False, bands=_corridor_bands(rows, padding))
    return tuple(FlowRoute(route.source, route.target, tuple(found))
                 for route, found in zip(routes, points, strict=True))


def _gap_bands(columns: Sequence[Column], padding: float) -> list[tuple[float, float]]:
    """The free x range of every column gap (between two columns' cards)."""
    if not columns:
        return []
    bounds = [columns[0].body.x] + [c.body.right for c in columns]
    bands = []
    for i, x in enumerate(bounds):
        left = x - padding if i > 0 else x
        right = x + padding if i < len(bounds) - 1 else x
        margin = padding * _EDGE
        bands.append((left + (margin if i > 0 else padding * 0.1),
                      right - (margin if i < len(bounds) - 1 else padding * 0.1)))
    return bands


def _corridor_bands(rows: Sequence[Row], padding: float) -> list[tuple[float, float]]:
    """The free y range at the top of every row (above its first cards)."""
    return [(r.body.y + padding * 0.12, r.body.y + padding * (1 - _EDGE)) for r in rows]


def _band_of(value: float, bands: list[tuple[float, float]]) -> int | None:
    for index, (low, high) in enumerate(bands):
        if low - _EPS <= value <= high + _EPS:
            return index
    return None


def _spread_runs(points: list[list[Point]], vertical: bool,
                 bands: list[tuple[float, float]]) -> None:
    """Give overlapping interior runs in one band their own coordinate across it."""
    across, along = (0, 1) if vertical else (1, 0)
    by_band: dict[int, list[_Run]] = {}
    for r, route in enumerate(points):
        for i in range(1, len(route) - 2):
            a, b = route[i], route[i + 1]
            if abs(a[across] - b[across]) > _EPS or abs(a[along] - b[along]) < _EPS:
                continue
            band = _band_of(a[across], bands)
            if band is not None:
                low, high = sorted((a[along], b[along]))
                by_band.setdefault(band, []).append(_Run(r, i, low, high, a[across]))
    for band, runs in by_band.items():
        for cluster in _clusters(runs):
            if len(cluster) < 2:
                continue
            tracks = _tracks(cluster)
            count = max(tracks) + 1
            if count < 2:
                continue
            low, high = bands[band]
            centre = min(max(sum(run.at for run in cluster) / len(cluster), low), high)
            step = min((high - low) / (count - 1), max((high - low) / 3, 1.0))
            start = min(max(centre - step * (count - 1) / 2, low), high - step * (count - 1))
            for run, track in zip(cluster, tracks, strict=True):
                value = start + track * step
                for j in (run.index, run.index + 1):
                    x, y = points[run.route][j]
                    points[run.route][j] = (value, y) if vertical else (x, value)


def _clusters(runs: list[_Run]) -> list[list[_Run]]:
    """Groups of runs that overlap or meet end to end along their direction (each alone
    when apart). Runs that only meet are grouped too: on one line they read as one arrow,
    and spreading the corridors afterwards can turn the meeting into an overlap."""
    runs = sorted(runs, key=lambda run: (run.low, run.high, run.at, run.route))
    clusters: list[list[_Run]] = []
    reach = float("-inf")
    for run in runs:
        if clusters and run.low <= reach + _EPS:
            clusters[-1].append(run)
            reach = max(reach, run.high)
        else:
            clusters.append([run])
            reach = run.high
    return clusters


def _tracks(cluster: list[_Run]) -> list[int]:
    """A track per run so that runs on one track never overlap (fewest tracks, greedy in
    order of the runs' own positions, so that the tracks keep their left-right order).

    Each run takes the first track whose last run ended before it starts. A tall wall
    has hundreds of tracks in one gap, so that first track is found in a tree of the
    tracks' earliest ends (log of the tracks per run, not a scan of them)."""
    order = sorted(range(len(cluster)), key=lambda i: (cluster[i].at, cluster[i].low,
                                                       cluster[i].route))
    free = _FirstBelow(len(cluster))
    used = 0
    tracks = [0] * len(cluster)
    for i in order:
        run = cluster[i]
        track = free.first_below(run.low - _EPS, used)
        if track is None:
            track = used
            used += 1
        free.set(track, run.high)
        tracks[i] = track
    return tracks


class _FirstBelow:
    """Values in slots 0..n-1: the first slot (below a limit) whose value is below a
    bound, from a tree of minima."""

    def __init__(self, count: int) -> None:
        size = 1
        while size < max(count, 1):
            size *= 2
        self.size = size
        self.low = [math.inf] * (2 * size)

    def set(self, slot: int, value: float) -> None:
        node = slot + self.size
        self.low[node] = value
        node //= 2
        while node:
            self.low[node] = min(self.low[2 * node], self.low[2 * node + 1])
            node //= 2

    def first_below(self, bound: float, limit: int) -> int | None:
        """The lowest slot under ``limit`` whose value is below ``bound``."""
        low, size = self.low, self.size
        if not low[1] < bound:
            return None
        node = 1
        while node < size:
            node = 2 * node if low[2 * node] < bound else 2 * node + 1
        slot = node - size
        return slot if slot < limit else None


def _spread_ends(points: list[list[Point]], routes: Sequence[FlowRoute],
                 boxes: dict[str, CardBox]) -> None:
    """Arrows that start (or end) on the same point of a card side get their own heights.

    An end moves when its segment is horizontal and the next run vertical (the run keeps
    its x, the end slides along the side); a straight two-point arrow keeps its place and
    the others are spread around it. Two arrows joining stacked neighbours both ways
    (one vertical line) are set side by side.
    """
    groups: dict[tuple[str, float, float], list[tuple[int, int, int]]] = {}
    for r, route in enumerate(routes):
        found = points[r]
        for end, next_ in ((0, 1), (len(found) - 1, len(found) - 2)):
            a, b = found[end], found[next_]
            if abs(a[1] - b[1]) > _EPS or abs(a[0] - b[0]) < _EPS:
                continue  # a vertical end (stacked cards): see _part_pairs
            card = route.source if end == 0 else route.target
            groups.setdefault((card, round(a[0], 6), round(a[1], 6)), []).append(
                (r, end, next_))
    for (card, _x, y), members in groups.items():
        box = boxes.get(card)
        movable = [m for m in members if len(points[m[0]]) >= 3]
        if len(members) < 2 or not movable or box is None:
            continue
        fixed = len(members) - len(movable)
        # Ordered by where the other end goes, so the spread arrows do not cross here.
        movable.sort(key=lambda m: (points[m[0]][0 if m[1] else -1][1], m[0]))
        slots = len(movable) + (1 if fixed else 0)
        height = box.rect.h * _END_SPREAD
        step = height / (slots - 1)
        top = min(max(y - height / 2, box.rect.y + box.rect.h * 0.12),
                  box.rect.bottom - box.rect.h * 0.12 - height)
        levels = [top + k * step for k in range(slots)]
        if fixed:
            levels.remove(min(levels, key=lambda level: abs(level - y)))
        for value, (r, end, next_) in zip(levels, movable, strict=True):
            (x0, _y0), (x1, _y1) = points[r][end], points[r][next_]
            points[r][end] = (x0, value)
            points[r][next_] = (x1, value)
    _part_pairs(points, routes, boxes)


def _part_pairs(points: list[list[Point]], routes: Sequence[FlowRoute],
                boxes: dict[str, CardBox]) -> None:
    """Two straight vertical arrows on one line (a → b and b → a between stacked
    neighbours) move a little apart, each to its own side of the cards' centre."""
    seen: dict[tuple[Point, Point], int] = {}
    for r, found in enumerate(points):
        if len(found) != 2 or abs(found[0][0] - found[1][0]) > _EPS:
            continue
        key = (found[0], found[1]) if found[0] < found[1] else (found[1], found[0])
        other = seen.get(key)
        if other is None:
            seen[key] = r
            continue
        box = boxes.get(routes[r].source)
        shift = box.rect.w * 0.12 if box is not None else 6.0
        for index, sign in ((other, -1.0), (r, 1.0)):
            points[index] = [(x + sign * shift, y) for x, y in points[index]]


def _end_segments(points: list[list[Point]]) -> list[tuple[int, int, int]]:
    """(route, end index, next index) of every movable end: a horizontal end segment
    followed by a vertical run."""
    found = []
    for r, route in enumerate(points):
        if len(route) < 3:
            continue
        for end, next_ in ((0, 1), (len(route) - 1, len(route) - 2)):
            a, b = route[end], route[next_]
            if abs(a[1] - b[1]) < _EPS and abs(a[0] - b[0]) > _EPS:
                found.append((r, end, next_))
    return found


def _meets(points: list[list[Point]], r: int, a: Point, b: Point) -> bool:
    """Whether the horizontal segment a-b lies on (or touches) a horizontal segment of
    another route: before the runs are spread, touching ends share the run after them.

    The plain scan over every segment; :class:`_Lines` answers the same faster."""
    low, high = sorted((a[0], b[0]))
    for other, route in enumerate(points):
        if other == r:
            continue
        for p, q in zip(route, route[1:], strict=False):
            if abs(p[1] - q[1]) < _EPS and abs(p[1] - a[1]) < _EPS:
                lo, hi = sorted((p[0], q[0]))
                if lo <= high + _EPS and low <= hi + _EPS:
                    return True
    return False


class _Lines:
    """The horizontal segments of every route by the y they run at (one-unit buckets),
    so that :meth:`meets` looks only at the segments on its own line.

    :func:`_meets` scans all segments of all routes for every end: with 500 arrows that
    was 1 s per layout, and the poster lays a journey out ~50 times to fit its sheet. The
    answer is the same: a segment within ``_EPS`` of ``y`` lies in the bucket of
    ``y - _EPS`` or of ``y + _EPS``, and the same test then decides.
    """

    def __init__(self, points: list[list[Point]]) -> None:
        self.points = points
        self.buckets: dict[int, set[tuple[int, int]]] = {}
        #: Per route, the (bucket, segment) entries it added (so a move removes just them).
        self.keys: list[list[tuple[int, int]]] = [[] for _ in points]
        for r in range(len(points)):
            self._add(r)

    def _add(self, r: int) -> None:
        route = self.points[r]
        for i in range(len(route) - 1):
            p, q = route[i], route[i + 1]
            if abs(p[1] - q[1]) < _EPS:
                key = math.floor(p[1])
                self.buckets.setdefault(key, set()).add((r, i))
                self.keys[r].append((key, i))

    def moved(self, r: int) -> None:
        """Route ``r``'s points changed: index its segments again."""
        for key, i in self.keys[r]:
            self.buckets[key].discard((r, i))
        self.keys[r] = []
        self._add(r)

    def meets(self, r: int, a: Point, b: Point) -> bool:
        """:func:`_meets`, from the index."""
        y = a[1]
        if not math.isfinite(y):
            return _meets(self.points, r, a, b)
        low, high = sorted((a[0], b[0]))
        for key in {math.floor(y - _EPS), math.floor(y + _EPS)}:
            for other, i in self.buckets.get(key, ()):
                if other == r:
                    continue
                p, q = self.points[other][i], self.points[other][i + 1]
                if abs(p[1] - y) < _EPS:
                    lo, hi = sorted((p[0], q[0]))
                    if lo <= high + _EPS and low <= hi + _EPS:
                        return True
        return False


def _separate_ends(points: list[list[Point]], routes: Sequence[FlowRoute],
                   boxes: dict[str, CardBox]) -> None:
    """An end that runs on the same horizontal line as another arrow (cards of two
    columns side by side, arrows crossing between them) moves up or down its side."""
    lines = _Lines(points)
    for r, end, next_ in _end_segments(points):
        route = points[r]
        if not lines.meets(r, route[end], route[next_]):
            continue
        box = boxes.get(routes[r].source if end == 0 else routes[r].target)
        if box is None:
            continue
        y, step = route[end][1], box.rect.h * 0.14
        for k in (1, -1, 2, -2, 3, -3):
            value = y + k * step
            if not box.rect.y + box.rect.h * 0.1 <= value <= box.rect.bottom - box.rect.h * 0.1:
                continue
            a, b = (route[end][0], value), (route[next_][0], value)
            if not lines.meets(r, a, b):
                route[end], route[next_] = a, b
                lines.moved(r)
                break
