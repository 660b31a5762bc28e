"""The metrics dialog for a first-time user (review s6 #10): the XLSX preview showed a
percentage cell as "0.6" and a date as "2026-11-15 00:00:00" (the import reads 60 and the
day), only two and a half rows, and "Rows name:" did not say what the choice is."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from klantreis_desktop import i18n
from klantreis_desktop.templates import build_sample
from klantreis_desktop.ui.importing.metrics_dialog import MetricsImportDialog
from klantreis_desktop.ui.importing.table_import import cell_text
from klantreis_desktop.ui.session import DocumentSession

WAIT_MS = 60_000  # a ceiling, not a timing assertion


@pytest.fixture
def session(qtbot):
    made = DocumentSession(build_sample("schoonmaak", "nl"))
    yield made
    made.close()


def _workbook(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Touchpoint", "NPS", "CSAT", "Avg waiting time", "Date"])
    for title, nps, csat, wait in (("Tip van de makelaar", 10, 0.6, 1.5),
                                   ("Leest beoordelingen", 19, 0.615, 0),
                                   ("Boekt online een afspraak", -7, 0.7, 2.25)):
        sheet.append([title, nps, csat, wait, dt.datetime(2026, 11, 15)])
        sheet.cell(sheet.max_row, 3).number_format = "0%"
    book.save(path)
    return path


def test_the_preview_shows_cells_as_they_will_be_imported(qtbot, session, tmp_path):
    dialog = MetricsImportDialog(session, session.doc.journeys()[0])
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.job_finished, timeout=WAIT_MS) as blocker:
        dialog.load_file(_workbook(tmp_path / "metrics-en.xlsx"))
    assert blocker.args == ["read"]
    texts = [[dialog.preview.item(r, c).text() for c in range(5)] for r in range(3)]
    assert texts[0] == ["Tip van de makelaar", "10", "60%", "1.5", "2026-11-15"], texts
    assert texts[1][2] == "61.5%" and texts[2][1] == "−7" and texts[2][3] == "2.25"


def test_dutch_cells_read_as_dutch_excel_shows_them():
    i18n.set_language("nl")
    try:
        assert cell_text(0.6, percent=True) == "60 %"
        assert cell_text(dt.datetime(2026, 11, 15)) == "15-11-2026"
        assert cell_text(dt.datetime(2026, 11, 15, 9, 30)) == "15-11-2026 09:30"
        assert cell_text(7.5) == "7,5" and cell_text(None) == ""
    finally:
        i18n.set_language("en")


def test_the_preview_shows_five_rows_and_the_rows_choice_says_what_it_is(
        qtbot, session, tmp_path):
    from PySide6.QtWidgets import QLabel

    dialog = MetricsImportDialog(session, session.doc.journeys()[0])
    qtbot.addWidget(dialog)
    dialog.resize(980, 720)  # what fit_to_screen gives on a 1280×800 projector laptop
    dialog.show()
    qtbot.waitExposed(dialog)
    path = _workbook(tmp_path / "metrics-en.xlsx")
    book = openpyxl.load_workbook(path)
    for number in range(6):
        book.active.append([f"Rij {number}", number, None, 1, None])
    book.save(path)
    with qtbot.waitSignal(dialog.job_finished, timeout=WAIT_MS):
        dialog.load_file(path)
    view = dialog.preview
    row = view.verticalHeader().defaultSectionSize()
    assert view.viewport().height() >= 6 * row, (view.viewport().height(), row)
    table = dialog.metrics_table  # and the mapping keeps every one of its five rows
    assert table.viewport().height() >= 5 * table.rowHeight(0), table.viewport().height()
    labels = [w.text() for w in dialog.findChildren(QLabel)]
    assert "Rows refer to:" in labels and "Rows name:" not in labels
