"""The journey tabs: one canvas per journey of the document, kept in step with the model.

The model decides which journeys exist, their titles and their order; the tabs follow
every change (including undo). Gestures on the tabs (add, rename, duplicate, delete,
drag to reorder) become model commands and never change the tabs directly.

A journey's canvas (scene and view) is made when its tab is first shown, not when the
document opens: building a large canvas takes a noticeable moment, and a document with a
current and an ideal journey per persona would otherwise build them all before the
first one appears.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFocusEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from klantreis_desktop import i18n, templates
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model import operations as ops
from klantreis_desktop.model.changes import AddNode, ChangeSet, RemoveNode, SetAttrs
from klantreis_desktop.model.journeys import copy_journey, duplicate_journey
from klantreis_desktop.model.model_error import ModelError
from klantreis_desktop.ui.canvas.scene import JourneyScene
from klantreis_desktop.ui.canvas.view import JourneyView
from klantreis_desktop.ui.dialogs.confirm import confirm as ask
from klantreis_desktop.ui.session import DocumentSession

EMPTY_TEMPLATE = "leeg"
#: The smallest zoom a canvas opens with when it is fitted to the window: below it the
#: whole map would be too small to read, so it shows every phase (the width) and scrolls.
MIN_FIRST_ZOOM = 0.5
#: The largest: a small or blank map fitted to a big screen came up at 314 %, its card
#: text 40 pt high (review s7); it opens at this zoom, centred, and the person zooms on.
MAX_FIRST_ZOOM = 1.5


class JourneyTabBar(QTabBar):
    """A movable tab bar that says when a tab drag ends (one reorder command per drag)."""

    drag_finished = Signal()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        self.drag_finished.emit()


class _RenameEditor(QLineEdit):
    """The in-place editor over a tab: Enter commits, Escape or leaving cancels."""

    committed = Signal(str)
    cancelled = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.committed.emit(self.text())
            return
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.committed.emit(self.text())


class DocumentTabs(QStackedWidget):
    """Tabs of journeys, or a short explanation when the document has none."""

    current_journey_changed = Signal(object)  # journey id or None
    selection_changed = Signal(object, list)  # journey id, selected ids
    zoom_changed = Signal(float)
    status_message = Signal(str)
    #: The current canvas chose another persona for new emotion points (or the tab changed).
    emotion_persona_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: DocumentSession | None = None
        #: One tab page per journey; it holds the journey's view once that is made.
        self.pages: dict[str, QWidget] = {}
        #: The canvases made so far (the current journey's always is).
        self.scenes: dict[str, JourneyScene] = {}
        self.views: dict[str, JourneyView] = {}
        self._syncing = False
        self._editor: _RenameEditor | None = None
        self._initial_zoom: float | None = None
        #: Journeys whose canvas got its first zoom and scroll position (on first display).
        self._placed: set[str] = set()
        #: Journeys shown fitted to the window until the person zooms, scrolls or clicks.
        #: The first fit comes before the window has its final size (the window manager
        #: maximises it a moment later), so every resize fits again until then.
        self._fitted: set[str] = set()
        self._pending: set[str] = set()
        self._placing = False
        self._place_timer = QTimer(self)
        self._place_timer.setSingleShot(True)
        self._place_timer.setInterval(0)
        self._place_timer.timeout.connect(self._place_pending)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("journey_tabs")
        self.tab_bar = JourneyTabBar(self.tabs)
        self.tabs.setTabBar(self.tab_bar)
        self.tabs.setDocumentMode(True)
        self.tabs.setMovable(True)
        self.tab_bar.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tab_bar.customContextMenuRequested.connect(self._tab_menu)
        self.tab_bar.tabBarDoubleClicked.connect(self.start_rename)
        self.tab_bar.drag_finished.connect(self._tab_drag_finished)
        self.tabs.currentChanged.connect(self._current_changed)
        self.add_button = QToolButton(self.tabs)
        self.add_button.setObjectName("add_journey_button")
        self.add_button.setText("+")
        self.add_button.setAutoRaise(True)
        self.add_button.setStyleSheet(
            "QToolButton { font-weight: bold; padding: 0 8px; }"
            "QToolButton::menu-indicator { image: none; width: 0; }")
        self.add_button.setToolTip(self.tr("Add a journey"))
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_menu = QMenu(self.add_button)
        self.add_menu.aboutToShow.connect(self._fill_add_menu)
        self.add_button.setMenu(self.add_menu)
        self.tabs.setCornerWidget(self.add_button, Qt.Corner.TopRightCorner)
        self.addWidget(self.tabs)

        self.placeholder = QWidget(self)
        box = QVBoxLayout(self.placeholder)
        box.addStretch(1)
        text = QLabel(self.tr("This document has no journey yet."), self.placeholder)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(text)
        add = QPushButton(self.tr("Add a journey"), self.placeholder)
        add.setObjectName("placeholder_add_button")
        add.setMenu(self.add_menu)
        box.addWidget(add, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addStretch(1)
        self.addWidget(self.placeholder)

    # The document -------------------------------------------------------------------

    def set_session(self, session: DocumentSession | None, zoom: float | None = None) -> None:
        """Show ``session``'s journeys (dropping the canvases of the previous document)."""
        if self.session is not None:
            self.session.model_changed.disconnect(self._on_model_changed)
        self._initial_zoom = zoom
        self._placed.clear()
        for journey in list(self._fitted):
            self._stop_fitting(journey)
        self._pending.clear()
        self._place_timer.stop()
        self._syncing = True
        try:
            for journey in list(self.pages):
                self._drop_tab(journey)
        finally:
            self._syncing = False
        self.session = session
        if session is not None:
            session.model_changed.connect(self._on_model_changed)
        self.sync()  # announces the current journey (once: listeners may be slow)
        if session is None:
            self._current_changed(self.tabs.currentIndex())

    def journeys(self) -> list[str]:
        """Journey ids in tab order."""
        return [self._journey_at(i) for i in range(self.tabs.count())]

    def _journey_at(self, index: int) -> str:
        return str(self.tab_bar.tabData(index))

    def current_journey(self) -> str | None:
        index = self.tabs.currentIndex()
        return self._journey_at(index) if index >= 0 else None

    def current_scene(self) -> JourneyScene | None:
        journey = self.current_journey()
        return self._canvas(journey)[0] if journey else None

    def current_view(self) -> JourneyView | None:
        journey = self.current_journey()
        return self._canvas(journey)[1] if journey else None

    def set_current_journey(self, journey: str) -> None:
        if journey in self.pages:
            self.tabs.setCurrentWidget(self.pages[journey])

    # Following the model --------------------------------------------------------------

    def _on_model_changed(self, change: ChangeSet) -> None:
        if _touches_journeys(change, self.session):
            self.sync()

    def sync(self) -> None:
        """Make the tabs match the document's journeys: which, in what order, what titles."""
        if self.session is None:
            self.setCurrentWidget(self.placeholder)
            return
        doc = self.session.doc
        wanted = doc.journeys()
        self._syncing = True
        try:
            for journey in [j for j in self.pages if j not in wanted]:
                self._drop_tab(journey)
            for index, journey in enumerate(wanted):
                if journey not in self.pages:
                    self._add_tab(journey, index)
                current = self.tabs.indexOf(self.pages[journey])
                if current != index:
                    self.tab_bar.moveTab(current, index)
                self.tabs.setTabText(index, _tab_text(doc.title(journey)))
                self.tabs.setTabToolTip(index, doc.title(journey))
        finally:
            self._syncing = False
        self.setCurrentWidget(self.tabs if wanted else self.placeholder)
        self._current_changed(self.tabs.currentIndex())

    def _add_tab(self, journey: str, index: int) -> None:
        """A tab with an empty page; the canvas comes when the tab is first shown."""
        assert self.session is not None
        page = QWidget()
        page.setObjectName("journey_page")
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        self.pages[journey] = page
        self.tabs.insertTab(index, page, _tab_text(self.session.doc.title(journey)))
        self.tab_bar.setTabData(index, journey)

    def _canvas(self, journey: str) -> tuple[JourneyScene | None, JourneyView | None]:
        """The scene and view of ``journey``, made now if its tab has none yet."""
        page = self.pages.get(journey)
        if page is None or self.session is None:
            return None, None
        if journey not in self.views:
            scene = JourneyScene(self.session.doc, journey, self.session.stack, self)
            view = JourneyView(scene)
            view.setObjectName("journey_view")
            scene.selection_ids_changed.connect(
                lambda ids, j=journey: self._scene_selection(j, ids))
            scene.status_message.connect(self.status_message)
            scene.emotion_persona_chosen.connect(
                lambda j=journey: self._emotion_persona_chosen(j))
            view.zoom_changed.connect(lambda z, j=journey: self._view_zoom(j, z))
            for bar in (view.horizontalScrollBar(), view.verticalScrollBar()):
                bar.sliderPressed.connect(lambda j=journey: self._stop_fitting(j))
            self.scenes[journey], self.views[journey] = scene, view
            layout = page.layout()
            assert layout is not None
            layout.addWidget(view)
        return self.scenes[journey], self.views[journey]

    def _drop_tab(self, journey: str) -> None:
        self._stop_fitting(journey)
        self._pending.discard(journey)
        page = self.pages.pop(journey)
        self.tabs.removeTab(self.tabs.indexOf(page))
        page.deleteLater()
        view = self.views.pop(journey, None)
        scene = self.scenes.pop(journey, None)
        if view is None or scene is None:
            return
        scene.detach()
        scene.blockSignals(True)  # no selection signals from a scene being torn down
        view.blockSignals(True)
        view.setScene(None)
        view.deleteLater()
        scene.deleteLater()

    def _emotion_persona_chosen(self, journey: str) -> None:
        if journey == self.current_journey():
            self.emotion_persona_changed.emit()

    def _current_changed(self, _index: int) -> None:
        if self._syncing:
            return
        journey = self.current_journey()
        if journey is not None:
            self._canvas(journey)  # made on first display
        if journey is not None and journey not in self._placed:
            self._placed.add(journey)
            self._pending.add(journey)
            self._place_timer.start()
        self.current_journey_changed.emit(journey)
        self.emotion_persona_changed.emit()
        scene = self.current_scene()
        self.selection_changed.emit(journey, scene.selected_ids() if scene else [])
        view = self.current_view()
        if view is not None:
            self.zoom_changed.emit(view.zoom())

    def _place_pending(self) -> None:
        pending, self._pending = self._pending, set()
        for journey in pending:
            self._place(journey)

    def _place(self, journey: str) -> None:
        """First display of a canvas: the remembered zoom (or fit), from the top left.

        A fitted canvas is fitted again after each resize until the person takes over.
        """
        view = self.views.get(journey)
        if view is None:
            return
        self._placing = True
        try:
            if self._initial_zoom and journey not in self._fitted:
                view.set_zoom(self._initial_zoom)
            else:
                self._start_fitting(journey)
                view.zoom_fit()
                if view.zoom() < MIN_FIRST_ZOOM:  # a big map: readable beats complete
                    view.set_zoom(max(MIN_FIRST_ZOOM, width_fit(view)))
                elif view.zoom() > MAX_FIRST_ZOOM:
                    view.set_zoom(MAX_FIRST_ZOOM)
            if view.zoom() >= MAX_FIRST_ZOOM and journey in self._fitted:
                view.centerOn(view.sceneRect().center())  # a small map: in the middle
            else:
                view.horizontalScrollBar().setValue(view.horizontalScrollBar().minimum())
                view.verticalScrollBar().setValue(view.verticalScrollBar().minimum())
        finally:
            self._placing = False
        if journey == self.current_journey():
            self.zoom_changed.emit(view.zoom())

    def _start_fitting(self, journey: str) -> None:
        view = self.views.get(journey)
        if view is not None and journey not in self._fitted:
            self._fitted.add(journey)
            view.installEventFilter(self)
            view.viewport().installEventFilter(self)

    def _stop_fitting(self, journey: str) -> None:
        """The person took over (or the canvas goes): no more fitting, no more watching."""
        view = self.views.get(journey)
        if journey in self._fitted:
            self._fitted.discard(journey)
            if view is not None:
                view.removeEventFilter(self)
                view.viewport().removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Resizes of a fitted canvas fit it again; the person's first click, wheel or key
        on it ends that."""
        kind = event.type()
        if kind in (QEvent.Type.Resize, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel,
                    QEvent.Type.KeyPress):
            for journey, view in self.views.items():
                if watched is view or watched is view.viewport():
                    if kind != QEvent.Type.Resize:
                        self._stop_fitting(journey)
                    elif journey in self._fitted:
                        self._pending.add(journey)
                        self._place_timer.start()
                    break
        return super().eventFilter(watched, event)

    def _scene_selection(self, journey: str, ids: list) -> None:
        if journey == self.current_journey():
            self.selection_changed.emit(journey, list(ids))

    def _view_zoom(self, journey: str, zoom: float) -> None:
        if not self._placing:
            self._stop_fitting(journey)  # zoomed by the person
        if journey == self.current_journey():
            self.zoom_changed.emit(zoom)

    # Commands -----------------------------------------------------------------------

    def _push(self, build: Callable[[], ChangeSet], merge_key: str | None = None) -> bool:
        """Build a change (a callable) and push it; a refusal shows its message."""
        assert self.session is not None
        try:
            change = build()
        except ModelError as error:
            QMessageBox.warning(self, self.tr("Not possible"), str(error))
            return False
        return self.session.push(change, merge_key)

    def add_journey(self, template: str = EMPTY_TEMPLATE) -> str | None:
        """Add a journey made from ``template`` after the others; returns its id."""
        if self.session is None:
            return None
        doc = self.session.doc
        try:
            source = templates.build_template(template, i18n.language())
        except ModelError as error:
            QMessageBox.warning(self, self.tr("Not possible"), str(error))
            return None
        before = set(doc.journeys())
        if not self._push(lambda: copy_journey(doc, source, source.journeys()[0])):
            return None
        added = [j for j in doc.journeys() if j not in before]
        if added:
            self.set_current_journey(added[0])
        return added[0] if added else None

    def rename_journey(self, journey: str, title: str) -> bool:
        assert self.session is not None
        doc, title = self.session.doc, title.strip()
        if not title or journey not in doc:
            return False
        return self._push(lambda: _labelled(ops.update(doc, journey, title=title),
                                            self.tr("Rename journey")))

    def duplicate_journey(self, journey: str) -> str | None:
        assert self.session is not None
        doc = self.session.doc
        before = set(doc.journeys())
        if not self._push(lambda: duplicate_journey(doc, journey)):
            return None
        added = [j for j in doc.journeys() if j not in before]
        if added:
            self.set_current_journey(added[0])
        return added[0] if added else None

    def delete_journey(self, journey: str, confirm: bool = True) -> bool:
        """Delete ``journey`` (undoable); asks first unless ``confirm`` is False."""
        assert self.session is not None
        doc = self.session.doc
        if confirm and not ask(
                self, self.tr("Delete journey"),
                self.tr("Delete the journey “%1” with all its phases, lanes and cards?\n"
                        "You can undo this with Undo.").replace("%1", doc.title(journey))):
            return False
        return self._push(lambda: _labelled(ops.remove(doc, journey),
                                            self.tr("Delete journey")))

    def _tab_drag_finished(self) -> None:
        """After a tab drag, turn the new tab order into one reorder command."""
        if self.session is None or self._syncing:
            return
        doc = self.session.doc
        shown, model = self.journeys(), doc.journeys()
        if shown == model:
            return
        moved = self.current_journey()
        if moved is None:
            self.sync()
            return
        index = shown.index(moved)
        pushed = self._push(lambda: _labelled(ops.reorder(doc, moved, index),
                                              self.tr("Reorder journeys")))
        if not pushed or self.journeys() != doc.journeys():
            self.sync()

    # Gestures -----------------------------------------------------------------------

    def start_rename(self, index: int) -> None:
        """Put a line editor over tab ``index`` to rename its journey in place."""
        if index < 0 or self.session is None:
            return
        self._close_editor()
        journey = self._journey_at(index)
        editor = _RenameEditor(self.tab_bar)
        editor.setObjectName("tab_rename_editor")
        editor.setText(self.session.doc.title(journey))
        editor.selectAll()
        rect = self.tab_bar.tabRect(index)
        editor.setGeometry(rect.adjusted(2, 2, -2, -2).united(
            rect.adjusted(2, 2, max(0, 160 - rect.width()), -2)))
        editor.committed.connect(lambda text: self._finish_rename(journey, text))
        editor.cancelled.connect(self._close_editor)
        self._editor = editor
        editor.show()
        editor.setFocus()

    def _finish_rename(self, journey: str, text: str) -> None:
        if self._editor is None:
            return
        self._close_editor()
        self.rename_journey(journey, text)

    def _close_editor(self) -> None:
        editor, self._editor = self._editor, None
        if editor is not None:
            editor.blockSignals(True)
            editor.hide()
            editor.deleteLater()
            view = self.current_view()
            if view is not None:
                view.setFocus()

    def _tab_menu(self, pos: QPoint) -> None:
        index = self.tab_bar.tabAt(pos)
        if index < 0 or self.session is None:
            return
        journey = self._journey_at(index)
        menu = QMenu(self)
        menu.addAction(self.tr("Rename"), lambda: self.start_rename(index))
        menu.addAction(self.tr("Duplicate"), lambda: self.duplicate_journey(journey))
        menu.addAction(self.tr("Delete…"), lambda: self.delete_journey(journey))
        menu.exec(self.tab_bar.mapToGlobal(pos))

    def _fill_add_menu(self) -> None:
        self.add_menu.clear()
        lang = i18n.language()
        empty = QAction(self.tr("Empty journey"), self.add_menu)
        empty.triggered.connect(lambda: self.add_journey(EMPTY_TEMPLATE))
        self.add_menu.addAction(empty)
        self.add_menu.addSeparator()
        for name in templates.TEMPLATES:
            if name == EMPTY_TEMPLATE:
                continue
            try:
                title = templates.build_template(name, lang).meta.get("title") or name
            except ModelError:
                continue
            action = QAction(str(title), self.add_menu)
            action.setToolTip(templates.describe(name))
            action.triggered.connect(lambda _=False, n=name: self.add_journey(n))
            self.add_menu.addAction(action)

    def detach_all(self) -> None:
        """Drop every canvas (the window is closing)."""
        self.set_session(None)


def width_fit(view: JourneyView) -> float:
    """The zoom at which the map's whole width (every phase) fits beside a scroll bar."""
    rect = view.sceneRect()
    if rect.isEmpty():
        return view.zoom()
    room = view.width() - 2 * view.frameWidth() - 4 - view.verticalScrollBar().sizeHint().width()
    return room / rect.width()


def _tab_text(title: str) -> str:
    title = title.strip() or "–"
    return title if len(title) <= 40 else title[:39] + "…"


def _labelled(change: ChangeSet, label: str) -> ChangeSet:
    return ChangeSet(change.atoms, label)


def _touches_journeys(change: ChangeSet, session: DocumentSession | None) -> bool:
    """True when ``change`` adds, removes, renames or reorders a journey."""
    if session is None:
        return False
    for atom in change.atoms:
        if isinstance(atom, (AddNode, RemoveNode)) and atom.attrs.get("kind") == k.JOURNEY:
            return True
        if isinstance(atom, SetAttrs) and atom.node in session.doc and (
                session.doc.kind(atom.node) == k.JOURNEY) and (
                {"title", "order"} & set(atom.new)):
            return True
    return False

