"""The import dialogs' file field (issue 19 review): it takes focus, so it takes a typed
or pasted path too — Enter reads that file, as "Choose file…" would. Enter is kept from
the dialog (its default button would import the previous file)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget


def typed_path(text: str) -> Path | None:
    """The path in a typed or pasted text: quotes and a file:// URL (a file manager's
    copy) taken off, "~" expanded; None when empty."""
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        text = text[1:-1].strip()
    if text.startswith("file://"):
        text = QUrl(text).toLocalFile()
    return Path(text).expanduser() if text else None


class PathEdit(QLineEdit):
    """A line edit for a file path: ``path_entered`` on Enter."""

    path_entered = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()  # not the dialog's: its default button is Import
            path = typed_path(self.text())
            if path is not None:
                self.path_entered.emit(path)
            return
        super().keyPressEvent(event)
