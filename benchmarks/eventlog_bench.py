"""How fast a big event log imports, compared with merely reading it with ``csv``.

Generates a seeded synthetic log of customers walking the "schoonmaak" sample journey
(default 100,000 customers, about 1,000,000 events; Dutch Excel style: ``;``, dd-mm-jjjj,
UTF-8 with BOM), then times, interleaved and best of ``--rounds``:

- plain ``csv.reader`` over the file (the baseline: open, iterate every row, nothing else);
- ``read_event_log`` (detect encoding and delimiter, parse, code and group per customer);

and once each: frequent paths / transitions / drop-offs, the directly-follows graph, and
the segmentation (k by silhouette). Not a test: timings depend on the machine and on what
else runs on it. The target is an import within about 3× the csv baseline.

Run: ``.venv/bin/python benchmarks/eventlog_bench.py [--customers N] [--encoding cp1252]``
"""

from __future__ import annotations

import argparse
import csv
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from klantreis_desktop.analysis import customer_paths
from klantreis_desktop.analysis.eventlog import read_event_log
from klantreis_desktop.analysis.segments import segment_customers
from tests.support import synthetic


def plain_csv(path: Path, encoding: str) -> int:
    """The baseline: read every row with csv.reader and do nothing with it."""
    rows = 0
    with open(path, encoding=encoding, newline="") as handle:
        for _ in csv.reader(handle, delimiter=";"):
            rows += 1
    return rows


def timed(function: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = function()
    return time.perf_counter() - started, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--encoding", default="utf-8-sig", choices=("utf-8-sig", "cp1252"))
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--keep", type=Path, default=None,
                        help="write the log here (and reuse it when it exists)")
    args = parser.parse_args()

    folder = tempfile.TemporaryDirectory(prefix="eventlog-bench-")
    path = args.keep or Path(folder.name) / "log.csv"
    if not path.exists():
        seconds, events = timed(lambda: synthetic.journey_events(
            synthetic.sample_model("schoonmaak", "nl"), args.customers, seed=args.seed,
            drop=0.05, repeat=0.18))
        synthetic.write_csv(path, events, encoding=args.encoding)
        print(f"generated {len(events):,} events of {args.customers:,} customers "
              f"in {seconds:.1f} s")
    print(f"file: {path} ({path.stat().st_size / 2**20:.1f} MB, {args.encoding})")

    baseline: list[float] = []
    ours: list[float] = []
    log = None
    for _ in range(args.rounds):
        seconds, rows = timed(lambda: plain_csv(path, args.encoding))
        baseline.append(seconds)
        seconds, log = timed(lambda: read_event_log(path))
        ours.append(seconds)
    assert log is not None
    print(f"rows: {rows - 1:,}; imported {log.events:,} events of {len(log.customers):,} "
          f"customers, {len(log.touchpoints)} touchpoints")
    print(f"plain csv.reader : best {min(baseline):6.2f} s  median "
          f"{statistics.median(baseline):6.2f} s")
    print(f"read_event_log   : best {min(ours):6.2f} s  median {statistics.median(ours):6.2f} s")
    print(f"ratio (best/best): {min(ours) / min(baseline):.2f}×   (target: about 3×)")

    seconds, summary = timed(lambda: customer_paths.summarise(log))
    print(f"paths summary    : {seconds:6.2f} s  ({summary.distinct_paths:,} distinct paths, "
          f"{len(summary.transitions)} transitions)")
    seconds, graph = timed(lambda: customer_paths.directly_follows(log))
    print(f"directly-follows : {seconds:6.2f} s  ({graph.number_of_nodes()} nodes, "
          f"{graph.number_of_edges()} edges)")
    seconds, segments = timed(lambda: segment_customers(log))
    print(f"segments         : {seconds:6.2f} s  (k={segments.k}, silhouette "
          f"{segments.silhouette:.2f}, sampled={segments.sampled})")
    for segment in segments.segments:
        print(f"  {segment.share:6.1%}  {len(segment.typical_path)} steps, starts at "
              f"{segment.typical_path[0]}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory      : {peak:,.0f} MB")
    folder.cleanup()


if __name__ == "__main__":
    main()
