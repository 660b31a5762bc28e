"""Leaving an editor keeps what was typed (Esc, a click elsewhere, focus elsewhere), as in
Miro and FigJam: one undoable command; only an empty new card is dropped."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from klantreis_desktop.model.builder import build
from klantreis_desktop.ui.canvas.editor import InlineEditor
from klantreis_desktop.ui.canvas.scene import JourneyScene
from klantreis_desktop.ui.canvas.view import JourneyView
from tests.ui.canvas.helpers import (
    Canvas,
    canvas_from,
    click,
    double_click,
    ref,
    same_graph,
    snapshot,
    spec,
)

CARDS = [{"id": "a", "kind": "touchpoint", "phase": "f0", "lane": "l0", "title": "Sees an ad"}]


def _spot(canvas: Canvas, phase: str, lane: str) -> QPointF:
    cell = canvas.scene.layout.cells[(ref(phase), ref(lane))]
    return QPointF(cell.center[0], cell.bottom - 5)


def _editors(canvas: Canvas) -> list[InlineEditor]:
    return [i for i in canvas.scene.items() if isinstance(i, InlineEditor)]


def test_escape_in_quick_entry_keeps_the_card_as_one_undo_step(qtbot):
    canvas = canvas_from(qtbot, spec(cards=CARDS))
    doc, scene = canvas.doc, canvas.scene
    before = snapshot(doc)
    click(canvas, _spot(canvas, "f1", "l0"))
    QTest.keyClicks(canvas.view, "Compares prices")
    QTest.keyClick(canvas.view, Qt.Key.Key_Escape)
    assert scene.entry.editor is None and not _editors(canvas)
    (card,) = doc.cards_in(ref("f1"), ref("l0"))
    assert doc.title(card) == "Compares prices"
    assert card in scene.cards
    assert scene.selected_cards() == [card]  # Esc leaves the card selected, as in Miro
    assert canvas.stack.count() == 1
    canvas.stack.undo()
    assert same_graph(doc, before)
    assert card not in scene.cards


def test_escape_on_an_empty_quick_entry_editor_just_closes(qtbot):
    canvas = canvas_from(qtbot, spec(cards=CARDS))
    click(canvas, _spot(canvas, "f1", "l0"))
    QTest.keyClicks(canvas.view, "Calls")
    QTest.keyClick(canvas.view, Qt.Key.Key_Return)  # the next phase's editor opens, empty
    assert canvas.scene.entry.editor is not None
    QTest.keyClick(canvas.view, Qt.Key.Key_Escape)
    assert canvas.scene.entry.editor is None and not _editors(canvas)
    assert canvas.stack.count() == 1
    assert canvas.doc.cards_in(ref("f2"), ref("l0")) == []


def test_a_click_elsewhere_on_the_canvas_keeps_the_card_and_moves_the_focus(qtbot):
    canvas = canvas_from(qtbot, spec(cards=CARDS))
    doc, scene = canvas.doc, canvas.scene
    click(canvas, _spot(canvas, "f1", "l0"))
    QTest.keyClicks(canvas.view, "Searches")
    click(canvas, _spot(canvas, "f2", "l1"))
    assert [doc.title(c) for c in doc.cards_in(ref("f1"), ref("l0"))] == ["Searches"]
    # The click ends quick entry there: no editor opened in the next phase.
    assert scene.entry.editor is None and not _editors(canvas)
    assert doc.cards_in(ref("f2"), ref("l0")) == []
    assert scene.focus_cell == (ref("f2"), ref("l1"))
    assert canvas.stack.count() == 1


def test_double_clicking_another_card_keeps_the_typed_card_and_edits_the_other(qtbot):
    canvas = canvas_from(qtbot, spec(cards=CARDS))
    doc, scene = canvas.doc, canvas.scene
    click(canvas, _spot(canvas, "f1", "l0"))
    QTest.keyClicks(canvas.view, "Searches")
    double_click(canvas, canvas.centre_of(ref("a")))
    assert [doc.title(c) for c in doc.cards_in(ref("f1"), ref("l0"))] == ["Searches"]
    assert scene.entry.target == ("card", ref("a"))
    assert _editors(canvas) == [scene.entry.editor]  # one editor, none left behind
    QTest.keyClicks(canvas.view, " twice")
    QTest.keyClick(canvas.view, Qt.Key.Key_Return)
    assert doc.title(ref("a")) == "Sees an ad twice"
    assert not _editors(canvas)


def test_focus_going_to_another_widget_keeps_the_card(qtbot):
    doc = build(spec(cards=CARDS))
    stack = QUndoStack()
    scene = JourneyScene(doc, doc.journeys()[0], stack)
    window = QWidget()
    box = QVBoxLayout(window)
    view = JourneyView(scene)
    field = QLineEdit(window)
    box.addWidget(view)
    box.addWidget(field)
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=10_000)
    view.setFocus()
    canvas = Canvas(doc, doc.journeys()[0], stack, scene, view)
    view.zoom_reset()
    view.ensureVisible(scene.sceneRect().x(), scene.sceneRect().y(), 1, 1, 0, 0)
    click(canvas, _spot(canvas, "f1", "l0"))
    QTest.keyClicks(view, "Reads reviews")
    assert scene.entry.editor is not None
    QTest.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: field.hasFocus(), timeout=10_000)
    assert [doc.title(c) for c in doc.cards_in(ref("f1"), ref("l0"))] == ["Reads reviews"]
    assert scene.entry.editor is None and not _editors(canvas)
    assert stack.count() == 1


def test_escape_keeps_an_edited_title_and_a_renamed_header(qtbot):
    canvas = canvas_from(qtbot, spec(cards=CARDS))
    doc = canvas.doc
    double_click(canvas, canvas.centre_of(ref("a")))
    QTest.keyClick(canvas.view, Qt.Key.Key_End)
    QTest.keyClicks(canvas.view, " online")
    QTest.keyClick(canvas.view, Qt.Key.Key_Escape)
    assert doc.title(ref("a")) == "Sees an ad online"
    assert canvas.scene.entry.editor is None
    header = canvas.scene.layout.columns[1].header
    double_click(canvas, QPointF(*header.center))
    QTest.keyClicks(canvas.view, "Orientation")
    QTest.keyClick(canvas.view, Qt.Key.Key_Escape)
    assert doc.title(ref("f1")) == "Orientation"
    assert canvas.stack.count() == 2
    canvas.stack.undo()
    canvas.stack.undo()
    assert doc.title(ref("a")) == "Sees an ad" and doc.title(ref("f1")) == "Phase 1"


def test_the_type_to_add_hint_hides_while_a_new_card_is_typed_in_its_cell(qtbot):
    canvas = canvas_from(qtbot, spec(cards=CARDS))
    grid = canvas.scene.grid
    click(canvas, _spot(canvas, "f0", "l0"))
    assert grid.focus_cell == (ref("f0"), ref("l0")) and grid.hint_shown
    QTest.keyClicks(canvas.view, "Hears")
    assert not grid.hint_shown  # it would peek out between the last card and the editor
    QTest.keyClick(canvas.view, Qt.Key.Key_Escape)
    assert grid.hint_shown
