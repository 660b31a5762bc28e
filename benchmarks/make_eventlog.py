"""Event logs of millions of rows, fast: realistic walks multiplied by DuckDB.

``tests/support/synthetic.py`` walks the sample journey in Python, one customer at a time,
which takes minutes and gigabytes at 50 million events. Here Python walks a pool of
20,000 customers (the same walks: starts, branches, repeats, drop-offs, minutes within a
phase and days between phases), and DuckDB gives every customer of the big log one walk
of the pool and a start in 2024, then writes the events in time order as Dutch Excel
writes them (``;``, ``dd-mm-jjjj HH:MM:SS``) or as Parquet. Same arguments, same file.

Run: ``.venv/bin/python benchmarks/make_eventlog.py --events 10000000 -o log.csv``
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.support import synthetic

POOL = 20_000


def _pool(path: Path, seed: int, drop: float = 0.05, repeat: float = 0.18) -> float:
    """Write the walked pool (walk, step, offset seconds, names) and return its mean length."""
    model = synthetic.sample_model("schoonmaak", "nl")
    rng = random.Random(seed)
    steps = 0
    with open(path, "w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["walk", "step", "offset", "touchpoint", "channel", "phase"])
        for walk in range(POOL):
            path_steps = synthetic.walk(model, rng, drop, repeat)
            events = synthetic._timed("x", path_steps, rng, synthetic.datetime(2024, 1, 1),
                                      model.channels, model.phases)
            first = events[0][1]
            for number, (_c, when, touchpoint, channel, phase) in enumerate(events):
                out.writerow([walk, number, int((when - first).total_seconds()), touchpoint,
                              channel, phase])
            steps += len(events)
    return steps / POOL


def make_log(out: Path, events: int, seed: int = 1, memory_limit: str = "4GB") -> int:
    """Write about ``events`` events to ``out`` (.csv or .parquet); returns the row count."""
    import duckdb

    with tempfile.TemporaryDirectory(prefix="make-eventlog-") as folder:
        pool = Path(folder) / "pool.csv"
        mean = _pool(pool, seed)
        customers = max(1, round(events / mean))
        con = duckdb.connect()
        con.execute(f"SET memory_limit='{memory_limit}'")
        con.execute(f"SET temp_directory='{folder}'")
        con.execute("SET preserve_insertion_order=true")
        con.execute(f"CREATE TABLE pool AS SELECT * FROM read_csv('{pool}', header=true, "
                    "all_varchar=false)")
        select = f"""
            SELECT 'K' || lpad(c::VARCHAR, 9, '0') AS customer,
                   TIMESTAMP '2024-01-01' + to_seconds(start + "offset") AS ts,
                   touchpoint, channel, phase
            FROM (SELECT range AS c,
                         (hash(range, {seed}) % {POOL})::BIGINT AS walk,
                         (hash(range, {seed + 1}) % (365 * 86400))::BIGINT AS start
                  FROM range({customers})) AS people
            JOIN pool USING (walk)
            ORDER BY ts, customer, step
            LIMIT {events}"""
        if out.suffix.lower() == ".parquet":
            con.execute(f"COPY ({select}) TO '{out}' (FORMAT parquet)")
        else:
            con.execute(f"""COPY (SELECT customer AS Klantnummer,
                                         strftime(ts, '%d-%m-%Y %H:%M:%S') AS Tijdstip,
                                         touchpoint AS Contactmoment, channel AS Kanaal,
                                         phase AS Fase FROM ({select}))
                            TO '{out}' (HEADER, DELIMITER ';', QUOTE '')""")
        rows = con.execute(f"SELECT count(*) FROM '{out}'").fetchone()
        con.close()
    return int(rows[0]) if rows else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args()
    started = time.perf_counter()
    rows = make_log(args.output, args.events, args.seed)
    print(f"{args.output}: {rows:,} events, {args.output.stat().st_size / 2**20:,.0f} MB, "
          f"{time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
