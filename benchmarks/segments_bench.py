"""How long the customer segmentation takes on a synthetic log (not a test).

Seeded customers walk the "schoonmaak" sample journey (as in ``eventlog_bench.py``); the
log is imported once, then ``distance_matrix`` over the distinct paths the segmentation
compares (at most ``sample_size``, 700) and the whole ``segment_customers`` (matrix,
k-medoids for k = 2…6, silhouettes, labelling every path) are timed, best of ``--rounds``.

Run: ``.venv/bin/python benchmarks/segments_bench.py [--customers 2000] [--rounds 3]``
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from klantreis_desktop.analysis.eventlog import read_event_log
from klantreis_desktop.analysis.segments import distance_matrix, segment_customers
from tests.support import synthetic


def best_of(rounds: int, function) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(rounds):
        started = time.perf_counter()
        result = function()
        best = min(best, time.perf_counter() - started)
    return best, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--customers", type=int, default=2_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="segments-bench-") as folder:
        path = Path(folder) / "log.csv"
        synthetic.write_csv(path, synthetic.journey_events(
            synthetic.sample_model("schoonmaak", "nl"), args.customers, seed=args.seed,
            drop=0.05, repeat=0.18))
        log = read_event_log(path)
    distinct = sorted({seq[:50] for seq in log.sequences})[:700]
    length = sum(map(len, distinct)) / len(distinct)
    print(f"{len(log.customers):,} customers, {log.events:,} events, {len(distinct)} distinct "
          f"paths in the matrix (mean {length:.1f} steps)")
    seconds, _ = best_of(args.rounds, lambda: distance_matrix(distinct))
    pairs = len(distinct) * (len(distinct) - 1) // 2
    print(f"distance_matrix  : {seconds * 1000:8.1f} ms  ({pairs:,} pairs, "
          f"{seconds / pairs * 1e6:.2f} µs a pair)")
    seconds, found = best_of(args.rounds, lambda: segment_customers(log))
    print(f"segment_customers: {seconds * 1000:8.1f} ms  (k={found.k}, silhouette "
          f"{found.silhouette:.3f}, sampled={found.sampled}, shares "
          f"{', '.join(f'{s.share:.1%}' for s in found.segments)})")


if __name__ == "__main__":
    main()
