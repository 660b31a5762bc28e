"""Brainstorm board: quick entry, drag into clusters, notes and clusters become cards."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QInputDialog

from klantreis_desktop.model import kinds as k
from klantreis_desktop.model import workshop as ws
from klantreis_desktop.model.builder import build
from klantreis_desktop.model.invariants import problems
from klantreis_desktop.ui.workshop.board import BrainstormBoard
from klantreis_desktop.ui.workshop.board_scene import NEW_CLUSTER
from tests.ui.canvas.helpers import ref, spec


def _board(qtbot: Any) -> BrainstormBoard:
    doc = build(spec(phases=2, lanes=("touchpoints", "pains", "opportunities")))
    board = BrainstormBoard(doc, QUndoStack(), doc.journeys()[0])
    board.stack.setParent(board)  # goes with the board (left to the collector: exit 139)
    qtbot.addWidget(board)
    board.show()
    qtbot.waitExposed(board)
    return board


def _type_note(board: BrainstormBoard, text: str) -> None:
    board.entry.setFocus()
    QTest.keyClicks(board.entry, text)
    QTest.keyClick(board.entry, Qt.Key.Key_Return)


def _drag(board: BrainstormBoard, start: QPointF, end: QPointF) -> None:
    viewport = board.view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     board.view.mapFromScene(start))
    for step in range(1, 7):
        QTest.mouseMove(viewport, board.view.mapFromScene(start + (end - start) * (step / 6)))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       board.view.mapFromScene(end))


def _note_centre(board: BrainstormBoard, note: str) -> QPointF:
    return board.scene.notes[note].sceneBoundingRect().center()


def test_note_to_cluster_to_cards(qtbot: Any) -> None:
    board = _board(qtbot)
    doc, stack = board.doc, board.stack
    board.set_dimension("Snel")
    for text in ("Wachttijd telefoon", "Formulier te lang", "Geen status"):
        _type_note(board, text)
    _type_note(board, "   ")  # a stray Enter adds nothing
    notes = ws.notes(doc)
    assert [doc.get(n, "text") for n in notes] == ["Wachttijd telefoon", "Formulier te lang",
                                                   "Geen status"]
    assert {doc.get(n, "dimension") for n in notes} == {"Snel"}
    assert board.entry.text() == ""
    # Drag the first note onto the "new cluster" column: a cluster is made with it.
    new_column = next(c for c in board.scene.columns if c.key == NEW_CLUSTER)
    _drag(board, _note_centre(board, notes[0]), new_column.rect.center())
    (cluster,) = ws.clusters(doc)
    assert ws.cluster_notes(doc, cluster) == [notes[0]]
    board.scene.rename_cluster(cluster, "Drempels")
    assert doc.get(cluster, "label") == "Drempels"
    # Drag a second note into that cluster.
    column = next(c for c in board.scene.columns if c.cluster == cluster)
    _drag(board, _note_centre(board, notes[1]), column.rect.center())
    assert ws.cluster_notes(doc, cluster) == [notes[0], notes[1]]
    # Select the cluster (its header) and make pain points in phase 2 in one gesture.
    header = next(h for h in board.scene.headers if h.column.cluster == cluster)
    board.scene.clearSelection()
    header.setSelected(True)
    board.kind.setCurrentIndex(board.kind.findData(k.PAIN))
    board.phase.setCurrentIndex(board.phase.findData(ref("f1")))
    count = stack.count()
    made = board.make_cards()
    assert stack.count() == count + 1
    assert [doc.title(c) for c in made] == ["Wachttijd telefoon", "Formulier te lang"]
    assert all(doc.kind(c) == k.PAIN and doc.phase_of(c) == ref("f1")
               and doc.lane_of(c) == ref("l1") for c in made)
    assert problems(doc) == []
    stack.undo()
    assert not any(c in doc for c in made)


def test_drag_out_of_a_cluster_and_a_single_note_to_a_touchpoint(qtbot: Any) -> None:
    board = _board(qtbot)
    doc = board.doc
    board.set_dimension("Kanalen")
    _type_note(board, "Chat op de site")
    (note,) = ws.notes(doc)
    board.scene.push(lambda: ws.add_cluster(doc, "Online", [note]))
    assert ws.cluster_of(doc, note) is not None
    # The only note is clustered: no dimension column is left.
    assert not [c for c in board.scene.columns if c.cluster is None and c.key != NEW_CLUSTER]
    cluster_column = next(c for c in board.scene.columns if c.cluster)
    # Dropping on empty wall left of the clusters has no column: nothing changes.
    _drag(board, _note_centre(board, note), QPointF(cluster_column.rect.left() - 200, 50))
    assert ws.cluster_of(doc, note) is not None
    board.scene.clearSelection()
    board.scene.notes[note].setSelected(True)
    board.kind.setCurrentIndex(board.kind.findData(k.TOUCHPOINT))
    (card,) = board.make_cards()
    assert doc.kind(card) == k.TOUCHPOINT and doc.lane_of(card) == ref("l0")
    board.scene.clearSelection()
    assert board.make_cards() == []
    assert "Select" in board.message.text()


def test_double_click_a_note_to_retype_it_one_undo_step_and_never_empty(qtbot: Any) -> None:
    board = _board(qtbot)
    doc, stack = board.doc, board.stack
    _type_note(board, "Wachttijd telefoon")
    (note,) = ws.notes(doc)
    steps = stack.count()

    def answer(text: str) -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, QInputDialog) and w.isVisible())
        dialog.setTextValue(text)
        dialog.accept()

    QTimer.singleShot(0, lambda: answer("Wachttijd aan de telefoon te lang"))
    QTest.mouseDClick(board.view.viewport(), Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier,
                      board.view.mapFromScene(_note_centre(board, note)))
    assert doc.get(note, "text") == "Wachttijd aan de telefoon te lang"
    assert board.scene.notes[note].text == "Wachttijd aan de telefoon te lang"
    assert stack.count() == steps + 1
    messages: list[str] = []
    board.scene.status_message.connect(messages.append)
    board.scene.retype_note(note, "   ")
    assert doc.get(note, "text") == "Wachttijd aan de telefoon te lang" and messages
    stack.undo()
    assert doc.get(note, "text") == "Wachttijd telefoon"


def test_a_long_column_title_is_set_smaller_until_it_fits_its_header(qtbot: Any) -> None:
    from PySide6.QtCore import QRectF

    from klantreis_desktop.ui.canvas import look
    from klantreis_desktop.ui.workshop.board_scene import HEADER_FONT, _fitting_font

    _board(qtbot)  # a running application with the fonts loaded
    area = QRectF(0, 0, 268, 50)
    long_title = "+ Hier neerzetten voor een nieuw cluster"
    assert look.text_layout(long_title, look.font(HEADER_FONT, bold=True), 268)[1] > 50
    fitted = _fitting_font(long_title, area)
    assert fitted.pixelSize() < HEADER_FONT
    assert look.text_layout(long_title, fitted, 268)[1] <= 50
    assert _fitting_font("Snel", area).pixelSize() == HEADER_FONT


def _fits_screen(board: BrainstormBoard) -> bool:
    screen = board.screen().availableGeometry()
    return (screen.contains(board.frameGeometry()) and board.width() <= screen.width()
            and board.minimumSizeHint().width() <= screen.width()
            and board.minimumSizeHint().height() <= screen.height())


def test_the_board_fits_its_screen_and_does_not_grow_when_cards_are_made(qtbot: Any) -> None:
    board = _board(qtbot)
    assert board.isMaximized()
    area = board.screen().availableGeometry()
    qtbot.waitUntil(lambda: board.frameGeometry() == area, timeout=10000)  # it fills it
    assert _fits_screen(board), (board.frameGeometry(), area)
    width = board.width()
    board.set_dimension("Een heel lange dimensie die niet op de knoppenbalk past, echt niet")
    for index in range(12):  # more columns than fit: the wall scrolls, the window stays
        board.set_dimension(f"Dimensie {index}")
        _type_note(board, f"Idee nummer {index} met een lange tekst over de wachttijd")
    assert board.scene.sceneRect().width() > board.view.viewport().width()
    assert board.make_cards() == []  # nothing selected: a long message
    assert board.message.text()
    QApplication.processEvents()
    assert _fits_screen(board) and board.width() == width
    for item in board.scene.notes.values():
        item.setSelected(True)
    assert len(board.make_cards()) == 12
    QApplication.processEvents()
    assert _fits_screen(board) and board.width() == width


def test_escape_clears_the_entry_first_then_closes_the_board(qtbot: Any) -> None:
    board = _board(qtbot)
    board.activateWindow()
    board.entry.setFocus()
    QTest.keyClicks(board.entry, "Half getypt")
    QTest.keyClick(board.entry, Qt.Key.Key_Escape)
    assert board.isVisible() and board.entry.text() == ""
    QTest.keyClick(board.entry, Qt.Key.Key_Escape)
    assert not board.isVisible()
    assert ws.notes(board.doc) == []  # nothing typed became a note


def test_escape_on_the_wall_closes_the_board_and_in_the_dimension_field_leaves_it(
        qtbot: Any) -> None:
    board = _board(qtbot)
    editor = board.dimension.lineEdit()
    editor.setFocus()
    QTest.keyClicks(editor, "Snel")
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    assert board.isVisible() and board.dimension.currentText() == "Snel"
    assert board.entry.hasFocus() or not editor.hasFocus()
    board.show()
    board.view.setFocus()
    QTest.keyClick(board.view.viewport(), Qt.Key.Key_Escape)
    assert not board.isVisible()
    board.show()  # the board opens again as it was
    assert board.isVisible() and _fits_screen(board)


def test_ctrl_a_on_the_wall_selects_every_note(qtbot: Any) -> None:
    board = _board(qtbot)
    for text in ("Een", "Twee"):
        _type_note(board, text)
    board.activateWindow()
    qtbot.waitUntil(board.isActiveWindow, timeout=10000)
    board.view.setFocus()
    QTest.keyClick(board.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert board.scene.selected_notes() == ws.notes(board.doc)
    board.scene.clearSelection()
    board.entry.setFocus()  # in the entry Ctrl+A selects its text, not the wall
    QTest.keyClicks(board.entry, "drie")
    QTest.keyClick(board.entry, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert board.scene.selected_notes() == [] and board.entry.selectedText() == "drie"


def test_new_notes_are_appended_where_a_full_layout_puts_them(qtbot: Any) -> None:
    """Room mode adds notes by the dozen: they go to the bottom of their column without a
    new layout, exactly where a full layout would put them."""
    board = _board(qtbot)
    doc, scene = board.doc, board.scene
    for text, dimension in (("a", "One"), ("b", "Two"), ("c", "One")):
        board.scene.push(lambda t=text, d=dimension: ws.add_note(doc, t, d))
    cluster_note = ws.notes(doc)[0]
    scene.push(lambda: ws.add_cluster(doc, "Group", [cluster_note]))
    items_before = set(scene.notes.values())
    batch = [(f"n{i}", "One" if i % 2 else "Two", f"{i:032x}") for i in range(7)]
    scene.push(lambda: ws.add_notes(doc, batch))
    assert items_before <= set(scene.notes.values())  # appended: the old items stayed
    appended = {n: (i.pos().x(), i.pos().y()) for n, i in scene.notes.items()}
    height = scene.sceneRect().height()
    scene.relayout()
    assert {n: (i.pos().x(), i.pos().y()) for n, i in scene.notes.items()} == appended
    assert scene.sceneRect().height() == height
    # a new dimension needs a new column: a full layout
    scene.push(lambda: ws.add_notes(doc, [("x", "Three", "f" * 32)]))
    assert "Three" in [c.key for c in scene.columns]


def test_appending_notes_does_not_read_every_note_on_the_wall(qtbot: Any,
                                                              monkeypatch: Any) -> None:
    """A wall of hundreds of notes and a phone's new one: the append costs the same as on
    an empty wall (room mode adds dozens a second to walls of thousands)."""
    from klantreis_desktop.ui.workshop.board_scene import NoteItem

    board = _board(qtbot)
    doc, scene = board.doc, board.scene
    scene.push(lambda: ws.add_notes(doc, [(f"n{i}", "One", f"{i:032x}") for i in range(300)]))
    reads: list[int] = []
    original = NoteItem.pos
    monkeypatch.setattr(NoteItem, "pos", lambda item: (reads.append(1), original(item))[1])
    scene.push(lambda: ws.add_notes(doc, [("new", "One", "e" * 32)]))
    assert len(reads) < 10
    monkeypatch.undo()
    assert scene.notes["e" * 32].pos().y() == max(i.pos().y() for i in scene.notes.values())
