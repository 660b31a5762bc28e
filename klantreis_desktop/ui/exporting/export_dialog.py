"""File → Export…: a PDF poster, or PNG/SVG images of the same poster, with a live
preview of the first page, what was chosen for the user (paper ``auto``) and what was
shortened or could not be drawn, by card.

The dialog works on a snapshot of the document taken when it opens, so a running export
never reads a model that is changing. Exports and previews are made in a worker thread
(the images too: they are painted on a QImage or an SVG generator, never a widget), with
a progress bar. Every choice but the document's filters is remembered in the user's
settings. A failure (missing folder, full disk, read-only folder) is shown plainly, the
dialog stays open with all choices, and the file that was there stays untouched (exports
are written atomically).
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from klantreis_desktop.export.pdf_options import ExportError, validate_options
from klantreis_desktop.model.document import Document
from klantreis_desktop.settings import Settings
from klantreis_desktop.ui.exporting import export_preview as preview
from klantreis_desktop.ui.exporting.export_form import ExportForm
from klantreis_desktop.ui.exporting.export_jobs import PDF_LOCK, JobRunner, PdfRun, image_job

SETTINGS_KEY = "export"
PREVIEW_SIZE = QSize(360, 400)
PREVIEW_DELAY_MS = 250
#: Warnings the caption lists before it says how many more there are.
CAPTION_WARNINGS = 3


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


class ExportDialog(QDialog):
    """Export choices, the preview and the export itself for one document."""

    def __init__(self, doc: Document, current_journey: str | None,
                 source_path: Path | str | None, settings: Settings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("export_dialog")
        self.setWindowTitle(_tr("Export"))
        self.doc = doc.copy()
        self.checks = _checks_of(doc)  # kept per document object: read before the copy
        journeys = self.doc.journeys()
        self.current = current_journey if current_journey in journeys else (
            journeys[0] if journeys else None)
        self.source_path = Path(source_path) if source_path else None
        self.settings = settings if settings is not None else Settings()
        self.runner = JobRunner(self)
        self._message_box: QMessageBox | None = None
        self._busy = False
        self._preview_running = self._preview_again = False
        self._preview_generation = 0
        self._image_queue: list[tuple[Path, str]] = []
        self._image_warnings: list[str] = []
        self._written: list[str] = []
        self._build()
        self.form.restore(self.settings.get(SETTINGS_KEY))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self.form.changed.connect(self.schedule_preview)
        self.export_button.clicked.connect(self.start_export)
        self.close_button.clicked.connect(self.reject)
        self._update_buttons()
        self.schedule_preview()

    @property
    def message_box(self) -> QMessageBox | None:
        """The last result or error box while it exists (the result box deletes itself
        once closed)."""
        box = self._message_box
        return box if box is not None and Shiboken.isValid(box) else None

    # Building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.form = ExportForm(self.doc, self.current, self.source_path, checks=self.checks)
        self.preview_label = QLabel()
        self.preview_label.setObjectName("export_preview")
        self.preview_label.setFixedSize(PREVIEW_SIZE)
        self.preview_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_label.setStyleSheet("background: #c9d1d9;")
        self.preview_caption = QLabel()
        self.preview_caption.setWordWrap(True)
        self.preview_caption.setMaximumWidth(PREVIEW_SIZE.width())
        self.preview_caption.setAlignment(Qt.AlignmentFlag.AlignTop)
        # Room for the page line and two warnings: a wrapping label cannot grow the dialog.
        self.preview_caption.setMinimumHeight(self.fontMetrics().lineSpacing() * 7)
        left = QVBoxLayout()
        left.addWidget(self.form)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.preview_label)
        right.addWidget(self.preview_caption, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.export_button = QPushButton(_tr("Export"))
        self.export_button.setDefault(True)
        self.close_button = QPushButton(_tr("Close"))
        self.export_button.setObjectName("export_button")
        self.close_button.setObjectName("close_button")
        self.status_label.setObjectName("export_status")
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)

    def _update_buttons(self) -> None:
        has_journeys = bool(self.doc.journeys())
        self.export_button.setEnabled(has_journeys and not self._busy)
        self.close_button.setEnabled(not self._busy)
        if not has_journeys:
            self.status_label.setText(_tr("This document has no journeys to export."))

    # Preview ------------------------------------------------------------------------------

    def schedule_preview(self) -> None:
        """Draw the preview again once the options stop changing for a moment."""
        self._preview_generation += 1
        self._timer.start()

    def preview_pixmap(self) -> QPixmap:
        pixmap = self.preview_label.pixmap()
        return pixmap if pixmap is not None else QPixmap()

    def refresh_preview(self) -> None:
        """Plan and draw the first page (or the image) in the worker, one job at a time."""
        journeys = self.form.chosen_journeys()
        if not journeys:
            self.preview_label.clear()
            return
        if self._preview_running:
            self._preview_again = True
            return
        problem = self.form.filters.problem()
        is_pdf = self.form.format() == "pdf"
        options = self.form.pdf_options() if is_pdf else self.form.image_options()
        try:
            if problem:
                raise ExportError(problem)
            validate_options(options)
        except ExportError as error:
            self.preview_caption.setText(str(error))
            return
        generation, doc = self._preview_generation, self.doc
        source_name = self.source_path.name if self.source_path else ""
        dpi = self.form.dpi_spin.value() if self.form.format() == "png" else None
        transparent = self.form.transparent_check.isChecked()

        def work(_progress: Any) -> preview.PagePreview | preview.ImagePreview:
            with PDF_LOCK:
                if is_pdf:
                    return preview.plan_preview(doc, options, source_name, PREVIEW_SIZE)
                return preview.image_preview(doc, journeys[0], options, dpi, transparent,
                                             source_name, PREVIEW_SIZE)

        self._preview_running = True
        self.runner.start(work, lambda shown: self._show_preview(shown, generation, dpi,
                                                                 len(journeys)),
                          self._preview_failed)

    def _preview_finished(self) -> bool:
        """Bookkeeping after a preview job; True when its result is still wanted."""
        self._preview_running = False
        if self._preview_again:
            self._preview_again = False
            self._timer.start()
            return False
        return True

    def _show_preview(self, shown: preview.PagePreview | preview.ImagePreview,
                      generation: int, dpi: int | None, files: int) -> None:
        if not self._preview_finished() or generation != self._preview_generation:
            return
        self.preview_label.setPixmap(QPixmap.fromImage(shown.image))
        if isinstance(shown, preview.PagePreview):
            lines = [preview.page_caption(shown)]
        else:
            lines = [preview.image_caption(shown.width, shown.height, dpi, shown.sheet)]
            if files > 1:
                lines.append(_tr("{count} files, one per journey.").format(count=files))
        self.preview_caption.setText("\n".join(lines + shown.notes
                                               + caption_warnings(shown.warnings)))
        self.preview_caption.setToolTip("\n".join(shown.warnings))

    def _preview_failed(self, message: str) -> None:
        if self._preview_finished():
            self.preview_caption.setText(message)

    # Exporting ----------------------------------------------------------------------------

    def is_busy(self) -> bool:
        return self._busy

    def start_export(self) -> None:
        """Check the choices, ask before overwriting, then export in the background."""
        if self._busy:
            return
        form = self.form
        if not form.path_edit.text().strip():
            self._failed(_tr("Choose a file to export to."))
            return
        files = form.target_files()
        if not files:
            self._failed(_tr("This document has no journeys to export."))
            return
        try:
            if form.filters.problem():
                raise ExportError(form.filters.problem())
            validate_options(form.pdf_options())
        except ExportError as error:
            self._failed(str(error))
            return
        existing = [p for p, _what in files if p.is_file()]
        if existing and existing != [form.confirmed] and not self._overwrite_ok(existing):
            return
        self.remember()
        self._set_busy(True)
        self._written = []
        if form.format() == "pdf":
            source_name = self.source_path.name if self.source_path else ""
            run = PdfRun(self.doc, files, form.pdf_options(), source_name)
            self.runner.start(run, self._pdf_done, self._failed, self._progress)
        else:
            self._image_queue = list(files)
            self._image_warnings = []
            self.progress.setRange(0, len(files))
            QTimer.singleShot(0, self._next_image)

    def _overwrite_ok(self, existing: list[Path]) -> bool:
        names = "\n".join(str(p) for p in existing[:5])
        # Two messages, not a %n plural: lupdate misses translate()'s count in Python.
        if len(existing) == 1:
            title = _tr("Replace file?")
            text = _tr("This file exists already and will be replaced:\n{names}")
        else:
            title = _tr("Replace files?")
            text = _tr("These files exist already and will be replaced:\n{names}")
        answer = QMessageBox.question(self, title, text.format(names=names))
        return answer == QMessageBox.StandardButton.Yes

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _next_image(self) -> None:
        """Export the next image in the worker; each written file is noted at once, so a
        failure further on can say which files are there already."""
        if not self._image_queue:
            self._finished(self._written, self._image_warnings)
            return
        path, journey = self._image_queue.pop(0)
        form = self.form
        work = image_job(self.doc, journey, path, form.format(), form.dpi_spin.value(),
                         form.transparent_check.isChecked(), form.image_options(),
                         self.source_path.name if self.source_path else "")

        def written(result: Any) -> None:
            self._written.append(_tr("{file}: {width} × {height} px, {size} kB").format(
                file=path.name, width=result.width, height=result.height,
                size=max(1, result.size // 1024)))
            self._image_warnings.extend(result.warnings)
            self.progress.setValue(self.progress.value() + 1)
            QTimer.singleShot(0, self._next_image)

        self.runner.start(work, written, self._failed)

    def _pdf_done(self, results: list[tuple[Path, Any]]) -> None:
        lines = [(_tr("{file}: 1 page, {size} kB") if result.pages == 1
                  else _tr("{file}: {pages} pages, {size} kB")).format(
            file=path.name, pages=result.pages, size=max(1, result.size // 1024))
            for path, result in results]
        notes = [n for _path, result in results for n in result.notes]
        self._finished(lines + notes, [w for _path, result in results for w in result.warnings])

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.form.set_inputs_enabled(not busy)
        self.progress.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)
            self.status_label.setText(_tr("Exporting…"))
            self.status_label.setStyleSheet("")
        self._update_buttons()

    def _finished(self, lines: list[str], warnings: list[str]) -> None:
        """The export is done, and so is the dialog: it closes now, and a notice over the
        window says where the files are.

        The notice used to sit over the still-open dialog and close it with itself, so
        its Close (and Esc) looked like "back to the dialog" and closed both. Enter
        closes the notice (not "Details…"); a second export starts with Ctrl+E, with
        every choice remembered.
        """
        self._set_busy(False)
        folder = self.form.target().parent
        self.status_label.setText(_tr("Export finished."))
        # Not a child of this dialog: it is deleted once closed (show_export_dialog).
        box = QMessageBox(QMessageBox.Icon.Information, _tr("Export finished"),
                          _tr("The export is ready in {folder}.").format(folder=str(folder)),
                          QMessageBox.StandardButton.Close, self.parentWidget())
        box.setObjectName("export_finished_box")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        box.setInformativeText("\n".join([*lines, *caption_warnings(warnings)]))
        if warnings:  # every one, by card, for whoever wants to fix them
            box.setDetailedText("\n".join(warnings))
        open_button = box.addButton(_tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        open_button.clicked.connect(partial(self.open_folder, folder))
        box.setDefaultButton(QMessageBox.StandardButton.Close)
        box.setEscapeButton(QMessageBox.StandardButton.Close)
        self._message_box = box
        self.accept()
        box.open()

    @staticmethod
    def open_folder(folder: Path) -> bool:
        """Show ``folder`` in the file manager (a local file URL, never the network)."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _failed(self, message: str) -> None:
        self._set_busy(False)
        self._image_queue = []
        self.status_label.setText(message)
        self.status_label.setStyleSheet("color: #b3261e;")
        written, self._written = self._written, []
        box = QMessageBox(QMessageBox.Icon.Critical, _tr("Export failed"),
                          _tr("The export did not finish."), QMessageBox.StandardButton.Ok,
                          self)
        box.setInformativeText(message)
        if written:  # with one file per journey, the first files may be there already
            box.setDetailedText(_tr("Written before the error:") + "\n" + "\n".join(written))
        self._message_box = box
        box.open()

    def remember(self) -> None:
        """Store the choices (and the folder) for the next dialog."""
        values = self.form.choices()
        if self.form.target().parent.is_dir():
            values["folder"] = str(self.form.target().parent)
            # The folder is this document's export folder from now on (review s7: the
            # next export of it fell back to the document's own folder).
            values["folder_for"] = str(self.source_path or "")
        self.settings.set(SETTINGS_KEY, values)

    # Closing ----------------------------------------------------------------------------

    def reject(self) -> None:
        if not self._busy:  # an export in progress finishes first
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy:
            event.ignore()
            return
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self._timer.stop()
        self.remember()
        self.runner.shut_down()
        super().done(result)


def caption_warnings(warnings: list[str]) -> list[str]:
    """The first few warnings, and how many more there are."""
    shown = warnings[:CAPTION_WARNINGS]
    if len(warnings) > len(shown):
        more = len(warnings) - len(shown)
        # Two messages, not a %n plural: lupdate misses translate()'s count in Python.
        shown.append(_tr("… and one more warning.") if more == 1 else
                     _tr("… and {count} more warnings.").format(count=more))
    return shown


def _checks_of(doc: Document) -> dict[str, Any]:
    """Journey id → the check against an event log its canvases show (Analysis menu)."""
    from klantreis_desktop.ui.canvas.measured_items import conformance_of

    found = {j: conformance_of(doc, j) for j in doc.journeys()}
    return {j: view.result for j, view in found.items()
            if view is not None and view.result is not None}


def show_export_dialog(parent: QWidget | None, doc: Document, current_journey: str | None,
                       source_path: Path | str | None) -> None:
    """File → Export…: choose, preview and export; returns when the dialog is closed."""
    settings = getattr(parent, "settings", None)
    dialog = ExportDialog(doc, current_journey, source_path,
                          settings if isinstance(settings, Settings) else None, parent)
    dialog.exec()
    dialog.deleteLater()
