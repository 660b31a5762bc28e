"""The room on the projector: a large QR code, the short address(es) and the join code,
who joined, and the facilitator's controls (exercise, participants, notes from phones).

Opening the window opens the room (it listens only while the window is open); closing
it, closing the document, closing the main window or quitting the app closes the room,
and its links never work again. With no private network the window says so and explains
the fallback: the laptop's own hotspot.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

import segno
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QColor, QFont, QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from klantreis_desktop.model import workshop as ws
from klantreis_desktop.model.model_error import ModelError
from klantreis_desktop.room.room_protocol import RoomLimits
from klantreis_desktop.ui.lifetime import Guard, connect_for_life
from klantreis_desktop.ui.room.room_exercise import ExerciseChooser
from klantreis_desktop.ui.room.room_overlay import RoomOverlay
from klantreis_desktop.ui.room.room_projector import RoomProjector
from klantreis_desktop.ui.room.room_session import NoPrivateAddressError, RoomSession
from klantreis_desktop.ui.session import DocumentSession

if TYPE_CHECKING:
    from klantreis_desktop.ui.workshop.board import BrainstormBoard

QR_PIXELS = 360
#: The newest notes from phones in the window's list (to hide or merge); all are on the board.
NOTES_LISTED = 200
ROLE_ID = Qt.ItemDataRole.UserRole
ROLE_NAME = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("Room", text)


def hotspot_help() -> str:
    """What to do when phones cannot reach the laptop (docs/room.md says more)."""
    steps = {
        "win32": _tr("Windows: Settings › Network & internet › Mobile hotspot: turn it on. "
                     "Participants join the network name and password shown there."),
        "darwin": _tr("macOS: join the laptop to a phone's personal hotspot, or share a "
                      "cable connection over Wi-Fi (System Settings › General › Sharing › "
                      "Internet Sharing)."),
    }.get(sys.platform, _tr("Linux: Settings › Wi-Fi › Turn On Wi-Fi Hotspot (or "
                            "nmcli device wifi hotspot). Participants join the network "
                            "shown there."))
    return "\n".join((
        _tr("Phones cannot connect? Guest networks often keep devices apart. Use the "
            "laptop's own hotspot, then close and open the room again:"), steps))


def qr_pixmap(text: str, pixels: int = QR_PIXELS) -> QPixmap:
    """The QR code of ``text`` as crisp black modules on white, about ``pixels`` wide."""
    code = segno.make(text, error="m", micro=False)
    matrix = [list(row) for row in code.matrix_iter(scale=1, border=4)]
    size = len(matrix)
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                image.setPixel(x, y, QColor("black").rgb())
    scale = max(1, pixels // size)
    return QPixmap.fromImage(image.scaled(size * scale, size * scale,
                                          Qt.AspectRatioMode.KeepAspectRatio,
                                          Qt.TransformationMode.FastTransformation))


def _big(label: QLabel, pixels: int, bold: bool = False) -> QLabel:
    font = QFont(label.font())
    font.setPixelSize(pixels)
    font.setBold(bold)
    label.setFont(font)
    label.setTextFormat(Qt.TextFormat.PlainText)  # user text is never read as HTML
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class RoomWindow(QWidget):
    """One room for one document's session while this window is open."""

    #: The room opened (listening), and closed (the window closed, or the server stopped).
    opened = Signal()
    closed = Signal()

    def __init__(self, workshop: object, session: DocumentSession,
                 parent: QWidget | None = None, limits: RoomLimits | None = None,
                 hosts: list[str] | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("room_window")
        self.setWindowTitle(_tr("Room"))
        self.workshop = workshop
        self.doc_session = session
        self.limits, self.hosts = limits, hosts
        self.room: RoomSession | None = None
        self.overlay: RoomOverlay | None = None
        self.projector: Guard[RoomProjector] = Guard()
        self.board: Guard[BrainstormBoard] = Guard()
        self._timer_sign: tuple[object, ...] = ()

        self.title = _big(QLabel(_tr("Join with your phone"), self), 34, bold=True)
        self.qr = QLabel(self)
        self.qr.setObjectName("room_qr")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.addresses = _big(QLabel(self), 30, bold=True)
        self.addresses.setObjectName("room_addresses")
        self.code = _big(QLabel(self), 30)
        self.code.setObjectName("room_code")
        self.count = _big(QLabel(self), 24)
        self.count.setObjectName("room_count")
        self.help = _big(QLabel(hotspot_help(), self), 15)
        self.help.setObjectName("room_help")
        self.help.setWordWrap(True)
        self.show_projector = QPushButton(_tr("Show full screen on the projector"), self)
        self.show_projector.setObjectName("room_show_projector")
        self.show_projector.clicked.connect(self.project)
        left = QVBoxLayout()
        for widget in (self.title, self.qr, self.addresses, self.code, self.count,
                       self.show_projector, self.help):
            left.addWidget(widget)
        left.addStretch(1)

        self.exercise = ExerciseChooser(self)
        self.people = QListWidget(self)
        self.people.setObjectName("room_people")
        remove = QPushButton(_tr("Remove from the room"), self)
        remove.setObjectName("room_remove")
        remove.clicked.connect(self.remove_selected)
        self.notes = QListWidget(self)
        self.notes.setObjectName("room_notes")
        self.notes.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        hide = QPushButton(_tr("Hide"), self)
        hide.setObjectName("room_hide")
        hide.clicked.connect(self.hide_selected)
        merge = QPushButton(_tr("Merge duplicates"), self)
        merge.setObjectName("room_merge")
        merge.clicked.connect(self.merge_selected)
        self.status = _big(QLabel(self), 14)
        self.status.setObjectName("room_status")
        self.status.setWordWrap(True)
        self.retry = QPushButton(_tr("Try again"), self)
        self.retry.setObjectName("room_retry")
        self.retry.clicked.connect(self.start)
        close = QPushButton(_tr("Close the room"), self)
        close.setObjectName("room_close")
        close.clicked.connect(self.close)

        right = QVBoxLayout()
        right.addWidget(_group(_tr("What the phones do now"), self.exercise))
        people_box = QVBoxLayout()
        people_box.addWidget(self.people)
        people_box.addWidget(remove)
        right.addWidget(_group(_tr("Participants"), people_box), 1)
        notes_box = QVBoxLayout()
        notes_box.addWidget(self.notes)
        row = QHBoxLayout()
        row.addWidget(hide)
        row.addWidget(merge)
        notes_box.addLayout(row)
        right.addWidget(_group(_tr("Notes from phones"), notes_box), 1)
        right.addWidget(self.status)
        bottom = QHBoxLayout()
        bottom.addWidget(self.retry)
        bottom.addStretch(1)
        bottom.addWidget(close)
        right.addLayout(bottom)
        main = QHBoxLayout(self)
        main.addLayout(left, 3)
        main.addLayout(right, 2)

        self.exercise.wait_asked.connect(self.start_waiting)
        self.exercise.notes_asked.connect(self.start_notes)
        self.exercise.vote_asked.connect(self.start_vote)
        self.exercise.reveal_asked.connect(self.reveal)
        self.exercise.rate_asked.connect(self.start_rating)
        self.exercise.adopt_asked.connect(self.adopt)
        timer = getattr(workshop, "timer", None)
        if timer is not None:
            connect_for_life(timer.changed, lambda _left: self._mirror_timer(), self)
            connect_for_life(timer.round_started, self._round_started, self)
        app = QApplication.instance()
        if app is not None:
            connect_for_life(app.aboutToQuit, self.close_room, self)
        self.resize(1200, 760)
        self.start()

    # The room's life ---------------------------------------------------------------------

    def start(self) -> bool:
        """Open the room (again after "Try again"); False when there is no private
        network (the window then explains the hotspot)."""
        if self.room is not None and self.room.open:
            return True
        try:
            room = RoomSession(self.doc_session, self.limits, self.hosts, self)
        except NoPrivateAddressError:
            self._show_closed(_tr("This computer is on no private network (Wi-Fi, cable or "
                                  "hotspot), so phones cannot reach it."))
            return False
        except OSError as error:
            self._show_closed(_tr("The room could not start: {error}").format(error=error))
            return False
        self.room = room
        # Held by value: the lambda runs while this window is destroyed (main window closed).
        self.destroyed.connect(lambda *_a, server=room.server: server.stop())
        room.changed.connect(self._refresh)
        room.note_added.connect(self._note_added)
        room.ratings_changed.connect(self._ratings)
        room.stopped.connect(self._stopped)
        links = room.links()
        self.qr.setPixmap(qr_pixmap(links[0]))
        self.qr.setToolTip(links[0])
        self.addresses.setText("\n".join(room.short_addresses()))
        self.code.setText(_tr("Code: {code}").format(code=room.room.join_code))
        self.retry.hide()
        self.show_projector.setEnabled(True)
        self.status.setText(_tr("Phones join by the QR code, or type the address and the "
                                "code. Only this room's phones can take part."))
        self.exercise.setEnabled(True)
        self._follow_journey()
        self.start_waiting()
        self._mirror_timer()
        self._refresh()
        self.opened.emit()
        return True

    def _show_closed(self, why: str) -> None:
        self.qr.clear()
        self.addresses.setText("")
        self.code.setText("")
        self.count.setText("")
        self.status.setText(why)
        self.retry.show()
        self.exercise.setEnabled(False)
        self.show_projector.setEnabled(False)

    def _stopped(self, error: str) -> None:
        if error:
            self.close_room()
            self._show_closed(_tr("The room stopped: {error}").format(error=error))

    def project(self) -> RoomProjector | None:
        """The join screen, full screen on the projector (another screen than the
        facilitator's when there is one)."""
        room = self.room
        if room is None:
            return None
        shown = self.projector.get()
        if shown is None:
            from klantreis_desktop.ui.presenting.window import projector_screen

            shown = RoomProjector(room.links()[0], room.short_addresses(),
                                  room.room.join_code, self)
            shown.set_count(len(room.people))
            self.projector.set(shown)
            main = self.parentWidget()
            shown.start(projector_screen(main if main is not None else self))
        shown.raise_()
        shown.activateWindow()
        return shown

    def close_room(self) -> None:
        shown = self.projector.get()
        if shown is not None:
            shown.close()
        if self.overlay is not None:
            self.overlay.detach()
            self.overlay = None
        if self.room is not None:
            self.room.close()
            self.room = None
            self._tell_board()
            self.closed.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.close_room()
        super().closeEvent(event)

    # What the phones do --------------------------------------------------------------------

    def _journey(self) -> str | None:
        window = self.parentWidget()
        tabs = getattr(window, "tabs", None)
        journey = tabs.current_journey() if tabs is not None else None
        doc = self.doc_session.doc
        if journey is not None and journey in doc:
            return journey
        journeys = doc.journeys()
        return journeys[0] if journeys else None

    def _follow_journey(self) -> None:
        self.exercise.set_personas(self.doc_session.doc, self._journey())
        self.exercise.set_step(self._step_title())
        timer = getattr(self.workshop, "timer", None)
        if timer is not None and timer.active() and not self.exercise.dimension.text():
            self.exercise.dimension.setText(timer.dimension())

    def _step_title(self) -> str:
        """The agenda step in the workshop panel, else the first one not done yet."""
        doc = self.doc_session.doc
        panel = getattr(self.workshop, "_panel", None)
        chosen = panel.current_step() if panel is not None else None
        for step, key in ws.agenda(doc):
            if chosen is not None and step != chosen:
                continue
            if chosen is None and step in doc and doc.get(step, "done"):
                continue
            return str(doc.get(step, "title")) if step in doc else ws.step_title(key)
        return ""

    def start_waiting(self) -> None:
        if self.room is not None:
            self.exercise.set_step(self._step_title())
            self.room.wait(self._step_title())
            self.exercise.show_kind("wait")
            self._say(_tr("The phones wait for the next exercise."))

    def start_notes(self, dimension: str, empathy: bool) -> None:
        """Phones send notes for ``dimension``; without one the notes would land in
        "(no dimension)" and the phones would show no subject, so it is asked for."""
        if not dimension.strip():
            self._say(_tr("Type a dimension first: what the notes are about (for example "
                          "Channels)."))
            self.exercise.dimension.setFocus()
            return
        if self.room is not None:
            self.room.collect_notes(dimension, empathy)
            self.exercise.show_kind("notes")
            board = getattr(self.workshop, "show_board", None)
            shown = board() if board is not None else None
            if shown is not None:
                self._link_board(shown)
            if shown is not None and dimension and not empathy:
                shown.set_dimension(dimension)
            self._say(_tr("The phones send notes; they land on the brainstorm board."))

    def _link_board(self, board: BrainstormBoard) -> None:
        """The board for the room, the room's controls one click away on it. With a
        projector the board goes there and this window stays on the laptop; on one
        screen the board's "Room controls" brings this window back over it."""
        if self.board.get() is not board:
            self.board.set(board)
            connect_for_life(board.room_asked, self.bring_forward, self)
            from klantreis_desktop.ui.presenting.window import projector_screen

            main = self.parentWidget()
            screen = projector_screen(main if main is not None else self)
            if screen is not None and screen is not self.screen():
                board.fit_to_screen(screen)
        self._tell_board()

    def _tell_board(self) -> None:
        board = self.board.get()
        room = self.room
        if board is not None:
            board.show_room("" if room is None else _tr(
                "Room open: {count} joined, code {code}").format(
                    count=len(room.people), code=room.room.join_code))

    def bring_forward(self) -> None:
        """This window in front of the board (or anything else of the app)."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def start_vote(self, dots: int, live: bool,
                   ask: Callable[[QWidget | None, int], str] | None = None) -> None:
        """Start a room vote round; ``ask`` answers the keep-or-zero question instead of
        the person (the load benchmark keeps the dots)."""
        journey = self._journey()
        if self.room is None or journey is None:
            return
        from klantreis_desktop.ui.workshop.vote_round import CANCEL, begin_vote_round

        # Cards with dots of an earlier round: keep them or start from zero (review s7:
        # the room's round added to the team's, so the Top 3 mixed two rounds).
        if begin_vote_round(self, self.doc_session, journey,
                            **({"ask": ask} if ask is not None else {})) == CANCEL:
            return
        count = self.room.vote(journey, dots, live)
        self.exercise.show_kind("vote")
        self._say(_tr("Voting on {count} pain points and opportunities.").format(count=count)
                  if count else _tr("This journey has no pain points or opportunities yet."))

    def reveal(self) -> None:
        if self.room is not None:
            self.room.reveal()
            self._say(_tr("The votes are on the cards."))

    def start_rating(self, persona: str) -> None:
        journey = self._journey()
        if self.room is None or journey is None:
            return
        count = self.room.rate(journey, persona)
        self.exercise.show_kind("rate")
        self._attach_overlay()
        self._say(_tr("Rating {count} touchpoints.").format(count=count) if count else
                  _tr("This journey has no touchpoints yet."))

    def adopt(self) -> None:
        if self.room is not None:
            try:
                self.room.adopt()
                self._say(_tr("The room's curve is now the persona's (Undo takes it back)."))
            except ModelError as error:  # nobody rated yet
                self._say(str(error))

    def _attach_overlay(self) -> None:
        window = self.parentWidget()
        tabs = getattr(window, "tabs", None)
        scene = tabs.current_scene() if tabs is not None else None
        if self.overlay is not None and self.overlay.scene is not scene:
            self.overlay.detach()
            self.overlay = None
        if self.overlay is None and scene is not None:
            self.overlay = RoomOverlay(scene)

    def _ratings(self, persona: str, scores: dict[str, list[int]], raters: int) -> None:
        if self.overlay is not None:
            self.overlay.show(persona, scores, raters)
        self._refresh()

    def _round_started(self, _index: int, dimension: str) -> None:
        """A timer round in the notes exercise: the phones' notes follow its dimension."""
        if self.room is not None and self.room.exercise == "notes" and dimension:
            self.exercise.dimension.setText(dimension)
            self.start_notes(dimension, self.exercise.empathy.isChecked())

    def _mirror_timer(self) -> None:
        """The countdown on the phones: sent when it starts, pauses, moves or ends (the
        phones count down themselves), not on every tick."""
        timer = getattr(self.workshop, "timer", None)
        if self.room is None or timer is None:
            return
        if not timer.active():
            sign: tuple[object, ...] = ("off",)
        else:
            end = round(timer.clock() + timer.remaining()) if timer.running else 0
            sign = (timer.index, timer.running, timer.ended, end,
                    round(timer.remaining()) if not timer.running else 0)
        if sign == self._timer_sign:
            return
        self._timer_sign = sign
        if timer.active():
            self.room.set_timer(timer.remaining(), timer.running, timer.dimension())
        else:
            self.room.set_timer(None, False)

    # Lists -----------------------------------------------------------------------------------

    def _refresh(self) -> None:
        room = self.room
        if room is None:
            return
        people = sorted(room.people.values(), key=lambda p: (p.name.casefold(), p.public))
        self.count.setText(_tr("{count} joined").format(count=len(people)))
        shown = self.projector.get()
        if shown is not None:
            shown.set_count(len(people))
        self._tell_board()
        selected = {i.data(ROLE_ID) for i in self.people.selectedItems()}
        self.people.clear()
        for person in people:
            name = person.name or _tr("Anonymous")
            text = name if person.online else _tr("{name} (away)").format(name=name)
            item = QListWidgetItem(text)  # list items are plain text
            item.setData(ROLE_ID, person.public)
            item.setData(ROLE_NAME, person.name)
            self.people.addItem(item)
            item.setSelected(person.public in selected)
        if room.exercise == "vote":
            self._say(_tr("{voters} of {count} have voted; {dots} dots placed.").format(
                voters=room.voters, count=len(people), dots=sum(room.tally.values())))
        elif room.exercise == "rate":
            self._say(_tr("{raters} of {count} have rated.").format(
                raters=room.raters, count=len(people)))

    def _note_added(self, node: str) -> None:
        doc = self.doc_session.doc
        if node in doc:
            item = QListWidgetItem(str(doc.get(node, "text")))
            item.setData(ROLE_ID, node)
            self.notes.insertItem(0, item)
            while self.notes.count() > NOTES_LISTED:  # the board holds them all
                self.notes.takeItem(self.notes.count() - 1)

    def _selected_notes(self) -> list[str]:
        rows = sorted(self.notes.selectedItems(), key=self.notes.row, reverse=True)
        return [str(item.data(ROLE_ID)) for item in rows]

    def remove_selected(self) -> None:
        """Take the selected participants out, after the facilitator confirms it (for
        good: their link stops working)."""
        items = self.people.selectedItems()
        if self.room is None or not items:
            return
        # Read now: the list is rebuilt (its items deleted) when phones come and go
        # while the question is open.
        chosen = [str(item.data(ROLE_ID)) for item in items]
        names = [str(item.data(ROLE_NAME)) or _tr("Anonymous") for item in items]
        question = (_tr("Are you sure you want to take {name} out of the room? They "
                        "cannot come back.").format(name=names[0]) if len(names) == 1 else
                    _tr("Are you sure you want to take {names} out of the room? They "
                        "cannot come back.").format(names=", ".join(names)))
        box = QMessageBox(QMessageBox.Icon.Question, _tr("Remove from the room"), question,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                          self)
        box.setInformativeText(_tr("Their dots and ratings no longer count; their notes "
                                   "stay on the board."))
        box.setTextFormat(Qt.TextFormat.PlainText)  # a name is text, never markup
        box.setDefaultButton(QMessageBox.StandardButton.No)
        answer = box.exec()
        box.deleteLater()
        if int(answer) != QMessageBox.StandardButton.Yes.value or self.room is None:
            return
        for public in chosen:
            self.room.remove(public)

    def hide_selected(self) -> None:
        if self.room is not None and self.room.hide_notes(self._selected_notes()):
            self._prune_notes()

    def merge_selected(self) -> None:
        if self.room is None:
            return
        try:
            merged = self.room.merge_notes(self._selected_notes())
        except ModelError as error:  # notes of different dimensions: say so, merge none
            self._say(str(error))
            return
        if merged:
            self._prune_notes()
            self._say(_tr("The notes are merged into one (Undo takes it back)."))

    def _prune_notes(self) -> None:
        doc = self.doc_session.doc
        for row in reversed(range(self.notes.count())):
            item = self.notes.item(row)
            node = str(item.data(ROLE_ID)) if item is not None else ""
            if item is not None and node not in doc:
                self.notes.takeItem(row)
            elif item is not None:
                item.setText(str(doc.get(node, "text")))

    def _say(self, text: str) -> None:
        self.status.setText(text)


def _group(title: str, content: QWidget | QVBoxLayout) -> QGroupBox:
    box = QGroupBox(title)
    if isinstance(content, QWidget):
        layout = QVBoxLayout(box)
        layout.addWidget(content)
    else:
        box.setLayout(content)
    return box
