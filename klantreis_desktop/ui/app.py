"""Starting the window: QApplication, translations, icon, fonts, and the first documents.

``run_gui`` is what the ``klantreis`` command calls. The language is ``--lang``'s, else
the one chosen in View › Language, else the system's (Dutch locale → Dutch); Qt's own
dialogs (Save/Discard, file dialogs) are translated too, from the translations that ship
inside PySide6.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from klantreis_desktop import __version__, i18n
from klantreis_desktop.settings import Settings
from klantreis_desktop.shipped_files import i18n_dir, resources_dir
from klantreis_desktop.ui import ready_mark

if TYPE_CHECKING:
    from collections.abc import Sequence

    from klantreis_desktop.ui.dialogs.recovery_dialog import RestoredDocument
    from klantreis_desktop.ui.window.main_window import MainWindow

APP_NAME = "Klantreis"
#: Translators stay referenced for the life of the application (Qt does not own them).
_translators: list[QTranslator] = []


def install_translations(app: QApplication, lang: str) -> list[str]:
    """Load our ``klantreis_<lang>.qm``, Qt's ``qtbase_<lang>.qm`` and our supplement to it;
    returns what loaded.

    Qt's Dutch catalogue predates Qt 6's wording of a few file-dialog strings ("&Look in:",
    "Files of &type:", the file-type names), so without ``qt_supplement_<lang>.qm`` (built
    from ``i18n/qt_supplement_<lang>.ts``) the Dutch file dialog is half English. It is
    installed last, so Qt asks it first; it holds only what qtbase lacks.
    """
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    loaded: list[str] = []
    QLocale.setDefault(QLocale(QLocale.Language.Dutch if lang == "nl"
                               else QLocale.Language.English))
    if lang == "en":
        return loaded
    candidates = [
        (str(i18n_dir()), f"klantreis_{lang}"),
        (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), f"qtbase_{lang}"),
        (str(i18n_dir()), f"qt_supplement_{lang}"),
    ]
    for folder, name in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _translators.append(translator)
            loaded.append(name)
    return loaded


def load_fonts() -> None:
    """Register the bundled DejaVu fonts so every glyph (ĳ, →, ë) has a face everywhere."""
    for path in sorted((resources_dir() / "fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(path))


def create_application(lang: str | None = None,
                       settings: Settings | None = None) -> QApplication:
    """The QApplication with name, icon, fonts and translations (reused if it exists).

    The language: ``lang`` (``--lang``), else the one chosen in View › Language (kept in
    ``settings``, the user's when not given), else the system's."""
    if lang is None:
        from klantreis_desktop.ui.window.language_menu import chosen_language

        lang = chosen_language(settings if settings is not None else Settings())
    chosen = i18n.set_language(lang)
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName("klantreis")
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("klantreis")
    app.setDesktopFileName("klantreis")
    icon_file = resources_dir() / "icons" / "klantreis.svg"
    if icon_file.is_file():
        app.setWindowIcon(QIcon(str(icon_file)))
    load_fonts()
    install_translations(app, chosen)
    return app


def open_windows(paths: list[str], settings: Settings | None = None,
                 restored: Sequence[RestoredDocument] = ()) -> list[object]:
    """Windows for ``paths`` (one per file) and for documents restored after a crash, or
    one new document when nothing opened."""
    from klantreis_desktop.ui.window.main_window import WINDOWS, MainWindow

    settings = settings if settings is not None else Settings()
    first = MainWindow(settings)
    if settings.get("window_geometry") is None:
        first.showMaximized()  # first start: the whole projector for the map
    else:
        first.show()
    recovered_paths = {Path(r.original_path).resolve() for r in restored if r.original_path}
    for path in paths:
        if Path(path).resolve() not in recovered_paths:  # the recovered copy is newer
            first.files.open_path(Path(path))  # read in the background, shown when read
    if restored:  # shown once the command line's files have arrived (or failed), so what
        # the user chose to get back is the last window shown and comes to the front
        first.files.when_opened(partial(_restore, first, list(restored)))
    if first in WINDOWS:  # nothing shown once the files arrived (or failed): a new map
        first.files.fill_when_empty(_default_template())
    # Start-up is done once the files arrived, were shown and placed (the placing runs
    # from a zero timer started while showing): say so after it (ready_mark.py).
    first.files.when_opened(partial(QTimer.singleShot, 0, ready_mark.say_ready))
    return list(WINDOWS)


def _restore(first: MainWindow, restored: list[RestoredDocument]) -> None:
    """Show the documents restored after a crash, each in a window, the last in front."""
    from klantreis_desktop.ui.window.kept_changes import show_restored

    if not shiboken6.isValid(first):
        return
    window = first
    for recovered in restored:
        window = show_restored(first, recovered)
    window.raise_()
    window.activateWindow()


def _default_template() -> str:
    from klantreis_desktop import templates

    return templates.TEMPLATES[0]


def run_gui(paths: list[str], lang: str | None) -> int:
    """Start the application with ``paths`` open; returns the exit code."""
    from klantreis_desktop.ui.dialogs.recovery_dialog import offer_recoveries
    from klantreis_desktop.ui.window.autosave_controller import shutdown_cleanly

    app = create_application(lang)
    from klantreis_desktop.ui import probe  # the acceptance tests' eyes; off by default

    probe.install_if_asked()
    restored = offer_recoveries(None)
    windows = open_windows(paths, restored=restored)
    if windows:
        from klantreis_desktop.ui.window import first_run  # lazy: start-up
        from klantreis_desktop.ui.window.main_window import MainWindow

        first = windows[0]
        if isinstance(first, MainWindow):
            first_run.maybe_show(first, first.settings)
    code = int(app.exec())
    shutdown_cleanly()  # a clean end: this run's recovery copies are no longer needed
    return code
