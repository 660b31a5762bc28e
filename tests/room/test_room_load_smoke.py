"""A tiny run of the room's load benchmark (benchmarks/room_load.py): six phones for three
seconds, then a vote. It checks that the benchmark still works and that nothing is lost or
doubled on the way; the figures themselves are the benchmark's business (docs/room.md)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_the_load_benchmark_runs_and_loses_nothing(tmp_path: Path) -> None:
    out = tmp_path / "room_load.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "room_load.py"),
                           "--seconds", "3", "--phones", "6", "--json", str(out)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr[-3000:]
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["notes_sent"] >= 6
    assert result["notes_sent"] == result["notes_acknowledged"] == result["notes_in_model"] \
        == result["distinct_in_model"] == result["notes_on_board"]
    assert result["lost"] == [] and result["doubled"] == 0
    assert result["votes_match"] and result["votes_placed"] == result["votes_on_cards"] > 0
    assert result["phone_errors"] == 0
    assert result["latency_p95_s"] is not None and result["drag_idle_ms"] > 0
