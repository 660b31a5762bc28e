"""The issue's "done when": a newcomer builds the cleaning-service map from a blank template
with mouse and keyboard alone, saves it, reopens it identical and undoes back to blank.

Only real input reaches the canvas: clicks, drags and key presses on the viewport and
palette drops (synthetic drag-and-drop events with the palette's mime data).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLineEdit

from klantreis_desktop import storage
from klantreis_desktop.model import kinds as k
from klantreis_desktop.ui.dialogs.new_dialog import build_choice
from klantreis_desktop.ui.dialogs.persona_editor import PersonaEditor
from tests.ui.canvas.helpers import Canvas, click, double_click, drag, palette_drop
from tests.ui.window.conftest import make_window, settings  # noqa: F401 - fixtures

TOUCHPOINTS = ["Searches for a cleaner", "Reads reviews", "Asks for a quote",
               "Books a trial clean", "First cleaning visit", "Pays the invoice"]
PHASES = ["Orientation", "Booking", "Service"]


def _type(canvas: Canvas, text: str) -> None:
    QTest.keyClicks(canvas.view, text)


def _key(canvas: Canvas, key: Qt.Key) -> None:
    QTest.keyClick(canvas.view, key)


def _cell_spot(canvas: Canvas, phase: str, lane: str) -> QPointF:
    """An empty spot low in a cell (below its stacked cards)."""
    assert canvas.scene.layout is not None
    cell = canvas.scene.layout.cells[(phase, lane)]
    return QPointF(cell.center[0], cell.bottom - 4)


def _quick_entry(canvas: Canvas, phase: str, lane: str, titles: list[str]) -> None:
    click(canvas, _cell_spot(canvas, phase, lane))
    assert canvas.scene.focus_cell == (phase, lane)
    for title in titles:
        _type(canvas, title)
        _key(canvas, Qt.Key.Key_Return)
    _key(canvas, Qt.Key.Key_Escape)
    assert canvas.scene.entry.editor is None


def _graph_equal(a: nx.MultiDiGraph, b: nx.MultiDiGraph) -> bool:
    return (dict(a.nodes(data=True)) == dict(b.nodes(data=True))
            and sorted(a.edges(keys=True, data=True), key=repr)
            == sorted(b.edges(keys=True, data=True), key=repr))


def _same_shape(a: nx.MultiDiGraph, b: nx.MultiDiGraph) -> bool:
    """Equal up to ids: the same nodes with the same attributes, the same edges."""
    return nx.is_isomorphic(a, b, node_match=lambda x, y: x == y,
                            edge_match=lambda x, y: x == y)


def test_a_newcomer_builds_saves_reopens_and_undoes_to_blank(
        qtbot: Any, make_window: Any, tmp_path: Path) -> None:  # noqa: F811
    window = make_window()
    window.resize(1700, 1100)
    assert window.files.new_from("leeg")
    session = window.session
    assert session is not None
    doc, stack = session.doc, session.stack
    blank = doc.graph.copy()
    scene, view = window.tabs.current_scene(), window.tabs.current_view()
    assert scene is not None and view is not None
    qtbot.waitExposed(window)
    view.zoom_reset()
    journey = scene.journey
    canvas = Canvas(doc, journey, stack, scene, view)
    view.setFocus()

    def layout() -> Any:
        assert scene.layout is not None
        return scene.layout

    # Three phases: rename the blank's one, add two with the "+" button and type a name.
    double_click(canvas, QPointF(*layout().columns[0].header.center))
    _type(canvas, PHASES[0])
    _key(canvas, Qt.Key.Key_Return)
    for title in PHASES[1:]:
        click(canvas, scene.add_phase_button.sceneBoundingRect().center())
        assert scene.entry.editor is not None
        _type(canvas, title)
        _key(canvas, Qt.Key.Key_Return)
    phases = doc.phases(journey)
    assert [doc.title(p) for p in phases] == PHASES

    # A pain-points lane, dropped from the palette below the touchpoints and named.
    touch_lane = doc.lanes(journey)[0]
    assert palette_drop(canvas, "lane", QPointF(layout().rows[-1].header.center[0],
                                                layout().height - 2))
    _type(canvas, "Pain points")
    _key(canvas, Qt.Key.Key_Return)
    lanes = doc.lanes(journey)
    assert [doc.title(lane) for lane in lanes] == ["Touchpoints", "Pain points"]
    pain_lane = lanes[1]

    # Six touchpoints typed by keyboard: Enter moves on to the next phase.
    _quick_entry(canvas, phases[0], touch_lane, TOUCHPOINTS[:3])
    _quick_entry(canvas, phases[0], touch_lane, TOUCHPOINTS[3:])
    cards = {doc.title(c): c for c in doc.cards(journey)}
    assert sorted(cards) == sorted(TOUCHPOINTS)
    for number, title in enumerate(TOUCHPOINTS):
        assert doc.phase_of(cards[title]) == phases[number % 3]
        assert doc.kind(cards[title]) == k.TOUCHPOINT

    # Three flow arrows, each dragged from a card's handle onto the next step.
    steps = [(0, 1), (1, 2), (3, 4)]
    for a, b in steps:
        source, target = cards[TOUCHPOINTS[a]], cards[TOUCHPOINTS[b]]
        drag(canvas, scene.cards[source].handle_center(), canvas.centre_of(target))
    assert sorted(doc.flows(journey)) == sorted(
        (cards[TOUCHPOINTS[a]], cards[TOUCHPOINTS[b]]) for a, b in steps)

    # A pain point dropped into the pain lane and typed in place.
    assert palette_drop(canvas, "pain", _cell_spot(canvas, phases[1], pain_lane))
    assert scene.entry.editor is not None
    _type(canvas, "No price on the website")
    _key(canvas, Qt.Key.Key_Return)
    (pain,) = doc.cards_in(phases[1], pain_lane)
    assert doc.kind(pain) == k.PAIN and doc.title(pain) == "No price on the website"
    # Enter goes on to the next pain point (review s7), as typing in a cell does; Esc on
    # the empty one ends there and adds nothing.
    assert scene.entry.editor is not None and scene.focus_cell == (phases[2], pain_lane)
    _key(canvas, Qt.Key.Key_Escape)
    assert scene.entry.editor is None and not doc.cards_in(phases[2], pain_lane)

    # A persona (the persona editor: Add, type the name, Escape to close).
    editor = PersonaEditor(session, journey, parent=window)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    QTest.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    name = editor.findChild(QLineEdit, "field_name")
    assert name is not None
    name.selectAll()
    QTest.keyClicks(name, "Esther")
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    (persona,) = doc.personas_of(journey)
    assert doc.title(persona) == "Esther"

    # An emotions lane: dropped, named, and its type picked in the inspector by keyboard.
    assert palette_drop(canvas, "lane", QPointF(layout().rows[-1].header.center[0],
                                                layout().height - 2))
    _type(canvas, "Emotions")
    _key(canvas, Qt.Key.Key_Return)
    emotion_lane = doc.lanes(journey)[-1]
    click(canvas, QPointF(*layout().rows[-1].header.center))
    assert scene.selected_ids() == [emotion_lane]
    kind_box = window.inspector.findChild(QComboBox, "field_lane_type")
    assert kind_box is not None
    wanted = kind_box.findData("emotions")
    assert wanted >= 0
    kind_box.setFocus()
    key = Qt.Key.Key_Down if wanted > kind_box.currentIndex() else Qt.Key.Key_Up
    for _ in range(len(k.LANE_TYPES) + 1):
        if kind_box.currentIndex() == wanted:
            break
        QTest.keyClick(kind_box, key)
    assert doc.get(emotion_lane, "lane_type") == "emotions"
    assert layout().emotion_band is not None

    # An emotion point dropped on the second touchpoint, then dragged up to +2.
    view.setFocus()
    band = layout().emotion_band
    target = layout().cards[cards[TOUCHPOINTS[1]]].rect
    assert palette_drop(canvas, "emotion", QPointF(target.center[0], target.center[1]))
    (emotion,) = doc.emotions(journey, persona)
    assert doc.emotion_anchor(emotion) == cards[TOUCHPOINTS[1]]
    start = canvas.centre_of(emotion)
    drag(canvas, start, QPointF(start.x(), band.y + 1))
    assert doc.get(emotion, "score") == 2
    assert [p.score for p in layout().curves[0].points] == [2]

    steps_taken = stack.index()
    assert steps_taken >= 18

    # Save, reopen: the same graph (nodes with attributes, edges with keys).
    path = tmp_path / "cleaning.klantreis"
    assert window.files.save_to(path)
    assert stack.isClean()
    reopened = storage.read(path).document
    assert _graph_equal(reopened.graph, doc.graph)

    # Undo every step (the window's Undo action, as Ctrl+Z does): back to blank.
    undo = window.window_actions.undo
    while stack.index() > 0:
        assert undo.isEnabled()
        undo.trigger()
    assert _graph_equal(doc.graph, blank)
    assert _same_shape(doc.graph, build_choice("leeg", fresh=True).graph)
    assert not scene.cards and not scene.points and len(scene.phases) == 1
