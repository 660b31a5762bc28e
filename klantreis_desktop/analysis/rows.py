"""CSV bytes → chunks of rows, the fast way when the file allows it.

Two readers give the same rows:

- the **fast path**, for files without a quote character (``"``) and without lone CR line
  ends — nearly every CRM export: blocks of lines are split on the newline and each line on
  the delimiter with ``str.split``, which is exactly what CSV means for such a file and
  about twice as fast as :mod:`csv`;
- the :mod:`csv` reader over a streaming decoder, for everything else (quoted fields,
  delimiters or newlines inside quotes).

Bytes are decoded block by block, so a large file is never held twice in memory. When the
encoding was guessed and a later block turns out not to be UTF-8 after all,
:class:`WrongEncoding` tells the caller to start over with the next candidate.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import chain, islice, repeat

from klantreis_desktop.analysis.csvformat import EventLogError, detect_delimiter
from klantreis_desktop.i18n import translate

CHUNK = 512  # rows per chunk: small enough for the CPU cache, large enough for map()
BLOCK = 1 << 20  # bytes decoded at a time on the fast path
FALLBACK = {"utf-8": "cp1252", "cp1252": "latin-1"}


class WrongEncoding(Exception):  # noqa: N818 - a signal, not an error for the user
    """The encoding fails further on in the file; a guessed one is retried with
    ``FALLBACK[encoding]``, a chosen one becomes the user's error (:meth:`as_error`)."""

    def __init__(self, encoding: str, position: int) -> None:
        super().__init__(encoding)
        self.encoding, self.position = encoding, position

    def as_error(self) -> EventLogError:
        if self.position < 0:
            return EventLogError(_tr("The file is not in the encoding “{encoding}”.").format(
                encoding=self.encoding))
        return EventLogError(_tr("The file is not in the encoding “{encoding}” (byte "
                                 "{position}).").format(encoding=self.encoding,
                                                         position=self.position + 1))


def _tr(text: str) -> str:
    return translate("Analysis", text)


def guess_encoding(data: bytes) -> str:
    """A BOM decides; else UTF-8 when the first megabyte is valid UTF-8; else cp1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    if data.isascii():
        return "utf-8"
    try:
        codecs.utf_8_decode(data[:BLOCK], "strict", False)  # a cut character is fine
    except UnicodeDecodeError:
        return "cp1252"
    return "utf-8"


class MixedLineEnds(Exception):  # noqa: N818 - a signal, not an error for the user
    """CRLF and lone line ends are mixed; read the file again with ``careful=True``."""


@dataclass
class Rows:
    """The header and an iterator over chunks of data rows."""

    encoding: str
    delimiter: str
    header: list[str] | None
    total: int  # data rows (for progress; blank lines included)
    chunks: Iterator[list[list[str]]]


def _sample(data: bytes, encoding: str) -> str:
    try:
        return data[:65_536].decode(encoding, errors="replace")
    except LookupError as error:
        raise EventLogError(_tr("Unknown text encoding “{encoding}”.").format(
            encoding=encoding)) from error


def open_rows(data: bytes, encoding: str, delimiter: str | None,
              has_header: bool, careful: bool = False) -> Rows:
    """Rows of ``data`` read as ``encoding`` (raises WrongEncoding / EventLogError).

    ``careful`` forces the csv reader (after :class:`MixedLineEnds`).
    """
    wide = codecs.lookup(_checked(encoding)).name.startswith("utf-16")
    text = _decode_all(data, encoding) if wide else None
    sample = text[:65_536] if text is not None else _sample(data, encoding)
    if not sample.strip():
        raise EventLogError(_tr("The file is empty."))
    chosen = delimiter or detect_delimiter(sample.lstrip("\ufeff"))
    if len(chosen) != 1 or chosen in "\r\n\"":
        raise EventLogError(_tr("The delimiter must be a single character."))
    if text is not None:
        lines = text.count("\n")
        ends = _line_ends(text.count("\r"), lines)
        chunks = (_split_text(text, chosen, ends) if ends and not careful and '"' not in text
                  else _csv_chunks(io.StringIO(text, newline=""), chosen))
    else:
        lines = data.count(b"\n")
        ends = _line_ends(data.count(b"\r"), lines)
        chunks = (_split_bytes(data, encoding, chosen, ends)
                  if ends and not careful and b'"' not in data
                  else _csv_chunks(io.TextIOWrapper(io.BytesIO(data), encoding, newline=""),
                                   chosen))
    total = lines + (0 if data.endswith(b"\n") else 1)
    header: list[str] | None = None
    if has_header:
        chunks, header = _take_header(chunks)
        total -= 1
    return Rows(encoding, chosen, header, max(total, 0), chunks)


def _checked(encoding: str) -> str:
    try:
        codecs.lookup(encoding)
    except LookupError as error:
        raise EventLogError(_tr("Unknown text encoding “{encoding}”.").format(
            encoding=encoding)) from error
    return encoding


def _decode_all(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding).lstrip("\ufeff")
    except UnicodeDecodeError as error:
        raise WrongEncoding(encoding, error.start) from error


def _take_header(chunks: Iterator[list[list[str]]]
                 ) -> tuple[Iterator[list[list[str]]], list[str] | None]:
    for chunk in chunks:
        if chunk:
            header = chunk[0]
            if header:
                header[0] = header[0].lstrip("\ufeff")
            rest = chunk[1:]
            return (chain([rest], chunks) if rest else chunks), header
    return iter(()), None


def _lines_to_chunks(lines: list[str], delimiter: str) -> Iterator[list[list[str]]]:
    split, fields = str.split, repeat(delimiter)
    for start in range(0, len(lines), CHUNK):
        yield list(map(split, lines[start:start + CHUNK], fields))


def _line_ends(cr: int, lf: int) -> str:
    """The line end of a file: "\\n", "\\r\\n" (checked block by block as it is split),
    or "" when lone CRs make it a case for the csv reader."""
    if cr == 0:
        return "\n"
    return "\r\n" if cr == lf else ""


def _checked_split(block: str, ends: str) -> list[str]:
    lines = block.split(ends)
    if ends != "\n" and len(lines) - 1 != block.count("\n"):
        raise MixedLineEnds()  # a lone LF among CRLFs: the csv reader knows what to do
    return lines


def _split_text(text: str, delimiter: str, ends: str) -> Iterator[list[list[str]]]:
    if text.endswith(ends):
        text = text[:-len(ends)]
    position = 0
    while True:
        end = text.find(ends, position + BLOCK)
        block = text[position:] if end < 0 else text[position:end]
        yield from _lines_to_chunks(_checked_split(block, ends), delimiter)
        if end < 0:
            return
        position = end + len(ends)


def _split_bytes(data: bytes, encoding: str, delimiter: str,
                 ends: str) -> Iterator[list[list[str]]]:
    """Decode and split block by block; a line end never occurs inside a character here."""
    end_bytes = ends.encode("ascii")
    if data.endswith(end_bytes):
        data = data[:-len(end_bytes)]
    codec = encoding
    position = 0
    while True:
        end = data.find(end_bytes, position + BLOCK)
        block = data[position:] if end < 0 else data[position:end]
        try:
            text = block.decode(codec)
        except UnicodeDecodeError as error:
            raise WrongEncoding(encoding, position + error.start) from error
        codec = "utf-8" if codec == "utf-8-sig" else codec  # the BOM only starts the file
        yield from _lines_to_chunks(_checked_split(text, ends), delimiter)
        if end < 0:
            return
        position = end + len(end_bytes)


def _csv_chunks(stream: io.TextIOBase, delimiter: str,
                encoding: str = "") -> Iterator[list[list[str]]]:
    reader = csv.reader(stream, delimiter=delimiter)
    while True:
        try:
            chunk = list(islice(reader, CHUNK))
        except csv.Error as error:
            raise EventLogError(_tr("Row {row}: the file is not valid CSV ({reason}).").format(
                row=reader.line_num + 1, reason=error)) from error
        except UnicodeDecodeError as error:
            raise WrongEncoding(encoding, -1) from error
        if not chunk:
            return
        yield chunk
