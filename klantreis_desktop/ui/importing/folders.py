"""Where the import and export file dialogs of measured journeys start (issue 19 review):
in the folder used last (a preference, shared by every window), else the document's own
folder, else the home folder — never always in $HOME, where the workshop files are not."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

#: The preference that keeps the folder of the last file chosen.
LAST_FOLDER = "last_data_folder"
#: The preference that keeps the folder of the last content export.
LAST_EXPORT_FOLDER = "last_export_folder"


def settings_of(widget: QWidget | None) -> Any:
    """The window's Settings, found up the parent chain (None for a lone dialog)."""
    while widget is not None:
        found = getattr(widget, "settings", None)
        if found is not None and hasattr(found, "get") and hasattr(found, "set"):
            return found
        widget = widget.parentWidget()
    return None


def start_folder(widget: QWidget | None, session: Any) -> Path:
    """The folder to open a file dialog in."""
    settings = settings_of(widget)
    last = settings.get(LAST_FOLDER) if settings is not None else None
    if isinstance(last, str) and last and Path(last).is_dir():
        return Path(last)
    own = getattr(session, "path", None)
    if isinstance(own, Path) and own.parent.is_dir():
        return own.parent
    return Path.home()


def remember_folder(widget: QWidget | None, chosen: Path) -> None:
    """Keep ``chosen``'s folder for the next file dialog."""
    settings = settings_of(widget)
    if settings is not None:
        settings.set(LAST_FOLDER, str(chosen.parent))


def export_folder(widget: QWidget | None, session: Any) -> Path:
    """The folder to save an export in: the document's own (what the sheet or summary
    belongs with; the data folder used last may be an event log's), else the folder of
    the last export, else the home folder."""
    own = getattr(session, "path", None)
    if isinstance(own, Path) and own.parent.is_dir():
        return own.parent
    settings = settings_of(widget)
    last = settings.get(LAST_EXPORT_FOLDER) if settings is not None else None
    if isinstance(last, str) and last and Path(last).is_dir():
        return Path(last)
    return Path.home()


def remember_export_folder(widget: QWidget | None, chosen: Path) -> None:
    """Keep ``chosen``'s folder for the next export of a document that has no folder."""
    settings = settings_of(widget)
    if settings is not None:
        settings.set(LAST_EXPORT_FOLDER, str(chosen.parent))
