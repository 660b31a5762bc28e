"""The desktop side of measured journeys (issue 19): the metrics and survey imports with
their column mapping, worker and refusals, the check against an event log, and what the
canvas, the presentation and the analysis panel then show."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QApplication, QWidget

from klantreis_desktop.model import kinds as k
from klantreis_desktop.model import measures as m
from klantreis_desktop.model.queries import flow_graph
from klantreis_desktop.templates import build_sample
from klantreis_desktop.ui.canvas.measured_items import conformance_of, set_conformance
from klantreis_desktop.ui.canvas.scene import JourneyScene
from klantreis_desktop.ui.importing.conformance_dialog import ConformanceDialog
from klantreis_desktop.ui.importing.metrics_dialog import MetricsImportDialog
from klantreis_desktop.ui.importing.survey_dialog import SurveyImportDialog
from klantreis_desktop.ui.presenting.stage import PresentationScene
from klantreis_desktop.ui.session import DocumentSession

WAIT_MS = 60_000  # a ceiling, not a timing assertion

METRICS = """Contactmoment;NPS;Conversie (%);Wachttijd;Datum
Boekt online een afspraak;32;12,5%;1,5;30-09-2026
Belt over reiskosten en beschikbaarheid;-10;;4,25;30-09-2026
Aankoop;15;8;;30-09-2026
"""
BAD_METRICS = """Contactmoment;NPS;Conversie (%)
Boekt online een afspraak;32;1000000000
Bestaat niet;5;10
"""


def _state(doc):
    return {n: dict(d) for n, d in doc.graph.nodes(data=True)}


@pytest.fixture
def session(qtbot):
    made = DocumentSession(build_sample("schoonmaak", "nl"))
    yield made
    made.close()


@pytest.fixture
def scenes(qtbot):
    """Makes scenes the test holds until their pending Qt events ran and Qt deleted them:
    a Python scene whose wrapper goes first while Qt still owes it an update crashes."""
    made: list[tuple[QWidget, JourneyScene]] = []

    def make(session, journey, kind=JourneyScene) -> JourneyScene:
        holder = QWidget()
        scene = kind(session.doc, journey, session.stack, holder)
        made.append((holder, scene))
        return scene

    yield make
    for _holder, scene in made:
        scene.detach()
    QApplication.processEvents()
    for holder, _scene in made:
        holder.deleteLater()
    QApplication.processEvents()
    made.clear()


def _journey(session):
    return session.doc.journeys()[0]


def _read(qtbot, dialog, path: Path) -> None:
    with qtbot.waitSignal(dialog.job_finished, timeout=WAIT_MS) as blocker:
        dialog.load_file(path)
    assert blocker.args == ["read"], dialog.status.text()


def _import(qtbot, dialog) -> str:
    with qtbot.waitSignal(dialog.job_finished, timeout=WAIT_MS) as blocker:
        assert dialog.start_import()
    return blocker.args[0]


def test_metrics_import_guesses_the_mapping_and_is_one_undo_step(qtbot, session, tmp_path):
    journey = _journey(session)
    path = tmp_path / "cijfers.csv"
    path.write_text(METRICS, encoding="utf-8")
    dialog = MetricsImportDialog(session, journey)
    qtbot.addWidget(dialog)
    before = _state(session.doc)
    _read(qtbot, dialog, path)
    spec = dialog.spec()
    assert spec is not None and spec.key == 0 and spec.date == 4
    assert [c.metric for c in spec.metrics] == ["nps", "conversion", "waiting_time"]
    assert [c.unit for c in spec.metrics][1] == "%"
    assert _import(qtbot, dialog) == "done", dialog.status.text()
    assert session.stack.count() == 1 and dialog.pushed
    online = next(n for n in session.doc.parts(journey, k.TOUCHPOINT)
                  if session.doc.title(n) == "Boekt online een afspraak")
    figure = m.metric_value(session.doc, online, "conversion")
    assert figure is not None and figure.value == 12.5 and figure.source == "cijfers.csv"
    assert figure.date == "2026-09-30" and figure.evidence == "observed"
    session.stack.undo()
    assert _state(session.doc) == before


def test_the_metrics_mapping_gets_the_room_at_1280_by_800(qtbot, session, tmp_path):
    """Review: at 1280×800 the mapping table showed about three rows (one with the problems
    shown) and the key column's combo read "Contactn"."""
    from PySide6.QtWidgets import QApplication

    journey = _journey(session)
    path = tmp_path / "cijfers.csv"
    path.write_text("Contactmoment;NPS;CSAT;Wachttijd (min);Uitval;Aantal\n"
                    "Boekt online een afspraak;1;62,1%;12,1;3,6;3.043\n"
                    "Bestaat niet;5;60%;1;1;1\n", encoding="utf-8")
    dialog = MetricsImportDialog(session, journey)
    qtbot.addWidget(dialog)
    # What fit_to_screen picks on a 1280×800 screen less its panels: at most 980×720.
    assert dialog.minimumWidth() <= 1240 and dialog.minimumHeight() <= 720
    dialog.resize(980, 720)
    dialog.show()
    qtbot.waitExposed(dialog)
    _read(qtbot, dialog, path)
    assert _import(qtbot, dialog) == "failed"
    assert dialog.problems.isVisible()
    QApplication.processEvents()
    table = dialog.metrics_table
    rows = table.viewport().height() / table.rowHeight(0)
    assert rows >= 5.5, rows  # every column of this table, the problems shown too
    key = dialog.key_combo
    assert key.width() >= key.fontMetrics().horizontalAdvance("Contactmoment") + 20


def test_a_refused_metrics_table_lists_every_problem_and_changes_nothing(qtbot, session,
                                                                       tmp_path):
    path = tmp_path / "fout.csv"
    path.write_text(BAD_METRICS, encoding="utf-8")
    dialog = MetricsImportDialog(session, _journey(session))
    qtbot.addWidget(dialog)
    before = _state(session.doc)
    _read(qtbot, dialog, path)
    assert _import(qtbot, dialog) == "failed"
    assert dialog.status.text().startswith("Nothing was imported")
    lines = dialog.problem_lines()
    assert any("Bestaat niet" in line and "row 3" in line for line in lines), lines
    assert any(line.startswith("Row 2:") and "percentage" in line for line in lines), lines
    assert dialog.problems.isVisible() or not dialog.isVisible()
    assert session.stack.count() == 0 and _state(session.doc) == before
    # Unticking the broken column and skipping unknown names imports the rest.
    dialog.set_metric_column(2, False)
    dialog.skip_check.setChecked(True)
    assert _import(qtbot, dialog) == "done"
    assert session.stack.count() == 1
    assert any("Bestaat niet" in line for line in dialog.problem_lines())


def test_no_figure_column_ticked_is_said_before_any_work(qtbot, session, tmp_path):
    path = tmp_path / "cijfers.csv"
    path.write_text(METRICS, encoding="utf-8")
    dialog = MetricsImportDialog(session, _journey(session))
    qtbot.addWidget(dialog)
    _read(qtbot, dialog, path)
    for column in (1, 2, 3):
        dialog.set_metric_column(column, False)
    assert not dialog.start_import()
    assert "Tick at least one column" in dialog.status.text()


def test_cancel_throws_the_work_away(qtbot, session, tmp_path):
    path = tmp_path / "cijfers.csv"
    path.write_text(METRICS, encoding="utf-8")
    dialog = MetricsImportDialog(session, _journey(session))
    qtbot.addWidget(dialog)
    _read(qtbot, dialog, path)

    def waits_for_cancel(progress, cancel):
        assert cancel.wait(WAIT_MS / 1000)
        return dialog.table

    with qtbot.waitSignal(dialog.job_finished, timeout=WAIT_MS) as blocker:
        dialog._run(waits_for_cancel, dialog._planned)
        assert dialog.cancel_button.isEnabled()
        dialog.cancel_job()
    assert blocker.args == ["cancelled"]
    assert session.stack.count() == 0 and "nothing was imported" in dialog.status.text()


def _survey_file(tmp_path: Path) -> Path:
    lines = ["Respondent;Persona;Team komt langs — op tijd?;Boekt online een afspraak"]
    lines += [f"R{i};Esther Visser;{9 if i % 3 else 7};{6 if i % 2 else 8}"
              for i in range(12)]
    path = tmp_path / "enquete.csv"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_a_survey_becomes_a_measured_curve_with_flags_on_the_canvas(qtbot, session, tmp_path, scenes):
    journey = _journey(session)
    dialog = SurveyImportDialog(session, journey)
    qtbot.addWidget(dialog)
    _read(qtbot, dialog, _survey_file(tmp_path))
    spec = dialog.spec()
    assert spec is not None and spec.segment == 1
    assert [c for c, _ in spec.columns] == [2, 3]  # not the respondent, not the persona
    assert _import(qtbot, dialog) == "done", dialog.status.text()
    assert "1 assumption to check" in dialog.status.text()  # one flag (the team's visit)
    assert session.stack.count() == 1
    scene = scenes(session, journey)
    try:
        item = scene.measured.curves
        assert item is not None and len(item.curves) == 1
        team = next(n for n in session.doc.parts(journey, k.TOUCHPOINT)
                    if session.doc.title(n) == "Team komt langs — op tijd?")
        assert team in item.flagged()
        # Undo takes the curve away again (the scene follows the model).
        session.stack.undo()
        assert scene.measured.curves is None
    finally:
        scene.detach()


def test_the_chosen_threshold_is_kept_and_the_canvas_flags_follow_it(qtbot, session,
                                                                   tmp_path, scenes):
    """Issue 19's "chosen threshold" in the GUI: the survey dialog offers the journey's
    own, the import keeps a new one (same undo step), and the flags follow any change."""
    from klantreis_desktop.model.operations import update
    from klantreis_desktop.ui.commands import ChangeCommand

    journey = _journey(session)
    dialog = SurveyImportDialog(session, journey)
    qtbot.addWidget(dialog)
    assert dialog.threshold_spin.value() == 1.0
    _read(qtbot, dialog, _survey_file(tmp_path))
    dialog.threshold_spin.setValue(4.0)
    assert _import(qtbot, dialog) == "done", dialog.status.text()
    assert session.stack.count() == 1 and m.threshold_of(session.doc, journey) == 4.0
    scene = scenes(session, journey)
    team = next(n for n in session.doc.parts(journey, k.TOUCHPOINT)
                if session.doc.title(n) == "Team komt langs — op tijd?")
    try:
        item = scene.measured.curves
        assert item is not None and team not in item.flagged()
        session.stack.push(ChangeCommand(session.doc, update(session.doc, journey,
                                                             assumption_threshold=1.0)))
        assert team in scene.measured.curves.flagged()
        session.stack.undo()
        assert team not in scene.measured.curves.flagged()
        session.stack.undo()  # the import: scores and its threshold together
        assert m.threshold_of(session.doc, journey) == 1.0 and scene.measured.curves is None
    finally:
        scene.detach()


def test_the_survey_dialog_writes_scales_with_minus_signs_and_whole_names(qtbot, session,
                                                                          tmp_path):
    dialog = SurveyImportDialog(session, _journey(session))
    qtbot.addWidget(dialog)
    _read(qtbot, dialog, _survey_file(tmp_path))
    scales = [dialog.scale_combo.itemText(i) for i in range(dialog.scale_combo.count())]
    assert scales[:2] == ["Detect automatically", "−2 … +2"]
    assert not any("-" in text or "..." in text for text in scales)
    combo = dialog.persona_combo
    needed = combo.fontMetrics().horizontalAdvance(combo.itemText(0))
    assert combo.sizeHint().width() > needed  # "everyone (no persona)" is not cut


def test_a_long_survey_is_mapped_by_its_two_columns(qtbot, session, tmp_path):
    path = tmp_path / "lang.csv"
    rows = ["Klant;Contactmoment;Score"] + [f"K{i};Boekt online een afspraak;{i % 5 + 1}"
                                           for i in range(10)]
    path.write_text("\n".join(rows), encoding="utf-8")
    dialog = SurveyImportDialog(session, _journey(session))
    qtbot.addWidget(dialog)
    _read(qtbot, dialog, path)
    assert dialog.shape_combo.currentData() == "long"
    spec = dialog.spec()
    assert (spec.touchpoint, spec.score) == (1, 2)
    assert _import(qtbot, dialog) == "done", dialog.status.text()


def _walk(doc, journey) -> list[str]:
    graph = flow_graph(doc, journey)
    node = next(n for n in graph if graph.in_degree(n) == 0 and graph.out_degree(n))
    walk = [node]
    while (after := sorted(graph.successors(walk[-1]))) and after[0] not in walk:
        walk.append(after[0])
    return [doc.title(n) for n in walk]


def test_the_check_against_a_log_paints_shares_and_drop_outs(qtbot, session, tmp_path, scenes):
    doc, journey = session.doc, _journey(session)
    walk = _walk(doc, journey)
    assert len(walk) >= 3
    lines = ["Klantnummer;Datum;Contactmoment"]
    for customer in range(20):
        steps = walk if customer % 4 else walk[:2] + ["Chat met de planner"]
        lines += [f"K{customer};{1 + i:02d}-03-2024 10:00;{step}" for i, step in enumerate(steps)]
    path = tmp_path / "log.csv"
    path.write_text("\n".join(lines), encoding="utf-8")
    dialog = ConformanceDialog(session, journey)
    qtbot.addWidget(dialog)
    scene = scenes(session, journey)
    try:
        assert dialog.load_file(path)
        assert dialog.columns.chosen("touchpoint") == 2  # guessed from "Contactmoment"
        with qtbot.waitSignal(dialog.job_finished, timeout=WAIT_MS) as blocker:
            assert dialog.start_check()
        assert blocker.args == ["done"], dialog.status.text()
        result = dialog.checked
        assert result is not None and result.customers == 20
        assert "Chat met de planner" in dialog.mapping_combos
        items = scene.measured.conformance
        assert items is not None and items.arrows
        assert max(a.share for a in items.arrows) == pytest.approx(1.0)
        assert conformance_of(doc, journey) is not None
        # The room sees it too: a presentation's scene of the same journey.
        shown = scenes(session, journey, PresentationScene)
        assert shown.measured.conformance is not None
        # Mapping the unknown step to a touchpoint and checking again uses it.
        combo = dialog.mapping_combos["Chat met de planner"]
        combo.setCurrentIndex(1)
        with qtbot.waitSignal(dialog.job_finished, timeout=WAIT_MS):
            assert dialog.check_again()
        assert "Chat met de planner" in dialog.checked.mapping
        assert session.stack.count() == 0  # a view, nothing to undo
        set_conformance(doc, journey, None)
        assert scene.measured.conformance is None
    finally:
        scene.detach()


def test_an_unreadable_log_is_refused_in_plain_words(qtbot, session, tmp_path):
    path = tmp_path / "leeg.csv"
    path.write_bytes(b"\x00\x01\x02binary")
    dialog = ConformanceDialog(session, _journey(session))
    qtbot.addWidget(dialog)
    assert not dialog.load_file(path)  # the preview already says what is wrong
    assert dialog.status.text()
    assert not dialog.start_check()
    assert conformance_of(session.doc, _journey(session)) is None


def _segment_log(tmp_path: Path, walk: list[str]) -> Path:
    """Columns in an order no guess gets right, a segment column, an unknown step."""
    lines = ["Stap;Wanneer;Wie;Doelgroep;Kanaal"]
    for customer in range(12):
        group = "Studenten" if customer % 3 == 0 else "Gezinnen"
        steps = walk if group == "Gezinnen" else walk[:1] + ["Vraagt korting"]
        lines += [f"{step};{1 + i:02d}-03-2024 10:00;C{customer};{group};web"
                  for i, step in enumerate(steps)]
    path = tmp_path / "segmenten.csv"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_the_log_check_has_column_choosers_and_a_segment_chooser(qtbot, session, tmp_path,
                                                                 scenes):
    doc, journey = session.doc, _journey(session)
    walk = _walk(doc, journey)
    dialog = ConformanceDialog(session, journey)
    qtbot.addWidget(dialog)
    scene = scenes(session, journey)
    try:
        assert dialog.load_file(_segment_log(tmp_path, walk))
        columns = dialog.columns
        assert columns.preview.rowCount() > 0 and columns.chosen("segment") == 3
        # "Stap" and "Wie" are no names the guess knows: the facilitator chooses them.
        for role, column in (("touchpoint", 0), ("timestamp", 1), ("customer", 2),
                             ("channel", 4)):
            combo = columns.role_combos[role]
            combo.setCurrentIndex(combo.findData(column))
        with qtbot.waitSignal(dialog.job_finished, timeout=WAIT_MS) as blocker:
            assert dialog.start_check()
        assert blocker.args == ["done"], dialog.status.text()
        assert dialog.checked.customers == 12
        # The step no touchpoint has is listed with a chooser, never dropped silently.
        assert "Vraagt korting" in dialog.mapping_combos
        assert [m.name for m in dialog.checked.missing] == ["Vraagt korting"]
        texts = [dialog.findings.item(i).text() for i in range(dialog.findings.count())]
        assert any("Vraagt korting" in t for t in texts)
        segments = [dialog.segment_combo.itemText(i)
                    for i in range(dialog.segment_combo.count())]
        assert segments[1:] == ["Gezinnen", "Studenten"] and dialog.segment_combo.isVisibleTo(
            dialog)
        with qtbot.waitSignal(dialog.job_finished, timeout=WAIT_MS):
            dialog.segment_combo.setCurrentIndex(segments.index("Gezinnen"))
        assert dialog.checked.segment == "Gezinnen" and dialog.checked.customers == 8
        assert dialog.checked.fitting == 8  # the families walk the map
        assert scene.measured.conformance is not None
        # Same columns again: the log is not read a second time.
        with qtbot.waitSignal(dialog.job_finished, timeout=WAIT_MS):
            assert dialog.start_check()
        assert dialog.read_with is not None and dialog.checked.segment == "Gezinnen"
        assert session.stack.count() == 0
    finally:
        scene.detach()


def test_a_missing_column_choice_is_said_before_any_reading(qtbot, session, tmp_path):
    dialog = ConformanceDialog(session, _journey(session))
    qtbot.addWidget(dialog)
    assert dialog.load_file(_segment_log(tmp_path, ["A", "B"]))
    combo = dialog.columns.role_combos["customer"]
    combo.setCurrentIndex(combo.findData(None) if combo.findData(None) >= 0 else -1)
    assert not dialog.start_check()
    assert dialog.worker is None and dialog.status.text()


def test_a_path_table_needs_no_columns(qtbot, session, tmp_path):
    doc, journey = session.doc, _journey(session)
    walk = _walk(doc, journey)
    path = tmp_path / "paden.csv"
    path.write_text("segment;path;customers\n;" + "|".join(walk) + ";40\n;"
                    + "|".join(walk[:2]) + ";10\n", encoding="utf-8")
    dialog = ConformanceDialog(session, journey)
    qtbot.addWidget(dialog)
    assert dialog.load_file(path)
    assert not dialog.columns.preview.isVisibleTo(dialog)
    with qtbot.waitSignal(dialog.job_finished, timeout=WAIT_MS) as blocker:
        assert dialog.start_check()
    assert blocker.args == ["done"], dialog.status.text()
    assert dialog.checked.customers == 50 and dialog.checked.fitting == 40
    set_conformance(doc, journey, None)


def test_heat_map_by_metric(qtbot, session, tmp_path, scenes):
    doc, journey = session.doc, _journey(session)
    path = tmp_path / "cijfers.csv"
    path.write_text(METRICS, encoding="utf-8")
    dialog = MetricsImportDialog(session, journey)
    qtbot.addWidget(dialog)
    _read(qtbot, dialog, path)
    assert _import(qtbot, dialog) == "done"
    scene = scenes(session, journey)
    try:
        scene.set_heat("metric:waiting_time")
        tints = {t.key: t for t in scene.heat.tints}
        colours = {doc.title(key[1]): t.colour for key, t in tints.items() if key[1]}
        # Waiting: less is better, so the shortest wait is green and the longest red.
        assert colours["Boekt online een afspraak"] != colours[
            "Belt over reiskosten en beschikbaarheid"]
        assert "Waiting time" in scene.heat.legend
        assert scene.measured.badges is not None and len(scene.measured.badges.badges) == 3
        # The badges show the heat map's metric first, and go back when it is off.
        texts = {doc.title(b.node): b.text for b in scene.measured.badges.badges}
        assert texts["Boekt online een afspraak"].startswith("Wachttijd 1,5")  # the map's
        scene.set_heat(None)
        texts = {doc.title(b.node): b.text for b in scene.measured.badges.badges}
        assert texts["Boekt online een afspraak"].startswith("NPS 32")
        # The tooltip lists every figure ("+2" hides two), on the badge only.
        item = scene.measured.badges
        online = next(b for b in item.badges if doc.title(b.node) == "Boekt online een afspraak")
        tip = item.tooltip_at(*online.rect.center).splitlines()
        assert tip[0] == "Boekt online een afspraak" and len(tip) == 4
        assert any(line.startswith("Waiting time 1.5") for line in tip)  # the interface's
        assert item.tooltip_at(-100.0, -100.0) == ""
        assert not item.shape().contains(QPointF(-100.0, -100.0))
        with pytest.raises(ValueError):
            scene.set_heat("metric:")
    finally:
        scene.detach()


def test_the_emotion_lanes_legend_names_the_measured_curves(qtbot, session, scenes):
    from klantreis_desktop.analysis import survey as sv
    from klantreis_desktop.analysis.sheets import parse_csv_table

    doc, journey = session.doc, _journey(session)
    lines = ["Respondent;Segment;Team komt langs — op tijd?"]
    lines += [f"R{i};Zakelijk;{9 + i % 2}" for i in range(8)]
    table = parse_csv_table("\n".join(lines).encode(), "enquete.csv")
    session.push(sv.plan_survey(doc, journey, table, sv.SurveySpec(segment="Segment")).change)
    scene = scenes(session, journey)
    layout = scene.layout
    header = scene.lanes[layout.emotion_lane]
    names = [entry[0] for entry in header.look.legend]
    # Drawn on the map: in the (Dutch) journey's language, as on its poster (review s6 #17).
    assert "Zakelijk, gemeten" in names
    assert any("mediaan" in name for name in names)
    assert any("controleer deze aanname" in name for name in names)


def test_painting_the_measured_layer_leaves_the_shared_colours_opaque(qtbot, session, scenes):
    """Review: after a survey the curves, labels and shares were faint — painting the band
    made the cached persona colour (and the share colour) translucent for everyone."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter

    from klantreis_desktop.analysis import survey as sv
    from klantreis_desktop.analysis.sheets import parse_csv_table
    from klantreis_desktop.ui.canvas import look
    from klantreis_desktop.ui.canvas.measured_items import CONFORMANCE_COLOUR, ConformanceView

    doc, journey = session.doc, _journey(session)
    lines = ["Respondent;Persona;Team komt langs — op tijd?"]
    lines += [f"R{i};Esther Visser;{9 + i % 2}" for i in range(8)]
    table = parse_csv_table("\n".join(lines).encode(), "enquete.csv")
    session.push(sv.plan_survey(doc, journey, table, sv.SurveySpec(segment="Persona")).change)
    scene = scenes(session, journey)
    flow = scene.layout.flows[0]
    set_conformance(doc, journey, ConformanceView({(flow.source, flow.target): 0.5}, {}))
    try:
        image = QImage(400, 300, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        scene.render(painter, QRectF(0, 0, 400, 300), scene.sceneRect())
        painter.end()
        esther = next(p for p in doc.personas() if doc.title(p) == "Esther Visser")
        assert look.colour(str(doc.get(esther, "colour"))).alpha() == 255
        assert look.colour(CONFORMANCE_COLOUR).alpha() == 255
    finally:
        set_conformance(doc, journey, None)


def test_cancel_while_the_log_is_read_keeps_the_last_check_and_reads_again_later(
        qtbot, session, tmp_path, scenes):
    doc, journey = session.doc, _journey(session)
    walk = _walk(doc, journey)
    dialog = ConformanceDialog(session, journey)
    qtbot.addWidget(dialog)
    scene = scenes(session, journey)
    try:
        assert dialog.load_file(_segment_log(tmp_path, walk))
        for role, column in (("touchpoint", 0), ("timestamp", 1), ("customer", 2)):
            combo = dialog.columns.role_combos[role]
            combo.setCurrentIndex(combo.findData(column))
        with qtbot.waitSignal(dialog.job_finished, timeout=WAIT_MS) as blocker:
            assert dialog.start_check()
            assert dialog.cancel_button.isVisibleTo(dialog) and dialog.progress.isVisibleTo(
                dialog)
            dialog.cancel_job()  # before the worker's answer reaches the GUI thread
        assert blocker.args == ["cancelled"]
        assert dialog.status.text() and dialog.paths is None and dialog.checked is None
        assert conformance_of(doc, journey) is None and scene.measured.conformance is None
        assert dialog.check_button.isEnabled() and not dialog.cancel_button.isVisibleTo(dialog)
        with qtbot.waitSignal(dialog.job_finished, timeout=WAIT_MS) as blocker:
            assert dialog.start_check()
        assert blocker.args == ["done"] and dialog.checked.customers == 12
        assert scene.measured.conformance is not None
    finally:
        set_conformance(doc, journey, None)
        scene.detach()
