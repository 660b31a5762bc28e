"""Run every figure (ours vs the bare-Qt floor, in the same run) and print the table.

Started by ``benchmarks/run [--quick] [--json PATH]``. Each measurement runs in a fresh
process (``workers.py``) with a throw-away HOME and an offscreen 1920×1080 screen, and the
figure is the median over the repetitions. Timing never decides the exit code: the run
fails only when a measurement crashes.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SCREEN = {"synchronousWindowSystemEvents": False, "windowFrameMargins": False,
          "screens": [{"name": "bench", "x": 0, "y": 0, "width": 1920, "height": 1080,
                       "logicalDpiX": 96, "logicalDpiY": 96, "dpr": 1}]}


@dataclass
class Figure:
    """One row of the table."""

    id: str
    name: str
    unit: str
    ours: float | None
    floor: float | None
    goal: str
    ratio: float | None = None
    holds: bool | None = None
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass
class Plan:
    groot: int
    curve: tuple[int, ...]
    repeats: int  # fresh processes per figure and side


FULL = Plan(groot=2_000, curve=(500, 2_000, 8_000), repeats=5)
QUICK = Plan(groot=300, curve=(100, 200, 400), repeats=1)


class Runner:
    """Makes the workload files and starts the worker processes."""

    def __init__(self, workdir: Path, platform_name: str, files: Path | None = None) -> None:
        self.workdir = workdir
        self.files = files if files is not None else workdir
        self.files.mkdir(parents=True, exist_ok=True)
        home = workdir / "home"
        home.mkdir(parents=True, exist_ok=True)
        self.env = dict(os.environ)
        for key in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
            self.env.pop(key, None)
        self.env["HOME"] = str(home)
        if platform_name == "offscreen":
            config = workdir / "screen.json"
            config.write_text(json.dumps(SCREEN))
            self.env["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
        elif platform_name:
            self.env["QT_QPA_PLATFORM"] = platform_name
        self.env["PYTHONDONTWRITEBYTECODE"] = "1"
        # Like an installed app (pip and PyInstaller compile it), measure with bytecode
        # compiled once up front: else every fresh process compiles our ~150 modules
        # (~80 ms of P1) on machines that set PYTHONDONTWRITEBYTECODE.
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "klantreis_desktop")],
                       check=True, env={k: v for k, v in self.env.items()
                                        if k != "PYTHONDONTWRITEBYTECODE"})

    def journey(self, cards: int) -> Path:
        """The synthetic file with ``cards`` cards (made once per run)."""
        path = self.files / f"journey-{cards}.klantreis"
        if not path.exists():  # same arguments, same file: a kept one can be reused
            subprocess.run([sys.executable, str(HERE / "make_journey.py"), "--cards",
                            str(cards), "-o", str(path)], check=True, env=self.env,
                           stdout=subprocess.DEVNULL)
        return path

    def worker(self, task: str, side: str, arg: str) -> dict[str, Any]:
        """One fresh process; its JSON plus ``elapsed`` (monotonic start to its stamp)."""
        started = time.monotonic()
        done = subprocess.run([sys.executable, str(HERE / "workers.py"), task, side, arg],
                              capture_output=True, text=True, env=self.env, timeout=600)
        if done.returncode != 0:
            raise RuntimeError(f"{task} {side} failed ({done.returncode}):\n"
                               + done.stderr[-2000:])
        result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
        if "painted" in result:
            result["elapsed"] = result["painted"] - started
        return result

    def both(self, task: str, ours_arg: str, floor_arg: str, repeats: int,
             floor: bool = True) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """Alternate ours and floor so drift in the machine hits both alike."""
        ours: list[dict[str, Any]] = []
        floors: list[dict[str, Any]] = []
        for _ in range(repeats):
            ours.append(self.worker(task, "ours", ours_arg))
            if floor:
                floors.append(self.worker(task, "floor", floor_arg))
        return ours, floors


def median(samples: list[dict[str, Any]], key: str) -> float | None:
    values = [s[key] for s in samples if s.get(key) is not None]
    return statistics.median(values) if values else None


def ratio_row(fid: str, name: str, unit: str, scale: float, goal: float,
              ours: list[dict[str, Any]], floor: list[dict[str, Any]], key: str) -> Figure:
    a, b = median(ours, key), median(floor, key)
    row = Figure(fid, name, unit, None if a is None else a * scale,
                 None if b is None else b * scale, f"≤ {goal:g}×",
                 detail={"ours": [s.get(key) for s in ours],
                         "floor": [s.get(key) for s in floor]})
    if a is not None and b:
        row.ratio = a / b
        row.holds = row.ratio <= goal
    return row


def slope(points: list[tuple[int, float]]) -> float:
    """Least-squares slope of log(time) over log(size)."""
    xs = [math.log(n) for n, _ in points]
    ys = [math.log(t) for _, t in points]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    return (sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
            / sum((x - mx) ** 2 for x in xs))


def measure(runner: Runner, plan: Plan) -> list[Figure]:
    groot = str(runner.journey(plan.groot))
    cards = str(plan.groot)
    reps = plan.repeats
    rows: list[Figure] = []

    ours, floor = runner.both("startup", groot, cards, reps)
    rows.append(ratio_row("P1", "start-up to first painted window", "s", 1, 1.5,
                          ours, floor, "elapsed"))
    a, b = median(ours, "rss_mb"), median(floor, "rss_mb")
    p6 = Figure("P6", "memory (RSS) with the journey open", "MB", a, b, "≤ +100 MB",
                detail={"ours": [s["rss_mb"] for s in ours],
                        "floor": [s["rss_mb"] for s in floor]})
    if a is not None and b is not None:
        p6.ratio = a / b
        p6.holds = a - b <= 100
        p6.detail["difference_mb"] = a - b

    small = max(1, (reps + 1) // 2)
    ours, floor = runner.both("repaint", groot, cards, small)
    rows.append(ratio_row("P2", "full repaint at zoom-to-fit, cold", "ms", 1e3, 2,
                          ours, floor, "cold"))
    rows.append(ratio_row("P2w", "full repaint at zoom-to-fit, warm", "ms", 1e3, 2,
                          ours, floor, "warm"))
    ours, floor = runner.both("drag", groot, cards, small)
    rows.append(ratio_row("P3", "drag a card: mouse move to repaint", "ms", 1e3, 2,
                          ours, floor, "move"))
    drop = Figure("P3d", "drop a card: release to repaint (command + layout)", "ms",
                  (median(ours, "drop") or 0) * 1e3, None, "(info)",
                  detail={"ours": [s["drop"] for s in ours]})
    arrows, _ = runner.both("dragflows", groot, cards, small, floor=False)
    follow = ratio_row("P3a", "(info) drag a card whose arrows follow it", "ms", 1e3, 2,
                       arrows, floor, "move")
    follow.goal, follow.holds = "(info)", None
    follow.detail["arrows"] = [s.get("arrows") for s in arrows]
    rows += [follow, drop]
    # P4's floor is the issue's "QPdfWriter rendering the same scene": Qt printing the
    # journey's own canvas scene (groot) to an A0 PDF. The rect-only floor scene (no text,
    # no font) is reported beside it for information (P4r).
    ours, rects = runner.both("pdf", groot, cards, small)
    qt = [runner.worker("pdf", "qtscene", groot) for _ in range(small)]
    rows.append(ratio_row("P4", "A0 poster export: time", "s", 1, 1, ours, qt, "time"))
    rows.append(ratio_row("P4s", "A0 poster export: file size", "KB", 1 / 1024, 1,
                          ours, qt, "size"))
    for fid, key, unit, scale in (("P4r", "time", "s", 1.0), ("P4rs", "size", "KB", 1 / 1024)):
        info = ratio_row(fid, f"(info) A0 vs QPdfWriter of plain rects: {key}", unit,
                         scale, 1, ours, rects, key)
        info.goal, info.holds = "(info)", None
        rows.append(info)
    ours, floor = runner.both("saveload", groot, groot, small)
    rows.append(ratio_row("P5", "save + load", "s", 1, 3, ours, floor, "time"))
    rows.append(p6)

    curve: list[tuple[int, float]] = []
    times: dict[str, list[float]] = {}
    for size in plan.curve:
        path = str(runner.journey(size))
        samples, _ = runner.both("open", path, "", small, floor=False)
        times[str(size)] = [s["time"] for s in samples]
        curve.append((size, statistics.median(times[str(size)])))
    fitted = slope(curve)
    rows.append(Figure("P7", "open time growth " + " → ".join(str(n) for n in plan.curve)
                       + " cards (log-log slope)", "", fitted, None, "≤ 1.15", None,
                       fitted <= 1.15, {"open_s": times}))
    return rows


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "ms" and value < 1:
        return f"{value:.2f} {unit}"
    if unit in ("ms", "KB", "MB"):
        return f"{value:,.1f} {unit}"
    if unit == "s":
        return f"{value:.3f} s"
    return f"{value:.2f}"


def table(rows: list[Figure]) -> str:
    head = ("#", "figure", "ours", "floor", "ratio", "goal", "holds?")
    lines = [head] + [(r.id, r.name, _fmt(r.ours, r.unit), _fmt(r.floor, r.unit),
                       "—" if r.ratio is None else f"{r.ratio:.2f}×", r.goal,
                       "—" if r.holds is None else ("yes" if r.holds else "NO"))
                      for r in rows]
    widths = [max(len(line[i]) for line in lines) for i in range(len(head))]
    out = ["  ".join(cell.ljust(widths[i]) for i, cell in enumerate(line)) for line in lines]
    out.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(out)


def machine() -> dict[str, Any]:
    info: dict[str, Any] = {"cpus": os.cpu_count(), "python": platform.python_version(),
                            "system": platform.platform()}
    try:
        import PySide6

        info["pyside6"] = PySide6.__version__
    except ImportError:  # the workers would fail anyway; say so there
        pass
    return info


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="benchmarks/run", description=__doc__)
    parser.add_argument("--quick", action="store_true",
                        help="small sizes, one repetition (for CI; never fails on timing)")
    parser.add_argument("--json", type=Path, default=HERE / "results.json",
                        help="where to write the results (default benchmarks/results.json)")
    parser.add_argument("--repeats", type=int, help="fresh processes per start-up figure")
    parser.add_argument("--files", type=Path,
                        help="keep the synthetic journeys in this folder and reuse them")
    parser.add_argument("--platform", default="offscreen",
                        help="Qt platform: offscreen (default) or e.g. xcb under Xvfb")
    args = parser.parse_args(argv)
    plan = QUICK if args.quick else FULL
    if args.repeats:
        plan = Plan(plan.groot, plan.curve, max(1, args.repeats))
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="klantreis-bench-") as work:
        runner = Runner(Path(work), args.platform, args.files)
        try:
            rows = measure(runner, plan)
        except (RuntimeError, subprocess.SubprocessError, ValueError) as error:
            print(f"benchmark crashed: {error}", file=sys.stderr)
            return 1
    print(table(rows))
    took = time.monotonic() - started
    print(f"\n{'quick' if args.quick else 'full'} run, {plan.groot} cards, "
          f"{took:.0f} s, {os.cpu_count()} cores, platform {args.platform}")
    result = {"quick": args.quick, "plan": asdict(plan), "machine": machine(),
              "seconds": took, "figures": [asdict(r) for r in rows]}
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
