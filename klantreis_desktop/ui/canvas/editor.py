"""The in-place text editor laid over a card or header while its title is typed.

Enter commits, Shift+Enter makes a new line, Tab/Shift+Tab commit and ask the scene to
move on (quick entry). Leaving the editor keeps the text too, as in Miro and FigJam: Esc,
a click elsewhere and focus going to another widget all *leave* (commit without moving
on); what was typed is never thrown away by a key. Only when its target disappears (an
undo removed the card) is an editor cancelled. The editor only reports the text; the
scene turns it into a model command.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFocusEvent, QFont, QKeyEvent, QPainter, QPen, QTextCursor
from PySide6.QtWidgets import QGraphicsTextItem, QStyle, QStyleOptionGraphicsItem, QWidget

from klantreis_desktop.ui.canvas import look
from klantreis_desktop.ui.canvas.card_item import SELECTION_COLOUR

Z_EDITOR = 100.0

CommitHandler = Callable[[str], None]
TabHandler = Callable[[str, int], None]


def plain(text: str) -> str:
    """Editor text with Qt's paragraph and line separators as plain newlines."""
    return text.replace("\u2029", "\n").replace("\u2028", "\n")


class InlineEditor(QGraphicsTextItem):
    """A multi-line text editor over ``rect``; calls exactly one of its handlers once.

    ``on_commit`` gets the text on Enter, ``on_leave`` (default: ``on_commit``) when the
    editor is left otherwise (Esc, a click elsewhere, focus loss), ``on_tab`` on Tab.
    """

    def __init__(self, text: str, rect: QRectF, qfont: QFont, fill_hex: str,
                 text_hex: str, padding: float, on_commit: CommitHandler,
                 on_cancel: Callable[[], None], on_tab: TabHandler | None = None,
                 select_all: bool = False, on_leave: CommitHandler | None = None) -> None:
        super().__init__()
        self._min_height = rect.height()
        self._fill = fill_hex
        self._on_commit, self._on_cancel, self._on_tab = on_commit, on_cancel, on_tab
        self._on_leave = on_leave if on_leave is not None else on_commit
        self.finished = False
        #: Left with Esc (rather than a click or focus elsewhere).
        self.escaped = False
        self.setFont(qfont)
        self.setDefaultTextColor(look.colour(text_hex))
        self.document().setDocumentMargin(max(padding - 1.0, 0.0))
        self.setTextWidth(rect.width())
        self.setPlainText(text)
        self.setPos(rect.topLeft())
        self.setZValue(Z_EDITOR)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        cursor = self.textCursor()
        if select_all:
            cursor.select(QTextCursor.SelectionType.Document)
        else:
            cursor.movePosition(QTextCursor.MoveOperation.End)
        self.setTextCursor(cursor)

    def text(self) -> str:
        return plain(self.toPlainText())

    def place(self, rect: QRectF) -> None:
        """Follow the target after a relayout."""
        self._min_height = rect.height()
        if self.textWidth() != rect.width():
            self.setTextWidth(rect.width())
        self.setPos(rect.topLeft())

    def finish(self, commit: bool) -> None:
        """End editing once without moving on: leave keeping the text, or cancel."""
        if commit:
            self._end(self._on_leave)
        else:
            self._end(None)

    def _end(self, handler: CommitHandler | None) -> None:
        if self.finished:
            return
        self.finished = True
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        if handler is not None:
            handler(self.text())
        else:
            self._on_cancel()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if shift:
                self.textCursor().insertText("\n")
            else:
                self._end(self._on_commit)
            event.accept()
            return
        if key == Qt.Key.Key_Escape:
            self.escaped = True  # quick entry then also drops its focused cell
            self.finish(commit=True)  # leave keeping the text (see the module doc)
            event.accept()
            return
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self.tab(-1 if key == Qt.Key.Key_Backtab or shift else 1)
            event.accept()
            return
        super().keyPressEvent(event)

    def tab(self, step: int) -> None:
        """Commit and move ``step`` phases on (quick entry), or just commit."""
        if self.finished:
            return
        if self._on_tab is None:
            self._end(self._on_commit)
            return
        self.finished = True
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self._on_tab(self.text(), step)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() in (Qt.FocusReason.ActiveWindowFocusReason,
                              Qt.FocusReason.PopupFocusReason):
            return  # a menu or another window: keep editing when it comes back
        self.finish(commit=True)

    def boundingRect(self) -> QRectF:
        rect = super().boundingRect()
        if rect.height() < self._min_height:
            rect.setHeight(self._min_height)
        return rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        box = self.boundingRect()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(look.colour(SELECTION_COLOUR), 2.0))
        painter.setBrush(look.colour(self._fill))
        painter.drawRoundedRect(box.adjusted(1, 1, -1, -1), 4.0, 4.0)
        plain_option = QStyleOptionGraphicsItem(option)
        # No dashed focus frame from QGraphicsTextItem: the blue border already says it.
        plain_option.state &= ~(QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_HasFocus)
        super().paint(painter, plain_option, widget)  # type: ignore[arg-type]  # Qt passes None; the stubs want a QWidget
