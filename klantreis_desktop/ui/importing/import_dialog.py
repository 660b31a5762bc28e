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
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from klantreis_desktop.analysis.csvformat import (
    ROLES,
    ColumnMapping,
    EventLogError,
)
from klantreis_desktop.analysis.eventlog import preview_file
from klantreis_desktop.analysis.segments import Segmentation
from klantreis_desktop.ui.importing.import_jobs import (
    ImportResult,
    OneJob,
    Worker,
    import_job,
    segment_job,
)
from klantreis_desktop.ui.importing.import_results import ResultsPage

ENCODINGS = ("utf-8-sig", "utf-8", "cp1252", "utf-16", "latin-1")
DELIMITERS = ((";", ";"), (",", ","), ("\t", "Tab"))
REQUIRED = ("customer", "timestamp", "touchpoint")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)


def _role_label(role: str) -> str:
    return {"customer": _tr("Customer id"), "timestamp": _tr("Timestamp"),
            "touchpoint": _tr("Touchpoint"), "channel": _tr("Channel"),
            "phase": _tr("Phase")}[role]


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
        self.path: Path | None = None
        self.header: list[str] = []
        self.imported: ImportResult | None = None
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
        file_row = QHBoxLayout()
        self.file_edit = QLineEdit(page)
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(_tr("Choose a CSV file with one row per event"))
        browse = QPushButton(_tr("Choose file…"), page)
        browse.clicked.connect(self._browse)
        file_row.addWidget(QLabel(_tr("File:"), page))
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(browse)
        layout.addLayout(file_row)
        options = QHBoxLayout()
        self.delimiter_combo = QComboBox(page)
        self.delimiter_combo.addItem(_tr("Detect"), None)
        for value, label in DELIMITERS:
            self.delimiter_combo.addItem(label, value)
        self.encoding_combo = QComboBox(page)
        self.encoding_combo.addItem(_tr("Detect"), None)
        for encoding in ENCODINGS:
            self.encoding_combo.addItem(encoding, encoding)
        self.header_check = QCheckBox(_tr("First row holds column names"), page)
        self.header_check.setChecked(True)
        for label, widget in ((_tr("Delimiter:"), self.delimiter_combo),
                              (_tr("Encoding:"), self.encoding_combo)):
            options.addWidget(QLabel(label, page))
            options.addWidget(widget)
        options.addWidget(self.header_check)
        options.addStretch(1)
        layout.addLayout(options)
        self.delimiter_combo.currentIndexChanged.connect(lambda _i: self._reload_preview())
        self.encoding_combo.currentIndexChanged.connect(lambda _i: self._reload_preview())
        self.header_check.toggled.connect(lambda _c: self._reload_preview())
        self.preview = QTableWidget(page)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setMinimumHeight(170)
        self.preview.verticalHeader().setDefaultSectionSize(
            self.preview.fontMetrics().height() + 8)
        layout.addWidget(self.preview, 2)
        mapping_box = QGroupBox(_tr("Which column holds what?"), page)
        form = QFormLayout(mapping_box)
        self.role_combos: dict[str, QComboBox] = {}
        for role in ROLES:
            combo = QComboBox(mapping_box)
            combo.setMinimumContentsLength(16)
            label = _role_label(role)
            if role not in REQUIRED:
                label = _tr("{field} (optional)").format(field=label)
            form.addRow(label + ":", combo)
            self.role_combos[role] = combo
        layout.addWidget(mapping_box)
        self.problems = QListWidget(page)
        self.problems.setMaximumHeight(120)
        self.problems.hide()
        layout.addWidget(self.problems)
        import_row = QHBoxLayout()
        import_row.addStretch(1)
        self.import_button = QPushButton(_tr("Import"), page)
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        import_row.addWidget(self.import_button)
        layout.addLayout(import_row)
        return page

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, _tr("Import event log"), str(Path.home()),
            _tr("CSV files (*.csv *.txt);;All files (*)"))
        if chosen:
            self.load_file(Path(chosen))

    def load_file(self, path: Path) -> bool:
        """Show the start of ``path`` and guess its columns; False (and a message) if unreadable."""
        self.path = path
        self.file_edit.setText(str(path))
        self.delimiter_combo.blockSignals(True)
        self.encoding_combo.blockSignals(True)
        self.delimiter_combo.setCurrentIndex(0)
        self.encoding_combo.setCurrentIndex(0)
        self.delimiter_combo.blockSignals(False)
        self.encoding_combo.blockSignals(False)
        return self._reload_preview()

    def _reload_preview(self) -> bool:
        if self.path is None:
            return False
        self.problems.clear()
        self.problems.hide()
        try:
            found = preview_file(self.path, encoding=self.encoding_combo.currentData(),
                                 delimiter=self.delimiter_combo.currentData())
        except EventLogError as error:
            self._fill_preview([], [])
            self.status.setText(str(error))
            self.import_button.setEnabled(False)
            return False
        rows = list(found.rows)
        header = list(found.header)
        if not self.header_check.isChecked():
            rows = [header, *rows]
            width = max((len(r) for r in rows), default=0)
            header = [_tr("Column {number}").format(number=i + 1) for i in range(width)]
        self.header = header
        self._fill_preview(header, rows, 2 if self.header_check.isChecked() else 1)
        mapping = found.mapping if self.header_check.isChecked() else None
        self._fill_mapping(header, mapping)
        self.status.setText(_tr("Read as {encoding}, fields separated by “{delimiter}”.").format(
            encoding=found.encoding, delimiter="Tab" if found.delimiter == "\t"
            else found.delimiter))
        self.import_button.setEnabled(bool(header))
        return True

    def _fill_preview(self, header: list[str], rows: list[list[str]], first: int = 2) -> None:
        """The rows numbered as in the file (and in the problem messages; the header is 1)."""
        table = self.preview
        table.clear()
        table.setColumnCount(len(header))
        table.setRowCount(len(rows))
        table.setHorizontalHeaderLabels(header)
        table.setVerticalHeaderLabels([str(first + i) for i in range(len(rows))])
        for r, row in enumerate(rows):
            for c, value in enumerate(row[:len(header)]):
                table.setItem(r, c, QTableWidgetItem(value))
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def _fill_mapping(self, header: list[str], mapping: ColumnMapping | None) -> None:
        for role, combo in self.role_combos.items():
            combo.clear()
            if role not in REQUIRED:
                combo.addItem(_tr("(none)"), None)
            for index, name in enumerate(header):
                combo.addItem(name or _tr("Column {number}").format(number=index + 1), index)
            wanted = getattr(mapping, role) if mapping is not None else None
            if mapping is None and role in REQUIRED:
                wanted = REQUIRED.index(role) if REQUIRED.index(role) < len(header) else None
            if isinstance(wanted, int):
                combo.setCurrentIndex(combo.findData(wanted))

    def mapping(self) -> ColumnMapping | None:
        """The mapping the form shows, or None (with a message) when it is incomplete."""
        chosen = {role: combo.currentData() for role, combo in self.role_combos.items()}
        missing = [_role_label(r) for r in REQUIRED if chosen[r] is None]
        if missing:
            self.status.setText(_tr("Choose a column for: {fields}.").format(
                fields=", ".join(missing)))
            return None
        used = [v for v in chosen.values() if v is not None]
        if len(set(used)) != len(used):
            self.status.setText(_tr("Two fields are mapped to the same column."))
            return None
        return ColumnMapping(**chosen)

    # Running jobs ---------------------------------------------------------------------------

    def start_import(self) -> bool:
        """Read the file in a worker thread; False when the form is not ready."""
        mapping = self.mapping()
        if self.path is None or mapping is None or self.worker is not None:
            return False
        path = self.path
        delimiter, encoding = self.delimiter_combo.currentData(), self.encoding_combo.currentData()
        has_header = self.header_check.isChecked()
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
            self.import_button.setEnabled(self.path is not None and bool(self.header))

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
