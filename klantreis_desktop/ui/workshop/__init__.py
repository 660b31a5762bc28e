"""The workshop companion: agenda panel, timer with projector overlay, brainstorm board,
dot votes and the full-screen empathy map. :func:`install` wires it into a main window.

Every main window installs it at start-up, so only the menu, the empty dock and the timer
are made then; the panel is made when its dock is first shown (or the timer started), and
the board, the empathy screen, the overlay and the presentation window are imported when
first opened. ``BrainstormBoard``, ``EmpathyScreen``, ``TimerOverlay`` and
``WorkshopPanel`` are still importable from here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel, QMenu

from klantreis_desktop.ui import presenting
from klantreis_desktop.ui.lifetime import Guard, alive, connect_for_life
from klantreis_desktop.ui.workshop.timer import CountdownTimer, format_seconds

if TYPE_CHECKING:
    from klantreis_desktop.ui.presenting.window import PresentationWindow
    from klantreis_desktop.ui.room.room_window import RoomWindow
    from klantreis_desktop.ui.window.main_window import MainWindow
    from klantreis_desktop.ui.workshop.board import BrainstormBoard
    from klantreis_desktop.ui.workshop.empathy import EmpathyScreen
    from klantreis_desktop.ui.workshop.overlay import TimerOverlay, TimerScreen
    from klantreis_desktop.ui.workshop.panel import WorkshopPanel

__all__ = ["BrainstormBoard", "CountdownTimer", "EmpathyScreen", "TimerOverlay", "TimerScreen",
           "Workshop", "WorkshopPanel", "install"]

#: Stops the timer: in the main window, in F5 and on the brainstorm board (× on the timer).
STOP_TIMER_KEY = "Ctrl+Shift+X"
#: Pauses and resumes it, wherever it shows (Space too, on the timer alone on the projector).
PAUSE_TIMER_KEY = "Ctrl+Shift+Space"

_LAZY = {"BrainstormBoard": "board", "EmpathyScreen": "empathy", "TimerOverlay": "overlay",
         "TimerScreen": "overlay", "WorkshopPanel": "panel"}


def __getattr__(name: str) -> Any:
    """The tools' classes, imported when first asked for (start-up time)."""
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f"{__name__}.{_LAZY[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Workshop", text)


class Workshop(QObject):
    """Everything of the workshop for one main window: panel dock, board, timer, menu."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.timer = CountdownTimer(parent=self)
        self._panel: WorkshopPanel | None = None
        self.dock = QDockWidget(_tr("Workshop"), window)
        self.dock.setObjectName("workshop_dock")
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        # A tab beside the inspector: stacked under it, both were squeezed at 1280 × 800.
        window.tabifyDockWidget(window.inspector_dock, self.dock)
        self.dock.hide()
        self.dock.toggleViewAction().toggled.connect(
            lambda on: on and QTimer.singleShot(0, self, self._to_front))
        self.board: BrainstormBoard | None = None
        #: The countdown alone on the projector; it deletes itself when closed.
        self.timer_screen: Guard[TimerScreen] = Guard()
        #: Room mode's window: the room is open exactly while it is (issue 18).
        self.room_window: Guard[RoomWindow] = Guard()
        self.present_action = presenting.install(window)
        self.menu = self._build_menu()
        self.timer.round_started.connect(self._round_started)
        # The timer in the status bar while a round is on: started from the menu with the
        # panel closed, it ran unseen (review s7).
        self.timer_label = QLabel(window)
        self.timer_label.setObjectName("timer_status")
        window.statusBar().addPermanentWidget(self.timer_label)
        self.timer_label.hide()
        connect_for_life(self.timer.changed, lambda _left: self._show_timer_status(), self)
        connect_for_life(self.timer.expired, lambda _i: self._show_timer_status(), self)
        connect_for_life(window.tabs.selection_changed,
                         lambda _journey, ids: self._follow_selection(ids), self)
        connect_for_life(window.undo_group.activeStackChanged,
                         lambda _stack: self.follow_session(), self)
        connect_for_life(window.tabs.current_journey_changed,
                         lambda _j: self.follow_journey(), self)
        hook = self._on_present
        presenting.PRESENT_HOOKS.append(hook)
        window.destroyed.connect(lambda *_a: presenting.PRESENT_HOOKS.remove(hook)
                                 if hook in presenting.PRESENT_HOOKS else None)
        self.dock.visibilityChanged.connect(self._dock_visibility)
        self.follow_session()

    @property
    def panel(self) -> WorkshopPanel:
        """The agenda/timer/votes panel, made (and its module imported) on first use."""
        if self._panel is None:
            from klantreis_desktop.ui.workshop.panel import WorkshopPanel  # lazy: start-up

            panel = WorkshopPanel(self.timer)
            panel.open_tool.connect(self.open_tool)
            panel.highlight.connect(self.highlight)
            self.dock.setWidget(panel)
            if self.dock.isVisible():
                panel.show()
            self._panel = panel
            panel.set_session(self.window.session, self.window.tabs.current_journey())
            scene = self.window.tabs.current_scene()
            if scene is not None:
                panel.follow_selection(scene.selected_ids())
        return self._panel

    def _to_front(self) -> None:
        """Shown, the panel's tab comes to the front (after the show: only then is it a
        tab; and raise_ alone is a no-op for the topmost child)."""
        self.dock.lower()
        self.dock.raise_()

    def _toggle_panel(self, action: QAction) -> None:
        """Ctrl+Shift+W: show the panel, or bring its tab to the front from behind the
        inspector's (a plain toggle hid it then), or hide it when it is in front."""
        if self.dock.isVisible() and self.dock.visibleRegion().isEmpty():
            self._to_front()
        else:
            self.dock.setVisible(not self.dock.isVisible())
        action.setChecked(self.dock.isVisible())

    def _dock_visibility(self, shown: bool) -> None:
        if shown:
            self.panel.set_dock_visible(True)
        elif self._panel is not None:
            self._panel.set_dock_visible(False)

    def _build_menu(self) -> QMenu:
        menu = self.window.menuBar().addMenu(_tr("&Workshop"))
        menu.setObjectName("workshop_menu")
        menu.addAction(self.present_action)
        panel = QAction(_tr("&Workshop panel"), self.window)
        panel.setCheckable(True)
        panel.setShortcut(QKeySequence("Ctrl+Shift+W"))
        panel.triggered.connect(lambda _on: self._toggle_panel(panel))
        self.dock.toggleViewAction().toggled.connect(panel.setChecked)
        menu.addAction(panel)
        for text, key, slot in ((_tr("&Brainstorm board"), "Ctrl+Shift+B", self.show_board),
                                (_tr("&Empathy map on the projector"), "",
                                 lambda: self.open_tool("empathy")),
                                (_tr("Start the &timer"), "Ctrl+Shift+T",
                                 self.start_timer)):
            action = QAction(text, self.window)
            if key:
                action.setShortcut(QKeySequence(key))
            action.triggered.connect(slot)
            menu.addAction(action)
            if slot == self.start_timer:
                self.start_timer_action = action
        self.stop_timer_action = QAction(_tr("&Stop the timer"), self.window)
        self.stop_timer_action.setObjectName("action_timer_stop")
        self.stop_timer_action.setShortcut(QKeySequence(STOP_TIMER_KEY))
        self.stop_timer_action.setStatusTip(_tr("End the rounds and take the timer off the "
                                                "projector and the brainstorm board"))
        self.stop_timer_action.triggered.connect(self.timer.stop)
        self.pause_timer_action = QAction(_tr("P&ause or resume the timer"), self.window)
        self.pause_timer_action.setObjectName("action_timer_pause")
        self.pause_timer_action.setShortcut(QKeySequence(PAUSE_TIMER_KEY))
        self.pause_timer_action.setStatusTip(_tr("Hold the countdown, and carry on from "
                                                 "there"))
        self.pause_timer_action.triggered.connect(self.timer.toggle_pause)
        menu.addAction(self.pause_timer_action)
        menu.addAction(self.stop_timer_action)
        projector = QAction(_tr("Show the timer on the pro&jector"), self.window)
        projector.setObjectName("action_timer_screen")
        projector.setStatusTip(_tr("The countdown full screen on the projector, without "
                                   "presenting the map; Esc closes it"))
        projector.triggered.connect(self.show_timer_screen)
        menu.addAction(projector)
        menu.addSeparator()
        self.room_action = QAction(_tr("&Room: participants on their phones…"), self.window)
        self.room_action.setObjectName("action_room")
        self.room_action.setCheckable(True)  # off by default: no room, no listening socket
        self.room_action.setStatusTip(_tr("Participants add notes, vote and rate from their "
                                          "phones over this room's network (no internet)"))
        self.room_action.triggered.connect(self.toggle_room)
        menu.addAction(self.room_action)
        return menu

    # Following the window --------------------------------------------------------------

    def follow_session(self) -> None:
        session = self.window.session
        room = self.room_window.get()
        if room is not None and (session is None or room.doc_session is not session):
            room.close()  # the room's document closed: so does the room
        if self.board is not None and (session is None or self.board.doc is not session.doc):
            self.board.detach()
            self.board.close()
            self.board.deleteLater()
            self.board = None
        if self._panel is not None:
            self._panel.set_session(session, self.window.tabs.current_journey())

    def follow_journey(self) -> None:
        journey = self.window.tabs.current_journey()
        if self._panel is not None:
            self._panel.set_journey(journey)
        if self.board is not None:
            self.board.set_journey(journey)

    def _on_present(self, shown: PresentationWindow) -> None:
        if shown.parentWidget() is not self.window:
            return
        from klantreis_desktop.ui.workshop.overlay import TimerOverlay  # lazy: start-up

        # Held by the window it draws over, so it ends with it (the class does not know it).
        shown.timer_overlay = TimerOverlay(self.timer, shown)  # type: ignore[attr-defined]  # see above
        shown.addAction(self.stop_timer_action)  # its key works where the timer shows
        shown.addAction(self.pause_timer_action)
        shown.addAction(self.start_timer_action)  # a round can start in front of the room

    def start_timer(self) -> bool:
        """Workshop › Start the timer: as the panel's Start (a paused round carries on);
        with the panel closed the status bar says what started, or what is wrong."""
        panel = self.panel
        started = panel.start_timer()
        if panel.isVisible():
            return started
        bar = self.window.statusBar()
        if not started:
            bar.showMessage(panel.error.text(), 10000)
        else:
            bar.showMessage(_tr("The timer runs: {dimension}, round {number} of {count}. "
                                "{pause} pauses, {stop} stops.").format(
                dimension=self.timer.dimension(), number=self.timer.index + 1,
                count=len(self.timer.dimensions), pause=self._key_text(PAUSE_TIMER_KEY),
                stop=self._key_text(STOP_TIMER_KEY)), 10000)
        return started

    @staticmethod
    def _key_text(key: str) -> str:
        return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)

    def _show_timer_status(self) -> None:
        """The time left in the status bar while a round is on (paused: it says so)."""
        timer, label = self.timer, self.timer_label
        if not alive(label):
            return
        if not timer.active():
            label.hide()
            return
        place = _tr("{dimension} ({number} of {count})").format(
            dimension=timer.dimension(), number=timer.index + 1, count=len(timer.dimensions))
        if timer.ended:
            text = _tr("Time's up · {round}").format(round=place)
        elif timer.paused():
            text = _tr("Timer paused at {time} · {round}").format(
                time=format_seconds(timer.remaining()), round=place)
        else:
            text = _tr("Timer {time} · {round}").format(
                time=format_seconds(timer.remaining()), round=place)
        if label.text() != text:
            label.setText(text)
        label.show()

    def _follow_selection(self, ids: list) -> None:
        if self._panel is not None:
            self._panel.follow_selection([str(i) for i in ids])

    def _round_started(self, _index: int, dimension: str) -> None:
        if self.board is not None:
            self.board.set_dimension(dimension)

    # Tools --------------------------------------------------------------------------------

    def show_board(self) -> BrainstormBoard | None:
        session = self.window.session
        if session is None:
            return None
        if self.board is None:
            from klantreis_desktop.ui.workshop.board import BrainstormBoard  # lazy: start-up
            from klantreis_desktop.ui.workshop.overlay import TimerOverlay

            self.board = BrainstormBoard(session.doc, session.stack,
                                         self.window.tabs.current_journey(), self.window)
            self.board.timer_overlay = TimerOverlay(  # type: ignore[attr-defined]  # as above
                self.timer, self.board.view)
            self.board.addAction(self.stop_timer_action)
            self.board.addAction(self.pause_timer_action)
            if self.timer.active():  # opened during a round: its notes go to that dimension
                self.board.set_dimension(self.timer.dimension())
        self.board.show()
        self.board.raise_()
        self.board.activateWindow()
        self.board.entry.setFocus()
        return self.board

    def toggle_room(self, on: bool) -> None:
        """Workshop › Room: open the room (and its window) or close it."""
        if on:
            self.show_room()
        else:
            room = self.room_window.get()
            if room is not None:
                room.close()
        shown = self.room_window.get()
        self.room_action.setChecked(shown is not None and shown.room is not None)

    def _room_closed(self) -> None:
        if alive(self.room_action):  # the main window may be going, action first
            self.room_action.setChecked(False)

    def show_room(self, hosts: list[str] | None = None) -> RoomWindow | None:
        """The room window (opening the room); ``hosts``: the addresses to listen on
        (tests and benchmarks pass loopback; None: this machine's private ones)."""
        session = self.window.session
        if session is None:
            return None
        room = self.room_window.get()
        if room is not None and not room.isVisible():
            room = None  # closed, waiting for its deletion: a room is never reopened
        if room is None:
            from klantreis_desktop.ui.room.room_window import RoomWindow  # lazy: start-up

            room = RoomWindow(self, session, self.window, hosts=hosts)
            room.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            room.closed.connect(self._room_closed)
            room.opened.connect(lambda: self.room_action.setChecked(True))
            room.destroyed.connect(lambda *_a: self._room_closed())
            self.room_window.set(room)
        self.room_action.setChecked(room.room is not None)
        room.show()
        room.raise_()
        room.activateWindow()
        return room

    def show_timer_screen(self) -> TimerScreen:
        """The countdown large and alone, full screen on the projector (Esc closes it)."""
        from klantreis_desktop.ui.workshop.overlay import TimerScreen  # lazy: start-up

        screen = self.timer_screen.get()
        if screen is None or not screen.isVisible():  # a closed one deletes itself
            screen = TimerScreen(self.timer, self.window)
            screen.addAction(self.stop_timer_action)
            screen.addAction(self.pause_timer_action)
            self.timer_screen.set(screen)
        screen.start(presenting.projector_screen(self.window))
        return screen

    def open_tool(self, step: str) -> None:
        """What each agenda step opens (see model.workshop.STEP_KEYS)."""
        self.dock.show()
        session = self.window.session
        if step in ("channels", "brainstorm", "affinity"):
            self.show_board()
        elif step == "empathy" and session is not None:
            journey = self.window.tabs.current_journey()
            personas = (session.doc.personas_of(journey) if journey else []) or (
                session.doc.personas())
            if personas:
                from klantreis_desktop.ui.workshop.empathy import EmpathyScreen  # lazy

                screen = EmpathyScreen(session, personas[0], self.window)
                screen.showFullScreen()
            else:
                self.window.edit_personas()
        elif step in ("sketch", "refine"):
            view = self.window.tabs.current_view()
            if view is not None:
                view.setFocus()
        elif step == "share":
            self.present_action.trigger()
        else:  # goals, gather: the step's own notes are the tool
            self.panel.notes.setFocus()

    def highlight(self, cards: list[str]) -> None:
        shown = presenting.showing(self.window)
        scenes = [self.window.tabs.current_scene()]
        if shown is not None:
            scenes.append(shown.scene)
        for scene in scenes:
            if scene is not None:
                scene.set_spotlight(set(cards) if cards else None)


def install(window: MainWindow) -> Workshop:
    """Add the workshop (menu, F5, panel dock) to ``window``; call once per window."""
    workshop = Workshop(window)
    window.workshop = workshop
    return workshop
