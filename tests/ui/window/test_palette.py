"""The palette: every entry drags out the payload the canvas expects, and it follows the doc."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from klantreis_desktop.model import operations as ops
from klantreis_desktop.ui.canvas import PALETTE_MIME
from klantreis_desktop.ui.main_window import MainWindow


def payload_of(section, row: int) -> str:
    data = section.mimeData([section.item(row)])
    assert data.hasFormat(PALETTE_MIME)
    return bytes(data.data(PALETTE_MIME).data()).decode("utf-8")


def test_element_entries_carry_their_kind(window: MainWindow) -> None:
    elements = window.palette.elements
    payloads = [payload_of(elements, row) for row in range(elements.count())]
    assert payloads == ["touchpoint", "pain", "opportunity", "note", "goal", "emotion",
                        "phase", "lane"]
    assert elements.item(1).text() == "Pain point"


def test_channels_and_personas_follow_the_document(window: MainWindow) -> None:
    doc = window.session.doc
    channels = window.palette.channels
    assert [payload_of(channels, r) for r in range(channels.count())] == [
        f"channel:{c}" for c in doc.channels()]
    personas = window.palette.personas
    assert [payload_of(personas, r) for r in range(personas.count())] == [
        f"persona:{p}" for p in doc.personas()]
    window.session.push(ops.add_persona(doc, "Noor"))
    assert personas.item(personas.count() - 1).text() == "Noor"
    window.actions.undo.trigger()
    assert personas.count() == len(doc.personas())


def _mouse(widget, kind, point: QPoint, buttons) -> None:
    left = Qt.MouseButton.LeftButton
    button = Qt.MouseButton.NoButton if kind == QMouseEvent.Type.MouseMove else left
    QApplication.sendEvent(widget, QMouseEvent(kind, point, widget.mapToGlobal(point), button,
                                               buttons, Qt.KeyboardModifier.NoModifier))


def test_a_mouse_drag_starts_a_palette_drag(window: MainWindow) -> None:
    """Press and move on an entry with the button held: a drag with our payload starts."""
    elements = window.palette.elements
    viewport = elements.viewport()
    start = elements.visualItemRect(elements.item(2)).center()
    started: list[str] = []
    elements.drag_started.connect(started.append)
    # Offscreen, QDrag.exec ends at once; on a real screen the drop ends it.
    left = Qt.MouseButton.LeftButton
    _mouse(viewport, QMouseEvent.Type.MouseButtonPress, start, left)
    step = QApplication.startDragDistance() + 4
    for n in range(1, 5):
        _mouse(viewport, QMouseEvent.Type.MouseMove, start + QPoint(n * step, 0), left)
    _mouse(viewport, QMouseEvent.Type.MouseButtonRelease, start + QPoint(4 * step, 0),
           Qt.MouseButton.NoButton)
    assert started == ["opportunity"]
