"""Whether a process still runs, and when it started (no Qt, no extra packages).

A pid alone says little after a crash: the system hands it out again. The kernel's start
time of the process tells the one that wrote a lock from a later one with the same pid.
Used by autosave run folders and document locks.
"""

from __future__ import annotations

import os


def process_start_time(pid: int) -> int | None:
    """The kernel's start time of ``pid`` (Linux clock ticks), None where unknown."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            text = handle.read(4096)
    except OSError:
        return None
    fields = text[text.rfind(b")") + 2:].split()
    try:
        return int(fields[19])  # field 22 of stat(5); the fields here start at field 3
    except (IndexError, ValueError):
        return None


def _is_zombie(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            text = handle.read(4096)
    except OSError:
        return False
    return text[text.rfind(b")") + 2:][:1] in (b"Z", b"X")


def pid_alive(pid: int) -> bool:
    """True when a process with this id exists (not a zombie)."""
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - Windows: os.kill(pid, 0) would kill it
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, belongs to someone else
    except OSError:
        return False
    return not _is_zombie(pid)


def _windows_pid_alive(pid: int) -> bool:  # pragma: no cover - Windows only
    import ctypes

    kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]  # Windows-only attribute
    handle = kernel.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        return bool(kernel.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == 259
    finally:
        kernel.CloseHandle(handle)
