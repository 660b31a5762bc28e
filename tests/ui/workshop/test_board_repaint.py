"""The brainstorm board on the projector repaints where columns were: after hiding or
merging notes, or dragging one into a new cluster, no empty column box stays painted
below the shorter columns (review s7, shots 74–77)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QPointF
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from klantreis_desktop.model import operations as ops
from klantreis_desktop.model import workshop as ws
from klantreis_desktop.ui import commands
from klantreis_desktop.ui.workshop.board import BrainstormBoard
from klantreis_desktop.ui.workshop.board_scene import HEADER_H, NOTE_H, WALL
from tests.ui.workshop.test_board import _board


def _on_screen(board: BrainstormBoard) -> QImage:
    """What the window shows now, from its backing store (not painted afresh)."""
    QApplication.processEvents()
    QApplication.processEvents()
    screen = board.screen()
    return screen.grabWindow(board.winId()).toImage()


def _stale_boxes(board: BrainstormBoard, image: QImage, bottom: float) -> int:
    """Pixels below the columns' ``bottom`` (scene) in column colours instead of wall."""
    view = board.view
    viewport = view.viewport()
    origin = viewport.mapTo(board, QPoint(0, 0))
    wall = QColor(WALL).rgb()
    stale = seen = 0
    for column in board.scene.columns:
        x = column.rect.center().x()
        for y in range(int(bottom) + 10, int(bottom) + 400, 20):
            inside = view.mapFromScene(QPointF(x, y))
            if not viewport.rect().adjusted(0, 0, -4, -4).contains(inside):
                continue
            seen += 1
            if image.pixel(inside + origin) != wall:
                stale += 1
    assert seen > 5  # the test looks where the old columns were
    return stale


def test_no_empty_column_boxes_stay_painted_when_the_columns_shrink(qtbot: Any) -> None:
    board = _board(qtbot)
    board.resize(1400, 900)
    doc, stack = board.doc, board.stack
    # three rows: the wall fits the window, no scroll bar comes or goes (that repaints all)
    made = ws.add_notes(doc, [(f"Idee {i}", "Kanalen", f"n{i}") for i in range(3)]
                        + [("Ander", "Gevoel", "m0")])
    assert commands.push(stack, doc, made)
    _on_screen(board)  # painted with three rows
    assert not board.view.verticalScrollBar().isVisible()
    assert commands.push(stack, doc, ops.remove(doc, "n1", "n2"))  # "Hide"
    bottom = board.scene.columns[0].rect.bottom()
    assert bottom < HEADER_H + 3 * NOTE_H  # the columns are one note high now
    assert _stale_boxes(board, _on_screen(board), bottom) == 0
    # duplicates merged: the columns shrink again
    assert commands.push(stack, doc, ws.add_notes(doc, [(f"Meer {i}", "Kanalen", f"p{i}")
                                                        for i in range(2)]))
    _on_screen(board)
    assert commands.push(stack, doc, ws.merge_notes(doc, "p0", ["p1"]))
    bottom = board.scene.columns[0].rect.bottom()
    assert _stale_boxes(board, _on_screen(board), bottom) == 0


def test_a_note_longer_than_its_sticky_ends_in_an_ellipsis_with_all_in_the_tooltip(
        qtbot: Any) -> None:
    from klantreis_desktop.ui.workshop.board_scene import NoteItem

    board = _board(qtbot)
    long_text = "Wachttijd aan de telefoon is veel te lang " * 6 + "<b>x</b> " * 5
    assert commands.push(board.stack, board.doc,
                         ws.add_notes(board.doc, [(long_text[:280], "Kanalen", "long"),
                                                  ("Kort", "Kanalen", "short")]))
    long_item, short_item = board.scene.notes["long"], board.scene.notes["short"]
    assert isinstance(long_item, NoteItem) and long_item.cut
    layout = long_item.layout
    assert layout is not None
    last = layout.lineAt(layout.lineCount() - 1)
    shown = layout.text()[last.textStart():last.textStart() + last.textLength()]
    assert shown.rstrip().endswith("…")
    escaped = long_text[:280].strip().replace("<", "&lt;").replace(">", "&gt;")
    assert long_item.toolTip() == f"<p>{escaped}</p>"  # wraps as rich text, stays text
    assert not short_item.cut and short_item.toolTip() == ""
    image = board.view.viewport().grab()  # painted without errors
    assert not image.isNull()
