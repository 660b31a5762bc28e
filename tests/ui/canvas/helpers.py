"""Shared set-up for the canvas tests: a small journey in a real view, real mouse input."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

import networkx as nx
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from klantreis_desktop.model.builder import _NAMESPACE, build
from klantreis_desktop.model.document import Document
from klantreis_desktop.ui.canvas import PALETTE_MIME
from klantreis_desktop.ui.canvas.scene import JourneyScene
from klantreis_desktop.ui.canvas.view import JourneyView

SPEC_TITLE = "canvas-tests"


def spec(phases: int = 3, lanes: tuple[str, ...] = ("touchpoints", "pains", "emotions"),
         cards: list[dict[str, Any]] | None = None, **extra: Any) -> dict[str, Any]:
    """A one-journey spec: phases f0.., lanes l0.. of the given types, persona p0."""
    journey: dict[str, Any] = {
        "id": "j", "title": "Test journey", "personas": ["p0"],
        "phases": [{"id": f"f{i}", "title": f"Phase {i}"} for i in range(phases)],
        "lanes": [{"id": f"l{i}", "title": f"Lane {i}", "lane_type": t}
                  for i, t in enumerate(lanes)],
        "cards": cards or [],
    }
    journey.update(extra)
    return {"title": SPEC_TITLE, "channels": [{"id": "web", "name": "Website",
                                               "icon": "website"}],
            "personas": [{"id": "p0", "name": "Esther", "colour": "#e76f51"}],
            "journeys": [journey]}


def ref(local: str, title: str = SPEC_TITLE) -> str:
    """The document id the builder gives spec id ``local``."""
    return uuid.uuid5(_NAMESPACE, f"{title}/{local}").hex


@dataclass
class Canvas:
    doc: Document
    journey: str
    stack: QUndoStack
    scene: JourneyScene
    view: JourneyView

    def point(self, x: float, y: float) -> QPoint:
        return self.view.mapFromScene(QPointF(x, y))

    def centre_of(self, element: str) -> QPointF:
        item = self.scene.item_for(element)
        assert item is not None, element
        rect = item.sceneBoundingRect() if not hasattr(item, "card_rect") else item.card_rect()
        return rect.center()


def open_canvas(qtbot: Any, document: Document, journey: str | None = None) -> Canvas:
    stack = QUndoStack()
    journey = journey or document.journeys()[0]
    scene = JourneyScene(document, journey, stack)
    view = JourneyView(scene)
    # The scene belongs to its view: it and its items go, whole, when the view does
    # (left to Python's cycle collector they went at a random later moment).
    scene.setParent(view)
    view.resize(1280, 800)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    view.setFocus()
    view.zoom_reset()
    view.ensureVisible(scene.sceneRect().x(), scene.sceneRect().y(), 1, 1, 0, 0)
    return Canvas(document, journey, stack, scene, view)


def canvas_from(qtbot: Any, spec_dict: dict[str, Any]) -> Canvas:
    return open_canvas(qtbot, build(spec_dict))


def snapshot(doc: Document) -> nx.MultiDiGraph:
    return doc.graph.copy()


def same_graph(doc: Document, before: nx.MultiDiGraph) -> bool:
    return bool(nx.utils.graphs_equal(doc.graph, before))


def drag(canvas: Canvas, start: QPointF, end: QPointF, steps: int = 6,
         modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Press at ``start``, move in steps, release at ``end`` (scene coordinates)."""
    viewport = canvas.view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, modifier,
                     canvas.view.mapFromScene(start))
    for i in range(1, steps + 1):
        point = start + (end - start) * (i / steps)
        QTest.mouseMove(viewport, canvas.view.mapFromScene(point))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, modifier,
                       canvas.view.mapFromScene(end))


def click(canvas: Canvas, at: QPointF,
          modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.mouseClick(canvas.view.viewport(), Qt.MouseButton.LeftButton, modifier,
                     canvas.view.mapFromScene(at))


def double_click(canvas: Canvas, at: QPointF) -> None:
    QTest.mouseDClick(canvas.view.viewport(), Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier, canvas.view.mapFromScene(at))


def palette_drop(canvas: Canvas, payload: str, at: QPointF) -> bool:
    """A palette drag entering, moving over and dropping on the viewport; True if accepted."""
    viewport = canvas.view.viewport()
    mime = QMimeData()
    mime.setData(PALETTE_MIME, payload.encode("utf-8"))
    pos = canvas.view.mapFromScene(at)
    actions = Qt.DropAction.CopyAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(pos, actions, mime, buttons, mods)
    QApplication.sendEvent(viewport, enter)
    if not enter.isAccepted():
        return False
    move = QDragMoveEvent(pos, actions, mime, buttons, mods)
    QApplication.sendEvent(viewport, move)
    drop = QDropEvent(QPointF(pos), actions, mime, buttons, mods)
    QApplication.sendEvent(viewport, drop)
    return drop.isAccepted()
