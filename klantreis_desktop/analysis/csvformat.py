"""How a CSV file is written: encoding, delimiter, and which column holds what.

Real event logs come from Dutch Excel: ``;`` between fields, cp1252 or UTF-8 with a BOM,
sometimes UTF-16 ("Unicode text", tab-separated). These helpers guess all of that so that
the column-mapping dialog and ``klantreis import-events`` can start from a good proposal.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from dataclasses import dataclass, field

from klantreis_desktop.i18n import translate

DELIMITERS = (";", ",", "\t")
#: Header names (normalised) that suggest a column's role, Dutch and English.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "customer": ("customer", "customerid", "customer_id", "customernumber", "klant", "klantid",
                 "klant_id", "klantnummer", "klantnr", "case", "caseid", "case_id", "id",
                 "relatie", "relatienummer", "client", "clientid", "user", "userid"),
    "timestamp": ("timestamp", "tijdstip", "datumtijd", "datum_tijd", "datetime", "date",
                  "datum", "time", "tijd", "moment", "starttijd", "start", "created"),
    "touchpoint": ("touchpoint", "contactmoment", "activity", "activiteit", "event",
                   "gebeurtenis", "stap", "step", "actie", "action"),
    "channel": ("channel", "kanaal", "medium", "bron", "source"),
    "phase": ("phase", "fase", "stage"),
}
ROLES = ("customer", "timestamp", "touchpoint", "channel", "phase")


class EventLogError(Exception):
    """The log cannot be imported; ``str()`` is the plain, translated reason for the user.

    ``problems`` holds the first bad rows as ``(row number, message)`` when bad rows were
    the reason, ``bad_rows`` how many there were in all.
    """

    def __init__(self, message: str, problems: list[tuple[int, str]] | None = None,
                 bad_rows: int = 0) -> None:
        super().__init__(message)
        self.problems = list(problems or [])
        self.bad_rows = bad_rows


class ImportCancelled(EventLogError):  # noqa: N818 - reads better than ...Error
    """The user cancelled the import; nothing was imported."""


def _tr(text: str) -> str:
    return translate("Analysis", text)


def decode(data: bytes) -> tuple[str, str]:
    """The text of ``data`` and the encoding it was read with.

    A BOM decides (UTF-8 or UTF-16); otherwise strict UTF-8, then cp1252 (Windows Excel),
    then latin-1, which reads any byte, so this never fails.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "latin-1"


#: Start of a file looked at to tell text from something else.
SNIFF_BYTES = 65_536
#: Signatures of files people pick by mistake instead of a CSV export.
_WORKBOOKS = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")  # .xlsx/.ods, old .xls
#: Control characters that never occur in a text export (tab, line ends, form feed do).
_CONTROLS = frozenset(range(32)) - {9, 10, 12, 13}


def not_text_reason(data: bytes) -> str | None:
    """Why ``data`` is not a CSV file at all ("workbook" or "binary"), None for text.

    Decided on the first 64 KB, before any column is guessed: a NUL byte (impossible in
    8-bit or UTF-8 text; UTF-16 is recognised by its BOM first), or more than one control
    character in a hundred. Spreadsheets are named apart, since "save it as CSV" helps.
    """
    head = data[:SNIFF_BYTES]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None  # UTF-16 with a BOM: NUL bytes are part of every character
    if head.startswith(_WORKBOOKS):
        return "workbook"
    if b"\0" in head:
        return "binary"
    controls = sum(head.count(bytes([code])) for code in _CONTROLS)
    return "binary" if controls * 100 > len(head) else None


def not_csv_error(reason: str, file: str = "") -> EventLogError:
    """The refusal for a file that is no CSV text (see :func:`not_text_reason`)."""
    if reason == "workbook":
        if file:
            return EventLogError(_tr("“{file}” is not a CSV file but a spreadsheet workbook. "
                                     "Save it as CSV in the spreadsheet program first."
                                     ).format(file=file))
        return EventLogError(_tr("This is not a CSV file but a spreadsheet workbook. Save it "
                                 "as CSV in the spreadsheet program first."))
    if file:
        return EventLogError(_tr("“{file}” is not a CSV file: it does not contain text.").format(
            file=file))
    return EventLogError(_tr("This is not a CSV file: it does not contain text."))


def _first_lines(text: str, limit: int = 65_536) -> str:
    sample = text[:limit]
    cut = sample.rfind("\n")
    return sample[:cut] if cut > 0 and len(text) > limit else sample


def detect_delimiter(text: str) -> str:
    """``;``, ``,`` or tab: csv.Sniffer on the first lines, else the most frequent one.

    The Sniffer is checked against the header line: a delimiter that does not occur there
    cannot be right (it happens with decimal commas in the data).
    """
    sample = _first_lines(text)
    header = sample.split("\n", 1)[0]
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        sniffed = ""
    if sniffed in DELIMITERS and sniffed in header:
        return sniffed
    counts = {d: header.count(d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])  # ties: ; before , before tab
    return best if counts[best] else ","


def normalise_header(name: str) -> str:
    """Lower case without accents, spaces or dashes: ``Klant-ID`` → ``klantid``."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return "".join(ch for ch in plain.lower() if ch.isalnum() or ch == "_")


@dataclass(frozen=True)
class ColumnMapping:
    """Which column holds each field: a header name or a 0-based column index.

    ``channel`` and ``phase`` are optional (``None``: the log has no such column).
    """

    customer: str | int = 0
    timestamp: str | int = 1
    touchpoint: str | int = 2
    channel: str | int | None = 3
    phase: str | int | None = None

    def resolve(self, header: list[str] | None) -> dict[str, int]:
        """Role → column index; names are looked up in ``header`` (case-insensitively)."""
        found: dict[str, int] = {}
        for role in ROLES:
            wanted = getattr(self, role)
            if wanted is None:
                continue
            found[role] = _column_index(role, wanted, header)
        used = [found[r] for r in found]
        if len(set(used)) != len(used):
            raise EventLogError(_tr("Two fields are mapped to the same column."))
        return found


def role_label(role: str) -> str:
    """The translated name of a field, for messages and the mapping dialog."""
    labels = {"customer": _tr("customer id"), "timestamp": _tr("timestamp"),
              "touchpoint": _tr("touchpoint"), "channel": _tr("channel"),
              "phase": _tr("phase")}
    return labels.get(role, role)


def _column_index(role: str, wanted: str | int, header: list[str] | None) -> int:
    if isinstance(wanted, int):
        if wanted < 0 or (header is not None and wanted >= len(header)):
            raise EventLogError(_tr("The {field} column {number} does not exist.").format(
                field=role_label(role), number=wanted + 1))
        return wanted
    if header is None:
        raise EventLogError(_tr("The {field} column “{name}” needs a header row.").format(
            field=role_label(role), name=wanted))
    names = [h.strip() for h in header]
    if wanted.strip() in names:
        return names.index(wanted.strip())
    folded = [h.casefold() for h in names]
    if wanted.strip().casefold() in folded:
        return folded.index(wanted.strip().casefold())
    raise EventLogError(_tr("The file has no column “{name}” for the {field} (columns: {columns})."
                            ).format(name=wanted, field=role_label(role),
                                     columns=", ".join(names)[:300]))


def guess_mapping(header: list[str]) -> ColumnMapping | None:
    """A mapping from header names (Dutch or English), or None when the essentials are missing."""
    normal = [normalise_header(h) for h in header]
    chosen: dict[str, int] = {}
    for role in ROLES:
        for synonym in SYNONYMS[role]:
            if synonym in normal and normal.index(synonym) not in chosen.values():
                chosen[role] = normal.index(synonym)
                break
    if not {"customer", "timestamp", "touchpoint"} <= set(chosen):
        return None
    return ColumnMapping(customer=chosen["customer"], timestamp=chosen["timestamp"],
                         touchpoint=chosen["touchpoint"], channel=chosen.get("channel"),
                         phase=chosen.get("phase"))


@dataclass
class Preview:
    """The start of a CSV file as the column-mapping dialog shows it."""

    encoding: str
    delimiter: str
    header: list[str]
    rows: list[list[str]] = field(default_factory=list)
    mapping: ColumnMapping | None = None


def preview_text(text: str, encoding: str, delimiter: str | None = None,
                 rows: int = 20) -> Preview:
    """The header, the first ``rows`` rows and a guessed mapping of decoded CSV text."""
    chosen = delimiter or detect_delimiter(text)
    reader = csv.reader(io.StringIO(_first_lines(text), newline=""), delimiter=chosen)
    header = next(reader, [])
    body = [row for _, row in zip(range(rows), reader, strict=False)]
    return Preview(encoding, chosen, header, body, guess_mapping(header))

