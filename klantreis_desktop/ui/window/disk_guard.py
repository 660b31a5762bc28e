"""Two windows or two laptops on one file: the questions, and the watch on the file.

Three things keep a saved change from being lost without a question:

* **On opening**, a file someone else has open (their lock beside it) asks: open it
  read-only, open a copy, open it anyway (taking the lock over) or cancel
  (:func:`ask_when_locked`).
* **Before saving over the file**, its disk stamp is compared with what was last read or
  written here; when it differs, the person chooses: save as a copy, overwrite, look at
  the version on disk first, or cancel (:func:`ask_before_overwrite`).
* **While it is open**, :class:`DiskWatch` follows the file with a
  ``QFileSystemWatcher`` (re-added after every atomic replace, which swaps the file
  being watched). A document without unsaved edits gets a bar offering to reload it; one
  with edits is only marked, and the check before saving asks. It also keeps the file
  locked while the window has it open (:meth:`DiskWatch.keep_lock`).

Read-only documents (as in Word, not LibreOffice) can still be edited: nothing is lost
by typing, and Save asks for a new name, so the other person's file is never overwritten.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from klantreis_desktop.storage import KlantreisFileError, locks
from klantreis_desktop.storage.errors import display_name
from klantreis_desktop.storage.locks import DocumentLocked

if TYPE_CHECKING:
    from klantreis_desktop.ui.session import DocumentSession

#: The watcher's events come in bursts (temp file, .bak, rename): look once they settle.
SETTLE_MS = 250
#: How often a window checks that the lock of its file is still there, also without any
#: watcher event (network shares and sync folders often report nothing).
LOCK_CHECK_MS = 10_000

Role = QMessageBox.ButtonRole


def _tr(text: str) -> str:
    return QCoreApplication.translate("DiskGuard", text)


def ask_when_locked(parent: QWidget, path: Path, locked: DocumentLocked) -> str:
    """Someone else has ``path`` open: "read_only", "copy", "anyway" or "cancel"."""
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("The file is already open"),
                      locked.holder.describe(path), QMessageBox.StandardButton.NoButton,
                      parent)
    box.setObjectName("document_locked_box")
    box.setInformativeText(_tr(
        "Open it read-only to look without changing the file, or open a copy to work on "
        "your own. Open it anyway only if nobody is working on it any more: changes made "
        "there could be lost."))
    buttons = {
        "read_only": box.addButton(_tr("Open &Read-Only"), Role.AcceptRole),
        "copy": box.addButton(_tr("Open a &Copy"), Role.AcceptRole),
        "anyway": box.addButton(_tr("Open &Anyway"), Role.DestructiveRole),
        "cancel": box.addButton(QMessageBox.StandardButton.Cancel),
    }
    return _choose(box, buttons, "locked", "read_only")


def ask_before_overwrite(parent: QWidget, path: Path) -> str:
    """``path`` changed on disk since we read or saved it: "copy", "overwrite", "compare"
    or "cancel". Never a silent overwrite."""
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("The file was changed elsewhere"),
                      _tr("“%1” was changed on disk after you opened or last saved it, by "
                          "another window, another computer or another program.").replace(
                          "%1", display_name(path)),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("changed_on_disk_box")
    box.setInformativeText(_tr(
        "Save your version as a copy to keep both, or overwrite the file: the changes made "
        "elsewhere would then be lost."))
    buttons = {
        "copy": box.addButton(_tr("Save as a &Copy…"), Role.AcceptRole),
        "overwrite": box.addButton(_tr("&Overwrite"), Role.DestructiveRole),
        "compare": box.addButton(_tr("Show the &Version on Disk"), Role.ActionRole),
        "cancel": box.addButton(QMessageBox.StandardButton.Cancel),
    }
    return _choose(box, buttons, "changed", "copy")


def _choose(box: QMessageBox, buttons: dict[str, QPushButton], prefix: str,
            default: str) -> str:
    """Ask with ``box``; the name of the button clicked ("cancel" for Esc or closing)."""
    for name, button in buttons.items():
        button.setObjectName(f"{prefix}_{name}")
    box.setDefaultButton(buttons[default])
    box.setEscapeButton(buttons["cancel"])
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    return next((name for name, button in buttons.items() if button is clicked), "cancel")


class DiskChangedBar(QFrame):
    """A non-modal bar above the journeys: the file changed on disk; reload, or not."""

    reload_requested = Signal()
    compare_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("disk_changed_bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#disk_changed_bar { background: #fff4d6; "
                           "border-bottom: 1px solid #e0c060; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        self.label = QLabel(self)
        self.label.setObjectName("disk_changed_text")
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self.reload_button = QPushButton(_tr("&Reload"), self)
        self.reload_button.setObjectName("disk_changed_reload")
        self.reload_button.clicked.connect(self.reload_requested)
        layout.addWidget(self.reload_button)
        self.compare_button = QPushButton(_tr("Show the Version on Disk"), self)
        self.compare_button.setObjectName("disk_changed_compare")
        self.compare_button.clicked.connect(self.compare_requested)
        layout.addWidget(self.compare_button)
        self.dismiss_button = QPushButton(_tr("Dismiss"), self)
        self.dismiss_button.setObjectName("disk_changed_dismiss")
        self.dismiss_button.clicked.connect(self.hide)
        layout.addWidget(self.dismiss_button)
        self.hide()

    def offer_reload(self, name: str) -> None:
        self.label.setText(_tr("“%1” was changed on disk by someone else. Reload it to see "
                               "their version.").replace("%1", name))
        self.reload_button.show()
        self.compare_button.hide()
        self.show()

    def mark_changed(self, name: str) -> None:
        self.label.setText(_tr("“%1” was changed on disk by someone else, and you have "
                               "unsaved changes here. Saving will ask whether to keep "
                               "both.").replace("%1", name))
        self.reload_button.hide()
        self.compare_button.show()
        self.show()

    @property
    def offering_reload(self) -> bool:
        return not self.isHidden() and not self.reload_button.isHidden()


class DiskWatch(QObject):
    """Follows the file of one window's document and tells when someone else changed it.

    ``changed(session)`` is emitted (once per change) when the file's bytes are no longer
    what the session last read or wrote; a touch without new bytes (a sync client, a
    backup) is not a change. Our own saves update the stamp before the watcher reports,
    so they never count.
    """

    changed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session: DocumentSession | None = None
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._event)
        self.watcher.directoryChanged.connect(self._event)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.check)
        self._lock_timer = QTimer(self)
        self._lock_timer.setInterval(LOCK_CHECK_MS)
        self._lock_timer.timeout.connect(self.keep_lock)
        self._reported: str = ""

    def follow(self, session: DocumentSession | None) -> None:
        """Watch ``session``'s file (again: call it when the path changes)."""
        self.session = session
        self._reported = ""
        self.rewatch()
        if session is None:
            self._lock_timer.stop()
        else:
            self._lock_timer.start()

    def _paths(self) -> list[str]:
        session = self.session
        if session is None or session.path is None or not shiboken6.isValid(session):
            return []
        return [str(session.path), str(session.path.parent)]

    def rewatch(self) -> None:
        """Watch the session's file and folder now (the path may have changed)."""
        wanted = self._paths()
        watched = self.watcher.files() + self.watcher.directories()
        stale = [path for path in watched if path not in wanted]
        if stale:
            self.watcher.removePaths(stale)
        missing = [path for path in wanted if path not in watched and Path(path).exists()]
        if missing:
            self.watcher.addPaths(missing)

    def _event(self, _path: str) -> None:
        self.rewatch()  # an atomic replace removed the watched file: watch the new one
        self._settle.start()

    def keep_lock(self) -> bool:
        """Lock the file again when our lock is gone while the document is still open
        here; True when it was taken again.

        This happens after "Open anyway": the other window took the lock over, and when
        it closes it removes its lock file, though this window still edits the file.
        Each window holding the file keeps its own lock alive, instead of the closing
        window putting the earlier holder's lock back: it cannot tell whether that holder
        (maybe on another laptop, maybe asleep) still has the file open, and a lock put
        back for a window long closed is never judged stale on another computer. The lock
        is made exclusively, so of several windows noticing at once exactly one gets it;
        a lock someone else holds now stays theirs (their window does the same).
        """
        session = self.session
        if session is None or not shiboken6.isValid(session) or session.path is None:
            return False
        lock = session.lock
        if session.read_only or lock is None or lock.held():
            return False  # never locked here (read-only, no lock possible), or still ours
        try:
            session.lock = locks.acquire(session.path)
        except KlantreisFileError:  # DocumentLocked too: someone else's lock now
            return False
        return True

    def check(self) -> bool:
        """Compare the file with the session's stamp now; True when it changed."""
        self._settle.stop()
        self.rewatch()
        self.keep_lock()  # the lock beside the file may have gone (a folder event)
        session = self.session
        if session is None or not shiboken6.isValid(session) or session.stamp is None:
            return False
        if not session.stamp.changed():
            session.stamp = session.stamp.refreshed()  # touched, same bytes
            self._reported = ""
            return False
        marker = _marker(session.path)
        if marker == self._reported:
            return True  # already told
        self._reported = marker
        self.changed.emit(session)
        return True

    def stop(self) -> None:
        self._settle.stop()
        self._lock_timer.stop()
        self.session = None
        self.rewatch()


def _marker(path: Path | None) -> str:
    """What the file is now (size and time), so one change is reported once."""
    try:
        info = path.stat() if path is not None else None
    except OSError:
        return "gone"
    return f"{info.st_size}:{info.st_mtime_ns}" if info is not None else ""
