"""New, Open, Save, Save As, Recent files and the unsaved-changes prompt of one window.

The rule throughout: nothing is lost. A file that cannot be read leaves the current
document as it was; a save that fails leaves the document marked unsaved and the old file
untouched (storage saves atomically); closing with unsaved changes always asks.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from klantreis_desktop import storage
from klantreis_desktop.model.model_error import ModelError
from klantreis_desktop.storage import FILE_SUFFIX, KlantreisFileError
from klantreis_desktop.storage.file_names import safe_file_name

if TYPE_CHECKING:
    from klantreis_desktop.ui.window.main_window import MainWindow

Button = QMessageBox.StandardButton


def _tr(text: str) -> str:
    return QCoreApplication.translate("FileActions", text)


def file_filter() -> str:
    return _tr("Klantreis files (*%1)").replace("%1", FILE_SUFFIX) + ";;" + _tr(
        "All files (*)")


def with_suffix(path: Path) -> Path:
    """``path`` ending in ``.klantreis`` (added when the user left it out)."""
    return path if path.suffix.lower() == FILE_SUFFIX else path.with_name(
        path.name + FILE_SUFFIX)


class FileActions(QObject):
    """The file commands of ``window``; every method returns whether it went through."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    # New and open -------------------------------------------------------------------

    def new_document(self) -> bool:
        from klantreis_desktop.ui.dialogs.new_dialog import NewDialog  # lazy: start-up

        dialog = NewDialog(self.window)
        if dialog.exec() != NewDialog.DialogCode.Accepted or dialog.chosen() is None:
            return False
        return self.new_from(str(dialog.chosen()))

    def new_from(self, name: str) -> bool:
        """Open a new untitled document made from template or sample ``name``."""
        from klantreis_desktop.ui.dialogs.new_dialog import build_choice  # lazy: start-up

        try:
            doc = build_choice(name, fresh=True)
        except ModelError as error:
            self._error(_tr("The template could not be used"), str(error))
            return False
        target = self.window.target_for_new_document()
        target.show_document(doc, None, str(doc.meta.get("title") or ""))
        target.activateWindow()
        return True

    def open_dialog(self) -> bool:
        start = str(self.window.session.path.parent) if (
            self.window.session and self.window.session.path) else str(Path.home())
        path, _chosen = QFileDialog.getOpenFileName(
            self.window, _tr("Open journey map"), start, file_filter())
        return self.open_path(Path(path)) if path else False

    def open_path(self, path: Path | str) -> bool:
        """Open ``path``: in this window when it holds an untouched new document, else in a
        new window; a file already open is brought to the front instead."""
        path = Path(path).expanduser()
        existing = self.window.window_showing(path)
        if existing is not None:
            existing.raise_()
            existing.activateWindow()
            return True
        try:
            result = storage.read(path)
        except KlantreisFileError as error:
            self._error(_tr("The file could not be opened"), str(error))
            if not path.exists():
                self.window.settings.remove_recent(path)
            return False
        target = self.window.target_for_new_document()
        target.show_document(result.document, path.resolve())
        target.activateWindow()
        self.window.settings.add_recent(path.resolve())
        if result.warnings:
            QMessageBox.warning(target, _tr("Opened with a warning"),
                                "\n\n".join(str(w) for w in result.warnings))
        return True

    def fill_recent_menu(self) -> None:
        menu = self.window.window_actions.recent_menu
        menu.clear()
        recent = self.window.settings.recent_files()
        for number, path in enumerate(recent, start=1):
            text = f"&{number} {path.name}" if number < 10 else path.name
            action = menu.addAction(text)
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        if not recent:
            menu.addAction(_tr("No recent files")).setEnabled(False)
        else:
            menu.addSeparator()
            menu.addAction(_tr("Clear list"), self.window.settings.clear_recent)

    # Saving -------------------------------------------------------------------------

    def save(self) -> bool:
        session = self.window.session
        if session is None:
            return False
        if session.path is None:
            return self.save_as()
        return self.save_to(session.path)

    def save_as(self) -> bool:
        session = self.window.session
        if session is None:
            return False
        if session.path is not None:
            start = str(session.path)
        else:
            start = str(Path.home() / (safe_file_name(session.display_name()) + FILE_SUFFIX))
        path, _chosen = QFileDialog.getSaveFileName(
            self.window, _tr("Save journey map as"), start, file_filter())
        return self.save_to(with_suffix(Path(path))) if path else False

    def save_to(self, path: Path) -> bool:
        """Save the document to ``path``; on failure explain why and keep it unsaved."""
        session = self.window.session
        if session is None:
            return False
        path = with_suffix(Path(path))
        try:
            storage.save(session.doc, path)
        except KlantreisFileError as error:
            self._error(_tr("The journey map was not saved"), str(error))
            return False
        except ModelError as error:
            self._error(_tr("The journey map was not saved"), str(error))
            return False
        session.mark_saved(path.resolve())
        self.window.settings.add_recent(path.resolve())
        self.window.statusBar().showMessage(_tr("Saved %1").replace("%1", str(path)), 5000)
        return True

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; True when it is fine to drop the document now."""
        session = self.window.session
        if session is None or not session.modified:
            return True
        box = QMessageBox(QMessageBox.Icon.Warning, _tr("Unsaved changes"),
                          _tr("“%1” has changes that are not saved.").replace(
                              "%1", session.display_name()),
                          Button.Save | Button.Discard | Button.Cancel, self.window)
        box.setObjectName("unsaved_changes_box")
        box.setInformativeText(_tr("Do you want to save them before closing?"))
        box.setDefaultButton(Button.Save)
        answer = box.exec()
        if answer == Button.Save:
            return self.save()
        return answer == Button.Discard

    def _error(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Critical, title, text, Button.Ok, self.window)
        box.setObjectName("file_error_box")
        box.exec()
