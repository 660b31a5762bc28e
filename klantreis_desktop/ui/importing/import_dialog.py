"""File → Import event log…: a CSV of customer events becomes journeys in the document.

Three steps on one dialog: pick the file and check the column mapping (guessed from Dutch
or English header names, shown over a preview of the first rows); import it in a worker
thread with a progress bar and a Cancel button; then look at the frequent paths and the
segments and turn the typical path or chosen segments into journeys. Reading and
clustering are all in :mod:`klantreis_desktop.analysis`; nothing reaches the document
until the user adds a journey, and then as ONE undo step.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from klantreis_desktop.analysis.csvformat import (
    ColumnMapping,
    EventLogError,
)
from klantreis_desktop.analysis.segments import Segmentation
from klantreis_desktop.ui.importing.import_jobs import (
    ImportResult,
    OneJob,
    Worker,
    import_job,
    segment_job,
)
from klantreis_desktop.ui.importing.import_results import ResultsPage
from klantreis_desktop.ui.importing.log_columns import LogColumns


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)


def _k_value(text: object) -> int | None:
    return text if isinstance(text, int) else None


class ImportDialog(ResultsPage, QDialog):
    """The event-log import for one document session."""

    #: Emitted when a job ends: "done", "cancelled" or "failed" (tests and status bar).
    job_finished = Signal(str)

    def __init__(self, session: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("import_dialog")
        self.setWindowTitle(_tr("Import event log"))
        self.resize(820, 640)
        self.imported: ImportResult | None = None
        self.path: Path | None = None
        self.jobs = OneJob(self, self._job_busy, self._job_cancelled, self._progressed)
        self.added: list[str] = []
        layout = QVBoxLayout(self)
        self.pages = QStackedWidget(self)
        layout.addWidget(self.pages)
        self.pages.addWidget(self._mapping_page())
        self.pages.addWidget(self._result_page())
        progress_row = QHBoxLayout()
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton(_tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel_job)
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        layout.addLayout(progress_row)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        layout.addWidget(buttons)
        self._set_busy(False)

    # Page 1: file, options, preview, mapping -----------------------------------------------

    def _mapping_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.columns = LogColumns(_tr("Choose a CSV file with one row per event"), (), page)
        self.columns.browse_button.clicked.connect(self._browse)
        self.columns.message.connect(self._message)
        self.columns.reloaded.connect(self._reloaded)
        self.columns.typed.connect(self.load_file)
        layout.addWidget(self.columns, 1)
        # The parts the tests and the results page reach by their old names.
        self.file_edit, self.preview = self.columns.file_edit, self.columns.preview
        self.delimiter_combo = self.columns.delimiter_combo
        self.encoding_combo = self.columns.encoding_combo
        self.header_check, self.problems = self.columns.header_check, self.columns.problems
        self.role_combos = self.columns.role_combos
        import_row = QHBoxLayout()
        import_row.addStretch(1)
        self.import_button = QPushButton(_tr("Import"), page)
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        import_row.addWidget(self.import_button)
        layout.addLayout(import_row)
        return page

    def _reloaded(self, ok: bool) -> None:
        self.path = self.columns.path
        self.import_button.setEnabled(ok)

    def _message(self, text: str) -> None:
        self.status.setText(text)

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, _tr("Import event log"), str(Path.home()),
            _tr("CSV files (*.csv *.txt);;All files (*)"))
        if chosen:
            self.load_file(Path(chosen))

    def load_file(self, path: Path) -> bool:
        """Show the start of ``path`` and guess its columns; False (and a message) if unreadable."""
        self.path = path
        return self.columns.load_file(path)

    def mapping(self) -> ColumnMapping | None:
        """The mapping the form shows, or None (with a message) when it is incomplete."""
        return self.columns.mapping()

    # Running jobs ---------------------------------------------------------------------------

    def start_import(self) -> bool:
        """Read the file in a worker thread; False when the form is not ready."""
        mapping = self.mapping()
        if self.path is None or mapping is None or self.worker is not None:
            return False
        path = self.path
        delimiter, encoding, has_header = self.columns.reading()
        k = _k_value(self.k_combo.currentData())
        job = partial(import_job, path, mapping, delimiter, encoding, has_header, k)
        self.problems.clear()
        self.problems.hide()
        self.status.setText(_tr("Importing {file}…").format(file=path.name))
        self._run(job, self._imported)
        return True

    def resegment(self) -> bool:
        """Cluster the imported customers again with the chosen number of segments."""
        if self.imported is None or self.worker is not None:
            return False
        log = self.imported.log
        k = _k_value(self.k_combo.currentData())
        job = partial(segment_job, log, k)
        self.status.setText(_tr("Finding segments…"))
        self._run(job, self._segmented)
        return True

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
        self.progress.setRange(0, 0 if busy else 1)  # busy: moving until a count comes
        self.progress.setValue(0)
        self._set_busy(busy)

    def _job_cancelled(self) -> None:
        self.status.setText(_tr("Cancelled; nothing was imported."))
        self.job_finished.emit("cancelled")

    def cancel_job(self) -> None:
        if self.jobs.cancel():
            self.status.setText(_tr("Cancelling…"))

    def _set_busy(self, busy: bool) -> None:
        self.cancel_button.setEnabled(busy)
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        for widget in (self.import_button, self.k_combo, self.segment_button,
                       self.add_path_button, self.add_segments_button, self.back_button):
            widget.setEnabled(not busy)
        if not busy:
            self.import_button.setEnabled(self.path is not None and bool(self.columns.header))

    def _failed(self, error: EventLogError) -> None:
        lines = str(error).splitlines() or [_tr("The import failed.")]
        self.status.setText(lines[0] if error.bad_rows
                            else lines[0] + "\n" + _tr("Nothing was imported."))
        self.problems.clear()
        if error.problems:
            for row, message in error.problems:
                text = message if str(row) in message else _tr("Row {row}: {message}").format(
                    row=row, message=message)
                self.problems.addItem(text)
        else:
            self.problems.addItems(lines[1:])
        self.problems.setVisible(self.problems.count() > 0)
        self.job_finished.emit("failed")

    def _imported(self, result: ImportResult) -> None:
        self.imported = result
        self.name_edit.setText(self.path.stem if self.path is not None else "")
        self._fill_results()
        self.pages.setCurrentIndex(1)
        self.status.setText(_tr("{customers} customers, {events} events imported.").format(
            customers=result.summary.customers, events=result.summary.events))
        self.job_finished.emit("done")

    def _segmented(self, segmentation: Segmentation) -> None:
        if self.imported is not None:
            self.imported.segmentation = segmentation
            self._fill_segments()
        self.status.setText(_tr("{count} segments found.").format(
            count=len(segmentation.segments)))
        self.job_finished.emit("done")

    def reject(self) -> None:
        self.cancel_job()
        self.jobs.wait()
        super().reject()


def show_import_dialog(parent: QWidget | None, session: Any) -> None:
    """File → Import event log…: modal, on the document of ``session``."""
    if session is None:
        return
    dialog = ImportDialog(session, parent)
    dialog.exec()
    dialog.deleteLater()
