"""The new-document thumbnails and the recovery preview show the map (review s6 #4).

They rendered ``scene.itemsBoundingRect()``, which the arrows' hit area (±HITS_REACH)
makes 20,000,000 units wide: the journey became a sub-pixel dot in a blank box.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage, QPixmap, QUndoStack

from klantreis_desktop.ui.canvas.scene import JourneyScene
from klantreis_desktop.ui.dialogs.new_dialog import build_choice, render_document
from klantreis_desktop.ui.dialogs.recovery_dialog import render_preview


def _drawn_share(pixmap: QPixmap) -> float:
    """Share of sampled pixels that differ clearly from the picture's two commonest
    colours (a blank box on a backdrop is two colours; a map has text, cards, lines)."""
    image = pixmap.toImage().convertToFormat(QImage.Format.Format_RGB32)
    colours = [image.pixelColor(x, y).getRgb()[:3]
               for y in range(0, image.height(), 2) for x in range(0, image.width(), 2)]
    common = [c for c, _n in Counter(colours).most_common(2)]
    differ = sum(1 for c in colours
                 if all(sum(abs(a - b) for a, b in zip(c, m, strict=True)) > 30 for m in common))
    return differ / len(colours)


def test_new_dialog_thumbnail_shows_the_map(qapp) -> None:
    pixmap = render_document(build_choice("vier-fasen", "nl"), QSize(200, 130))
    # Headers, lanes and cards cover much of the picture; a dot in white covers nothing.
    assert _drawn_share(pixmap) > 0.05


def test_recovery_preview_shows_the_map(qapp) -> None:
    pixmap = render_preview(build_choice("schoonmaak", "nl"), (320, 200))
    assert pixmap is not None
    assert _drawn_share(pixmap) > 0.05


def test_picture_rect_is_the_layout_not_the_hit_area(qapp) -> None:
    doc = build_choice("5a", "nl")
    scene = JourneyScene(doc, doc.journeys()[0], QUndoStack())
    try:
        rect = scene.picture_rect()
        assert rect == scene.sceneRect()
        assert 100 < rect.width() < 20_000 and 100 < rect.height() < 20_000
    finally:
        scene.dispose()
