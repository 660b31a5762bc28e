"""The workshop tests' window: the cleaning sample saved to a real file and opened in a
main window of 1280 × 800 (a projector), and closing every window afterwards."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent

from klantreis_desktop import storage, templates
from klantreis_desktop.settings import Settings
from klantreis_desktop.ui.window.main_window import WINDOWS, MainWindow
from klantreis_desktop.ui.workshop import Workshop


def open_sample_workshop(qtbot: Any, folder: Path, lang: str = "en") -> Workshop:
    doc = templates.build_sample("schoonmaak", lang)
    path = folder / "sample.klantreis"
    storage.save(doc, path)
    window = MainWindow(Settings(folder / "settings.json"))
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    assert window.files.open_path(path, wait=True)
    made = window.workshop
    assert isinstance(made, Workshop)
    return made


def present(qtbot: Any, doc: Any) -> Any:
    """``doc``'s first journey presented at 1280 × 800 without animation, keys to its view."""
    from PySide6.QtGui import QUndoStack

    from klantreis_desktop.ui.presenting import PresentationWindow

    window = PresentationWindow(doc, doc.journeys()[0], QUndoStack(), animate=False)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.view.setFocus()
    return window


def close_every_window() -> None:
    """Close the windows without asking (their changes are the tests')."""
    for shown in list(WINDOWS):
        if shown.session is not None:
            shown.session.stack.setClean()
        shown.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
