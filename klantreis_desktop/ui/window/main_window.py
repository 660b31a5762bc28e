"""The main window: journey tabs in the middle, palette left, inspector right.

One window shows one document. Opening a file in a window that holds an untouched new
document replaces it; otherwise the file gets a window of its own, so no open document is
ever dropped silently. Window layout and zoom go to the user's settings, never into the
document.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, QUrl
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QUndoGroup,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QScrollArea,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from klantreis_desktop.model.document import Document
from klantreis_desktop.settings import Settings
from klantreis_desktop.storage import FILE_SUFFIX
from klantreis_desktop.storage.locks import Lock
from klantreis_desktop.storage.stamps import DiskStamp
from klantreis_desktop.ui import workshop
from klantreis_desktop.ui.canvas import edits
from klantreis_desktop.ui.docks.inspector import Inspector
from klantreis_desktop.ui.docks.palette import Palette
from klantreis_desktop.ui.session import DocumentSession
from klantreis_desktop.ui.window import measured_menu, shortcut_priority
from klantreis_desktop.ui.window.autosave_controller import AutosaveController
from klantreis_desktop.ui.window.disk_guard import DiskChangedBar, DiskWatch
from klantreis_desktop.ui.window.document_tabs import DocumentTabs
from klantreis_desktop.ui.window.file_actions import FileActions
from klantreis_desktop.ui.window.find_bar import install_find
from klantreis_desktop.ui.window.menu_actions import WindowActions

if TYPE_CHECKING:
    from klantreis_desktop.ui.docks.analysis_panel import AnalysisPanel

#: Every open window, so a window stays alive while shown and files open only once.
WINDOWS: list[MainWindow] = []


class MainWindow(QMainWindow):
    """One document: tabs of journeys, palette, inspector, menus, toolbar, status bar."""

    def __init__(self, settings: Settings | None = None) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.settings = settings if settings is not None else Settings()
        self.session: DocumentSession | None = None
        self.autosave: AutosaveController | None = None
        self.undo_group = QUndoGroup(self)
        self.files = FileActions(self)

        self.tabs = DocumentTabs(self)
        central = QWidget(self)
        central.setObjectName("central")
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.disk_bar = DiskChangedBar(central)
        column.addWidget(self.disk_bar)
        column.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.disk_watch = DiskWatch(self)
        self.disk_watch.changed.connect(self._changed_on_disk)
        self.disk_bar.reload_requested.connect(self.files.reload)
        self.disk_bar.compare_requested.connect(self._show_version_on_disk)
        self.palette_panel = Palette()
        self.palette_dock = self._dock("palette_dock", self.tr("Palette"), self.palette_panel,
                                       Qt.DockWidgetArea.LeftDockWidgetArea, scroll=True)
        self.inspector = Inspector()
        self.inspector_dock = self._dock("inspector_dock", self.tr("Inspector"),
                                         self.inspector, Qt.DockWidgetArea.RightDockWidgetArea)
        self._analysis: AnalysisPanel | None = None  # made when first needed: see analysis
        self._analysis_seen = False
        self.analysis_dock = self._dock("analysis_dock", self.tr("Analysis"), _stand_in(),
                                        Qt.DockWidgetArea.RightDockWidgetArea)
        self.analysis_dock.hide()
        self.analysis_dock.visibilityChanged.connect(self._analysis_visibility)

        self.window_actions = WindowActions(self)
        for mode, text in align_modes():
            self.window_actions.add_align(mode, text)
        self.toolbar = self.window_actions.build_toolbar()
        self.addToolBar(self.toolbar)
        self.window_actions.build_menus()
        self.workshop = workshop.install(self)
        install_find(self)
        self.measured = measured_menu.install(self)
        self.window_actions.finish()
        shortcut_priority.install()  # the window's keys win in text fields (Ctrl+E)

        self.selection_label = QLabel(self)
        self.selection_label.setObjectName("selection_label")
        self.zoom_label = QLabel(self)
        self.zoom_label.setObjectName("zoom_label")
        self.zoom_label.setMinimumWidth(60)
        self.statusBar().addPermanentWidget(self.selection_label)
        self.statusBar().addPermanentWidget(self.zoom_label)

        self.tabs.selection_changed.connect(self._selection_changed)
        self.tabs.zoom_changed.connect(self._zoom_changed)
        self.tabs.status_message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.tabs.current_journey_changed.connect(lambda _j: self._update_actions())
        self.tabs.current_journey_changed.connect(self._journey_changed)
        self.inspector.journey_properties_requested.connect(self.edit_journey_properties)
        self.inspector.persona_editor_requested.connect(self.edit_personas)
        self.palette_panel.persona_activated.connect(self.edit_personas)
        self.palette_panel.emotion_persona = self._emotion_persona
        self.tabs.emotion_persona_changed.connect(self.palette_panel.mark_emotion_persona)
        self.setAcceptDrops(True)
        self._restore_layout()
        self._update_title()
        self._update_actions()
        WINDOWS.append(self)

    def _dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea,
              scroll: bool = False) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        if scroll:
            area_widget = QScrollArea(dock)
            area_widget.setWidgetResizable(True)
            area_widget.setWidget(widget)
            area_widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            dock.setWidget(area_widget)
        else:
            dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    # The document -------------------------------------------------------------------

    def show_document(self, doc: Document, path: Path | None, untitled: str = "",
                      autosave_session: str | None = None, *, lock: Lock | None = None,
                      stamp: DiskStamp | None = None, read_only: bool = False) -> None:
        """Show ``doc`` in this window, replacing what it showed (callers ask first).

        ``autosave_session`` continues the recovery copy of a restored document; ``lock``
        (our lock on ``path``, released when the document closes), ``stamp`` (the file as
        read) and ``read_only`` tie it to its file.
        """
        old = self.session
        old_autosave = self.autosave
        session = DocumentSession(doc, path, untitled, self, lock=lock, stamp=stamp,
                                  read_only=read_only)
        self.session = session
        self.autosave = AutosaveController.for_session(session, session_id=autosave_session)
        self.autosave.failed.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.undo_group.addStack(session.stack)
        self.undo_group.setActiveStack(session.stack)
        session.state_changed.connect(self._update_title)
        session.state_changed.connect(self._file_state_changed)
        session.stack.indexChanged.connect(lambda _i: self._update_actions())
        self.disk_bar.hide()
        self.disk_watch.follow(session)
        # A file opens at the zoom last used; a new document is fitted to the window.
        zoom = self.settings.get("zoom") if path is not None else None
        self.tabs.set_session(session, float(zoom) if isinstance(zoom, (int, float)) else None)
        self.palette_panel.set_session(session)
        self.inspector.set_session(session)
        if self._analysis is not None:
            self._analysis.set_session(session)
            self._analysis.set_journey(self.tabs.current_journey())
        self._selection_changed(self.tabs.current_journey(), [])
        if old_autosave is not None:
            old_autosave.close()
        if old is not None:
            self.undo_group.removeStack(old.stack)
            old.close()
            old.deleteLater()
        self._update_title()
        self._update_actions()

    # The analysis dock -----------------------------------------------------------------

    @property
    def analysis(self) -> AnalysisPanel:
        """The analysis panel, made (and its module imported) when first needed: its dock
        starts hidden, and many sessions never open it."""
        if self._analysis is None:
            from klantreis_desktop.ui.docks.analysis_panel import AnalysisPanel  # lazy: start-up

            panel = AnalysisPanel()
            panel.highlight.connect(self._highlight)
            panel.set_dock_visible(self._analysis_seen)
            panel.set_session(self.session)
            panel.set_journey(self.tabs.current_journey())
            self._analysis = panel
            stand_in = self.analysis_dock.widget()
            self.analysis_dock.setWidget(panel)
            if stand_in is not None:
                stand_in.deleteLater()
            if self.analysis_dock.isVisible():
                panel.show()  # analyses now, before it paints
        return self._analysis

    def _analysis_visibility(self, seen: bool) -> None:
        self._analysis_seen = seen
        if seen or self._analysis is not None:
            self.analysis.set_dock_visible(seen)

    def _journey_changed(self, journey: str | None) -> None:
        if self._analysis is not None:
            self._analysis.set_journey(journey)

    def _highlight(self, ids: list[str]) -> None:
        """Select on the canvas what the analysis panel points at."""
        scene = self.tabs.current_scene()
        if scene is not None:
            scene.select_ids(ids)

    def import_event_log(self) -> None:
        """File → Import event log…: customer events (CSV) into journeys."""
        if self.session is not None:
            from klantreis_desktop.ui.importing.import_dialog import show_import_dialog

            show_import_dialog(self, self.session)

    def export_document(self) -> None:
        """File → Export…: the journeys as a PDF poster, PNG or SVG."""
        if self.session is not None:
            from klantreis_desktop.ui.exporting.export_dialog import show_export_dialog

            show_export_dialog(self, self.session.doc, self.tabs.current_journey(),
                               self.session.path)

    def target_for_new_document(self) -> MainWindow:
        """This window when it shows nothing worth keeping, else a new window that takes
        this one's place, size and layout (maximised when this one is)."""
        if self.session is None or self.session.is_pristine():
            return self
        window = MainWindow(self.settings)
        window.take_layout_of(self)
        return window

    def take_layout_of(self, other: MainWindow) -> None:
        """Show this window as ``other`` is shown: the same docks shown, at the same widths,
        the same tool bar, the same geometry, maximised (or full screen) when it is.

        Not ``restoreState(other.saveState())``: under X11 with Qt 6.11 that made the next
        show crash inside Qt's dock layout (a segfault at start-up after a crash, when the
        recovered document got its own window); so the docks are copied one by one."""
        shown_docks: list[QDockWidget] = []
        widths: list[int] = []
        for dock in self.findChildren(QDockWidget):
            theirs = other.findChild(QDockWidget, dock.objectName())
            if theirs is None or theirs.isFloating():
                continue
            dock.setVisible(theirs.isVisible())
            if theirs.isVisible():
                shown_docks.append(dock)
                widths.append(theirs.width())
        self.toolbar.setVisible(other.toolbar.isVisible())
        if shown_docks:
            self.resizeDocks(shown_docks, widths, Qt.Orientation.Horizontal)
        if other.isFullScreen():
            self.showFullScreen()
        elif other.isMaximized():
            self.showMaximized()
        else:
            self.setGeometry(other.geometry())
            self.show()

    def window_showing(self, path: Path) -> MainWindow | None:
        """The window that shows the file at ``path`` (the one editing it before one that
        shows it read-only)."""
        resolved = path.resolve() if path.exists() else path
        showing = [window for window in WINDOWS
                   if window.session is not None and window.session.path == resolved]
        showing.sort(key=lambda window: bool(window.session and window.session.read_only))
        return showing[0] if showing else None

    def _emotion_persona(self) -> str | None:
        """Whose curve a new emotion point joins on the current canvas (the palette marks it)."""
        scene = self.tabs.current_scene()
        return scene.emotion_persona() if scene is not None else None

    def _update_title(self) -> None:
        session = self.session
        name = session.display_name() if session else ""
        if session is not None and session.read_only:
            name = self.tr("%1 (read-only)").replace("%1", name)
        self.setWindowTitle(f"{name}[*] — Klantreis" if name else "Klantreis")
        self.setWindowModified(bool(session and session.modified))

    # The file on disk -----------------------------------------------------------------

    def _file_state_changed(self) -> None:
        """Saved under another name, or edited: the watch and the bar follow."""
        session = self.session
        if session is None:
            return
        self.disk_watch.rewatch()
        if session.modified and self.disk_bar.offering_reload:
            session.changed_on_disk = True  # a reload would now drop the edits
            self.disk_bar.mark_changed(session.display_name())
        elif not session.modified and not session.changed_on_disk:
            self.disk_bar.hide()  # saved: nothing left to tell

    def _changed_on_disk(self, session: DocumentSession) -> None:
        """Someone else saved this document's file: offer to reload it, or, with unsaved
        edits here, mark it (saving will ask)."""
        if session is not self.session:
            return
        if session.modified:
            session.changed_on_disk = True
            self.disk_bar.mark_changed(session.display_name())
        else:
            self.disk_bar.offer_reload(session.display_name())

    def _show_version_on_disk(self) -> None:
        if self.session is not None and self.session.path is not None:
            self.files.open_path(self.session.path, read_only=True)

    def _update_actions(self) -> None:
        has_journey = self.tabs.current_journey() is not None
        a = self.window_actions
        for action in (a.rename_journey, a.duplicate_journey, a.delete_journey,
                       a.journey_properties, a.zoom_in, a.zoom_out, a.zoom_reset, a.zoom_fit,
                       a.paste, a.select_all):
            action.setEnabled(has_journey)
        has_doc = self.session is not None
        for action in (a.save, a.save_as, a.export, a.import_events, a.add_journey,
                       a.personas):
            action.setEnabled(has_doc)

    def _selection_changed(self, journey: str | None, ids: list[str]) -> None:
        self.inspector.set_selection(journey, ids)
        count = len(ids)
        self.selection_label.setText(self.tr("%n selected", "", count) if count else "")
        a = self.window_actions
        for action in (a.cut, a.copy, a.duplicate, a.delete):
            action.setEnabled(count > 0)
        for action in a.align.values():
            action.setEnabled(count > 1)

    def _zoom_changed(self, zoom: float) -> None:
        self.zoom_label.setText(f"{round(zoom * 100)} %")

    # Edit commands (they act on the current journey's canvas) ---------------------------

    def cut(self) -> None:
        if self.copy():
            self.delete()

    def copy(self) -> bool:
        """Copy the selected cards (the canvas also puts them on the system clipboard)."""
        scene = self.tabs.current_scene()
        if scene is None or not scene.selected_ids():
            return False
        return bool(edits.copy_selected(scene).get("cards"))

    def paste(self) -> None:
        """Paste copied cards (from any journey or window), or text lines as new cards."""
        scene = self.tabs.current_scene()
        if scene is not None:
            edits.paste_from_clipboard(scene)

    def duplicate(self) -> None:
        scene = self.tabs.current_scene()
        if scene is not None:
            edits.duplicate_selected(scene)

    def delete(self) -> None:
        scene = self.tabs.current_scene()
        if scene is not None:
            edits.delete_selected(scene)

    def select_all(self) -> None:
        scene, journey = self.tabs.current_scene(), self.tabs.current_journey()
        if scene is not None and journey is not None and self.session is not None:
            scene.select_ids(self.session.doc.cards(journey))

    def align(self, mode: str) -> None:
        scene = self.tabs.current_scene()
        if scene is not None:
            edits.align_selected(scene, mode)

    def zoom_in(self) -> None:
        if view := self.tabs.current_view():
            view.zoom_in()

    def zoom_out(self) -> None:
        if view := self.tabs.current_view():
            view.zoom_out()

    def zoom_reset(self) -> None:
        if view := self.tabs.current_view():
            view.zoom_reset()

    def zoom_fit(self) -> None:
        if view := self.tabs.current_view():
            view.zoom_fit()

    # Journeys and personas ------------------------------------------------------------

    def rename_current_journey(self) -> None:
        self.tabs.start_rename(self.tabs.tabs.currentIndex())

    def duplicate_current_journey(self) -> None:
        if journey := self.tabs.current_journey():
            self.tabs.duplicate_journey(journey)

    def delete_current_journey(self) -> None:
        if journey := self.tabs.current_journey():
            self.tabs.delete_journey(journey)

    def edit_journey_properties(self) -> None:
        journey = self.tabs.current_journey()
        if self.session is not None and journey is not None:
            from klantreis_desktop.ui.dialogs.journey_dialog import JourneyDialog  # lazy: start-up

            dialog = JourneyDialog(self.session, journey, self)
            dialog.exec()
            dialog.deleteLater()  # parented to the window: else one stays per opening

    def edit_personas(self, persona: str | None = None) -> None:
        if self.session is not None:
            from klantreis_desktop.ui.dialogs.persona_editor import PersonaEditor  # lazy: start-up

            editor = PersonaEditor(self.session, self.tabs.current_journey(), persona or None,
                                   self)
            editor.exec()
            editor.deleteLater()

    def show_about(self) -> None:
        from klantreis_desktop.ui.window.about import show_about  # lazy: start-up

        show_about(self)

    def show_shortcut_sheet(self) -> None:
        """Help → Keyboard Shortcuts (F1): every key of the app on one page."""
        from klantreis_desktop.ui.window.shortcut_sheet import show_shortcut_sheet  # lazy: start-up

        show_shortcut_sheet(self)

    # Files dropped on the window ------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._accept_local_files(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._accept_local_files(event)

    def _accept_local_files(self, event: QDragMoveEvent) -> None:
        if _local_files(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _local_files(event.mimeData().urls())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        for path in paths:
            self.files.open_path(path)

    # Closing --------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.maybe_save():
            event.ignore()
            return
        self.files.cancel_opening()
        self.disk_watch.stop()
        self._save_layout()
        self.tabs.detach_all()
        self.palette_panel.set_session(None)
        self.inspector.set_session(None)
        if self._analysis is not None:
            self._analysis.set_session(None)
        if self.autosave is not None:
            self.autosave.close()
            self.autosave = None
        if self.session is not None:
            self.session.close()
            self.session = None
        if self in WINDOWS:
            WINDOWS.remove(self)
        event.accept()

    def close_document(self) -> None:
        """File › Close (Ctrl+W): the document closes, and its window unless it is the
        last one: that one shows a new map, as at start (review s7: Ctrl+W on the only
        window ended Klantreis; File › Quit, Ctrl+Q, does that)."""
        if WINDOWS != [self] or self.session is None:
            self.close()
            return
        if not self.files.maybe_save():
            return
        from klantreis_desktop import templates
        from klantreis_desktop.ui.dialogs.new_dialog import build_choice  # lazy: start-up

        closed = self.session.display_name()
        doc = build_choice(templates.TEMPLATES[0], fresh=True)
        self.show_document(doc, None, str(doc.meta.get("title") or ""))
        self.statusBar().showMessage(self.tr("“%1” is closed; this is a new map (File › Quit "
                                             "ends Klantreis).").replace("%1", closed), 8000)

    def quit_application(self) -> None:
        """Close every window (each asks about its own unsaved changes), then quit."""
        for window in list(WINDOWS):
            if not window.close():
                return
        QApplication.quit()

    def _save_layout(self) -> None:
        self.settings.set("window_geometry", _b64(self.saveGeometry()))
        self.settings.set("window_state", _b64(self.saveState()))
        view = self.tabs.current_view()
        if view is not None:
            self.settings.set("zoom", round(float(view.zoom()), 4))

    def _restore_layout(self) -> None:
        geometry, state = self.settings.get("window_geometry"), self.settings.get("window_state")
        restored = False
        if isinstance(geometry, str):
            restored = self.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii")))
        if not (isinstance(state, str)
                and self.restoreState(QByteArray.fromBase64(state.encode("ascii")))):
            self.resizeDocks([self.palette_dock, self.inspector_dock], [210, 330],
                             Qt.Orientation.Horizontal)
        if not restored:
            screen = QGuiApplication.primaryScreen()
            if screen is not None:
                area = screen.availableGeometry()
                self.resize(int(area.width() * 0.9), int(area.height() * 0.9))


def align_modes() -> list[tuple[str, str]]:
    """The align/distribute commands the canvas offers, with their menu texts."""
    from PySide6.QtCore import QCoreApplication

    def tr(text: str) -> str:
        return QCoreApplication.translate("MainWindow", text)

    return [("left", tr("Into the &Leftmost Phase")),
            ("right", tr("Into the &Rightmost Phase")),
            ("top", tr("Into the &Top Lane")), ("bottom", tr("Into the &Bottom Lane")),
            ("distribute", tr("&Distribute over the Phases"))]


def _stand_in() -> QWidget:
    """An empty page for a dock whose panel is made on first show. Qt gives a dock its
    share of the window from what its page asks for just *before* the dock shows, so
    this asks for about what the analysis panel asks for (a scroll area around a page of
    about 250 × 280)."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    inner = QWidget(area)
    QVBoxLayout(inner).addSpacerItem(QSpacerItem(250, 280))
    area.setWidget(inner)
    return area


def _b64(data: QByteArray) -> str:
    return bytes(data.toBase64().data()).decode("ascii")


def _local_files(urls: list[QUrl]) -> list[Path]:
    """Local files among dropped URLs (klantreis files first, the others get an error)."""
    paths = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
    paths = [p for p in paths if p.is_file()]
    return sorted(paths, key=lambda p: p.suffix.lower() != FILE_SUFFIX)
