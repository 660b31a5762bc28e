"""The emotion lane's legend is written whole (review s6 #8): it read "Esther Visser,
gemete…", "mediaan, gekleur…" and "! controleer deze …" in a Dutch window; now each
entry wraps between words in the lane header, smaller if need be, and all fits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication, QStyleOptionGraphicsItem, QWidget

from klantreis_desktop import i18n
from klantreis_desktop.ui.app import create_application, install_translations
from klantreis_desktop.ui.canvas.scene import JourneyScene
from klantreis_desktop.ui.canvas.theme import EDITING, PROJECTOR
from klantreis_desktop.ui.session import DocumentSession
from tests.layout.test_curve_labels import surveyed


class Recording(QPainter):
    """A painter that remembers every text drawn into a rect."""

    def __init__(self, image: QImage) -> None:
        super().__init__(image)
        self.texts: list[tuple[str, QRectF]] = []

    def drawText(self, *args):
        if len(args) == 3 and isinstance(args[2], str):
            self.texts.append((args[2], QRectF(args[0])))
        return super().drawText(*args)


@pytest.fixture
def dutch(qapp):
    app = create_application("nl")
    try:
        yield install_translations(app, "nl")
    finally:
        install_translations(app, "en")
        i18n.set_language("en")


@pytest.mark.parametrize("theme", [EDITING, PROJECTOR], ids=["editing", "projector"])
def test_the_emotion_legend_is_written_whole(qtbot, dutch, theme):
    doc, journey = surveyed()
    session = DocumentSession(doc)
    holder = QWidget()
    scene = JourneyScene(doc, journey, session.stack, holder, theme=theme)
    try:
        layout = scene.layout
        header = scene.lanes[layout.emotion_lane]
        legend = [str(entry[0]) for entry in header.look.legend]
        assert len(legend) >= 5  # two personas, their measured curves, median, flag
        assert any("controleer" in text for text in legend)
        image = QImage(800, 800, QImage.Format.Format_ARGB32)
        painter = Recording(image)
        try:
            header.paint(painter, QStyleOptionGraphicsItem())
        finally:
            painter.end()
        drawn = [text for text, _rect in painter.texts]
        assert not [t for t in drawn if "…" in t], drawn
        joined = " ".join(drawn)
        for entry in legend:
            assert entry in joined, (entry, drawn)
        bottom = header.boundingRect().bottom()
        assert all(r.bottom() <= bottom + 0.5 for _t, r in painter.texts), painter.texts
    finally:
        scene.detach()
        QApplication.processEvents()
        holder.deleteLater()
        QApplication.processEvents()
        session.close()
