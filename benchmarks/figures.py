"""Every figure of the table: which processes it starts, in which order, and its row.

Ours and its floor alternate (ours, floor, ours, floor, ...; info floors in between) so
that drift in a shared machine hits both alike. Every process is a fresh one.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import launch
from bench import HERE, Bench
from stats import Figure, compare, fitted_slope, slope_row

Sample = dict[str, Any] | None


def _key(samples: list[Sample], key: str) -> list[float | None]:
    return [None if s is None else s.get(key) for s in samples]


def _rounds(bench: Bench, *sides: Callable[[], Sample],
            before: Callable[[], None] | None = None) -> list[list[Sample]]:
    """``repeats`` rounds of one process per side, in turn; ``before`` runs before each."""
    found: list[list[Sample]] = [[] for _ in sides]
    for _ in range(bench.plan.repeats):
        for index, side in enumerate(sides):
            if before is not None:
                before()
            found[index].append(side())
    return found


def startup(bench: Bench) -> list[Figure]:
    """P1 (offscreen), P6 (memory then), P1r (info: the old text-less floor)."""
    n = bench.plan.groot
    sides = [lambda: bench.window(bench.ours_window(n), ready=True),
             lambda: bench.window(bench.floor_window(n))]
    if bench.plan.info:
        sides.append(lambda: bench.window(bench.floor_window(n, rects=True)))
    found = _rounds(bench, *sides)
    ours, floor = found[0], found[1]
    rows = [compare("P1", f"launch `klantreis FILE` → settled window ({n:,} cards), "
                    "offscreen", "s", _key(ours, "elapsed"), _key(floor, "elapsed"), 1.25)]
    rows[0].detail.update(first_paint=_key(ours, "first_paint"),
                          floor_first_paint=_key(floor, "first_paint"),
                          late_flushes=_key(ours, "late"),
                          floor_late_flushes=_key(floor, "late"))
    if bench.plan.info:
        info = compare("P1r", "(info) P1 against the old text-less rect floor", "s",
                       _key(ours, "elapsed"), _key(found[2], "elapsed"))
        rows.append(info)
    rss = compare("P6", "memory (RSS) of the settled window", "MB", _key(ours, "rss_mb"),
                  _key(floor, "rss_mb"), 100, kind="extra_mb")
    rss.note = "goal from the earlier issue (issue 17 sets none)"
    return rows + [rss]


def startup_xvfb(bench: Bench, display: str) -> list[Figure]:
    """P1x: the same launch on a real X server (Xvfb + openbox), to the window on screen."""
    n = bench.plan.groot
    try:
        with launch.xvfb(display):
            extra = {"QT_QPA_PLATFORM": "xcb", "DISPLAY": display}
            ours, floor = _rounds(bench,
                                  lambda: bench.window(bench.ours_window(n), ready=True,
                                                       **extra),
                                  lambda: bench.window(bench.floor_window(n), **extra))
    except FileNotFoundError as missing:
        return [Figure("P1x", f"P1 under Xvfb + openbox: not measured ({missing} missing)",
                       "s", compare("", "", "", []).ours)]
    row = compare("P1x", f"the same under Xvfb + openbox ({display}), to the window on "
                  "screen", "s", _key(ours, "elapsed"), _key(floor, "elapsed"), 1.25)
    row.detail.update(late_flushes=_key(ours, "late"), rss_mb=_key(ours, "rss_mb"))
    return [row]


def startup_cold(bench: Bench) -> list[Figure]:
    """P1c: the same launch with a cold page cache (before every process, both sides)."""
    n = bench.plan.groot
    cold = launch.ColdCache(bench.plan.cold, bench.cold_files())
    ours, floor = _rounds(bench, lambda: bench.window(bench.ours_window(n), ready=True),
                          lambda: bench.window(bench.floor_window(n)), before=cold)
    row = compare("P1c", "P1 with a cold page cache", "s", _key(ours, "elapsed"),
                  _key(floor, "elapsed"), 1.5, note=cold.describe())
    row.detail["cold_method"] = cold.describe()
    return [row]


def canvas(bench: Bench) -> list[Figure]:
    """P2 (repaint at fit, cold and warm; at 100 %), P3 (drag), P3a, P3d; info floors."""
    journey, cards = bench.journey(bench.plan.groot), bench.cards(bench.plan.groot)
    info = bench.plan.info
    sides = [lambda: bench.worker("repaint", "ours", journey),
             lambda: bench.worker("repaint", "floor", cards)]
    if info:
        sides.append(lambda: bench.worker("repaint", "rects", cards))
    found = _rounds(bench, *sides)
    ours, floor = found[0], found[1]
    rows = [
        compare("P2", "full repaint at zoom-to-fit, cold", "ms", _key(ours, "cold"),
                _key(floor, "cold"), 1.5, scale=1e3),
        compare("P2w", "full repaint at zoom-to-fit, warm", "ms", _key(ours, "warm"),
                _key(floor, "warm"), 1.5, scale=1e3),
        compare("P2h", "full repaint at 100 %, top-left, warm", "ms", _key(ours, "warm100"),
                _key(floor, "warm100"), 1.5, scale=1e3),
    ]
    rows[0].detail["zoom"] = {"ours": _key(ours, "zoom"), "floor": _key(floor, "zoom")}
    if info:
        rows.append(compare("P2r", "(info) P2w against the old text-less rect floor", "ms",
                            _key(ours, "warm"), _key(found[2], "warm"), scale=1e3))
    sides = [lambda: bench.worker("drag", "ours", journey),
             lambda: bench.worker("drag", "floor", cards)]
    if info:
        sides += [lambda: bench.worker("drag", "rects", cards),
                  lambda: bench.worker("dragflows", "ours", journey)]
    found = _rounds(bench, *sides)
    ours, floor = found[0], found[1]
    rows.append(compare("P3", "drag a card: mouse move to repaint", "ms", _key(ours, "move"),
                        _key(floor, "move"), 1.5, scale=1e3))
    if info:
        rows.append(compare("P3r", "(info) P3 against the old text-less rect floor", "ms",
                            _key(ours, "move"), _key(found[2], "move"), scale=1e3))
        follow = compare("P3a", "(info) drag a card whose arrows follow it", "ms",
                         _key(found[3], "move"), _key(floor, "move"), scale=1e3)
        follow.detail["arrows"] = _key(found[3], "arrows")
        rows.append(follow)
    rows.append(compare("P3d", "(info) drop a card: release to repaint", "ms",
                        _key(ours, "drop"), scale=1e3))
    return rows


def poster(bench: Bench) -> tuple[list[Figure], list[Sample]]:
    """P4 (in process), P4s, P4q / P4r (info: Qt printing), P4c (whole processes).
    Also returns ours' in-process runs (P7 reuses them for its smallest size)."""
    n = bench.plan.groot
    journey, cards = bench.journey(n), bench.cards(n)
    sides = [lambda: bench.worker("pdf", "ours", journey),
             lambda: bench.worker("pdf", "floor", cards)]
    if bench.plan.info:
        sides += [lambda: bench.worker("pdf", "qtscene", journey),
                  lambda: bench.worker("pdf", "rects", cards)]
    found = _rounds(bench, *sides)
    ours, floor = found[0], found[1]
    rows = [compare("P4", "A0 poster export in process", "s", _key(ours, "time"),
                    _key(floor, "time"), 1.2),
            compare("P4s", "(info) A0 poster file size", "KB", _key(ours, "size"),
                    _key(floor, "size"), scale=1 / 1024)]
    if bench.plan.info:
        rows += [compare("P4q", "(info) P4 against QPdfWriter printing our canvas scene",
                         "s", _key(ours, "time"), _key(found[2], "time")),
                 compare("P4r", "(info) P4 against QPdfWriter printing the rect floor", "s",
                         _key(ours, "time"), _key(found[3], "time"))]
    ours_cli, floor_cli = _rounds(
        bench,
        lambda: bench.command([*bench.klantreis, "export", str(journey), "--pdf",
                               str(bench.out("poster.pdf")), "--paper", "A0"]),
        lambda: bench.command([sys.executable, str(HERE / "poster_floor.py"), str(cards),
                               str(bench.out("floor.pdf"))]))
    rows.append(compare("P4c", "`klantreis export FILE --pdf --paper A0`, whole process", "s",
                        _key(ours_cli, "time"), _key(floor_cli, "time"), 1.5))
    return rows, ours


def save_load(bench: Bench) -> list[Figure]:
    """P5: save + load against json + zlib + file + graph build; P5j (info): json only."""
    journey = bench.journey(bench.plan.groot)
    sides = [lambda: bench.worker("saveload", "ours", journey),
             lambda: bench.worker("saveload", "floor", journey)]
    if bench.plan.info:
        sides.append(lambda: bench.worker("saveload", "json", journey))
    found = _rounds(bench, *sides)
    rows = [compare("P5", "save + load", "s", _key(found[0], "time"), _key(found[1], "time"),
                    1.2)]
    if bench.plan.info:
        rows.append(compare("P5j", "(info) P5 against json dumps + loads only", "s",
                            _key(found[0], "time"), _key(found[2], "time")))
    return rows


def command_line(bench: Bench) -> list[Figure]:
    """C1 (--version, --help against ``python -c pass``), C2/C3 (info, validate against
    reading the file with zipfile + json + networkx), as whole processes."""
    journey = str(bench.journey(bench.plan.groot))
    python = [sys.executable, "-c", "pass"]
    reader = [sys.executable, str(HERE / "cli_floor.py"), journey]
    found = _rounds(bench, lambda: bench.command([*bench.klantreis, "--version"]),
                    lambda: bench.command(python),
                    lambda: bench.command([*bench.klantreis, "--help"]),
                    lambda: bench.command([*bench.klantreis, "info", journey]),
                    lambda: bench.command(reader),
                    lambda: bench.command([*bench.klantreis, "validate", journey]))
    version, bare, helping, info, read, valid = (_key(f, "time") for f in found)
    rows = [compare("C1", "`klantreis --version` against `python -c pass`", "s", version,
                    bare, 3),
            compare("C1h", "`klantreis --help` against `python -c pass`", "s", helping, bare,
                    3),
            compare("C2", "(info) `klantreis info FILE` against reading it (zipfile + json + "
                    "networkx)", "s", info, read),
            compare("C3", "(info) `klantreis validate FILE` against reading it", "s", valid,
                    read)]
    for row, samples in ((rows[2], info), (rows[3], valid)):
        row.detail["python_c_pass"] = bare
        middle = compare("", "", "s", samples, bare)
        row.detail["ratio_to_python_c_pass"] = middle.ratio
    return rows


def growth(bench: Bench, export_small: list[Sample]) -> list[Figure]:
    """P7: marginal slopes 2,000 → 8,000 → 20,000 cards of opening in a running window,
    the memory it adds, and the A0 export; P7a (info) the old fitted 500 → 8,000 slope.

    Runs are paired by round; ``export_small`` are P4's runs (the smallest size). A size
    whose process runs past the time limit is not run again (nor any larger size): its
    slope is then a lower bound, with the limit less the process's untimed start-up as
    the time.
    """
    sizes = bench.plan.growth
    opened = _per_size(bench, sizes, lambda path: bench.worker("open", "ours", path))
    exported = {sizes[0]: export_small}
    exported.update(_per_size(bench, sizes[1:], lambda path: bench.worker("pdf", "ours", path)))
    small, middle, large = sizes
    rows = []
    for fid, what, runs, key in (("P7", "open in a running window", opened, "time"),
                                 ("P7e", "A0 poster export", exported, "time"),
                                 ("P7m", "memory an opened file adds (RSS)", opened,
                                  "rss_added_mb")):
        samples = {n: _key(s, key) for n, s in runs.items()}
        limit = None if key != "time" else bench.plan.limit - _untimed(runs)
        row = slope_row(fid, f"{what}: slope {middle:,} → {large:,} cards", (middle, large),
                        samples, 1.02, limit)
        first = slope_row("", "", (small, middle), samples, None, limit)
        row.detail[f"slope_{small}_{middle}"] = first.ours.median
        row.detail["first_is_lower_bound"] = first.at_least
        if fid == "P7m":
            row.detail["rss_mb"] = {str(n): _key(s, "rss_mb") for n, s in opened.items()}
        rows.append(row)
    if bench.plan.audit_curve:
        curve = _per_size(bench, bench.plan.audit_curve,
                          lambda path: bench.worker("open", "ours", path))
        medians = [(n, compare("", "", "s", _key(s, "time")).ours.median)
                   for n, s in curve.items()]
        points = [(n, t) for n, t in medians if t]
        info = compare("P7a", "(info) open: fitted slope " + " → ".join(
            f"{n:,}" for n in bench.plan.audit_curve) + " (the old P7)", "", [
            fitted_slope(points) if len(points) > 1 else None])
        info.detail["open_s"] = {str(n): _key(s, "time") for n, s in curve.items()}
        rows.append(info)
    return rows


def _untimed(runs: dict[int, list[Sample]]) -> float:
    """The most a finished process spent outside its timed part (start-up, loading)."""
    return max([s["wall"] - s["time"] for samples in runs.values() for s in samples
                if s and "wall" in s] + [0.0])


def _per_size(bench: Bench, sizes: tuple[int, ...],
              run: Callable[[Path], Sample]) -> dict[int, list[Sample]]:
    """``repeats`` rounds over the sizes; a size past the limit (and larger) stops."""
    found: dict[int, list[Sample]] = {n: [] for n in sizes}
    stopped: int | None = None
    for _ in range(bench.plan.repeats):
        for n in sizes:
            if stopped is not None and n >= stopped:
                found[n].append(None)
                continue
            sample = run(bench.journey(n))
            found[n].append(sample)
            if sample is None:
                stopped = n
    return found
