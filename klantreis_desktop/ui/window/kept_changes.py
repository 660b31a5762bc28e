"""Opening a file whose newer, unsaved changes a stopped run kept: ask first.

After a crash the recovery dialog offers the kept copies; "Decide later" keeps them. The
file itself still holds the older saved version, so opening it silently (Open, Open
Recent, the command line, a drop: all of them end in ``FileActions._opened``) and then
saving made two diverging versions. So :func:`before_opening` asks: restore the kept
changes (as the recovery dialog's Restore does: the document marked unsaved, its copy
moved into this run), open the saved version (the copy stays for later and is offered
again, without speaking of a crash), or cancel.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from klantreis_desktop.storage.autosave import Recovery, copies_of, mark_offered
from klantreis_desktop.storage.errors import KlantreisFileError, display_name
from klantreis_desktop.ui.dialogs.recovery_dialog import (
    RestoredDocument,
    later_text,
    separate_title,
)
from klantreis_desktop.ui.moments import moment_text
from klantreis_desktop.ui.window.autosave_controller import process_store

if TYPE_CHECKING:
    from klantreis_desktop.ui.window.main_window import MainWindow

Role = QMessageBox.ButtonRole


def _tr(text: str) -> str:
    return QCoreApplication.translate("KeptChanges", text)


def pending_copy(path: Path) -> Recovery | None:
    """The newest copy a stopped run kept of the document saved as ``path`` (never one of
    a run that still runs: that instance has the document open)."""
    copies = copies_of(process_store().find_recoveries(), path)
    return copies[0] if copies else None


def ask(parent: QWidget, path: Path, recovery: Recovery) -> str:
    """"restore", "saved" (open the saved version) or "cancel"."""
    box = QMessageBox(QMessageBox.Icon.Question, _tr("Unsaved changes were kept"),
                      _tr("Unsaved changes to “%1” from %2 were kept when Klantreis "
                          "stopped.").replace("%1", display_name(path)).replace(
                          "%2", moment_text(recovery.saved_at)),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("kept_changes_box")
    later = recovery.original_saved_later()
    box.setInformativeText(later_text(later) if later is not None else _tr(
        "Restore them to go on where you left off. If you open the saved version instead, "
        "the changes stay kept and you can still restore them later."))
    buttons = {
        "restore": box.addButton(_tr("&Restore the Changes"), Role.AcceptRole),
        "saved": box.addButton(_tr("Open the &Saved Version"), Role.ActionRole),
        "cancel": box.addButton(QMessageBox.StandardButton.Cancel),
    }
    for name, button in buttons.items():
        button.setObjectName(f"kept_{name}")
    box.setDefaultButton(buttons["saved" if later is not None else "restore"])
    box.setEscapeButton(buttons["cancel"])
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    return next((name for name, button in buttons.items() if button is clicked), "cancel")


def before_opening(window: MainWindow, path: Path,
                   let_go: Callable[[], None]) -> bool | None:
    """Ask about kept changes of ``path`` before it opens. None: open the file as it is on
    disk (there are none, or the person chose the saved version); True: the changes were
    restored instead; False: cancelled. ``let_go`` releases the lock taken while reading
    the file, before the restored document locks it as its own."""
    recovery = pending_copy(path)
    if recovery is None:
        return None
    choice = ask(window, path, recovery)
    if choice == "cancel":
        return False
    if choice == "restore" and restore(window, recovery, path, let_go):
        return True
    mark_offered([recovery])  # seen and kept for later: offered again, not as a crash
    return None


def restore(window: MainWindow, recovery: Recovery, path: Path,
            let_go: Callable[[], None] = lambda: None) -> bool:
    """Show the kept copy of ``path`` as the recovery dialog's Restore does; False (and
    why, in a message) when it cannot be read or another instance took it meanwhile."""
    try:
        loaded = recovery.load()
        session_id = process_store().adopt(recovery)
    except KlantreisFileError as error:
        box = QMessageBox(QMessageBox.Icon.Warning, _tr("Not restored"),
                          str(error) + "\n\n" + _tr("The saved version opens instead."),
                          QMessageBox.StandardButton.Ok, window)
        box.setObjectName("kept_changes_failed_box")
        box.exec()
        box.deleteLater()
        return False
    let_go()
    original: Path | None = path.resolve()
    title = recovery.title or path.stem
    notes = [str(warning) for warning in loaded.warnings]
    later = recovery.original_saved_later()
    if later is not None:
        # The file holds later work (review s7): the copy opens apart, Save asks where.
        original, title = None, separate_title(title)
        notes.append(later_text(later))  # shown last: it stays in the status bar
    elif original is not None and not original.parent.is_dir():
        original = None
    shown = show_restored(window, RestoredDocument(loaded.document, title, original,
                                                   session_id, notes))
    shown.raise_()
    shown.activateWindow()
    return True


def show_restored(window: MainWindow, recovered: RestoredDocument) -> MainWindow:
    """Show a restored document in ``window`` (or a new one when it holds work): marked
    unsaved, its copy kept up to date, its file locked again (else read-only)."""
    target = window.target_for_new_document()
    target.show_document(recovered.document, recovered.original_path, recovered.title,
                         autosave_session=recovered.session_id)
    assert target.session is not None and target.autosave is not None
    target.session.stack.resetClean()  # unsaved until the user saves it again
    target.autosave.mark_dirty()
    target.files.adopt_restored()  # lock its file again, or make it read-only
    for warning in recovered.warnings:
        target.statusBar().showMessage(warning, 10000)
    return target
