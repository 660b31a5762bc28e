"""The metrics dialog's guess for each column (issue 19 review, defect 2): a column it does
not recognise was pre-set to NPS and imported as NPS without a word. It must default to
an own metric named after the column, an empty column to "not imported"; two columns on
one metric are refused naming both; the CLI's guess never calls them NPS either."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from klantreis_desktop import storage
from klantreis_desktop.analysis import metrics_import as mi
from klantreis_desktop.analysis.sheets import TableError, parse_csv_table
from klantreis_desktop.cli import main
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model import measures as m
from klantreis_desktop.templates import build_sample
from klantreis_desktop.ui.importing.metrics_dialog import MetricsImportDialog
from klantreis_desktop.ui.session import DocumentSession

WAIT_MS = 60_000  # a ceiling, not a timing assertion
TABLE = ("Contactmoment;Klantscore;Gem. wachttijd;Avg waiting time;Leeg\n"
         "Tip van de makelaar;7,5;2,5;3;\n"
         "Leest beoordelingen;8,1;1;2;\n")


@pytest.fixture
def session(qtbot):
    made = DocumentSession(build_sample("schoonmaak", "nl"))
    yield made
    made.close()


def _dialog(qtbot, session, path: Path) -> MetricsImportDialog:
    dialog = MetricsImportDialog(session, session.doc.journeys()[0])
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.job_finished, timeout=WAIT_MS) as blocker:
        dialog.load_file(path)
    assert blocker.args == ["read"], dialog.status.text()
    return dialog


def _row(dialog: MetricsImportDialog, row: int) -> tuple[bool, str, str]:
    item = dialog.metrics_table.item(row, 0)
    combo = dialog.metrics_table.cellWidget(row, 1)
    assert item is not None and isinstance(combo, QComboBox)
    return (item.checkState() == Qt.CheckState.Checked, str(combo.currentData()),
            combo.currentText())


def test_unknown_columns_default_to_own_metrics_and_an_empty_one_to_not_imported(
        qtbot, session, tmp_path):
    path = tmp_path / "cijfers.csv"
    path.write_text(TABLE, encoding="utf-8")
    dialog = _dialog(qtbot, session, path)
    assert _row(dialog, 1) == (True, "klantscore", "“Klantscore” (own metric)")
    assert _row(dialog, 2)[:2] == (True, "waiting_time")  # "Gem." = average
    assert _row(dialog, 3)[:2] == (True, "waiting_time")
    assert not _row(dialog, 4)[0]  # no figure in it: not imported
    dialog.set_metric_column(3, False)
    with qtbot.waitSignal(dialog.job_finished, timeout=WAIT_MS) as blocker:
        assert dialog.start_import()
    assert blocker.args == ["done"], dialog.status.text()
    doc = session.doc
    card = next(c for c in doc.parts(doc.journeys()[0], k.TOUCHPOINT)
                if doc.title(c) == "Tip van de makelaar")
    assert {v.metric for v in m.metrics_of(doc, card)} == {"klantscore", "waiting_time"}
    assert "Klantscore" in dialog.status.text()  # says what it imported


def test_two_columns_on_one_metric_are_refused_naming_both(qtbot, session, tmp_path):
    path = tmp_path / "cijfers.csv"
    path.write_text(TABLE, encoding="utf-8")
    dialog = _dialog(qtbot, session, path)
    with qtbot.waitSignal(dialog.job_finished, timeout=WAIT_MS) as blocker:
        assert dialog.start_import()
    assert blocker.args == ["failed"]
    text = "\n".join([dialog.status.text(), *dialog.problem_lines()])
    assert "“Gem. wachttijd”" in text and "“Avg waiting time”" in text, text


def test_the_plan_names_both_columns():
    table = parse_csv_table(TABLE.encode("utf-8"), "t.csv")
    spec = mi.MetricsSpec(0, (mi.MetricColumn(1, "nps"), mi.MetricColumn(2, "nps")))
    with pytest.raises(TableError, match="“Klantscore” and “Gem. wachttijd”"):
        mi.plan_metrics(build_sample("schoonmaak", "nl"),
                        build_sample("schoonmaak", "nl").journeys()[0], table, spec)


def test_the_cli_imports_an_unknown_column_as_its_own_metric_and_skips_an_empty_one(
        tmp_path, capsys):
    target = tmp_path / "reis.klantreis"
    storage.save(build_sample("schoonmaak", "nl"), target)
    path = tmp_path / "cijfers.csv"
    path.write_text("Contactmoment;Klantscore;Leeg\nTip van de makelaar;7,5;\n",
                    encoding="utf-8")
    assert main(["--lang", "en", "import-metrics", str(path), "--into", str(target),
                 "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert [d["name"] for d in found["metrics"]] == ["klantscore"]
    assert [d["label"] for d in found["metrics"]] == ["Klantscore"]
