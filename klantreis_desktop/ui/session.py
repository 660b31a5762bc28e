"""One open document in the window: the model, its file, its undo stack.

The session is the single place that knows whether the document is modified (the undo
stack is not at its clean index) and under which name it is shown, so the title bar, the
close prompt and the save actions never disagree. It also holds what ties the document to
its file on disk: the lock beside it (released when the document closes), the disk stamp
of what was last read or written (to notice a change made elsewhere before saving over
it), and whether it was opened read-only (then Save asks for a new name).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack

from klantreis_desktop.model.changes import ChangeSet
from klantreis_desktop.model.document import Document
from klantreis_desktop.storage.locks import Lock
from klantreis_desktop.storage.stamps import DiskStamp
from klantreis_desktop.ui.commands import push


class DocumentSession(QObject):
    """A document with its path (None until saved) and its own undo stack."""

    #: Emitted after every change the model applies (edits, undo, redo).
    model_changed = Signal(object)
    #: Emitted when the path or the modified state changes (for the title bar).
    state_changed = Signal()

    def __init__(self, doc: Document, path: Path | None = None, untitled: str = "",
                 parent: QObject | None = None, *, lock: Lock | None = None,
                 stamp: DiskStamp | None = None, read_only: bool = False) -> None:
        super().__init__(parent)
        self.doc = doc
        self.path = path
        #: Our lock on ``path`` (None: read-only, never saved, or no lock could be made).
        self.lock = lock
        #: The file as it was when last read or written here (None: nothing to compare).
        self.stamp = stamp
        #: Opened read-only (someone else has it open): Save asks for a new name.
        self.read_only = read_only
        #: The file changed on disk while this document had unsaved edits.
        self.changed_on_disk = False
        #: The name shown before the first save (the template's title, for instance).
        self.untitled = untitled
        #: A sample shipped with the app, shown as a new document: it keeps its window
        #: (a newly opened file or a new document does not replace it).
        self.sample = False
        #: Shown from the backup of this file (the file itself is damaged): it has no file
        #: of its own, its name says it is the backup, and Save asks where.
        self.backup_of: Path | None = None
        self.stack = QUndoStack(self)
        self.stack.cleanChanged.connect(lambda _clean: self.state_changed.emit())
        self._listener = self._on_change
        self._name = self.display_name()
        doc.subscribe(self._listener)

    def _on_change(self, change: ChangeSet) -> None:
        self.model_changed.emit(change)
        if self.path is None:  # the name follows the first journey's title until saved
            name = self.display_name()
            if name != self._name:
                self._name = name
                self.state_changed.emit()

    @property
    def modified(self) -> bool:
        return not self.stack.isClean()

    def display_name(self) -> str:
        """The file name without suffix; before the first save, the first journey's title
        (renaming it renames the document), else the untitled name."""
        if self.path is not None:
            return self.path.stem
        if self.backup_of is not None:
            return QCoreApplication.translate("Session", "%1 (backup)").replace(
                "%1", self.backup_of.stem)
        for journey in self.doc.journeys():
            title = " ".join(self.doc.title(journey).split())
            if title:
                return title
            break
        return self.untitled or QCoreApplication.translate("Session", "Untitled")

    def is_pristine(self) -> bool:
        """True for a never-saved, never-edited document that a newly opened file may replace
        (not a copy or a restored document: they hold work that is on no disk yet; not a
        sample the person asked to see)."""
        return (self.path is None and not self.sample and self.backup_of is None
                and self.stack.count() == 0 and self.stack.isClean())

    def mark_backup_of(self, original: Path) -> None:
        """This document was read from the backup of ``original`` (see backup_offer)."""
        self.backup_of = original
        self._name = self.display_name()
        self.state_changed.emit()

    def push(self, change: ChangeSet, merge_key: str | None = None) -> bool:
        """Push ``change`` as one undoable step on this document."""
        return push(self.stack, self.doc, change, merge_key)

    def mark_saved(self, path: Path, stamp: DiskStamp | None = None,
                   lock: Lock | None = None) -> None:
        """The document is now in ``path`` (written as ``stamp``); ``lock``, when given, is
        the lock on that file and replaces (releases) the old one."""
        if lock is not None and lock is not self.lock:
            self.release_lock()
            self.lock = lock
        self.path = path
        self.stamp = stamp
        self.backup_of = None
        self.read_only = False
        self.changed_on_disk = False
        self._name = self.display_name()
        self.stack.setClean()
        self.state_changed.emit()

    def take_lock(self) -> Lock | None:
        """Hand the lock over (to the session that reloads this file); this one forgets it."""
        lock, self.lock = self.lock, None
        return lock

    def release_lock(self) -> None:
        """Remove our lock file (if it is still ours); never raises."""
        lock, self.lock = self.lock, None
        if lock is not None:
            lock.release()

    def close(self) -> None:
        """Stop listening to the model and let go of the file (the window drops the
        session after this)."""
        self.doc.unsubscribe(self._listener)
        self.stack.clear()
        self.release_lock()
