"""Edit distance between touchpoint sequences, from rapidfuzz (C++).

Sequences are tuples of touchpoint codes (any hashable steps work, names too). The
distance is the Levenshtein distance (insert, delete, substitute a step: cost 1 each),
normalised by the longer length so that it lies in 0…1 and long paths are not "further"
just for being long: rapidfuzz's ``Levenshtein.normalized_distance`` is exactly that with
the default weights. It replaced a hand-written bit-parallel version (Myers/Hyyrö) and
gives the same numbers (tests/analysis/test_distance.py checks both against the textbook
dynamic programme); a 700 × 700 matrix takes about a tenth of the time.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

Path = Sequence[Hashable]


def distance(a: Path, b: Path) -> int:
    """Levenshtein distance: the fewest steps inserted, deleted or replaced."""
    return int(Levenshtein.distance(a, b))


def normalised_distance(a: Path, b: Path) -> float:
    """The distance divided by the longer length: 0 = equal, 1 = nothing in common."""
    return float(Levenshtein.normalized_distance(a, b))


def distances_from(query: Path, choices: Sequence[Path]) -> list[float]:
    """``normalised_distance(query, c)`` for every ``c`` in ``choices``, in their order.

    One call per row of a matrix: rapidfuzz prepares ``query`` once (its bit masks) and
    loops in C++; numpy is not needed (``process.cdist`` would need it).
    """
    row = [0.0] * len(choices)
    for _, score, index in process.extract_iter(query, choices, processor=None,
                                                scorer=Levenshtein.normalized_distance):
        row[index] = score
    return row
