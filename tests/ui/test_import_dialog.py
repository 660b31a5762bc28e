"""The event-log import dialog, end to end with its worker thread, on real CSV files."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from klantreis_desktop.model import kinds as k
from klantreis_desktop.templates import build_sample
from klantreis_desktop.ui.importing.import_dialog import ImportDialog
from klantreis_desktop.ui.session import DocumentSession

WAIT_MS = 60_000  # a ceiling, not a timing assertion

PATHS = (
    ("Zoekt op Google", "Bekijkt website", "Belt klantenservice", "Boekt afspraak",
     "Ontvangt factuur"),
    ("Ziet advertentie", "Bekijkt website", "Vraagt offerte aan", "Boekt afspraak"),
    ("Bezoekt winkel", "Praat met verkoper", "Koopt ter plekke"),
)
CHANNELS = {"Zoekt op Google": "Zoekmachine", "Bekijkt website": "Website",
            "Belt klantenservice": "Telefoon", "Boekt afspraak": "Website",
            "Ontvangt factuur": "E-mail", "Ziet advertentie": "Reclame",
            "Vraagt offerte aan": "E-mail", "Bezoekt winkel": "Winkel",
            "Praat met verkoper": "Persoonlijk", "Koopt ter plekke": "Winkel"}


def write_dutch_log(path: Path, customers: int = 90, bad_rows: tuple[int, ...] = ()) -> Path:
    """A Dutch Excel export: ``;``, dd-mm-jjjj, cp1252 (é, ë), CRLF line ends.

    Customers walk the three paths with 3:2:1 weights so the most frequent one is known.
    ``bad_rows`` are file row numbers (1 = header) whose timestamp is made unreadable.
    """
    lines = ["Klantnummer;Datum;Contactmoment;Kanaal;Fase"]
    for number in range(customers):
        steps = PATHS[[0, 0, 0, 1, 1, 2][number % 6]]
        for index, step in enumerate(steps):
            day = number % 27 + 1
            stamp = f"{day:02d}-03-2024 {9 + index:02d}:{number % 60:02d}"
            if len(lines) + 1 in bad_rows:
                stamp = "morgen"
            phase = "Oriëntatie" if index < 2 else "Aankoop"
            lines.append(f"K{number:04d};{stamp};{step};{CHANNELS[step]};{phase}")
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path


@pytest.fixture
def session(qtbot):
    made = DocumentSession(build_sample("schoonmaak", "en"))
    yield made
    made.close()


@pytest.fixture
def dialog(qtbot, session):
    widget = ImportDialog(session)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.cancel_job()
    if widget.worker is not None:
        widget.worker.wait()


def _import(qtbot, dialog: ImportDialog) -> str:
    with qtbot.waitSignal(dialog.job_finished, timeout=WAIT_MS) as finished:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    return finished.args[0]


def test_dutch_log_imports_and_its_frequent_path_becomes_one_undo_step(qtbot, dialog,
                                                                       session, tmp_path):
    log = write_dutch_log(tmp_path / "klantcontacten.csv")
    assert dialog.load_file(log)
    assert dialog.preview.item(0, 2).text() == "Zoekt op Google"
    assert dialog.preview.item(0, 4).text() == "Oriëntatie"  # cp1252 read right
    guessed = {role: combo.currentText() for role, combo in dialog.role_combos.items()}
    assert guessed == {"customer": "Klantnummer", "timestamp": "Datum",
                       "touchpoint": "Contactmoment", "channel": "Kanaal", "phase": "Fase"}
    assert "cp1252" in dialog.status.text()
    assert _import(qtbot, dialog) == "done"
    assert dialog.pages.currentIndex() == 1
    assert dialog.imported is not None and dialog.imported.summary.customers == 90
    assert dialog.paths_table.item(0, 0).text() == "45"
    assert dialog.paths_table.item(0, 2).text() == " → ".join(PATHS[0])
    assert dialog.segments_table.rowCount() >= 2

    doc = session.doc
    before = doc.journeys()
    dialog.name_edit.setText("Klantcontacten")
    qtbot.mouseClick(dialog.add_path_button, Qt.MouseButton.LeftButton)
    assert session.stack.count() == 1
    (new,) = [j for j in doc.journeys() if j not in before]
    assert doc.title(new) == "Klantcontacten"
    touchpoints = [c for c in doc.cards(new) if doc.kind(c) == k.TOUCHPOINT]
    assert sorted(doc.title(c) for c in touchpoints) == sorted(PATHS[0])
    assert [doc.title(p) for p in doc.phases(new)] == ["Oriëntatie", "Aankoop"]
    session.stack.undo()
    assert doc.journeys() == before


def test_checked_segments_become_journeys_in_one_undo_step(qtbot, dialog, session, tmp_path):
    dialog.load_file(write_dutch_log(tmp_path / "log.csv"))
    dialog.k_combo.setCurrentIndex(dialog.k_combo.findData(3))
    assert _import(qtbot, dialog) == "done"
    assert dialog.segments_table.rowCount() == 3
    assert [dialog.segments_table.item(r, 1).text() for r in range(3)] == ["45", "30", "15"]
    dialog.check_segment(0)
    dialog.check_segment(2)
    before = session.doc.journeys()
    assert dialog.add_checked_segments()
    added = [j for j in session.doc.journeys() if j not in before]
    assert len(added) == 2
    assert session.stack.count() == 1
    session.stack.undo()
    assert session.doc.journeys() == before


def test_other_k_reclusters_in_the_worker(qtbot, dialog, tmp_path):
    dialog.load_file(write_dutch_log(tmp_path / "log.csv"))
    dialog.k_combo.setCurrentIndex(dialog.k_combo.findData(3))
    assert _import(qtbot, dialog) == "done"
    dialog.k_combo.setCurrentIndex(dialog.k_combo.findData(2))
    with qtbot.waitSignal(dialog.job_finished, timeout=WAIT_MS) as finished:
        qtbot.mouseClick(dialog.segment_button, Qt.MouseButton.LeftButton)
    assert finished.args[0] == "done"
    assert dialog.segments_table.rowCount() == 2


def test_cancel_stops_the_import_and_keeps_nothing(qtbot, dialog, session, tmp_path):
    dialog.load_file(write_dutch_log(tmp_path / "big.csv", customers=3_000))
    with qtbot.waitSignal(dialog.job_finished, timeout=WAIT_MS) as finished:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        assert dialog.cancel_button.isEnabled()
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert finished.args[0] == "cancelled"
    assert dialog.imported is None
    assert dialog.pages.currentIndex() == 0
    assert "nothing was imported" in dialog.status.text()
    assert session.stack.count() == 0
    assert dialog.import_button.isEnabled()  # ready to try again


def test_bad_rows_are_listed_by_number_and_nothing_is_imported(qtbot, dialog, session,
                                                               tmp_path):
    dialog.load_file(write_dutch_log(tmp_path / "bad.csv", bad_rows=(4, 9)))
    before = session.doc.journeys()
    assert _import(qtbot, dialog) == "failed"
    listed = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert dialog.problems.isVisible()
    assert any(text.startswith("Row 4:") and "morgen" in text for text in listed)
    assert any(text.startswith("Row 9:") for text in listed)
    assert dialog.status.text().startswith("Nothing was imported: 2 rows have problems.")
    bad = dialog.preview.verticalHeaderItem(2)  # the preview numbers rows as the file does
    assert bad.text() == "4" and dialog.preview.item(2, 1).text() == "morgen"
    assert dialog.imported is None and dialog.pages.currentIndex() == 0
    assert session.doc.journeys() == before and session.stack.count() == 0


def test_missing_required_column_is_refused_before_importing(qtbot, dialog, tmp_path):
    dialog.load_file(write_dutch_log(tmp_path / "log.csv"))
    dialog.role_combos["touchpoint"].setCurrentIndex(dialog.role_combos["timestamp"].currentIndex())
    assert not dialog.start_import()
    assert "same column" in dialog.status.text()
    assert dialog.worker is None


@pytest.mark.parametrize("content", [bytes(range(256)) * 64,
                                     b"PK\x03\x04" + b"\x00\x14xl/workbook.xml" * 50])
def test_a_binary_file_is_not_a_csv_file_not_a_mapping_question(qtbot, dialog, tmp_path,
                                                                 content):
    """Issue 15, item 7: a binary "CSV" (an image, a workbook) is refused as what it is,
    before any column mapping is offered, and nothing can be imported."""
    path = tmp_path / "export.csv"
    path.write_bytes(content)
    assert not dialog.load_file(path)
    assert "not a CSV file" in dialog.status.text()
    assert not dialog.import_button.isEnabled()
    assert dialog.preview.columnCount() == 0
    assert not dialog.start_import() and dialog.worker is None
