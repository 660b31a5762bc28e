"""The rows of the table: samples of ours and of the floor, their spread, the ratio, the
goal and whether it holds. Plain Python, no Qt (the tests import it)."""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Spread:
    """Min / median / max of one side's samples (None where a sample is missing)."""

    median: float | None
    low: float | None
    high: float | None
    n: int

    @classmethod
    def of(cls, values: list[float | None]) -> Spread:
        found = [v for v in values if v is not None and not math.isnan(v)]
        if not found:
            return cls(None, None, None, 0)
        return cls(statistics.median(found), min(found), max(found), len(found))


@dataclass
class Figure:
    """One row. ``goal`` is a ratio limit (ours / floor) unless ``kind`` says otherwise:
    ``info`` (no goal), ``extra_mb`` (ours − floor ≤ goal), ``slope`` (ours ≤ goal)."""

    id: str
    name: str
    unit: str
    ours: Spread
    floor: Spread | None = None
    goal: float | None = None
    kind: str = "ratio"
    ratio: float | None = None
    ratio_spread: Spread | None = None  # of the pairwise ratios (run i of ours / of floor)
    holds: bool | None = None
    note: str = ""
    #: The value is only a lower bound (a process ran past the time limit).
    at_least: bool = False
    detail: dict[str, Any] = field(default_factory=dict)

    @property
    def goal_text(self) -> str:
        if self.goal is None:
            return "(info)"
        if self.kind == "extra_mb":
            return f"≤ +{self.goal:g} MB"
        if self.kind == "slope":
            return f"≤ {self.goal:g}"
        return f"≤ {self.goal:g}×"


def compare(fid: str, name: str, unit: str, ours: list[float | None],
            floor: list[float | None] | None = None, goal: float | None = None,
            kind: str = "ratio", scale: float = 1.0, note: str = "") -> Figure:
    """A row from raw samples (seconds, bytes, ...); ``scale`` turns them into ``unit``."""
    ours_s = [None if v is None else v * scale for v in ours]
    floor_s = None if floor is None else [None if v is None else v * scale for v in floor]
    row = Figure(fid, name, unit, Spread.of(ours_s),
                 None if floor_s is None else Spread.of(floor_s), goal, kind, note=note,
                 detail={"ours": ours_s, "floor": floor_s})
    a = row.ours.median
    b = row.floor.median if row.floor is not None else None
    if a is not None and b:
        row.ratio = a / b
        pairs = [x / y for x, y in zip(ours_s, floor_s or [], strict=False)
                 if x is not None and y]
        row.ratio_spread = Spread.of(list(pairs))
    if goal is not None:
        if kind == "extra_mb" and a is not None and b is not None:
            row.holds = a - b <= goal
            row.detail["extra_mb"] = a - b
        elif kind == "ratio" and row.ratio is not None:
            row.holds = row.ratio <= goal
        elif kind == "slope" and a is not None:
            row.holds = a <= goal
    return row


def marginal_slope(small: tuple[int, float], large: tuple[int, float]) -> float:
    """log-log slope between two (size, value) points: 1.0 is linear growth."""
    (n1, t1), (n2, t2) = small, large
    return math.log(t2 / t1) / math.log(n2 / n1)


def fitted_slope(points: list[tuple[int, float]]) -> float:
    """Least-squares slope of log(value) over log(size) (the old P7, kept as info)."""
    xs = [math.log(n) for n, _ in points]
    ys = [math.log(t) for _, t in points]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    return (sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
            / sum((x - mx) ** 2 for x in xs))


def slope_row(fid: str, name: str, sizes: tuple[int, int],
              samples: dict[int, list[float | None]], goal: float | None,
              limit: float | None = None) -> Figure:
    """The marginal slope between two sizes, from runs paired by repetition (the spread
    is over those pairs). When the larger size ran past ``limit``, the slope is a lower
    bound computed with ``limit`` as its time."""
    small, large = sizes
    pairs = [marginal_slope((small, a), (large, b))
             for a, b in zip(samples.get(small, []), samples.get(large, []), strict=False)
             if a and b]
    row = Figure(fid, name, "", Spread.of(list(pairs)), None, goal, "slope" if goal else "info",
                 detail={str(n): v for n, v in samples.items()})
    at_small = Spread.of(samples.get(small, [])).median
    if not pairs and at_small and limit and any(v is None for v in samples.get(large, [])):
        bound = marginal_slope((small, at_small), (large, limit))
        row.ours = Spread(bound, bound, bound, 0)
        row.at_least = True
    elif pairs and at_small:
        at_large = Spread.of(samples.get(large, [])).median
        if at_large:
            row.detail["slope_of_medians"] = marginal_slope((small, at_small), (large, at_large))
    if goal is not None and row.ours.median is not None:
        row.holds = row.ours.median <= goal
    return row


def fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "ms":
        return f"{value:.2f}" if value < 1 else f"{value:,.1f}"
    if unit in ("KB", "MB"):
        return f"{value:,.0f}" if value >= 100 else f"{value:,.1f}"
    if unit == "s":
        return f"{value:.3f}" if value < 10 else f"{value:.1f}"
    return f"{value:.2f}"


def spread_text(spread: Spread | None, unit: str, at_least: bool = False) -> str:
    """``median (min–max) unit``; ``≥ x`` for a lower bound."""
    if spread is None or spread.median is None:
        return "—"
    head = ("≥ " if at_least else "") + fmt(spread.median, unit)
    if spread.n > 1 and spread.low != spread.high:
        head += f" ({fmt(spread.low, unit)}–{fmt(spread.high, unit)})"
    return f"{head} {unit}".rstrip()


def ratio_text(row: Figure) -> str:
    if row.ratio is None:
        return "—"
    text = f"{row.ratio:.2f}×"
    spread = row.ratio_spread
    if spread is not None and spread.n > 1 and spread.low is not None and spread.high is not None:
        text += f" ({spread.low:.2f}–{spread.high:.2f})"
    return text


def holds_text(row: Figure) -> str:
    if row.holds is None:
        return "—"
    return "yes" if row.holds else "NO"


def table(rows: list[Figure], markdown: bool = False) -> str:
    """The rows as aligned text (or a Markdown table for docs/performance.md)."""
    head = ("#", "figure", "ours: median (min–max)", "floor: median (min–max)",
            "ratio (pairs)", "goal", "holds?")
    lines = [head] + [(r.id, r.name, spread_text(r.ours, r.unit, r.at_least),
                       spread_text(r.floor, r.unit), ratio_text(r), r.goal_text,
                       holds_text(r)) for r in rows]
    if markdown:
        out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        for line in lines[1:]:
            cells = list(line)
            if cells[-1] == "NO":
                cells[-1] = "**no**"
            out.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
        return "\n".join(out)
    widths = [max(len(line[i]) for line in lines) for i in range(len(head))]
    out = ["  ".join(cell.ljust(widths[i]) for i, cell in enumerate(line)).rstrip()
           for line in lines]
    out.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(out)
