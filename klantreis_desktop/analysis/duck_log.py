"""Event logs of tens of millions of rows on a laptop: DuckDB reads them out of core.

DuckDB (MIT licence, in-process, no server) reads the CSV or Parquet file itself, in
parallel, and spills to a temporary folder beyond ``memory_limit``. One query turns the
events into path variants (:class:`~.path_table.PathTable`): touchpoint names are coded as
small integers (their place in an ENUM type of the names, ordered by name), each customer's
codes are listed in time order (one 32-bit number per event for whole-second logs, the
time and code together), and equal lists are counted (per segment, with the first
and last date). Python never holds a row. Where the time goes, against DuckDB's own
``read_csv`` + ``GROUP BY`` customer: reading every timestamp (the CSV reader's own
TIMESTAMP in the sample's form when every cell fits, else one strptime), building
each customer's list (the largest share) and sorting the lists that arrive out of
order; see ``docs/measured-journeys.md``.

The columns, delimiter and encoding are guessed as for the pure-Python import (from the
first 256 KB) and the timestamp forms are learnt from those rows too: Dutch
``dd-mm-jjjj [HH:MM[:SS]]`` with ``-``, ``/`` or ``.``, ISO with a space or ``T`` and
fractions, and Excel serial numbers. A log whose timestamps carry UTC offsets needs the
pure-Python reader (``engine="python"``). Rows without a readable timestamp, customer or
touchpoint refuse the log with their row numbers, or are left out with ``skip_bad_rows``.

:func:`log_paths` chooses the engine: the pure-Python reader for small CSV files (below
:data:`SMALL_LOG_BYTES`, where it is faster than starting DuckDB; see
``benchmarks/eventlog_scale.py``), DuckDB above it and for every Parquet file.
"""

from __future__ import annotations

import tempfile
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from klantreis_desktop.analysis.csvformat import (
    ColumnMapping,
    EventLogError,
    ImportCancelled,
    guess_mapping,
)
from klantreis_desktop.analysis.duck_sql import (
    ENUM,
    timestamp_forms,
)
from klantreis_desktop.analysis.duck_sql import (
    literal as _literal,
)
from klantreis_desktop.analysis.duck_sql import (
    narrow_key as _narrow_key,
)
from klantreis_desktop.analysis.duck_sql import (
    quote as _quote,
)
from klantreis_desktop.analysis.duck_sql import (
    sorted_list as _sorted,
)
from klantreis_desktop.analysis.duck_sql import (
    time_window as _time_window,
)
from klantreis_desktop.analysis.duck_sql import (
    timestamp_sql as _timestamp_sql,
)
from klantreis_desktop.analysis.duck_sql import (
    typed_source as _typed_source,
)
from klantreis_desktop.analysis.path_table import PathTable, PathVariant
from klantreis_desktop.i18n import translate

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
#: Below this size a CSV log is read in pure Python (measured crossover, see the module).
SMALL_LOG_BYTES = 4 * 1024 ** 2
#: From this size on a CSV log is read in larger parts (see :func:`_read_buffer`).
LARGE_LOG_BYTES = 256 * 1024 ** 2
DEFAULT_MEMORY = "1GB"
LATE = 32768  # codes from here on belong to names the sample missed

def _tr(text: str) -> str:
    return translate("Analysis", text)


def log_paths(path: str | Path, mapping: ColumnMapping | None = None, *,
              delimiter: str | None = None, encoding: str | None = None,
              has_header: bool = True, skip_bad_rows: bool = False,
              segment: str | int | None = None, engine: str = "auto",
              memory_limit: str = DEFAULT_MEMORY, progress: Progress | None = None,
              cancelled: Cancelled | None = None, details: bool = False) -> PathTable:
    """The path variants of an event log (CSV or Parquet), by the fastest engine
    (``details``: also each touchpoint's usual channel and phase)."""
    file = Path(path)
    if not file.is_file():
        raise EventLogError(_tr("{file}: file not found").format(file=file))
    parquet = _is_parquet(file)
    if engine == "auto":
        small = file.stat().st_size < SMALL_LOG_BYTES
        engine = "python" if small and not parquet and segment is None else "duckdb"
    if engine == "python":
        if parquet or segment is not None:
            raise EventLogError(_tr("Parquet logs and segments need the DuckDB engine."))
        from klantreis_desktop.analysis.eventlog import read_event_log
        from klantreis_desktop.analysis.path_table import from_event_log

        log = read_event_log(file, mapping, delimiter=delimiter, encoding=encoding,
                             has_header=has_header, skip_bad_rows=skip_bad_rows,
                             progress=progress, cancel=cancelled)
        return from_event_log(log, file.name)
    return duck_paths(file, mapping, delimiter=delimiter, encoding=encoding,
                      has_header=has_header, skip_bad_rows=skip_bad_rows, segment=segment,
                      memory_limit=memory_limit, progress=progress, cancelled=cancelled,
                      details=details)


def _is_parquet(file: Path) -> bool:
    with open(file, "rb") as handle:
        return handle.read(4) == b"PAR1"


def transcoded(file: Path, encoding: str, folder: str) -> Path:
    """A UTF-8 copy of a log in another encoding, written in blocks (DuckDB reads UTF-8;
    its own latin-1 refuses the cp1252 quotes and euro sign Excel writes)."""
    import codecs
    import shutil

    needed = file.stat().st_size * 2
    if shutil.disk_usage(folder).free < needed:
        raise EventLogError(_tr("There is not enough free disk space ({size} MB needed) to "
                                "read this log.").format(size=needed // 2 ** 20))
    target = Path(folder) / "log-utf8.csv"
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    with open(file, "rb") as source, open(target, "w", encoding="utf-8", newline="") as out:
        while block := source.read(1 << 22):
            out.write(decoder.decode(block).lstrip("\ufeff") if source.tell() <= 1 << 22
                      else decoder.decode(block))
        out.write(decoder.decode(b"", final=True))
    return target


def _columns(file: Path, mapping: ColumnMapping | None, delimiter: str | None,
             encoding: str | None, has_header: bool, segment: str | int | None, folder: str
             ) -> tuple[str, dict[str, str], tuple[list[str], list[str]], str, str]:
    """(source SQL, role → column SQL, (timestamp, touchpoint) samples, delimiter, encoding)."""
    if _is_parquet(file):
        import duckdb

        con = duckdb.connect()
        try:
            described = con.execute("DESCRIBE SELECT * FROM read_parquet(?)",
                                    [str(file)]).fetchall()
            header = [str(row[0]) for row in described]
            sample_rows = con.execute("SELECT * FROM read_parquet(?) LIMIT 200",
                                      [str(file)]).fetchall()
        finally:
            con.close()
        rows = [["" if v is None else (v.strftime("%Y-%m-%d %H:%M:%S.%f")
                                       if isinstance(v, datetime) else str(v)) for v in row]
                for row in sample_rows]
        source = f"read_parquet({_literal(str(file))})"
        names = header
        rows += [["" for _ in header]]  # the names come from the whole column, below
        chosen_delimiter, chosen_encoding = "", ""
    else:
        from klantreis_desktop.analysis.eventlog import preview_file

        preview = preview_file(file, rows=100_000, encoding=encoding, delimiter=delimiter)
        header = preview.header if has_header else [str(i + 1) for i in
                                                    range(len(preview.header))]
        rows = preview.rows if has_header else [preview.header, *preview.rows]
        chosen_delimiter = preview.delimiter
        chosen_encoding = preview.encoding
        read = file
        if preview.encoding.lower() not in ("utf-8", "utf-8-sig", "ascii"):
            read = transcoded(file, preview.encoding, folder)
        names = [f"c{i}" for i in range(len(header))]
        source = (f"read_csv({_literal(str(read))}, delim={_literal(chosen_delimiter)}, "
                  f"header={'true' if has_header else 'false'}, all_varchar=true, "
                  f"quote='\"', escape='\"', encoding='utf-8', "
                  f"names=[{', '.join(_literal(n) for n in names)}], null_padding=true"
                  f"{_read_buffer(read.stat().st_size)})")
    if mapping is None:
        mapping = guess_mapping(header) if has_header else None
        if mapping is None:
            raise EventLogError(_tr("Which columns hold the customer id, the timestamp and the "
                                    "touchpoint? Choose them (the header was not recognised)."))
    index = mapping.resolve(header if has_header else None)
    if segment is not None:
        from klantreis_desktop.analysis.csvformat import _column_index

        index["segment"] = _column_index("segment", segment, header if has_header else None)
    roles = {role: _quote(names[i]) for role, i in index.items()}
    names_seen = [row[index["touchpoint"]] for row in rows if index["touchpoint"] < len(row)]
    times_seen = [row[index["timestamp"]] for row in rows[:500] if index["timestamp"] < len(row)]
    if chosen_delimiter:
        spread = spread_sample(file, preview.encoding, chosen_delimiter)
        names_seen += [row[index["touchpoint"]] for row in spread
                       if index["touchpoint"] < len(row)]
        # every 50th row's time is enough to place the log's time window (_narrow_key)
        times_seen += [row[index["timestamp"]] for row in spread[::50]
                       if index["timestamp"] < len(row)]
    samples = (times_seen, names_seen)
    return source, roles, samples, chosen_delimiter, chosen_encoding


def _read_buffer(size: int) -> str:
    """A 64 MB read buffer for large CSV logs: DuckDB's CSV reader then gives each thread
    16 MB of the file at a time (a quarter of the buffer), far larger parts than by
    default, so fewer customers have events in parts read by both threads, whose lists
    arrive out of order and must be sorted (at 10 million events ~15% of the lists
    instead of ~60%). Larger buffers count against ``memory_limit`` (256 MB runs out of
    memory at 50 million events); see docs/measured-journeys.md."""
    return f", buffer_size={64 * 1024 ** 2}" if size >= LARGE_LOG_BYTES else ""


def spread_sample(file: Path, encoding: str, delimiter: str, blocks: int = 64,
                  size: int = 32_768) -> list[list[str]]:
    """Rows from ``blocks`` places spread over the file, its very end included.

    A log sorted by time names its late touchpoints (the survey mail, the renewal) and
    its last times only near its end; these few reads find nearly every name and the
    log's time window without reading the file.
    """
    import csv
    import io

    found: list[list[str]] = []
    length = file.stat().st_size
    if length <= size * blocks:
        return found
    with open(file, "rb") as handle:
        for start in [length * number // blocks for number in range(1, blocks)] + [
                length - size]:
            handle.seek(start)
            block = handle.read(size)
            cut = block.find(b"\n")
            end = block.rfind(b"\n")
            if cut < 0 or end <= cut:
                continue
            text = block[cut + 1:end].decode(encoding, errors="replace")
            found += csv.reader(io.StringIO(text), delimiter=delimiter)
    return found


def duck_paths(file: Path, mapping: ColumnMapping | None = None, *,
               delimiter: str | None = None, encoding: str | None = None,
               has_header: bool = True, skip_bad_rows: bool = False,
               segment: str | int | None = None, memory_limit: str = DEFAULT_MEMORY,
               progress: Progress | None = None, cancelled: Cancelled | None = None,
               threads: int | None = None, details: bool = False) -> PathTable:
    """The path variants of ``file`` computed by DuckDB (see the module). ``details``
    also finds each touchpoint's usual channel and phase (one more pass over the file)."""
    with tempfile.TemporaryDirectory(prefix="klantreis-duckdb-") as spill:
        return _duck_paths(file, mapping, delimiter, encoding, has_header, skip_bad_rows,
                           segment, memory_limit, progress, cancelled, threads, details,
                           spill)


def _duck_paths(file: Path, mapping: ColumnMapping | None, delimiter: str | None,
                encoding: str | None, has_header: bool, skip_bad_rows: bool,
                segment: str | int | None, memory_limit: str, progress: Progress | None,
                cancelled: Cancelled | None, threads: int | None, details: bool,
                spill: str) -> PathTable:
    import duckdb

    source, roles, samples, _delimiter, _encoding = _columns(
        file, mapping, delimiter, encoding, has_header, segment, spill)
    parquet = not _delimiter
    forms, serial, dates_only = timestamp_forms(samples[0])
    ts = _timestamp_sql(roles["timestamp"], forms, serial, parquet)
    raw = f"CAST({roles['touchpoint']} AS VARCHAR)"
    seg = f", trim(CAST({roles['segment']} AS VARCHAR)) AS seg" if "segment" in roles else ""
    # One number per event sorts it and names it: the time (or, for dates without clock
    # times, the day and the row number) in the high bits, the touchpoint's code in the
    # low ones. A customer's list of these needs no ORDER BY buffer (which cannot spill to
    # disk): list_sort orders it, and the low bits are the path. Equal times therefore go
    # by code, i.e. by name, as in path_table.from_event_log.
    # Codes are the positions of the sampled names in an ENUM type ordered by name (a cast
    # is a hash look-up, cheaper than a join); a name first met elsewhere gets 32768 + its
    # hash, which only marks it: then every name is read and the query runs again (seldom).
    # Whole-second logs whose sampled times lie in a window of a few years take a 32-bit
    # INTEGER (see _narrow_key): the lists are built ~10-15% cheaper.
    window = None if dates_only or serial or parquet or any("%f" in f for f in forms) else (
        _time_window(samples[0], forms))

    def paths_query(names: int, narrow: bool, typed: bool) -> tuple[str, int]:
        """The query and the mask of the code bits, for ``names`` coded names."""
        rows_of, stamp = source, ts
        narrowed = _narrow_key(raw, window, names) if narrow and window else None
        if typed and window:
            rows_of, stamp = _typed_source(source, roles, forms[0]), roles["timestamp"]
            narrowed = _narrow_key(roles["touchpoint"], window, names, typed=True)
        if narrowed:
            key, mask = narrowed
        else:
            mask = 65535
            code = (f"coalesce(enum_code(TRY_CAST({raw} AS {ENUM}))::BIGINT, if({raw} IS NULL, "
                    f"NULL, {LATE} + (hash({raw}) % {LATE})::BIGINT))")
            if dates_only:  # the row number is counted on the file, in file order
                rows_of = f"(SELECT *, row_number() OVER () AS r FROM {source})"
                key = (f"((datediff('day', DATE '1970-01-01', ts) * {2 ** 27}) + r) * 65536 "
                       f"+ {code}")
            else:
                key = f"epoch_ms(ts) * 65536 + {code}"
        events = f"""
            SELECT CAST({roles['customer']} AS VARCHAR) AS c, {stamp} AS ts{seg}, {key} AS k
            FROM {rows_of}"""
        extra = ", min(ts) AS first, max(ts) AS last" if details else ""
        outer = ", min(first)::DATE, max(last)::DATE" if details else ", NULL, NULL"
        return f"""
            SELECT list_transform({_sorted('k')}, lambda x: x & {mask}) AS p,
                   coalesce(c, '') = '' AS nobody, {'seg' if seg else "''"}, count(*)::BIGINT
                   {outer}
            FROM (SELECT c, list(k) AS k {extra}{', min(seg) AS seg' if seg else ''}
                  FROM ({events}) GROUP BY c)
            GROUP BY ALL""", mask

    con = duckdb.connect(config={"memory_limit": memory_limit, "temp_directory": spill,
                                 "preserve_insertion_order": dates_only,
                                 **({"threads": threads} if threads else {})})
    con.execute("SET enable_progress_bar = true")  # progress for the caller, never printed
    con.execute("SET enable_progress_bar_print = false")
    try:
        seen = set(samples[1])
        if parquet:  # a column store reads one column fast: take every name
            seen = _all_names(con, source, raw, cancelled)
        # the CSV reader's own types first for one-form whole-second CSV logs (see above)
        narrow, typed = True, bool(window) and len(forms) == 1
        for _attempt in range(3):
            # Raw spellings ordered by their trimmed name: equal names get neighbouring
            # codes, so ties sort by name as in path_table.from_event_log.
            spellings = sorted((name for name in seen if name.strip()),
                               key=lambda name: (name.strip(), name))
            if len(spellings) >= LATE:
                raise EventLogError(_tr("The log names more than {count} different touchpoints; "
                                        "aggregate it first.").format(count=LATE - 1))
            con.execute(f"DROP TYPE IF EXISTS {ENUM}")
            con.execute(f"CREATE TYPE {ENUM} AS ENUM "
                        f"({', '.join(_literal(name) for name in spellings) or _literal(' ')})")
            query, mask = paths_query(len(spellings), narrow, typed)
            try:
                rows = _run(con, query, _part(progress, 0, 1000 if not details else 800),
                            cancelled)
            except (duckdb.ConversionException, duckdb.OutOfRangeException):
                if not typed:
                    raise
                typed = False  # a cell the reader's types refuse: the tolerant query
                continue
            names = dict(enumerate(spellings))
            late = LATE if mask == 65535 else mask  # the narrow key's mark (_narrow_key)
            if not any(c is not None and c >= late for row in rows for c in row[0] or ()):
                break
            # A name the sample missed: its hash code would order a tie by hash, not by
            # name, so read every name (one pass) and run again with all of them (and the
            # wide key: the mark may also stand for a time outside the narrow window).
            seen = _all_names(con, source, raw, cancelled)
            narrow = False
        bad = sum(int(row[3]) * (len(row[0] or ()) if row[1] else sum(
            c is None or not names.get(c, "").strip() for c in row[0] or ()))
            for row in rows)
        if bad and not skip_bad_rows:
            raise _bad_rows_error(con, source, roles, ts, bad, 1 if has_header else 0)
        usual = (_usual(con, source, roles, _part(progress, 800, 1000), cancelled)
                 if details and ("channel" in roles or "phase" in roles) else ({}, {}))
    except duckdb.InterruptException as stop:
        raise ImportCancelled(_tr("Cancelled; nothing was imported.")) from stop
    except duckdb.OutOfMemoryException as error:
        raise EventLogError(_tr("The log does not fit in {limit} of memory and the disk "
                                "for temporary files: {reason}").format(
            limit=memory_limit, reason=str(error)[:200])) from error
    except duckdb.IOException as error:
        raise EventLogError(_tr("The log cannot be read: {reason}").format(
            reason=str(error)[:300])) from error
    except duckdb.Error as error:
        raise EventLogError(_tr("The log cannot be read: {reason}").format(
            reason=str(error).splitlines()[0][:300])) from error
    finally:
        con.close()
    text = {code: name.strip() for code, name in names.items()}
    merged: dict[tuple[str, tuple[str, ...]], list[Any]] = {}
    total = 0
    for codes, nobody, seg_value, customers, first, last in rows:
        steps = tuple(name for c in codes or () if c is not None and (name := text.get(c)))
        if nobody or not steps:
            continue
        total += len(steps) * int(customers)
        group = (str(seg_value or ""), steps)
        found = merged.setdefault(group, [0, "", ""])
        found[0] += int(customers)
        found[1] = min(filter(None, (found[1], first.isoformat() if first else "")),
                       default="")
        found[2] = max(found[2], last.isoformat() if last else "")
    if not merged:
        raise EventLogError(_tr("The file holds no events."))
    variants = [PathVariant(steps, n, segment_name, first, last)
                for (segment_name, steps), (n, first, last) in merged.items()]
    variants.sort(key=lambda v: (v.segment, -v.customers, v.steps))
    return PathTable(variants, file.name, "duckdb", total, bad, usual[0], usual[1])


def _all_names(con: Any, source: str, raw: str, cancelled: Cancelled | None) -> set[str]:
    return {str(n) for (n,) in _run(con, f"SELECT DISTINCT {raw} FROM {source}", None,
                                    cancelled) if n is not None}


def _usual(con: Any, source: str, roles: dict[str, str], progress: Progress | None,
           cancelled: Cancelled | None) -> tuple[dict[str, str], dict[str, str]]:
    """Each touchpoint's most frequent channel and phase (one more pass)."""
    def text(role: str) -> str:
        return f"trim(CAST({roles[role]} AS VARCHAR))" if role in roles else "''"

    rows = _run(con, f"""
        SELECT tp, arg_max(ch, n) FILTER (WHERE ch <> ''), arg_max(ph, m) FILTER (WHERE ph <> '')
        FROM (SELECT tp, ch, ph, sum(k) OVER (PARTITION BY tp, ch) AS n,
                     sum(k) OVER (PARTITION BY tp, ph) AS m
              FROM (SELECT {text('touchpoint')} AS tp, {text('channel')} AS ch,
                           {text('phase')} AS ph, count(*) AS k
                    FROM {source} GROUP BY ALL) WHERE tp <> '')
        GROUP BY tp""", progress, cancelled)
    return ({str(a): str(b) for a, b, _ in rows if b},
            {str(a): str(c) for a, _, c in rows if c})


def _bad_rows_error(con: Any, source: str, roles: dict[str, str], ts: str, bad: int,
                    first: int, shown: int = 20) -> EventLogError:
    """The refusal naming the first bad rows (one more pass, only when there are some)."""
    found = con.execute(f"""
        SELECT line, c, tp, ts FROM (
            SELECT row_number() OVER () + {first} AS line,
                   trim(CAST({roles['customer']} AS VARCHAR)) AS c,
                   trim(CAST({roles['touchpoint']} AS VARCHAR)) AS tp, {ts} AS ts
            FROM {source})
        WHERE ts IS NULL OR coalesce(c, '') = '' OR coalesce(tp, '') = ''
        ORDER BY line LIMIT {shown}""").fetchall()
    lines = [_tr("Nothing was imported: {count} rows have problems.").format(count=bad)]
    for line, customer, touchpoint, when in found:
        if not customer:
            lines.append(_tr("Row {row}: no customer id.").format(row=line))
        elif not touchpoint:
            lines.append(_tr("Row {row}: no touchpoint.").format(row=line))
        elif when is None:
            lines.append(_tr("Row {row}: the timestamp cannot be read.").format(row=line))
    if bad > len(found):
        lines.append(_tr("… and {count} more.").format(count=bad - len(found)))
    return EventLogError("\n".join(lines), [(int(r[0]), "") for r in found], bad)


def _part(progress: Progress | None, low: int, high: int) -> Progress | None:
    """Progress of one step mapped onto ``low``…``high`` of the whole (per mille)."""
    if progress is None:
        return None
    return lambda done, total: progress(low + (high - low) * done // max(total, 1), 1000)


def _run(con: Any, sql: str, progress: Progress | None,
         cancelled: Cancelled | None) -> list[tuple[Any, ...]]:
    """Run ``sql`` in a worker thread; report progress (per mille) and honour cancel."""
    result: dict[str, Any] = {}

    def work() -> None:
        try:
            result["rows"] = con.execute(sql).fetchall()
        except BaseException as error:  # handed to the caller's thread below
            result["error"] = error

    worker = threading.Thread(target=work, name="duckdb-query", daemon=True)
    worker.start()
    while worker.is_alive():
        worker.join(0.02)
        if cancelled is not None and cancelled():
            con.interrupt()
            worker.join()
            raise ImportCancelled(_tr("Cancelled; nothing was imported."))
        if progress is not None and worker.is_alive():
            done = con.query_progress()
            if done >= 0:
                progress(int(done * 10), 1000)
    if "error" in result:
        raise result["error"]
    if progress is not None:
        progress(1000, 1000)
    return list(result.get("rows", []))


def parquet_rows(file: Path, cancelled: Cancelled | None = None
                 ) -> tuple[list[str], list[list[Any]]]:
    """Header and rows of a (small) Parquet file, such as a path table."""
    import duckdb

    con = duckdb.connect()
    try:
        relation = con.execute("SELECT * FROM read_parquet(?)", [str(file)])
        header = [str(d[0]) for d in relation.description or ()]
        rows = [list(row) for row in relation.fetchall()]
    except duckdb.Error as error:
        raise EventLogError(_tr("{file} cannot be read: {reason}").format(
            file=file.name, reason=str(error).splitlines()[0][:200])) from error
    finally:
        con.close()
    if cancelled is not None and cancelled():
        raise ImportCancelled(_tr("Cancelled; nothing was imported."))
    return header, rows
