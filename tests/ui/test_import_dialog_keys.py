"""The import dialogs as a keyboard user meets them (review defect 14): the file field
takes a typed or pasted path and Enter reads it, Tab leaves the preview table, the row
count is written in the singular for one row, and an empty or unreadable event log is
said to be so, with Check off until a readable log is chosen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from klantreis_desktop.templates import build_sample
from klantreis_desktop.ui.importing.conformance_dialog import ConformanceDialog
from klantreis_desktop.ui.importing.import_dialog import ImportDialog
from klantreis_desktop.ui.importing.metrics_dialog import MetricsImportDialog
from klantreis_desktop.ui.importing.path_edit import typed_path
from klantreis_desktop.ui.session import DocumentSession

WAIT_MS = 60_000  # a ceiling, not a timing assertion

ONE_ROW = "Contactmoment;NPS;CSAT\nBoekt online een afspraak;32;80%\n"
LOG = "klant,tijd,stap\nK1,2026-01-01 10:00,Boekt online een afspraak\n"


@pytest.fixture
def session(qtbot):
    made = DocumentSession(build_sample("schoonmaak", "nl"))
    yield made
    made.close()


def _journey(session):
    return session.doc.journeys()[0]


def _type_path(qtbot, dialog, edit, path: Path) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    edit.setFocus()
    edit.selectAll()  # as a user replaces the last path: typing over it
    qtbot.keyClicks(edit, str(path))
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_a_typed_path_and_enter_read_the_file_and_one_row_is_one_row(qtbot, session,
                                                                      tmp_path):
    path = tmp_path / "cijfers.csv"
    path.write_text(ONE_ROW, encoding="utf-8")
    dialog = MetricsImportDialog(session, _journey(session))
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.job_finished, timeout=WAIT_MS) as blocker:
        _type_path(qtbot, dialog, dialog.file_edit, path)
    assert blocker.args == ["read"]
    assert dialog.path == path and dialog.table is not None
    assert dialog.status.text().startswith("1 row, 3 columns."), dialog.status.text()
    assert not dialog.pushed  # Enter read the file; it did not press Import


def test_a_typed_path_that_is_not_there_is_said(qtbot, session, tmp_path):
    dialog = MetricsImportDialog(session, _journey(session))
    qtbot.addWidget(dialog)
    _type_path(qtbot, dialog, dialog.file_edit, tmp_path / "nergens.csv")
    assert "nergens.csv" in dialog.status.text() and dialog.path is None


def test_pasted_paths_lose_their_quotes_and_url(tmp_path):
    assert typed_path(f"  '{tmp_path}/a b.csv' ") == tmp_path / "a b.csv"
    assert typed_path(f"file://{tmp_path}/a%20b.csv") == tmp_path / "a b.csv"
    assert typed_path("   ") is None


def test_tab_leaves_the_preview_tables(qtbot, session):
    dialogs = (MetricsImportDialog(session, _journey(session)), ImportDialog(session),
               ConformanceDialog(session, _journey(session)))
    for dialog in dialogs:
        qtbot.addWidget(dialog)
    previews = [dialogs[0].preview, dialogs[1].preview, dialogs[2].columns.preview]
    assert [p.tabKeyNavigation() for p in previews] == [False, False, False]


def test_an_empty_log_is_called_empty_and_check_stays_off(qtbot, session, tmp_path):
    empty = tmp_path / "leeg.csv"
    empty.write_bytes(b"")
    dialog = ConformanceDialog(session, _journey(session))
    qtbot.addWidget(dialog)
    assert not dialog.load_file(empty)
    assert "leeg.csv" in dialog.status.text() and "empty" in dialog.status.text()
    assert not dialog.check_button.isEnabled()


def test_check_is_off_after_an_unreadable_log_and_on_for_a_good_one(qtbot, session,
                                                                   tmp_path):
    bad = tmp_path / "binair.csv"
    bad.write_bytes(b"\x00\x01\x02binary")
    good = tmp_path / "log.csv"
    good.write_text(LOG, encoding="utf-8")
    dialog = ConformanceDialog(session, _journey(session))
    qtbot.addWidget(dialog)
    assert dialog.load_file(good)
    assert dialog.check_button.isEnabled()
    assert not dialog.load_file(bad)
    assert not dialog.check_button.isEnabled()
    _type_path(qtbot, dialog, dialog.file_edit, good)
    assert dialog.columns.path == good and dialog.check_button.isEnabled()
