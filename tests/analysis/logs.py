"""Small event logs built in memory for the path and segment tests."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path

from klantreis_desktop.analysis.eventlog import EventLog, read_event_log
from tests.support.synthetic import Event, write_csv


def log_of(tmp_path: Path, paths: Sequence[tuple[int, Sequence[str]]],
           gap_minutes: Sequence[float] | None = None) -> EventLog:
    """A log where ``count`` customers walk each path; steps ``gap_minutes`` apart."""
    events: list[Event] = []
    number = 0
    start = datetime(2024, 1, 1, 8)
    for count, path in paths:
        for _ in range(count):
            number += 1
            when = start + timedelta(hours=number)
            for index, step in enumerate(path):
                if index:
                    gap = gap_minutes[index - 1] if gap_minutes else 10
                    when += timedelta(minutes=gap)
                events.append((f"c{number}", when, step, "web", ""))
    file = tmp_path / "paths.csv"
    write_csv(file, events, phases=False)
    return read_event_log(file)
