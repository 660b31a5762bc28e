"""Figures imported per segment are shown (review s6, measured #1: a table with a segment
column reported "14 figures imported" and then showed nothing anywhere). The map shows
one segment's figures at a time — every customer's when there are any, else the first
segment's — and the lane menu's "Figures for" chooses another: badges, the metrics lane
and a metric's heat map follow."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMenu, QWidget

from klantreis_desktop.model import kinds as k
from klantreis_desktop.model import measures as m
from klantreis_desktop.model import operations as ops
from klantreis_desktop.templates import build_sample
from klantreis_desktop.ui.canvas import menus
from klantreis_desktop.ui.canvas.scene import JourneyScene
from klantreis_desktop.ui.session import DocumentSession


def _segmented():
    doc = build_sample("schoonmaak", "nl")
    journey = doc.journeys()[0]
    figures = {}
    for i, phase in enumerate(doc.phases(journey)):
        figures[phase] = [m.MetricValue("nps", 40.0 - i, segment="Nieuwe klant"),
                          m.MetricValue("nps", 10.0 + i, segment="Terugkerend")]
    doc.apply(m.update_metrics(doc, journey, figures))
    change = ops.add_lane(doc, journey, "Cijfers", "kpis", 1, shows_figures=True)
    doc.apply(change)
    return doc, journey, ops.created_id(change)


def _badge_texts(scene: JourneyScene) -> dict[str, str]:
    item = scene.measured.badges
    return {} if item is None else {scene.doc.title(b.node): b.text for b in item.badges}


def test_figures_per_segment_only_show_the_first_segment_and_can_be_switched(qtbot):
    doc, journey, lane = _segmented()
    assert m.figure_segments(doc, journey) == ["Nieuwe klant", "Terugkerend"]
    session = DocumentSession(doc)
    holder = QWidget()
    scene = JourneyScene(doc, journey, session.stack, holder)
    try:
        first = doc.phases(journey)[0]
        name = doc.title(first)
        assert scene.figure_segment == "Nieuwe klant"
        assert _badge_texts(scene)[name] == "NPS 40"
        assert scene.metrics_lane.cells[(first, lane)][0].figures == "NPS 40"
        menu = QMenu()
        menus._lane_menu(scene, menu, lane)
        chooser = next(a.menu() for a in menu.actions()
                       if a.menu() is not None and a.menu().objectName()
                       == "figure_segment_menu")
        entries = {a.text(): a.isChecked() for a in chooser.actions()}
        assert entries == {"Every customer": False, "Nieuwe klant": True,
                           "Terugkerend": False}
        next(a for a in chooser.actions() if a.text() == "Terugkerend").trigger()
        assert scene.figure_segment == "Terugkerend"
        assert _badge_texts(scene)[name] == "NPS 10"
        assert scene.metrics_lane.cells[(first, lane)][0].figures == "NPS 10"
        scene.set_heat("metric:nps")
        assert scene.heat is not None
        assert "Terugkerend" in scene.heat.legend
        strongest = max(scene.heat.tints, key=lambda t: t.value)
        assert strongest.value == 10.0 + len(doc.phases(journey)) - 1
        # Figures for every customer come first once there are any.
        doc.apply(m.update_metrics(doc, journey, {first: [m.MetricValue("nps", 25.0)]}))
        scene.set_figure_segment("")
        assert scene.figure_segment == "" and _badge_texts(scene)[name] == "NPS 25"
        assert all(doc.kind(p) == k.PHASE for p in doc.phases(journey))
    finally:
        scene.set_heat(None)
        scene.detach()
        QApplication.processEvents()
        holder.deleteLater()
        QApplication.processEvents()
