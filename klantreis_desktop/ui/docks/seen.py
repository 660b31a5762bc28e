"""Panels in docks that only work while someone can see them.

The analysis and the workshop panel follow every edit; filling them for a hidden dock
(or one tabbed behind another) slowed every drag and keystroke on a large wall. A panel
with :class:`RefreshWhenSeen` marks itself stale instead and catches up when it shows.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget


class RefreshWhenSeen(QWidget):
    """A widget whose ``refresh()`` runs only when it can be seen (see the module doc).

    Subclasses implement :meth:`refresh` (which clears :attr:`stale`) and connect their
    dock's ``visibilityChanged`` to :meth:`set_dock_visible`.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: The shown result is out of date (refreshed when the panel is next seen).
        self.stale = False
        self._dock_visible = True  # see set_dock_visible

    def refresh(self) -> None:
        raise NotImplementedError

    def is_seen(self) -> bool:
        """Shown, and not in a dock tabbed behind another one."""
        return self.isVisible() and self._dock_visible

    def set_dock_visible(self, visible: bool) -> None:
        """Follow the dock's ``visibilityChanged``: a dock tabbed behind another is not
        seen, though Qt still counts its widgets as visible."""
        self._dock_visible = visible
        self.refresh_if_seen()

    def refresh_if_seen(self) -> None:
        """Bring a stale result up to date if it can be seen now."""
        if self.stale and self.is_seen():
            self.refresh()

    def refresh_or_mark(self) -> None:
        """Refresh now if seen, else remember to (on the next show)."""
        if self.is_seen():
            self.refresh()
        else:
            self.stale = True

    def showEvent(self, event: QShowEvent) -> None:
        """Bring a stale result up to date before the panel paints."""
        super().showEvent(event)
        self.refresh_if_seen()
