"""Autosave for one open document: debounced snapshots, written in the background.

A workshop edit must reach the disk within seconds, but the facilitator must never feel
it. So after every change a short *idle* timer is (re)started, and a *max-wait* timer
makes sure a recovery copy is written during continuous typing too. When either fires,
the GUI thread takes a snapshot with ``Document.copy()`` (about 17 ms for 2,000 cards;
serialising takes about 100 ms, too long for the GUI thread) and a worker thread
serialises it and writes it atomically through :class:`storage.autosave.AutosaveStore`.
Only the newest snapshot is kept waiting, so a slow disk never piles up work.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from klantreis_desktop.model.changes import ChangeSet
from klantreis_desktop.model.document import Document
from klantreis_desktop.storage.autosave import AutosaveStore, describe_failure, new_session_id
from klantreis_desktop.storage.errors import KlantreisFileError, write_error

#: Write this long after the last edit (milliseconds).
IDLE_DELAY_MS = 3_000
#: ... and at the latest this long after the first unsaved edit, however busy the typing:
#: together with the idle delay a crash loses at most the last ~5 seconds.
MAX_WAIT_MS = 4_500

Describe = Callable[[], tuple[str, "Path | None"]]

_store: AutosaveStore | None = None
_executor: ThreadPoolExecutor | None = None
_controllers: weakref.WeakSet[AutosaveController] = weakref.WeakSet()


def process_store() -> AutosaveStore:
    """The run folder of this process (created on first use)."""
    global _store
    if _store is None:
        _store = AutosaveStore()
    return _store


def _pool() -> ThreadPoolExecutor:
    global _executor
    if _executor is None:
        _executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="klantreis-autosave")
    return _executor


def shutdown_cleanly(store: AutosaveStore | None = None) -> None:
    """The application ends normally: finish pending writes, then remove this run's copies
    and lock, so the next start offers nothing. Call after every window has closed."""
    for controller in list(_controllers):
        controller.close()
    target = store if store is not None else _store
    if target is not None:
        target.shutdown()


def failure_text(error: BaseException, title: str = "") -> str:
    """The status-bar sentence for a failed autosave: storage's translated reason, naming
    the document (not the recovery copy's own file, whose name means nothing to anyone)."""
    if isinstance(error, KlantreisFileError) and title:
        sentence = write_error(error.code, title).message
    else:
        sentence = describe_failure(error)
    return QCoreApplication.translate("Autosave", "Autosave: %1").replace("%1", sentence)


@dataclass(frozen=True)
class _Snapshot:
    doc: Document
    title: str
    original_path: Path | None


_REMOVE = object()


class AutosaveController(QObject):
    """Keeps a recovery copy of ``doc`` no older than a few seconds."""

    #: A copy was written (its path); emitted in the GUI thread.
    saved = Signal(str)
    #: A copy could not be written (a translated sentence for the status bar).
    failed = Signal(str)

    def __init__(self, doc: Document, describe: Describe, store: AutosaveStore | None = None,
                 session_id: str | None = None, parent: QObject | None = None,
                 idle_ms: int = IDLE_DELAY_MS, max_wait_ms: int = MAX_WAIT_MS) -> None:
        super().__init__(parent)
        self.doc = doc
        self.describe = describe
        self.store = store if store is not None else process_store()
        self.session_id = session_id or new_session_id()
        #: Newest outcome, readable without waiting for queued signals (tests, status).
        self.last_error = ""
        self.writes = 0
        self._dirty = False
        self._closed = False
        self._lock = threading.Lock()
        self._pending: Any = None
        self._running = False
        self._future: Future[None] | None = None
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(idle_ms)
        self._idle.timeout.connect(self.snapshot_now)
        self._max_wait = QTimer(self)
        self._max_wait.setSingleShot(True)
        self._max_wait.setInterval(max_wait_ms)
        self._max_wait.timeout.connect(self.snapshot_now)
        self._listener: Callable[[ChangeSet], None] = self._on_change
        doc.subscribe(self._listener)
        _controllers.add(self)

    @classmethod
    def for_session(cls, session: Any, store: AutosaveStore | None = None,
                    session_id: str | None = None, **timers: int) -> AutosaveController:
        """A controller for a ``DocumentSession``: its name and path describe the copy, and
        the copy is dropped whenever the undo stack is clean (just saved)."""
        controller = cls(session.doc, lambda: (session.display_name(), session.path), store,
                         session_id, session, **timers)
        session.stack.cleanChanged.connect(controller._clean_changed)
        return controller

    # Changes ----------------------------------------------------------------------------

    def _on_change(self, _change: ChangeSet) -> None:
        self.mark_dirty()

    def mark_dirty(self) -> None:
        """Schedule a copy (a restored document calls this at once: it is not on disk)."""
        if self._closed:
            return
        self._dirty = True
        self._idle.start()
        if not self._max_wait.isActive():
            self._max_wait.start()

    @property
    def dirty(self) -> bool:
        """True while an edit is not yet handed to the writer."""
        return self._dirty

    def _clean_changed(self, clean: bool) -> None:
        if clean:
            self.document_saved()

    def document_saved(self) -> None:
        """The real file now holds everything: the recovery copy is no longer needed."""
        if self._closed:
            return
        self._stop_timers()
        self._dirty = False
        self._submit(_REMOVE)

    def snapshot_now(self) -> None:
        """Take the snapshot on this (GUI) thread and hand it to the writer."""
        self._stop_timers()
        if not self._dirty or self._closed:
            return
        title, path = self.describe()
        snapshot = _Snapshot(self.doc.copy(), title, path)
        self._dirty = False
        self._submit(snapshot)

    def _stop_timers(self) -> None:
        self._idle.stop()
        self._max_wait.stop()

    # The writer -------------------------------------------------------------------------

    def _submit(self, job: Any) -> None:
        with self._lock:
            self._pending = job  # only the newest matters
            if self._running:
                return
            self._running = True
            try:
                self._future = _pool().submit(self._drain)
                return
            except RuntimeError:  # the interpreter is shutting down: write right here
                self._future = None
        self._drain()

    def _drain(self) -> None:
        while True:
            with self._lock:
                job, self._pending = self._pending, None
                if job is None:
                    self._running = False
                    return
            self._run(job)

    def _run(self, job: Any) -> None:
        try:
            if job is _REMOVE:
                self.store.remove(self.session_id)
                return
            path = self.store.write_document(self.session_id, job.doc, job.title,
                                             job.original_path)
        except Exception as error:  # a failed autosave must never take the app down
            self.last_error = failure_text(error, getattr(job, "title", ""))
            self._emit(self.failed, self.last_error)
            return
        self.last_error = ""
        self.writes += 1
        self._emit(self.saved, str(path))

    @staticmethod
    def _emit(signal: Any, value: str) -> None:
        try:
            signal.emit(value)
        except RuntimeError:
            pass  # the controller's Qt side is gone (closing); the state above is kept

    def flush(self, timeout: float | None = 30.0) -> bool:
        """Write a pending edit now and wait until the writer is idle; True if all went well.

        For quitting and for tests: afterwards the copy on disk is the document as it is.
        """
        if self._dirty:
            self.snapshot_now()
        while True:
            with self._lock:
                future = self._future if self._running else None
            if future is None:
                break
            future.result(timeout)
        return not self.last_error

    def close(self, keep_copy: bool = False) -> None:
        """The document closes on purpose (saved or changes discarded): stop following it
        and, unless ``keep_copy``, drop its recovery copy."""
        if self._closed:
            return
        self.doc.unsubscribe(self._listener)
        if not keep_copy:
            self._dirty = False
            self._stop_timers()
            self._submit(_REMOVE)
        self.flush()
        self._closed = True
        self._stop_timers()
        _controllers.discard(self)
