"""What the poster prints about a journey (issue 16): its language, version, author,
organisation and logo, set in the journey dialog (one undo step, the logo too) and shown
in the inspector with readable labels (the logo's asset name is not)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel, QLineEdit

from klantreis_desktop.ui.dialogs.journey_dialog import JourneyDialog
from klantreis_desktop.ui.labels import choice_label, field_label
from klantreis_desktop.ui.window.main_window import MainWindow


def make_png(path: Path, width: int = 300, height: int = 120) -> Path:
    picture = QImage(width, height, QImage.Format.Format_RGB32)
    picture.fill(QColor("#2f4858"))
    assert picture.save(str(path), "PNG")
    return path


def field(parent, name: str, kind=QLineEdit):
    found = parent.findChild(kind, f"field_{name}")
    assert found is not None, name
    return found


def open_dialog(qtbot, window: MainWindow) -> JourneyDialog:
    dialog = JourneyDialog(window.session, window.tabs.current_journey(), window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_poster_fields_and_logo_are_one_undo_step(qtbot, window: MainWindow,
                                                  tmp_path: Path) -> None:
    doc = window.session.doc
    journey = window.tabs.current_journey()
    before = dict(doc.graph.nodes[journey])
    dialog = open_dialog(qtbot, window)
    language = field(dialog, "language", QComboBox)
    assert [language.itemText(i) for i in range(language.count())] == [
        "The document's language", "Nederlands", "English"]
    language.setCurrentIndex(language.findData("en"))
    version = field(dialog, "version")
    version.setText("v3 – na de workshop")
    field(dialog, "author").setText("Team CX")
    field(dialog, "organisation").setText("Glans")
    assert dialog.set_logo_from_file(make_png(tmp_path / "logo.png"))
    assert not dialog.logo_label.pixmap().isNull()  # shown before OK
    assert doc.get(journey, "logo") == before.get("logo", "")  # nothing changed yet
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    asset = doc.get(journey, "logo")
    assert asset and doc.assets[asset].startswith(b"\x89PNG")
    assert (doc.get(journey, "language"), doc.get(journey, "version"),
            doc.get(journey, "author"), doc.get(journey, "organisation")) == (
        "en", "v3 – na de workshop", "Team CX", "Glans")
    assert window.session.stack.count() == 1
    window.window_actions.undo.trigger()
    assert dict(doc.graph.nodes[journey]) == before
    window.window_actions.redo.trigger()
    assert doc.get(journey, "logo") == asset

    again = open_dialog(qtbot, window)
    assert not again.logo_label.pixmap().isNull()  # the logo the journey has
    again.remove_logo()
    assert again.logo_label.pixmap().isNull() and not again.remove_logo_button.isEnabled()
    again.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert doc.get(journey, "logo") == "" and window.session.stack.count() == 2


def test_a_file_that_is_no_image_is_refused_plainly(qtbot, window: MainWindow,
                                                    tmp_path: Path) -> None:
    doc = window.session.doc
    journey = window.tabs.current_journey()
    bogus = tmp_path / "logo.png"
    bogus.write_bytes(b"not a picture at all")
    dialog = open_dialog(qtbot, window)
    assert not dialog.set_logo_from_file(bogus)
    assert dialog.error_label.isVisible() and "logo.png" in dialog.error_label.text()
    assert dialog.shown_logo() is None
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert window.session.stack.count() == 0 and not doc.get(journey, "logo")


def test_the_inspector_names_the_poster_fields_and_hides_the_logo(
        qtbot, window: MainWindow) -> None:
    inspector = window.inspector
    window.tabs.current_scene().select_ids([])
    labels = {label.text() for label in inspector.findChildren(QLabel)}
    assert {"Poster language", "Version", "Author", "Organisation"} <= labels
    assert inspector.findChild(QLineEdit, "field_logo") is None
    combo = field(inspector, "language", QComboBox)
    assert combo.itemText(combo.findData("")) == "The document's language"
    assert combo.itemText(combo.findData("nl")) == "Nederlands"
    version = field(inspector, "version")
    version.setText("")
    version.textEdited.emit("versie 4")
    assert window.session.doc.get(window.tabs.current_journey(), "version") == "versie 4"


def test_labels_for_the_poster_fields() -> None:
    assert field_label("language") == "Poster language"
    assert [field_label(n) for n in ("version", "author", "organisation", "logo")] == [
        "Version", "Author", "Organisation", "Logo"]
    assert (choice_label("language", "nl"), choice_label("language", "en"),
            choice_label("language", "")) == ("Nederlands", "English",
                                              "The document's language")
