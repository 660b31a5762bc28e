"""Run every figure (ours against its equal-work floor, in the same run) and print the table.

Started by ``benchmarks/run [--quick] [--json PATH] [--markdown PATH]``. Every measurement
is a fresh process: in-process figures through ``workers.py``; start-up and the command
line as whole processes, measured from outside (``launch.py``). Each figure is the
median of ``repeats`` processes per side, ours and the floor alternating, with the
min–max spread. Timing never decides the exit code: the run fails only when a
measurement crashes (a process that runs past the time limit is reported as a lower
bound, not a failure).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import figures  # noqa: E402
import launch  # noqa: E402
from bench import FULL, QUICK, Bench, Plan  # noqa: E402
from stats import Figure, table  # noqa: E402

#: The groups of figures, in the order they run (``--only`` picks some).
GROUPS = ("startup", "xvfb", "cold", "canvas", "poster", "saveload", "cli", "growth")


def measure(bench: Bench, only: set[str], display: str | None,
            timings: dict[str, float] | None = None) -> list[Figure]:
    """Every figure of the chosen groups, in table order; ``timings`` gets the seconds
    each group took."""
    rows: list[Figure] = []
    export_runs: list[Any] = []
    current: list[tuple[str, float]] = []  # the group running and since when

    def step(name: str) -> bool:
        now = time.monotonic()
        if current and timings is not None:
            timings[current[0][0]] = now - current[0][1]
        current.clear()
        if name not in only:
            return False
        current.append((name, now))
        print(f"… {name}", file=sys.stderr, flush=True)
        return True

    if step("startup"):
        rows += figures.startup(bench)
    if step("xvfb"):
        rows += figures.startup_xvfb(bench, display or launch.free_display())
    if step("cold"):
        rows += figures.startup_cold(bench)
    if step("canvas"):
        rows += figures.canvas(bench)
    if step("poster"):
        poster_rows, export_runs = figures.poster(bench)
        rows += poster_rows
    if step("saveload"):
        rows += figures.save_load(bench)
    if step("cli"):
        rows += figures.command_line(bench)
    if step("growth"):
        if not export_runs or bench.plan.growth[0] != bench.plan.groot:
            export_runs = [bench.worker("pdf", "ours", bench.journey(bench.plan.growth[0]))
                           for _ in range(bench.plan.repeats)]  # not measured by P4
        rows += figures.growth(bench, export_runs)
    step("")
    order = {row.id: index for index, row in enumerate(rows)}
    return sorted(rows, key=lambda r: (_table_order(r.id), order[r.id]))


def _table_order(fid: str) -> tuple[int, str]:
    """P1…P7 first, then the command line (C…)."""
    return (1 if fid.startswith("C") else 0, fid[:2])


def machine() -> dict[str, Any]:
    info: dict[str, Any] = {"cpus": os.cpu_count(), "python": platform.python_version(),
                            "system": platform.platform(),
                            "load_average": os.getloadavg()}
    try:
        import PySide6
        import reportlab

        info["pyside6"] = PySide6.__version__
        info["reportlab"] = reportlab.Version
    except ImportError:  # the workers would fail anyway; say so there
        pass
    return info


def summary(plan: Plan, seconds: float, platform_name: str, quick: bool) -> str:
    return (f"{'quick' if quick else 'full'} run: {plan.groot:,} cards, {plan.repeats} "
            f"processes per side, {seconds:.0f} s, {os.cpu_count()} cores, load average "
            f"{os.getloadavg()[0]:.1f}, platform {platform_name}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="benchmarks/run", description=__doc__)
    parser.add_argument("--quick", action="store_true",
                        help="small sizes, two processes per side (for CI; never fails on "
                             "timing)")
    parser.add_argument("--json", type=Path, default=HERE / "results.json",
                        help="where to write the results (default benchmarks/results.json)")
    parser.add_argument("--markdown", type=Path,
                        help="also write the table as Markdown (for docs/performance.md)")
    parser.add_argument("--repeats", type=int, help="fresh processes per figure and side")
    parser.add_argument("--files", type=Path,
                        help="keep the synthetic journeys in this folder and reuse them")
    parser.add_argument("--platform", default="offscreen",
                        help="Qt platform of every row but P1x: offscreen (default) or xcb")
    parser.add_argument("--display", help="X display for P1x's own Xvfb (default: the "
                                          "first free from :90)")
    parser.add_argument("--no-xvfb", action="store_true", help="leave out P1x")
    parser.add_argument("--cold", choices=("auto", "drop", "fadvise", "off"),
                        help="how P1c makes the page cache cold (default: auto = drop it "
                             "where permitted, else evict the files; --quick: fadvise)")
    parser.add_argument("--limit", type=float,
                        help="seconds one process may take before its figure becomes a "
                             "lower bound (default 240; --quick 60)")
    parser.add_argument("--only", help="comma-separated groups: " + ", ".join(GROUPS))
    args = parser.parse_args(argv)
    plan = QUICK if args.quick else FULL
    if args.repeats:
        plan = replace(plan, repeats=max(1, args.repeats))
    if args.limit:
        plan = replace(plan, limit=args.limit)
    if args.cold:
        plan = replace(plan, cold=args.cold)
    only = set(args.only.split(",")) if args.only else set(GROUPS)
    if not plan.xvfb or args.no_xvfb:
        only.discard("xvfb")
    if plan.cold == "off":
        only.discard("cold")
    unknown = only - set(GROUPS)
    if unknown:
        parser.error(f"unknown groups: {', '.join(sorted(unknown))}")
    started = time.monotonic()
    timings: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="klantreis-bench-") as work:
        try:
            bench = Bench(Path(work), plan, args.files, args.platform)
            rows = measure(bench, only, args.display, timings)
        except (launch.MeasurementError, OSError, ValueError, KeyError,
                subprocess.SubprocessError) as error:
            print(f"benchmark crashed: {error}", file=sys.stderr)
            return 1
    took = time.monotonic() - started
    print(table(rows))
    notes = [f"{r.id}: {r.note}" for r in rows if r.note]
    if notes:
        print("\n" + "\n".join(notes))
    line = summary(plan, took, args.platform, args.quick)
    print("\n" + line + " (" + ", ".join(f"{k} {v:.0f} s" for k, v in timings.items()) + ")")
    result = {"quick": args.quick, "plan": asdict(plan), "machine": machine(),
              "seconds": took, "group_seconds": timings, "summary": line,
              "figures": [asdict(r) | {"goal_text": r.goal_text} for r in rows]}
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    if args.markdown:
        args.markdown.write_text(table(rows, markdown=True) + "\n\n" + line + "\n"
                                 + "".join(f"\n{n}" for n in notes) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
