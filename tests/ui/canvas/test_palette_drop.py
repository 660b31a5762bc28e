"""Palette drops with synthetic drag events on the viewport."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent
from PySide6.QtWidgets import QApplication

from klantreis_desktop.model import kinds as k
from tests.ui.canvas.helpers import canvas_from, palette_drop, ref, same_graph, snapshot, spec

CARDS = [
    {"id": "a", "kind": "touchpoint", "phase": "f0", "lane": "l0", "title": "Sees an ad"},
    {"id": "b", "kind": "touchpoint", "phase": "f1", "lane": "l0", "title": "Visits the site"},
]


def test_drop_a_card_kind_adds_a_card_in_the_cell_at_the_stack_position(qtbot):
    canvas = canvas_from(qtbot, spec(cards=CARDS))
    doc, scene = canvas.doc, canvas.scene
    before = snapshot(doc)
    top = scene.layout.cards[ref("a")].rect
    assert palette_drop(canvas, "pain", QPointF(top.center[0], top.y + 2))
    cell = doc.cards_in(ref("f0"), ref("l0"))
    assert len(cell) == 2
    new = cell[0]  # dropped above the existing card
    assert doc.kind(new) == k.PAIN
    assert scene.item_for(new) is not None
    assert scene.entry.editor is not None  # ready to type its title
    scene.entry.close(commit=False)
    assert canvas.stack.count() == 1
    canvas.stack.undo()
    assert same_graph(doc, before)


def test_drop_outside_the_grid_adds_nothing_and_says_why(qtbot):
    canvas = canvas_from(qtbot, spec(cards=CARDS))
    messages: list[str] = []
    canvas.scene.status_message.connect(messages.append)
    corner = canvas.scene.layout.corner
    assert palette_drop(canvas, "note", QPointF(*corner.center))
    assert canvas.stack.count() == 0
    assert messages and "cell" in messages[-1]


def test_drop_an_emotion_on_a_touchpoint_uses_the_first_persona_and_the_height(qtbot):
    canvas = canvas_from(qtbot, spec(cards=CARDS))
    doc, scene = canvas.doc, canvas.scene
    band = scene.layout.emotion_band
    column = scene.layout.columns[1]
    assert palette_drop(canvas, "emotion", QPointF(column.body.center[0], band.y + 1))
    (emotion,) = doc.emotions(canvas.journey, ref("p0"))
    assert doc.emotion_anchor(emotion) == ref("f1")  # no card under the drop: the phase
    assert doc.get(emotion, "score") == 2  # top of the band = highest score
    assert emotion in scene.points

    assert palette_drop(canvas, "emotion", canvas.centre_of(ref("a")))
    anchors = {doc.emotion_anchor(e) for e in doc.emotions(canvas.journey)}
    assert ref("a") in anchors
    assert canvas.stack.count() == 2


def test_drop_a_phase_inserts_it_where_it_was_dropped(qtbot):
    canvas = canvas_from(qtbot, spec(cards=CARDS))
    doc, scene = canvas.doc, canvas.scene
    gap = scene.layout.columns[1].header.x + 1  # just right of the border f0|f1
    assert palette_drop(canvas, "phase", QPointF(gap, 20))
    phases = doc.phases(canvas.journey)
    assert len(phases) == 4
    assert phases[0] == ref("f0") and phases[2] == ref("f1")
    assert len(scene.phases) == 4
    assert scene.entry.editor is not None  # rename the new phase right away
    scene.entry.close(commit=False)


def test_drop_a_lane_inserts_it_between_rows(qtbot):
    canvas = canvas_from(qtbot, spec(cards=CARDS))
    doc, scene = canvas.doc, canvas.scene
    row = scene.layout.rows[1]
    assert palette_drop(canvas, "lane", QPointF(row.body.center[0], row.body.bottom - 2))
    lanes = doc.lanes(canvas.journey)
    assert len(lanes) == 4 and lanes[1] == ref("l1") and lanes[3] == ref("l2")
    scene.entry.close(commit=False)


def test_drop_a_channel_on_a_touchpoint_adds_it(qtbot):
    canvas = canvas_from(qtbot, spec(cards=CARDS))
    doc = canvas.doc
    assert palette_drop(canvas, f"channel:{ref('web')}", canvas.centre_of(ref("b")))
    assert doc.channels_of(ref("b")) == [ref("web")]
    assert canvas.scene.cards[ref("b")].look.channels == ("website",)
    canvas.stack.undo()
    assert doc.channels_of(ref("b")) == []
    assert canvas.scene.cards[ref("b")].look.channels == ()


def test_drop_a_persona_attaches_it_to_the_journey(qtbot):
    data = spec(cards=CARDS)
    data["personas"].append({"id": "p1", "name": "Henk"})
    canvas = canvas_from(qtbot, data)
    assert palette_drop(canvas, f"persona:{ref('p1')}", QPointF(300, 300))
    assert ref("p1") in canvas.doc.personas_of(canvas.journey)


def test_other_drops_are_left_to_the_window(qtbot):
    canvas = canvas_from(qtbot, spec(cards=CARDS))
    mime = QMimeData()
    mime.setText("file:///tmp/x.klantreis")
    event = QDragEnterEvent(canvas.point(100, 100), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(canvas.view.viewport(), event)
    assert not event.isAccepted()


def test_enter_after_a_dropped_card_goes_on_to_the_next_card(qtbot):
    """Review s7: a touchpoint dropped from the palette, "Gets delivery", Enter, "Unpacks",
    Esc made ONE card "Gets delivery Unpacks": Enter left the card selected and the next
    keys were added to its title. Enter now goes on as quick entry does (next phase, same
    lane, the dropped kind); Esc and a click keep the card and stop."""
    from PySide6.QtTest import QTest

    canvas = canvas_from(qtbot, spec(phases=3, cards=CARDS))
    doc, scene = canvas.doc, canvas.scene
    cell = scene.layout.cells[(ref("f0"), ref("l0"))]
    assert palette_drop(canvas, "pain", QPointF(cell.center[0], cell.bottom - 4))
    QTest.keyClicks(canvas.view, "Gets delivery")
    QTest.keyClick(canvas.view, Qt.Key.Key_Return)
    assert scene.focus_cell == (ref("f1"), ref("l0"))
    QTest.keyClicks(canvas.view, "Unpacks")
    QTest.keyClick(canvas.view, Qt.Key.Key_Escape)
    first = [doc.title(c) for c in doc.cards_in(ref("f0"), ref("l0"))]
    second = [(doc.title(c), doc.kind(c)) for c in doc.cards_in(ref("f1"), ref("l0"))]
    assert first == ["Sees an ad", "Gets delivery"]
    assert second == [("Visits the site", k.TOUCHPOINT), ("Unpacks", k.PAIN)]
    assert scene.entry.editor is None


def test_esc_after_a_dropped_card_keeps_it_selected_and_opens_no_next(qtbot):
    from PySide6.QtTest import QTest

    canvas = canvas_from(qtbot, spec(cards=CARDS))
    doc, scene = canvas.doc, canvas.scene
    cell = scene.layout.cells[(ref("f2"), ref("l0"))]
    assert palette_drop(canvas, "touchpoint", QPointF(*cell.center))
    QTest.keyClicks(canvas.view, "Calls")
    QTest.keyClick(canvas.view, Qt.Key.Key_Escape)
    (card,) = doc.cards_in(ref("f2"), ref("l0"))
    assert doc.title(card) == "Calls" and scene.selected_ids() == [card]
    assert scene.entry.editor is None and scene.focus_cell is None
