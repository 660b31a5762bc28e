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


@pytest.mark.parametrize("theme", [PROJECTOR, EDITING], ids=["projector", "editing"])
def test_a_title_longer_than_the_corner_ends_in_an_ellipsis(qapp, theme):
    """Review s6 #7: F5 showed "From first message to satisfied", the word "customer"
    clipped off at the bottom with nothing to mark the cut."""
    title = " ".join(["From first message to satisfied customer, with every step of "
                      "the onboarding and the first invoice"] * 4)  # above the row's cap
    doc = build(spec(title=title))
    scene = JourneyScene(doc, doc.journeys()[0], QUndoStack(), theme=theme)
    corner = scene.corner
    assert corner is not None
    image = QImage(800, 400, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    box = corner.sceneBoundingRect()
    scene.render(painter, QRectF(0, 0, box.width(), box.height()), box)
    painter.end()
    wrapped, height = corner._fitted
    pad = theme.options.header_padding
    room = box.height() - 2 * pad
    assert height <= room + 0.5  # every line drawn is whole: nothing is clipped
    last = wrapped.lineAt(wrapped.lineCount() - 1)
    assert last.y() + last.height() <= room + 0.5
    text = wrapped.text()
    assert text.rstrip().endswith("\u2026")
    assert title.startswith(text.rstrip().removesuffix("\u2026").replace("\u2028", " ")
                            .rstrip(" ,"))  # whole words, in order
    assert wrapped.font().pixelSize() >= round(theme.options.title_font_size * 0.85)
    scene.dispose()


def test_the_english_sample_title_is_whole_or_marked_on_the_projector(qapp):
    from klantreis_desktop import templates

    doc = templates.build_sample("groeibureau", "en")
    journey = doc.journeys()[0]
    scene = JourneyScene(doc, journey, QUndoStack(), theme=PROJECTOR)
    corner = scene.corner
    image = QImage(800, 400, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    box = corner.sceneBoundingRect()
    scene.render(painter, QRectF(0, 0, box.width(), box.height()), box)
    painter.end()
    wrapped, height = corner._fitted
    shown = " ".join(wrapped.text().replace("\u2028", " ").split())
    assert height <= box.height() - 2 * PROJECTOR.options.header_padding + 0.5
    assert shown == " ".join(doc.title(journey).split()) or shown.endswith("\u2026")
    scene.dispose()
