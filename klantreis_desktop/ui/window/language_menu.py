"""View › Language: the interface language chosen in the app, kept in the settings.

Without it only ``--lang`` or the system locale chose the language, which a facilitator
on a borrowed English laptop cannot change. The choice counts from the next start: every
window, dialog and Qt's own buttons are translated when they are made, and a document's
texts (lane titles, card titles) are the team's own words in any case. ``--lang`` still
wins for one run (the acceptance tests and the command line rely on it).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from klantreis_desktop import i18n
from klantreis_desktop.i18n import translate
from klantreis_desktop.settings import Settings

#: The preference that holds the chosen language ("nl"/"en"; absent: the system's).
LANGUAGE_KEY = "language"
#: Each language named in itself, as language pickers do: the names must be readable by
#: someone who does not read the current interface language.
LANGUAGE_NAMES = {"nl": "Nederlands", "en": "English"}
#: What the change means, in the language chosen (that is the one the reader wants).
NEXT_START = {
    "nl": "Klantreis Desktop is vanaf de volgende start in het Nederlands.",
    "en": "Klantreis Desktop is in English from the next start.",
}


def chosen_language(settings: Settings) -> str | None:
    """The language chosen in the app, or None (never chosen, or not one we have)."""
    value = settings.get(LANGUAGE_KEY)
    return value if value in i18n.LANGUAGES else None


def build_language_menu(parent: QMenu, settings: Settings, window: QWidget) -> QMenu:
    """The Language submenu: one checkable entry per language, the one in force ticked."""
    menu = parent.addMenu(translate("LanguageMenu", "&Language"))
    menu.setObjectName("language_menu")
    group = QActionGroup(menu)
    group.setExclusive(True)
    current = chosen_language(settings) or i18n.language()
    for code, name in LANGUAGE_NAMES.items():
        action = QAction(name, menu)
        action.setObjectName(f"language_{code}")
        action.setCheckable(True)
        action.setChecked(code == current)
        action.triggered.connect(
            lambda _checked=False, code=code: choose_language(settings, code, window))
        group.addAction(action)
        menu.addAction(action)
    return menu


def choose_language(settings: Settings, code: str, window: QWidget | None) -> None:
    """Keep ``code`` for the next start and say so (in that language)."""
    if code not in i18n.LANGUAGES or code == chosen_language(settings):
        return
    settings.set(LANGUAGE_KEY, code)
    if code == i18n.language():
        return  # already in force (chosen by the system or --lang): nothing changes
    box = QMessageBox(QMessageBox.Icon.Information, LANGUAGE_NAMES[code], NEXT_START[code],
                      QMessageBox.StandardButton.Ok, window)
    box.setObjectName("language_changed_box")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()  # window-modal, not a nested event loop
