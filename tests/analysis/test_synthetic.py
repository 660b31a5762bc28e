"""The seeded log generator walks the sample journeys' arrows."""

from __future__ import annotations

from pathlib import Path

import pytest

from klantreis_desktop.analysis.eventlog import read_event_log
from tests.support.synthetic import journey_events, sample_model, write_csv


@pytest.mark.parametrize("sample", ["schoonmaak", "groeibureau"])
def test_generated_logs_follow_the_journey_and_repeat_with_a_seed(tmp_path: Path,
                                                                  sample: str) -> None:
    model = sample_model(sample, "nl")
    events = journey_events(model, 300, seed=4)
    assert events == journey_events(model, 300, seed=4)
    assert events != journey_events(model, 300, seed=5)
    write_csv(tmp_path / "log.csv", events, encoding="cp1252" if sample == "x" else "utf-8-sig")
    log = read_event_log(tmp_path / "log.csv")
    assert len(log.customers) == 300
    allowed = {(a, b) for a, nexts in model.successors.items() for b in nexts}
    for index in range(len(log.customers)):
        path = log.path_names(index)
        assert path[0] in model.starts
        for a, b in zip(path, path[1:], strict=False):
            assert a == b or (a, b) in allowed  # a step may be repeated
    assert set(log.phase_by_touchpoint().values()) <= set(model.phases.values())
