"""A metric's heat map goes with its metric (review defect 8): undoing the metrics import
takes the tint and its legend away, so nothing stale stays on a map whose menu can no
longer switch it off; redo leaves it off (the facilitator switches it on again)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from klantreis_desktop.templates import build_sample
from klantreis_desktop.ui.canvas.scene import JourneyScene
from klantreis_desktop.ui.importing.metrics_dialog import MetricsImportDialog
from klantreis_desktop.ui.session import DocumentSession

WAIT_MS = 60_000  # a ceiling, not a timing assertion
METRICS = """Contactmoment;NPS;Wachttijd
Boekt online een afspraak;32;1,5
Belt over reiskosten en beschikbaarheid;-10;4,25
"""


def test_undoing_the_import_takes_the_metrics_heat_map_and_legend_away(qtbot, tmp_path):
    session = DocumentSession(build_sample("schoonmaak", "nl"))
    holder = QWidget()
    journey = session.doc.journeys()[0]
    scene = JourneyScene(session.doc, journey, session.stack, holder)
    try:
        path = Path(tmp_path / "cijfers.csv")
        path.write_text(METRICS, encoding="utf-8")
        dialog = MetricsImportDialog(session, journey)
        qtbot.addWidget(dialog)
        with qtbot.waitSignal(dialog.job_finished, timeout=WAIT_MS) as blocker:
            dialog.load_file(path)
        assert blocker.args == ["read"]
        with qtbot.waitSignal(dialog.job_finished, timeout=WAIT_MS) as blocker:
            assert dialog.start_import()
        assert blocker.args == ["done"]
        waiting = next(n for n in ("metric:wachttijd", "metric:waiting_time")
                       if n[len("metric:"):] in {d.name for d in _defs(session, journey)})
        scene.set_heat(waiting)
        assert scene.heat is not None and scene.heat.legend
        scene.set_heat("pain")  # an analysis's heat map stays through the undo
        scene.set_heat(waiting)
        session.stack.undo()
        assert scene.heat_mode is None and scene.heat is None
        session.stack.redo()
        assert scene.heat_mode is None and scene.heat is None
        scene.set_heat("pain")
        session.stack.undo()
        assert scene.heat_mode == "pain" and scene.heat is not None
    finally:
        scene.detach()
        QApplication.processEvents()
        holder.deleteLater()
        QApplication.processEvents()
        session.close()


def _defs(session, journey):
    from klantreis_desktop.model.measures import metric_defs

    return metric_defs(session.doc, journey)
