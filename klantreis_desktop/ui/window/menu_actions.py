"""The window's actions, menus and toolbar, with Qt's standard shortcuts.

Kept apart from the window so the list of commands reads as one table: what it is called,
its shortcut, its icon, and which window method it calls.

Shortcuts come from one table, :data:`SHORTCUTS`: a Qt standard key (whose bindings differ
per platform) plus keys we want everywhere. :func:`resolve_shortcuts` merges them so that no
key sequence is registered twice: Qt calls a key bound twice in one window ambiguous and
then does nothing at all (X11's Redo already holds Ctrl+Shift+Z, X11's Delete holds Ctrl+D).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStyle, QToolBar, QWidget

from klantreis_desktop.ui.window.language_menu import build_language_menu
from klantreis_desktop.ui.window.shortcut_priority import TEXT_FIELDS_FIRST

if TYPE_CHECKING:
    from klantreis_desktop.ui.window.main_window import MainWindow

Std = QKeySequence.StandardKey
SP = QStyle.StandardPixmap
Bindings = Callable[[QKeySequence.StandardKey], list[QKeySequence]]

#: Action name → (Qt standard key or None, keys wanted on every platform). "Ctrl" is Cmd on
#: macOS. Ctrl+F and F3 stay free for Find.
SHORTCUTS: dict[str, tuple[QKeySequence.StandardKey | None, tuple[str, ...]]] = {
    "new": (Std.New, ()),
    "open": (Std.Open, ()),
    "save": (Std.Save, ()),
    "save_as": (Std.SaveAs, ("Ctrl+Shift+S",)),
    "export": (None, ("Ctrl+E",)),
    "close": (Std.Close, ()),
    "quit": (Std.Quit, ()),
    "undo": (Std.Undo, ()),
    "redo": (Std.Redo, ("Ctrl+Shift+Z", "Ctrl+Y")),
    "cut": (Std.Cut, ()),
    "copy": (Std.Copy, ()),
    "paste": (Std.Paste, ()),
    "duplicate": (None, ("Ctrl+D",)),
    "delete": (Std.Delete, ()),
    "select_all": (Std.SelectAll, ()),
    "zoom_in": (Std.ZoomIn, ("Ctrl+=",)),
    "zoom_out": (Std.ZoomOut, ()),
    "zoom_reset": (None, ("Ctrl+0",)),
    "zoom_fit": (None, ("Ctrl+9", "Ctrl+Shift+F")),
    "add_journey": (None, ("Ctrl+T",)),
    "journey_properties": (None, ("Ctrl+Shift+J",)),
    "personas": (None, ("Ctrl+Shift+P",)),
    "shortcut_sheet": (Std.HelpContents, ("F1",)),
}


def resolve_shortcuts(bindings: Bindings = QKeySequence.keyBindings
                      ) -> dict[str, list[QKeySequence]]:
    """Each action's key sequences for a platform whose standard keys ``bindings`` gives.

    The platform's own bindings come first (the first one is what menus show), then our
    extras; a sequence already listed is skipped, and so is a standard binding that another
    action claims explicitly (X11's Delete also means Ctrl+D, which is Duplicate here).
    """
    claimed: dict[str, str] = {}
    for name, (_standard, extras) in SHORTCUTS.items():
        for text in extras:
            claimed.setdefault(_portable(QKeySequence(text)), name)
    taken: set[str] = set()
    resolved: dict[str, list[QKeySequence]] = {}
    for name, (standard, extras) in SHORTCUTS.items():
        keys: list[QKeySequence] = []
        candidates = list(bindings(standard)) if standard is not None else []
        candidates += [QKeySequence(text) for text in extras]
        for key in candidates:
            text = _portable(key)
            if not text or text in taken or claimed.get(text, name) != name:
                continue
            taken.add(text)
            keys.append(key)
        resolved[name] = keys
    return resolved


def _portable(key: QKeySequence) -> str:
    return key.toString(QKeySequence.SequenceFormat.PortableText)


def native_text(keys: list[QKeySequence]) -> str:
    """Key sequences as this platform writes them (⌘⇧Z on macOS), joined for reading."""
    return ", ".join(key.toString(QKeySequence.SequenceFormat.NativeText) for key in keys
                     if not key.isEmpty())


def typeable(key: QKeySequence) -> bool:
    """False for keys few keyboards have: the dedicated Copy/Save/Undo keys of media
    keyboards and Sun's F14…F20, which Qt's standard bindings also list."""
    if key.isEmpty():
        return False
    code = key[0].key().value  # type: ignore[index]  # operator[] exists; the stubs lack it
    return code < Qt.Key.Key_Help.value and not (
        Qt.Key.Key_F13.value <= code <= Qt.Key.Key_F35.value)


def shown_keys(action: QAction) -> list[QKeySequence]:
    """The shortcuts worth showing a person: the platform's first one and the keys we add
    on purpose (Ctrl+Y for Redo), not the legacy extras (Shift+Del, Ctrl+Ins)."""
    keys = [key for key in action.shortcuts() if typeable(key)]
    name = action.objectName().removeprefix("action_")
    if name not in SHORTCUTS or not keys:
        return keys
    wanted = {_portable(QKeySequence(text)) for text in SHORTCUTS[name][1]}
    return keys[:1] + [key for key in keys[1:] if _portable(key) in wanted]


def plain_text(text: str) -> str:
    """A menu text without its mnemonic ampersand and trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(
        ".…").strip()


def tooltip_with_shortcut(action: QAction, base: str = "") -> str:
    """``Undo (Ctrl+Z)``: the action's tip (or name) with its first shortcut."""
    base = base or plain_text(action.iconText() or action.text())
    keys = shown_keys(action)
    if not keys:
        return base
    return f"{base} ({keys[0].toString(QKeySequence.SequenceFormat.NativeText)})"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


class WindowActions:
    """Creates every QAction of ``window`` and puts them in menus and the toolbar."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.keys = resolve_shortcuts()
        w = window
        f = w.files
        self.new = self._make(_tr("&New…"), f.new_document, "new", "document-new",
                              SP.SP_FileIcon, _tr("New journey map from a template"))
        self.open = self._make(_tr("&Open…"), f.open_dialog, "open", "document-open",
                               SP.SP_DialogOpenButton)
        self.save = self._make(_tr("&Save"), f.save, "save", "document-save",
                               SP.SP_DialogSaveButton)
        self.save_as = self._make(_tr("Save &As…"), f.save_as, "save_as", "document-save-as")
        self.export = self._make(_tr("&Export…"), w.export_document, "export",
                                 "document-export", tip=_tr("Export as PDF poster, PNG or SVG"))
        self.import_events = self._make(_tr("&Import Event Log…"), w.import_event_log,
                                        tip=_tr("Turn a CSV of customer events into journeys"))
        self.close = self._make(_tr("&Close"), w.close_document, "close", "window-close")
        self.quit = self._make(_tr("&Quit"), w.quit_application, "quit", "application-exit")
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)

        self.undo = w.undo_group.createUndoAction(w, _tr("&Undo"))
        self.undo.setObjectName("action_undo")
        self.undo.setShortcuts(self.keys["undo"])
        self.undo.setIcon(_icon("edit-undo", SP.SP_ArrowBack))
        self.undo.setIconText(_tr("Undo"))  # the menu text names the step; keep the bar steady
        self.redo = w.undo_group.createRedoAction(w, _tr("&Redo"))
        self.redo.setObjectName("action_redo")
        self.redo.setShortcuts(self.keys["redo"])
        self.redo.setIcon(_icon("edit-redo", SP.SP_ArrowForward))
        self.redo.setIconText(_tr("Redo"))
        self.cut = self._make(_tr("Cu&t"), w.cut, "cut", "edit-cut")
        self.copy = self._make(_tr("&Copy"), w.copy, "copy", "edit-copy")
        self.paste = self._make(_tr("&Paste"), w.paste, "paste", "edit-paste")
        self.duplicate = self._make(_tr("Duplicat&e"), w.duplicate, "duplicate")
        self.delete = self._make(_tr("&Delete"), w.delete, "delete", "edit-delete")
        self.select_all = self._make(_tr("Select &All"), w.select_all, "select_all",
                                     "edit-select-all")
        for action in (self.cut, self.copy, self.paste, self.duplicate, self.delete,
                       self.select_all):
            # Text fields handle these keys themselves; the canvas gets them otherwise.
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setProperty(TEXT_FIELDS_FIRST, True)

        self.zoom_in = self._make(_tr("Zoom &In"), w.zoom_in, "zoom_in", "zoom-in")
        self.zoom_out = self._make(_tr("Zoom &Out"), w.zoom_out, "zoom_out", "zoom-out")
        self.zoom_reset = self._make(_tr("Actual Size (100 %)"), w.zoom_reset, "zoom_reset",
                                     "zoom-original")
        self.zoom_fit = self._make(_tr("&Fit to Window"), w.zoom_fit, "zoom_fit",
                                   "zoom-fit-best")

        self.add_journey = self._make(_tr("&Add Journey"), lambda: w.tabs.add_journey(),
                                      "add_journey")
        # No F2 here: on the canvas F2 edits the selected card's text.
        self.rename_journey = self._make(_tr("&Rename Journey"), w.rename_current_journey)
        self.duplicate_journey = self._make(_tr("D&uplicate Journey"),
                                            w.duplicate_current_journey)
        self.delete_journey = self._make(_tr("&Delete Journey…"), w.delete_current_journey)
        self.journey_properties = self._make(_tr("Journey &Properties…"),
                                             w.edit_journey_properties,
                                             "journey_properties", "document-properties")
        self.personas = self._make(_tr("Perso&nas…"), w.edit_personas, "personas",
                                   "system-users")
        self.shortcut_sheet = self._make(_tr("&Keyboard Shortcuts"), w.show_shortcut_sheet,
                                         "shortcut_sheet", "help-keyboard-shortcuts",
                                         tip=_tr("Every keyboard shortcut on one page"))
        self.about = self._make(_tr("&About Klantreis"), w.show_about)
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.align: dict[str, QAction] = {}
        self.recent_menu = QMenu(_tr("Open &Recent"), w)
        self.recent_menu.setObjectName("recent_menu")
        self.recent_menu.aboutToShow.connect(f.fill_recent_menu)

    def _make(self, text: str, slot: Callable[[], object], shortcut: str = "",
              theme: str = "", fallback: QStyle.StandardPixmap | None = None,
              tip: str = "") -> QAction:
        """An action; ``shortcut`` names its row in :data:`SHORTCUTS`."""
        action = QAction(text, self.window)
        if shortcut:
            action.setObjectName(f"action_{shortcut}")
            action.setShortcuts(self.keys[shortcut])
        if theme or fallback is not None:
            action.setIcon(_icon(theme, fallback))
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
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
        view.addSeparator()
        build_language_menu(view, self.window.settings, self.window)

        journey = bar.addMenu(_tr("&Journey"))
        journey.addActions([self.add_journey, self.rename_journey, self.duplicate_journey,
                            self.delete_journey])
        journey.addSeparator()
        journey.addActions([self.journey_properties, self.personas])
        journey.addSeparator()
        journey.addAction(self.window.analysis_dock.toggleViewAction())

        self.help_menu = bar.addMenu(_tr("&Help"))
        self.help_menu.setObjectName("help_menu")
        self.help_menu.addAction(self.shortcut_sheet)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about)

    def finish(self) -> None:
        """After other parts added their menus (Workshop): Help goes last, and every
        action with a shortcut names it in its tooltip."""
        from klantreis_desktop.ui.window.window_menu import build_window_menu

        bar = self.window.menuBar()
        bar.removeAction(self.help_menu.menuAction())
        self.window_menu = build_window_menu(self.window)
        bar.addMenu(self.window_menu)
        bar.addAction(self.help_menu.menuAction())
        for action in all_actions(self.window):
            if any(not key.isEmpty() for key in action.shortcuts()):
                action.setToolTip(tooltip_with_shortcut(action, action.statusTip()))

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


def all_actions(window: QMainWindow) -> list[QAction]:
    """Every action of the window's menus (with submenus), tool bars and the window
    itself, once each, in menu order."""
    found: list[QAction] = []

    def visit(actions: list[QAction]) -> None:
        for action in actions:
            if action.isSeparator() or action in found:
                continue
            menu = action.menu()
            if isinstance(menu, QMenu):
                visit(menu.actions())
            else:
                found.append(action)

    visit(window.menuBar().actions())
    for bar in window.findChildren(QToolBar):
        visit(bar.actions())
    visit(QWidget.actions(window))  # the window's own (MainWindow.window_actions is ours)
    return found


def _icon(theme: str, fallback: QStyle.StandardPixmap | None) -> QIcon:
    """A theme icon, else Qt's built-in one, else nothing (the text shows)."""
    if theme and QIcon.hasThemeIcon(theme):
        return QIcon.fromTheme(theme)
    if fallback is not None:
        from PySide6.QtWidgets import QApplication

        return QApplication.style().standardIcon(fallback)
    return QIcon()
