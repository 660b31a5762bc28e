"""Analysis › Check against event log…: the designed journey replayed with what customers
really did (issue 19), painted on the canvas and listed in the analysis panel.

The log (CSV or Parquet event log, or a pre-aggregated path table) is read off the GUI
thread with progress and Cancel — DuckDB for large logs, out of core — into its path
variants once; events are mapped to touchpoints by title, and the names that map to
nothing are listed with a touchpoint chooser each, so checking again with a better
mapping takes no second pass over the log. Nothing here changes the document: the result
is a view (:mod:`klantreis_desktop.ui.canvas.measured_items`), so there is nothing to undo.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from klantreis_desktop.analysis.conformance import Conformance, check_conformance
from klantreis_desktop.analysis.conformance_report import conformance_text, count_text
from klantreis_desktop.analysis.csvformat import ColumnMapping, EventLogError
from klantreis_desktop.analysis.path_table import PathTable
from klantreis_desktop.layout.measured import percent_text
from klantreis_desktop.model import kinds as k
from klantreis_desktop.ui.canvas.measured_items import ConformanceView, set_conformance
from klantreis_desktop.ui.importing.import_jobs import OneJob, Worker
from klantreis_desktop.ui.importing.log_columns import LogColumns

#: Per session (a document), per journey: the last log, its event mapping and the order
#: of the mapping's rows; for this run of the app only (a check belongs to no file).
_MEMORY: weakref.WeakKeyDictionary[Any, dict[str, tuple[Path, dict[str, str], list[str]]]] = (
    weakref.WeakKeyDictionary())

#: More segments than this are no segments a workshop can look at one by one.
MAX_SEGMENTS = 200


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConformanceDialog", text)


def _customers(n: int) -> str:
    """"1 customer", "3 customers" ("1 klant", "3 klanten")."""
    return (_tr("{count} customer") if n == 1 else _tr("{count} customers")).format(
        count=count_text(n))


@dataclass(frozen=True)
class LogReading:
    """How the log is read: what the column choosers and options say (None: guess)."""

    path: Path
    mapping: ColumnMapping | None = None
    delimiter: str | None = None
    encoding: str | None = None
    has_header: bool = True
    segment: int | None = None  # the segment column (0-based)


def read_paths(reading: LogReading | Path, progress: Callable[[int, int], None],
               cancel: Any) -> PathTable:
    """The log's path variants (any engine), or the path table it is."""
    from klantreis_desktop.analysis.duck_log import log_paths
    from klantreis_desktop.analysis.path_table import is_path_table, read_path_table

    how = reading if isinstance(reading, LogReading) else LogReading(reading)
    if is_path_table(how.path):
        return read_path_table(how.path, cancel.is_set)
    return log_paths(how.path, how.mapping, delimiter=how.delimiter, encoding=how.encoding,
                     has_header=how.has_header, segment=how.segment, progress=progress,
                     cancelled=cancel.is_set)


def is_mappable(path: Path) -> bool:
    """A CSV event log (columns to choose), not Parquet or a path table (known by name)."""
    from klantreis_desktop.analysis.path_table import is_path_table

    try:
        with open(path, "rb") as handle:
            if handle.read(4) == b"PAR1":
                return False
        return not is_path_table(path)
    except (OSError, EventLogError, ValueError):
        return True  # the preview then says what is wrong


def show_result(doc: Any, journey: str, result: Conformance) -> None:
    """Paint ``result`` on every canvas of ``journey``; the analysis panel lists it."""
    set_conformance(doc, journey, ConformanceView(
        result.arrow_shares(), result.drop_offs(), result.source, result))


class ConformanceDialog(QDialog):
    """Choose a log and its columns, check, map the names that match nothing, check again."""

    job_finished = Signal(str)  # "done", "cancelled" or "failed"

    def __init__(self, session: Any, journey: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.journey = journey
        self.paths: PathTable | None = None
        self.read_with: LogReading | None = None
        self.checked: Conformance | None = None
        self.jobs = OneJob(self, self._job_busy, self._job_cancelled, self._progressed)
        self.mapping_combos: dict[str, QComboBox] = {}
        self.mapping_order: list[str] = []  # the rows as first listed (see _mapping_names)
        self.remembered: dict[str, str] = {}  # the mapping before the first check
        self.mappable = True  # the log is a CSV with columns to choose
        self.segment_note = ""  # why the segment chooser is not offered
        self.setObjectName("conformance_dialog")
        self.setWindowTitle(_tr("Check against event log"))
        self.resize(820, 640)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs, 1)
        self.columns = LogColumns(_tr("An event log (CSV, Parquet) or a path table"),
                                  ("segment",), self)
        self.columns.browse_button.clicked.connect(self._browse)
        self.columns.message.connect(self._message)
        self.columns.typed.connect(self._typed)
        self.file_edit = self.columns.file_edit
        self.tabs.addTab(self.columns, _tr("Log and columns"))
        self.tabs.addTab(self._findings_page(), _tr("Findings"))
        progress_row = QHBoxLayout()
        self.progress = QProgressBar(self)
        self.cancel_button = QPushButton(_tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel_job)
        self.check_button = QPushButton(_tr("Check"), self)
        self.check_button.setDefault(True)
        self.check_button.setObjectName("check_button")
        self.cancel_button.setObjectName("cancel_check_button")
        self.progress.setObjectName("check_progress")
        self.columns.browse_button.setObjectName("log_file_button")
        self.check_button.clicked.connect(self.start_check)
        progress_row.addWidget(self.progress, 1)
        progress_row.addStretch(0)
        progress_row.addWidget(self.cancel_button)
        progress_row.addWidget(self.check_button)
        layout.addLayout(progress_row)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._set_busy(False)

    def _findings_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        segment_row = QHBoxLayout()
        self.segment_label = QLabel(_tr("Segment:"), page)
        self.segment_combo = QComboBox(page)
        self.segment_combo.setMinimumContentsLength(20)
        self.segment_combo.currentIndexChanged.connect(self._segment_chosen)
        segment_row.addWidget(self.segment_label)
        segment_row.addWidget(self.segment_combo)
        segment_row.addStretch(1)
        layout.addLayout(segment_row)
        self.segment_label.hide()
        self.segment_combo.hide()
        layout.addWidget(QLabel(_tr("Steps of the log that match no touchpoint by title; "
                                    "choose one where it is the same step:"), page))
        self.mapping_area = QScrollArea(page)
        self.mapping_area.setWidgetResizable(True)
        self.mapping_area.setMinimumHeight(120)
        layout.addWidget(self.mapping_area, 1)
        self.findings = QListWidget(page)
        self.findings.setObjectName("conformance_findings")
        layout.addWidget(self.findings, 2)
        return page

    def _message(self, text: str) -> None:
        self.status.setText(text)

    def _browse(self) -> None:
        from klantreis_desktop.ui.importing.folders import remember_folder, start_folder

        chosen, _ = QFileDialog.getOpenFileName(
            self, _tr("Check against event log"), str(start_folder(self, self.session)),
            _tr("Event logs and path tables (*.csv *.txt *.parquet);;All files (*)"))
        if chosen:
            remember_folder(self, Path(chosen))
            self.load_file(Path(chosen))

    def _typed(self, path: Path) -> None:
        from klantreis_desktop.ui.importing.folders import remember_folder

        remember_folder(self, path)
        self.load_file(path)

    def load_file(self, path: Path) -> bool:
        """Show the log's first rows and guessed columns (a CSV event log), or say it
        needs none; :meth:`start_check` then reads and checks it."""
        if self.worker is not None:
            return False
        self.tabs.setCurrentIndex(0)
        mappable = self.mappable = is_mappable(path)
        self.columns.set_mappable(mappable)
        if mappable:
            ok = self.columns.load_file(path)
        else:
            self.columns.path = path
            self.columns.file_edit.setText(str(path))
            self.status.setText(_tr("{file}: its columns are known by name; press Check."
                                    ).format(file=path.name))
            ok = True
        self._set_busy(False)
        return ok

    def reading(self) -> LogReading | None:
        """How to read the chosen log, or None (with a message) when the form is not ready."""
        path = self.columns.path
        if path is None:
            self.status.setText(_tr("Choose a log first."))
            return None
        if not self.mappable:
            return LogReading(path)
        mapping = self.columns.mapping()
        if mapping is None:
            self.tabs.setCurrentIndex(0)
            return None
        delimiter, encoding, has_header = self.columns.reading()
        return LogReading(path, mapping, delimiter, encoding, has_header,
                          self.columns.chosen("segment"))

    def start_check(self) -> bool:
        """Read the log (unless it was read this way already), then check the journey."""
        if self.worker is not None:
            return False
        reading = self.reading()
        if reading is None:
            return False
        if self.paths is not None and reading == self.read_with:
            return self.check_again()
        self.paths = None
        self.status.setText(_tr("Reading {file}…").format(file=reading.path.name))
        self._run(partial(read_paths, reading), partial(self._read, reading))
        return True

    def _read(self, reading: LogReading, paths: PathTable) -> None:
        self.paths, self.read_with = paths, reading
        segments = [s for s in paths.segments() if s]
        self.segment_note = ""
        if len(segments) > MAX_SEGMENTS:
            self.segment_note = (_tr("The segment column holds {count} different values; "
                                    "the check covers all customers together.").format(
                count=count_text(len(segments))) + " ")
            segments = []
        self.segment_combo.blockSignals(True)
        self.segment_combo.clear()
        self.segment_combo.addItem(_tr("All customers"), None)
        for name in segments:
            self.segment_combo.addItem(name, name)
        self.segment_combo.blockSignals(False)
        self.segment_label.setVisible(bool(segments))
        self.segment_combo.setVisible(bool(segments))
        self.check_again()

    def _segment_chosen(self, _index: int) -> None:
        if self.paths is not None and self.worker is None:
            self.check_again()

    def mapping(self) -> dict[str, str]:
        """Event name → touchpoint id, as the choosers say (before the first check: as
        they said when the dialog was last closed on this journey)."""
        if not self.mapping_combos:
            return dict(self.remembered)
        return {name: str(combo.currentData()) for name, combo in self.mapping_combos.items()
                if combo.currentData()}

    def recall(self) -> None:
        """Open on the log and the mapping of the last check of this journey in this
        session (kept in memory only, never in the file)."""
        memory = _MEMORY.get(self.session, {}).get(self.journey)
        if memory is not None:
            path, mapping, order = memory
            self.remembered, self.mapping_order = dict(mapping), list(order)
            if path.is_file():
                self.load_file(path)
        self.show_current()

    def show_current(self) -> None:
        """The findings of the check the canvas shows now, as they were listed when it
        was made (the Findings tab was empty after reopening, the canvas full)."""
        from klantreis_desktop.ui.canvas.measured_items import conformance_of

        view = conformance_of(self.session.doc, self.journey)
        result = view.result if view is not None else None
        if not isinstance(result, Conformance):
            old = conformance_of(self.session.doc, self.journey, stale=True)
            if old is not None:  # the old findings would describe another map
                self.status.setText(_tr("The map changed since the last check: press "
                                        "Check to check it again."))
            return
        self.findings.clear()
        self.findings.addItems(conformance_text(result))
        self._fill_mapping(result, remembered=True)
        self.tabs.setCurrentIndex(1)
        self.status.setText(_tr("The check shown on the canvas: {share} of {customers} "
                                "follow the map.").format(
            share=percent_text(result.fitness), customers=_customers(result.customers)))

    def remember(self) -> None:
        """Keep the log and the mapping for the next time the dialog opens (see recall)."""
        path = self.columns.path
        if path is not None:
            _MEMORY.setdefault(self.session, {})[self.journey] = (
                path, self.mapping(), list(self.mapping_order))

    def check_again(self) -> bool:
        if self.paths is None or self.worker is not None:
            return False
        doc, journey, paths, mapping = self.session.doc, self.journey, self.paths, self.mapping()
        segment = self.segment_combo.currentData()

        def job(progress: Callable[[int, int], None], cancel: Any) -> Conformance:
            return check_conformance(doc, journey, paths, mapping, segment,
                                     cancelled=cancel.is_set)

        customers = paths.only(segment).customers if segment is not None else paths.customers
        self.status.setText(_tr("Replaying {customers} on the journey…").format(
            customers=_customers(customers)))
        self._run(job, self._checked)
        return True

    def _checked(self, result: Conformance) -> None:
        self.checked = result
        show_result(self.session.doc, self.journey, result)
        self.findings.clear()
        self.findings.addItems(conformance_text(result))
        self._fill_mapping(result)
        self.tabs.setCurrentIndex(1)
        self.status.setText(self.segment_note + _tr(
            "{share} of {customers} follow the map; the canvas shows "
            "arrow shares and drop-outs.").format(
            share=percent_text(result.fitness), customers=_customers(result.customers)))
        self.job_finished.emit("done")

    def _fill_mapping(self, result: Conformance, remembered: bool = False) -> None:
        """The choosers for ``result``'s names; with ``remembered`` every choice kept
        from the last time the dialog was open stays (it may postdate the check shown)."""
        doc = self.session.doc
        kept = self.mapping()
        page = QWidget(self.mapping_area)
        form = QFormLayout(page)
        self.mapping_combos = {}
        touchpoints = sorted(doc.parts(self.journey, k.TOUCHPOINT), key=doc.title)
        if not remembered:
            kept = {n: node for n, node in kept.items() if n in result.mapping}  # this log
        names = self._mapping_names([s.name for s in result.missing], kept)
        for name in names:
            combo = QComboBox(page)
            combo.addItem(_tr("(a step the map lacks)"), "")
            for node in touchpoints:
                combo.addItem(doc.title(node), node)
            if name in kept:
                combo.setCurrentIndex(max(combo.findData(kept[name]), 0))
            form.addRow(name + ":", combo)
            self.mapping_combos[name] = combo
        if not names:
            form.addRow(QLabel(_tr("Every step of the log is a touchpoint of the map."), page))
        self.mapping_area.setWidget(page)

    def _mapping_names(self, missing: list[str], kept: dict[str, str]) -> list[str]:
        """The names to list: those that match nothing and those mapped by hand, each
        where it stood the first time (a name just mapped stays in its row, with its
        choice, so a wrong choice is seen and corrected), new ones after them."""
        wanted = set(missing) | set(kept)
        order = [n for n in self.mapping_order if n in wanted]
        order += [n for n in [*missing, *kept] if n not in set(order)]
        self.mapping_order = order + [n for n in self.mapping_order if n not in wanted]
        return order

    # The worker -----------------------------------------------------------------------

    @property
    def worker(self) -> Worker | None:
        """The job running now, if any."""
        return self.jobs.worker

    def _run(self, job: Callable[..., Any], done: Callable[[Any], None]) -> None:
        self.jobs.run(job, done, self._failed)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, 1000)
        self.progress.setValue(int(1000 * min(done, total) / total))

    def _job_busy(self, busy: bool) -> None:
        self.progress.setRange(0, 0)
        self._set_busy(busy)

    def _job_cancelled(self) -> None:
        self.status.setText(_tr("Cancelled."))
        self.job_finished.emit("cancelled")

    def _failed(self, error: EventLogError) -> None:
        lines = str(error).splitlines() or [_tr("The check failed.")]
        self.status.setText(lines[0])
        details = lines[1:] + [text if str(row) in text else _tr("Row {row}: {message}").format(
            row=row, message=text) for row, text in error.problems]
        if self.paths is None:  # the log could not be read: say so beside its columns
            self.columns.show_problems(details)
            self.tabs.setCurrentIndex(0)
        else:
            self.findings.clear()
            self.findings.addItems(details)
        self.job_finished.emit("failed")

    def cancel_job(self) -> None:
        if self.jobs.cancel():
            self.status.setText(_tr("Cancelling…"))

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        # Only a log that could be read: an unreadable or empty one has no columns to
        # check with ("Choose a column for…" was all Check then said).
        readable = self.columns.path is not None and (not self.mappable
                                                      or bool(self.columns.header))
        self.check_button.setEnabled(not busy and readable)
        self.check_button.setText(_tr("Check again") if self.paths is not None
                                  else _tr("Check"))
        for widget in (self.columns, self.segment_combo, self.mapping_area):
            widget.setEnabled(not busy)

    def reject(self) -> None:
        self.cancel_job()
        self.jobs.wait()
        super().reject()


def show_conformance_dialog(parent: QWidget | None, session: Any,
                            journey: str | None) -> Conformance | None:
    """Modal; the last result shown (None when nothing was checked)."""
    if session is None or journey is None:
        return None
    dialog = ConformanceDialog(session, journey, parent)
    dialog.recall()
    dialog.exec()
    dialog.remember()
    result = dialog.checked
    dialog.deleteLater()
    return result
