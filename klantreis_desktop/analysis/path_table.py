"""Path variants: every distinct path customers walked, with how many walked it.

This is what every log-side question needs (conformance, frequent paths, drop-offs), and
it is small: a log of 50 million events holds a few thousand distinct paths. It comes from
an imported :class:`~.eventlog.EventLog` (small logs, pure Python), from DuckDB over a
large CSV or Parquet log (:mod:`.duck_log`), or ready-made from a team's own data platform
as a **path table** file (CSV or Parquet; schema and example SQL in
``docs/measured-journeys.md``):

======== ======================================================================
column   meaning
======== ======================================================================
segment  optional: the customers' segment (text; empty = all)
path     the touchpoints in time order, separated by ``|``
customers how many customers walked exactly this path (whole number ≥ 1)
first_seen, last_seen  optional: first and last event date of these customers
======== ======================================================================

Events of one customer at the same moment are ordered by touchpoint name, the same way
by every engine, so the answer does not depend on which engine read the log; only in a
log with dates but no clock times the file order decides (it is all there is).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from klantreis_desktop.analysis.csvformat import EventLogError, normalise_header
from klantreis_desktop.analysis.eventlog import EventLog
from klantreis_desktop.analysis.sheets import (
    Cancelled,
    TableError,
    check_cancelled,
    parse_day,
    parse_numbers,
    read_table,
    text_of,
)
from klantreis_desktop.analysis.timestamps import DAY
from klantreis_desktop.i18n import translate

SEPARATOR = "|"
COLUMNS = ("segment", "path", "customers", "first_seen", "last_seen")
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "segment": ("segment", "doelgroep", "groep", "group"),
    "path": ("path", "pad", "variant", "route", "paths"),
    "customers": ("customers", "klanten", "count", "aantal", "n", "customer_count"),
    "first_seen": ("first_seen", "firstseen", "eerste", "first", "van", "from"),
    "last_seen": ("last_seen", "lastseen", "laatste", "last", "tot", "to"),
}


def _tr(text: str) -> str:
    return translate("Analysis", text)


@dataclass(frozen=True)
class PathVariant:
    """One distinct path of one segment."""

    steps: tuple[str, ...]
    customers: int
    segment: str = ""
    first_seen: str = ""  # yyyy-mm-dd
    last_seen: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"segment": self.segment, "path": list(self.steps),
                "customers": self.customers, "first_seen": self.first_seen,
                "last_seen": self.last_seen}


@dataclass
class PathTable:
    """The distinct paths of a log (per segment), and where they came from."""

    variants: list[PathVariant]
    source: str = ""
    engine: str = ""  # "python", "duckdb" or "table"
    events: int = 0
    skipped_rows: int = 0
    #: Each touchpoint's most frequent channel and phase (when the log had them).
    channels: dict[str, str] = field(default_factory=dict)
    phases: dict[str, str] = field(default_factory=dict)

    @property
    def customers(self) -> int:
        return sum(v.customers for v in self.variants)

    def segments(self) -> list[str]:
        return sorted({v.segment for v in self.variants})

    def only(self, segment: str) -> PathTable:
        return PathTable([v for v in self.variants if v.segment == segment], self.source,
                         self.engine, 0, 0, self.channels, self.phases)

    def counts(self) -> Counter[tuple[str, ...]]:
        """Customers per distinct path, over all segments."""
        found: Counter[tuple[str, ...]] = Counter()
        for variant in self.variants:
            found[variant.steps] += variant.customers
        return found

    def touchpoints(self) -> list[str]:
        return sorted({step for v in self.variants for step in v.steps})

    def period(self) -> tuple[str, str]:
        """(first, last) event day (yyyy-mm-dd) of the customers, ("", "") when the table
        does not carry them (DuckDB reads them only when asked: ``details``)."""
        first = min((v.first_seen for v in self.variants if v.first_seen), default="")
        last = max((v.last_seen for v in self.variants if v.last_seen), default="")
        return (first, last) if first and last else ("", "")


def _day(seconds: float) -> str:
    return (dt.date(1970, 1, 1) + dt.timedelta(days=int(seconds // DAY))).isoformat()


def from_event_log(log: EventLog, source: str = "") -> PathTable:
    """The variants of an imported log (ties ordered by name, see the module)."""
    names = log.touchpoints
    dates_only = all(t % DAY == 0 for times in log.times for t in times)
    found: dict[tuple[str, ...], list[Any]] = {}
    for sequence, times in zip(log.sequences, log.times, strict=True):
        if not sequence:
            continue
        steps = tuple(names[c] for c in sequence)
        if not dates_only and len(set(times)) < len(times):
            steps = tuple(name for _, name in sorted(zip(times, steps, strict=True)))
        seen = found.get(steps)
        if seen is None:
            found[steps] = [1, times[0], times[-1]]
        else:
            seen[0] += 1
            seen[1] = min(seen[1], times[0])
            seen[2] = max(seen[2], times[-1])
    variants = [PathVariant(steps, n, "", _day(first), _day(last))
                for steps, (n, first, last) in found.items()]
    variants.sort(key=lambda v: (-v.customers, v.steps))
    return PathTable(variants, source, "python", log.events, log.skipped_count,
                     log.channel_by_touchpoint(), log.phase_by_touchpoint())


# Path table files --------------------------------------------------------------------------

def read_path_table(path: str | Path, cancelled: Cancelled | None = None) -> PathTable:
    """A pre-aggregated path table from CSV or Parquet (see the module for its columns)."""
    file = Path(path)
    try:
        with open(file, "rb") as handle:
            head = handle.read(4)
    except OSError as error:
        raise TableError(_tr("{file} cannot be read: {reason}").format(
            file=file.name, reason=error.strerror or error)) from error
    if head == b"PAR1":
        from klantreis_desktop.analysis.duck_log import parquet_rows

        header, rows = parquet_rows(file, cancelled)
        return _table_of(header, rows, file.name, cancelled)
    table = read_table(file)
    return _table_of(table.header, table.rows, file.name, cancelled, table)


def is_path_table(path: str | Path) -> bool:
    """Whether a CSV or Parquet file is a path table (it has a path and a customers column)
    rather than an event log."""
    file = Path(path)
    with open(file, "rb") as handle:
        head = handle.read(4)
    if head == b"PAR1":
        import duckdb

        con = duckdb.connect()
        try:
            header = [str(r[0]) for r in con.execute(
                "DESCRIBE SELECT * FROM read_parquet(?)", [str(file)]).fetchall()]
        except duckdb.Error:
            return False
        finally:
            con.close()
    else:
        from klantreis_desktop.analysis.eventlog import preview_file

        try:
            header = preview_file(file, rows=1).header
        except EventLogError:
            return False
    normal = {normalise_header(h) for h in header}
    return bool(normal & set(_SYNONYMS["path"])) and bool(
        normal & set(_SYNONYMS["customers"]))


def _table_of(header: list[str], rows: list[list[Any]], name: str,
              cancelled: Cancelled | None, table: Any = None) -> PathTable:
    normal = [normalise_header(h) for h in header]
    where: dict[str, int] = {}
    for column, synonyms in _SYNONYMS.items():
        for synonym in synonyms:
            if synonym in normal and normal.index(synonym) not in where.values():
                where[column] = normal.index(synonym)
                break
    if "path" not in where or "customers" not in where:
        raise TableError(_tr("A path table needs the columns “path” and “customers” (found: "
                             "{columns}).").format(columns=", ".join(header)[:300]))
    if table is None:
        from klantreis_desktop.analysis.sheets import Table

        table = Table(header, rows, name)
    counts = parse_numbers(table, where["customers"], header[where["customers"]]).values
    variants: list[PathVariant] = []
    problems: list[str] = []
    for number, row in enumerate(rows):
        if number % 50_000 == 0:
            check_cancelled(cancelled)
        line = number + 2
        cell = table.cell(row, where["path"])
        steps = tuple(str(s).strip() for s in cell) if isinstance(cell, list) else tuple(
            s.strip() for s in text_of(cell).split(SEPARATOR))
        steps = tuple(s for s in steps if s)
        count = counts[number]
        if not steps:
            problems.append(_tr("Row {row}: the path is empty.").format(row=line))
            continue
        if count is None or count < 1 or not float(count).is_integer():
            problems.append(_tr("Row {row}: the number of customers must be a whole number "
                                "from 1.").format(row=line))
            continue
        try:
            dates = [parse_day(table.cell(row, where[c])) if c in where else ""
                     for c in ("first_seen", "last_seen")]
        except ValueError:
            problems.append(_tr("Row {row}: a date cannot be read.").format(row=line))
            continue
        segment = text_of(table.cell(row, where["segment"])) if "segment" in where else ""
        variants.append(PathVariant(steps, int(count), segment, dates[0], dates[1]))
    if problems:
        lines = [_tr("The path table cannot be used:"), *problems[:20]]
        raise TableError("\n".join(lines))
    merged: dict[tuple[str, tuple[str, ...]], PathVariant] = {}
    for v in variants:
        key = (v.segment, v.steps)
        old = merged.get(key)
        merged[key] = v if old is None else PathVariant(
            v.steps, old.customers + v.customers, v.segment,
            min(filter(None, (old.first_seen, v.first_seen)), default=""),
            max(old.last_seen, v.last_seen))
    ordered = sorted(merged.values(), key=lambda v: (v.segment, -v.customers, v.steps))
    return PathTable(ordered, name, "table", sum(len(v.steps) * v.customers for v in ordered))


def path_table_csv(table: PathTable) -> str:
    """The table as CSV text in the documented schema (``,``, UTF-8)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for v in table.variants:
        writer.writerow([v.segment, SEPARATOR.join(v.steps), v.customers, v.first_seen,
                         v.last_seen])
    return out.getvalue()


def variants_of(counts: Iterable[tuple[tuple[str, ...], int]]) -> list[PathVariant]:
    """Variants from (path, customers) pairs (tests, callers with their own counts)."""
    return [PathVariant(tuple(steps), n) for steps, n in counts]
