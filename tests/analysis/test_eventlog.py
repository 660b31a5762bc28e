"""CSV event-log import: Dutch Excel files, encodings, delimiters, bad rows, cancelling."""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path

import pytest

from klantreis_desktop.analysis.csvformat import (
    ColumnMapping,
    EventLogError,
    ImportCancelled,
    decode,
    detect_delimiter,
    guess_mapping,
    preview_text,
)
from klantreis_desktop.analysis.eventlog import preview_file, read_event_log
from klantreis_desktop.analysis.rows import CHUNK
from klantreis_desktop.analysis.timestamps import parse_date, parse_time

DUTCH = (
    "Klantnummer;Datum;Contactmoment;Kanaal;Fase\r\n"
    "K1;05-03-2024 14:30;Oriëntatie op café;Website;Oriëntatie\r\n"
    "K2;5-3-2024 9:05;Belt;Telefoon;Aankoop\r\n"
    "K1;06-03-2024 08:00:30;Boekt;Telefoon;Aankoop\r\n"
    "K1;05-03-2024 14:45;Leest reviews;Website;Oriëntatie\r\n"
    "K2;07-03-2024;Betaalt;E-mail;Service\r\n"
    ";;;;\r\n"
    "\r\n"
)


def _write(tmp_path: Path, text: str, encoding: str, name: str = "log.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def _seconds(*parts: int) -> float:
    return (datetime(*parts) - datetime(1970, 1, 1)).total_seconds()


@pytest.mark.parametrize("encoding", ["cp1252", "utf-8-sig", "utf-8"])
def test_dutch_excel_file_in_each_encoding(tmp_path: Path, encoding: str) -> None:
    log = read_event_log(_write(tmp_path, DUTCH, encoding))
    assert log.encoding == encoding
    assert log.delimiter == ";"
    assert log.customers == ["K1", "K2"]
    assert log.path_names(0) == ["Oriëntatie op café", "Leest reviews", "Boekt"]
    assert log.path_names(1) == ["Belt", "Betaalt"]
    assert log.times[0] == (_seconds(2024, 3, 5, 14, 30), _seconds(2024, 3, 5, 14, 45),
                            _seconds(2024, 3, 6, 8, 0, 30))
    assert log.times[1][1] == _seconds(2024, 3, 7)
    assert log.channel_by_touchpoint()["Boekt"] == "Telefoon"
    assert log.phase_by_touchpoint()["Oriëntatie op café"] == "Oriëntatie"
    assert log.events == 5 and log.rows == 7 and log.skipped_count == 0


def test_comma_file_with_iso_times_and_english_header(tmp_path: Path) -> None:
    text = ("customer_id,timestamp,touchpoint,channel\n"
            "a,2024-03-05T14:30:00,Visit,web\n"
            "a,2024-03-05T10:00:00+01:00,Ad,social\n"
            "b,2024-03-05 09:00,Visit,web\n")
    log = read_event_log(_write(tmp_path, text, "utf-8"))
    assert log.delimiter == ","
    assert log.path_names(0) == ["Ad", "Visit"]  # 09:00 UTC comes before 14:30
    assert log.times[0][0] == _seconds(2024, 3, 5, 9, 0)
    assert not log.has_phases


def test_tab_file_from_utf16_excel_export(tmp_path: Path) -> None:
    text = "klant\ttijdstip\tstap\nx\t01-02-2024 10:00\tA\nx\t01-02-2024 11:00\tB\n"
    log = read_event_log(_write(tmp_path, "\ufeff" + text, "utf-16-le"))
    assert log.encoding == "utf-16"
    assert log.delimiter == "\t"
    assert log.path_names(0) == ["A", "B"]
    assert not log.has_channels


def test_excel_serial_dates_with_decimal_commas(tmp_path: Path) -> None:
    text = "klant;datum;contactmoment\nk;45356,5;Later\nk;45356,25;Eerder\n"
    log = read_event_log(_write(tmp_path, text, "cp1252"))
    assert log.path_names(0) == ["Eerder", "Later"]
    assert log.times[0] == (_seconds(2024, 3, 5, 6), _seconds(2024, 3, 5, 12))


def test_names_are_stripped_and_mapped_by_index(tmp_path: Path) -> None:
    text = "x;1-1-2024 10:00; Shop ;a\nx;1-1-2024 11:00;Shop;b\n"
    mapping = ColumnMapping(customer=3, timestamp=1, touchpoint=2, channel=None)
    log = read_event_log(_write(tmp_path, text, "utf-8"), mapping, has_header=False)
    assert log.customers == ["a", "b"]
    assert log.touchpoints == ["Shop"]


def test_mapping_by_header_names_case_insensitively(tmp_path: Path) -> None:
    text = "Wie;Wanneer;Wat;Waar\nk;1-1-2024;A;Web\n"
    mapping = ColumnMapping(customer="wie", timestamp="WANNEER", touchpoint="Wat",
                            channel="Waar")
    log = read_event_log(_write(tmp_path, text, "utf-8"), mapping)
    assert log.channel_by_touchpoint() == {"A": "Web"}


def test_unknown_column_name_is_a_clear_error(tmp_path: Path) -> None:
    path = _write(tmp_path, "a;b;c\n1;1-1-2024;x\n", "utf-8")
    with pytest.raises(EventLogError, match="no column “klant”.*columns: a, b, c"):
        read_event_log(path, ColumnMapping(customer="klant", timestamp="b", touchpoint="c",
                                           channel=None))


def test_unrecognised_header_asks_for_a_mapping(tmp_path: Path) -> None:
    with pytest.raises(EventLogError, match="Which columns"):
        read_event_log(_write(tmp_path, "foo;bar;baz\n1;2;3\n", "utf-8"))


def test_bad_rows_fail_the_whole_import_with_row_numbers(tmp_path: Path) -> None:
    text = ("klant;tijdstip;contactmoment;kanaal\n"
            "k1;01-01-2024 10:00;A;web\n"
            "k1;31-02-2024 10:00;B;web\n"  # row 3: no such date
            ";01-01-2024 10:00;C;web\n"  # row 4: no customer
            "k2;01-01-2024\n"  # row 5: too few columns
            "k2;01-01-2024 25:00;D;web\n"  # row 6: no such time
            "k3;01-01-2024 10:00;  ;web\n")  # row 7: no touchpoint
    path = _write(tmp_path, text, "utf-8")
    with pytest.raises(EventLogError) as caught:
        read_event_log(path)
    error = caught.value
    assert [row for row, _ in error.problems] == [3, 4, 5, 6, 7]
    assert error.bad_rows == 5
    message = str(error)
    assert message.startswith("Nothing was imported: 5 rows have problems.")
    assert "Row 3: “31-02-2024 10:00” is not a date and time" in message
    assert "Row 4: the customer id is empty." in message
    assert "Row 5: 2 columns, expected at least 4." in message
    assert "Row 7: the touchpoint is empty." in message


def test_skip_bad_rows_imports_the_rest_and_reports_them(tmp_path: Path) -> None:
    text = ("klant;tijdstip;contactmoment\n"
            "k1;01-01-2024 10:00;A\n"
            "k1;gisteren;B\n"
            "k1;01-01-2024 11:00;C\n")
    log = read_event_log(_write(tmp_path, text, "utf-8"), skip_bad_rows=True)
    assert log.path_names(0) == ["A", "C"]
    assert log.touchpoints == ["A", "C"]  # B came only from a bad row
    assert log.skipped_count == 1
    assert log.skipped[0][0] == 3 and "gisteren" in log.skipped[0][1]


def test_only_the_first_problems_are_listed(tmp_path: Path) -> None:
    rows = "".join(f"k;nooit;A{i}\n" for i in range(50))
    path = _write(tmp_path, "klant;tijdstip;contactmoment\n" + rows, "utf-8")
    with pytest.raises(EventLogError) as caught:
        read_event_log(path, max_problems=5)
    assert len(caught.value.problems) == 5 and caught.value.bad_rows == 50
    assert str(caught.value).endswith("… and 45 more.")


def test_row_numbers_stay_right_across_chunks(tmp_path: Path) -> None:
    count = CHUNK * 2 + 10
    lines = [f"k{i % 7};01-01-2024 10:{i % 60:02d};step{i % 3}" for i in range(count)]
    bad = CHUNK + 100  # index into the data rows; the file row is two further on
    lines[bad] = "k1;geen datum;step1"
    path = _write(tmp_path, "klant;tijdstip;contactmoment\n" + "\n".join(lines), "utf-8")
    with pytest.raises(EventLogError) as caught:
        read_event_log(path)
    assert caught.value.problems == [(bad + 2, caught.value.problems[0][1])]
    log = read_event_log(path, skip_bad_rows=True)
    assert log.events == count - 1


def test_events_of_a_customer_are_put_in_time_order(tmp_path: Path) -> None:
    text = ("klant;tijdstip;contactmoment\n"
            "k;03-01-2024 10:00;C\nk;01-01-2024 10:00;A\nk;02-01-2024 10:00;B\n"
            "k;02-01-2024 10:00;B2\n")  # equal times keep the file order
    log = read_event_log(_write(tmp_path, text, "utf-8"))
    assert log.path_names(0) == ["A", "B", "B2", "C"]


def test_progress_is_reported_and_ends_at_the_total(tmp_path: Path) -> None:
    lines = "".join(f"k{i % 50};01-01-2024 10:00;A\n" for i in range(CHUNK * 3))
    path = _write(tmp_path, "klant;tijdstip;contactmoment\n" + lines, "utf-8")
    seen: list[tuple[int, int]] = []
    read_event_log(path, progress=lambda done, total: seen.append((done, total)))
    assert len(seen) >= 3
    assert seen[-1][0] == seen[-1][1]
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


@pytest.mark.parametrize("kind", ["event", "callable"])
def test_cancel_imports_nothing(tmp_path: Path, kind: str) -> None:
    lines = "".join(f"k{i};01-01-2024 10:00;A\n" for i in range(CHUNK * 3))
    path = _write(tmp_path, "klant;tijdstip;contactmoment\n" + lines, "utf-8")
    flag = threading.Event()
    calls: list[int] = []

    def progress(done: int, total: int) -> None:
        calls.append(done)
        flag.set()  # cancel after the first chunk

    cancel = flag if kind == "event" else flag.is_set
    with pytest.raises(ImportCancelled):
        read_event_log(path, progress=progress, cancel=cancel)
    assert len(calls) == 1


def test_empty_file_and_header_only(tmp_path: Path) -> None:
    with pytest.raises(EventLogError, match="empty"):
        read_event_log(_write(tmp_path, "", "utf-8"))
    with pytest.raises(EventLogError, match="no events"):
        read_event_log(_write(tmp_path, "klant;tijdstip;contactmoment\n", "utf-8"))


def test_missing_file_is_a_plain_error(tmp_path: Path) -> None:
    with pytest.raises(EventLogError, match="cannot be read"):
        read_event_log(tmp_path / "nope.csv")


def test_detection_helpers() -> None:
    assert decode("é".encode("cp1252")) == ("é", "cp1252")
    assert decode("\ufeffé".encode()) == ("é", "utf-8-sig")
    assert detect_delimiter("a;b;c\n1,5;2;3\n") == ";"  # decimal commas do not fool it
    assert detect_delimiter("a,b,c\n1,2,3\n") == ","
    assert detect_delimiter("a\tb\n1\t2\n") == "\t"
    mapping = guess_mapping(["Klant-ID", "Tijdstip", "Contactmoment", "Kanaal", "Fase"])
    assert mapping == ColumnMapping(0, 1, 2, 3, 4)
    assert guess_mapping(["x", "y"]) is None
    preview = preview_text("klant;datum;stap\nk;1-1-2024;A\n", "utf-8")
    assert preview.delimiter == ";" and preview.rows == [["k", "1-1-2024", "A"]]
    assert preview.mapping == ColumnMapping(0, 1, 2, None, None)


@pytest.mark.parametrize(("text", "expected"), [
    ("05-03-2024", (2024, 3, 5)), ("5-3-2024", (2024, 3, 5)), ("5/3/2024", (2024, 3, 5)),
    ("05.03.2024", (2024, 3, 5)), ("05-03-24", (2024, 3, 5)), ("2024-03-05", (2024, 3, 5)),
])
def test_date_forms(text: str, expected: tuple[int, int, int]) -> None:
    assert parse_date(text) == _seconds(*expected)


@pytest.mark.parametrize("text", ["31-02-2024", "2024-13-01", "morgen", "1-2-3", "123-4-5"])
def test_bad_dates(text: str) -> None:
    with pytest.raises(ValueError):
        parse_date(text)


def test_time_forms() -> None:
    assert parse_time("9:05") == 9 * 3600 + 5 * 60
    assert parse_time("14:30:15,5") == 14 * 3600 + 30 * 60 + 15.5
    assert parse_time("10:00Z") == 36_000
    assert parse_time("10:00:00+02:00") == 8 * 3600
    assert parse_time("") == 0
    for bad in ("25:00", "10:60", "10", "tien uur"):
        with pytest.raises(ValueError):
            parse_time(bad)


def test_quoted_fields_take_the_csv_reader_and_agree_with_the_fast_path(
        tmp_path: Path) -> None:
    plain = ("klant;tijdstip;contactmoment;kanaal\r\n"
             "k1;01-01-2024 10:00;Bezoekt site;Web\r\n"
             "k1;01-01-2024 11:00;Belt, vraagt;Telefoon\r\n")
    quoted = ("klant;tijdstip;contactmoment;kanaal\r\n"
              "k1;01-01-2024 10:00;\"Bezoekt site\";Web\r\n"
              "k1;01-01-2024 11:00;\"Belt, vraagt\";\"Tele\r\nfoon\"\r\n")
    fast = read_event_log(_write(tmp_path, plain, "utf-8", "plain.csv"))
    slow = read_event_log(_write(tmp_path, quoted, "utf-8", "quoted.csv"))
    assert fast.path_names(0) == slow.path_names(0) == ["Bezoekt site", "Belt, vraagt"]
    assert fast.times == slow.times
    assert slow.channel_by_touchpoint()["Belt, vraagt"] == "Tele\r\nfoon"


def test_mixed_line_ends_are_read_like_csv_does(tmp_path: Path) -> None:
    text = "klant;tijdstip;stap\r\nk;1-1-2024 10:00;A\nk;1-1-2024 11:00;B\r\n"
    log = read_event_log(_write(tmp_path, text, "utf-8"))
    assert log.path_names(0) == ["A", "B"]
    # As many CRs as LFs, yet not in pairs: found while splitting, then read again.
    text = "klant;tijdstip;stap\r\nk;1-1-2024 10:00;A\nk;1-1-2024 11:00;B\rk;1-1-2024 12:00;C"
    log = read_event_log(_write(tmp_path, text, "utf-8", "mixed.csv"))
    assert log.path_names(0) == ["A", "B", "C"]


def test_a_late_cp1252_byte_switches_the_guessed_encoding(tmp_path: Path) -> None:
    filler = "".join(f"k{i % 9};01-01-2024 10:00;Stap {i % 5}\n" for i in range(60_000))
    text = "klant;tijdstip;contactmoment\n" + filler + "k1;02-01-2024 10:00;Café\n"
    path = _write(tmp_path, text, "cp1252")
    assert path.stat().st_size > 1 << 20  # the é lies beyond the first megabyte
    log = read_event_log(path)
    assert log.encoding == "cp1252"
    assert "Café" in log.touchpoints
    with pytest.raises(EventLogError, match="not in the encoding “utf-8”"):
        read_event_log(path, encoding="utf-8")


def test_customer_ids_with_spaces_are_the_same_customer(tmp_path: Path) -> None:
    text = ("klant;tijdstip;stap\n"
            "K1;01-01-2024 10:00;A\n"
            " K1 ;01-01-2024 11:00;B\n"
            "K2;01-01-2024 09:00;C\n"
            "K1;01-01-2024 09:30;Z\n")
    log = read_event_log(_write(tmp_path, text, "utf-8"))
    assert log.customers == ["K1", "K2"]
    assert log.path_names(0) == ["Z", "A", "B"]


@pytest.mark.parametrize("encoding", ["cp1252", "utf-8-sig"])
def test_preview_for_the_mapping_dialog(tmp_path: Path, encoding: str) -> None:
    preview = preview_file(_write(tmp_path, DUTCH, encoding), rows=2)
    assert preview.encoding == encoding
    assert preview.header == ["Klantnummer", "Datum", "Contactmoment", "Kanaal", "Fase"]
    assert preview.rows[0][2] == "Oriëntatie op café"
    assert len(preview.rows) == 2
    assert preview.mapping == ColumnMapping(0, 1, 2, 3, 4)


@pytest.mark.parametrize(("stamps", "expected"), [
    (["2024-03-15 14:30:05", "2024-03-15 9:30:05"], [(2024, 3, 15, 14, 30, 5),
                                                      (2024, 3, 15, 9, 30, 5)]),
    (["15-03-2024 14:30:05", "5-3-2024 9:30:05"], [(2024, 3, 15, 14, 30, 5),
                                                    (2024, 3, 5, 9, 30, 5)]),
    (["15-03-24 14:30:05", "15-3-24 9:30:05"], [(2024, 3, 15, 14, 30, 5),
                                                 (2024, 3, 15, 9, 30, 5)]),
    (["2024-03-15T14:30:05", "2024-03-15T14:30:05+01:00"], [(2024, 3, 15, 14, 30, 5),
                                                            (2024, 3, 15, 13, 30, 5)]),
    (["15-03-2024 14:30:05", "15-03-2024 14:30"], [(2024, 3, 15, 14, 30, 5),
                                                   (2024, 3, 15, 14, 30)]),
])
def test_mixed_timestamp_shapes_in_one_chunk(tmp_path: Path, stamps: list[str],
                                             expected: list[tuple[int, ...]]) -> None:
    rows = "".join(f"c{i};{stamp};step{i}\n" for i, stamp in enumerate(stamps))
    log = read_event_log(_write(tmp_path, "klant;tijdstip;stap\n" + rows, "utf-8"))
    assert [t[0] for t in log.times] == [_seconds(*e) for e in expected]


def test_a_binary_file_is_not_a_csv_file_rather_than_a_mapping_question(tmp_path: Path) -> None:
    import io

    from PIL import Image

    picture = io.BytesIO()
    Image.new("RGB", (20, 20), "red").save(picture, "PNG")
    path = tmp_path / "foto.csv"
    path.write_bytes(picture.getvalue())
    for attempt in (lambda: read_event_log(path), lambda: preview_file(path)):
        with pytest.raises(EventLogError) as caught:
            attempt()
        assert str(caught.value) == "“foto.csv” is not a CSV file: it does not contain text."
    from klantreis_desktop.analysis.eventlog import parse_event_log

    with pytest.raises(EventLogError, match="not a CSV file"):
        parse_event_log(picture.getvalue())
    noise = bytes(range(1, 32)) * 40 + b"a;b;c\n"  # controls, but no NUL
    with pytest.raises(EventLogError, match="does not contain text"):
        parse_event_log(noise)


def test_a_workbook_is_told_to_be_saved_as_csv(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "export.xlsx"
    with zipfile.ZipFile(path, "w") as book:
        book.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(EventLogError) as caught:
        read_event_log(path)
    assert "spreadsheet workbook" in str(caught.value) and "Save it as CSV" in str(caught.value)


def test_system_errors_are_told_in_our_words(tmp_path: Path) -> None:
    with pytest.raises(EventLogError) as caught:
        read_event_log(tmp_path / "nope.csv")
    assert str(caught.value) == "nope.csv cannot be read: the file or folder does not exist"
    assert "No such file" not in str(caught.value)
