"""The event-log import's work off the GUI thread, and its journeys as one change.

Kept apart from the dialog so the dialog stays about widgets: :class:`Worker` runs a job
with a progress callback and a cancel flag; :func:`journeys_atoms` builds several journeys
on a scratch copy so the dialog can push them as ONE undo step.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QThread, Signal
from PySide6.QtWidgets import QWidget

from klantreis_desktop.analysis.csvformat import ColumnMapping, EventLogError, ImportCancelled
from klantreis_desktop.analysis.customer_paths import LogSummary, summarise
from klantreis_desktop.analysis.eventlog import EventLog, read_event_log
from klantreis_desktop.analysis.segments import Segmentation, segment_customers
from klantreis_desktop.analysis.to_journey import journey_from_path
from klantreis_desktop.model.changes import Atom
from klantreis_desktop.model.document import Document
from klantreis_desktop.model.model_error import ModelError

Progress = Callable[[int, int], None]
#: (touchpoint names, journey title, description) of a journey to add.
Plan = tuple[Sequence[str], str, str]


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)


@dataclass
class ImportResult:
    """What the worker hands back: the log, its paths and its segments."""

    log: EventLog
    summary: LogSummary
    segmentation: Segmentation


class Worker(QThread):
    """Runs one job off the GUI thread; ``cancel`` is the flag the job checks."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, job: Callable[[Callable[[int, int], None], threading.Event], Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.job = job
        self.cancel = threading.Event()

    def run(self) -> None:
        try:
            result = self.job(self.progressed.emit, self.cancel)
        except EventLogError as error:  # ImportCancelled included
            self.failed.emit(error)
        except (ModelError, MemoryError, ValueError) as error:
            self.failed.emit(EventLogError(str(error)))
        else:
            self.succeeded.emit(result)


class OneJob:
    """A dialog's jobs, one at a time, on :class:`Worker` threads: start one, pass its
    progress on, cancel it, and hand its result or error to the dialog on the GUI thread.

    Shared by the import and check dialogs so the finishing rules live in one place.
    """

    def __init__(self, owner: QWidget, busy: Callable[[bool], None],
                 cancelled: Callable[[], None],
                 progressed: Callable[[int, int], None] | None = None) -> None:
        self.owner = owner
        self.busy = busy
        self.cancelled = cancelled
        self.progressed = progressed
        self.worker: Worker | None = None
        # Finished workers are kept, not deleteLater()'d: a wrapper in a cycle with the
        # lambdas below, freed by Python's collector before Qt's deferred delete, crashed
        # (seen in the metrics import's tests). They go with the dialog, their parent.
        self.finished_workers: list[Worker] = []

    def run(self, job: Callable[..., Any], done: Callable[[Any], None],
            failed: Callable[[Any], None]) -> None:
        worker = Worker(job, self.owner)
        self.worker = worker
        if self.progressed is not None:
            worker.progressed.connect(self._progressed)
        worker.succeeded.connect(lambda result: self._finish(worker, done, result))
        worker.failed.connect(lambda error: self._finish(worker, failed, error))
        self.busy(True)
        worker.start()

    def cancel(self) -> bool:
        """Ask the running job to stop; False when none runs."""
        if self.worker is None:
            return False
        self.worker.cancel.set()
        return True

    def wait(self) -> None:
        if self.worker is not None:
            self.worker.wait()

    def _progressed(self, done: int, total: int) -> None:
        if self.worker is not None and not self.worker.cancel.is_set() and total > 0:
            assert self.progressed is not None
            self.progressed(done, total)

    def _finish(self, worker: Worker, handler: Callable[[Any], None], value: Any) -> None:
        worker.wait()
        cancelled = worker.cancel.is_set()
        self.worker = None
        self.finished_workers.append(worker)
        self.busy(False)
        if cancelled:  # whatever came back after Cancel is thrown away
            self.cancelled()
            return
        handler(value)


def _check(cancel: threading.Event) -> None:
    if cancel.is_set():
        raise ImportCancelled(_tr("The import was cancelled; nothing was imported."))


def import_job(path: Path, mapping: ColumnMapping, delimiter: str | None,
               encoding: str | None, has_header: bool, k: int | None, progress: Progress,
               cancel: threading.Event) -> ImportResult:
    """Read, summarise and segment the log (in the worker thread)."""
    log = read_event_log(path, mapping, delimiter=delimiter, encoding=encoding,
                         has_header=has_header, progress=progress, cancel=cancel)
    _check(cancel)
    summary = summarise(log)
    _check(cancel)
    segmentation = segment_customers(log, k=k, progress=progress, cancel=cancel)
    return ImportResult(log, summary, segmentation)


def segment_job(log: EventLog, k: int | None, progress: Progress,
                cancel: threading.Event) -> Segmentation:
    return segment_customers(log, k=k, progress=progress, cancel=cancel)


def journeys_atoms(doc: Document, log: EventLog, plans: Sequence[Plan]) -> list[Atom]:
    """The atoms adding one journey per plan, each seeing the ones before (ModelError)."""
    channels, phases = log.channel_by_touchpoint(), log.phase_by_touchpoint()
    scratch = doc.copy()
    atoms: list[Atom] = []
    for path, title, text in plans:
        change = journey_from_path(scratch, path, title, channels, phases, description=text)
        scratch.apply(change)
        atoms.extend(change.atoms)
    return atoms
