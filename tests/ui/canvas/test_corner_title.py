"""The journey title in the corner wraps between words, on the canvas and the projector
(review item 3: "Verhuisschoonmaa / k – huidige reis" when presenting)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter, QUndoStack

from klantreis_desktop.model.builder import build
from klantreis_desktop.ui.canvas.scene import JourneyScene
from klantreis_desktop.ui.canvas.theme import EDITING, PROJECTOR
from tests.ui.canvas.helpers import spec


def _painted_title_lines(title: str, theme) -> list[str]:
    doc = build(spec(title=title))
    journey = doc.journeys()[0]
    assert doc.title(journey) == title
    stack = QUndoStack()
    scene = JourneyScene(doc, journey, stack, theme=theme)
    corner = scene.corner
    assert corner is not None
    image = QImage(600, 400, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    box = corner.sceneBoundingRect()
    scene.render(painter, QRectF(0, 0, box.width(), box.height()), box)
    painter.end()
    wrapped = corner._fitted[0] if getattr(corner, "_fitted", None) else corner._title._value[0]
    text = wrapped.text()
    lines = [wrapped.lineAt(i) for i in range(wrapped.lineCount())]
    return [text[line.textStart():line.textStart() + line.textLength()] for line in lines]


@pytest.mark.parametrize("theme", [PROJECTOR, EDITING], ids=["projector", "editing"])
def test_the_corner_title_breaks_between_words(qapp, theme):
    title = "Verhuisschoonmaak – huidige reis"
    lines = _painted_title_lines(title, theme)
    assert len(lines) >= 2
    words = title.split()
    for line in lines:
        for word in line.split():
            assert word in words, (word, lines)


def test_a_word_wider_than_the_corner_is_shortened_not_split(qapp):
    title = "Klantcontactmomentenoptimalisatieprogramma overzicht"
    lines = _painted_title_lines(title, PROJECTOR)
    first = lines[0].split()[0]
    assert first.endswith("…") and "Klantcontact" in first
    assert all(not line.strip().startswith(("a", "ma")) for line in lines[1:])
    assert lines[-1].strip().endswith("overzicht")
