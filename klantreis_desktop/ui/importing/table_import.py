"""What the metrics and survey imports share: a table file, its preview, the column
mapping, a worker with progress and Cancel, refusals listed row by row, one undo step.

Patterned on the event-log import (:mod:`.import_dialog`): the file is read in a
:class:`~.import_jobs.Worker` (an XLSX or a large CSV takes a moment), the preview numbers
rows as the spreadsheet does (the header is row 1, as in every message), and the import is
planned in the worker too. Nothing reaches the document until the plan holds no problem;
then its one ChangeSet is pushed as ONE undo step. A refusal leaves the document as it was.
Subclasses add the mapping widgets and say how to plan.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from klantreis_desktop.analysis.conformance_report import count_text
from klantreis_desktop.analysis.csvformat import EventLogError
from klantreis_desktop.analysis.sheets import Table
from klantreis_desktop.ui.importing.import_jobs import OneJob, Worker
from klantreis_desktop.ui.importing.path_edit import PathEdit

PREVIEW_ROWS = 30


def _tr(text: str) -> str:
    return QCoreApplication.translate("TableImport", text)


def rows_text(n: int) -> str:
    """"1 row", "12.500 rows": two messages (Dutch has the same two forms)."""
    return _tr("1 row") if n == 1 else _tr("{count} rows").format(count=count_text(n))


def columns_text(n: int) -> str:
    return _tr("1 column") if n == 1 else _tr("{count} columns").format(count=count_text(n))


def read_job(path: Path, progress: Callable[[int, int], None], cancel: Any) -> Table:
    from klantreis_desktop.analysis.sheets import read_table

    return read_table(path)


def plan_job(plan: Callable[..., Any], progress: Callable[[int, int], None],
             cancel: Any) -> Any:
    return plan(cancelled=cancel.is_set)


def column_combo(parent: QWidget, header: list[str], optional: bool,
                 chosen: int | None) -> QComboBox:
    """A combo of the table's columns (with "(none)" first when ``optional``)."""
    combo = QComboBox(parent)
    fill_columns(combo, header, optional, chosen)
    return combo


def fill_columns(combo: QComboBox, header: list[str], optional: bool,
                 chosen: int | None) -> None:
    combo.clear()
    if optional:
        combo.addItem(_tr("(none)"), None)
    for index, name in enumerate(header):
        combo.addItem(name or _tr("Column {number}").format(number=index + 1), index)
    if chosen is not None:
        combo.setCurrentIndex(combo.findData(chosen))


def cell_text(value: Any, percent: bool = False) -> str:
    """A cell of the preview as the import will read it and as Excel shows it: a
    percentage cell 0.6 as "60 %" ("60%" in English), a date "15-11-2026" (English
    "2026-11-15") with its time only when it has one, decimals with the language's mark."""
    import datetime as dt

    from klantreis_desktop.i18n import language

    dutch = language() == "nl"
    if value is None:
        return ""
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        value = value.date()
    if isinstance(value, dt.datetime):
        return value.strftime("%d-%m-%Y %H:%M" if dutch else "%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d-%m-%Y" if dutch else "%Y-%m-%d")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        number = float(value) * 100 if percent else float(value)
        text = str(int(number)) if number.is_integer() else f"{round(number, 10):.10g}"
        text = text.replace(".", "," if dutch else ".").replace("-", "−")
        return text + (" %" if dutch else "%") if percent else text
    return str(value)


def fit_to_screen(dialog: QWidget, wanted: tuple[int, int], smallest: tuple[int, int]) -> None:
    """Size ``dialog`` to ``wanted`` but inside the screen's free area (a 1280×800
    projector laptop less its panels), never below ``smallest``."""
    screen = dialog.screen() or QGuiApplication.primaryScreen()
    free = screen.availableGeometry() if screen is not None else None
    width, height = wanted
    if free is not None:
        width, height = min(width, free.width() - 40), min(height, free.height() - 40)
    dialog.setMinimumSize(min(smallest[0], width), min(smallest[1], height))
    dialog.resize(max(width, smallest[0]), max(height, smallest[1]))


class TableImportDialog(QDialog):
    """File, preview, mapping (the subclass's), problems, progress; Import pushes."""

    #: "read", "done", "cancelled" or "failed" when a job ends (tests, status bar).
    job_finished = Signal(str)
    title = ""
    file_filter = ""
    #: The dialog's object name (the acceptance tests find windows and widgets by name).
    object_name = ""

    def __init__(self, session: Any, journey: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.journey = journey
        self.path: Path | None = None
        self.table: Table | None = None
        self.jobs = OneJob(self, self._job_busy, self._job_cancelled)
        self.pushed = False
        self.setWindowTitle(self.title)
        self.setObjectName(self.object_name)
        fit_to_screen(self, (980, 720), (720, 540))
        layout = QVBoxLayout(self)
        file_row = QHBoxLayout()
        self.file_edit = PathEdit(self)  # a typed or pasted path + Enter reads it
        self.file_edit.setPlaceholderText(_tr("Choose a CSV or XLSX file"))
        self.file_edit.path_entered.connect(self._typed)
        browse = QPushButton(_tr("Choose file…"), self)
        browse.clicked.connect(self._browse)
        file_row.addWidget(QLabel(_tr("File:"), self))
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(browse)
        layout.addLayout(file_row)
        journey_title = session.doc.title(journey) if journey in session.doc else ""
        layout.addWidget(QLabel(_tr("Into the journey “{title}”").format(title=journey_title),
                                self))
        # Preview, mapping and problems share the height in a splitter the user can move:
        # at 1280×800 the mapping gets most of it, even with the problems shown.
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.preview = QTableWidget(self.splitter)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setTabKeyNavigation(False)  # Tab goes on to the next control
        # Rows of text, not of controls: compact, so a read file shows six of them (it
        # showed two and a half); never fewer than three, and the splitter's handle below
        # gives it more.
        self.preview.verticalHeader().setDefaultSectionSize(
            self.preview.fontMetrics().height() + 6)
        self.preview.setMinimumHeight(self._preview_height(3))
        self.mapping_box = QGroupBox(_tr("Which column holds what?"), self.splitter)
        self.build_mapping(self.mapping_box)
        self.problems = QListWidget(self.splitter)
        self.problems.setObjectName("problems")
        self.problems.setMinimumHeight(60)
        self.problems.hide()
        for index, stretch in enumerate((2, 5, 1)):
            self.splitter.setStretchFactor(index, stretch)
        layout.addWidget(self.splitter, 1)
        row = QHBoxLayout()
        self.progress = QProgressBar(self)
        self.cancel_button = QPushButton(_tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel_job)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        self.import_button = QPushButton(_tr("Import"), self)
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        row.addWidget(self.import_button)
        layout.addLayout(row)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        for widget, name in ((self.file_edit, "file_edit"), (browse, "browse_button"),
                             (self.import_button, "import_button"),
                             (self.status, "import_status")):
            widget.setObjectName(name)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._set_busy(False)

    # What subclasses fill -------------------------------------------------------------

    def build_mapping(self, box: QGroupBox) -> None:
        raise NotImplementedError

    def fill_mapping(self, table: Table) -> None:
        raise NotImplementedError

    def make_plan(self, table: Table) -> Callable[..., Any] | None:
        """A function ``plan(cancelled=...)`` returning an import with ``.change``, or None
        (with a message in :attr:`status`) when the mapping is not complete."""
        raise NotImplementedError

    def done_text(self, result: Any) -> str:
        raise NotImplementedError

    # Reading the file -----------------------------------------------------------------

    def _browse(self) -> None:
        from klantreis_desktop.ui.importing.folders import remember_folder, start_folder

        chosen, _ = QFileDialog.getOpenFileName(self, self.title,
                                                str(start_folder(self, self.session)),
                                                self.file_filter)
        if chosen:
            remember_folder(self, Path(chosen))
            self.load_file(Path(chosen))

    def _typed(self, path: Path) -> None:
        """A path typed or pasted into the file field, then Enter."""
        from klantreis_desktop.ui.importing.folders import remember_folder

        if not path.is_file():
            self.status.setText(_tr("There is no file “{path}”.").format(path=path))
            return
        remember_folder(self, path)
        self.load_file(path)

    def load_file(self, path: Path) -> None:
        """Read ``path`` in the worker; the preview and mapping follow (``job_finished``)."""
        if self.worker is not None:
            return
        self.path = path
        self.table = None
        self.file_edit.setText(str(path))
        self.status.setText(_tr("Reading {file}…").format(file=path.name))
        self._clear_problems()
        # The last file's preview, mapping and source go: a refused file must not leave
        # them looking like its own.
        empty = Table([], [])
        self._fill_preview(empty)
        self.fill_mapping(empty)
        self._run(partial(read_job, path), self._read)

    def _read(self, table: Table) -> None:
        self.table = table
        self._fill_preview(table)
        self.fill_mapping(table)
        self._show_preview_rows(min(len(table.rows), 6))
        self.status.setText(_tr("{rows}, {columns}. Check the mapping, then Import.").format(
            rows=rows_text(len(table.rows)), columns=columns_text(len(table.header))))
        self._set_busy(False)
        self.job_finished.emit("read")

    def _preview_height(self, rows: int) -> int:
        """The preview's height for its header and ``rows`` rows (and a scroll bar)."""
        view = self.preview
        style = view.style()
        return (view.fontMetrics().height() + 12  # the header row
                + rows * view.verticalHeader().defaultSectionSize()
                + style.pixelMetric(style.PixelMetric.PM_ScrollBarExtent)
                + 2 * view.frameWidth())

    def _show_preview_rows(self, rows: int) -> None:
        """Give the preview room for ``rows`` rows when the mapping keeps its own."""
        sizes = self.splitter.sizes()
        spare = sizes[0] + sizes[1] - self.mapping_box.minimumSizeHint().height()
        wanted = min(self._preview_height(rows), spare)
        if wanted > sizes[0]:
            self.splitter.setSizes([wanted, sizes[0] + sizes[1] - wanted, sizes[2]])

    def _fill_preview(self, table: Table) -> None:
        view = self.preview
        view.clear()
        rows = table.rows[:PREVIEW_ROWS]
        view.setColumnCount(len(table.header))
        view.setRowCount(len(rows))
        view.setHorizontalHeaderLabels(table.header)
        view.setVerticalHeaderLabels([str(2 + i) for i in range(len(rows))])
        for r, row in enumerate(rows):
            for c, value in enumerate(row[:len(table.header)]):
                view.setItem(r, c, QTableWidgetItem(cell_text(value,
                                                              c in table.percent_columns)))
        view.resizeColumnsToContents()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    # Importing ------------------------------------------------------------------------

    def start_import(self) -> bool:
        """Plan the import in the worker; False when the form is not ready."""
        if self.table is None or self.worker is not None:
            return False
        self._clear_problems()
        plan = self.make_plan(self.table)
        if plan is None:
            return False
        self.status.setText(_tr("Checking every row…"))
        self._run(partial(plan_job, plan), self._planned)
        return True

    def _planned(self, result: Any) -> None:
        change = result.change
        if self.journey not in self.session.doc:
            self._failed(EventLogError(_tr("The journey is gone; nothing was imported.")))
            return
        self.session.push(change)
        self.pushed = True
        self.status.setText(self.done_text(result))
        self.job_finished.emit("done")

    # The worker -----------------------------------------------------------------------

    @property
    def worker(self) -> Worker | None:
        """The job running now, if any."""
        return self.jobs.worker

    def _run(self, job: Callable[..., Any], done: Callable[[Any], None]) -> None:
        self.jobs.run(job, done, self._failed)

    def _job_busy(self, busy: bool) -> None:
        self.progress.setRange(0, 0)
        self._set_busy(busy)

    def _job_cancelled(self) -> None:
        self.status.setText(_tr("Cancelled; nothing was imported."))
        self.job_finished.emit("cancelled")

    def cancel_job(self) -> None:
        if self.jobs.cancel():
            self.status.setText(_tr("Cancelling…"))

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self.mapping_box.setEnabled(not busy and self.table is not None)
        self.import_button.setEnabled(not busy and self.table is not None)

    def _clear_problems(self) -> None:
        self.problems.clear()
        self.problems.hide()

    def _failed(self, error: EventLogError) -> None:
        """The refusal: its first line in the status, every problem in the list."""
        lines = [line for line in str(error).splitlines() if line.strip()] or [
            _tr("The import failed.")]
        head, nothing = lines[0], _tr("Nothing was imported.")
        if len(lines) > 1 or error.problems:  # the list sits above this line: point up
            head = head.rstrip().rstrip(":") + " — " + _tr("the problems are listed above.")
        if not head.startswith(nothing.rstrip(".")):
            head += "\n" + nothing
        self.status.setText(head)
        self.problems.clear()
        self.problems.addItems(lines[1:])
        self.problems.addItems([_tr("Row {row}: {message}").format(row=row, message=text)
                                for row, text in error.problems])
        self.problems.setVisible(self.problems.count() > 0)
        self.job_finished.emit("failed")

    def problem_lines(self) -> list[str]:
        return [self.problems.item(i).text() for i in range(self.problems.count())]

    def reject(self) -> None:
        self.cancel_job()
        self.jobs.wait()
        super().reject()
