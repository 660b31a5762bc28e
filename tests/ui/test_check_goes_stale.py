"""A check against an event log is a view of the map as it was checked (review s6 #5):
after an edit of its touchpoints or flow arrows the canvas stops painting the old shares
and the analysis panel says the map changed since the check; undoing back to the
checked map shows the check again."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

from klantreis_desktop.analysis import conformance as cf
from klantreis_desktop.analysis.path_table import PathTable, variants_of
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model import operations as ops
from klantreis_desktop.templates import build_sample
from klantreis_desktop.ui.canvas.measured_items import conformance_of, set_conformance
from klantreis_desktop.ui.canvas.scene import JourneyScene
from klantreis_desktop.ui.commands import push
from klantreis_desktop.ui.docks.fit_tree import FitTree
from klantreis_desktop.ui.docks.measured_findings import fill_measured
from klantreis_desktop.ui.importing.conformance_dialog import show_result
from klantreis_desktop.ui.session import DocumentSession

AD = "Ziet advertentie ‘schoon opleveren’"
SEARCH = "Zoekt ‘schoonmaak na verhuizing’"
COMPARE = "Vergelijkt prijzen en wat er wordt schoongemaakt"


def _panel_texts(doc, journey) -> list[str]:
    tree = FitTree()
    try:
        fill_measured(tree, doc, journey)
        return [item.text(0) for item in tree.all_items()]
    finally:
        tree.deleteLater()


def _checked():
    doc = build_sample("schoonmaak", "nl")
    journey = doc.journeys()[0]
    table = PathTable(variants_of([((AD, SEARCH, COMPARE), 10), ((AD, SEARCH), 5)]),
                      "log.csv")
    return doc, journey, cf.check_conformance(doc, journey, table)


def _by_title(doc, journey, title):
    return next(n for n in doc.parts(journey, k.TOUCHPOINT) if doc.title(n) == title)


def test_a_rename_makes_the_check_stale_and_undo_brings_it_back(qtbot):
    doc, journey, result = _checked()
    session = DocumentSession(doc)
    holder = QWidget()
    scene = JourneyScene(doc, journey, session.stack, holder)
    try:
        show_result(doc, journey, result)
        assert scene.measured.conformance is not None
        assert any("follow the map" in t for t in _panel_texts(doc, journey))

        push(session.stack, doc, ops.update(doc, _by_title(doc, journey, SEARCH),
                                            title="Zoekt op Google"))
        assert scene.measured.conformance is None  # no old shares on the changed map
        assert conformance_of(doc, journey) is None  # nor on the poster
        texts = _panel_texts(doc, journey)
        assert any("Map changed since the check" in t for t in texts), texts
        assert not any("follow the map" in t for t in texts)

        session.stack.undo()
        assert scene.measured.conformance is not None
        assert conformance_of(doc, journey) is not None
        assert any("follow the map" in t for t in _panel_texts(doc, journey))
    finally:
        set_conformance(doc, journey, None)
        scene.detach()
        QApplication.processEvents()
        holder.deleteLater()
        QApplication.processEvents()
        session.close()


def test_a_new_or_removed_arrow_makes_the_check_stale(qtbot):
    doc, journey, result = _checked()
    session = DocumentSession(doc)
    holder = QWidget()
    scene = JourneyScene(doc, journey, session.stack, holder)
    try:
        show_result(doc, journey, result)
        ad, compare = _by_title(doc, journey, AD), _by_title(doc, journey, COMPARE)
        push(session.stack, doc, ops.connect_flow(doc, ad, compare))
        assert scene.measured.conformance is None
        session.stack.undo()
        assert scene.measured.conformance is not None
        source, target = doc.flows(journey)[0]
        push(session.stack, doc, ops.disconnect_flow(doc, source, target))
        assert scene.measured.conformance is None
        # An edit that changes no touchpoint or arrow keeps the check.
        session.stack.undo()
        lane = doc.lanes(journey)[0]
        push(session.stack, doc, ops.update(doc, lane, title="Stappen"))
        assert scene.measured.conformance is not None
    finally:
        set_conformance(doc, journey, None)
        scene.detach()
        QApplication.processEvents()
        holder.deleteLater()
        QApplication.processEvents()
        session.close()
