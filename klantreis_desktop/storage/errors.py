"""The one error type of the storage layer: a code for programs and a sentence for people.

Every failure while reading, writing or importing a photo ends up as a
:class:`KlantreisFileError`, so the GUI and the CLI only ever catch one type and can show
``str(error)`` as it is. ``detail`` keeps the technical cause for a "details" button or a
log, never for the main message.
"""

from __future__ import annotations

import errno
from pathlib import Path

from klantreis_desktop.i18n import translate

#: Codes a :class:`KlantreisFileError` can carry.
CODES: tuple[str, ...] = (
    "not_found", "not_klantreis", "too_large", "corrupt", "unsupported", "invalid",
    "permission", "read_only", "disk_full", "unavailable", "io", "not_image", "name_too_long",
)

#: Errors of a disk that went away under us: a pulled USB stick, a dropped network share.
_GONE_ERRNOS = frozenset(number for number in (
    errno.EIO, errno.ENODEV, errno.ENXIO, getattr(errno, "ESTALE", None),
    getattr(errno, "ENOMEDIUM", None), errno.ENOTCONN, getattr(errno, "EREMOTEIO", None),
    getattr(errno, "EHOSTDOWN", None), getattr(errno, "ESHUTDOWN", None),
) if number is not None)


#: Windows' ERROR_FILENAME_EXCED_RANGE ("The filename or extension is too long").
_WIN_TOO_LONG = 206


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
    if code == "permission":
        if named:
            return code, translate("Storage", "You do not have permission to open “{name}”.")
        return code, translate("Storage", "You do not have permission to open the file.")
    if code == "name_too_long":
        if named:
            return code, translate("Storage", "The file “{name}” could not be opened because "
                                              "its name or folder path is too long.")
        return code, translate("Storage", "The file could not be opened because its name or "
                                          "folder path is too long.")
    if code == "io":
        if named:
            return code, translate("Storage", "The file “{name}” could not be read.")
        return code, translate("Storage", "The file could not be read.")
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
    # Windows without long-path support reports a path over 260 characters as error 206
    # (ERROR_FILENAME_EXCED_RANGE), which Python turns into ENOENT: "not found" would mislead.
    if error.errno == errno.ENAMETOOLONG or getattr(error, "winerror", None) == _WIN_TOO_LONG:
        return "name_too_long"
    if isinstance(error, FileNotFoundError) or error.errno == errno.ENOENT:
        return "not_found"
    if error.errno == errno.EROFS:
        return "read_only"
    if isinstance(error, PermissionError) or error.errno in (
            errno.EACCES, errno.EPERM, errno.ETXTBSY):
        return "permission"
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return "disk_full"
    if error.errno in _GONE_ERRNOS:
        return "unavailable"
    return "io"
