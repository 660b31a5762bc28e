"""Segments: groups of customers whose paths through the touchpoints look alike.

Method (documented here because a workshop will ask "how were these made?"):

1. Every customer's path is cut to its first ``max_length`` (50) steps; identical paths are
   merged and weighted by their number of customers (a log of 100,000 customers has far
   fewer distinct paths).
2. The distance between two paths is the normalised Levenshtein edit distance (steps
   inserted, deleted or replaced, divided by the longer length; see :mod:`.distance`).
3. Weighted k-medoids: a greedy start (PAM's BUILD step: each next medoid is the path that
   lowers the total weighted distance most), then alternating assignment and medoid
   update until nothing changes (Park & Jun 2009). Medoids are real paths, so a segment's
   *typical path* is a path customers actually walked.
4. ``k`` is given, or chosen from ``k_range`` by the highest weighted silhouette.
5. With more distinct paths than ``sample_size`` (the distances come from C++, but the
   matrix and k-medoids are Python lists and grow with the square), the clustering runs
   on a weighted random sample of distinct paths (Efraimidis–Spirakis, seeded, so the
   result is reproducible) and every distinct path is then assigned to its nearest medoid.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from operator import itemgetter, mul
from typing import Any

from klantreis_desktop.analysis.csvformat import ImportCancelled
from klantreis_desktop.analysis.distance import distances_from
from klantreis_desktop.analysis.eventlog import EventLog
from klantreis_desktop.i18n import translate

Sequence_ = tuple[int, ...]
Progress = Callable[[int, int], None]
Cancel = Callable[[], bool] | threading.Event


@dataclass
class Segment:
    """One group of customers and the paths that describe it."""

    index: int
    customers: int
    share: float
    typical_path: tuple[str, ...]  # the medoid: the most central path of the segment
    frequent_path: tuple[str, ...]  # the path most customers of the segment walked
    frequent_customers: int
    distinct_paths: int
    spread: float  # weighted mean distance to the typical path, 0…1

    def to_dict(self) -> dict[str, Any]:
        return {"index": self.index, "customers": self.customers,
                "share": round(self.share, 4), "typical_path": list(self.typical_path),
                "frequent_path": list(self.frequent_path),
                "frequent_customers": self.frequent_customers,
                "distinct_paths": self.distinct_paths, "spread": round(self.spread, 4)}


@dataclass
class Segmentation:
    """The segments of a log, largest first, and how they were found."""

    segments: list[Segment]
    k: int
    silhouette: float | None
    sampled: bool
    distinct_paths: int
    customers: int
    #: Per customer (same order as ``EventLog.customers``) the index of its segment.
    assignment: list[int] = field(default_factory=list, repr=False)

    def to_dict(self) -> dict[str, Any]:
        return {"k": self.k, "silhouette": None if self.silhouette is None
                else round(self.silhouette, 4), "sampled": self.sampled,
                "distinct_paths": self.distinct_paths, "customers": self.customers,
                "method": method_text(), "segments": [s.to_dict() for s in self.segments]}


def method_text() -> str:
    return translate("Analysis", "Weighted k-medoids on the normalised edit distance between "
                                 "touchpoint paths; k by silhouette unless given.")


@dataclass
class Clustering:
    """Low-level result on distinct sequences: labels and the medoid index per cluster."""

    labels: list[int]
    medoids: list[int]
    cost: float
    silhouette: float | None = None


def _stopper(cancel: Cancel | None) -> Callable[[], bool]:
    if cancel is None:
        return lambda: False
    return cancel.is_set if isinstance(cancel, threading.Event) else cancel


def _cancelled() -> ImportCancelled:
    return ImportCancelled(translate("Analysis", "The segmentation was cancelled."))


def distance_matrix(sequences: Sequence[Sequence_], stop: Callable[[], bool] = lambda: False,
                    progress: Progress | None = None) -> list[list[float]]:
    """All pairwise normalised distances (symmetric, zero diagonal)."""
    n = len(sequences)
    rows = [[0.0] * n for _ in range(n)]
    for i in range(n):
        if stop():
            raise _cancelled()
        row = rows[i]
        for j, value in enumerate(distances_from(sequences[i], sequences[:i])):
            row[j] = rows[j][i] = value
        if progress is not None and i % 32 == 0:
            progress(i * i, n * n)
    return rows


def _build(rows: list[list[float]], weights: list[int], k: int) -> list[int]:
    """PAM's greedy BUILD: medoids that each lower the weighted total distance most."""
    n = len(rows)
    first = min(range(n), key=lambda i: (sum(map(mul, weights, rows[i])), i))
    medoids = [first]
    nearest = list(rows[first])
    while len(medoids) < min(k, n):
        best, best_gain = -1, -1.0
        for c in range(n):
            if c in medoids:
                continue
            gain = sum(w * (a - b) for w, a, b in zip(weights, nearest, rows[c], strict=True)
                       if b < a)
            if gain > best_gain:
                best, best_gain = c, gain
        medoids.append(best)
        nearest = list(map(min, nearest, rows[best]))
    return medoids


def _assign(rows: list[list[float]], medoids: list[int]) -> list[int]:
    columns = [rows[m] for m in medoids]
    return [min(range(len(medoids)), key=lambda c: (columns[c][i], c)) for i in range(len(rows))]


def k_medoids(rows: list[list[float]], weights: list[int], k: int,
              start: list[int] | None = None, max_rounds: int = 50) -> Clustering:
    """Weighted alternating k-medoids on a distance matrix."""
    medoids = list(start) if start else _build(rows, weights, k)
    labels = _assign(rows, medoids)
    for _ in range(max_rounds):
        changed = False
        for cluster in range(len(medoids)):
            members = [i for i, label in enumerate(labels) if label == cluster]
            if not members:
                continue
            pick = itemgetter(*members)
            member_weights = pick(weights) if len(members) > 1 else (weights[members[0]],)
            best = min(members, key=lambda i: (_weighted(pick, rows[i], member_weights), i))
            if best != medoids[cluster]:
                medoids[cluster], changed = best, True
        if not changed:
            break
        labels = _assign(rows, medoids)
    cost = sum(w * rows[medoids[label]][i] for i, (w, label) in enumerate(
        zip(weights, labels, strict=True)))
    return Clustering(labels, medoids, cost)


def _weighted(pick: Callable[[list[float]], Any], row: list[float],
              weights: Sequence[int]) -> float:
    values = pick(row)
    if not isinstance(values, tuple):
        values = (values,)
    return sum(map(mul, weights, values))


def silhouette(rows: list[list[float]], weights: list[int], labels: list[int]) -> float:
    """Weighted mean silhouette; a path stands for ``weight`` customers at distance 0."""
    clusters = sorted(set(labels))
    if len(clusters) < 2:
        return 0.0
    members = {c: [i for i, label in enumerate(labels) if label == c] for c in clusters}
    totals = {c: sum(weights[i] for i in members[c]) for c in clusters}
    getters = {c: itemgetter(*members[c]) for c in clusters}
    weight_of = {c: getters[c](weights) if len(members[c]) > 1 else (weights[members[c][0]],)
                 for c in clusters}
    score = 0.0
    for i, row in enumerate(rows):
        own = labels[i]
        sums = {c: _weighted(getters[c], row, weight_of[c]) for c in clusters}
        if totals[own] <= 1:
            continue  # a single customer alone in its cluster scores 0
        a = sums[own] / (totals[own] - 1)
        b = min(sums[c] / totals[c] for c in clusters if c != own)
        top = max(a, b)
        score += weights[i] * ((b - a) / top if top else 0.0)
    return score / max(1, sum(weights))


def cluster(sequences: Sequence[Sequence_], weights: Sequence[int], k: int | None = None,
            k_range: tuple[int, int] = (2, 6), stop: Callable[[], bool] = lambda: False,
            progress: Progress | None = None) -> Clustering:
    """Cluster distinct ``sequences`` (weighted); ``k`` None picks k by silhouette."""
    n = len(sequences)
    w = list(weights)
    rows = distance_matrix(sequences, stop, progress)
    candidates = [k] if k is not None else list(range(k_range[0], k_range[1] + 1))
    candidates = sorted({max(1, min(c, n)) for c in candidates})
    start = _build(rows, w, max(candidates))  # greedy prefixes serve every smaller k
    best: Clustering | None = None
    for count in candidates:
        if stop():
            raise _cancelled()
        found = k_medoids(rows, w, count, start[:count])
        found.silhouette = silhouette(rows, w, found.labels) if count > 1 else None
        if best is None or (found.silhouette or 0.0) > (best.silhouette or 0.0) + 1e-9:
            best = found
    assert best is not None
    return best


def _sample(items: list[Sequence_], weights: list[int], size: int,
            seed: int) -> list[int]:
    """Indexes of a weighted random sample without replacement (Efraimidis–Spirakis)."""
    rng = random.Random(seed)
    keys = [(rng.random() ** (1.0 / w), -i) for i, w in enumerate(weights)]
    chosen = sorted(range(len(items)), key=lambda i: keys[i], reverse=True)[:size]
    return sorted(chosen)


def segment_customers(log: EventLog, k: int | None = None, k_range: tuple[int, int] = (2, 6),
                      max_length: int = 50, sample_size: int = 700, seed: int = 1,
                      progress: Progress | None = None,
                      cancel: Cancel | None = None) -> Segmentation:
    """Cluster the customers of ``log`` by their touchpoint paths (see the module doc)."""
    stop = _stopper(cancel)
    counts: dict[Sequence_, int] = {}
    keys = [seq[:max_length] for seq in log.sequences]
    for key in keys:
        counts[key] = counts.get(key, 0) + 1
    distinct = sorted(counts, key=lambda s: (-counts[s], s))
    weights = [counts[s] for s in distinct]
    chosen = list(range(len(distinct)))
    sampled = len(distinct) > sample_size
    if sampled:
        chosen = _sample(distinct, weights, sample_size, seed)
    sample = [distinct[i] for i in chosen]
    # One progress scale for both stages: matrix cells, then paths × medoids to compare.
    cells = len(sample) * len(sample)
    total = cells + (len(distinct) * 4 if sampled else 0)

    def matrix_progress(done: int, _: int) -> None:
        if progress is not None:
            progress(done, total)

    def label_progress(done: int, _: int) -> None:
        if progress is not None:
            progress(cells + done * 4, total)

    found = cluster(sample, [weights[i] for i in chosen], k, k_range, stop, matrix_progress)
    medoids = [sample[m] for m in found.medoids]
    labels = (_label_all(distinct, medoids, stop, label_progress) if sampled
              else found.labels)
    if progress is not None:
        progress(total, total)
    segments, order = _describe(log, distinct, weights, labels, medoids)
    index_of = {s: i for i, s in enumerate(distinct)}
    assignment = [order[labels[index_of[key]]] for key in keys]
    return Segmentation(segments, len(medoids), found.silhouette, sampled, len(distinct),
                        len(log.sequences), assignment)


def _label_all(distinct: list[Sequence_], medoids: list[Sequence_], stop: Callable[[], bool],
               progress: Progress | None) -> list[int]:
    labels: list[int] = []
    for start in range(0, len(distinct), 512):
        if stop():
            raise _cancelled()
        if progress is not None:
            progress(start, len(distinct))
        block = distinct[start:start + 512]
        columns = [distances_from(medoid, block) for medoid in medoids]
        labels.extend(min(range(len(medoids)), key=lambda c: (columns[c][i], c))
                      for i in range(len(block)))
    return labels


def _describe(log: EventLog, distinct: list[Sequence_], weights: list[int], labels: list[int],
              medoids: list[Sequence_]) -> tuple[list[Segment], dict[int, int]]:
    """Segments largest first, and the map from cluster label to segment index."""
    total = max(1, len(log.sequences))
    names = log.touchpoints
    groups: dict[int, list[int]] = {}
    for i, label in enumerate(labels):
        groups.setdefault(label, []).append(i)
    ranked = sorted(groups, key=lambda c: (-sum(weights[i] for i in groups[c]), c))
    segments: list[Segment] = []
    for number, label in enumerate(ranked):
        members = groups[label]
        size = sum(weights[i] for i in members)
        top = min(members, key=lambda i: (-weights[i], i))
        gaps = distances_from(medoids[label], [distinct[i] for i in members])
        spread = sum(weights[i] * gap for i, gap in zip(members, gaps, strict=True)) / size
        segments.append(Segment(number, size, size / total,
                                tuple(names[c] for c in medoids[label]),
                                tuple(names[c] for c in distinct[top]), weights[top],
                                len(members), spread))
    return segments, {label: number for number, label in enumerate(ranked)}
