"""New, Open, Save, Save As, Recent files and the unsaved-changes prompt of one window.

The rule throughout: nothing is lost. A file that cannot be read leaves the current
document as it was; a save that fails leaves the document marked unsaved and the old file
untouched (storage saves atomically); closing with unsaved changes always asks. Files are
read off the GUI thread (:mod:`.open_jobs`), one after the other; a file someone else has
open, or one changed on disk since it was read here, asks before anything is overwritten
(:mod:`.disk_guard`). Every way of opening a file ends in ``_opened``: there a file whose
unsaved changes a stopped run kept asks first (:mod:`.kept_changes`), and a damaged file
offers its backup (:mod:`.backup_offer`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox

from klantreis_desktop import storage
from klantreis_desktop.model.model_error import ModelError
from klantreis_desktop.shipped_files import is_shipped
from klantreis_desktop.storage import FILE_SUFFIX, KlantreisFileError, LoadResult, locks
from klantreis_desktop.storage.backups import original_of, saved_at
from klantreis_desktop.storage.errors import write_error
from klantreis_desktop.storage.file_names import safe_file_name
from klantreis_desktop.ui.window import kept_changes
from klantreis_desktop.ui.window.backup_offer import offer_backup, show_backup
from klantreis_desktop.ui.window.disk_guard import ask_before_overwrite, ask_when_locked
from klantreis_desktop.ui.window.open_jobs import Opened, OpenJob, read_and_lock

if TYPE_CHECKING:
    from klantreis_desktop.ui.session import DocumentSession
    from klantreis_desktop.ui.window.main_window import MainWindow

Button = QMessageBox.StandardButton


def _tr(text: str) -> str:
    return QCoreApplication.translate("FileActions", text)


def file_filter(backups: bool = False) -> str:
    """The file dialog's filter; ``backups`` adds the ``.bak`` files saving keeps (Open)."""
    kinds = [_tr("Klantreis files (*%1)").replace("%1", FILE_SUFFIX)]
    if backups:
        kinds.append(_tr("Backups (*%1.bak)").replace("%1", FILE_SUFFIX))
    return ";;".join([*kinds, _tr("All files (*)")])


def with_suffix(path: Path) -> Path:
    """``path`` ending in ``.klantreis`` (added when the user left it out)."""
    return path if path.suffix.lower() == FILE_SUFFIX else path.with_name(
        path.name + FILE_SUFFIX)


def copy_path(path: Path) -> Path:
    """A free name for a copy of ``path`` in its folder: "werk (copy).klantreis", else
    "werk (copy 2).klantreis", … (translated), neither existing nor locked."""
    stem = path.name[:-len(FILE_SUFFIX)] if path.name.lower().endswith(FILE_SUFFIX) \
        else path.stem
    for number in range(1, 1000):
        name = (_tr("%1 (copy)") if number == 1 else _tr("%1 (copy %2)").replace(
            "%2", str(number))).replace("%1", stem)
        candidate = path.with_name(safe_file_name(name) + FILE_SUFFIX)
        if not candidate.exists() and locks.read_lock(candidate) is None:
            return candidate
    return path.with_name(safe_file_name(_tr("%1 (copy)").replace("%1", stem)) + FILE_SUFFIX)


@dataclass
class _Request:
    """A file to open for the window: normally, read-only (no lock) or to reload."""

    path: Path
    read_only: bool = False
    reload_of: DocumentSession | None = None
    #: A sample shipped with the app: shown as a new document (never locked or saved over).
    shipped: bool = False
    #: A backup ("trip.klantreis.bak"): the file it is the backup of (shown as the backup).
    backup_of: Path | None = None

    @property
    def lock(self) -> bool:
        """Whether to lock the file while reading it (a reload holds its lock already)."""
        return (not self.read_only and self.reload_of is None and not self.shipped
                and self.backup_of is None)

    @property
    def kind(self) -> str:
        return "reload" if self.reload_of is not None else (
            "read_only" if self.read_only else "open")


class FileActions(QObject):
    """The file commands of ``window``; every method returns whether it went through."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._queue: list[_Request] = []
        self._current: _Request | None = None
        self._job: OpenJob | None = None
        self._fill_template = ""
        self._when_opened: list[Callable[[], None]] = []

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
            self.window, _tr("Open journey map"), start, file_filter(backups=True))
        return self.open_path(Path(path)) if path else False

    def open_path(self, path: Path | str, wait: bool = False, *,
                  read_only: bool = False) -> bool:
        """Open ``path``: in this window when it holds an untouched new document, else in a
        new window; a file already open is brought to the front instead.

        The file is read on a worker thread (the window keeps painting; a progress dialog
        with Cancel appears when it takes a while) and shown when it arrives; the return
        value then only says that opening started. ``wait=True`` reads it right here and
        returns whether it opened (tests, scripts). ``read_only=True`` opens it read-only
        in a window of its own, without a lock (to look at the version on disk).
        """
        path = Path(path).expanduser()
        if not read_only and self._bring_forward(path):
            return True
        request = _Request(path, read_only=read_only, shipped=is_shipped(path),
                           backup_of=original_of(path.resolve()))
        if wait:
            return self._opened(request, read_and_lock(path, lock=request.lock))
        if any(waiting.path == path and waiting.kind == request.kind
               for waiting in self._waiting()):
            return True
        self._queue.append(request)
        self._start_next()
        return True

    def reload(self) -> bool:
        """Read the document's file again (someone else saved it); only without unsaved
        edits here. The lock and the read-only state stay as they are."""
        session = self.window.session
        if session is None or session.path is None or session.modified:
            return False
        self._queue.append(_Request(session.path, read_only=session.read_only,
                                    reload_of=session))
        self._start_next()
        return True

    def opening(self) -> bool:
        """True while a file is being read for this window (or waits to be)."""
        return bool(self._waiting())

    def cancel_opening(self) -> None:
        """Stop every open of this window (it is closing)."""
        self._queue.clear()
        if self._job is not None:
            self._job.cancel()

    def fill_when_empty(self, template: str) -> None:
        """Show a new document from ``template`` if the window still shows nothing once
        the files being opened for it arrived (or failed to): never an empty window."""
        self._fill_template = template
        if not self.opening():
            self._fill_if_empty()

    def when_opened(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` once the files being opened for this window have arrived (or
        failed); at once when none are (after a crash the restored work is shown then, so
        it is the last window shown and in front of the files that arrived)."""
        self._when_opened.append(callback)
        if not self.opening():
            self._all_opened()

    def _all_opened(self) -> None:
        callbacks, self._when_opened = self._when_opened, []
        for callback in callbacks:  # before the fill: restored work may fill this window
            callback()
        self._fill_if_empty()

    def _fill_if_empty(self) -> None:
        template, self._fill_template = self._fill_template, ""
        if template and self.window.session is None and self.window.isVisible():
            self.new_from(template)

    def _waiting(self) -> list[_Request]:
        current = [self._current] if self._job is not None and self._current else []
        return current + self._queue

    def _bring_forward(self, path: Path) -> bool:
        existing = self.window.window_showing(path)
        if existing is None:
            return False
        existing.raise_()
        existing.activateWindow()
        return True

    def _start_next(self) -> None:
        if self._job is not None:
            return
        while self._queue:
            request = self._queue.pop(0)
            if not request.read_only and request.reload_of is None and self._bring_forward(
                    request.path):
                continue  # opened meanwhile (another drop, another window)
            self._current = request
            self._job = OpenJob(request.path, self, self.window, self._job_done,
                                self._job_cancelled, lock=request.lock)
            self._job.start()
            return
        self._all_opened()

    def _job_done(self, opened: Opened) -> None:
        request, self._current, self._job = self._current, None, None
        if request is None:
            opened.discard()
            return
        try:
            self._opened(request, opened)
        finally:
            QTimer.singleShot(0, self, self._start_next)

    def _job_cancelled(self) -> None:
        self._job = self._current = None
        QTimer.singleShot(0, self, self._start_next)

    def _opened(self, request: _Request, opened: Opened) -> bool:
        """A file was read (or not): show it, or say why not. Always in the GUI thread."""
        path = request.path
        if opened.cancelled:
            return False
        if request.kind == "open" and not request.shipped and request.backup_of is None:
            if opened.error is None and self._bring_forward(path):
                opened.discard()  # the same file arrived twice
                return True
            restored = kept_changes.before_opening(self.window, path, opened.discard)
            if restored is not None:  # newer changes were kept: restored, or cancelled
                opened.discard()
                return restored
        if opened.error is not None:
            return self._not_opened(path, opened)
        result = opened.result
        assert result is not None
        resolved = path.resolve()
        if request.reload_of is not None:
            return self._reloaded(request.reload_of, result, opened)
        if request.shipped:
            return self._show_sample(result, resolved)
        if request.backup_of is not None:
            return show_backup(self.window, result, request.backup_of, saved_at(path))
        read_only, lock = request.read_only, opened.lock
        if opened.locked is not None:
            choice = ask_when_locked(self.window, resolved, opened.locked)
            if choice == "cancel":
                return False
            if choice == "copy":
                return self._show_copy(result, resolved)
            if choice == "read_only":
                read_only = True
            else:
                try:
                    lock = locks.acquire(resolved, take_over=True)
                except KlantreisFileError as error:
                    opened.lock_error = error
        target = self.window.target_for_new_document()
        target.show_document(result.document, resolved, lock=lock, stamp=result.stamp,
                             read_only=read_only)
        target.activateWindow()
        if not request.read_only:
            self.window.settings.add_recent(resolved)
        if opened.lock_error is not None:
            target.statusBar().showMessage(str(opened.lock_error), 20000)
        if result.warnings:
            QMessageBox.warning(target, _tr("Opened with a warning"),
                                "\n\n".join(str(w) for w in result.warnings))
        return True

    def _not_opened(self, path: Path, opened: Opened) -> bool:
        """Say why ``path`` did not open; a damaged file with a whole backup offers it."""
        assert opened.error is not None
        if opened.backup is not None:
            if not offer_backup(self.window, path, opened.error, opened.backup):
                return False
            return show_backup(self.window, opened.backup.result, path.resolve(),
                               opened.backup.saved_at)
        self._error(_tr("The file could not be opened"), str(opened.error))
        if opened.error.code == "not_found":
            self.window.settings.remove_recent(path)
        return False

    def _reloaded(self, session: DocumentSession, result: LoadResult, opened: Opened) -> bool:
        window = self.window
        if window.session is not session or session.modified:
            opened.discard()
            return False  # edited (or closed) while it was read: keep what is shown
        window.show_document(result.document, session.path, lock=session.take_lock(),
                             stamp=result.stamp, read_only=session.read_only)
        window.statusBar().showMessage(_tr("Reloaded “%1”.").replace(
            "%1", window.session.display_name() if window.session else ""), 5000)
        return True

    def _show_sample(self, result: LoadResult, path: Path) -> bool:
        """A sample shipped with the app opens like a template: a new, untouched document
        with no file, so nothing locks or writes into the app's own folder."""
        target = self.window.target_for_new_document()
        title = str(result.document.meta.get("title") or "") or path.stem.split(".")[0]
        target.show_document(result.document, None, title)
        if target.session is not None:
            target.session.sample = True
        target.activateWindow()
        target.statusBar().showMessage(_tr("“%1” is a sample that comes with Klantreis: "
                                           "saving asks for a name of your own.").replace(
                                           "%1", path.name), 20000)
        return True

    def _show_copy(self, result: LoadResult, path: Path) -> bool:
        """The file as a new, unsaved document (its owner keeps working on the file)."""
        target = self.window.target_for_new_document()
        target.show_document(result.document, None, path.stem)
        session = target.session
        if session is not None:
            session.stack.resetClean()  # on no disk yet: closing asks, a new file won't replace it
            if target.autosave is not None:
                target.autosave.mark_dirty()
        target.activateWindow()
        target.statusBar().showMessage(_tr("This is a copy of “%1”: save it under a name of "
                                           "its own.").replace("%1", path.name), 20000)
        return True

    def adopt_restored(self) -> None:
        """The window shows a document restored after a crash, with the path it had: lock
        that file again (the crashed run's own lock is stale and simply taken over). If
        someone else has it open now, the document becomes read-only, so Save asks for a
        new name instead of overwriting their work."""
        session = self.window.session
        if session is None or session.path is None or session.lock is not None:
            return
        try:
            session.lock = locks.acquire(session.path)
        except locks.DocumentLocked as error:
            session.read_only = True
            session.state_changed.emit()
            self.window.statusBar().showMessage(error.holder.describe(session.path), 20000)
        except KlantreisFileError as error:
            self.window.statusBar().showMessage(str(error), 20000)

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
        """Save to the document's file; a new or read-only document asks for a name."""
        session = self.window.session
        if session is None:
            return False
        if session.path is None or session.read_only:
            return self.save_as()
        return self.save_to(session.path)

    def save_as(self) -> bool:
        session = self.window.session
        if session is None:
            return False
        if session.path is not None and session.read_only:
            # Someone else has the file open (as in Word): suggest a copy beside it, never
            # the file itself, which saving would refuse only after "Replace it?".
            start = str(copy_path(session.path))
        elif session.path is not None:
            start = str(session.path)
        elif session.backup_of is not None:
            # A backup: its own name, so replacing the damaged file is a choice the
            # dialog confirms ("Replace it?"), never a silent third file beside it.
            start = str(session.backup_of)
        else:
            start = str(Path.home() / (safe_file_name(session.display_name()) + FILE_SUFFIX))
        path, _chosen = QFileDialog.getSaveFileName(
            self.window, _tr("Save journey map as"), start, file_filter())
        return self.save_to(with_suffix(Path(path))) if path else False

    def save_to(self, path: Path) -> bool:
        """Save the document to ``path``; on failure explain why and keep it unsaved.

        Never over someone else's work without a question: a file changed on disk since
        it was read or saved here asks first, and a file someone else has open (their
        lock) is not written at all. The new file is locked before it is written; the
        old file's lock goes once the save succeeded.
        """
        session = self.window.session
        if session is None:
            return False
        path = with_suffix(Path(path))
        resolved = path.resolve()
        same_file = session.path is not None and resolved == session.path
        new_lock: locks.Lock | None = None
        lock_note = ""
        if not same_file or session.read_only:
            try:
                new_lock = locks.acquire(resolved)
            except locks.DocumentLocked as error:
                self._error(_tr("The journey map was not saved"),
                            error.holder.describe(resolved) + "\n\n"
                            + _tr("Save it under another name, or close it there first."))
                return False
            except KlantreisFileError as error:
                lock_note = str(error)
        if same_file and session.stamp is not None and session.stamp.changed():
            choice = ask_before_overwrite(self.window, resolved)
            if choice != "overwrite":
                if new_lock is not None:
                    new_lock.release()
                if choice == "copy":
                    return self.save_as()
                if choice == "compare":
                    self.open_path(resolved, read_only=True)
                return False
        try:
            stamp = storage.save(session.doc, path)
        except (KlantreisFileError, ModelError) as error:
            message = str(error)
        except Exception as error:  # never a traceback for a save: one plain sentence
            message = write_error("io", path, f"{type(error).__name__}: {error}").message
        else:
            message = ""
        if message:
            if new_lock is not None:
                new_lock.release()
            self._error(_tr("The journey map was not saved"), message)
            return False
        if same_file and new_lock is None and (session.lock is None
                                               or not session.lock.held()):
            new_lock = self._lock_again(resolved)
        session.mark_saved(resolved, stamp, new_lock)
        if not same_file and new_lock is None:
            session.release_lock()  # no lock on the new file: at least free the old one
        self.window.settings.add_recent(resolved)
        self.window.statusBar().showMessage(
            lock_note or _tr("Saved %1").replace("%1", str(path)), 20000 if lock_note else 5000)
        return True

    @staticmethod
    def _lock_again(path: Path) -> locks.Lock | None:
        """Saved over our own file whose lock is gone (someone opened it anyway, then
        left): lock it again so a third window is warned. A lock someone holds now
        stays theirs."""
        try:
            return locks.acquire(path)
        except KlantreisFileError:  # DocumentLocked too: theirs now
            return None

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
