"""Fixtures for the window tests: real windows, real files, real dialogs answered by clicks."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from klantreis_desktop import storage, templates
from klantreis_desktop.model.journeys import copy_journey
from klantreis_desktop.settings import Settings
from klantreis_desktop.ui.window.main_window import WINDOWS, MainWindow


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "settings" / "settings.json")


@pytest.fixture
def sample_file(tmp_path: Path) -> Path:
    """The cleaning-service sample plus a second journey, saved as a real file."""
    doc = templates.build_sample("schoonmaak", "en")
    extra = templates.build_template("5a", "en")
    doc.apply(copy_journey(doc, extra, extra.journeys()[0], title="Second journey"))
    path = tmp_path / "sample.klantreis"
    storage.save(doc, path)
    return path


@pytest.fixture
def make_window(qtbot, settings: Settings) -> Iterator[Callable[[], MainWindow]]:
    """Windows that are closed (without prompts) after the test."""
    made: list[MainWindow] = []

    def make() -> MainWindow:
        window = MainWindow(settings)
        window.show()
        made.append(window)
        return window

    yield make
    for window in list(WINDOWS):
        if window.session is not None:
            window.session.stack.setClean()
        window.close()


@pytest.fixture
def window(make_window, sample_file: Path) -> MainWindow:
    window = make_window()
    assert window.files.open_path(sample_file)
    return window


class DialogAnswerer:
    """Clicks a button in the next modal dialog (message box) that opens, and records it."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self._tries = 0

    def answer(self, button: QMessageBox.StandardButton) -> None:
        self._tries = 0

        def poll() -> None:
            box = QApplication.activeModalWidget()
            if isinstance(box, QMessageBox):
                self.texts.append(box.text())
                box.button(button).click()
            elif isinstance(box, QDialog):
                box.reject()
            elif self._tries < 400:
                self._tries += 1
                QTimer.singleShot(10, poll)

        QTimer.singleShot(0, poll)


@pytest.fixture
def dialogs() -> DialogAnswerer:
    return DialogAnswerer()
