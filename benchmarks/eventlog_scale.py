"""Event logs of 1, 10 and 50 million events: our path variants against DuckDB's own floor.

For each size a seeded log is made once (``make_eventlog.py``: customers walking the
"schoonmaak" sample, Dutch Excel CSV) and then, each in a fresh process so that peak
memory is that step's own:

- **floor**: DuckDB's ``read_csv`` + ``GROUP BY`` customer of the same file (the least any
  per-customer answer costs: every row parsed, every customer grouped);
- **ours**: ``analysis.duck_log.log_paths`` (engine duckdb): the path variants with their
  customer counts, what conformance and the paths view need;
- **pure** (up to 1M events): the pure-Python reader + ``path_table.from_event_log``.

Goal (issue 19): ours ≤ 2× the floor's time, peak memory under 2 GB at 50M. With
``--crossover`` it also times both engines on small logs (in one process, DuckDB already
imported, best of 3) to place ``duck_log.SMALL_LOG_BYTES``. Not a test: CI never runs the
big sizes (minutes and gigabytes of disk); ``--sizes 100000`` is a quick check.

On a shared machine the times move with the load: ``--repeat N`` runs N alternating
pairs and reports the pair with the median ratio (peaks: the highest); ``--floor-columns``
adds an info row, the floor's ``GROUP BY`` also reading the timestamp and touchpoint
columns (ours needs three columns, the floor reads one).

Run: ``.venv/bin/python benchmarks/eventlog_scale.py --folder /tmp/logs [--sizes 1000000
10000000 50000000] [--repeat 3] [--floor-columns] [--crossover] [--keep]``
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

_CHILD = r"""
import json, sys, time
sys.path.insert(0, {root!r})
side, path = sys.argv[1], sys.argv[2]
started = time.perf_counter()
if side == "floor":
    import duckdb
    con = duckdb.connect()
    con.execute("SET enable_progress_bar_print = false")
    rows = con.execute("SELECT count(*), sum(n) FROM (SELECT Klantnummer, count(*) AS n FROM "
                       "read_csv(?, delim=';', header=true, all_varchar=true) GROUP BY ALL)",
                       [path]).fetchone()
    detail = {{"customers": rows[0], "events": int(rows[1])}}
elif side == "floor3":
    import duckdb
    con = duckdb.connect()
    con.execute("SET enable_progress_bar_print = false")
    rows = con.execute("SELECT count(*), sum(n) FROM (SELECT Klantnummer, count(*) AS n, "
                       "count(Tijdstip) AS t, count(Contactmoment) AS p FROM "
                       "read_csv(?, delim=';', header=true, all_varchar=true) GROUP BY ALL)",
                       [path]).fetchone()
    detail = {{"customers": rows[0], "events": int(rows[1])}}
elif side == "ours":
    from klantreis_desktop.analysis.duck_log import log_paths
    table = log_paths(path, engine="duckdb")
    detail = {{"customers": table.customers, "events": table.events,
              "variants": len(table.variants)}}
else:
    from klantreis_desktop.analysis.duck_log import log_paths
    table = log_paths(path, engine="python")
    detail = {{"customers": table.customers, "events": table.events,
              "variants": len(table.variants)}}
seconds = time.perf_counter() - started
import resource
usage = resource.getrusage(resource.RUSAGE_SELF)
cpu = usage.ru_utime + usage.ru_stime  # all threads, imports included
# VmHWM, not ru_maxrss: Linux carries a parent's ru_maxrss over into the child.
with open("/proc/self/status") as status:
    peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM")) / 1024
print(json.dumps({{"seconds": seconds, "cpu": cpu, "peak_mb": peak, **detail}}))
"""


def measure(side: str, path: Path) -> dict[str, float]:
    result = subprocess.run([sys.executable, "-c", _CHILD.format(root=str(ROOT)), side,
                             str(path)], capture_output=True, text=True, timeout=7200)
    if result.returncode != 0:
        raise SystemExit(f"{side} failed: {result.stderr[-2000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def _median_pair(pairs: list[tuple[dict[str, float], dict[str, float]]]
                 ) -> tuple[dict[str, float], dict[str, float]]:
    """The pair with the median ratio (its own floor and ours, as measured together);
    peaks are the highest seen, since the goal bounds the worst."""
    ordered = sorted(pairs, key=lambda pair: pair[1]["seconds"] / pair[0]["seconds"])
    floor, ours = (dict(side) for side in ordered[(len(ordered) - 1) // 2])
    floor["peak_mb"] = max(pair[0]["peak_mb"] for pair in pairs)
    ours["peak_mb"] = max(pair[1]["peak_mb"] for pair in pairs)
    return floor, ours


def crossover(folder: Path) -> list[dict[str, float]]:
    """Both engines on small logs, in this process (DuckDB imported once, as in the app)."""
    import duckdb  # noqa: F401 - imported before timing, as a running app has it

    from benchmarks.make_eventlog import make_log
    from klantreis_desktop.analysis.duck_log import log_paths

    rows = []
    for events in (1_000, 10_000, 30_000, 100_000, 300_000):
        path = folder / f"small-{events}.csv"
        make_log(path, events)
        times = {}
        for engine in ("python", "duckdb"):
            best = float("inf")
            for _ in range(3):
                started = time.perf_counter()
                log_paths(path, engine=engine)
                best = min(best, time.perf_counter() - started)
            times[engine] = best
        rows.append({"events": events, "bytes": path.stat().st_size, **times})
        print(f"  {events:>9,} events {path.stat().st_size / 2**20:7.2f} MB: python "
              f"{times['python']:.3f} s, duckdb {times['duckdb']:.3f} s", flush=True)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+",
                        default=[1_000_000, 10_000_000, 50_000_000])
    parser.add_argument("--folder", type=Path, default=None,
                        help="where the logs go (default: a temporary folder)")
    parser.add_argument("--keep", action="store_true", help="keep the generated logs")
    parser.add_argument("--crossover", action="store_true")
    parser.add_argument("--repeat", type=int, default=1,
                        help="alternating floor/ours pairs per size; the median ratio counts")
    parser.add_argument("--floor-columns", action="store_true",
                        help="also time the floor reading all three columns ours needs (info)")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    temporary = args.folder is None
    folder = Path(tempfile.mkdtemp(prefix="eventlog-scale-")) if temporary else args.folder
    folder.mkdir(parents=True, exist_ok=True)
    from benchmarks.make_eventlog import make_log

    results: dict[str, object] = {"sizes": []}
    try:
        for events in args.sizes:
            path = folder / f"log-{events}.csv"
            if not path.exists():
                need = events * 100
                if shutil.disk_usage(folder).free < 3 * need:
                    raise SystemExit(f"not enough disk in {folder} for {events:,} events")
                started = time.perf_counter()
                make_log(path, events)
                print(f"made {path} ({path.stat().st_size / 2**20:,.0f} MB) in "
                      f"{time.perf_counter() - started:.0f} s", flush=True)
            pairs = []
            for _ in range(args.repeat):  # alternating, each in a fresh process
                pairs.append((measure("floor", path), measure("ours", path)))
                if args.repeat > 1:
                    print(f"    floor {pairs[-1][0]['seconds']:7.2f} s "
                          f"({pairs[-1][0]['cpu']:.2f} s CPU) | ours "
                          f"{pairs[-1][1]['seconds']:7.2f} s ({pairs[-1][1]['cpu']:.2f} s CPU, "
                          f"{pairs[-1][1]['peak_mb']:.0f} MB) | ratio "
                          f"{pairs[-1][1]['seconds'] / pairs[-1][0]['seconds']:.2f}×",
                          flush=True)
            floor, ours = _median_pair(pairs)
            row = {"events": events, "mb": path.stat().st_size / 2**20, "floor": floor,
                   "ours": ours, "ratio": ours["seconds"] / floor["seconds"],
                   "pairs": [{"floor": f, "ours": o} for f, o in pairs]}
            if args.floor_columns:
                row["floor3"] = measure("floor3", path)
                print(f"    floor reading the customer, timestamp and touchpoint columns: "
                      f"{row['floor3']['seconds']:.2f} s {row['floor3']['peak_mb']:.0f} MB",
                      flush=True)
            if events <= 1_000_000:
                row["pure"] = measure("pure", path)
            print(f"{events:>11,} events: floor {floor['seconds']:7.2f} s "
                  f"{floor['peak_mb']:6.0f} MB | ours {ours['seconds']:7.2f} s "
                  f"{ours['peak_mb']:6.0f} MB | ratio {row['ratio']:.2f}× "
                  f"| {ours['variants']:,} variants of {ours['customers']:,} customers"
                  + (f" | pure Python {row['pure']['seconds']:.2f} s "
                     f"{row['pure']['peak_mb']:.0f} MB" if "pure" in row else ""), flush=True)
            results["sizes"].append(row)  # type: ignore[attr-defined]
            if not args.keep:
                path.unlink()
        if args.crossover:
            results["crossover"] = crossover(folder)
    finally:
        if temporary and not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
