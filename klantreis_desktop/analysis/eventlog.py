"""Import a CSV event log: one row per event (customer id, timestamp, touchpoint, channel,
optional phase), as a CRM or web-analytics export writes it.

All or nothing: by default one bad row fails the whole import with the first problems and
their row numbers (row 1 is the header, as Excel numbers them); with ``skip_bad_rows`` the
bad rows are left out and reported in :attr:`EventLog.skipped`. A cancelled import raises
:class:`ImportCancelled`. Either way no partial log is returned.

Speed: see :mod:`.scan`; names are coded as small integers, timestamps parsed through
date/time caches, all per-row work done by C-level ``map`` calls over chunks of rows
(``benchmarks/eventlog_bench.py`` compares it with merely reading the file with csv).
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from klantreis_desktop.analysis.csvformat import (
    ColumnMapping,
    EventLogError,
    ImportCancelled,
    Preview,
    guess_mapping,
    not_csv_error,
    not_text_reason,
    preview_text,
)
from klantreis_desktop.analysis.rows import (
    FALLBACK,
    MixedLineEnds,
    WrongEncoding,
    guess_encoding,
    open_rows,
)
from klantreis_desktop.analysis.scan import ChunkScanner
from klantreis_desktop.collector import collector_paused
from klantreis_desktop.i18n import translate

__all__ = ["ColumnMapping", "EventLog", "EventLogError", "ImportCancelled", "Preview",
           "parse_event_log", "preview_file", "read_event_log"]

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool] | threading.Event
MAX_BYTES = 1024 ** 3


def _tr(text: str) -> str:
    return translate("Analysis", text)


@dataclass
class EventLog:
    """Every customer's journey from the log, events in time order.

    Names are coded: ``touchpoints[code]`` is a name; channel and phase code 0 is "none".
    ``sequences[i]`` and ``times[i]`` belong to ``customers[i]`` (first-seen order); times
    are seconds since 1970 (see :mod:`.timestamps`). Channels and phases are kept per event
    in file order (``event_*``): they only matter as each touchpoint's usual channel/phase.
    """

    customers: list[str]
    touchpoints: list[str]
    channels: list[str]
    phases: list[str]
    sequences: list[tuple[int, ...]]
    times: list[tuple[float, ...]]
    event_touchpoints: list[int] = field(default_factory=list, repr=False)
    event_channels: list[int] = field(default_factory=list, repr=False)
    event_phases: list[int] = field(default_factory=list, repr=False)
    rows: int = 0
    skipped: list[tuple[int, str]] = field(default_factory=list)
    skipped_count: int = 0
    encoding: str = ""
    delimiter: str = ""

    @property
    def events(self) -> int:
        return sum(map(len, self.sequences))

    @property
    def has_phases(self) -> bool:
        return len(self.phases) > 1

    @property
    def has_channels(self) -> bool:
        return len(self.channels) > 1

    def path_names(self, index: int) -> list[str]:
        """The touchpoint names of customer ``index`` in time order."""
        names = self.touchpoints
        return [names[c] for c in self.sequences[index]]

    def _most_common(self, codes: list[int], names: list[str]) -> dict[str, str]:
        best: dict[int, tuple[int, int]] = {}
        for (tp, code), count in Counter(zip(self.event_touchpoints, codes,
                                             strict=False)).items():
            if code and count > best.get(tp, (0, 0))[0]:
                best[tp] = (count, code)
        return {self.touchpoints[tp]: names[code] for tp, (_, code) in sorted(best.items())}

    def channel_by_touchpoint(self) -> dict[str, str]:
        """Each touchpoint's most frequent channel (touchpoints without one are left out)."""
        return self._most_common(self.event_channels, self.channels)

    def phase_by_touchpoint(self) -> dict[str, str]:
        """Each touchpoint's most frequent phase (empty when the log has no phase column)."""
        return self._most_common(self.event_phases, self.phases)


def read_event_log(path: str | Path, mapping: ColumnMapping | None = None, *,
                   delimiter: str | None = None, encoding: str | None = None,
                   has_header: bool = True, skip_bad_rows: bool = False,
                   max_problems: int = 20, progress: Progress | None = None,
                   cancel: Cancel | None = None) -> EventLog:
    """Read the event log at ``path``; see :func:`parse_event_log` for the options."""
    file = Path(path)
    try:
        size = file.stat().st_size
        if size > MAX_BYTES:
            raise EventLogError(_tr("{file} is too large to import ({size} MB; at most {limit} "
                                    "MB).").format(file=file.name, size=size // 2 ** 20,
                                                   limit=MAX_BYTES // 2 ** 20))
        data = file.read_bytes()
    except OSError as error:
        raise EventLogError(_tr("{file} cannot be read: {reason}").format(
            file=file.name, reason=_os_reason(error))) from error
    if encoding is None and (reason := not_text_reason(data)):
        raise not_csv_error(reason, file.name)
    return parse_event_log(data, mapping, delimiter=delimiter, encoding=encoding,
                           has_header=has_header, skip_bad_rows=skip_bad_rows,
                           max_problems=max_problems, progress=progress, cancel=cancel)


def parse_event_log(data: bytes, mapping: ColumnMapping | None = None, *,
                    delimiter: str | None = None, encoding: str | None = None,
                    has_header: bool = True, skip_bad_rows: bool = False,
                    max_problems: int = 20, progress: Progress | None = None,
                    cancel: Cancel | None = None) -> EventLog:
    """An :class:`EventLog` from the bytes of a CSV file.

    ``mapping`` None guesses the columns from the header names; ``delimiter`` and
    ``encoding`` None detect them. ``progress(done, total)`` is called now and then with
    rows; ``cancel`` (a callable or a threading.Event) stops the import. Data that is
    not text at all (a workbook, an image) is refused before any column is guessed.
    """
    if encoding is None and (reason := not_text_reason(data)):
        raise not_csv_error(reason)
    tried = encoding or guess_encoding(data)
    careful = False
    while True:
        try:
            return _parse(data, tried, careful, mapping, delimiter, has_header,
                          skip_bad_rows, max_problems, progress, cancel)
        except WrongEncoding as wrong:
            if encoding is not None or tried not in FALLBACK:
                raise wrong.as_error() from wrong
            tried = FALLBACK[tried]  # guessed UTF-8, but a later byte says cp1252
        except MixedLineEnds:
            careful = True


def _parse(data: bytes, encoding: str, careful: bool, mapping: ColumnMapping | None,
           delimiter: str | None, has_header: bool, skip_bad_rows: bool, max_problems: int,
           progress: Progress | None, cancel: Cancel | None) -> EventLog:
    source = open_rows(data, encoding, delimiter, has_header, careful)
    if mapping is None:
        mapping = guess_mapping(source.header) if source.header else None
        if mapping is None:
            raise EventLogError(_tr("Which columns hold the customer id, the timestamp and the "
                                    "touchpoint? Choose them (the header was not recognised)."))
    columns = mapping.resolve(source.header)
    scan = ChunkScanner(columns, max_problems, _stop_check(cancel), progress, source.total)
    with collector_paused():  # millions of short-lived lists: it would double the time
        scan.run(source.chunks, first_row=2 if has_header else 1)
        grouped = scan.grouped() if scan.events and not (
            scan.bad and not skip_bad_rows) else ([], [], [])
    if scan.bad and not skip_bad_rows:
        raise EventLogError(_failure_message(scan.problems, scan.bad, max_problems),
                            scan.problems, scan.bad)
    if not scan.events:
        raise EventLogError(_tr("The file holds no events."), scan.problems, scan.bad)
    customers, sequences, times = grouped
    log = EventLog(customers, scan.touchpoints.names, scan.channels.names,
                   scan.phases.names, sequences, times, scan.event_touchpoint,
                   scan.event_channel, scan.event_phase, rows=scan.rows,
                   skipped=scan.problems, skipped_count=scan.bad,
                   encoding=source.encoding, delimiter=source.delimiter)
    if progress is not None:
        progress(source.total, source.total)
    return log


def preview_file(path: str | Path, rows: int = 20, encoding: str | None = None,
                 delimiter: str | None = None) -> Preview:
    """The first rows of a CSV file and a guessed mapping, for the column-mapping dialog."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(256 * 1024)
    except OSError as error:
        raise EventLogError(_tr("{file} cannot be read: {reason}").format(
            file=Path(path).name, reason=_os_reason(error))) from error
    if encoding is None and (reason := not_text_reason(head)):
        raise not_csv_error(reason, Path(path).name)
    chosen = encoding or guess_encoding(head)
    try:
        text = head.decode(chosen, errors="replace")
    except LookupError as error:
        raise EventLogError(_tr("Unknown text encoding “{encoding}”.").format(
            encoding=chosen)) from error
    return preview_text(text.lstrip("\ufeff"), chosen, delimiter, rows)


def _failure_message(problems: list[tuple[int, str]], bad: int, shown: int) -> str:
    lines = [_tr("Nothing was imported: {count} rows have problems.").format(count=bad)]
    lines += [message for _, message in problems[:shown]]
    if bad > len(problems):
        lines.append(_tr("… and {count} more.").format(count=bad - len(problems)))
    return "\n".join(lines)


def _stop_check(cancel: Cancel | None) -> Callable[[], bool]:
    if cancel is None:
        return lambda: False
    if isinstance(cancel, threading.Event):
        return cancel.is_set
    return cancel


def _os_reason(error: OSError) -> str:
    """The plain reason of a failed read, imported only then: the storage package loads
    networkx, which reading a log never needs (a third of ``duck_log``'s import time)."""
    from klantreis_desktop.storage.errors import os_error_reason

    return os_error_reason(error)
