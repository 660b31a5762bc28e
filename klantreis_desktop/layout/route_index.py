"""Which arrows cross which square of a fixed grid, with every route kept once.

The canvas draws arrows on square tiles (``ui/canvas/flow_items.py``). Cutting every
arrow into one piece per tile it crosses costs arrows × tiles crossed, and on a tall
wall (stacks of hundreds of cards, arrows thousands of units long) that grows as the
cards squared. Here each straight part of a route is kept once, as a box in grid units
(first and last column, first and last row), listed under the few columns it spans:
routes run between cells, so a part that spans many columns is horizontal and the
columns are as many as the map is wide, not as tall. A column answers "which boxes
reach row ``ty``" with an interval tree made when it is first asked after a change.

Boxes are in *grid* units, not scene units: the caller turns a scene box into the
columns and rows it reaches, so this module decides nothing about padding or edges.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Hashable, Iterable, Iterator
from typing import Generic, TypeVar

#: A box in grid units: first column, last column, first row, last row (inclusive).
GridBox = tuple[int, int, int, int]
Cell = tuple[int, int]
K = TypeVar("K", bound=Hashable)


class _Column(Generic[K]):
    """The row intervals of the boxes in one column, for stabbing queries.

    Sorted by first row, with a tree of the largest last row per subtree: asking for a
    row visits O(log n + found) entries. Rebuilt lazily after a change.
    """

    def __init__(self) -> None:
        self.entries: dict[tuple[K, int], tuple[int, int]] = {}
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._keys: list[K] = []
        self._tree: list[int] = []
        self._size = 0
        self._dirty = False

    def add(self, key: K, part: int, rows: tuple[int, int]) -> None:
        self.entries[(key, part)] = rows
        self._dirty = True

    def remove(self, key: K, part: int) -> None:
        del self.entries[(key, part)]
        self._dirty = True

    def _build(self) -> None:
        ordered = sorted(((rows[0], rows[1], key) for (key, _part), rows in
                          self.entries.items()), key=lambda entry: entry[0])
        self._starts = [entry[0] for entry in ordered]
        self._ends = [entry[1] for entry in ordered]
        self._keys = [entry[2] for entry in ordered]
        size = 1
        while size < len(ordered):
            size *= 2
        tree = [-1] * (2 * size)
        tree[size:size + len(ordered)] = self._ends
        for node in range(size - 1, 0, -1):
            tree[node] = max(tree[2 * node], tree[2 * node + 1])
        self._tree, self._size, self._dirty = tree, size, False

    def keys_at(self, row: int) -> Iterator[K]:
        """Keys of the boxes whose rows include ``row`` (a key once per box)."""
        if self._dirty:
            self._build()
        last = bisect_right(self._starts, row)  # boxes starting at or above the row
        if not last:
            return
        tree, size, keys = self._tree, self._size, self._keys
        stack = [(1, 0, size)]
        while stack:
            node, low, high = stack.pop()
            if low >= last or tree[node] < row:
                continue
            if node >= size:
                yield keys[node - size]
                continue
            middle = (low + high) // 2
            stack.append((2 * node + 1, middle, high))
            stack.append((2 * node, low, middle))

    def rows(self) -> Iterator[int]:
        """Every row some box of this column reaches (merged intervals, each row once)."""
        end = None
        for start, stop in sorted(self.entries.values()):
            if end is None or start > end:
                yield from range(start, stop + 1)
                end = stop
            elif stop > end:
                yield from range(end + 1, stop + 1)
                end = stop


class RouteIndex(Generic[K]):
    """Grid boxes per key (an arrow), each kept once; asks which keys reach a cell."""

    def __init__(self) -> None:
        self._boxes: dict[K, tuple[GridBox, ...]] = {}
        self._columns: dict[int, _Column[K]] = {}

    def __contains__(self, key: K) -> bool:
        return key in self._boxes

    def boxes(self, key: K) -> tuple[GridBox, ...]:
        return self._boxes.get(key, ())

    def put(self, key: K, boxes: Iterable[GridBox]) -> None:
        """Key ``key`` now reaches ``boxes`` (replacing what it reached before)."""
        self.remove(key)
        kept = tuple(boxes)
        self._boxes[key] = kept
        for part, (first, last, top, bottom) in enumerate(kept):
            for column in range(first, last + 1):
                found = self._columns.get(column)
                if found is None:
                    found = self._columns[column] = _Column[K]()
                found.add(key, part, (top, bottom))

    def remove(self, key: K) -> None:
        for part, (first, last, _top, _bottom) in enumerate(self._boxes.pop(key, ())):
            for column in range(first, last + 1):
                self._columns[column].remove(key, part)

    def keys_at(self, cell: Cell) -> set[K]:
        """The keys with a box that reaches ``cell`` (column, row)."""
        column = self._columns.get(cell[0])
        return set(column.keys_at(cell[1])) if column is not None else set()

    def cells(self) -> set[Cell]:
        """Every cell some box reaches: as many steps as cells, not as box-cells."""
        return {(x, y) for x, column in self._columns.items() for y in column.rows()}


def cells_of(boxes: Iterable[GridBox]) -> set[Cell]:
    """The cells a few boxes reach (one arrow's, to repaint what it changed)."""
    return {(x, y) for first, last, top, bottom in boxes
            for x in range(first, last + 1) for y in range(top, bottom + 1)}
