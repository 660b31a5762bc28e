"""Operating-system errors become our codes and sentences in the user's language; the
system's own English text never reaches a message."""

from __future__ import annotations

import errno
import os

import pytest

from klantreis_desktop.i18n import set_language
from klantreis_desktop.storage import KlantreisFileError, read
from klantreis_desktop.storage.errors import (
    code_for_os_error,
    os_error_reason,
    os_read_error,
    os_write_error,
)


def _windows(winerror: int, number: int = errno.EACCES, kind: type = PermissionError):
    error = kind(number, "Windows says something in English")
    error.winerror = winerror
    return error


CASES = [
    (OSError(errno.EROFS, os.strerror(errno.EROFS)), "read_only"),
    (OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)), "disk_full"),
    (OSError(errno.EDQUOT, os.strerror(errno.EDQUOT)), "disk_full"),
    (PermissionError(errno.EACCES, os.strerror(errno.EACCES)), "permission"),
    (PermissionError(errno.EPERM, os.strerror(errno.EPERM)), "permission"),
    (_windows(32), "locked"),  # ERROR_SHARING_VIOLATION
    (_windows(33), "locked"),  # ERROR_LOCK_VIOLATION
    (OSError(errno.ETXTBSY, os.strerror(errno.ETXTBSY)), "locked"),
    (OSError(errno.ENAMETOOLONG, os.strerror(errno.ENAMETOOLONG)), "name_too_long"),
    (_windows(206, errno.ENOENT, FileNotFoundError), "name_too_long"),
    (_windows(123, errno.EINVAL, OSError), "bad_name"),  # ERROR_INVALID_NAME
    (FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT)), "not_found"),
    (IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR)), "is_folder"),
    (OSError(errno.EIO, os.strerror(errno.EIO)), "unavailable"),
    (_windows(21, errno.EIO, OSError), "unavailable"),  # ERROR_NOT_READY: stick pulled
    (OSError(errno.EFBIG, os.strerror(errno.EFBIG)), "io"),
]


@pytest.mark.parametrize(("error", "code"), CASES)
def test_os_errors_get_a_code_and_translated_sentences(error, code):
    assert code_for_os_error(error) == code
    for made in (os_read_error(error, "/map/reis.klantreis"),
                 os_write_error(error, "/map/reis.klantreis")):
        assert "reis.klantreis" in str(made) and "/map" not in str(made)
        assert error.strerror not in str(made) and "\n" not in str(made)
    assert error.strerror not in os_error_reason(error)


@pytest.mark.parametrize(("error", "code"), CASES)
def test_in_dutch_no_english_system_text_is_left(error, code):
    set_language("nl")
    try:
        for made in (os_read_error(error, "reis.klantreis"),
                     os_write_error(error, "reis.klantreis")):
            assert error.strerror not in str(made)
        assert error.strerror not in os_error_reason(error)
    finally:
        set_language("en")


def test_reading_names_the_cause(tmp_path, monkeypatch):
    path = tmp_path / "reis.klantreis"
    path.write_bytes(b"PK\x05\x06" + bytes(18))

    def busy(*_args, **_kwargs):
        raise _windows(32)

    monkeypatch.setattr("builtins.open", busy)
    with pytest.raises(KlantreisFileError) as caught:
        read(path)
    monkeypatch.undo()
    assert caught.value.code == "locked"
    assert str(caught.value) == ("The file “reis.klantreis” could not be opened because "
                                 "another program is using it. Close that program and try "
                                 "again.")


def test_an_unknown_error_still_gives_a_reason_without_system_text():
    error = OSError(errno.ELOOP, os.strerror(errno.ELOOP))
    assert os_error_reason(error) == f"the system reported error {errno.ELOOP}"
