"""In presenting mode (F5) the metric badges and the check's share labels grow with the
presentation's text (review defect 12: they were a third of the card text's size, too
small to read on a projector), and still hold their text."""

from __future__ import annotations

from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication, QWidget

from klantreis_desktop.layout.badges import inset
from klantreis_desktop.ui.canvas import look
from klantreis_desktop.ui.canvas.measured_items import ConformanceView, set_conformance
from klantreis_desktop.ui.canvas.theme import PROJECTOR
from klantreis_desktop.ui.presenting.stage import PresentationScene
from klantreis_desktop.ui.session import DocumentSession
from tests.layout.test_badge_fit import _figures


def test_presented_badges_and_shares_read_at_the_presentations_text_size(qtbot):
    doc, journey = _figures()
    session = DocumentSession(doc)
    holder = QWidget()
    scene = PresentationScene(doc, journey, session.stack, holder, theme=PROJECTOR)
    try:
        layout = scene.layout
        assert layout is not None
        set_conformance(doc, journey, ConformanceView(
            {(r.source, r.target): 0.5 for r in layout.flows}, {}, "log.csv"))
        card_text = PROJECTOR.options.card_font_size
        badges = scene.measured.badges
        assert badges is not None and badges.badges
        for badge in badges.badges:
            assert badge.font_size >= card_text * 0.75, badge
            width = QFontMetricsF(look.font(badge.font_size)).horizontalAdvance(badge.text)
            assert width <= badge.rect.w - 2 * inset(badge.font_size), badge.text
        marks = scene.measured.conformance
        assert marks is not None and marks.arrows
        # One without a free spot is left out; this Dutch map's wider words ("Wachttijd",
        # "waargenomen") leave fewer spots than an English one (test_check_marks_canvas).
        shown = [a for a in marks.arrows if a.label]
        assert len(shown) >= 0.6 * len(marks.arrows)
        for arrow in shown:
            assert arrow.font_size >= card_text * 0.75
            bold = look.font(arrow.font_size, bold=True)
            assert QFontMetricsF(bold).horizontalAdvance(arrow.label) < arrow.label_rect.w
            assert QFontMetricsF(bold).height() <= arrow.label_rect.h + 1.0
    finally:
        set_conformance(doc, journey, None)
        scene.detach()
        QApplication.processEvents()
        holder.deleteLater()
        QApplication.processEvents()
        session.close()
