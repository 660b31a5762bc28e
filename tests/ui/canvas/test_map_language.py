"""Texts drawn on the map follow the journey's language, as the poster does (review s6
#17): an English journey in the Dutch interface showed "waargenomen / aangenomen" badges
on the canvas and in F5, while its poster said "observed"."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter, QUndoStack

from klantreis_desktop import i18n, templates
from klantreis_desktop.model import operations as ops
from klantreis_desktop.ui import commands
from klantreis_desktop.ui.app import create_application, install_translations
from klantreis_desktop.ui.canvas.card_item import CardItem
from klantreis_desktop.ui.canvas.scene import JourneyScene
from klantreis_desktop.ui.canvas.theme import EDITING, PROJECTOR
from klantreis_desktop.ui.presenting.stage import PresentationScene
from tests.ui.canvas.helpers import open_canvas


@pytest.fixture
def dutch_interface(qapp) -> Iterator[None]:
    app = create_application("nl")
    install_translations(app, "nl")
    try:
        yield
    finally:
        install_translations(app, "en")
        i18n.set_language("en")


def _badges(scene: JourneyScene, monkeypatch: pytest.MonkeyPatch) -> set[str]:
    """The evidence words the scene's cards really paint (every pill's text is recorded
    while the scene renders; vote pills start with a dot)."""
    painted: list[str] = []
    original = CardItem._badge

    def recording(self, painter, pill, text, colour_hex, outline=False):
        painted.append(text)
        original(self, painter, pill, text, colour_hex, outline)

    monkeypatch.setattr(CardItem, "_badge", recording)
    for item in scene.cards.values():
        item.setCacheMode(item.CacheMode.NoCache)
    source = scene.sceneRect()  # at full size: every card above its detail level
    image = QImage(int(source.width()), int(source.height()),
                   QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    scene.render(painter, QRectF(0, 0, source.width(), source.height()), source)
    painter.end()
    monkeypatch.setattr(CardItem, "_badge", original)
    return {text for text in painted if not text.startswith("\u25cf")}


@pytest.mark.parametrize("scene_class, theme", [(JourneyScene, EDITING),
                                                (PresentationScene, PROJECTOR)],
                         ids=["canvas", "f5"])
def test_an_english_journey_has_english_badges_in_the_dutch_interface(
        dutch_interface, scene_class, theme, monkeypatch) -> None:
    doc = templates.build_sample("groeibureau", "en")
    scene = scene_class(doc, doc.journeys()[0], QUndoStack(), theme=theme)
    assert _badges(scene, monkeypatch) == {"observed", "assumed"}
    scene.detach()
    dutch = templates.build_sample("groeibureau", "nl")
    scene = scene_class(dutch, dutch.journeys()[0], QUndoStack(), theme=theme)
    assert _badges(scene, monkeypatch) == {"waargenomen", "aangenomen"}
    scene.detach()


def test_the_badges_follow_a_change_of_the_journeys_language(dutch_interface, qtbot,
                                                            monkeypatch) -> None:
    doc = templates.build_sample("schoonmaak", "nl")
    canvas = open_canvas(qtbot, doc)
    journey, stack, scene = canvas.journey, canvas.stack, canvas.scene
    assert _badges(scene, monkeypatch) == {"waargenomen", "aangenomen"}
    commands.push(stack, doc, ops.update(doc, journey, language="en"))
    assert _badges(scene, monkeypatch) == {"observed", "assumed"}
    stack.undo()
    assert _badges(scene, monkeypatch) == {"waargenomen", "aangenomen"}
