"""File names that every desktop accepts, made from titles people type (no Qt).

A journey called ``Klant: "CON"?`` must still give a file name on Windows, where
``<>:"/\\|?*``, control characters, a trailing dot or space and the device names
(``CON``, ``NUL``, ``COM1`` …, also as ``con.txt``) are refused or silently mean something
else, and on Linux and macOS, where a name is at most 255 *bytes* (not characters) and a
leading dot hides the file. Save As, the export dialog and one-file-per-journey exports
all propose their names through :func:`safe_file_name`, so they agree on every system.
"""

from __future__ import annotations

import re
import unicodedata

#: Characters Windows refuses in a file name (the slash is refused everywhere).
FORBIDDEN = frozenset('<>:"/\\|?*')
#: Names Windows keeps for devices, with or without an extension, in any case
#: (since Windows 10 also with superscript digits, and the console's CONIN$/CONOUT$).
RESERVED = frozenset(
    {"con", "prn", "aux", "nul", "conin$", "conout$"}
    | {f"{device}{digit}" for device in ("com", "lpt") for digit in "123456789¹²³"})
#: Characters per proposal: long enough for any title, short enough to read in a dialog.
MAX_CHARS = 120
#: Bytes per proposal in UTF-8: a name may have 255 bytes on Linux and macOS; this leaves
#: room for the suffix, ``.bak`` and the ``-<journey>`` part of an export.
MAX_BYTES = 160
FALLBACK = "klantreis"
#: Bidirectional overrides would let "reis\u202egnp.exe" look like "reisexe.png".
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_SPACES = re.compile(r"\s+")
_MARK = "\x00"  # stands for a refused character until runs of them are joined
_MARKS = re.compile(r"\x00(?:\s*\x00)*")


def _clean_char(char: str) -> str:
    if char in FORBIDDEN:
        return _MARK
    if char in _BIDI_CONTROLS:
        return ""
    if char.isspace():  # tabs and line breaks: a title typed on two lines
        return " "
    if unicodedata.category(char) in ("Cc", "Cs"):  # control characters, lone surrogates
        return _MARK
    return char


def is_reserved(name: str) -> bool:
    """True when Windows reads ``name`` as a device (``nul``, ``COM1.png``, ``Aux .txt``)."""
    base = name.split(".", 1)[0].rstrip(" ")
    return base.casefold() in RESERVED


def cut_to_bytes(text: str, max_bytes: int) -> str:
    """``text`` cut to at most ``max_bytes`` in UTF-8, never inside a character."""
    data = text.encode("utf-8", "surrogatepass")
    if len(data) <= max_bytes:
        return text
    return data[:max_bytes].decode("utf-8", "ignore")


def _trim(name: str) -> str:
    # Windows drops trailing dots and spaces (so "Reis." and "Reis" are the same file);
    # a leading dot hides the file on Linux and macOS.
    return name.strip(" .")


def safe_file_name(title: str, fallback: str = FALLBACK, max_chars: int = MAX_CHARS,
                   max_bytes: int = MAX_BYTES) -> str:
    """A file name (without suffix) made from ``title`` that every system accepts.

    Refused characters become ``-`` (one for a run, none at the ends), runs of white space
    (line breaks too) one space; leading and trailing dots and spaces go, device names get
    a ``_`` in front; at most ``max_chars`` characters and ``max_bytes`` UTF-8
    bytes. Never empty: ``fallback`` (itself made safe) instead.
    """
    text = unicodedata.normalize("NFC", title)
    text = "".join(_clean_char(char) for char in text)
    # One "-" for a run of refused characters; none at the ends ("Klant: CON?" → "Klant- CON").
    text = _MARKS.sub(_MARK, text).strip(_MARK + " .").replace(_MARK, "-")
    text = _trim(_SPACES.sub(" ", text))
    text = _trim(cut_to_bytes(text[:max_chars], max_bytes))
    if not text.strip("-_ "):  # nothing of the title left: "???" would become "---"
        text = ""
    if not text:
        return safe_file_name(fallback, FALLBACK, max_chars, max_bytes) if (
            fallback and fallback != title) else FALLBACK
    if is_reserved(text):  # "_CON": still sorted and read as the title, not a device
        text = _trim(cut_to_bytes(("_" + text)[:max_chars], max_bytes))
    return text
