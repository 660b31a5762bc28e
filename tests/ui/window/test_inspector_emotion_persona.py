"""Review s6 #1: an emotion point's persona is editable in the inspector (the point moves to
that persona's curve, one undo step), and a dropped point is what the inspector shows (#19)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from klantreis_desktop.model import kinds as k
from klantreis_desktop.model import operations as ops
from klantreis_desktop.ui.window.main_window import MainWindow


def add_second_persona(window: MainWindow) -> str:
    session = window.session
    journey = window.tabs.current_journey()
    change = ops.add_persona(session.doc, "Joris de Boer")
    session.push(change)
    joris = ops.created_id(change)
    session.push(ops.attach_persona(session.doc, journey, joris))
    return joris


def test_the_persona_field_moves_the_point_to_another_curve(qtbot, window: MainWindow) -> None:
    doc = window.session.doc
    journey = window.tabs.current_journey()
    joris = add_second_persona(window)
    emotion = doc.emotions(journey)[0]
    old = doc.target(emotion, k.FELT_BY)
    window.tabs.current_scene().select_ids([emotion])
    chooser = window.inspector.findChild(QComboBox, "field_persona")
    assert chooser is not None and chooser.isEnabled()
    assert chooser.currentData() == old
    steps = window.session.stack.count()
    chooser.setCurrentIndex(chooser.findData(joris))
    assert doc.target(emotion, k.FELT_BY) == joris
    assert window.session.stack.count() == steps + 1
    assert window.inspector.node == emotion  # still shown, now Joris's
    assert window.tabs.current_scene().emotion_persona() == joris  # his curve is scored
    window.window_actions.undo.trigger()
    assert doc.target(emotion, k.FELT_BY) == old
    chooser = window.inspector.findChild(QComboBox, "field_persona")
    assert chooser.currentData() == old


def test_a_persona_attached_while_a_point_is_shown_joins_its_chooser(
        qtbot, window: MainWindow) -> None:
    """Left from review s6: the chooser kept the personas of the moment the point was
    selected; one attached (or renamed) meanwhile could not be chosen."""
    doc = window.session.doc
    journey = window.tabs.current_journey()
    emotion = doc.emotions(journey)[0]
    window.tabs.current_scene().select_ids([emotion])
    chooser = window.inspector.findChild(QComboBox, "field_persona")
    assert chooser is not None
    before = chooser.count()
    joris = add_second_persona(window)
    assert window.inspector.node == emotion
    chooser = window.inspector.findChild(QComboBox, "field_persona")
    assert chooser.count() == before + 1 and chooser.findData(joris) >= 0
    assert chooser.currentData() == doc.target(emotion, k.FELT_BY)
    window.session.push(ops.update(doc, joris, name="Joris B."))
    assert chooser.itemText(chooser.findData(joris)) == "Joris B."
    steps = window.session.stack.count()
    chooser.setCurrentIndex(chooser.findData(joris))
    assert doc.target(emotion, k.FELT_BY) == joris and window.session.stack.count() == steps + 1
