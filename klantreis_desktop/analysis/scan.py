"""The fast part of the event-log import: rows to coded columns, chunk by chunk.

Why it looks like this: a Python ``for`` loop with a handful of look-ups per row costs about
8× plain :mod:`csv` reading. Here every per-row step is a C-level ``map`` over a chunk of
rows (``zip`` to columns, dict look-ups and ``setdefault``, string slices, ``operator.add``,
``list.extend`` into each customer's list); Python code runs only once per *distinct* value
(a new touchpoint, date or clock time) and for chunks that hold a bad row, which are then
checked row by row to name the problems. Dictionaries are kept small where possible: a
look-up in a table of 100,000 keys misses the CPU cache and costs several times more.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from itertools import islice, repeat
from operator import add, getitem, itemgetter, le
from typing import Any, cast

from klantreis_desktop.analysis.csvformat import ImportCancelled, role_label
from klantreis_desktop.analysis.timestamps import parse_date, parse_time, split
from klantreis_desktop.i18n import translate

_FIRST, _LAST = itemgetter(0), itemgetter(2)
_HEAD, _TAIL = slice(None, -3), slice(-3, None)
_DAY, _HOUR_MINUTE = slice(None, -9), slice(-8, -3)
_EVEN, _ODD = slice(0, None, 2), slice(1, None, 2)
_MINUTE = re.compile(r"\s?(\d{1,2}):(\d\d)$")
_SECOND = re.compile(r":(\d\d)$")
_STRICT_DATE = re.compile(r"(\d{4}-\d\d-\d\d|\d{1,2}([-/.])\d{1,2}\2(\d\d|\d{4}))\s?$")


def _tr(text: str) -> str:
    return translate("Analysis", text)


class Codes:
    """Raw cell text → small integer code. Spaces are stripped once per distinct raw text."""

    def __init__(self, names: list[str], empty: int) -> None:
        self.names = names
        self.empty = empty
        self.raw: dict[str, int] = {name: code for code, name in enumerate(names)}
        self.by_name: dict[str, int] = dict(self.raw)
        self._added: list[str] = []  # raw texts learnt since the last commit
        self._fresh = False
        self._size = len(names)

    def commit(self) -> None:
        self._added.clear()
        self._size = len(self.names)

    def rollback(self) -> None:
        """Forget what was learnt since the last commit (a chunk turned out to be bad)."""
        for value in self._added:
            del self.raw[value]
        for name in self.names[self._size:]:
            del self.by_name[name]
        del self.names[self._size:]
        self._added.clear()

    def learn(self, values: Sequence[str]) -> list[int]:
        """The codes of ``values``, adding the names not seen before."""
        raw = self.raw
        if not self._fresh:
            codes = list(map(raw.get, values))
            if None not in codes:  # the usual case once the few touchpoints are known
                return cast("list[int]", codes)
        new = [value for value in dict.fromkeys(values) if value not in raw]  # file order
        self._fresh = len(new) > 0  # skip the quick try while new names keep coming
        for value in new:
            self._added.append(value)
            name = value.strip()
            if not name:
                raw[value] = self.empty
                continue
            code = self.by_name.get(name)
            if code is None:
                code = self.by_name[name] = len(self.names)
                self.names.append(name)
            raw[value] = code
        return list(map(raw.__getitem__, values))


class CustomerCodes:
    """Customer id → code, where the code is the event index of the customer's first event.

    Why not :class:`Codes`: a log has ~100,000 customers, and every look-up in a table that
    big misses the CPU cache. ``dict.setdefault`` mapped over a chunk finds or adds each id
    in one look-up. The codes are sparse but increase in first-seen order, which is all the
    grouping needs; :meth:`finish` turns them into names (stripped, merged when equal).
    """

    def __init__(self) -> None:
        self.raw: dict[str, int] = {}

    def learn(self, values: Sequence[str], base: int, checked: bool) -> list[int] | None:
        """Codes of ``values`` (events numbered from ``base``); None when one is blank."""
        if not checked and values and min(values) <= " ":  # "" or leading space/control
            return None
        return list(map(self.raw.setdefault, values, range(base, base + len(values))))

    def rollback(self, base: int) -> None:
        """Forget the ids first seen at event ``base`` or later (a chunk turned out bad)."""
        raw = self.raw
        while raw and next(reversed(raw.values())) >= base:
            raw.popitem()

    def finish(self) -> tuple[list[str], list[int], dict[int, int]]:
        """Names and codes in first-seen order, and the codes of ids that equal another
        id once stripped (" K1" and "K1"), mapped to that id's code."""
        names: list[str] = []
        codes: list[int] = []
        alias: dict[int, int] = {}
        first: dict[str, int] = {}
        for raw, code in self.raw.items():
            name = raw.strip()
            if name in first:
                alias[code] = first[name]
                continue
            first[name] = code
            names.append(name)
            codes.append(code)
        return names, codes, alias


class Clock:
    """Timestamps → seconds since 1970, with the date and time parts cached separately."""

    def __init__(self) -> None:
        self.dates: dict[str, float] = {}
        self.times: dict[str, float] = {"": 0.0}
        # "14:30:05" as "14:30" + ":05": two small caches instead of one of 86,400 clock
        # times, whose look-ups miss the CPU cache (this halves the cost of a timestamp).
        self.minutes: dict[str, float] = {}
        self.seconds: dict[str, float] = {}
        self.fixed_days: dict[str, float] = {}  # strict forms only, see _fixed

    @staticmethod
    def _date(text: str) -> float | None:
        try:
            return parse_date(text)
        except (ValueError, OverflowError):
            if "T" in text or " " in text.strip():  # a whole ISO stamp among Dutch ones
                day, clock = split(text)
                try:
                    return parse_date(day) + parse_time(clock)
                except (ValueError, OverflowError):
                    return None
            return None

    @classmethod
    def _strict_date(cls, text: str) -> float | None:
        """Only ``jjjj-mm-dd`` or ``d-m-jjjj``/``d-m-jj``: a date cut short never passes."""
        return cls._date(text) if _STRICT_DATE.match(text) else None

    @staticmethod
    def _time(text: str) -> float | None:
        try:
            return parse_time(text)
        except ValueError:
            return None

    @staticmethod
    def _lookup(cache: dict[str, float], parse: Callable[[str], float | None],
                parts: list[str]) -> list[float | None]:
        """Cached values of ``parts``; only valid values are cached, so None = invalid."""
        values = list(map(cache.get, parts))
        if None in values:
            for part in set(parts).difference(cache):
                value = parse(part)
                if value is not None:
                    cache[part] = value
            values = list(map(cache.get, parts))
        return values

    @staticmethod
    def _minute(text: str) -> float | None:
        match = _MINUTE.match(text)
        if match is None or int(match[1]) > 23 or int(match[2]) > 59:
            return None
        return float(int(match[1]) * 3600 + int(match[2]) * 60)

    @staticmethod
    def _second(text: str) -> float | None:
        match = _SECOND.match(text)
        return None if match is None or int(match[1]) > 59 else float(match[1])

    def _clocks(self, clocks: list[str]) -> list[float | None]:
        """Seconds since midnight of each clock time (None where it is none)."""
        first = clocks[0] if clocks else ""
        if len(first) in (7, 8) and first.count(":") == 2:  # H:MM:SS or HH:MM:SS
            minutes = self._lookup(self.minutes, self._minute,
                                   list(map(getitem, clocks, repeat(_HEAD))))
            seconds = self._lookup(self.seconds, self._second,
                                   list(map(getitem, clocks, repeat(_TAIL))))
            if None not in minutes and None not in seconds:
                return list(map(add, minutes, seconds))
        return self._lookup(self.times, self._time, clocks)  # any other form, or a mix

    def _fixed(self, stamps: Sequence[str]) -> list[float | None] | None:
        """Stamps ending in ``HH:MM:SS`` cut by position: date, ``HH:MM``, ``:SS``.

        Three small cached look-ups per stamp and no ``partition`` tuple. A stamp of
        another shape (a one-digit hour, an offset, no seconds) yields a cut-off date or
        time that does not parse, and then None sends the whole chunk down the general
        path. The date must be in a strict form for that: "2024-03-1" is what is left of
        "2024-03-15 9:30:05", and must not pass as 1 March.
        """
        first = stamps[0]
        if len(first) < 16 or first[-3] != ":" or first[-6] != ":":
            return None
        days = self._lookup(self.fixed_days, self._strict_date,
                            list(map(getitem, stamps, repeat(_DAY))))
        if None in days:
            return None
        minutes = self._lookup(self.minutes, self._minute,
                               list(map(getitem, stamps, repeat(_HOUR_MINUTE))))
        seconds = self._lookup(self.seconds, self._second,
                               list(map(getitem, stamps, repeat(_TAIL))))
        if None in minutes or None in seconds:
            return None
        return list(map(add, days, map(add, minutes, seconds)))

    def convert(self, stamps: Sequence[str]) -> list[float | None]:
        """Seconds for each stamp, None where it is no timestamp."""
        if stamps:
            fixed = self._fixed(stamps)
            if fixed is not None:
                return fixed
        sep = "T" if stamps and " " not in stamps[0].strip() else " "
        parts = list(map(str.partition, stamps, repeat(sep)))
        days = self._lookup(self.dates, self._date, list(map(_FIRST, parts)))
        clocks = self._clocks(list(map(_LAST, parts)))
        if None in days or None in clocks:
            return [None if d is None or c is None else d + c
                    for d, c in zip(days, clocks, strict=True)]
        return list(map(add, days, clocks))


class ChunkScanner:
    """Reads rows into coded event columns; bad rows become (row number, message) problems."""

    def __init__(self, columns: dict[str, int], max_problems: int,
                 stop: Callable[[], bool], progress: Callable[[int, int], None] | None,
                 total: int) -> None:
        self.columns = columns
        self.width = max(columns.values()) + 1
        self.max_problems = max_problems
        self.stop, self.progress, self.total = stop, progress, total
        self.problems: list[tuple[int, str]] = []
        self.bad = 0
        self.rows = 0
        self.customers, self.touchpoints = CustomerCodes(), Codes([], -1)
        self.channels, self.phases = Codes([""], 0), Codes([""], 0)
        self.clock = Clock()
        self.events = 0
        self.time_sorted = True  # the file lists events in time order (CRM exports do)
        self.last_time = float("-inf")
        # Per customer code: touchpoint, time, touchpoint, time, … in file order (_take).
        self.journeys: defaultdict[int, list[Any]] = defaultdict(list)
        self.event_touchpoint: list[int] = []
        self.event_channel: list[int] = []
        self.event_phase: list[int] = []

    def run(self, chunks: Iterator[list[list[str]]], first_row: int) -> None:
        """Take every chunk of rows; ``first_row`` is the file row number of the first."""
        number = first_row
        for chunk in chunks:
            if self.stop():
                raise ImportCancelled(_tr("The import was cancelled; nothing was imported."))
            if not self._take(chunk, checked=False):
                self._take(self._good_rows(chunk, number), checked=True)
            number += len(chunk)
            self.rows += len(chunk)
            if self.progress is not None:
                self.progress(min(self.rows, self.total), self.total)

    def _take(self, rows: list[list[str]], checked: bool) -> bool:
        """Add the events of ``rows``; False (adding nothing) when a row is bad.

        ``checked`` rows passed :meth:`_check` one by one, so no test can refuse them.
        """
        if not rows:
            return True
        if min(map(len, rows)) < self.width:
            return False
        columns = list(zip(*rows, strict=False))  # one pass; cheaper than a getter per role
        where = self.columns
        base = self.events
        tables = (self.touchpoints, self.channels, self.phases)
        customers = self.customers.learn(columns[where["customer"]], base, checked)
        touchpoints = self.touchpoints.learn(columns[where["touchpoint"]])
        times = self.clock.convert(columns[where["timestamp"]])
        if customers is None or -1 in touchpoints or None in times:
            self.customers.rollback(base)
            for table in tables:
                table.rollback()
            return False
        # Add each event to its customer's list, all in C: map() over list.extend with the
        # (touchpoint, time) pairs of zip(), one dictionary look-up per event.
        when = cast("list[float]", times)  # no None left: checked above
        any(map(list.extend, map(self.journeys.__getitem__, customers),
                zip(touchpoints, when, strict=True)))
        if self.time_sorted:
            self.time_sorted = self.last_time <= when[0] and all(
                map(le, when, islice(when, 1, None)))
            self.last_time = when[-1]
        self.events += len(rows)
        self.event_touchpoint += touchpoints
        for role, codes, target in (("channel", self.channels, self.event_channel),
                                    ("phase", self.phases, self.event_phase)):
            if role in where:
                target += codes.learn(columns[where[role]])
            else:
                target += [0] * len(rows)
        for table in tables:
            table.commit()
        return True

    def _good_rows(self, rows: list[list[str]], first: int) -> list[list[str]]:
        """The rows without problems; the others are reported with their row number."""
        good: list[list[str]] = []
        for number, row in enumerate(rows, start=first):
            message = self._check(row, number)
            if message is None:
                good.append(row)
            elif message:
                self.bad += 1
                if len(self.problems) < self.max_problems:
                    self.problems.append((number, message))
        return good

    def _check(self, row: list[str], number: int) -> str | None:
        """None for a good row, "" for a blank one (skipped silently), else the problem."""
        if not any(cell.strip() for cell in row):
            return ""
        if len(row) < self.width:
            return _tr("Row {row}: {count} columns, expected at least {needed}.").format(
                row=number, count=len(row), needed=self.width)
        for role in ("customer", "touchpoint"):
            if not row[self.columns[role]].strip():
                return _tr("Row {row}: the {field} is empty.").format(
                    row=number, field=role_label(role))
        stamp = row[self.columns["timestamp"]]
        if self.clock.convert([stamp])[0] is None:
            return _tr("Row {row}: “{value}” is not a date and time (expected e.g. "
                       "31-12-2024 14:30 or 2024-12-31T14:30).").format(
                           row=number, value=stamp.strip()[:40])
        return None

    def grouped(self) -> tuple[list[str], list[tuple[int, ...]], list[tuple[float, ...]]]:
        """Customer names, and per customer the touchpoints and times, in time order."""
        names, codes, alias = self.customers.finish()
        journeys = self.journeys
        for duplicate, code in alias.items():
            journeys[code] += journeys.pop(duplicate)
        lists = list(map(journeys.__getitem__, codes))
        paths: list[tuple[int, ...]] = list(map(tuple, map(getitem, lists, repeat(_EVEN))))
        times: list[tuple[float, ...]] = list(map(tuple, map(getitem, lists, repeat(_ODD))))
        if self.time_sorted and not alias:
            return names, paths, times
        for index, when in enumerate(times):
            if not all(map(le, when, islice(when, 1, None))):
                order = sorted(range(len(when)), key=when.__getitem__)  # stable
                times[index] = tuple(when[i] for i in order)
                paths[index] = tuple(paths[index][i] for i in order)
        return names, paths, times
