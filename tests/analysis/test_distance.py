"""The edit distance between customer paths (rapidfuzz's Levenshtein) against the textbook
dynamic programme, on random paths of touchpoint codes and of step names.

Before the hand-written bit-parallel version was replaced, rapidfuzz was checked to give
exactly its numbers on random paths (commit "rapidfuzz>=3 as a dependency ..."); the
textbook programme below stays as the reference both were tested on.
"""

from __future__ import annotations

import random
from collections.abc import Hashable, Sequence

from klantreis_desktop.analysis.distance import distance, distances_from, normalised_distance


def levenshtein_dp(a: Sequence[Hashable], b: Sequence[Hashable]) -> int:
    """The textbook dynamic programme: the reference, slow and obviously right."""
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, start=1):
        current = [i]
        for j, y in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1,
                               previous[j - 1] + (x != y)))
        previous = current
    return previous[-1]


def _random_paths(rng: random.Random, count: int, alphabet: int, longest: int
                  ) -> list[tuple[int, ...]]:
    return [tuple(rng.randrange(alphabet) for _ in range(rng.randrange(0, longest)))
            for _ in range(count)]


def test_distance_equals_the_textbook_one_on_random_paths() -> None:
    rng = random.Random(14)
    for alphabet, longest in ((2, 10), (5, 70), (40, 50), (1_000, 80)):
        paths = _random_paths(rng, 60, alphabet, longest)
        for a in paths:
            for b in paths[:20]:
                exact = levenshtein_dp(a, b)
                assert distance(a, b) == exact
                longer = max(len(a), len(b))
                assert normalised_distance(a, b) == (exact / longer if longer else 0.0)


def test_paths_of_step_names_work_too() -> None:
    rng = random.Random(15)
    names = ["Ziet advertentie", "Zoekt online", "Belt", "Boekt", "Betaalt", "Klaagt", "é", ""]
    for _ in range(300):
        a = [rng.choice(names) for _ in range(rng.randrange(0, 30))]
        b = [rng.choice(names) for _ in range(rng.randrange(0, 30))]
        assert distance(a, b) == levenshtein_dp(a, b)


def test_a_row_of_distances_is_every_choice_in_order() -> None:
    rng = random.Random(16)
    paths = _random_paths(rng, 200, 12, 40) + [(), (), (3,)]
    for query in paths[:30] + [()]:
        assert distances_from(query, paths) == [normalised_distance(query, p) for p in paths]
    assert distances_from((1, 2), []) == []


def test_normalised_by_the_longer_path() -> None:
    assert normalised_distance((1, 2, 3), (1, 2, 3)) == 0
    assert normalised_distance((1, 2, 3), (4, 5)) == 1
    assert normalised_distance((1, 2, 3, 4), (1, 3, 4)) == 0.25
    assert normalised_distance((), ()) == 0
    assert normalised_distance((), (7, 7)) == 1
