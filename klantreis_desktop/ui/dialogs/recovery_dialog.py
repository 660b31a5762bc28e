"""On start: offer the recovery copies a crashed run left behind, one row per document.

Each row shows the title, when the copy was written, where the document was saved before,
and a small preview (the first journey drawn by the real canvas scene, or card counts).
The user restores or discards each; "Decide later" keeps every remaining copy for the next
start (and for when its file is opened: ``ui/window/kept_changes.py``). Nothing is deleted
without the user asking for it, and discarding asks once more. Copies the person already
kept for later are offered again without speaking of a crash that did not happen.
"""

from __future__ import annotations

import contextlib
import importlib
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from klantreis_desktop.model.document import Document
from klantreis_desktop.storage.autosave import AutosaveStore, Recovery, discard, mark_offered
from klantreis_desktop.storage.errors import KlantreisFileError
from klantreis_desktop.ui.moments import moment_text

PREVIEW_SIZE = (240, 135)


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecoveryDialog", text)


@dataclass
class RestoredDocument:
    """A document the user chose to restore; the window shows it as *modified*."""

    document: Document
    title: str
    #: Where it was saved before, if that file's folder still exists (else None: Save asks).
    original_path: Path | None
    #: Its copy now lives in this run under this id: pass it to the AutosaveController.
    session_id: str
    warnings: list[str] = field(default_factory=list)


def render_preview(doc: Document, size: tuple[int, int] = PREVIEW_SIZE) -> QPixmap | None:
    """The first journey drawn by the canvas scene, scaled into ``size`` (None: no scene)."""
    journeys = doc.journeys()
    if not journeys:
        return None
    try:
        scene_module = importlib.import_module("klantreis_desktop.ui.canvas.scene")
    except ImportError:
        return None
    stack = QUndoStack()
    scene = scene_module.JourneyScene(doc, journeys[0], stack)
    try:
        pixmap = QPixmap(*size)
        pixmap.fill(QColor("#e4e9ee"))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        source = scene.picture_rect()
        scale = min(size[0] / max(source.width(), 1.0), size[1] / max(source.height(), 1.0))
        width, height = source.width() * scale, source.height() * scale
        target = QRectF((size[0] - width) / 2, (size[1] - height) / 2, width, height)
        scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)
        painter.end()
        return pixmap
    finally:
        scene.dispose()


def summary(doc: Document) -> str:
    """'2 journeys · 37 cards' style counts, per journey when there are few."""
    lines = []
    for journey in doc.journeys()[:4]:
        cards = len(doc.cards(journey))
        text = _tr("“%1”: 1 card") if cards == 1 else _tr("“%1”: %2 cards")
        lines.append(text.replace("%1", doc.title(journey)[:60]).replace("%2", str(cards)))
    extra = len(doc.journeys()) - 4
    if extra > 0:
        lines.append(_tr("and %1 more journeys").replace("%1", str(extra)))
    return "\n".join(lines) or _tr("No journeys")


def later_text(saved: float) -> str:
    """What a row (or the question on opening) says when the file was saved after the
    copy: restoring must not pass the older copy off as that file."""
    return _tr("The file was saved again later (%1): these changes are older. Restored, "
               "they open as a separate copy, and saving asks where.").replace(
        "%1", when_text(saved))


def separate_title(title: str) -> str:
    return _tr("%1 (older kept changes)").replace("%1", title)


def when_text(stamp: float) -> str:
    """When a copy was written, unambiguous in both languages ("5 Dec 2026, 13:30")."""
    return moment_text(stamp)


def intro_text(recoveries: list[Recovery]) -> str:
    """Why these copies are offered: a crash, or kept for later when the person chose so
    (then Klantreis may well have closed properly since)."""
    if recoveries and all(recovery.offered for recovery in recoveries):
        return _tr("These journey maps still have changes that were never saved. They were "
                   "kept when Klantreis stopped unexpectedly earlier, and you chose to "
                   "decide about them later. Restore them to keep working, or discard what "
                   "you no longer need.")
    return _tr("Klantreis did not close properly last time. These journey maps had changes "
               "that were not saved. Restore them to keep working, or discard what you no "
               "longer need.")


class RecoveryRow(QFrame):
    """One recovery copy: what it is, a preview, and Restore / Discard."""

    def __init__(self, recovery: Recovery, dialog: RecoveryDialog) -> None:
        super().__init__(dialog)
        self.recovery = recovery
        self.dialog = dialog
        self.setObjectName("recovery_row")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.document: Document | None = None
        self.warnings: list[str] = []
        self.error = ""
        try:
            result = recovery.load()
            self.document, self.warnings = result.document, result.warnings
        except KlantreisFileError as error:
            self.error = str(error)
        layout = QHBoxLayout(self)
        preview = QLabel(self)
        preview.setObjectName("recovery_preview")
        preview.setFixedSize(*PREVIEW_SIZE)
        preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        preview.setTextFormat(Qt.TextFormat.PlainText)
        preview.setWordWrap(True)
        pixmap = render_preview(self.document) if self.document is not None else None
        if pixmap is not None:
            preview.setPixmap(pixmap)
        else:
            preview.setText(summary(self.document) if self.document is not None else "—")
        layout.addWidget(preview)
        text = QVBoxLayout()
        self.title_label = self._label(self.title(), "recovery_title", bold=True)
        text.addWidget(self.title_label)
        text.addWidget(self._label(_tr("Last autosaved: %1").replace(
            "%1", when_text(recovery.saved_at)), "recovery_time"))
        text.addWidget(self._label(
            _tr("Saved before as: %1").replace("%1", recovery.original_path)
            if recovery.original_path else _tr("Never saved to a file"), "recovery_origin"))
        later = recovery.original_saved_later()
        if later is not None:  # review s7: restored and saved, it wiped the later save
            text.addWidget(self._label(later_text(later), "recovery_saved_later"))
        if self.document is not None:
            text.addWidget(self._label(summary(self.document), "recovery_counts"))
        if self.error:
            text.addWidget(self._label(self.error, "recovery_error"))
        text.addStretch(1)
        layout.addLayout(text, 1)
        buttons = QVBoxLayout()
        self.restore_button = QPushButton(_tr("Restore"), self)
        self.restore_button.setObjectName("restore_button")
        self.restore_button.setEnabled(self.document is not None)
        self.restore_button.clicked.connect(lambda: dialog.restore(self))
        self.discard_button = QPushButton(_tr("Discard…"), self)
        self.discard_button.setObjectName("discard_button")
        self.discard_button.clicked.connect(lambda: dialog.discard(self))
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def title(self) -> str:
        if self.recovery.title:
            return self.recovery.title
        if self.document is not None and self.document.meta.get("title"):
            return str(self.document.meta["title"])
        return _tr("Untitled")

    def _label(self, text: str, name: str, bold: bool = False) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)  # titles are user data, never markup
        label.setText(text)
        label.setWordWrap(True)
        if bold:
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        return label


class RecoveryDialog(QDialog):
    """Every recovery copy with Restore / Discard; ``restored`` holds what to open."""

    def __init__(self, recoveries: list[Recovery], store: AutosaveStore,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recovery_dialog")
        self.setWindowTitle(_tr("Recover unsaved work"))
        self.store = store
        self.restored: list[RestoredDocument] = []
        self.discarded: list[Recovery] = []
        #: Ask before discarding (tests that drive the dialog directly may turn this off).
        self.confirm_discard = True
        layout = QVBoxLayout(self)
        intro = QLabel(intro_text(recoveries), self)
        intro.setObjectName("recovery_intro")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        holder = QWidget(self)
        self.rows_layout = QVBoxLayout(holder)
        self.rows: list[RecoveryRow] = []
        for recovery in recoveries:
            row = RecoveryRow(recovery, self)
            self.rows.append(row)
            self.rows_layout.addWidget(row)
        self.rows_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        layout.addWidget(scroll, 1)
        box = QDialogButtonBox(self)
        self.restore_all_button = box.addButton(_tr("Restore all"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_all_button.setObjectName("restore_all_button")
        self.restore_all_button.clicked.connect(self.restore_all)
        self.later_button = box.addButton(_tr("Decide later"),
                                          QDialogButtonBox.ButtonRole.RejectRole)
        self.later_button.setObjectName("later_button")
        self.later_button.setToolTip(_tr("Keep the remaining copies and ask again next time"))
        self.later_button.clicked.connect(self.reject)
        layout.addWidget(box)
        self._fit(holder)

    def _fit(self, holder: QWidget) -> None:
        """As tall as its rows (a row with a long path and a note grew past a fixed 170 px
        and scrolled inside a small dialog, review s7), at most most of the screen."""
        width = 760
        holder.setFixedWidth(width - 40)
        needed = holder.sizeHint().height() + 150
        holder.setMinimumWidth(0)
        holder.setMaximumWidth(16777215)
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        most = int(screen.height() * 0.85) if screen is not None else 760
        self.resize(width, max(300, min(needed, most)))

    def restore(self, row: RecoveryRow) -> None:
        if row.document is None:
            return
        try:
            session = self.store.adopt(row.recovery)
        except KlantreisFileError as error:  # another instance restored it meanwhile
            QMessageBox.warning(self, _tr("Not restored"), str(error))
            self._drop(row)
            return
        original = Path(row.recovery.original_path) if row.recovery.original_path else None
        if original is not None and not original.parent.is_dir():
            original = None  # its folder (or USB stick) is gone: Save will ask where
        title, notes = row.title(), list(row.warnings)
        later = row.recovery.original_saved_later() if original is not None else None
        if later is not None:
            # The file holds later work: the copy opens apart from it (Save asks where).
            original, title = None, separate_title(title)
            notes.append(later_text(later))  # shown last: it stays in the status bar
        self.restored.append(RestoredDocument(row.document, title, original, session, notes))
        self._drop(row)

    def discard(self, row: RecoveryRow) -> None:
        if self.confirm_discard:
            answer = QMessageBox.question(
                self, _tr("Discard recovered work?"),
                _tr("The unsaved changes in “%1” will be deleted for good.").replace(
                    "%1", row.title()),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                return
        discard(row.recovery)
        self.discarded.append(row.recovery)
        self._drop(row)

    def restore_all(self) -> None:
        for row in list(self.rows):
            if row.document is not None:
                self.restore(row)
        self.accept()

    def _drop(self, row: RecoveryRow) -> None:
        self.rows.remove(row)
        row.hide()
        row.deleteLater()
        if not self.rows:
            self.accept()


def offer_recoveries(parent: QWidget | None = None, store: AutosaveStore | None = None
                     ) -> list[RestoredDocument]:
    """Show the dialog when a crashed run left copies; the documents the user restored.

    Call once at start-up, before opening the files given on the command line. Each
    returned document should be shown as modified (``session.stack.resetClean()``) with
    an :class:`AutosaveController` that uses ``session_id`` and calls ``mark_dirty()``.
    """
    from klantreis_desktop.ui.window.autosave_controller import process_store

    store = store if store is not None else process_store()
    with contextlib.suppress(KlantreisFileError):
        store.start()  # our own lock first, so a parallel start never offers our files
    recoveries = store.find_recoveries()
    if not recoveries:
        return []
    dialog = RecoveryDialog(recoveries, store, parent)
    dialog.exec()
    restored = dialog.restored
    mark_offered([row.recovery for row in dialog.rows])  # kept for later: no crash next time
    dialog.deleteLater()
    return restored

