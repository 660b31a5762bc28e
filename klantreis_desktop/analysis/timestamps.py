"""Timestamps as Dutch Excel and CRM exports write them, parsed fast.

A timestamp becomes seconds since 1970-01-01 (naive: the clock time as written; a time with
an offset such as ``+01:00`` or ``Z`` is turned into UTC first). Accepted forms:

- ``dd-mm-jjjj`` (also with ``/`` or ``.``, one-digit day/month, two-digit year = 20jj),
  optionally followed by a space and ``HH:MM`` or ``HH:MM:SS`` (fraction allowed);
- ISO ``jjjj-mm-dd`` with a space or ``T`` before the time, optional offset;
- an Excel serial date number (days since 1899-12-30), with a decimal comma or point.

These functions parse one text each; the event-log import calls them once per *distinct*
date or clock time and caches the results (see :class:`.scan.Clock`), because a log of a
million events has only a few hundred distinct dates.
"""

from __future__ import annotations

import re
from datetime import date

_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
_EXCEL_EPOCH_DAYS = date(1899, 12, 30).toordinal() - _EPOCH_ORDINAL
DAY = 86_400

_DATE = re.compile(r"\s*(\d{1,4})([-/.])(\d{1,2})\2(\d{1,4})\s*$")
_TIME = re.compile(
    r"\s*(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}:?\d{2})?\s*$",
    re.IGNORECASE)
_NUMBER = re.compile(r"\s*\d{1,6}(?:[.,]\d+)?\s*$")


def parse_date(text: str) -> float:
    """Seconds since 1970 at midnight of the date in ``text``; ValueError when it is none."""
    match = _DATE.match(text)
    if match is None:
        if _NUMBER.match(text):
            return excel_serial(text)
        raise ValueError(text)
    first, _, middle, last = match.groups()
    if len(first) == 4:  # ISO: jjjj-mm-dd
        year, month, day = int(first), int(middle), int(last)
    elif len(first) <= 2 and len(last) in (2, 4):  # Dutch: dd-mm-jjjj
        day, month, year = int(first), int(middle), int(last)
        if len(last) == 2:
            year += 2000
    else:
        raise ValueError(text)
    return float((date(year, month, day).toordinal() - _EPOCH_ORDINAL) * DAY)


def excel_serial(text: str) -> float:
    """An Excel serial date (``45356,5`` = 5 March 2024, noon) as seconds since 1970."""
    days = float(text.strip().replace(",", "."))
    if not 1 <= days < 2_958_466:  # Excel's own range: 1900-01-01 … 9999-12-31
        raise ValueError(text)
    return round((days + _EXCEL_EPOCH_DAYS) * DAY, 3)


def parse_time(text: str) -> float:
    """Seconds since midnight of ``HH:MM[:SS[.fff]][offset]``; ``""`` is midnight."""
    if not text.strip():
        return 0.0
    match = _TIME.match(text)
    if match is None:
        raise ValueError(text)
    hours, minutes, seconds, fraction, offset = match.groups()
    h, m, s = int(hours), int(minutes), int(seconds or 0)
    if h > 24 or m > 59 or s > 60 or (h == 24 and (m or s)):
        raise ValueError(text)
    value = h * 3600 + m * 60 + s + (float("0." + fraction) if fraction else 0.0)
    if offset and offset.upper() != "Z":
        sign = -1 if offset[0] == "-" else 1
        digits = offset[1:].replace(":", "")
        value -= sign * (int(digits[:2]) * 3600 + int(digits[2:]) * 60)
    return float(value)


def split(text: str) -> tuple[str, str]:
    """The date part and the time part of a timestamp (split at a space or ``T``)."""
    day, sep, clock = text.strip().partition(" ")
    if not sep:
        day, sep, clock = day.partition("T")
    return day, clock
