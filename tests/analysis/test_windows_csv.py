"""Event logs as Windows writes them: CRLF line ends, a UTF-8 BOM, ``;`` between fields and
decimal commas (Dutch Excel "CSV UTF-8"), read on any system from real files on disk.

Every file is written as bytes (or by the csv module in text mode, which is how a Python
script on Windows makes one), so the test is the same on Linux, macOS and Windows.
"""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

import pytest

from klantreis_desktop.analysis.eventlog import preview_file, read_event_log

BOM = b"\xef\xbb\xbf"
ROWS = [
    ["Klantnummer", "Tijdstip", "Contactmoment", "Kanaal", "Bedrag", "Score"],
    ["K1", "05-03-2024 14:30:15,5", "Bekijkt offerte", "Website", "1.234,50", "7,5"],
    ["K2", "05-03-2024 09:05", "Belt de klantenservice", "Telefoon", "0,99", "6"],
    ["K1", "06-03-2024 08:00", "Tekent", "E-mail", "12,00", "8,25"],
    ["K2", "07-03-2024 17:45:00", "Klaagt, wil terugbellen", "Telefoon", "0", "3,5"],
]


def _seconds(*parts: int) -> float:
    return (datetime(*parts) - datetime(1970, 1, 1)).total_seconds()


def _bytes(rows: list[list[str]], delimiter: str = ";", end: str = "\r\n") -> bytes:
    lines = []
    for row in rows:
        lines.append(delimiter.join(f'"{v}"' if delimiter in v or '"' in v else v for v in row))
    return end.join(lines).encode("utf-8")


def _check(log) -> None:
    assert log.customers == ["K1", "K2"]
    assert log.path_names(0) == ["Bekijkt offerte", "Tekent"]
    assert log.path_names(1) == ["Belt de klantenservice", "Klaagt, wil terugbellen"]
    assert log.times[0][0] == _seconds(2024, 3, 5, 14, 30, 15) + 0.5  # decimal comma seconds
    assert log.times[1] == (_seconds(2024, 3, 5, 9, 5), _seconds(2024, 3, 7, 17, 45))
    assert log.channel_by_touchpoint() == {
        "Bekijkt offerte": "Website", "Belt de klantenservice": "Telefoon",
        "Tekent": "E-mail", "Klaagt, wil terugbellen": "Telefoon"}
    names = [*log.customers, *log.touchpoints, *log.channels]
    assert not any("\r" in name or "\n" in name or "\ufeff" in name for name in names)


@pytest.mark.parametrize("final_newline", [True, False], ids=["crlf-at-end", "no-end"])
def test_crlf_bom_semicolons_and_decimal_commas(tmp_path: Path, final_newline: bool) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(BOM + _bytes(ROWS) + (b"\r\n" if final_newline else b""))
    assert b"\r\n" in path.read_bytes()
    log = read_event_log(path)
    assert (log.encoding, log.delimiter) == ("utf-8-sig", ";")
    assert log.rows == 4 and log.skipped_count == 0
    _check(log)


def test_a_file_written_by_the_csv_module_as_on_windows(tmp_path: Path) -> None:
    """csv.writer ends lines with CRLF; ``newline=""`` keeps them as they are on every OS."""
    path = tmp_path / "script.csv"
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows(ROWS)
    data = path.read_bytes()
    assert data.startswith(BOM) and data.count(b"\r\n") == len(ROWS)
    _check(read_event_log(path))


def test_comma_separated_with_quoted_decimal_commas_and_crlf(tmp_path: Path) -> None:
    """English Excel: "," between fields, so decimal commas come in quotes (csv reader path)."""
    path = tmp_path / "comma.csv"
    path.write_bytes(BOM + _bytes(ROWS, ",") + b"\r\n")
    assert b'"1.234,50"' in path.read_bytes()
    log = read_event_log(path)
    assert log.delimiter == ","
    _check(log)


def test_blank_lines_with_crlf_at_the_end_are_not_events(tmp_path: Path) -> None:
    path = tmp_path / "blank.csv"
    path.write_bytes(BOM + _bytes(ROWS) + b"\r\n;;;;;\r\n\r\n\r\n")
    log = read_event_log(path)
    assert log.events == 4 and log.skipped_count == 0
    _check(log)


def test_cp1252_with_crlf_and_semicolons(tmp_path: Path) -> None:
    """Excel's plain "CSV (puntkomma-gescheiden)": Windows-1252, no BOM."""
    rows = [*ROWS, ["K3", "08-03-2024 10:00", "Oriëntatie op café", "Winkel", "€ 5,00", "9"]]
    path = tmp_path / "ansi.csv"
    path.write_bytes(_bytes(rows).decode().encode("cp1252") + b"\r\n")
    log = read_event_log(path)
    assert (log.encoding, log.delimiter) == ("cp1252", ";")
    assert log.path_names(2) == ["Oriëntatie op café"]
    assert log.channel_by_touchpoint()["Oriëntatie op café"] == "Winkel"


def test_the_mapping_dialogs_preview_of_a_windows_file(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(BOM + _bytes(ROWS) + b"\r\n")
    preview = preview_file(path)
    assert (preview.encoding, preview.delimiter) == ("utf-8-sig", ";")
    assert preview.header == ROWS[0]  # no BOM on the first name, no CR on the last
    assert preview.rows == ROWS[1:]
    assert preview.mapping is not None
    assert (preview.mapping.customer, preview.mapping.timestamp,
            preview.mapping.touchpoint, preview.mapping.channel) == (0, 1, 2, 3)
