"""The import refusals read as one clear message (issue 19 review, defect 14): the content
sheet said "Nothing was imported" twice and only its first problem, a figure's refusal
without its row, Python's own words for a text in a number column; a binary .mmd was
"no CSV file"; the survey's out-of-scale message named no row ("1 scores lie"); the
metrics dialog said "Nothing was imported:" below the list it introduces, and kept the
last file's preview and source after a refused file."""

from __future__ import annotations

from pathlib import Path

import pytest

from klantreis_desktop.analysis import survey as sv
from klantreis_desktop.analysis.sheets import TableError, parse_csv_table
from klantreis_desktop.export import content_sheet as cs
from klantreis_desktop.export import content_text
from klantreis_desktop.model.model_error import ModelError
from klantreis_desktop.templates import build_sample
from klantreis_desktop.ui.importing.metrics_dialog import MetricsImportDialog
from klantreis_desktop.ui.session import DocumentSession

WAIT_MS = 60_000  # a ceiling, not a timing assertion


def _sheet_with(**cells):
    doc = build_sample("schoonmaak", "nl")
    journey = doc.journeys()[0]
    header, rows = cs.content_rows(doc, [journey])
    for name in cells:
        if name not in header:
            header.append(name)
            for row in rows:
                row.append("")
    at = {name: i for i, name in enumerate(header)}
    for name, value in cells.items():
        rows[0][at[name]] = value
    return doc, header, rows


def test_every_problem_of_a_row_is_listed_with_its_row_and_column():
    doc, header, rows = _sheet_with(votes="1000000000", metric_csat="1000000000")
    with pytest.raises(cs.SheetError) as caught:
        cs.import_sheet(doc, header, rows)
    problems = caught.value.problems
    assert any(p.startswith("Row 2, column “votes”:") for p in problems), problems
    assert any(p.startswith("Row 2, column “metric_csat”:") and "CSAT" in p
               for p in problems), problems


def test_a_text_in_a_number_column_is_said_in_the_users_words():
    doc, header, rows = _sheet_with(votes="veel")
    with pytest.raises(cs.SheetError) as caught:
        cs.import_sheet(doc, header, rows)
    assert caught.value.problems == ["Row 2, column “votes”: “veel” is not a number."]


def test_a_binary_mermaid_file_is_no_mermaid_diagram(tmp_path):
    path = tmp_path / "binary.mmd"
    path.write_bytes(bytes(range(256)) * 4)
    assert content_text.is_mermaid_file(path)
    with pytest.raises(ModelError, match="not a Mermaid diagram"):
        content_text.read_mermaid_file(path)


@pytest.mark.parametrize("scores, expected", [
    ([3, 4, 7], "Row 4: the score 7 at “Tip van de makelaar” lies outside the scale 1…5."),
    ([9, 4, 7], "2 scores lie outside the scale 1…5; the first in row 2: 9 at "
                "“Tip van de makelaar”."),
])
def test_a_score_outside_the_scale_names_its_row(scores, expected):
    doc = build_sample("schoonmaak", "nl")
    text = "Contactmoment;Score\n" + "".join(f"Tip van de makelaar;{s}\n" for s in scores)
    table = parse_csv_table(text.encode("utf-8"), "enquete.csv")
    spec = sv.SurveySpec(touchpoint="Contactmoment", score="Score", scale=(1, 5))
    with pytest.raises(TableError) as caught:
        sv.plan_survey(doc, doc.journeys()[0], table, spec)
    assert str(caught.value) == expected


@pytest.fixture
def session(qtbot):
    made = DocumentSession(build_sample("schoonmaak", "nl"))
    yield made
    made.close()


def _load(qtbot, dialog, path: Path) -> str:
    with qtbot.waitSignal(dialog.job_finished, timeout=WAIT_MS) as blocker:
        dialog.load_file(path)
    return blocker.args[0]


def test_the_metrics_dialog_points_up_to_its_list_and_forgets_a_refused_file(
        qtbot, session, tmp_path):
    good = tmp_path / "cijfers.csv"
    good.write_text("Contactmoment;NPS\nBestaat niet;5\nLeest beoordelingen;1000\n",
                    encoding="utf-8")
    dialog = MetricsImportDialog(session, session.doc.journeys()[0])
    qtbot.addWidget(dialog)
    assert _load(qtbot, dialog, good) == "read"
    with qtbot.waitSignal(dialog.job_finished, timeout=WAIT_MS) as blocker:
        assert dialog.start_import()
    assert blocker.args == ["failed"]
    status = dialog.status.text()
    assert not status.rstrip().endswith(":") and "listed above" in status, status
    assert status.count("Nothing was imported") == 1, status
    binary = tmp_path / "binary.csv"
    binary.write_bytes(bytes(range(256)) * 4)
    assert _load(qtbot, dialog, binary) == "failed"
    assert dialog.preview.columnCount() == 0 and dialog.metrics_table.rowCount() == 0
    assert dialog.source_edit.text() == ""
