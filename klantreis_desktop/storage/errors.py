"""The one error type of the storage layer: a code for programs and a sentence for people.

Every failure while reading, writing or importing a photo ends up as a
:class:`KlantreisFileError`, so the GUI and the CLI only ever catch one type and can show
``str(error)`` as it is. ``detail`` keeps the technical cause for a "details" button or a
log, never for the main message.

The operating system's own texts ("No space left on device") are English whatever the
user's language, so they never reach a sentence: :func:`code_for_os_error` turns an
``OSError`` into one of our codes, and :func:`os_error_reason` into a translated phrase
for modules that word their own sentences (the event-log import, exports).
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path

from klantreis_desktop.i18n import translate

#: Codes a :class:`KlantreisFileError` can carry.
CODES: tuple[str, ...] = (
    "not_found", "not_klantreis", "too_large", "corrupt", "unsupported", "invalid",
    "permission", "read_only", "disk_full", "unavailable", "io", "not_image", "name_too_long",
    "bad_name", "locked", "is_folder", "in_use", "cancelled",
)

#: Errors of a disk that went away under us: a pulled USB stick, a dropped network share.
_GONE_ERRNOS = frozenset(number for number in (
    errno.EIO, errno.ENODEV, errno.ENXIO, getattr(errno, "ESTALE", None),
    getattr(errno, "ENOMEDIUM", None), errno.ENOTCONN, getattr(errno, "EREMOTEIO", None),
    getattr(errno, "EHOSTDOWN", None), getattr(errno, "ESHUTDOWN", None),
) if number is not None)

#: Windows error numbers (``OSError.winerror``) Python maps to a misleading errno:
#: 206 ERROR_FILENAME_EXCED_RANGE becomes ENOENT ("not found"), 32/33 (sharing and lock
#: violations: another program has the file open) become EACCES, 123 ERROR_INVALID_NAME
#: becomes EINVAL, and a drive that is not ready or a share that went away become EIO.
_WIN_TOO_LONG = 206
_WIN_LOCKED = frozenset({32, 33})
_WIN_BAD_NAME = 123
_WIN_GONE = frozenset({21, 53, 64, 67, 1231})


class KlantreisFileError(Exception):
    """Reading or writing a file failed; ``str()`` is one plain, translated sentence."""

    def __init__(self, code: str, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        #: The technical cause (not translated), for logs and a "details" view.
        self.detail = detail

    def __str__(self) -> str:
        return self.message


class OpenCancelled(KlantreisFileError):  # noqa: N818 - reads better than ...Error
    """Opening was cancelled by the person (code ``cancelled``); nothing was loaded."""


#: Asked between the parts of a file while it is read; True stops reading.
Cancelled = Callable[[], bool]


def check_cancelled(cancelled: Cancelled | None, path: str | Path | None) -> None:
    """Raise :class:`OpenCancelled` when ``cancelled()`` says so (a cooperative stop)."""
    if cancelled is not None and cancelled():
        error = read_error("cancelled", path, "cancelled")
        raise OpenCancelled(error.code, error.message, error.detail)


def display_name(path: str | Path | None) -> str:
    """The short file name shown to the user (no folders: they make sentences unreadable)."""
    if not path:
        return ""
    name = Path(str(path)).name or str(path)
    # A file name is user data too: no line breaks or control characters in a sentence.
    return "".join(char if char.isprintable() else "?" for char in name[:120])


def _read_text(code: str, named: bool) -> tuple[str, str]:
    """(code, sentence) for opening; a sentence without a name when we have none."""
    if code == "not_found":
        if named:
            return code, translate("Storage", "The file “{name}” does not exist (any more).")
        return code, translate("Storage", "The file does not exist (any more).")
    if code == "not_klantreis":
        if named:
            return code, translate("Storage", "“{name}” is not a Klantreis file.")
        return code, translate("Storage", "This is not a Klantreis file.")
    if code == "too_large":
        if named:
            return code, translate("Storage", "The file “{name}” is too large to open safely.")
        return code, translate("Storage", "The file is too large to open safely.")
    if code == "unsupported":
        if named:
            return code, translate("Storage", "The file “{name}” was made with a newer version "
                                              "of Klantreis Desktop and cannot be opened with "
                                              "this one.")
        return code, translate("Storage", "The file was made with a newer version of Klantreis "
                                          "Desktop and cannot be opened with this one.")
    if code == "invalid":
        if named:
            return code, translate("Storage", "The file “{name}” contains a journey that is not "
                                              "valid, so it was not opened.")
        return code, translate("Storage", "The file contains a journey that is not valid, so it "
                                          "was not opened.")
    if code in ("permission", "read_only"):
        if named:
            return "permission", translate("Storage", "You do not have permission to open "
                                                      "“{name}”.")
        return "permission", translate("Storage", "You do not have permission to open the file.")
    if code == "name_too_long":
        if named:
            return code, translate("Storage", "The file “{name}” could not be opened because "
                                              "its name or folder path is too long.")
        return code, translate("Storage", "The file could not be opened because its name or "
                                          "folder path is too long.")
    if code == "bad_name":
        if named:
            return code, translate("Storage", "The file “{name}” could not be opened because "
                                              "its name contains characters that are not "
                                              "allowed.")
        return code, translate("Storage", "The file could not be opened because its name "
                                          "contains characters that are not allowed.")
    if code == "locked":
        if named:
            return code, translate("Storage", "The file “{name}” could not be opened because "
                                              "another program is using it. Close that program "
                                              "and try again.")
        return code, translate("Storage", "The file could not be opened because another "
                                          "program is using it. Close that program and try "
                                          "again.")
    if code == "is_folder":
        if named:
            return code, translate("Storage", "“{name}” is a folder, not a file.")
        return code, translate("Storage", "This is a folder, not a file.")
    if code == "unavailable":
        if named:
            return code, translate("Storage", "The file “{name}” could not be read because the "
                                              "disk is no longer available (was a USB stick or "
                                              "network drive removed?).")
        return code, translate("Storage", "The file could not be read because the disk is no "
                                          "longer available (was a USB stick or network drive "
                                          "removed?).")
    if code == "cancelled":
        if named:
            return code, translate("Storage", "Opening “{name}” was cancelled.")
        return code, translate("Storage", "Opening the file was cancelled.")
    if code in ("io", "disk_full"):
        if named:
            return "io", translate("Storage", "The file “{name}” could not be read.")
        return "io", translate("Storage", "The file could not be read.")
    if named:
        return "corrupt", translate("Storage", "The file “{name}” is damaged and cannot be "
                                               "opened.")
    return "corrupt", translate("Storage", "The file is damaged and cannot be opened.")


def _write_text(code: str, named: bool) -> tuple[str, str]:
    """(code, sentence) for saving; the original file is always untouched."""
    if code == "permission":
        if named:
            return code, translate("Storage", "“{name}” was not saved: you may not write in that "
                                              "folder or the file is locked by another program.")
        return code, translate("Storage", "The file was not saved: you may not write in that "
                                          "folder or the file is locked by another program.")
    if code == "read_only":
        if named:
            return code, translate("Storage", "“{name}” was not saved because the file or the "
                                              "disk is read-only.")
        return code, translate("Storage", "The file was not saved because the file or the disk "
                                          "is read-only.")
    if code == "unavailable":
        if named:
            return code, translate("Storage", "“{name}” was not saved because the disk is no "
                                              "longer available (was a USB stick or network "
                                              "drive removed?).")
        return code, translate("Storage", "The file was not saved because the disk is no longer "
                                          "available (was a USB stick or network drive "
                                          "removed?).")
    if code == "disk_full":
        if named:
            return code, translate("Storage", "“{name}” was not saved because the disk is full.")
        return code, translate("Storage", "The file was not saved because the disk is full.")
    if code == "not_found":
        if named:
            return code, translate("Storage", "“{name}” was not saved because its folder no "
                                              "longer exists.")
        return code, translate("Storage", "The file was not saved because its folder no longer "
                                          "exists.")
    if code == "name_too_long":
        if named:
            return code, translate("Storage", "“{name}” was not saved because the file name or "
                                              "the folder path is too long. Choose a shorter "
                                              "name or a folder higher up.")
        return code, translate("Storage", "The file was not saved because the file name or the "
                                          "folder path is too long. Choose a shorter name or a "
                                          "folder higher up.")
    if code == "bad_name":
        if named:
            return code, translate("Storage", "“{name}” was not saved because the name contains "
                                              "characters that are not allowed there. Choose "
                                              "another name.")
        return code, translate("Storage", "The file was not saved because its name contains "
                                          "characters that are not allowed there. Choose "
                                          "another name.")
    if code == "locked":
        if named:
            return code, translate("Storage", "“{name}” was not saved because another program "
                                              "is using the file. Close that program and save "
                                              "again.")
        return code, translate("Storage", "The file was not saved because another program is "
                                          "using it. Close that program and save again.")
    if code == "is_folder":
        if named:
            return code, translate("Storage", "“{name}” was not saved because a folder with "
                                              "that name exists.")
        return code, translate("Storage", "The file was not saved because a folder with that "
                                          "name exists.")
    if code == "invalid":
        if named:
            return code, translate("Storage", "“{name}” was not saved because the journey is not "
                                              "valid.")
        return code, translate("Storage", "The file was not saved because the journey is not "
                                          "valid.")
    if named:
        return "io", translate("Storage", "“{name}” could not be saved.")
    return "io", translate("Storage", "The file could not be saved.")


def read_error(code: str, path: str | Path | None, detail: str = "") -> KlantreisFileError:
    """The error for a file that cannot be opened, worded for opening."""
    name = display_name(path)
    code, text = _read_text(code, bool(name))
    return KlantreisFileError(code, text.format(name=name), detail)


def write_error(code: str, path: str | Path | None, detail: str = "") -> KlantreisFileError:
    """The error for a file that could not be saved; the original is always untouched."""
    name = display_name(path)
    code, text = _write_text(code, bool(name))
    return KlantreisFileError(code, text.format(name=name), detail)


def os_read_error(error: OSError | ValueError, path: str | Path | None) -> KlantreisFileError:
    """The opening error for an ``OSError`` (ValueError: a path with a NUL character)."""
    code = code_for_os_error(error) if isinstance(error, OSError) else "bad_name"
    return read_error(code, path, f"{type(error).__name__}: {error}")


def os_write_error(error: OSError | ValueError, path: str | Path | None) -> KlantreisFileError:
    """The saving error for an ``OSError`` (ValueError: a path with a NUL character)."""
    code = code_for_os_error(error) if isinstance(error, OSError) else "bad_name"
    return write_error(code, path, f"{type(error).__name__}: {error}")


def image_error(code: str, name: str = "", detail: str = "") -> KlantreisFileError:
    """The error for a photo that cannot be used (importing one, or one inside a file)."""
    named = bool(name)
    if code == "too_large":
        text = (translate("Storage", "The image “{name}” is too large to use.") if named
                else translate("Storage", "This image is too large to use."))
    elif code == "corrupt":
        text = (translate("Storage", "The image “{name}” is damaged or incomplete.") if named
                else translate("Storage", "This image is damaged or incomplete."))
    else:
        code = "not_image"
        text = (translate("Storage", "“{name}” is not an image that Klantreis can use (PNG, "
                                     "JPEG, GIF, BMP or WebP).") if named
                else translate("Storage", "This is not an image that Klantreis can use (PNG, "
                                          "JPEG, GIF, BMP or WebP)."))
    return KlantreisFileError(code, text.format(name=display_name(name)), detail)


def code_for_os_error(error: OSError) -> str:
    """Map an operating-system error to one of our codes (why: the message names the cause)."""
    number, windows = error.errno, getattr(error, "winerror", None)
    # Windows without long-path support reports a path over 260 characters as error 206,
    # which Python turns into ENOENT: "not found" would mislead.
    if number == errno.ENAMETOOLONG or windows == _WIN_TOO_LONG:
        return "name_too_long"
    if windows == _WIN_BAD_NAME:
        return "bad_name"
    if windows in _WIN_LOCKED or number in (errno.ETXTBSY, errno.EBUSY):
        return "locked"
    if isinstance(error, IsADirectoryError) or number == errno.EISDIR:
        return "is_folder"
    if windows in _WIN_GONE:
        return "unavailable"
    if isinstance(error, FileNotFoundError) or number == errno.ENOENT:
        return "not_found"
    if number == errno.EROFS:
        return "read_only"
    if isinstance(error, PermissionError) or number in (errno.EACCES, errno.EPERM):
        return "permission"
    if number in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return "disk_full"
    if number in _GONE_ERRNOS:
        return "unavailable"
    return "io"


def os_error_reason(error: OSError) -> str:
    """The cause of ``error`` as a short translated phrase, never the system's English text.

    For sentences worded elsewhere, such as "{file} cannot be read: {reason}".
    """
    code = code_for_os_error(error)
    if code == "name_too_long":
        return translate("Storage", "the file name or folder path is too long")
    if code == "bad_name":
        return translate("Storage", "the file name contains characters that are not allowed")
    if code == "locked":
        return translate("Storage", "another program is using the file")
    if code == "is_folder":
        return translate("Storage", "it is a folder, not a file")
    if code == "unavailable":
        return translate("Storage", "the disk is no longer available")
    if code == "not_found":
        return translate("Storage", "the file or folder does not exist")
    if code == "read_only":
        return translate("Storage", "the file or the disk is read-only")
    if code == "permission":
        return translate("Storage", "you do not have permission")
    if code == "disk_full":
        return translate("Storage", "the disk is full")
    number = getattr(error, "winerror", None) or error.errno
    if number:
        return translate("Storage", "the system reported error {number}").format(number=number)
    return translate("Storage", "the system reported an error")
