"""The facilitator's choice of what the phones do now: wait, notes, dot voting, rating.

One exercise at a time: a row of four buttons, and under it the few settings of the one
chosen (the dimension, the number of dots, the persona) with its start button. The
phones follow as soon as an exercise starts.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from klantreis_desktop.model.document import Document

KINDS = ("wait", "notes", "vote", "rate")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Room", text)


def exercise_label(kind: str) -> str:
    return {"wait": _tr("Waiting"), "notes": _tr("Notes"), "vote": _tr("Dot voting"),
            "rate": _tr("Emotion rating")}.get(kind, kind)


class ExerciseChooser(QWidget):
    """Four exercise buttons and the settings of the chosen one."""

    #: Start the waiting screen (the agenda step and the timer on the phones).
    wait_asked = Signal()
    #: Collect notes: dimension, empathy-map quadrants.
    notes_asked = Signal(str, bool)
    #: A new vote round: dots per participant, tallies live.
    vote_asked = Signal(int, bool)
    reveal_asked = Signal()
    #: Rate the touchpoints for a persona (its id).
    rate_asked = Signal(str)
    adopt_asked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("room_exercise")
        self.kinds = QButtonGroup(self)
        row = QHBoxLayout()
        for index, kind in enumerate(KINDS):
            button = QPushButton(exercise_label(kind), self)
            button.setObjectName(f"room_kind_{kind}")
            button.setCheckable(True)
            self.kinds.addButton(button, index)
            row.addWidget(button)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._wait_page())
        self.pages.addWidget(self._notes_page())
        self.pages.addWidget(self._vote_page())
        self.pages.addWidget(self._rate_page())
        self.kinds.idClicked.connect(self.pages.setCurrentIndex)
        self.kinds.button(0).setChecked(True)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(row)
        box.addWidget(self.pages)

    def _button(self, text: str, name: str, page: QWidget) -> QPushButton:
        button = QPushButton(text, page)
        button.setObjectName(name)
        return button

    def _wait_page(self) -> QWidget:
        page = QWidget(self)
        form = QVBoxLayout(page)
        self.step_label = QLabel(page)
        self.step_label.setObjectName("room_wait_step")
        self.step_label.setWordWrap(True)
        form.addWidget(self.step_label)
        start = self._button(_tr("Show the waiting screen"), "room_start_wait", page)
        start.clicked.connect(self.wait_asked)
        form.addWidget(start)
        form.addStretch(1)
        return page

    def _notes_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.dimension = QLineEdit(page)
        self.dimension.setObjectName("room_dimension")
        self.dimension.setMaxLength(200)
        form.addRow(_tr("Dimension:"), self.dimension)
        self.empathy = QCheckBox(_tr("Empathy map: says, thinks, does, feels"), page)
        self.empathy.setObjectName("room_empathy")
        form.addRow(self.empathy)
        start = self._button(_tr("Collect notes"), "room_start_notes", page)
        start.clicked.connect(lambda: self.notes_asked.emit(self.dimension.text().strip(),
                                                            self.empathy.isChecked()))
        form.addRow(start)
        return page

    def _vote_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.dots = QSpinBox(page)
        self.dots.setObjectName("room_dots")
        self.dots.setRange(1, 10)
        self.dots.setValue(3)
        form.addRow(_tr("Dots per person:"), self.dots)
        self.live = QCheckBox(_tr("Show the tallies live"), page)
        self.live.setObjectName("room_live")
        form.addRow(self.live)
        start = self._button(_tr("Start a voting round"), "room_start_vote", page)
        start.clicked.connect(lambda: self.vote_asked.emit(self.dots.value(),
                                                           self.live.isChecked()))
        reveal = self._button(_tr("Reveal the votes"), "room_reveal", page)
        reveal.clicked.connect(self.reveal_asked)
        buttons = QHBoxLayout()
        buttons.addWidget(start)
        buttons.addWidget(reveal)
        form.addRow(buttons)
        return page

    def _rate_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.persona = QComboBox(page)
        self.persona.setObjectName("room_persona")
        form.addRow(_tr("Persona:"), self.persona)
        start = self._button(_tr("Start rating"), "room_start_rate", page)
        start.clicked.connect(self._rate)
        adopt = self._button(_tr("Adopt the room's curve"), "room_adopt", page)
        adopt.clicked.connect(self.adopt_asked)
        buttons = QHBoxLayout()
        buttons.addWidget(start)
        buttons.addWidget(adopt)
        form.addRow(buttons)
        return page

    def _rate(self) -> None:
        persona = self.persona.currentData()
        if persona:
            self.rate_asked.emit(str(persona))

    def set_personas(self, doc: Document, journey: str | None) -> None:
        """The journey's personas first, then the document's others."""
        current = self.persona.currentData()
        self.persona.clear()
        ordered = (doc.personas_of(journey) if journey else []) + doc.personas()
        for persona in dict.fromkeys(ordered):
            self.persona.addItem(doc.title(persona) or _tr("(unnamed persona)"), persona)
        index = self.persona.findData(current)
        self.persona.setCurrentIndex(max(index, 0))

    def set_step(self, title: str) -> None:
        self.step_label.setText(_tr("Agenda step: {step}").format(step=title) if title else
                                _tr("The phones show the timer while it runs."))

    def show_kind(self, kind: str) -> None:
        index = KINDS.index(kind) if kind in KINDS else 0
        self.kinds.button(index).setChecked(True)
        self.pages.setCurrentIndex(index)
