"""Background work for the export dialog: PDF and image exports and preview plans.

Each job runs a plain function in a worker thread and reports back through a queued Qt
signal, so the window keeps painting during a long A0 export. Every failure becomes one
translated sentence (``failed``); nothing escapes as a traceback.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

from klantreis_desktop.export.pdf_options import ExportError, ExportResult, PdfOptions
from klantreis_desktop.model.document import Document

Progress = Callable[[int, int], None]
Work = Callable[[Progress], Any]

#: ReportLab registers fonts in module globals: one PDF job at a time, preview or export.
PDF_LOCK = threading.Lock()


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


def _message(error: BaseException) -> str:
    """One translated sentence for whatever stopped a job."""
    if isinstance(error, ExportError):
        return str(error)
    if isinstance(error, MemoryError):
        return _tr("There was not enough memory for this export. Choose a smaller paper "
                   "size or resolution.")
    if isinstance(error, OSError):
        return _tr("The file could not be written: {reason}").format(
            reason=error.strerror or str(error))
    return _tr("The export failed unexpectedly: {reason}").format(
        reason=str(error)[:300] or type(error).__name__)


class _Bridge(QObject):
    """Carries reports from the worker thread to the GUI thread (queued connection)."""

    report = Signal(int, str, object)  # job number, "progress" | "finished" | "failed", value


@dataclass
class _Callbacks:
    finished: Callable[[Any], None]
    failed: Callable[[str], None]
    progress: Callable[[int, int], None] | None


class JobRunner(QObject):
    """One worker thread that runs jobs in order and reports back in the GUI thread.

    The bridge that carries the reports lives as long as the runner, so no report ever
    refers to an object that is already gone.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="export")
        self._bridge = _Bridge(self)
        self._bridge.report.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._waiting: dict[int, _Callbacks] = {}
        self._numbers = itertools.count(1)
        self._closed = False

    def start(self, work: Work, finished: Callable[[Any], None],
              failed: Callable[[str], None],
              progress: Callable[[int, int], None] | None = None) -> int:
        """Queue ``work(progress)``; ``finished(result)`` or ``failed(message)`` follows."""
        number = next(self._numbers)
        self._waiting[number] = _Callbacks(finished, failed, progress)
        self._executor.submit(self._run, number, work)
        return number

    def _run(self, number: int, work: Work) -> None:
        """In the worker thread: never raises, always reports exactly once."""
        emit = self._bridge.report.emit
        try:
            result = work(lambda done, total: emit(number, "progress", (done, total)))
        except Exception as error:  # every failure (MemoryError too) becomes a message
            emit(number, "failed", _message(error))
        else:
            emit(number, "finished", result)

    def _deliver(self, number: int, kind: str, value: Any) -> None:
        callbacks = self._waiting.get(number)
        if callbacks is None or self._closed:  # reports after closing are dropped
            return
        if kind == "progress":
            if callbacks.progress is not None:
                callbacks.progress(*value)
            return
        del self._waiting[number]
        (callbacks.finished if kind == "finished" else callbacks.failed)(value)

    def busy(self) -> bool:
        return bool(self._waiting)

    def shut_down(self) -> None:
        """Wait for the running job and drop whatever it still reports."""
        self._closed = True
        self._executor.shutdown(wait=True, cancel_futures=True)


@dataclass
class PdfRun:
    """The files one PDF export writes: one file with ``journeys``, or one per journey."""

    doc: Document
    files: list[tuple[Path, str | list[str]]]
    options: PdfOptions
    source_name: str = ""
    results: list[tuple[Path, ExportResult]] = field(default_factory=list)

    def __call__(self, progress: Progress) -> list[tuple[Path, ExportResult]]:
        from dataclasses import replace

        from klantreis_desktop.export.pdf import export_pdf

        count = len(self.files)
        for index, (path, journeys) in enumerate(self.files):
            def step(done: int, total: int, index: int = index) -> None:
                progress(index * 1000 + round(1000 * done / max(total, 1)), count * 1000)

            options = replace(self.options, journeys=journeys)
            with PDF_LOCK:
                result = export_pdf(self.doc, path, options, self.source_name, step)
            self.results.append((path, result))
        return self.results


def image_job(doc: Document, journey: str, path: Path, fmt: str, dpi: int, transparent: bool,
              options: PdfOptions, source_name: str = "") -> Callable[[Progress], Any]:
    """Draw one journey's poster as PNG or SVG and write it (all in the worker thread:
    it paints on a QImage or an SVG generator, never on a widget)."""
    from klantreis_desktop.ui.exporting import export_image as image

    def work(progress: Progress) -> Any:
        with PDF_LOCK:  # the poster measures text with ReportLab, as a PDF job does
            if fmt == "png":
                return image.export_png(doc, journey, path, dpi, transparent, options,
                                        source_name)
            return image.export_svg(doc, journey, path, transparent, options, source_name)

    return work
