"""The first screen of F5 is readable on a real map (review s6 #2): the cards show their
text and the phases fill the screen's width, instead of blank boxes in the middle ~45 %."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QUndoStack
from PySide6.QtTest import QTest

from klantreis_desktop import templates
from klantreis_desktop.model import kinds as k
from klantreis_desktop.ui.canvas.scene import JourneyScene
from klantreis_desktop.ui.canvas.theme import PROJECTOR
from klantreis_desktop.ui.presenting import OVERVIEW, PresentationWindow


def _present(qtbot: Any, name: str, lang: str,
             size: tuple[int, int] = (1280, 800)) -> PresentationWindow:
    doc = templates.build_sample(name, lang)
    window = PresentationWindow(doc, doc.journeys()[0], QUndoStack(), animate=False)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.view.setFocus()
    window.go_to(window.index, animate=False)  # what start() does after showing
    assert (window.view.viewport().width(), window.view.viewport().height()) == size
    return window


def _dark_pixels(image: QImage, rect: QRectF) -> int:
    """Pixels in ``rect`` dark enough to be text (the cards' tints are all light)."""
    count = 0
    for x in range(int(rect.left()), int(rect.right())):
        for y in range(int(rect.top()), int(rect.bottom())):
            if image.pixelColor(x, y).lightness() < 110:
                count += 1
    return count


@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)])
@pytest.mark.parametrize(("name", "lang"), [("schoonmaak", "nl"), ("groeibureau", "en")])
def test_the_first_screen_shows_card_text_across_the_width(
        qtbot: Any, name: str, lang: str, size: tuple[int, int]) -> None:
    window = _present(qtbot, name, lang, size)
    assert window.index == OVERVIEW and window.slice == 0
    layout = window.scene.layout
    assert layout is not None
    zoom = window.view.transform().m11()
    assert zoom >= PROJECTOR.detail_level()
    # Every phase is on screen, and the map takes (almost) the whole width.
    shown = window.visible_rect()
    assert shown.left() <= layout.corner.x and layout.width <= shown.right()
    assert layout.width * zoom >= 0.9 * size[0]
    # The card text is at least as large as the cards' own type on the editing canvas.
    assert PROJECTOR.options.card_font_size * zoom >= 16.0
    # The cards show text: dark pixels inside each card fully on screen.
    image = window.view.viewport().grab().toImage()
    doc, journey = window.doc, window.journey
    checked = 0
    for card in doc.cards(journey):
        if doc.kind(card) != k.TOUCHPOINT or not doc.title(card):
            continue
        rect = window.scene.cards[card].sceneBoundingRect()
        if not shown.contains(rect):
            continue
        on_screen = window.view.mapFromScene(rect).boundingRect()
        inner = QRectF(on_screen).adjusted(8, 8, -8, -8)
        assert _dark_pixels(image, inner) > 40, doc.title(card)
        checked += 1
    assert checked >= 4


def test_pagedown_walks_the_overview_down_then_the_first_phase(qtbot: Any) -> None:
    window = _present(qtbot, "schoonmaak", "nl")
    layout = window.scene.layout
    assert layout is not None
    count = window.slice_count(OVERVIEW)
    assert count >= 2  # nine lanes: the overview is walked in slices
    bottom = 0.0
    for number in range(count):
        assert (window.index, window.slice) == (OVERVIEW, number)
        bottom = max(bottom, window.visible_rect().bottom())
        QTest.keyClick(window.view, Qt.Key.Key_PageDown)
        window.finish_animation()
    assert bottom >= layout.height  # the overview reached the last lane
    assert (window.index, window.slice) == (0, 0)
    QTest.keyClick(window.view, Qt.Key.Key_PageUp)
    window.finish_animation()
    assert (window.index, window.slice) == (OVERVIEW, count - 1)  # and back


def test_the_projector_theme_draws_card_text_at_the_old_overview_zoom(qtbot: Any) -> None:
    """Zoomed out as far as the whole map on 1280 × 800 (0.44), a projector card still
    writes its title: its type is twice the editing canvas's."""
    doc = templates.build_sample("schoonmaak", "nl")
    journey = doc.journeys()[0]
    scene = JourneyScene(doc, journey, QUndoStack(), theme=PROJECTOR)
    card = next(c for c in doc.cards(journey) if doc.kind(c) == k.TOUCHPOINT)
    source = scene.cards[card].sceneBoundingRect()
    zoom = 0.44
    image = QImage(int(source.width() * zoom) + 2, int(source.height() * zoom) + 2,
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    scene.render(painter, QRectF(0, 0, source.width() * zoom, source.height() * zoom), source)
    painter.end()
    inner = QRectF(QPointF(6, 6), QPointF(source.width() * zoom - 6,
                                          source.height() * zoom - 12))
    assert _dark_pixels(image, inner) > 20
    scene.dispose()
