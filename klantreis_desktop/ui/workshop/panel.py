"""The workshop companion panel: the day's nine steps, the timer controls and dot votes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from klantreis_desktop.model import kinds as k
from klantreis_desktop.model import workshop as ws
from klantreis_desktop.model.changes import ChangeSet
from klantreis_desktop.model.errors import ModelError
from klantreis_desktop.ui.seen import RefreshWhenSeen
from klantreis_desktop.ui.session import DocumentSession
from klantreis_desktop.ui.workshop.timer import CountdownTimer, format_seconds

ROLE_ID = int(Qt.ItemDataRole.UserRole)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Workshop", text)


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
        box = QVBoxLayout(self)

        agenda = QGroupBox(_tr("Agenda"), self)
        agenda_box = QVBoxLayout(agenda)
        self.steps = QListWidget(agenda)
        self.steps.setObjectName("agenda_steps")
        self.steps.currentItemChanged.connect(lambda _c, _p: self._show_notes())
        self.steps.itemChanged.connect(self._tick_changed)
        self.steps.itemActivated.connect(lambda _item: self.open_current_tool())
        agenda_box.addWidget(self.steps)
        self.notes = QPlainTextEdit(agenda)
        self.notes.setObjectName("agenda_notes")
        self.notes.setPlaceholderText(_tr("Notes for this step"))
        self.notes.setMaximumHeight(120)
        self.notes.textChanged.connect(self._notes_edited)
        agenda_box.addWidget(self.notes)
        self.open_button = QPushButton(_tr("Open the tool for this step"), agenda)
        self.open_button.setObjectName("agenda_open_tool")
        self.open_button.clicked.connect(self.open_current_tool)
        agenda_box.addWidget(self.open_button)
        box.addWidget(agenda, 2)

        box.addWidget(self._build_timer())
        box.addWidget(self._build_votes(), 1)
        self.error = QLabel(self)
        self.error.setObjectName("workshop_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        box.addWidget(self.error)
        self.setEnabled(False)

    def _build_timer(self) -> QGroupBox:
        group = QGroupBox(_tr("Timer"), self)
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
        for name, text, slot in (("timer_start", _tr("Start"), self.start_timer),
                                 ("timer_pause", _tr("Pause"), self.timer.toggle_pause),
                                 ("timer_more", _tr("+1 min"), self.timer.add_minute),
                                 ("timer_skip", _tr("Skip"), self.timer.skip)):
            button = QPushButton(text, group)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.clock = QLabel("", group)
        self.clock.setObjectName("timer_clock")
        self.clock.setStyleSheet("font-size: 28px; font-weight: bold;")
        layout.addWidget(self.clock)
        self.timer.changed.connect(lambda _left: self._show_clock())
        self.timer.expired.connect(lambda _i: self._show_clock())
        return group

    def _build_votes(self) -> QGroupBox:
        group = QGroupBox(_tr("Dot voting"), self)
        layout = QVBoxLayout(group)
        self.votes = QListWidget(group)
        self.votes.setObjectName("vote_list")
        self.votes.itemActivated.connect(lambda _item: self.vote(1))
        layout.addWidget(self.votes)
        row = QHBoxLayout()
        for name, text, slot in (("vote_add", _tr("+1 vote"), lambda: self.vote(1)),
                                 ("vote_remove", _tr("−1"), lambda: self.vote(-1)),
                                 ("vote_reset", _tr("New round"), self.reset_votes),
                                 ("vote_highlight", _tr("Highlight top 3"),
                                  self.highlight_top)):
            button = QPushButton(text, group)
            button.setObjectName(name)
            button.clicked.connect(slot)
            row.addWidget(button)
        layout.addLayout(row)
        return group

    # Following the document -----------------------------------------------------------

    def set_session(self, session: DocumentSession | None, journey: str | None = None) -> None:
        """Show ``session``'s agenda (made on first use) and ``journey``'s votes."""
        if self.session is not None:
            try:
                self.session.model_changed.disconnect(self._model_changed)
            except (RuntimeError, TypeError):
                pass
        self.session = session
        self.journey = journey
        self.setEnabled(session is not None)
        if session is not None:
            session.model_changed.connect(self._model_changed)
        self.refresh_or_mark()

    def set_journey(self, journey: str | None) -> None:
        self.journey = journey
        if self.is_seen():
            self._fill_votes()
        else:
            self.stale = True

    def _model_changed(self, change: ChangeSet) -> None:
        self.refresh_or_mark()

    def refresh(self) -> None:
        """Fill the agenda and the vote list from the document now."""
        self.stale = False
        self._fill_steps()
        self._fill_votes()

    def ensure_agenda(self) -> None:
        """Make the nine steps (one undo step) the first time the panel is used."""
        if self.session is not None and not ws.steps(self.session.doc):
            self.session.push(ws.ensure_agenda(self.session.doc))

    def _fill_steps(self) -> None:
        doc = self.session.doc if self.session is not None else None
        current = self.current_step()
        with QSignalBlocker(self.steps):
            self.steps.clear()
            for number, step in enumerate(ws.steps(doc) if doc is not None else [], 1):
                key = str(doc.get(step, "step")) if doc is not None else ""
                title = ws.step_title(key) if key in ws.STEP_KEYS else (
                    doc.title(step) if doc is not None else "")
                item = QListWidgetItem(f"{number}. {title}")
                item.setData(ROLE_ID, step)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if doc is not None
                                   and doc.get(step, "done") else Qt.CheckState.Unchecked)
                self.steps.addItem(item)
                if step == current:
                    self.steps.setCurrentItem(item)
        self._show_notes()

    def current_step(self) -> str | None:
        item = self.steps.currentItem()
        return str(item.data(ROLE_ID)) if item is not None else None

    def _show_notes(self) -> None:
        step = self.current_step()
        doc = self.session.doc if self.session is not None else None
        text = str(doc.get(step, "notes")) if doc is not None and step in doc else ""
        if self.notes.toPlainText() != text:
            with QSignalBlocker(self.notes):
                self.notes.setPlainText(text)
        self.notes.setEnabled(step is not None)
        self.open_button.setEnabled(step is not None)

    def _push(self, build: object, merge_key: str | None = None) -> bool:
        if self.session is None:
            return False
        try:
            change = build() if callable(build) else build
        except ModelError as error:
            self.error.setText(str(error))
            return False
        self.error.clear()
        return self.session.push(change, merge_key)  # type: ignore[arg-type]

    def _notes_edited(self) -> None:
        step = self.current_step()
        if step is None or self.session is None:
            return
        text = self.notes.toPlainText()
        self._push(lambda: ws.set_step(self.session.doc, step, notes=text),  # type: ignore
                   f"workshop-notes:{step}")

    def _tick_changed(self, item: QListWidgetItem) -> None:
        if self.session is None:
            return
        step = str(item.data(ROLE_ID))
        done = item.checkState() == Qt.CheckState.Checked
        self._push(lambda: ws.set_step(self.session.doc, step, done=done))  # type: ignore

    def open_current_tool(self) -> None:
        step = self.current_step()
        if step is not None and self.session is not None:
            self.open_tool.emit(str(self.session.doc.get(step, "step")))

    # Timer --------------------------------------------------------------------------------

    def start_timer(self) -> bool:
        names = [d for d in self.dimensions.text().split(",") if d.strip()]
        try:
            self.timer.start(names, self.minutes.value() * 60.0)
        except ValueError as error:
            self.error.setText(str(error))
            return False
        self.error.clear()
        return True

    def _show_clock(self) -> None:
        timer = self.timer
        if not timer.active():
            self.clock.setText("")
        elif timer.ended:
            self.clock.setText(_tr("Time's up! — {dimension}").format(
                dimension=timer.dimension()))
        else:
            self.clock.setText(f"{format_seconds(timer.remaining())} — {timer.dimension()}")

    # Votes ----------------------------------------------------------------------------------

    def _fill_votes(self) -> None:
        doc = self.session.doc if self.session is not None else None
        current = self.current_vote_card()
        with QSignalBlocker(self.votes):
            self.votes.clear()
            if doc is None or self.journey is None or self.journey not in doc:
                return
            cards = [c for c in doc.cards(self.journey) if doc.kind(c) in ws.VOTABLE]
            cards.sort(key=lambda c: (-int(doc.get(c, "votes") or 0), doc.title(c), c))
            for card in cards:
                kind = _tr("Pain") if doc.kind(card) == k.PAIN else _tr("Opportunity")
                votes = int(doc.get(card, "votes") or 0)
                item = QListWidgetItem(f"\u25cf {votes}   {doc.title(card)}  ({kind})")
                item.setData(ROLE_ID, card)
                self.votes.addItem(item)
                if card == current:
                    self.votes.setCurrentItem(item)

    def current_vote_card(self) -> str | None:
        item = self.votes.currentItem()
        return str(item.data(ROLE_ID)) if item is not None else None

    def vote(self, delta: int, card: str | None = None) -> bool:
        card = card or self.current_vote_card()
        if card is None or self.session is None:
            return False
        return self._push(lambda: ws.add_votes(self.session.doc, card, delta))  # type: ignore

    def reset_votes(self) -> bool:
        if self.session is None or self.journey is None:
            return False
        return self._push(lambda: ws.reset_votes(self.session.doc, self.journey))  # type: ignore

    def highlight_top(self, count: int = 3) -> list[str]:
        if self.session is None or self.journey is None:
            return []
        top = ws.by_votes(self.session.doc, self.journey)[:count]
        self.highlight.emit(top)
        return top
