"""The edit distance between customer paths: rapidfuzz's Levenshtein gives exactly what the
hand-written bit-parallel version gave (that one was checked against the textbook
dynamic programme), on random paths of touchpoint codes and of step names."""

from __future__ import annotations

import random

from rapidfuzz.distance import Levenshtein

from klantreis_desktop.analysis.distance import Pattern, levenshtein_dp


def _random_paths(rng: random.Random, count: int, alphabet: int, longest: int
                  ) -> list[tuple[int, ...]]:
    return [tuple(rng.randrange(alphabet) for _ in range(rng.randrange(0, longest)))
            for _ in range(count)]


def test_rapidfuzz_equals_the_hand_written_distance_on_random_paths() -> None:
    rng = random.Random(14)
    for alphabet, longest in ((2, 10), (5, 70), (40, 50), (1_000, 80)):
        paths = _random_paths(rng, 120, alphabet, longest)
        for a in paths:
            pattern = Pattern(a)
            for b in paths[:40]:
                assert Levenshtein.distance(a, b) == pattern.distance(b)
                assert Levenshtein.normalized_distance(a, b) == pattern.normalised(b)


def test_rapidfuzz_on_step_names_equals_the_textbook_distance() -> None:
    rng = random.Random(15)
    names = ["Ziet advertentie", "Zoekt online", "Belt", "Boekt", "Betaalt", "Klaagt", "é", ""]
    for _ in range(500):
        a = [rng.choice(names) for _ in range(rng.randrange(0, 30))]
        b = [rng.choice(names) for _ in range(rng.randrange(0, 30))]
        assert Levenshtein.distance(a, b) == levenshtein_dp(a, b)
