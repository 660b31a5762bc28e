"""Reading a document off the GUI thread, with a progress dialog and Cancel.

A hostile or simply huge file can take a while to read (photos are checked and decoded,
the graph validated); on the GUI thread that froze the window, black and unresponsive.
So :func:`read_and_lock` runs on a worker thread: it reads the file with
``storage.read(path, cancelled=...)`` and tries to lock it, and the outcome comes back to
the GUI thread through a queued signal. After :data:`PROGRESS_AFTER_MS` a progress dialog
with Cancel appears; Cancel asks the reader to stop (it checks between the parts of the
file) and whatever still arrives is dropped, so everything stays as it was. A damaged
file's backup is read here too, so the message about it can offer the backup at once.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from klantreis_desktop import storage
from klantreis_desktop.storage import KlantreisFileError, LoadResult, OpenCancelled, locks
from klantreis_desktop.storage.backups import Backup, usable_backup
from klantreis_desktop.storage.errors import display_name, read_error

#: The progress dialog appears only for a read that takes longer than this.
PROGRESS_AFTER_MS = 300

_executor: ThreadPoolExecutor | None = None
_bridge: _Bridge | None = None


def _tr(text: str) -> str:
    return QCoreApplication.translate("OpenJobs", text)


@dataclass
class Opened:
    """What reading and locking a file gave: the document, or the one error to show."""

    path: Path
    result: LoadResult | None = None
    error: KlantreisFileError | None = None
    #: Our lock on the file (None: not asked for, held by someone else, or impossible).
    lock: locks.Lock | None = None
    #: Someone else has the file open (their lock is not stale).
    locked: locks.DocumentLocked | None = None
    #: The lock could not be made (a read-only folder): open anyway, with a note.
    lock_error: KlantreisFileError | None = None
    #: The file is damaged, and its backup (``NAME.klantreis.bak``) was read whole.
    backup: Backup | None = None

    @property
    def cancelled(self) -> bool:
        return isinstance(self.error, OpenCancelled)

    def discard(self) -> None:
        """Nothing will be shown: let go of the lock taken for it."""
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def read_and_lock(path: Path, cancelled: Callable[[], bool] | None = None,
                  lock: bool = True) -> Opened:
    """Read ``path`` and (with ``lock``) lock it; never raises. Safe on any thread."""
    opened = Opened(path)
    try:
        opened.result = storage.read(path, cancelled=cancelled)
    except KlantreisFileError as error:
        opened.error = error
    except Exception as error:  # MemoryError and the like: still one plain sentence
        opened.error = read_error("corrupt", path, f"{type(error).__name__}: {error}")
    if opened.error is not None:
        opened.backup = usable_backup(path, opened.error, cancelled)  # offered instead
        return opened
    if not lock:
        return opened
    try:
        opened.lock = locks.acquire(path)
    except locks.DocumentLocked as error:
        opened.locked = error
    except KlantreisFileError as error:
        opened.lock_error = error
    except Exception as error:  # a lock must never stop a file from opening
        opened.lock_error = KlantreisFileError("io", str(error), repr(error))
    if cancelled is not None and cancelled():  # cancelled after the last check
        opened.discard()
        refusal = read_error("cancelled", path, "cancelled")
        opened.error = OpenCancelled(refusal.code, refusal.message, refusal.detail)
        opened.result = opened.locked = None
    return opened


class _Bridge(QObject):
    """Carries outcomes from the worker threads to the GUI thread (queued connection).

    One for the application, parented to it: it outlives every job, so a worker never
    emits on an object that is already gone."""

    done = Signal(object, object)  # OpenJob, Opened

    def __init__(self, parent: QObject | None) -> None:
        super().__init__(parent)
        self.done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @staticmethod
    def _deliver(job: OpenJob, opened: Opened) -> None:
        job._arrived(opened)


def _shared() -> tuple[ThreadPoolExecutor, _Bridge]:
    global _executor, _bridge
    if _executor is None:
        _executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="klantreis-open")
    if _bridge is None or not shiboken6.isValid(_bridge):
        _bridge = _Bridge(QCoreApplication.instance())
    return _executor, _bridge


class OpenJob(QObject):
    """One file being read in the background for ``parent`` (a window's file actions);
    its progress dialog belongs to ``window``.

    ``finished(opened)`` is called in the GUI thread exactly once, unless the job was
    cancelled first (then ``on_cancel()``) or its parent went away (then nothing).
    """

    def __init__(self, path: Path, parent: QObject, window: QWidget,
                 finished: Callable[[Opened], None], on_cancel: Callable[[], None],
                 lock: bool = True) -> None:
        super().__init__(parent)
        self.path = path
        self._finished = finished
        self._on_cancel = on_cancel
        self._stop = threading.Event()
        self._done = False
        self.dialog: QProgressDialog | None = None
        self._parent_widget = window
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PROGRESS_AFTER_MS)
        self._timer.timeout.connect(self._show_progress)
        self._lock = lock

    def start(self) -> None:
        executor, bridge = _shared()
        self._timer.start()
        emit = bridge.done.emit
        stop = self._stop

        def work() -> None:
            opened = read_and_lock(self.path, stop.is_set, self._lock)
            try:
                emit(self, opened)
            except RuntimeError:  # the application is going away
                opened.discard()

        executor.submit(work)

    @property
    def running(self) -> bool:
        return not self._done

    def cancel(self) -> None:
        """Stop reading; nothing of this file will be shown."""
        if self._done:
            return
        self._stop.set()
        self._end()
        self._on_cancel()

    def _show_progress(self) -> None:
        if self._done or not shiboken6.isValid(self._parent_widget):
            return
        dialog = QProgressDialog(
            _tr("Opening “%1”…").replace("%1", display_name(self.path)), _tr("Cancel"),
            0, 0, self._parent_widget)
        dialog.setObjectName("open_progress")
        dialog.setWindowTitle(_tr("Opening"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        dialog.canceled.connect(self.cancel)
        self.dialog = dialog
        dialog.show()

    def _arrived(self, opened: Opened) -> None:
        """In the GUI thread: the worker is done."""
        if not shiboken6.isValid(self) or self._done or self._stop.is_set():
            opened.discard()
            return
        self._end()
        self._finished(opened)

    def _end(self) -> None:
        self._done = True
        self._timer.stop()
        dialog, self.dialog = self.dialog, None
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.canceled.disconnect(self.cancel)
            dialog.hide()
            dialog.deleteLater()
        self.deleteLater()


def pending(owner: QObject) -> list[OpenJob]:
    """The jobs of ``owner`` still reading."""
    return [job for job in owner.findChildren(OpenJob) if job.running]


def shut_down() -> None:
    """Wait for the workers (for the end of the application and of test sessions)."""
    global _executor
    if _executor is not None:
        _executor.shutdown(wait=True, cancel_futures=True)
        _executor = None
