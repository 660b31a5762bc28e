"""View › Language: a facilitator picks the interface language in the app (review s6 #16:
only ``--lang`` or the system locale could), kept in the settings for the next start;
``--lang`` still wins for one run."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMenu, QMessageBox

from klantreis_desktop import i18n
from klantreis_desktop.settings import Settings
from klantreis_desktop.ui.app import create_application
from klantreis_desktop.ui.window.language_menu import LANGUAGE_KEY, chosen_language


def _language_menu(window) -> QMenu:
    menu = window.findChild(QMenu, "language_menu")
    assert menu is not None, "View › Language"
    return menu


def test_the_view_menu_offers_each_language_by_its_own_name(make_window):
    window = make_window()
    menu = _language_menu(window)
    entries = {a.objectName(): (a.text(), a.isChecked()) for a in menu.actions()}
    assert entries == {"language_nl": ("Nederlands", i18n.language() == "nl"),
                       "language_en": ("English", i18n.language() == "en")}
    view = menu.menuAction().associatedObjects()
    assert any(isinstance(m, QMenu) and m is not menu for m in view)


def test_choosing_a_language_keeps_it_and_says_from_when(qtbot, make_window,
                                                         settings: Settings):
    window = make_window()
    other = "nl" if i18n.language() == "en" else "en"
    action = next(a for a in _language_menu(window).actions()
                  if a.objectName() == f"language_{other}")
    action.trigger()
    assert settings.get(LANGUAGE_KEY) == other
    assert Settings(settings.path).get(LANGUAGE_KEY) == other  # on disk
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "language_changed_box")
                    is not None, timeout=5000)
    box = window.findChild(QMessageBox, "language_changed_box")
    assert "next start" in box.text() or "volgende start" in box.text()
    assert ("English" in box.text()) == (other == "en")
    box.close()
    # Choosing the language in force changes nothing on screen.
    back = next(a for a in _language_menu(window).actions()
                if a.objectName() == f"language_{i18n.language()}")
    back.trigger()
    assert settings.get(LANGUAGE_KEY) == i18n.language()
    QApplication.processEvents()
    assert window.findChild(QMessageBox, "language_changed_box") is None


def test_the_next_start_takes_the_chosen_language_unless_lang_is_given(qapp, tmp_path):
    before = i18n.language()
    settings = Settings(tmp_path / "settings.json")
    other = "nl" if before == "en" else "en"
    try:
        settings.set(LANGUAGE_KEY, other)
        create_application(None, settings)
        assert i18n.language() == other
        create_application(before, settings)  # --lang wins
        assert i18n.language() == before
        settings.set(LANGUAGE_KEY, "fr")  # not ours (an edited file): the system's
        assert chosen_language(settings) is None
    finally:
        create_application(before)
    assert i18n.language() == before


def test_the_dutch_notice_reads_as_dutch():
    """Review s7: "Klantreis Desktop is Nederlands vanaf de volgende start" says the app
    *is Dutch*; it is in Dutch from the next start."""
    from klantreis_desktop.ui.window.language_menu import NEXT_START

    assert NEXT_START["nl"] == "Klantreis Desktop is vanaf de volgende start in het Nederlands."
