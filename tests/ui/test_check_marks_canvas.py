"""On the canvas the check's share labels keep off what the cards show (review defect 5):
the metric badges on a card's top edge and its footer's icons, evidence pill and votes,
where a tight stack leaves only a narrow gap between two cards."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from klantreis_desktop.layout import measured as lm
from klantreis_desktop.model import operations as ops
from klantreis_desktop.ui import commands
from klantreis_desktop.ui.canvas.measured_items import ConformanceView, set_conformance
from klantreis_desktop.ui.canvas.scene import JourneyScene
from klantreis_desktop.ui.session import DocumentSession
from tests.export.test_pdf_check_marks import _figures


def test_share_labels_keep_off_badges_and_footer_marks(qtbot, language="en"):
    doc, journey = _figures()
    session = DocumentSession(doc)
    # The cards' evidence pills are written in the journey's language (review s6 #17):
    # the Dutch "waargenomen" is wider than "observed" (see the test below).
    commands.push(session.stack, doc, ops.update(doc, journey, language=language))
    holder = QWidget()
    scene = JourneyScene(doc, journey, session.stack, holder)
    try:
        layout = scene.layout
        assert layout is not None
        shares = {(r.source, r.target): 0.5 for r in layout.flows}
        set_conformance(doc, journey, ConformanceView(shares, {}, "log.csv"))
        marks = scene.measured.conformance
        assert marks is not None and len(marks.arrows) == len(layout.flows)
        footers = {node: item.footer_marks() for node, item in scene.cards.items()}
        assert any(len(rects) >= 2 for rects in footers.values())  # icons and a pill
        badges = [b.rect for b in scene.measured.badges.badges]
        stacked = [a for a in marks.arrows
                   if len(a.points) == 2 and a.points[0][0] == a.points[1][0]]
        assert len(stacked) >= 4
        for arrow in stacked:
            label = arrow.label_rect
            assert not [b for b in badges if lm._overlap(label, b) > 0], arrow
            hit = [(doc.title(n), r) for n, rects in footers.items() for r in rects
                   if lm._overlap(label, r) > 0]
            assert hit == [], (arrow.label, hit)
    finally:
        set_conformance(doc, journey, None)
        scene.detach()
        QApplication.processEvents()
        holder.deleteLater()
        QApplication.processEvents()
        session.close()


@pytest.mark.xfail(strict=True, reason="known: in a tight stack the Dutch evidence pill "
                   "'waargenomen' fills the footer under the arrow and the share label finds "
                   "no free spot (so in the Dutch interface before review s6 #17 too)")
def test_share_labels_keep_off_the_wider_dutch_footer_marks(qtbot):
    test_share_labels_keep_off_badges_and_footer_marks(qtbot, language="nl")


def test_no_share_label_on_an_arrow_nobody_took(qtbot):
    # As on the poster: the hairline shows it and the analysis panel names it; a "0 %"
    # on every such arrow crowded the canvas.
    doc, journey = _figures()
    session = DocumentSession(doc)
    holder = QWidget()
    scene = JourneyScene(doc, journey, session.stack, holder)
    try:
        layout = scene.layout
        assert layout is not None
        first, *rest = layout.flows
        shares = {(first.source, first.target): 0.4,
                  **{(r.source, r.target): 0.0 for r in rest}}
        set_conformance(doc, journey, ConformanceView(shares, {}, "log.csv"))
        marks = scene.measured.conformance
        assert marks is not None
        assert [a.label for a in marks.arrows] == ["40 %"] + [""] * len(rest)
    finally:
        set_conformance(doc, journey, None)
        scene.detach()
        QApplication.processEvents()
        holder.deleteLater()
        QApplication.processEvents()
