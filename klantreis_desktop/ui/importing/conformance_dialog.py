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

from collections.abc import Callable
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
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from klantreis_desktop.analysis.conformance import Conformance, check_conformance
from klantreis_desktop.analysis.conformance_report import conformance_text
from klantreis_desktop.analysis.csvformat import EventLogError
from klantreis_desktop.analysis.path_table import PathTable
from klantreis_desktop.model import kinds as k
from klantreis_desktop.ui.canvas.measured_items import ConformanceView, set_conformance
from klantreis_desktop.ui.importing.import_jobs import OneJob, Worker


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConformanceDialog", text)


def _customers(n: int) -> str:
    """"1 customer", "3 customers" ("1 klant", "3 klanten")."""
    return (_tr("{count} customer") if n == 1 else _tr("{count} customers")).format(count=n)


def read_paths(path: Path, progress: Callable[[int, int], None], cancel: Any) -> PathTable:
    """The log's path variants (any engine), or the path table it is."""
    from klantreis_desktop.analysis.duck_log import log_paths
    from klantreis_desktop.analysis.path_table import is_path_table, read_path_table

    if is_path_table(path):
        return read_path_table(path, cancel.is_set)
    return log_paths(path, progress=progress, cancelled=cancel.is_set)


def show_result(doc: Any, journey: str, result: Conformance) -> None:
    """Paint ``result`` on every canvas of ``journey``; the analysis panel lists it."""
    set_conformance(doc, journey, ConformanceView(
        result.arrow_shares(), result.drop_offs(), result.source, result))


class ConformanceDialog(QDialog):
    """Choose a log, check, map the names that match nothing, check again."""

    job_finished = Signal(str)  # "done", "cancelled" or "failed"

    def __init__(self, session: Any, journey: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.journey = journey
        self.paths: PathTable | None = None
        self.checked: Conformance | None = None
        self.jobs = OneJob(self, self._job_busy, self._job_cancelled, self._progressed)
        self.mapping_combos: dict[str, QComboBox] = {}
        self.setWindowTitle(_tr("Check against event log"))
        self.resize(760, 620)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.file_edit = QLineEdit(self)
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(_tr("An event log (CSV, Parquet) or a path table"))
        browse = QPushButton(_tr("Choose file…"), self)
        browse.clicked.connect(self._browse)
        row.addWidget(QLabel(_tr("Log:"), self))
        row.addWidget(self.file_edit, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        layout.addWidget(QLabel(_tr("Steps of the log that match no touchpoint by title; "
                                    "choose one where it is the same step:"), self))
        self.mapping_area = QScrollArea(self)
        self.mapping_area.setWidgetResizable(True)
        self.mapping_area.setMinimumHeight(120)
        layout.addWidget(self.mapping_area, 1)
        self.findings = QListWidget(self)
        self.findings.setObjectName("conformance_findings")
        layout.addWidget(self.findings, 2)
        progress_row = QHBoxLayout()
        self.progress = QProgressBar(self)
        self.cancel_button = QPushButton(_tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel_job)
        self.check_button = QPushButton(_tr("Check again"), self)
        self.check_button.clicked.connect(self.check_again)
        progress_row.addWidget(self.progress, 1)
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

    def _browse(self) -> None:
        from klantreis_desktop.ui.importing.folders import remember_folder, start_folder

        chosen, _ = QFileDialog.getOpenFileName(
            self, _tr("Check against event log"), str(start_folder(self, self.session)),
            _tr("Event logs and path tables (*.csv *.txt *.parquet);;All files (*)"))
        if chosen:
            remember_folder(self, Path(chosen))
            self.load_file(Path(chosen))

    def load_file(self, path: Path) -> None:
        """Read the log in the worker, then check (``job_finished`` says how it ended)."""
        if self.worker is not None:
            return
        self.file_edit.setText(str(path))
        self.status.setText(_tr("Reading {file}…").format(file=path.name))
        self._run(partial(read_paths, path), self._read)

    def _read(self, paths: PathTable) -> None:
        self.paths = paths
        self.check_again()

    def mapping(self) -> dict[str, str]:
        return {name: str(combo.currentData()) for name, combo in self.mapping_combos.items()
                if combo.currentData()}

    def check_again(self) -> bool:
        if self.paths is None or self.worker is not None:
            return False
        doc, journey, paths, mapping = self.session.doc, self.journey, self.paths, self.mapping()

        def job(progress: Callable[[int, int], None], cancel: Any) -> Conformance:
            return check_conformance(doc, journey, paths, mapping, cancelled=cancel.is_set)

        self.status.setText(_tr("Replaying {customers} on the journey…").format(
            customers=_customers(paths.customers)))
        self._run(job, self._checked)
        return True

    def _checked(self, result: Conformance) -> None:
        self.checked = result
        show_result(self.session.doc, self.journey, result)
        self.findings.clear()
        self.findings.addItems(conformance_text(result))
        self._fill_mapping(result)
        self.status.setText(_tr("{share} of {customers} follow the map; the canvas shows "
                                "arrow shares and drop-outs.").format(
            share=f"{round(result.fitness * 100)} %", customers=_customers(result.customers)))
        self.job_finished.emit("done")

    def _fill_mapping(self, result: Conformance) -> None:
        doc = self.session.doc
        kept = self.mapping()
        page = QWidget(self.mapping_area)
        form = QFormLayout(page)
        self.mapping_combos = {}
        touchpoints = sorted(doc.parts(self.journey, k.TOUCHPOINT), key=doc.title)
        names = [s.name for s in result.missing] + [n for n in kept if n not in
                                                   {s.name for s in result.missing}]
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
        self.findings.clear()
        self.findings.addItems(lines[1:])
        self.findings.addItems([_tr("Row {row}: {message}").format(row=row, message=text)
                                for row, text in error.problems])
        self.job_finished.emit("failed")

    def cancel_job(self) -> None:
        if self.jobs.cancel():
            self.status.setText(_tr("Cancelling…"))

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.check_button.setEnabled(not busy and self.paths is not None)

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
    dialog.exec()
    result = dialog.checked
    dialog.deleteLater()
    return result
