"""File › Close (Ctrl+W) closes the document; the last window stays with a new map, as at
start (review s7: Ctrl+W on the only window ended Klantreis, while Quit is Ctrl+Q)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from klantreis_desktop.model import operations as ops
from klantreis_desktop.storage import locks
from klantreis_desktop.ui.window.main_window import WINDOWS, MainWindow


def test_closing_the_only_document_leaves_the_window_with_a_new_map(
        qtbot, window: MainWindow, sample_file) -> None:
    assert WINDOWS == [window]
    assert locks.lock_path(sample_file).exists()
    window.window_actions.close.trigger()
    assert WINDOWS == [window] and window.isVisible()
    session = window.session
    assert session is not None and session.path is None and session.is_pristine()
    assert window.tabs.current_journey() is not None
    assert not locks.lock_path(sample_file).exists()  # the file is let go
    assert "is closed" in window.statusBar().currentMessage()


def test_unsaved_changes_are_asked_about_first(qtbot, window: MainWindow, dialogs) -> None:
    doc = window.session.doc
    card = doc.cards(window.tabs.current_journey())[0]
    window.session.push(ops.update(doc, card, title="Changed"))
    old = window.session
    dialogs.answer(QMessageBox.StandardButton.Cancel)
    window.window_actions.close.trigger()
    assert window.session is old and dialogs.texts  # Cancel: nothing closed
    dialogs.answer(QMessageBox.StandardButton.Discard)
    window.window_actions.close.trigger()
    assert window.session is not old and window.session.is_pristine()
    assert WINDOWS == [window]


def test_with_two_windows_close_closes_this_one(qtbot, window: MainWindow, make_window) -> None:
    other = make_window()
    assert other.files.new_from("5a")
    assert len(WINDOWS) == 2
    other.window_actions.close.trigger()
    assert WINDOWS == [window]
