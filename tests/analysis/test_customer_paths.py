"""Directly-follows graph, frequent paths, drop-offs and median times."""

from __future__ import annotations

from pathlib import Path

import pytest

from klantreis_desktop.analysis.customer_paths import (
    directly_follows,
    drop_offs,
    frequent_paths,
    most_common_end,
    summarise,
    transitions,
)
from tests.analysis.logs import log_of

PATHS = [(5, ["A", "B", "C"]), (3, ["A", "B"]), (2, ["A", "C"]), (1, ["A", "B", "B", "C"])]


def test_directly_follows_counts_transitions_and_customers(tmp_path: Path) -> None:
    graph = directly_follows(log_of(tmp_path, PATHS))
    assert graph["A"]["B"]["weight"] == 9 and graph["A"]["B"]["customers"] == 9
    assert graph["B"]["C"]["weight"] == 6
    assert graph["A"]["C"]["weight"] == 2
    assert graph["B"]["B"]["weight"] == 1  # a repeated step is a self-loop
    assert graph.nodes["A"]["starts"] == 11
    assert graph.nodes["B"]["events"] == 10 and graph.nodes["B"]["customers"] == 9
    assert graph.nodes["C"]["ends"] == 8 and graph.nodes["B"]["ends"] == 3


def test_customers_count_once_per_transition(tmp_path: Path) -> None:
    log = log_of(tmp_path, [(2, ["A", "B", "A", "B"])])
    (ab, ba) = sorted(transitions(log), key=lambda t: t.source)
    assert (ab.source, ab.target, ab.count, ab.customers) == ("A", "B", 4, 2)
    assert (ba.count, ba.customers) == (2, 2)


def test_frequent_paths_and_shares(tmp_path: Path) -> None:
    found = frequent_paths(log_of(tmp_path, PATHS), top=3)
    assert [(p.path, p.customers) for p in found] == [
        (("A", "B", "C"), 5), (("A", "B"), 3), (("A", "C"), 2)]
    assert found[0].share == pytest.approx(5 / 11)


def test_drop_offs_before_the_most_common_end(tmp_path: Path) -> None:
    log = log_of(tmp_path, PATHS)
    assert most_common_end(log) == "C"
    result = drop_offs(log)
    assert (result.end, result.reached, result.dropped) == ("C", 8, 3)
    assert [(p.touchpoint, p.customers) for p in result.points] == [("B", 3)]
    assert result.points[0].share == pytest.approx(3 / 11)
    assert result.points[0].share_of_dropped == 1.0


def test_drop_offs_before_a_given_end(tmp_path: Path) -> None:
    result = drop_offs(log_of(tmp_path, PATHS), end="B")
    assert result.reached == 9
    assert [(p.touchpoint, p.customers) for p in result.points] == [("C", 2)]


def test_median_time_between_touchpoints(tmp_path: Path) -> None:
    log = log_of(tmp_path, [(1, ["A", "B"]), (1, ["A", "B"]), (1, ["A", "B"])],
                 gap_minutes=[10])
    log2 = log_of(tmp_path, [(2, ["A", "B", "C"]), (1, ["A", "B", "C"])], gap_minutes=[5, 60])
    (only,) = transitions(log)
    assert only.median_seconds == 600
    found = {(t.source, t.target): t.median_seconds for t in transitions(log2)}
    assert found == {("A", "B"): 300, ("B", "C"): 3600}
    graph = directly_follows(log2)
    assert graph["B"]["C"]["median_seconds"] == 3600


def test_summary_to_dict(tmp_path: Path) -> None:
    data = summarise(log_of(tmp_path, PATHS), top=2).to_dict()
    assert data["customers"] == 11 and data["events"] == 29 and data["distinct_paths"] == 4
    assert len(data["frequent_paths"]) == 2
    assert data["drop_offs"]["end"] == "C"
