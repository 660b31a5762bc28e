"""On the canvas a metric badge holds its text in the font it is painted in (review
defect 6: "NPS −5 +3" had its edge cut): measured with Qt's metrics, not guessed."""

from __future__ import annotations

from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QWidget

from klantreis_desktop.layout.badges import inset
from klantreis_desktop.ui.canvas import look
from klantreis_desktop.ui.canvas.scene import JourneyScene
from klantreis_desktop.ui.session import DocumentSession
from tests.layout.test_badge_fit import _figures


def test_canvas_badges_hold_their_text_in_the_painted_font(qtbot):
    doc, journey = _figures()
    session = DocumentSession(doc)
    holder = QWidget()
    scene = JourneyScene(doc, journey, session.stack, holder)
    try:
        item = scene.measured.badges
        assert item is not None and item.badges
        for badge in item.badges:
            size = getattr(badge, "font_size", 9.0)
            width = QFontMetricsF(look.font(size)).horizontalAdvance(badge.text)
            assert width <= badge.rect.w - 2 * inset(size), (badge.text, badge.rect.w)
    finally:
        scene.clear()
        holder.deleteLater()
