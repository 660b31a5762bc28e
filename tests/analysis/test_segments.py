"""Edit distance and k-medoids segmentation recover planted path families."""

from __future__ import annotations

import threading
from collections import Counter
from pathlib import Path

import pytest

from klantreis_desktop.analysis.csvformat import ImportCancelled
from klantreis_desktop.analysis.distance import normalised_distance
from klantreis_desktop.analysis.eventlog import EventLog, read_event_log
from klantreis_desktop.analysis.segments import cluster, segment_customers
from tests.support.synthetic import family_events, write_csv

FAMILIES = [
    ["Ad", "Search", "Compare", "Reviews", "Book online", "Confirm", "Visit", "Pay", "Survey"],
    ["Tip", "Call", "Book by phone", "Confirm", "Visit", "Pay"],
    ["Newsletter", "App", "Chat", "Cancel", "Complaint", "Refund"],
]


def test_normalised_distance() -> None:
    assert normalised_distance((1, 2, 3), (1, 2, 3)) == 0
    assert normalised_distance((1, 2, 3), (4, 5)) == 1
    assert normalised_distance((1, 2, 3, 4), (1, 3, 4)) == 0.25
    assert normalised_distance((), ()) == 0


def _planted(tmp_path: Path, customers: int = 1_200, noise: float = 0.15
             ) -> tuple[EventLog, dict[str, int]]:
    events, truth = family_events(FAMILIES, customers, seed=11, weights=[0.5, 0.3, 0.2],
                                  noise=noise)
    path = tmp_path / "families.csv"
    write_csv(path, events, phases=False)
    return read_event_log(path), truth


def _purity(log: EventLog, truth: dict[str, int], assignment: list[int]) -> float:
    pairs = Counter((truth[c], assignment[i]) for i, c in enumerate(log.customers))
    best: dict[int, int] = {}
    for (_, segment), n in pairs.items():
        best[segment] = max(best.get(segment, 0), n)
    return sum(best.values()) / len(log.customers)


def test_segmentation_recovers_three_planted_families(tmp_path: Path) -> None:
    log, truth = _planted(tmp_path)
    result = segment_customers(log)  # k chosen by silhouette
    assert result.k == 3
    assert _purity(log, truth, result.assignment) > 0.97
    assert [list(s.typical_path) for s in result.segments] == FAMILIES
    assert [s.frequent_path for s in result.segments] == [tuple(f) for f in FAMILIES]
    sizes = [s.share for s in result.segments]
    assert sizes == sorted(sizes, reverse=True)
    assert sum(s.customers for s in result.segments) == len(log.customers)
    assert result.silhouette is not None and result.silhouette > 0.5


def test_sampling_gives_the_same_segments(tmp_path: Path) -> None:
    log, truth = _planted(tmp_path, customers=2_000, noise=0.2)
    result = segment_customers(log, k=3, sample_size=120, seed=3)
    assert result.sampled and result.distinct_paths > 120
    assert _purity(log, truth, result.assignment) > 0.95
    assert sorted(s.typical_path[0] for s in result.segments) == ["Ad", "Newsletter", "Tip"]


def test_fixed_k_and_to_dict(tmp_path: Path) -> None:
    log, _ = _planted(tmp_path, customers=400)
    result = segment_customers(log, k=2)
    assert result.k == 2 and len(result.segments) == 2
    data = result.to_dict()
    assert data["segments"][0]["customers"] + data["segments"][1]["customers"] == 400
    assert "k-medoids" in data["method"]


def test_clustering_on_plain_sequences_is_weighted() -> None:
    sequences = [(1, 2, 3), (1, 2, 4), (7, 8, 9), (7, 8)]
    found = cluster(sequences, [10, 1, 5, 1], k=2)
    assert found.labels[0] == found.labels[1] != found.labels[2] == found.labels[3]
    assert sorted(found.medoids) == [0, 2]  # the heavy paths are the typical ones


def test_fewer_paths_than_k(tmp_path: Path) -> None:
    text = "klant;tijdstip;stap\na;1-1-2024 10:00;X\nb;1-1-2024 10:00;X\n"
    (tmp_path / "one.csv").write_text(text, encoding="utf-8")
    result = segment_customers(read_event_log(tmp_path / "one.csv"), k=4)
    assert result.k == 1 and result.segments[0].customers == 2


def test_cancel_stops_the_segmentation(tmp_path: Path) -> None:
    log, _ = _planted(tmp_path, customers=300)
    flag = threading.Event()
    flag.set()
    with pytest.raises(ImportCancelled):
        segment_customers(log, cancel=flag)


def test_progress_runs_forward_to_the_end(tmp_path: Path) -> None:
    log, _ = _planted(tmp_path, customers=1_500, noise=0.25)
    seen: list[tuple[int, int]] = []
    segment_customers(log, k=3, sample_size=100,
                      progress=lambda done, total: seen.append((done, total)))
    assert len(seen) > 3
    assert len({total for _, total in seen}) == 1
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    assert seen[-1][0] == seen[-1][1]
