"""The SQL pieces of the DuckDB event-log reader (:mod:`.duck_log`): timestamp forms learnt
from a sample, the expression that reads a timestamp, the 32-bit event key and the CSV
source typed by DuckDB's own reader.

Apart from :mod:`.duck_log` because they are pure text-to-SQL and the query runner is long
enough on its own; every piece is tested through both engines agreeing.
"""

from __future__ import annotations

import re
from datetime import datetime

from klantreis_desktop.analysis.csvformat import EventLogError
from klantreis_desktop.i18n import translate

ENUM = "klantreis_touchpoint"  # the type of the sampled names (one per connection)

#: strptime forms DuckDB and Python read alike, tried on the first rows of a log.
FORMATS = tuple(
    f"{day}{sep}{clock}" for day in (
        "%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y", "%d-%m-%y", "%d/%m/%y", "%Y-%m-%d", "%Y/%m/%d")
    for sep, clock in ((" ", "%H:%M:%S.%f"), (" ", "%H:%M:%S"), (" ", "%H:%M"),
                       ("T", "%H:%M:%S.%f"), ("T", "%H:%M:%S"), ("T", "%H:%M"), ("", ""))
    if not (sep == "T" and not day.startswith("%Y")))
_SERIAL = re.compile(r"\s*\d{1,6}([.,]\d+)?\s*$")


def _tr(text: str) -> str:
    return translate("Analysis", text)


def quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def timestamp_forms(samples: list[str]) -> tuple[list[str], bool, bool]:
    """(strptime forms that read the samples, serial numbers seen, dates without times).

    Raises :class:`EventLogError` when a sample fits none (an offset, say).
    """
    forms: list[str] = []
    serial = False
    for text in (s.strip() for s in samples):
        if not text:
            continue
        if _SERIAL.match(text):
            serial = True
            continue
        for form in [*forms, *(f for f in FORMATS if f not in forms)]:
            try:
                datetime.strptime(text, form)
            except ValueError:
                continue
            if form not in forms:
                forms.append(form)
            break
        else:
            if _readable(text):  # a form only the pure-Python reader knows (an offset)
                raise EventLogError(_tr("The timestamp “{text}” needs the pure-Python "
                                        "reader; choose it for this log.").format(
                    text=text[:40]))
    dates_only = serial is False and all("%H" not in form for form in forms)
    return forms or list(FORMATS), serial, dates_only


def _readable(text: str) -> bool:
    """Whether the pure-Python reader takes ``text`` as a timestamp (else it is a bad row)."""
    from klantreis_desktop.analysis.timestamps import parse_date, parse_time, split

    day, clock = split(text)
    try:
        parse_date(day)
        parse_time(clock)
    except ValueError:
        return False
    return True


def timestamp_sql(column: str, forms: list[str], serial: bool, parquet: bool) -> str:
    """The SQL that reads a timestamp: the sample's first form on the cell as it is (one
    strptime, the usual case), then every form on the trimmed cell (coalesce evaluates a
    later argument only for the rows an earlier one left NULL)."""
    text = f"trim(CAST({column} AS VARCHAR))"
    parts = [f"try_strptime({text}, [{', '.join(literal(f) for f in forms)}])"]
    if parquet:
        parts.insert(0, f"TRY_CAST({column} AS TIMESTAMP)")
    else:  # CSV cells are VARCHAR already
        parts.insert(0, f"try_strptime({column}, {literal(forms[0])})")
    if serial:
        parts.append(f"TIMESTAMP '1899-12-30' + to_microseconds(CAST(round(TRY_CAST(replace("
                     f"{text}, ',', '.') AS DOUBLE) * 86400e6) AS BIGINT))")
    return f"coalesce({', '.join(parts)})"


def time_window(samples: list[str], forms: list[str]) -> tuple[int, int] | None:
    """The earliest and latest sampled time (epoch seconds), or None without any."""
    from calendar import timegm

    seconds = []
    for text in (s.strip() for s in samples):
        for form in forms:
            try:
                seconds.append(timegm(datetime.strptime(text, form).timetuple()))
                break
            except ValueError:
                continue
    return (min(seconds), max(seconds)) if seconds else None


def narrow_key(raw: str, window: tuple[int, int], names: int, typed: bool = False
                ) -> tuple[str, int] | None:
    """(SQL of a 32-bit event key, mask of its code bits) for whole-second times, or None
    when the sampled window takes more than half the room.

    The key is the seconds since a base, times ``2 ** bits``, plus the code: ``bits`` just
    holds every code and one mark (``2 ** bits - 1``) that a name the sample missed or a
    time outside the window gets; the caller then runs the wide key instead. The base puts
    the sampled window in the middle of the 31 bits left, so a log reaches years beyond
    its sample before the mark (and every key is >= 0 for the in-order check).

    ``typed``: ``raw`` is the ENUM column the CSV reader typed (see :func:`typed_source`):
    no mark and no range test per row; a time beyond the INTEGER overflows and stops the
    query (a key that fits is right, a negative one only takes the sort).
    """
    bits = max(names, 1).bit_length()
    mark = 2 ** bits - 1
    room = 2 ** (31 - bits) - 1
    low, high = window
    if high - low > room // 2:
        return None
    base = low - max(room - (high - low), 0) // 2
    # epoch_us is the TIMESTAMP's own number: one division, not epoch_ms's two
    offset = "(epoch_us(ts) // 1000000 - " + str(base) + ")"
    if typed:
        return f"{offset}::INTEGER * {2 ** bits} + enum_code({raw})::INTEGER", mark
    code = (f"coalesce(enum_code(TRY_CAST({raw} AS {ENUM}))::INTEGER, "
            f"if({raw} IS NULL, NULL, {mark}))")
    key = (f"CASE WHEN {offset} BETWEEN 0 AND {room} THEN ({offset}::INTEGER * {2 ** bits} "
           f"+ {code}) WHEN ts IS NOT NULL THEN {mark} END")
    return key, mark


def typed_source(source: str, roles: dict[str, str], form: str) -> str:
    """The CSV source with the timestamp read by the CSV reader itself in ``form`` and the
    touchpoint as the ENUM of the sampled names (~8% less CPU at 10 million events than
    strptime and a cast on text columns). The reader stops at the first cell that does not
    fit (a ConversionException: a bad row, another form, a name the sample missed); the
    caller then runs the tolerant query, which also names the bad rows."""
    names = re.search(r"names=\[([^\]]*)\]", source)
    assert names is not None
    types = {roles["timestamp"].strip('"'): "TIMESTAMP", roles["touchpoint"].strip('"'): ENUM}
    columns = ", ".join(f"{name}: {literal(types.get(name.strip(chr(39)), 'VARCHAR'))}"
                        for name in (n.strip() for n in names.group(1).split(",")))
    return (source.replace("all_varchar=true, ", "")
            .replace(names.group(0), f"columns={{{columns}}}, auto_detect=false, "
                                     f"timestampformat={literal(form)}"))


def sorted_list(column: str) -> str:
    """``list_sort`` of a list column, skipped for lists already in order: sorting lists
    one by one is the costliest step after reading, and in a log written in time order
    most customers' events arrive in order (a one-pass ``list_reduce`` checks it; the
    CASE sorts only the others). Negative keys and NULLs simply take the sort."""
    in_order = (f"list_reduce({column}, lambda a, b: CASE WHEN a >= 0 AND a <= b THEN b "
                f"ELSE -1 END) >= 0")
    return f"CASE WHEN {in_order} THEN {column} ELSE list_sort({column}) END"
