"""A damaged file offers its backup, and a backup is shown as what it is.

Every save keeps the previous version as ``NAME.klantreis.bak``. When NAME.klantreis can
no longer be read, the message says so and offers that backup, with the time it was
saved (:func:`offer_backup`). A backup, opened from there or by its own path, is shown as
"NAME (backup)" without a file of its own (:func:`show_backup`): saving it asks where,
suggesting NAME.klantreis, so replacing the damaged file is the person's explicit choice
(the save dialog asks before replacing) and no "NAME.klantreis.bak.klantreis" appears.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from klantreis_desktop.storage import KlantreisFileError, LoadResult
from klantreis_desktop.storage.backups import Backup
from klantreis_desktop.storage.errors import display_name
from klantreis_desktop.ui.moments import moment_text

if TYPE_CHECKING:
    from klantreis_desktop.ui.window.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("BackupOffer", text)


def offer_backup(window: MainWindow, path: Path, error: KlantreisFileError,
                 backup: Backup) -> bool:
    """Say why ``path`` did not open and offer its backup; True: open the backup."""
    box = QMessageBox(QMessageBox.Icon.Critical, _tr("The file could not be opened"),
                      str(error), QMessageBox.StandardButton.NoButton, window)
    box.setObjectName("damaged_with_backup_box")
    box.setInformativeText(_tr("Klantreis keeps the version saved before it as a backup, "
                               "“%1”. Open the backup to see it; the damaged file stays as "
                               "it is.").replace("%1", display_name(backup.path)))
    open_button = box.addButton(_tr("Open the &Backup (saved %1)").replace(
        "%1", moment_text(backup.saved_at)), QMessageBox.ButtonRole.AcceptRole)
    open_button.setObjectName("backup_open")
    close_button = box.addButton(QMessageBox.StandardButton.Close)
    close_button.setObjectName("backup_close")
    box.setDefaultButton(open_button)
    box.setEscapeButton(close_button)
    box.exec()
    chosen = box.clickedButton() is open_button
    box.deleteLater()
    return chosen


def show_backup(window: MainWindow, result: LoadResult, original: Path,
                saved_at: float | None) -> bool:
    """Show the backup of ``original`` (read as ``result``) as a document without a file of
    its own, named as the backup; the first save asks where (suggesting ``original``)."""
    target = window.target_for_new_document()
    target.show_document(result.document, None, original.stem)
    session = target.session
    if session is None:
        return False
    session.mark_backup_of(original)
    target.activateWindow()
    name = display_name(original)
    text = (_tr("This is the backup of “%1”, saved %2.").replace("%1", name).replace(
        "%2", moment_text(saved_at)) if saved_at is not None
        else _tr("This is the backup of “%1”.").replace("%1", name))
    target.statusBar().showMessage(text + " " + _tr("Saving asks where to keep it."), 30000)
    if result.warnings:
        QMessageBox.warning(target, _tr("Opened with a warning"),
                            "\n\n".join(str(warning) for warning in result.warnings))
    return True
