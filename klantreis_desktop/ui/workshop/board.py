"""The brainstorm board window: quick note entry, the wall, and notes → cards in one go."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import (
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QScreen,
    QShortcut,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QComboBox,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from klantreis_desktop.model import kinds as k
from klantreis_desktop.model import workshop as ws
from klantreis_desktop.model.changes import ChangeSet
from klantreis_desktop.model.document import Document
from klantreis_desktop.ui.workshop.board_scene import BoardScene

BIG = "font-size: 20px;"
#: Characters a list (dimension, phase) keeps at the least; longer names are cut, so a
#: long phase title cannot widen the window past the screen.
LIST_CHARS = 10


def _tr(text: str) -> str:
    return QCoreApplication.translate("Workshop", text)


def kind_label(kind: str) -> str:
    return {k.TOUCHPOINT: _tr("Touchpoints"), k.PAIN: _tr("Pain points"),
            k.OPPORTUNITY: _tr("Opportunities")}.get(kind, kind)


class BrainstormBoard(QWidget):
    """Type a note and press Enter; drag notes into clusters; make cards of a selection.

    It fills the screen it opens on (maximised) and never grows past it: the wall scrolls,
    long names in the lists are cut, and messages wrap on their own line. Escape clears
    the entry, then closes the board. While a room is open the board says so and offers
    the room's controls in one click: on a one-screen laptop the maximised board would
    otherwise hide the room window (participants, Hide, Merge, Close the room).
    """

    #: "Room controls" was pressed: the room window comes to the front.
    room_asked = Signal()

    def __init__(self, doc: Document, stack: QUndoStack, journey: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("brainstorm_board")
        self.setWindowTitle(_tr("Brainstorm board"))
        self.doc, self.stack = doc, stack
        self.journey = journey
        self.setStyleSheet(f"QWidget {{ {BIG} }}")

        top = QHBoxLayout()
        top.addWidget(QLabel(_tr("Dimension:"), self))
        self.dimension = QComboBox(self)
        self.dimension.setObjectName("board_dimension")
        self.dimension.setEditable(True)
        _short_list(self.dimension)
        top.addWidget(self.dimension)
        self.entry = QLineEdit(self)
        self.entry.setObjectName("board_entry")
        self.entry.setPlaceholderText(
            _tr("Type an idea and press Enter; double-click a note to change it"))
        self.entry.returnPressed.connect(self.add_from_entry)
        top.addWidget(self.entry, 1)
        self.room_label = QLabel(self)
        self.room_label.setObjectName("board_room_label")
        self.room_label.setTextFormat(Qt.TextFormat.PlainText)
        self.room_button = QPushButton(_tr("Room controls"), self)
        self.room_button.setObjectName("board_room_controls")
        self.room_button.setToolTip(_tr("Participants, hide and merge notes, close the room"))
        self.room_button.clicked.connect(self.room_asked)
        top.addWidget(self.room_label)
        top.addWidget(self.room_button)
        self.show_room("")

        self.scene = BoardScene(doc, stack, self)
        self.view = QGraphicsView(self.scene, self)
        self.view.setObjectName("board_view")
        self.view.setRenderHints(QPainter.RenderHint.Antialiasing
                                 | QPainter.RenderHint.TextAntialiasing)
        self.view.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.view.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        bottom = QHBoxLayout()
        bottom.addWidget(_WrappingLabel(_tr("Make the selected notes into"), self))
        self.kind = QComboBox(self)
        self.kind.setObjectName("board_kind")
        for kind in ws.NOTE_TARGETS:
            self.kind.addItem(kind_label(kind), kind)
        _short_list(self.kind)
        bottom.addWidget(self.kind)
        bottom.addWidget(QLabel(_tr("in phase"), self))
        self.phase = QComboBox(self)
        self.phase.setObjectName("board_phase")
        _short_list(self.phase)
        bottom.addWidget(self.phase)
        self.make_button = QPushButton(_tr("Make cards"), self)
        self.make_button.setObjectName("board_make_cards")
        self.make_button.clicked.connect(self.make_cards)
        bottom.addWidget(self.make_button)
        bottom.addStretch(1)
        self.message = QLabel(self)
        self.message.setObjectName("board_message")
        self.message.setWordWrap(True)
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored,
                                   QSizePolicy.Policy.Preferred)
        self.message.hide()  # shown with a message only (see _say)

        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.view, 1)
        box.addLayout(bottom)
        box.addWidget(self.message)
        self.scene.status_message.connect(self._say)
        QShortcut(QKeySequence.StandardKey.Delete, self.view, self.delete_selected)
        select_all = QShortcut(QKeySequence.StandardKey.SelectAll, self.view,
                               self.scene.select_all_notes)
        select_all.setContext(Qt.ShortcutContext.WidgetShortcut)
        for field in (self.entry, self.dimension.lineEdit()):
            if field is not None:  # the dimension box is editable: it has a line edit
                field.installEventFilter(self)
        self.set_journey(journey)
        self._fill_dimensions()
        self.fit_to_screen()

    def show_room(self, text: str) -> None:
        """The open room in a few words, with the button to its controls; hidden for ""."""
        self.room_label.setText(text)
        self.room_label.setVisible(bool(text))
        self.room_button.setVisible(bool(text))

    def fit_to_screen(self, screen: QScreen | None = None) -> None:
        """Fill ``screen`` (by default the one the main window is on): maximised, and
        sized to that screen's free area for when it is restored (a fixed 1280 × 800
        hung off a projector)."""
        parent = self.parentWidget()
        screen = screen or (parent.screen() if parent is not None else None) or (
            QGuiApplication.primaryScreen())
        if screen is not None:
            if self.isVisible() and self.screen() is not screen:
                self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMaximized)
                self.setScreen(screen)
            area = screen.availableGeometry()
            self.resize(area.width() * 9 // 10, area.height() * 9 // 10)
            self.move(area.center() - self.rect().center())
        self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Escape in a text field: clear the entry, or leave the field; Escape once more
        (or anywhere else) closes the board (see :meth:`keyPressEvent`)."""
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Escape and event.modifiers()
                == Qt.KeyboardModifier.NoModifier):
            if watched is self.entry and self.entry.text():
                self.entry.clear()
                return True
            if watched is not self.entry:  # the dimension: back to typing ideas
                self.entry.setFocus()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            event.accept()
            return
        super().keyPressEvent(event)

    def set_journey(self, journey: str | None) -> None:
        """The journey that "Make cards" puts cards on (its phases fill the list)."""
        self.journey = journey if journey in self.doc else None
        current = self.phase.currentData()
        self.phase.clear()
        if self.journey is not None:
            for phase in self.doc.phases(self.journey):
                self.phase.addItem(self.doc.title(phase) or _tr("(untitled phase)"), phase)
        index = self.phase.findData(current)
        self.phase.setCurrentIndex(max(index, 0))

    def _fill_dimensions(self) -> None:
        for dimension in self.scene.dimensions():
            if dimension and self.dimension.findText(dimension) < 0:
                self.dimension.addItem(dimension)

    def set_dimension(self, dimension: str) -> None:
        """The dimension new notes get (the timer sets it when a round starts)."""
        if self.dimension.findText(dimension) < 0:
            self.dimension.addItem(dimension)
        self.dimension.setCurrentText(dimension)

    def add_from_entry(self) -> None:
        """Quick entry: the line becomes a note and the field is ready for the next one."""
        text = self.entry.text()
        if not text.strip():
            self.entry.clear()
            return
        dimension = self.dimension.currentText().strip()
        if self.scene.push(lambda: ws.add_note(self.doc, text, dimension)) is not None:
            self.entry.clear()
            if dimension:
                self.set_dimension(dimension)
            self._say("")

    def make_cards(self) -> list[str]:
        """The selected notes (and notes of selected clusters) as cards; the new ids."""
        notes = self.scene.selected_notes()
        phase = self.phase.currentData()
        kind = str(self.kind.currentData())
        if phase is None:
            self._say(_tr("Open a journey with phases first."))
            return []
        made = self.scene.push(lambda: ws.notes_to_cards(self.doc, notes, kind, str(phase)))
        if made is None:
            return []
        self._say(_tr("{count} cards made.").format(count=len(notes)))
        return _added_cards(made)

    def _say(self, text: str) -> None:
        """A message on its own line under the buttons (wrapped: it never widens the
        window); no empty line when there is none."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def delete_selected(self) -> None:
        from klantreis_desktop.model import operations as ops

        ids = self.scene.selected_clusters() + [
            n for n in self.scene.selected_notes()
            if not any(ws.cluster_of(self.doc, n) == c for c in self.scene.selected_clusters())]
        if ids:
            self.scene.push(lambda: ops.remove(self.doc, *ids))

    def detach(self) -> None:
        """Stop following the document (when it is closed or replaced)."""
        self.scene.detach()


def _short_list(combo: QComboBox) -> None:
    """A list as wide as its longest name where there is room, and down to about
    LIST_CHARS characters where there is not (a set minimum overrides the hint's)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.setMinimumWidth(combo.fontMetrics().averageCharWidth() * LIST_CHARS + 40)


class _WrappingLabel(QLabel):
    """A label on one line where there is room and wrapped where there is not: a
    word-wrapped QLabel asks for a quarter of its line, wrapping even on a wide screen."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        width = (self.fontMetrics().horizontalAdvance(self.text()) + 2 * self.margin()
                 + margins.left() + margins.right() + 2)
        return QSize(width, self.heightForWidth(width))


def _added_cards(change: ChangeSet) -> list[str]:
    from klantreis_desktop.model.changes import AddNode

    return [a.node for a in change.atoms if isinstance(a, AddNode)
            and a.attrs.get("kind") in k.CARD_KINDS]
