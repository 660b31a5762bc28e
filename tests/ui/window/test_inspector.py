"""The inspector: edits are commands, typing merges, undo restores, refresh keeps the cursor."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QSpinBox

from klantreis_desktop.model import kinds as k
from klantreis_desktop.model import operations as ops
from klantreis_desktop.ui.window.main_window import MainWindow


def select(window: MainWindow, ids: list[str]) -> None:
    window.tabs.current_scene().select_ids(ids)


def first_of_kind(window: MainWindow, kind: str) -> str:
    doc = window.session.doc
    journey = window.tabs.current_journey()
    return next(c for c in doc.cards(journey) if doc.kind(c) == kind)


def editor(window: MainWindow, name: str, kind=QLineEdit):
    found = window.inspector.findChild(kind, f"field_{name}")
    assert found is not None, name
    return found


def test_typing_a_title_is_one_undo_step(qtbot, window: MainWindow) -> None:
    doc = window.session.doc
    card = first_of_kind(window, k.TOUCHPOINT)
    old = doc.title(card)
    select(window, [card])
    title = editor(window, "title")
    assert title.text() == old
    title.setFocus()
    title.end(False)
    qtbot.keyClicks(title, " today")
    assert doc.title(card) == old + " today"
    assert window.session.stack.count() == 1  # six keystrokes, one step
    assert title.cursorPosition() == len(old + " today")
    assert window.isWindowModified()
    # Ctrl+Z in the field undoes the document, not just the field.
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert doc.title(card) == old
    assert title.text() == old
    assert not window.isWindowModified()


def test_model_changes_refresh_the_form(window: MainWindow) -> None:
    doc = window.session.doc
    card = first_of_kind(window, k.PAIN)
    select(window, [card])
    window.session.push(ops.update(doc, card, impact=5, term="long", description="x"))
    assert editor(window, "impact", QSpinBox).value() == 5
    assert editor(window, "term", QComboBox).currentData() == "long"
    window.window_actions.undo.trigger()
    assert editor(window, "impact", QSpinBox).value() == doc.get(card, "impact")


def test_enum_and_number_edits(qtbot, window: MainWindow) -> None:
    doc = window.session.doc
    card = first_of_kind(window, k.TOUCHPOINT)
    select(window, [card])
    combo = editor(window, "interaction", QComboBox)
    old_interaction = doc.get(card, "interaction")
    wanted = "mass_targeted" if old_interaction != "mass_targeted" else "mass_anonymous"
    index = combo.findData(wanted)
    combo.activated.emit(index)  # what a user's pick in the popup emits
    combo.setCurrentIndex(index)
    assert doc.get(card, "interaction") == wanted
    assert combo.currentText().startswith("Mass, ")
    votes = editor(window, "votes", QSpinBox)
    old_votes = doc.get(card, "votes")
    votes.setFocus()
    qtbot.keyClick(votes, Qt.Key.Key_Up)
    qtbot.keyClick(votes, Qt.Key.Key_Up)
    assert doc.get(card, "votes") == old_votes + 2
    assert window.session.stack.count() == 2  # the combo, then both votes merged
    window.window_actions.undo.trigger()
    window.window_actions.undo.trigger()
    assert doc.get(card, "votes") == old_votes and doc.get(card, "interaction") == old_interaction


def test_set_channels_by_checking(window: MainWindow) -> None:
    doc = window.session.doc
    card = first_of_kind(window, k.TOUCHPOINT)
    before = doc.channels_of(card)
    select(window, [card])
    channels = editor(window, "channels", QListWidget)
    assert channels.count() == len(doc.channels())
    target = next(i for i in range(channels.count())
                  if channels.item(i).data(Qt.ItemDataRole.UserRole) not in before)
    channels.item(target).setCheckState(Qt.CheckState.Checked)
    wanted = channels.item(target).data(Qt.ItemDataRole.UserRole)
    assert set(doc.channels_of(card)) == set(before) | {wanted}
    window.window_actions.undo.trigger()
    assert doc.channels_of(card) == before
    assert channels.item(target).checkState() == Qt.CheckState.Unchecked


def test_refused_value_shows_the_reason(window: MainWindow) -> None:
    """A value the model refuses leaves the model alone and says why, in words."""
    doc = window.session.doc
    card = first_of_kind(window, k.PAIN)
    select(window, [card])
    old = doc.get(card, "votes")
    window.inspector._edited("votes", 5000)  # beyond what the spin box allows
    error = window.inspector.findChild(QLabel, "inspector_error")
    assert not error.isHidden() and "between 0 and 999" in error.text()
    assert window.session.stack.count() == 0 and doc.get(card, "votes") == old
    assert editor(window, "votes", QSpinBox).value() == old


def test_multi_selection_shows_count_and_nothing_shows_the_journey(window: MainWindow) -> None:
    doc = window.session.doc
    journey = window.tabs.current_journey()
    cards = doc.cards(journey)[:3]
    select(window, cards)
    heading = window.inspector.findChild(QLabel, "inspector_heading")
    assert heading.text() == "3 element(s) selected" or heading.text().startswith("3 ")
    assert window.selection_label.text().startswith("3")
    select(window, [])
    assert window.inspector.node == journey
    assert editor(window, "title").text() == doc.title(journey)


def test_emotion_point_score_follows_the_journey_scale(qtbot, window: MainWindow) -> None:
    doc = window.session.doc
    journey = window.tabs.current_journey()
    emotion = doc.emotions(journey)[0]
    select(window, [emotion])
    assert window.inspector.node == emotion
    score = editor(window, "score", QSpinBox)
    assert (score.minimum(), score.maximum()) == doc.scale(journey)
    old = doc.get(emotion, "score")
    score.setFocus()
    qtbot.keyClick(score, Qt.Key.Key_Down if old > score.minimum() else Qt.Key.Key_Up)
    assert doc.get(emotion, "score") != old
    window.window_actions.undo.trigger()
    assert doc.get(emotion, "score") == old and score.value() == old


def test_typing_in_the_middle_keeps_the_cursor_and_delete_stays_in_the_field(
        qtbot, window: MainWindow) -> None:
    doc = window.session.doc
    card = first_of_kind(window, k.NOTE)
    select(window, [card])
    title = editor(window, "title")
    old = title.text()
    title.setFocus()
    title.setCursorPosition(2)
    qtbot.keyClicks(title, "XY")
    assert doc.title(card) == old[:2] + "XY" + old[2:]
    assert title.cursorPosition() == 4  # the model refresh did not move the cursor
    qtbot.keyClick(title, Qt.Key.Key_Delete)  # deletes a character, not the card
    assert card in doc and doc.title(card) == old[:2] + "XY" + old[3:]
    assert window.session.stack.count() == 1


def test_a_touchpoints_figures_are_shown_and_follow_the_model(qtbot, window: MainWindow) -> None:
    from klantreis_desktop.model import measures as m

    doc, journey = window.session.doc, window.tabs.current_journey()
    card = first_of_kind(window, k.TOUCHPOINT)
    select(window, [card])
    assert editor(window, "figures", QLabel).text() == "–"
    window.session.push(m.update_metrics(doc, journey, {card: [
        m.MetricValue("nps", -7.0), m.MetricValue("csat", 67.1),
        m.MetricValue("waiting_time", 18.2), m.MetricValue("volume", 1169.0)]}))
    text = editor(window, "figures", QLabel).text()
    assert text.splitlines() == ["NPS −7", "CSAT 67.1%", "Waiting time 18.2 min",
                                 "Volume 1,169"]  # grouped (review, defect 14)
