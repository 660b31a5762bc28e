"""Tables from CSV or XLSX files, and numbers as Dutch or English Excel writes them.

Metrics and survey tables come from Excel: as CSV (``;`` and decimal commas in Dutch,
``,`` and decimal points in English, cp1252 or UTF-8; read by the event-log reader,
:mod:`.rows`) or as the workbook itself (openpyxl in read-only mode, first sheet or a
named one; cells keep their type, a percentage cell 12.5 % reads as 12.5).

Numbers in text are read per **column**: ``1.234,5`` and ``1,234.5`` are both 1234.5,
``12,5 %`` is 12.5; a column that mixes decimal commas and decimal points is refused
(which one is meant cannot be told), and ambiguous cells such as ``1.250`` follow the
file's convention (``;`` between fields: Dutch, so 1250; otherwise 1.25).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from klantreis_desktop.analysis.csvformat import (
    EventLogError,
    ImportCancelled,
    not_csv_error,
    not_text_reason,
)
from klantreis_desktop.analysis.rows import (
    FALLBACK,
    MixedLineEnds,
    WrongEncoding,
    guess_encoding,
    open_rows,
)
from klantreis_desktop.analysis.timestamps import DAY, parse_date
from klantreis_desktop.i18n import translate

Cancelled = Callable[[], bool]
Progress = Callable[[int, int], None]
#: A metrics or survey table is read whole; larger ones belong in an analytical engine.
MAX_TABLE_BYTES = 512 * 1024 ** 2
MAX_TABLE_ROWS = 5_000_000


class TableError(EventLogError):
    """A table cannot be used; ``str()`` is the plain, translated reason."""


def _tr(text: str) -> str:
    return translate("Analysis", text)


@dataclass
class Table:
    """The header and rows of one sheet. Cells are text (CSV) or typed (XLSX)."""

    header: list[str]
    rows: list[list[Any]]
    name: str = ""
    delimiter: str = ""  # "" for a workbook
    #: Columns whose cells are formatted as percentages in the workbook (0.125 → 12.5).
    percent_columns: set[int] = field(default_factory=set)

    @property
    def dutch(self) -> bool:
        """Ambiguous numbers follow Dutch conventions (a ``;`` CSV)."""
        return self.delimiter == ";"

    def column(self, wanted: str | int, what: str = "") -> int:
        """The index of a column by header name (case-insensitive) or 0-based number."""
        if isinstance(wanted, int):
            if not 0 <= wanted < len(self.header):
                raise TableError(_tr("The table has no column {number}.").format(
                    number=wanted + 1))
            return wanted
        names = [h.strip().casefold() for h in self.header]
        if wanted.strip().casefold() in names:
            return names.index(wanted.strip().casefold())
        raise TableError(_tr("The table has no column “{name}”{what} (columns: {columns})."
                             ).format(name=wanted, what=f" ({what})" if what else "",
                                      columns=", ".join(self.header)[:300]))

    def cell(self, row: list[Any], index: int) -> Any:
        return row[index] if index < len(row) else None


def read_table(path: str | Path, sheet: str | None = None, delimiter: str | None = None,
               encoding: str | None = None) -> Table:
    """The table in a CSV or XLSX file (the first row is the header)."""
    file = Path(path)
    try:
        size = file.stat().st_size
        if size > MAX_TABLE_BYTES:
            raise TableError(_tr("{file} is too large for a table ({size} MB; at most {limit} "
                                 "MB). Aggregate it first.").format(
                file=file.name, size=size // 2 ** 20, limit=MAX_TABLE_BYTES // 2 ** 20))
        data = file.read_bytes()
    except OSError as error:
        raise TableError(_tr("{file} cannot be read: {reason}").format(
            file=file.name, reason=_os_reason(error))) from error
    if data.startswith(b"PK\x03\x04"):
        return _read_workbook(file, sheet)
    if encoding is None and (reason := not_text_reason(data)):
        raise not_csv_error(reason, file.name)
    return parse_csv_table(data, file.name, delimiter, encoding)


def parse_csv_table(data: bytes, name: str = "", delimiter: str | None = None,
                    encoding: str | None = None) -> Table:
    tried = encoding or guess_encoding(data)
    careful = False
    while True:
        try:
            rows = open_rows(data, tried, delimiter, True, careful)
            body = [row for chunk in rows.chunks for row in chunk if any(
                cell.strip() for cell in row)]
            break
        except WrongEncoding as wrong:
            if encoding is not None or tried not in FALLBACK:
                raise wrong.as_error() from wrong
            tried = FALLBACK[tried]
        except MixedLineEnds:
            careful = True
    if len(body) > MAX_TABLE_ROWS:
        raise TableError(_tr("The table has more than {count} rows; aggregate it first.")
                         .format(count=MAX_TABLE_ROWS))
    header = [h.strip() for h in (rows.header or [])]
    return Table(header, list(body), name, rows.delimiter)


def _read_workbook(path: Path, sheet: str | None) -> Table:
    try:
        import openpyxl
    except ImportError as error:  # pragma: no cover - a dependency
        raise TableError(_tr("Reading workbooks needs openpyxl.")) from error
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # a damaged or foreign zip: never a traceback
        raise TableError(_tr("{file} is not a workbook that can be read ({reason}).").format(
            file=path.name, reason=type(error).__name__)) from error
    try:
        if sheet is not None and sheet not in book.sheetnames:
            raise TableError(_tr("{file} has no sheet “{sheet}” (sheets: {sheets}).").format(
                file=path.name, sheet=sheet, sheets=", ".join(book.sheetnames)))
        page = book[sheet] if sheet is not None else book.worksheets[0]
        header: list[str] = []
        rows: list[list[Any]] = []
        percent: set[int] = set()
        for number, cells in enumerate(page.iter_rows()):
            values = [c.value for c in cells]
            if number == 0:
                header = ["" if v is None else str(v).strip() for v in values]
                continue
            if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
                continue
            for index, c in enumerate(cells):
                if isinstance(c.value, (int, float)) and "%" in str(
                        getattr(c, "number_format", "") or ""):
                    percent.add(index)
            rows.append(values)
            if len(rows) > MAX_TABLE_ROWS:
                raise TableError(_tr("The table has more than {count} rows; aggregate it "
                                     "first.").format(count=MAX_TABLE_ROWS))
    finally:
        book.close()
    return Table(header, rows, path.name, "", percent)


# Numbers ---------------------------------------------------------------------------------

_PLAIN = re.compile(r"[+-]?\d+$")
_COMMA = re.compile(r"[+-]?\d+,\d+$")
_POINT = re.compile(r"[+-]?\d+\.\d+$")
_DUTCH_GROUPED = re.compile(r"[+-]?\d{1,3}(\.\d{3})+(,\d+)?$")
_ENGLISH_GROUPED = re.compile(r"[+-]?\d{1,3}(,\d{3})+(\.\d+)?$")
_STRIP = re.compile(r"[\s\u00a0\u202f'€$£]")


def _style(text: str) -> str:
    """"comma", "point", "either" (``1,250``, ``1.250``), "plain" or "none" (no number)."""
    if _PLAIN.match(text):
        return "plain"
    for pattern, comma in ((_COMMA, True), (_POINT, False)):
        if pattern.match(text):
            digits = len(text) - text.index("," if comma else ".") - 1
            if digits == 3 and len(text.lstrip("+-").split("," if comma else ".")[0]) <= 3:
                return "either"
            return "comma" if comma else "point"
    if _DUTCH_GROUPED.match(text):
        return "comma"
    if _ENGLISH_GROUPED.match(text):
        return "point"
    return "none"


@dataclass
class NumberColumn:
    """The numbers of one column: per row its value, or None for an empty cell."""

    values: list[float | None]
    empty: int
    percent: bool  # any cell said "%"


def parse_numbers(table: Table, index: int, label: str) -> NumberColumn:
    """Every cell of column ``index`` as a number; :class:`TableError` on text that is no
    number, on a column that mixes decimal commas and points, and on an empty column."""
    texts: list[tuple[int, str]] = []
    values: list[float | None] = [None] * len(table.rows)
    percent = index in table.percent_columns
    styles: dict[str, int] = {}
    bad: list[str] = []
    for number, row in enumerate(table.rows):
        cell = table.cell(row, index)
        if cell is None or (isinstance(cell, str) and not cell.strip()):
            continue
        if isinstance(cell, bool):
            bad.append(_row_problem(number, label, str(cell)))
            continue
        if isinstance(cell, (int, float)):
            values[number] = float(cell) * (100.0 if index in table.percent_columns else 1.0)
            continue
        text = _STRIP.sub("", str(cell))
        if text.endswith("%"):
            text, percent = text[:-1], True
        style = _style(text)
        if style == "none":
            bad.append(_row_problem(number, label, str(cell)))
            continue
        styles.setdefault(style, number)
        texts.append((number, text))
    problems: list[str] = []  # every kind at once, not the first one found
    if bad:
        problems += [_tr("Column “{column}” holds text that is not a number:").format(
            column=label), *bad[:10]]
        if len(bad) > 10:
            problems.append(_tr("… and {count} more.").format(count=len(bad) - 10))
    if "comma" in styles and "point" in styles:
        problems.append(_tr("Column “{column}” mixes decimal commas (row {comma}) and decimal "
                            "points (row {point}); use one of them.").format(
            column=label, comma=styles["comma"] + 2, point=styles["point"] + 2))
    if problems:
        raise TableError("\n".join(problems))
    comma = "comma" in styles or ("point" not in styles and table.dutch)
    for number, text in texts:
        values[number] = _to_float(text, comma)
    if all(v is None for v in values):
        raise TableError(_tr("Column “{column}” is empty.").format(column=label))
    return NumberColumn(values, sum(v is None for v in values), percent)


def _to_float(text: str, comma: bool) -> float:
    if comma:
        return float(text.replace(".", "").replace(",", "."))
    return float(text.replace(",", ""))


def _row_problem(number: int, label: str, text: str) -> str:
    return _tr("Row {row}: “{text}” in column “{column}” is not a number.").format(
        row=number + 2, text=text[:40], column=label)


def parse_day(cell: Any) -> str:
    """A date cell as ``yyyy-mm-dd`` ("" for an empty cell); ValueError for other text."""
    if cell is None or (isinstance(cell, str) and not cell.strip()):
        return ""
    if isinstance(cell, dt.datetime):
        return cell.date().isoformat()
    if isinstance(cell, dt.date):
        return cell.isoformat()
    text = str(cell).strip()
    day = text.split(" ")[0].split("T")[0] if not isinstance(cell, (int, float)) else text
    seconds = parse_date(day)
    return (dt.date(1970, 1, 1) + dt.timedelta(days=int(seconds // DAY))).isoformat()


def text_of(cell: Any) -> str:
    """A cell as trimmed text (numbers without a needless ``.0``)."""
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


def check_cancelled(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelled(_tr("Cancelled; nothing was imported."))


def header_guess(header: Sequence[str], synonyms: Sequence[str]) -> int | None:
    """The first column whose normalised name is one of ``synonyms``."""
    from klantreis_desktop.analysis.csvformat import normalise_header

    normal = [normalise_header(h) for h in header]
    for synonym in synonyms:
        if synonym in normal:
            return normal.index(synonym)
    return None


def _os_reason(error: OSError) -> str:
    """The plain reason of a failed read, imported only then: the storage package loads
    networkx, which reading a log never needs (a third of ``duck_log``'s import time)."""
    from klantreis_desktop.storage.errors import os_error_reason

    return os_error_reason(error)
