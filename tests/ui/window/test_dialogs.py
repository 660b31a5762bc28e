"""Persona editor and journey properties: real widgets, real image file, undoable."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLineEdit, QPlainTextEdit, QSpinBox

from klantreis_desktop import storage
from klantreis_desktop.ui.dialogs.journey_dialog import JourneyDialog
from klantreis_desktop.ui.dialogs.persona_editor import PersonaEditor
from klantreis_desktop.ui.window.main_window import MainWindow


def make_png(path: Path) -> Path:
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#2a9d8f"))
    assert image.save(str(path), "PNG")
    return path


def field(dialog, name: str, kind=QLineEdit):
    found = dialog.findChild(kind, f"field_{name}")
    assert found is not None, name
    return found


def test_persona_editor_round_trip_with_photo(qtbot, window: MainWindow, tmp_path: Path) -> None:
    session = window.session
    doc = session.doc
    journey = window.tabs.current_journey()
    before = set(doc.personas())
    editor = PersonaEditor(session, journey, parent=window)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.list.count() == len(before)

    persona = editor.add_persona()
    assert persona is not None and persona not in before
    assert persona in doc.personas_of(journey)
    name = field(editor, "name")
    name.selectAll()
    qtbot.keyClicks(name, "Fatima")
    age = field(editor, "age", QSpinBox)
    age.setValue(41)
    says = field(editor, "says", QPlainTextEdit)
    says.setFocus()
    qtbot.keyClicks(says, "Is het echt schoon?")
    assert editor.set_photo_from_file(make_png(tmp_path / "fatima.png"))

    assert doc.title(persona) == "Fatima"
    assert doc.get(persona, "age") == 41
    assert doc.get(persona, "says") == "Is het echt schoon?"
    asset = doc.get(persona, "photo")
    assert asset and asset in doc.assets
    assert not editor.shown_photo().isNull()
    assert editor.list.currentItem().text() == "Fatima"

    # Saved and read back, the persona and the photo are all there.
    path = tmp_path / "with-photo.klantreis"
    assert window.files.save_to(path)
    loaded = storage.read(path).document
    assert loaded.title(persona) == "Fatima" and loaded.assets[asset] == doc.assets[asset]

    # Every step undoes: photo, empathy text, age, name, attach, add.
    steps = session.stack.count()
    assert steps >= 5
    for _ in range(steps):
        window.window_actions.undo.trigger()
    assert set(doc.personas()) == before
    assert editor.list.count() == len(before)
    editor.close()


def test_bad_photo_shows_a_message_and_changes_nothing(qtbot, window: MainWindow,
                                                       tmp_path: Path) -> None:
    editor = PersonaEditor(window.session, window.tabs.current_journey(), parent=window)
    qtbot.addWidget(editor)
    bogus = tmp_path / "not-a-photo.png"
    bogus.write_bytes(b"this is text, not an image")
    assert not editor.set_photo_from_file(bogus)
    assert not editor.error_label.isHidden()
    assert "not-a-photo.png" in editor.error_label.text()
    assert window.session.stack.count() == 0


def test_remove_persona_removes_its_emotions_and_undoes(qtbot, window: MainWindow) -> None:
    doc = window.session.doc
    journey = window.tabs.current_journey()
    persona = doc.personas_of(journey)[0]
    emotions = doc.emotions(journey, persona)
    assert emotions
    editor = PersonaEditor(window.session, journey, persona, parent=window)
    qtbot.addWidget(editor)
    assert editor.persona == persona
    assert editor.remove_persona(persona, confirm=False)
    assert persona not in doc and not any(e in doc for e in emotions)
    window.window_actions.undo.trigger()
    assert persona in doc and all(e in doc for e in emotions)


def test_journey_dialog_applies_one_step(qtbot, window: MainWindow) -> None:
    doc = window.session.doc
    journey = window.tabs.current_journey()
    before = {n: dict(d) for n, d in doc.graph.nodes(data=True)}
    edges_before = set(doc.graph.edges(keys=True))
    dialog = JourneyDialog(window.session, journey, window)
    qtbot.addWidget(dialog)
    dialog.show()
    title = field(dialog, "title")
    title.selectAll()
    qtbot.keyClicks(title, "Schoonmaak 2.0")
    field(dialog, "time_span").setText("Six weeks")
    scale = field(dialog, "scale", QComboBox)
    scale.setCurrentIndex(scale.findData("1..5"))
    first_persona = dialog.personas.item(0)
    first_persona.setCheckState(Qt.CheckState.Unchecked)
    dialog.table.item(0, 1).setText("2 weeks")
    dialog.table.item(0, 3).setText("Leads per week")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    phase = doc.phases(journey)[0]
    assert doc.title(journey) == "Schoonmaak 2.0"
    assert doc.get(journey, "time_span") == "Six weeks"
    assert doc.scale(journey) == (1, 5)
    assert all(1 <= doc.get(e, "score") <= 5 for e in doc.emotions(journey))
    assert first_persona.data(Qt.ItemDataRole.UserRole) not in doc.personas_of(journey)
    assert doc.get(phase, "duration") == "2 weeks" and doc.get(phase, "kpi") == "Leads per week"
    assert window.session.stack.count() == 1
    assert window.tabs.tabs.tabToolTip(0) == "Schoonmaak 2.0"
    window.window_actions.undo.trigger()
    assert {n: dict(d) for n, d in doc.graph.nodes(data=True)} == before
    assert set(doc.graph.edges(keys=True)) == edges_before


def test_journey_dialog_cancel_changes_nothing(qtbot, window: MainWindow) -> None:
    dialog = JourneyDialog(window.session, window.tabs.current_journey(), window)
    qtbot.addWidget(dialog)
    field(dialog, "title").setText("Something else")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert window.session.stack.count() == 0


def test_a_photo_that_may_not_be_read_says_so_in_the_users_language(
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    """Not "not an image": the person can fix a permission, not a format."""
    import builtins
    import errno
    import io

    from klantreis_desktop import i18n

    photo = make_png(tmp_path / "geheim.png")
    real_open = builtins.open

    def guarded(file, *args, **kwargs):
        if str(file) == str(photo):
            raise PermissionError(errno.EACCES, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded)  # as a file without read permission
    monkeypatch.setattr(io, "open", guarded)
    i18n.set_language("nl")
    editor = PersonaEditor(window.session, window.tabs.current_journey(), parent=window)
    qtbot.addWidget(editor)
    assert not editor.set_photo_from_file(photo)
    text = editor.error_label.text()
    assert text == "Je hebt geen toestemming om “geheim.png” te openen."
    assert "Permission" not in text and "afbeelding" not in text
    assert window.session.stack.count() == 0
