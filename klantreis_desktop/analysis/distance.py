"""Edit distance between touchpoint sequences, fast enough for pure Python.

Sequences are tuples of small integers (touchpoint codes). The distance is the
Levenshtein distance (insert, delete, substitute a step: cost 1 each), normalised by the
longer length so that it lies in 0…1 and long paths are not "further" just for being long.

The speed comes from the bit-parallel algorithm of Myers (1999) in Hyyrö's formulation
(2001): one column of the dynamic-programming table is a pair of bit vectors, so a whole
column costs a dozen integer operations instead of a loop. Python's ints are arbitrary
precision, so any length works; callers cap paths at about 50 steps anyway.
"""

from __future__ import annotations

from collections.abc import Sequence


def levenshtein_dp(a: Sequence[int], b: Sequence[int]) -> int:
    """The textbook dynamic programme (kept as the reference the fast version is tested on)."""
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, start=1):
        current = [i]
        for j, y in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1,
                               previous[j - 1] + (x != y)))
        previous = current
    return previous[-1]


class Pattern:
    """One sequence prepared for many distance computations (its match bit masks)."""

    __slots__ = ("length", "masks", "full", "high")

    def __init__(self, sequence: Sequence[int]) -> None:
        self.length = len(sequence)
        masks: dict[int, int] = {}
        for position, code in enumerate(sequence):
            masks[code] = masks.get(code, 0) | (1 << position)
        self.masks = masks
        self.full = (1 << self.length) - 1
        self.high = 1 << (self.length - 1) if self.length else 0

    def distance(self, other: Sequence[int]) -> int:
        """Levenshtein distance between this pattern and ``other``."""
        m = self.length
        if m == 0:
            return len(other)
        masks, full, high = self.masks, self.full, self.high
        vp, vn, score = full, 0, m
        get = masks.get
        for code in other:
            eq = get(code, 0)
            d0 = (((eq & vp) + vp) ^ vp) | eq | vn
            hp = vn | ~(d0 | vp)
            hn = vp & d0
            if hp & high:
                score += 1
            elif hn & high:
                score -= 1
            hp = ((hp << 1) | 1) & full
            hn = (hn << 1) & full
            vp = (hn | ~(d0 | hp)) & full
            vn = hp & d0
        return score

    def normalised(self, other: Sequence[int]) -> float:
        """The distance divided by the longer length: 0 = equal, 1 = nothing in common."""
        longest = max(self.length, len(other))
        return self.distance(other) / longest if longest else 0.0


def normalised_distance(a: Sequence[int], b: Sequence[int]) -> float:
    """Normalised Levenshtein distance between two sequences (0…1)."""
    return Pattern(a).normalised(b)
