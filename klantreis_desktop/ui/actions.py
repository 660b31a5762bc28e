"""The window's actions, menus and toolbar, with Qt's standard shortcuts.

Kept apart from the window so the list of commands reads as one table: what it is called,
its shortcut, its icon, and which window method it calls.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMenu, QStyle, QToolBar

if TYPE_CHECKING:
    from klantreis_desktop.ui.main_window import MainWindow

Std = QKeySequence.StandardKey
SP = QStyle.StandardPixmap


def _tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


class WindowActions:
    """Creates every QAction of ``window`` and puts them in menus and the toolbar."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        w = window
        f = w.files
        self.new = self._make(_tr("&New…"), f.new_document, Std.New, "document-new",
                              SP.SP_FileIcon, _tr("New journey map from a template"))
        self.open = self._make(_tr("&Open…"), f.open_dialog, Std.Open, "document-open",
                               SP.SP_DialogOpenButton)
        self.save = self._make(_tr("&Save"), f.save, Std.Save, "document-save",
                               SP.SP_DialogSaveButton)
        self.save_as = self._make(_tr("Save &As…"), f.save_as, Std.SaveAs, "document-save-as")
        self.export = self._make(_tr("&Export…"), w.export_document, QKeySequence("Ctrl+E"),
                                 "document-export", tip=_tr("Export as PDF poster, PNG or SVG"))
        self.import_events = self._make(_tr("&Import Event Log…"), w.import_event_log,
                                        tip=_tr("Turn a CSV of customer events into journeys"))
        self.close = self._make(_tr("&Close"), w.close, Std.Close, "window-close")
        self.quit = self._make(_tr("&Quit"), w.quit_application, Std.Quit, "application-exit")
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)

        self.undo = w.undo_group.createUndoAction(w, _tr("&Undo"))
        self.undo.setShortcuts(QKeySequence.keyBindings(Std.Undo))
        self.undo.setIcon(_icon("edit-undo", SP.SP_ArrowBack))
        self.undo.setIconText(_tr("Undo"))  # the menu text names the step; keep the bar steady
        self.redo = w.undo_group.createRedoAction(w, _tr("&Redo"))
        self.redo.setShortcuts(QKeySequence.keyBindings(Std.Redo)
                               + [QKeySequence("Ctrl+Shift+Z")])
        self.redo.setIcon(_icon("edit-redo", SP.SP_ArrowForward))
        self.redo.setIconText(_tr("Redo"))
        self.cut = self._make(_tr("Cu&t"), w.cut, Std.Cut, "edit-cut")
        self.copy = self._make(_tr("&Copy"), w.copy, Std.Copy, "edit-copy")
        self.paste = self._make(_tr("&Paste"), w.paste, Std.Paste, "edit-paste")
        self.duplicate = self._make(_tr("D&uplicate"), w.duplicate, QKeySequence("Ctrl+D"))
        self.delete = self._make(_tr("&Delete"), w.delete, Std.Delete, "edit-delete")
        self.select_all = self._make(_tr("Select &All"), w.select_all, Std.SelectAll,
                                     "edit-select-all")
        for action in (self.cut, self.copy, self.paste, self.duplicate, self.delete,
                       self.select_all):
            # Text fields handle these keys themselves; the canvas gets them otherwise.
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

        self.zoom_in = self._make(_tr("Zoom &In"), w.zoom_in, Std.ZoomIn, "zoom-in")
        self.zoom_in.setShortcuts(QKeySequence.keyBindings(Std.ZoomIn)
                                  + [QKeySequence("Ctrl+=")])
        self.zoom_out = self._make(_tr("Zoom &Out"), w.zoom_out, Std.ZoomOut, "zoom-out")
        self.zoom_reset = self._make(_tr("Actual Size (100 %)"), w.zoom_reset,
                                     QKeySequence("Ctrl+0"), "zoom-original")
        self.zoom_fit = self._make(_tr("&Fit to Window"), w.zoom_fit, QKeySequence("Ctrl+9"),
                                   "zoom-fit-best")
        self.zoom_fit.setShortcuts([QKeySequence("Ctrl+9"), QKeySequence("Ctrl+Shift+F")])

        self.add_journey = self._make(_tr("&Add Journey"), lambda: w.tabs.add_journey(),
                                      QKeySequence("Ctrl+T"))
        # No F2 here: on the canvas F2 edits the selected card's text.
        self.rename_journey = self._make(_tr("&Rename Journey"), w.rename_current_journey)
        self.duplicate_journey = self._make(_tr("D&uplicate Journey"),
                                            w.duplicate_current_journey)
        self.delete_journey = self._make(_tr("&Delete Journey…"), w.delete_current_journey)
        self.journey_properties = self._make(_tr("Journey &Properties…"),
                                             w.edit_journey_properties,
                                             QKeySequence("Ctrl+Shift+J"), "document-properties")
        self.personas = self._make(_tr("&Personas…"), w.edit_personas,
                                   QKeySequence("Ctrl+Shift+P"), "system-users")
        self.about = self._make(_tr("&About Klantreis"), w.show_about)
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.align: dict[str, QAction] = {}
        self.recent_menu = QMenu(_tr("Open &Recent"), w)
        self.recent_menu.setObjectName("recent_menu")
        self.recent_menu.aboutToShow.connect(f.fill_recent_menu)

    def _make(self, text: str, slot: Callable[[], object],
              shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
              theme: str = "", fallback: QStyle.StandardPixmap | None = None,
              tip: str = "") -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            if isinstance(shortcut, QKeySequence.StandardKey):
                action.setShortcuts(QKeySequence.keyBindings(shortcut))
            else:
                action.setShortcut(shortcut)
        if theme or fallback is not None:
            action.setIcon(_icon(theme, fallback))
        if tip:
            action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def add_align(self, mode: str, text: str) -> None:
        self.align[mode] = self._make(text, lambda: self.window.align(mode))

    def build_menus(self) -> None:
        bar = self.window.menuBar()
        file_menu = bar.addMenu(_tr("&File"))
        file_menu.addActions([self.new, self.open])
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([self.save, self.save_as])
        file_menu.addAction(self.export)
        file_menu.addAction(self.import_events)
        file_menu.addSeparator()
        file_menu.addActions([self.close, self.quit])

        edit = bar.addMenu(_tr("&Edit"))
        edit.addActions([self.undo, self.redo])
        edit.addSeparator()
        edit.addActions([self.cut, self.copy, self.paste, self.duplicate, self.delete])
        edit.addSeparator()
        edit.addAction(self.select_all)
        if self.align:
            arrange = edit.addMenu(_tr("A&lign"))
            arrange.addActions(list(self.align.values()))

        view = bar.addMenu(_tr("&View"))
        view.addActions([self.zoom_in, self.zoom_out, self.zoom_reset, self.zoom_fit])
        view.addSeparator()
        view.addAction(self.window.palette_dock.toggleViewAction())
        view.addAction(self.window.inspector_dock.toggleViewAction())
        view.addAction(self.window.toolbar.toggleViewAction())

        journey = bar.addMenu(_tr("&Journey"))
        journey.addActions([self.add_journey, self.rename_journey, self.duplicate_journey,
                            self.delete_journey])
        journey.addSeparator()
        journey.addActions([self.journey_properties, self.personas])
        journey.addSeparator()
        journey.addAction(self.window.analysis_dock.toggleViewAction())

        help_menu = bar.addMenu(_tr("&Help"))
        help_menu.addAction(self.about)

    def build_toolbar(self) -> QToolBar:
        bar = QToolBar(_tr("Toolbar"), self.window)
        bar.setObjectName("main_toolbar")
        bar.setIconSize(QSize(22, 22))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.addActions([self.new, self.open, self.save])
        bar.addSeparator()
        bar.addActions([self.undo, self.redo])
        bar.addSeparator()
        bar.addActions([self.zoom_out, self.zoom_in, self.zoom_fit])
        bar.addSeparator()
        bar.addActions([self.journey_properties, self.personas])
        return bar


def _icon(theme: str, fallback: QStyle.StandardPixmap | None) -> QIcon:
    """A theme icon, else Qt's built-in one, else nothing (the text shows)."""
    if theme and QIcon.hasThemeIcon(theme):
        return QIcon.fromTheme(theme)
    if fallback is not None:
        from PySide6.QtWidgets import QApplication

        return QApplication.style().standardIcon(fallback)
    return QIcon()
