"""The route index answers like a loop over every box (and keeps each box once)."""

from __future__ import annotations

import random

from klantreis_desktop.layout.route_index import RouteIndex, cells_of


def _random_boxes(rng: random.Random, count: int) -> list[tuple[int, int, int, int]]:
    boxes = []
    for _ in range(count):
        if rng.random() < 0.5:  # a horizontal run: many columns, one or two rows
            x0 = rng.randrange(0, 8)
            y0 = rng.randrange(0, 40)
            boxes.append((x0, x0 + rng.randrange(0, 8), y0, y0 + rng.randrange(0, 2)))
        else:  # a vertical run: one or two columns, many rows
            x0 = rng.randrange(0, 8)
            y0 = rng.randrange(0, 40)
            boxes.append((x0, x0 + rng.randrange(0, 2), y0, y0 + rng.randrange(0, 30)))
    return boxes


def test_keys_at_a_cell_are_the_keys_whose_boxes_reach_it():
    rng = random.Random(17)
    index = RouteIndex()
    wanted: dict[int, list[tuple[int, int, int, int]]] = {}
    for key in range(300):
        wanted[key] = _random_boxes(rng, rng.randrange(1, 7))
        index.put(key, wanted[key])
    for key in range(0, 300, 3):  # some arrows move, some go
        if key % 2:
            index.remove(key)
            del wanted[key]
        else:
            wanted[key] = _random_boxes(rng, 3)
            index.put(key, wanted[key])
    for x in range(-1, 17):
        for y in range(-1, 72):
            brute = {key for key, boxes in wanted.items() if (x, y) in cells_of(boxes)}
            assert index.keys_at((x, y)) == brute, (x, y)
    every = set().union(*(cells_of(boxes) for boxes in wanted.values()))
    assert index.cells() == every


def test_an_empty_index_and_a_removed_key_reach_nothing():
    index = RouteIndex()
    assert index.cells() == set()
    assert index.keys_at((0, 0)) == set()
    index.put("a", [(0, 3, 0, 0)])
    assert index.keys_at((2, 0)) == {"a"} and "a" in index
    index.remove("a")
    assert index.keys_at((2, 0)) == set() and "a" not in index
    assert index.cells() == set()
