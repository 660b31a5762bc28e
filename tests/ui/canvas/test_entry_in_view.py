"""Typing goes where the facilitator looks: the editor scrolls into view, and after a
palette drop the keyboard is on the canvas (not on the palette the drag came from)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage, QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QGraphicsItem, QLineEdit, QVBoxLayout, QWidget

from klantreis_desktop.model.builder import build
from klantreis_desktop.ui.canvas.scene import JourneyScene
from klantreis_desktop.ui.canvas.view import JourneyView
from tests.ui.canvas.helpers import Canvas, canvas_from, click, palette_drop, ref, spec


def test_quick_entry_scrolls_the_next_editor_into_view(qtbot):
    canvas = canvas_from(qtbot, spec(phases=8))
    canvas.view.set_zoom(2.0)
    cell = canvas.scene.layout.cells[(ref("f0"), ref("l0"))]
    canvas.view.centerOn(QPointF(*cell.center))
    click(canvas, QPointF(*cell.center))
    for number in range(8):
        QTest.keyClicks(canvas.view, f"Step {number}")
        editor = canvas.scene.entry.editor
        assert editor is not None
        shown = canvas.view.mapToScene(canvas.view.viewport().rect()).boundingRect()
        assert shown.contains(editor.sceneBoundingRect()), number
        QTest.keyClick(canvas.view, Qt.Key.Key_Tab)
    assert len(canvas.doc.cards_in(ref("f7"), ref("l0"))) == 1


def _repainted_from_scratch(canvas: Canvas) -> QImage:
    """The viewport as it looks with every item's cache thrown away."""
    for item in canvas.scene.items():
        mode = item.cacheMode()
        if mode != QGraphicsItem.CacheMode.NoCache:
            item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
            item.setCacheMode(mode)
    canvas.view.viewport().repaint()
    return canvas.view.viewport().grab().toImage()


def test_no_stale_pixels_while_quick_entry_scrolls_and_lanes_grow(qtbot):
    # Qt's device cache of an item partly in view (the grid) once repainted only the
    # strip scrolled in: old focus frames and lanes at their old height stayed on screen.
    canvas = canvas_from(qtbot, spec(phases=6))
    canvas.view.set_zoom(2.0)
    cell = canvas.scene.layout.cells[(ref("f0"), ref("l0"))]
    canvas.view.centerOn(QPointF(*cell.center))
    click(canvas, QPointF(*cell.center))
    stale = []
    for number in range(5):
        QTest.keyClicks(canvas.view, f"Step {number}, a title long enough to wrap twice")
        QTest.keyClick(canvas.view, Qt.Key.Key_Return)
        for _ in range(3):
            QApplication.processEvents()
        editor = canvas.scene.entry.editor
        editor.setVisible(False)  # its text cursor blinks
        canvas.view.viewport().repaint()
        seen = canvas.view.viewport().grab().toImage()
        if seen != _repainted_from_scratch(canvas):
            stale.append(number)
        editor.setVisible(True)
    assert stale == []


def test_after_a_palette_drop_typing_goes_into_the_new_card(qtbot):
    doc = build(spec())
    stack = QUndoStack()
    scene = JourneyScene(doc, doc.journeys()[0], stack)
    window = QWidget()
    box = QVBoxLayout(window)
    palette = QLineEdit(window)  # stands in for the palette the drag starts from
    view = JourneyView(scene)
    box.addWidget(palette)
    box.addWidget(view)
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=10_000)
    canvas = Canvas(doc, doc.journeys()[0], stack, scene, view)
    view.zoom_reset()
    palette.setFocus()
    qtbot.waitUntil(palette.hasFocus, timeout=10_000)
    cell = scene.layout.cells[(ref("f1"), ref("l0"))]
    assert palette_drop(canvas, "touchpoint", QPointF(*cell.center))
    assert scene.entry.editor is not None
    qtbot.waitUntil(view.hasFocus, timeout=10_000)
    QTest.keyClicks(QApplication.focusWidget(), "Calls the shop")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    (card,) = doc.cards_in(ref("f1"), ref("l0"))
    assert doc.title(card) == "Calls the shop"
    assert palette.text() == ""
