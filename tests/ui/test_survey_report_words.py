"""The survey import's report counts its flags in words a person would write: it said
"1 assumptions to check" ("1 aannames om te controleren"), seen in the real-window
acceptance test's screenshots of the survey dialog."""

from __future__ import annotations

import pytest

from klantreis_desktop.templates import build_sample
from klantreis_desktop.ui.importing.survey_dialog import SurveyImportDialog
from klantreis_desktop.ui.session import DocumentSession
from tests.ui.test_measured_dialogs import _import, _read, _survey_file


@pytest.fixture
def session(qtbot):
    made = DocumentSession(build_sample("schoonmaak", "nl"))
    yield made
    made.close()


def test_one_flag_is_one_assumption(qtbot, session, tmp_path):
    dialog = SurveyImportDialog(session, session.doc.journeys()[0])
    qtbot.addWidget(dialog)
    _read(qtbot, dialog, _survey_file(tmp_path))  # one touchpoint far from the team's score
    assert _import(qtbot, dialog) == "done", dialog.status.text()
    report = dialog.status.text()
    assert "1 assumption to check: see the analysis panel." in report, report
    assert "1 assumptions" not in report
