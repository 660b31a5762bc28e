"""Recovery copies of open documents, and finding the ones a crashed run left behind (no Qt).

Every running instance owns one *run folder* inside :func:`settings.autosave_dir`::

    autosave/<run id>/lock.json        pid, host, start times (held with an OS lock too)
    autosave/<run id>/<session>.klantreis   the recovery copy of one open document
    autosave/<run id>/<session>.json        title, original path, time (the sidecar)

Copies are written with the same atomic machinery as a real save (temp file, fsync,
replace), so a crash while autosaving leaves the previous copy intact. A clean shutdown
removes the run folder. A run folder whose owner is gone is what a crash left behind;
its copies are offered on the next start and only ever deleted when the user discards
them (:func:`discard`) or after they were restored (:meth:`AutosaveStore.adopt`).

A run is alive while its process holds the lock file's OS lock (``flock``) or, where no
such lock exists, while a process with the lock's pid *and* the same process start time
runs, so a second running instance is never mistaken for a crash and a recycled pid is
never mistaken for a running instance.
"""

from __future__ import annotations

import contextlib
import os
import platform
import secrets
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from klantreis_desktop import __version__, settings
from klantreis_desktop.model.document import Document
from klantreis_desktop.storage import safejson
from klantreis_desktop.storage.codec import LoadResult, dumps
from klantreis_desktop.storage.container import FILE_SUFFIX
from klantreis_desktop.storage.errors import KlantreisFileError, os_write_error, write_error
from klantreis_desktop.storage.processes import pid_alive, process_start_time
from klantreis_desktop.storage.save import read, write_file

try:  # POSIX only; on Windows the pid check alone decides
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]  # Windows: no fcntl, the pid check decides

LOCK_NAME = "lock.json"
INFO_SUFFIX = ".json"
LOCK_FORMAT = "klantreis-autosave-lock"
INFO_FORMAT = "klantreis-recovery"
#: Sidecars and locks are a few hundred bytes; anything far larger is not ours.
_MAX_SMALL_FILE = 64 * 1024


def new_session_id() -> str:
    """A stable id for one open document in this run (names its recovery copy)."""
    return secrets.token_hex(8)


@dataclass(frozen=True)
class Recovery:
    """One recovery copy left by a run that did not end cleanly."""

    run: Path
    session_id: str
    file: Path
    title: str
    #: Where the document was saved before ("" for a document that was never saved).
    original_path: str
    #: When the copy was written (seconds since the epoch).
    saved_at: float
    pid: int | None
    #: Offered before and kept for later ("Decide later", or "Open the saved version"
    #: when its file was opened): the next offer must not speak of a crash any more.
    offered: bool = False

    @property
    def info_file(self) -> Path:
        return self.run / (self.session_id + INFO_SUFFIX)

    def load(self) -> LoadResult:
        """The recovered document (a :class:`KlantreisFileError` when the copy is damaged)."""
        return read(self.file)

    def original_saved_later(self) -> float | None:
        """When the document's file was saved after this copy was written (its mtime), or
        None: restoring the copy over such a file would throw that later work away (review
        s7: a copy kept with "Decide later", the file then saved again, the copy restored
        and saved over it)."""
        if not self.original_path:
            return None
        try:
            saved = Path(self.original_path).stat().st_mtime
        except OSError:
            return None
        return saved if saved > self.saved_at + 1.0 else None


def _lock_held_elsewhere(lock: Path) -> bool | None:
    """Whether another open file holds the lock's OS lock (None: cannot tell)."""
    if fcntl is None:
        return None  # pragma: no cover - Windows
    try:
        handle = open(lock, "rb")  # closed below
    except OSError:
        return None
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    except OSError:
        return None
    finally:
        handle.close()  # also drops our probe lock
    return False


def run_alive(run: Path) -> bool:
    """True while the instance owning ``run`` still runs (so its files are not ours)."""
    lock = run / LOCK_NAME
    info = _read_small_json(lock)
    if info is None:
        # No lock yet (a run that is just starting writes it first) or a damaged one:
        # give a fresh folder the benefit of the doubt for a minute.
        return _age(run) < 60.0
    if info.get("host") not in (None, platform.node()):
        return True  # a shared home folder: we cannot see the other machine's processes
    held = _lock_held_elsewhere(lock)
    if held:
        return True
    pid = info.get("pid")
    if not isinstance(pid, int) or isinstance(pid, bool) or not pid_alive(pid):
        return False
    recorded, current = info.get("process_start"), process_start_time(pid)
    if isinstance(recorded, int) and not isinstance(recorded, bool) and current is not None:
        return recorded == current  # different: the pid was recycled by another process
    # The pid runs but we cannot compare start times. Where an OS lock exists the owner
    # would hold it, so a free lock means this pid now belongs to someone else.
    return held is None


def _age(path: Path) -> float:
    try:
        return time.time() - path.stat().st_mtime
    except OSError:
        return 0.0


def _read_small_json(path: Path) -> dict[str, Any] | None:
    try:
        with open(path, "rb") as handle:
            data = handle.read(_MAX_SMALL_FILE + 1)
    except OSError:
        return None
    if len(data) > _MAX_SMALL_FILE:
        return None
    try:
        value = safejson.parse(data)
    except safejson.UnsafeJsonError:
        return None
    return value if isinstance(value, dict) else None


# Finding and discarding what crashed runs left -------------------------------------------


def find_recoveries(folder: Path | None = None, exclude_run: Path | None = None
                    ) -> list[Recovery]:
    """Recovery copies of runs that did not end cleanly, newest first."""
    base = folder if folder is not None else settings.autosave_dir()
    try:
        runs = sorted(entry for entry in base.iterdir() if entry.is_dir())
    except OSError:
        return []
    found: list[Recovery] = []
    for run in runs:
        if exclude_run is not None and run.resolve() == exclude_run.resolve():
            continue
        if run_alive(run):
            continue
        found.extend(_recoveries_in(run))
    return sorted(found, key=lambda r: (-r.saved_at, r.title, r.session_id))


def _recoveries_in(run: Path) -> list[Recovery]:
    lock = _read_small_json(run / LOCK_NAME) or {}
    pid = lock.get("pid") if isinstance(lock.get("pid"), int) else None
    found = []
    for file in sorted(run.glob("*" + FILE_SUFFIX)):
        if file.name.startswith(".") or not file.is_file():
            continue  # a temp file of an interrupted write is never a recovery
        session = file.name[:-len(FILE_SUFFIX)]
        info = _read_small_json(run / (session + INFO_SUFFIX)) or {}
        raw_title = info.get("title")
        title = raw_title if isinstance(raw_title, str) else ""
        original = info.get("original_path")
        saved_at = info.get("saved_at")
        try:
            mtime = file.stat().st_mtime
        except OSError:
            continue
        when = float(saved_at) if isinstance(saved_at, (int, float)) and not isinstance(
            saved_at, bool) else mtime
        offered = info.get("offered_at")
        found.append(Recovery(run, session, file, title[:500],
                              original if isinstance(original, str) else "",
                              max(when, mtime), pid,
                              offered=isinstance(offered, (int, float))
                              and not isinstance(offered, bool)))
    return found


def copies_of(recoveries: list[Recovery], path: str | os.PathLike[str]) -> list[Recovery]:
    """The recovery copies among ``recoveries`` of the document saved before as ``path``
    (newest first), so opening that file can offer them instead of silently showing the
    older version on disk."""
    wanted = _same_file_key(path)
    found = [r for r in recoveries
             if r.original_path and _same_file_key(r.original_path) == wanted]
    return sorted(found, key=lambda r: -r.saved_at)


def _same_file_key(path: str | os.PathLike[str]) -> str:
    try:
        resolved = Path(path).resolve()
    except (OSError, RuntimeError, ValueError):
        resolved = Path(path)
    return os.path.normcase(os.fspath(resolved))


def mark_offered(recoveries: list[Recovery]) -> None:
    """The person saw these copies and kept them for later: remember it in their sidecars,
    so the next offer says so (it was no crash since). Never raises."""
    for recovery in recoveries:
        if not recovery.file.is_file():
            continue  # restored or discarded meanwhile
        info = _read_small_json(recovery.info_file) or {
            "format": INFO_FORMAT, "version": 1, "session": recovery.session_id,
            "title": recovery.title, "original_path": recovery.original_path,
            "saved_at": recovery.saved_at, "app_version": __version__}
        info["offered_at"] = time.time()
        with contextlib.suppress(KlantreisFileError, ValueError):
            write_file(recovery.info_file, safejson.dump(info), keep_backup=False)


def discard(recovery: Recovery) -> None:
    """Delete one recovery copy (the user chose so); a run left empty is tidied away."""
    for path in (recovery.file, recovery.info_file):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)
    _remove_run_if_empty(recovery.run)


def _remove_run_if_empty(run: Path) -> None:
    """Remove a dead run's folder once no recovery copy is left in it."""
    if any(_recoveries_in(run)) or run_alive(run):
        return
    shutil.rmtree(run, ignore_errors=True)


def tidy(folder: Path | None = None, exclude_run: Path | None = None) -> None:
    """Remove folders of dead runs that hold no recovery copy (nothing of value is lost)."""
    base = folder if folder is not None else settings.autosave_dir()
    with contextlib.suppress(OSError):
        for run in base.iterdir():
            if run.is_dir() and (exclude_run is None or run.resolve() != exclude_run.resolve()):
                _remove_run_if_empty(run)


# The running instance ---------------------------------------------------------------------


class AutosaveStore:
    """The run folder of this process: writes, removes and adopts recovery copies.

    Thread-safe for writes of *different* sessions; one session's copies must be written
    by one writer at a time (the UI controller serialises them).
    """

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder if folder is not None else settings.autosave_dir()
        stamp = time.strftime("%Y%m%d-%H%M%S")
        self.run = self.folder / f"{stamp}-{os.getpid()}-{secrets.token_hex(3)}"
        self._lock_handle: IO[bytes] | None = None
        self._started = False

    def start(self) -> None:
        """Create the run folder and its lock (idempotent); raises KlantreisFileError."""
        if self._started:
            return
        lock = self.run / LOCK_NAME
        if self._lock_handle is not None:  # the folder was removed under us: lock anew
            with contextlib.suppress(OSError):
                self._lock_handle.close()
            self._lock_handle = None
        try:
            self.run.mkdir(parents=True, exist_ok=True)
            info = {"format": LOCK_FORMAT, "version": 1, "pid": os.getpid(),
                    "host": platform.node(), "started": time.time(),
                    "process_start": process_start_time(os.getpid()),
                    "app_version": __version__}
            write_file(lock, safejson.dump(info), keep_backup=False)
            self._lock_handle = open(lock, "rb")  # held for the whole run
            if fcntl is not None:
                with contextlib.suppress(OSError):
                    fcntl.flock(self._lock_handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as error:
            raise os_write_error(error, lock) from None
        self._started = True

    def file_for(self, session_id: str) -> Path:
        return self.run / (session_id + FILE_SUFFIX)

    def write(self, session_id: str, data: bytes, title: str,
              original_path: str | os.PathLike[str] | None) -> Path:
        """Store ``data`` (file bytes) as the recovery copy of ``session_id``, atomically."""
        if not self.run.is_dir():
            self._started = False  # someone removed the folder: make it (and the lock) again
        self.start()
        target = self.file_for(session_id)
        write_file(target, data, keep_backup=False)
        info = {"format": INFO_FORMAT, "version": 1, "session": session_id,
                "title": str(title)[:500],
                "original_path": os.fspath(original_path) if original_path else "",
                "saved_at": time.time(), "app_version": __version__}
        write_file(self.run / (session_id + INFO_SUFFIX), safejson.dump(info),
                     keep_backup=False)
        return target

    def write_document(self, session_id: str, doc: Document, title: str,
                       original_path: str | os.PathLike[str] | None) -> Path:
        """Serialise and store ``doc`` (call from a worker with a copy of the document)."""
        return self.write(session_id, dumps(doc, title), title, original_path)

    def remove(self, session_id: str) -> None:
        """Drop the copy of a document that was saved or closed on purpose."""
        for path in (self.file_for(session_id), self.run / (session_id + INFO_SUFFIX)):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(path)

    def has_copy(self, session_id: str) -> bool:
        return self.file_for(session_id).is_file()

    def adopt(self, recovery: Recovery) -> str:
        """Move a restored copy into this run (so a second crash still has it); its new
        session id. Raises KlantreisFileError when another instance took it first."""
        self.start()
        session = new_session_id()
        try:
            os.replace(recovery.file, self.file_for(session))
        except OSError as error:
            raise os_write_error(error, recovery.file) from None
        with contextlib.suppress(OSError):
            os.replace(recovery.info_file, self.run / (session + INFO_SUFFIX))
        _remove_run_if_empty(recovery.run)
        return session

    def find_recoveries(self) -> list[Recovery]:
        """Copies left by crashed runs (never this run's own)."""
        return find_recoveries(self.folder, exclude_run=self.run)

    def shutdown(self) -> None:
        """A clean end: this run's copies, lock and folder go away."""
        if self._lock_handle is not None:
            with contextlib.suppress(OSError):
                self._lock_handle.close()
            self._lock_handle = None
        shutil.rmtree(self.run, ignore_errors=True)
        self._started = False


def describe_failure(error: BaseException) -> str:
    """The sentence for a failed autosave (for the status bar); never raises."""
    if isinstance(error, KlantreisFileError):
        return str(error)
    return write_error("io", "", f"{type(error).__name__}: {error}").message

