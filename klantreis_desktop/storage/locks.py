"""A lock file beside an open document, so a second window or a second laptop (through a
shared or synced folder) sees that someone is editing it, instead of silently
overwriting each other's work.

Like LibreOffice's ``.~lock.NAME#``: a small JSON file next to the document saying who
(user, host, pid, since when, which app version). Made with ``O_EXCL``, so of two
processes racing for it exactly one wins, also on network shares. It is advisory: the
document itself is never locked, and a crash leaves the lock behind. A lock is *stale*
when it was made on this computer by a process that no longer runs (the pid is gone, or
now belongs to a process that started later). A lock from another computer is never
judged stale here (that computer may just be asleep); its age is reported so the person
can decide to open the file anyway (``take_over=True``).

Windows and sync clients hold files for a moment (virus scanners, OneDrive): every file
operation is retried on ``PermissionError`` a few times, as saving does.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import os
import platform
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from klantreis_desktop import __version__
from klantreis_desktop.i18n import translate
from klantreis_desktop.storage.errors import (
    KlantreisFileError,
    code_for_os_error,
    display_name,
    os_error_reason,
)
from klantreis_desktop.storage.processes import pid_alive, process_start_time

LOCK_FORMAT = "klantreis-document-lock"
#: Attempts and pause for an operation refused with PermissionError (as for saving).
ATTEMPTS = 5
PAUSE_S = 0.075
#: A lock file that cannot be read yet is being written, for this long at most.
UNREADABLE_GRACE_S = 60
#: Lock files are a few hundred bytes; anything far larger is not ours.
_MAX_LOCK_BYTES = 64 * 1024
#: Bytes of the document name kept in the lock name (".~lock." and "#" make 8 more).
_NAME_BYTES = 200

T = TypeVar("T")


def lock_path(path: str | os.PathLike[str]) -> Path:
    """The lock file of the document at ``path``: ``.~lock.NAME#`` in its folder."""
    target = Path(os.path.realpath(path))
    name = target.name.encode("utf-8", "surrogateescape")[:_NAME_BYTES].decode(
        "utf-8", "ignore")
    return target.with_name(f".~lock.{name}#")


def host_name() -> str:
    """This computer's name (no socket module: the app opens no sockets)."""
    return platform.node() or "?"


def user_name() -> str:
    """The login name of the person running the app ("" when the system has none)."""
    try:
        return getpass.getuser()
    except Exception:
        return ""


def _clean(value: Any, limit: int = 100) -> str:
    text = value if isinstance(value, str) else ""
    return "".join(char if char.isprintable() else "?" for char in text[:limit])


@dataclass(frozen=True)
class LockInfo:
    """What a lock file says about who has the document open."""

    file: Path
    user: str = ""
    host: str = ""
    pid: int | None = None
    #: When the lock was made, ISO 8601 with the holder's UTC offset ("" unknown).
    since: str = ""
    app_version: str = ""
    token: str = ""
    process_start: int | None = None
    #: False for an empty or damaged lock file (being written, or left by a crash).
    readable: bool = True
    #: The lock file's modification time (seconds since the epoch).
    mtime: float = 0.0

    @property
    def same_host(self) -> bool:
        return bool(self.host) and self.host == host_name()

    @property
    def mine(self) -> bool:
        """Made by this very process (another window of this app instance)."""
        return self.same_host and self.pid == os.getpid() and (
            self.process_start is None or self.process_start == process_start_time(self.pid))

    def since_time(self) -> dt.datetime | None:
        try:
            moment = dt.datetime.fromisoformat(self.since)
        except ValueError:
            return None
        return moment if moment.tzinfo else moment.astimezone()

    def age_seconds(self, now: float | None = None) -> float:
        """How long ago the lock was made (by its own clock, else the file's time)."""
        moment = self.since_time()
        started = moment.timestamp() if moment is not None else self.mtime
        return max(0.0, (time.time() if now is None else now) - started)

    def stale(self, now: float | None = None) -> bool:
        """True for a lock whose holder surely no longer runs (see the module text)."""
        if not self.readable:
            return self.age_seconds(now) > UNREADABLE_GRACE_S
        if not self.same_host:
            return False
        if self.pid is None or not pid_alive(self.pid):
            return True
        started = process_start_time(self.pid)
        return None not in (started, self.process_start) and started != self.process_start

    def describe(self, document: str | os.PathLike[str]) -> str:
        """One translated sentence saying who has the document open, and since when."""
        name = display_name(os.fspath(document))
        moment = self.since_time()
        since = moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else "?"
        if not self.readable:
            return translate("Storage", "“{name}” is being opened or saved somewhere else "
                                        "right now.").format(name=name)
        if self.same_host:
            return translate("Storage", "“{name}” is already open on this computer (by "
                                        "{user}, since {since}).").format(
                name=name, user=self.user or "?", since=since)
        return translate("Storage", "“{name}” is open on {host} (by {user}, since {since}; "
                                    "{age}).").format(
            name=name, host=self.host or "?", user=self.user or "?", since=since,
            age=_age_text(self.age_seconds()))


def _age_text(seconds: float) -> str:
    minutes = int(seconds // 60)
    if minutes < 120:
        return translate("Storage", "{count} minutes ago").format(count=minutes)
    if minutes < 48 * 60:
        return translate("Storage", "{count} hours ago").format(count=minutes // 60)
    return translate("Storage", "{count} days ago").format(count=minutes // (24 * 60))


class DocumentLocked(KlantreisFileError):  # noqa: N818 - reads better than ...Error
    """Someone else has the document open (code ``in_use``); ``holder`` says who."""

    def __init__(self, document: str | os.PathLike[str], holder: LockInfo) -> None:
        super().__init__("in_use", holder.describe(document),
                         f"lock {holder.file.name}: {holder.user}@{holder.host} "
                         f"pid {holder.pid}")
        self.holder = holder


def _retrying(operation: Callable[[], T]) -> T:
    """``operation()``, tried again when another program holds the file for a moment."""
    for attempt in range(ATTEMPTS):
        try:
            return operation()
        except PermissionError:
            if attempt == ATTEMPTS - 1:
                raise
            time.sleep(PAUSE_S)
    raise AssertionError("unreachable")


def read_lock(path: str | os.PathLike[str]) -> LockInfo | None:
    """Who holds the lock of the document at ``path`` (None: nobody)."""
    return _read_info(lock_path(path))


def _read_info(file: Path) -> LockInfo | None:
    def read() -> tuple[bytes, float]:
        with open(file, "rb") as handle:
            return handle.read(_MAX_LOCK_BYTES + 1), os.fstat(handle.fileno()).st_mtime

    try:
        data, mtime = _retrying(read)
    except FileNotFoundError:
        return None
    except OSError:
        return LockInfo(file, readable=False, mtime=time.time())
    try:
        fields = json.loads(data.decode("utf-8")) if len(data) <= _MAX_LOCK_BYTES else None
    except (UnicodeDecodeError, ValueError, RecursionError):
        fields = None
    if not isinstance(fields, dict) or fields.get("format") != LOCK_FORMAT:
        return LockInfo(file, readable=False, mtime=mtime)
    pid, started = fields.get("pid"), fields.get("process_start")
    return LockInfo(
        file, user=_clean(fields.get("user")), host=_clean(fields.get("host")),
        pid=pid if isinstance(pid, int) and not isinstance(pid, bool) else None,
        since=_clean(fields.get("since"), 40), app_version=_clean(fields.get("app_version"), 40),
        token=_clean(fields.get("token"), 64),
        process_start=started if isinstance(started, int) and not isinstance(started, bool)
        else None, mtime=mtime)


class Lock:
    """Our lock on one document; :meth:`release` it when the document is closed."""

    def __init__(self, document: Path, info: LockInfo) -> None:
        self.document = document
        self.info = info

    @property
    def file(self) -> Path:
        return self.info.file

    def held(self) -> bool:
        """True while the lock file is still ours (nobody took the document over)."""
        current = _read_info(self.file)
        return current is not None and current.token == self.info.token

    def release(self) -> None:
        """Remove the lock file if it is still ours; never raises (closing must work)."""
        if not self.held():
            return
        with contextlib.suppress(OSError):
            _retrying(lambda: os.unlink(self.file))

    def __enter__(self) -> Lock:
        return self

    def __exit__(self, *_: object) -> None:
        self.release()


def acquire(path: str | os.PathLike[str], *, take_over: bool = False) -> Lock:
    """Lock the document at ``path`` for this process.

    Raises :class:`DocumentLocked` when someone else holds a lock that is not stale
    (``take_over=True`` replaces it: the person chose to open the file anyway), and
    :class:`KlantreisFileError` when no lock can be made (a read-only folder: the
    caller may go on without one, read-only or with a warning).
    """
    document = Path(os.path.realpath(path))
    file = lock_path(document)
    info = _our_info(file)
    content = json.dumps(_fields(info), sort_keys=True).encode("utf-8")
    try:
        for _ in range(ATTEMPTS):
            if _create(file, content):
                return Lock(document, info)
            holder = _read_info(file)
            if holder is None:
                continue  # released between our two steps: try again
            if take_over:
                _replace_lock(file, content)
                return Lock(document, info)
            if not holder.stale():
                raise DocumentLocked(document, holder)
            _remove_stale(file, holder)
    except OSError as error:
        raise _lock_error(document, error) from None
    holder = _read_info(file)
    raise DocumentLocked(document, holder or LockInfo(file, readable=False,
                                                      mtime=time.time()))


def _our_info(file: Path) -> LockInfo:
    since = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    return LockInfo(file, user=user_name(), host=host_name(), pid=os.getpid(), since=since,
                    app_version=__version__, token=secrets.token_hex(16),
                    process_start=process_start_time(os.getpid()), mtime=time.time())


def _fields(info: LockInfo) -> dict[str, Any]:
    return {"format": LOCK_FORMAT, "version": 1, "user": info.user, "host": info.host,
            "pid": info.pid, "since": info.since, "app_version": info.app_version,
            "token": info.token, "process_start": info.process_start}


def _create(file: Path, content: bytes) -> bool:
    """Make the lock file exclusively with ``content``; False when it exists already.

    Written to a temp file first and hard-linked into place (atomic, and it fails when
    the lock exists), so nobody ever reads a half-written lock; where a file system has
    no hard links (FAT sticks, some shares), created with ``O_EXCL`` and then written.
    """
    temp = file.with_name(f"{file.name}.{secrets.token_hex(6)}.tmp")
    try:
        with open(temp, "xb") as handle:
            handle.write(content)
        try:
            _retrying(lambda: os.link(temp, file))
            return True
        except FileExistsError:
            return False
        except OSError:
            pass  # no hard links here
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temp)
    return _create_in_place(file, content)


def _create_in_place(file: Path, content: bytes) -> bool:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        descriptor = _retrying(lambda: os.open(file, flags, 0o644))
    except FileExistsError:
        return False
    except PermissionError:
        if os.path.lexists(file):
            return False  # Windows: a lock being deleted refuses a new one for a moment
        raise
    try:
        with open(descriptor, "wb") as handle:
            handle.write(content)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(file)
        raise
    return True


def _replace_lock(file: Path, content: bytes) -> None:
    """Put our lock in place of someone else's, atomically (taking the document over)."""
    temp = file.with_name(f"{file.name}.{secrets.token_hex(6)}.tmp")
    try:
        with open(temp, "xb") as handle:
            handle.write(content)
        _retrying(lambda: os.replace(temp, file))
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temp)


def _remove_stale(file: Path, stale: LockInfo) -> None:
    """Remove a stale lock, but never one that another process made just now.

    The lock is first renamed to a unique name (atomic: of two processes removing the
    same stale lock only one gets it), then checked: if what was moved is not the stale
    lock we judged, it is put back.
    """
    grave = file.with_name(f"{file.name}.{secrets.token_hex(6)}.stale")
    try:
        _retrying(lambda: os.rename(file, grave))
    except FileNotFoundError:
        return
    moved = _read_info(grave)
    if moved is not None and moved.readable and moved.token != stale.token:
        with contextlib.suppress(OSError):
            os.link(grave, file)  # fails when yet another lock exists: that one wins
    with contextlib.suppress(OSError):
        _retrying(lambda: os.unlink(grave))


def _lock_error(document: Path, error: OSError) -> KlantreisFileError:
    text = translate("Storage", "“{name}” could not be marked as open ({reason}), so other "
                                "windows and computers will not see that you are editing "
                                "it.").format(name=display_name(document),
                                             reason=os_error_reason(error))
    return KlantreisFileError(code_for_os_error(error), text, f"{type(error).__name__}: {error}")
