"""The workshop companion panel: the day's nine steps, the timer controls and dot votes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from klantreis_desktop.model import kinds as k
from klantreis_desktop.model import workshop as ws
from klantreis_desktop.model.changes import ChangeSet
from klantreis_desktop.model.model_error import ModelError
from klantreis_desktop.ui.docks.seen import RefreshWhenSeen
from klantreis_desktop.ui.lifetime import connect_for_life
from klantreis_desktop.ui.session import DocumentSession
from klantreis_desktop.ui.workshop.timer import CountdownTimer, format_seconds

ROLE_ID = int(Qt.ItemDataRole.UserRole)
ROLE_KEY = ROLE_ID + 1  # an agenda row's step key (the tool it opens)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Workshop", text)


class ClockLabel(QLabel):
    """The panel's clock, "1:36 — Personal": on two lines when one does not fit the dock.

    It never widens the panel (a long paused line pushed the buttons out of the narrow
    dock, review s7) and is not word-wrapped either: a word-wrapped label makes the scroll
    area reserve every widget's preferred height, which pushed the vote buttons below the
    fold at 1280 × 800."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.parts = ("", "")

    def show_parts(self, head: str, dimension: str) -> None:
        self.parts = (head, dimension)
        self._compose()

    def _compose(self) -> None:
        head, dimension = self.parts
        one = f"{head} — {dimension}" if dimension else head
        width = self.contentsRect().width()
        metrics = self.fontMetrics()
        if not dimension or metrics.horizontalAdvance(one) <= width:
            text = one
        else:
            text = head + "\n" + metrics.elidedText(dimension, Qt.TextElideMode.ElideRight,
                                                    max(width, 40))
        if text != self.text():
            self.setText(text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._compose()


class WorkshopPanel(RefreshWhenSeen):
    """Agenda with notes and ticks (in the document), the timer, and the vote list."""

    #: A step asks for its tool: the step key (see model.workshop.STEP_KEYS).
    open_tool = Signal(str)
    #: Cards to highlight on the canvas (the top of the vote list), or [] to stop.
    highlight = Signal(list)

    def __init__(self, timer: CountdownTimer | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workshop_panel")
        self.session: DocumentSession | None = None
        self.journey: str | None = None
        self.timer = timer if timer is not None else CountdownTimer(parent=self)
        #: Cards in the order the vote list shows them: kept while people vote, so the
        #: row under the mouse keeps its card (sorted again on request or when re-shown).
        self._vote_order: list[str] = []
        self._resort_votes = True
        self._highlighted: list[str] = []  # the cards "Highlight top 3" lit, if on
        #: The card selected on the map, whose row becomes current once the list has it
        #: ("": a selection without votable cards; None: nothing to do).
        self._wanted_card: str | None = None
        # The groups scroll rather than squeeze when the dock is short (a 1280 × 800
        # projector): the agenda always shows all its steps.
        page = QWidget(self)
        box = QVBoxLayout(page)
        box.setContentsMargins(6, 6, 6, 6)

        agenda = QGroupBox(_tr("Agenda"), page)
        agenda_box = QVBoxLayout(agenda)
        self.steps = QListWidget(agenda)
        self.steps.setObjectName("agenda_steps")
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps.currentItemChanged.connect(lambda _c, _p: self._show_notes())
        self.steps.itemChanged.connect(self._tick_changed)
        self.steps.itemActivated.connect(lambda _item: self.open_current_tool())
        agenda_box.addWidget(self.steps)
        self.notes = QPlainTextEdit(agenda)
        self.notes.setObjectName("agenda_notes")
        self.notes.setPlaceholderText(_tr("Notes for this step"))
        self.notes.setMinimumHeight(3 * self.notes.fontMetrics().lineSpacing())
        self.notes.setMaximumHeight(5 * self.notes.fontMetrics().lineSpacing())
        self.notes.textChanged.connect(self._notes_edited)
        agenda_box.addWidget(self.notes, 1)
        self.open_button = QPushButton(_tr("Open the tool for this step"), agenda)
        self.open_button.setObjectName("agenda_open_tool")
        self.open_button.clicked.connect(self.open_current_tool)
        agenda_box.addWidget(self.open_button)
        box.addWidget(agenda)

        box.addWidget(self._build_timer(page))
        box.addWidget(self._build_votes(page), 1)
        self.error = QLabel(page)
        self.error.setObjectName("workshop_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        box.addWidget(self.error)

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("workshop_scroll")
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(page)
        self.scroll_area.setMinimumWidth(page.minimumSizeHint().width()
                                    + self.scroll_area.verticalScrollBar().sizeHint().width())
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)
        self._fit_steps()
        self.setEnabled(False)

    def _build_timer(self, page: QWidget) -> QGroupBox:
        group = QGroupBox(_tr("Timer"), page)
        layout = QVBoxLayout(group)
        self.dimensions = QLineEdit(_tr("Personal, Fast, Carefree"), group)
        self.dimensions.setObjectName("timer_dimensions")
        self.dimensions.setToolTip(_tr("3 to 5 dimensions, separated by commas"))
        layout.addWidget(self.dimensions)
        row = QHBoxLayout()
        self.minutes = QDoubleSpinBox(group)
        self.minutes.setObjectName("timer_minutes")
        self.minutes.setRange(0.5, 60.0)
        self.minutes.setSingleStep(0.5)
        self.minutes.setValue(2.0)
        self.minutes.setSuffix(_tr(" min per dimension"))
        row.addWidget(self.minutes)
        self.audible = QCheckBox(_tr("Sound"), group)
        self.audible.setObjectName("timer_audible")
        self.audible.toggled.connect(lambda on: setattr(self.timer, "audible", on))
        row.addWidget(self.audible)
        layout.addLayout(row)
        buttons = QHBoxLayout()
        made: dict[str, QPushButton] = {}
        for name, text, slot in (("timer_start", _tr("Start"), self.start_timer),
                                 ("timer_pause", _tr("Pause"), self.timer.toggle_pause),
                                 ("timer_more", _tr("+1 min"), self.timer.add_minute),
                                 ("timer_skip", _tr("Skip"), self.timer.skip),
                                 ("timer_stop", _tr("Stop"), self.timer.stop)):
            button = QPushButton(text, group)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            made[name] = button
        self.start_button, self.pause_button = made["timer_start"], made["timer_pause"]
        layout.addLayout(buttons)
        self.clock = ClockLabel(group)
        self.clock.setObjectName("timer_clock")
        self.clock.setStyleSheet("font-size: 28px; font-weight: bold;")
        self.clock.hide()  # its room goes to the vote list until a round runs
        layout.addWidget(self.clock)
        self._show_clock()
        # The timer outlives a panel (it belongs to the window's workshop): these end with it.
        connect_for_life(self.timer.changed, lambda _left: self._show_clock(), self)
        connect_for_life(self.timer.expired, lambda _i: self._show_clock(), self)
        return group

    def _build_votes(self, page: QWidget) -> QGroupBox:
        group = QGroupBox(_tr("Dot voting"), page)
        layout = QVBoxLayout(group)
        self.votes = QListWidget(group)
        self.votes.setObjectName("vote_list")
        self.votes.setToolTip(_tr("Double-click a row to give it a dot"))
        self.votes.setMinimumHeight(4 * self.votes.fontMetrics().lineSpacing())
        self.votes.setWordWrap(True)  # whole titles in a narrow dock, no sideways scrolling
        self.votes.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.votes.itemActivated.connect(lambda item: self.vote(1, str(item.data(ROLE_ID))))
        layout.addWidget(self.votes, 1)
        grid = QGridLayout()
        for index, (name, text, slot) in enumerate((
                ("vote_add", _tr("+1 vote"), lambda: self.vote(1)),
                ("vote_remove", _tr("−1"), lambda: self.vote(-1)),
                ("vote_sort", _tr("Sort by votes"), self.sort_votes),
                ("vote_reset", _tr("New round"), self.new_round))):
            button = QPushButton(text, group)
            button.setObjectName(name)
            button.clicked.connect(slot)
            grid.addWidget(button, index // 3, index % 3)
        self.highlight_button = QPushButton(_tr("Highlight top 3"), group)
        self.highlight_button.setObjectName("vote_highlight")
        grid.addWidget(self.highlight_button, 1, 1, 1, 2)
        self.highlight_button.setCheckable(True)
        self.highlight_button.setToolTip(
            _tr("Dim the wall except the three cards with the most votes (and any tied "
                "with the third); click again to stop"))
        self.highlight_button.toggled.connect(self._highlight_toggled)
        layout.addLayout(grid)
        return group

    # Following the document -----------------------------------------------------------

    def set_session(self, session: DocumentSession | None, journey: str | None = None) -> None:
        """Show ``session``'s agenda and ``journey``'s votes."""
        if self.session is not None:
            try:
                self.session.model_changed.disconnect(self._model_changed)
            except (RuntimeError, TypeError):
                pass
        self.session = session
        self.journey = journey
        self._resort_votes = True
        self._stop_highlight()
        self.setEnabled(session is not None)
        if session is not None:
            session.model_changed.connect(self._model_changed)
        self.refresh_or_mark()

    def set_journey(self, journey: str | None) -> None:
        if journey != self.journey:
            self._resort_votes = True
            self._stop_highlight()
        self.journey = journey
        if self.is_seen():
            self._fill_votes()
        else:
            self.stale = True

    def set_dock_visible(self, visible: bool) -> None:
        """A panel shown again lists the votes sorted afresh (nobody is clicking yet)."""
        if visible and not self._dock_visible:
            self._resort_votes = True
            self.stale = True
        super().set_dock_visible(visible)

    def _model_changed(self, change: ChangeSet) -> None:
        self.refresh_or_mark()
        if self.highlight_button.isChecked():
            self._follow_highlight()

    def refresh(self) -> None:
        """Fill the agenda and the vote list from the document now."""
        self.stale = False
        self._fill_steps()
        self._fill_votes()

    # Agenda -------------------------------------------------------------------------------

    def _fill_steps(self) -> None:
        """The agenda; the nine default steps while the document has none (see
        :func:`model.workshop.agenda`: showing them does not change the file)."""
        doc = self.session.doc if self.session is not None else None
        current, current_key = self.current_step(), self._current_key()
        with QSignalBlocker(self.steps):
            self.steps.clear()
            chosen: QListWidgetItem | None = None
            for number, (step, key) in enumerate(ws.agenda(doc) if doc is not None else [], 1):
                made = doc is not None and step in doc
                title = (doc.title(step) if doc is not None and made and key not in ws.STEP_KEYS
                         else ws.step_title(key))
                item = QListWidgetItem(f"{number}. {title}")
                item.setData(ROLE_ID, step)
                item.setData(ROLE_KEY, key)
                item.setToolTip(title)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                done = doc is not None and made and bool(doc.get(step, "done"))
                item.setCheckState(Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)
                self.steps.addItem(item)
                if step == current or (chosen is None and key == current_key):
                    chosen = item
            if chosen is not None:
                self.steps.setCurrentItem(chosen)
        self._fit_steps()
        self._show_notes()

    def _fit_steps(self) -> None:
        """As tall as its steps: all nine show without scrolling."""
        rows = max(self.steps.count(), len(ws.STEP_KEYS))
        row = self.steps.sizeHintForRow(0) if self.steps.count() else -1
        if row <= 0:
            row = max(self.steps.fontMetrics().lineSpacing(), self.style().pixelMetric(
                self.style().PixelMetric.PM_IndicatorHeight)) + 2
        self.steps.setFixedHeight(rows * row + 2 * self.steps.frameWidth() + 2)

    def current_step(self) -> str | None:
        """The chosen step's id (a default step's key while the agenda is not made)."""
        item = self.steps.currentItem()
        return str(item.data(ROLE_ID)) if item is not None else None

    def _current_key(self) -> str | None:
        item = self.steps.currentItem()
        return str(item.data(ROLE_KEY)) if item is not None else None

    def _show_notes(self) -> None:
        step = self.current_step()
        doc = self.session.doc if self.session is not None else None
        text = (str(doc.get(step, "notes"))
                if doc is not None and step is not None and step in doc else "")
        if self.notes.toPlainText() != text:
            with QSignalBlocker(self.notes):
                self.notes.setPlainText(text)
        self.notes.setEnabled(step is not None)
        self.open_button.setEnabled(step is not None)

    def _push(self, build: Callable[[], ChangeSet] | ChangeSet,
              merge_key: str | None = None) -> bool:
        if self.session is None:
            return False
        try:
            change = build() if callable(build) else build
        except ModelError as error:
            self.error.setText(str(error))
            return False
        self.error.clear()
        return self.session.push(change, merge_key)

    def _notes_edited(self) -> None:
        step, key = self.current_step(), self._current_key()
        if step is None or self.session is None:
            return
        doc, text = self.session.doc, self.notes.toPlainText()
        # Keyed by the step's key: the first letter makes the agenda (the step gets its id
        # then) and the rest of the typing still folds into that one undo step.
        self._push(lambda: ws.edit_step(doc, step, notes=text),
                   f"workshop-notes:{key or step}")

    def _tick_changed(self, item: QListWidgetItem) -> None:
        if self.session is None:
            return
        doc, step = self.session.doc, str(item.data(ROLE_ID))
        done = item.checkState() == Qt.CheckState.Checked
        self._push(lambda: ws.edit_step(doc, step, done=done))

    def open_current_tool(self) -> None:
        key = self._current_key()
        if key is not None and self.session is not None:
            self.open_tool.emit(key)

    # Timer --------------------------------------------------------------------------------

    def start_timer(self) -> bool:
        """Start the rounds; a paused round carries on instead (Start used to begin again
        at the full time, review s7), and a running one is left alone."""
        if self.timer.paused():
            self.timer.resume()
            return True
        if self.timer.running:
            return True
        names = [d for d in self.dimensions.text().split(",") if d.strip()]
        try:
            self.timer.start(names, self.minutes.value() * 60.0)
        except ValueError as error:
            self.error.setText(str(error))
            return False
        self.error.clear()
        return True

    def _show_clock(self) -> None:
        """The time left, and the state on the buttons: a paused round says so, and
        Pause becomes Resume."""
        timer = self.timer
        self.clock.setVisible(timer.active())
        if not timer.active():
            head = ""
        elif timer.ended:
            head = _tr("Time's up!")
        elif timer.paused():
            head = _tr("Paused {time}").format(time=format_seconds(timer.remaining()))
        else:
            head = format_seconds(timer.remaining())
        self.clock.show_parts(head, timer.dimension() if head else "")
        pause = _tr("Resume") if timer.paused() else _tr("Pause")
        if self.pause_button.text() != pause:
            self.pause_button.setText(pause)
        self.pause_button.setEnabled(timer.running or timer.paused())
        self.start_button.setEnabled(not timer.running)
        self.start_button.setToolTip(_tr("Carry on with this round") if timer.paused()
                                     else _tr("Start the first round"))

    # Votes ----------------------------------------------------------------------------------

    def _votable(self) -> list[str]:
        doc = self.session.doc if self.session is not None else None
        if doc is None or self.journey is None or self.journey not in doc:
            return []
        return [c for c in doc.cards(self.journey) if doc.kind(c) in ws.VOTABLE]

    def _fill_votes(self) -> None:
        """The vote list. Rows stay where they are while people vote (a re-sort after each
        click put another card under the mouse); new cards join at the end. Sorted by
        votes when asked (:meth:`sort_votes`), for a new round or journey, or when shown."""
        doc = self.session.doc if self.session is not None else None
        cards = self._votable()
        if doc is None:
            order: list[str] = []
        elif self._resort_votes:
            order = sorted(cards, key=lambda c: (-int(doc.get(c, "votes") or 0),
                                                 doc.title(c), c))
        else:
            present = set(cards)
            order = [c for c in self._vote_order if c in present]
            kept = set(order)
            order += [c for c in cards if c not in kept]
        self._resort_votes = self._resort_votes and doc is None
        self._vote_order = order
        shown = [self.votes.item(i).data(ROLE_ID) for i in range(self.votes.count())]
        texts = [self._vote_text(card) for card in order]
        if shown == order:  # in place: the current row and the scrolling stay
            with QSignalBlocker(self.votes):
                for row, text in enumerate(texts):
                    if self.votes.item(row).text() != text:
                        self.votes.item(row).setText(text)
            self._select_vote_row()
            return
        with QSignalBlocker(self.votes):
            current = self.current_vote_card()
            scrolled = self.votes.verticalScrollBar().value()
            self.votes.clear()
            for card, text in zip(order, texts, strict=True):
                item = QListWidgetItem(text)
                item.setData(ROLE_ID, card)
                self.votes.addItem(item)
                if card == current:
                    self.votes.setCurrentItem(item)
            self.votes.verticalScrollBar().setValue(scrolled)
        self._select_vote_row()

    def _vote_text(self, card: str) -> str:
        if self.session is None:
            return ""
        doc = self.session.doc
        kind = _tr("Pain") if doc.kind(card) == k.PAIN else _tr("Opportunity")
        return f"\u25cf {int(doc.get(card, 'votes') or 0)}   {doc.title(card)}  ({kind})"

    def current_vote_card(self) -> str | None:
        item = self.votes.currentItem()
        return str(item.data(ROLE_ID)) if item is not None else None

    def vote(self, delta: int, card: str | None = None) -> bool:
        card = card or self.current_vote_card()
        if self.session is None:
            return False
        if card is None:  # said nothing before (review s7)
            self.error.setText(_tr("Choose a pain point or opportunity first: click it on "
                                   "the map or in this list."))
            return False
        doc = self.session.doc
        return self._push(lambda: ws.add_votes(doc, card, delta))

    def sort_votes(self) -> None:
        """Most votes first, now (the list does not move by itself while people vote)."""
        self._resort_votes = True
        self._fill_votes()
        item = self.votes.currentItem()
        if item is not None:
            self.votes.scrollToItem(item)

    def follow_selection(self, ids: list[str]) -> None:
        """The card selected on the map becomes the list's current row, so "+1 vote" gives
        it the dot (it acted on the list's row only, review s7). A selection without pain
        points or opportunities clears the row; an empty one keeps it."""
        doc = self.session.doc if self.session is not None else None
        if doc is None or not ids:
            return
        votable = [i for i in ids if i in doc and doc.kind(i) in ws.VOTABLE]
        self._wanted_card = votable[0] if votable else ""
        self._select_vote_row()

    def _select_vote_row(self) -> None:
        wanted = self._wanted_card
        if wanted is None:
            return
        rows = [i for i in range(self.votes.count())
                if self.votes.item(i).data(ROLE_ID) == wanted]
        if rows:
            self.votes.setCurrentRow(rows[0])
            self.votes.scrollToItem(self.votes.item(rows[0]))
        else:
            self.votes.setCurrentRow(-1)
        self._wanted_card = None if rows or not wanted else wanted

    def new_round(self) -> bool:
        """"New round": cards that already have dots ask whether to keep them or to start
        from zero (one undo step); the list is sorted afresh either way."""
        if self.session is None or self.journey is None:
            return False
        from klantreis_desktop.ui.workshop.vote_round import CANCEL, begin_vote_round

        answer = begin_vote_round(self.window(), self.session, self.journey)
        if answer == CANCEL:
            return False
        self.sort_votes()
        return True

    def reset_votes(self) -> bool:
        if self.session is None or self.journey is None:
            return False
        self._resort_votes = True
        doc, journey = self.session.doc, self.journey
        pushed = self._push(lambda: ws.reset_votes(doc, journey))
        if not pushed:
            self._fill_votes()
        return pushed

    def top_cards(self, count: int = 3) -> list[str]:
        """The ``count`` cards with the most votes, and any tied with the last of them
        (of two cards with equal votes, neither is left out by its name)."""
        if self.session is None or self.journey is None or self.journey not in self.session.doc:
            return []
        doc = self.session.doc
        ranked = ws.by_votes(doc, self.journey)
        if len(ranked) <= count or count <= 0:
            return ranked[:max(count, 0)]
        cutoff = int(doc.get(ranked[count - 1], "votes"))
        return [c for c in ranked if int(doc.get(c, "votes")) >= cutoff]

    def highlight_top(self, count: int = 3) -> list[str]:
        """Highlight the top cards on the wall now; the highlight button shows it is on."""
        top = self.top_cards(count)
        self._highlighted = top
        with QSignalBlocker(self.highlight_button):
            self.highlight_button.setChecked(bool(top))
        if not top:
            self.error.setText(_tr("No card has votes yet."))
        self.highlight.emit(top)
        return top

    def _highlight_toggled(self, on: bool) -> None:
        if on:
            self.highlight_top()
        else:
            self._stop_highlight()

    def _follow_highlight(self) -> None:
        """Votes changed while highlighting: light the new top (only when it changed)."""
        top = self.top_cards()
        if top == self._highlighted:
            return
        if top:
            self.highlight_top()
        else:
            self._stop_highlight()

    def _stop_highlight(self) -> None:
        had = bool(self._highlighted)
        self._highlighted = []
        with QSignalBlocker(self.highlight_button):
            self.highlight_button.setChecked(False)
        if had:
            self.highlight.emit([])
