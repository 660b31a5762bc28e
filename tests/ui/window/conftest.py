"""Fixtures for the window tests: real windows, real files, real dialogs answered by clicks."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton

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
    assert window.files.open_path(sample_file, wait=True)
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


class BoxAnswerer:
    """Clicks the button named ``button`` in the next message box named ``box`` (the
    questions about locked and changed files), however long it takes to appear."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, str]] = []  # (box name, its text)
        #: Boxes nobody planned for (closed with Escape, so a test fails instead of hanging).
        self.unexpected: list[tuple[str, str]] = []
        self._plan: list[tuple[str, str]] = []
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    def answer(self, box: str, button: str) -> None:
        self._plan.append((box, button))

    @property
    def pending(self) -> bool:
        return bool(self._plan)

    def _poll(self) -> None:
        shown = QApplication.activeModalWidget()
        if not isinstance(shown, QMessageBox):
            return
        if not self._plan or shown.objectName() != self._plan[0][0]:
            self.unexpected.append((shown.objectName(), shown.text()))
            shown.reject()
            return
        name, button = self._plan[0]
        if shown.objectName() == name:
            target = shown.findChild(QPushButton, button) if button else None
            if target is None:  # no such button: the box's first one (OK)
                target = shown.buttons()[0]
            self._plan.pop(0)
            self.asked.append((name, shown.text()))
            target.click()

    def stop(self) -> None:
        self._timer.stop()


@pytest.fixture
def boxes() -> Iterator[BoxAnswerer]:
    answerer = BoxAnswerer()
    yield answerer
    answerer.stop()
    assert not answerer.unexpected, f"questions nobody expected: {answerer.unexpected}"
    assert not answerer.pending, "a question the test expected was never asked"
