"""Find a card on the canvas (Ctrl+F): a small bar over the journey that searches as you type.

In a workshop someone says "where was the one about the invoice?": the facilitator types
a few letters and the card is selected and centred. Titles and descriptions of the current
journey's cards are searched without regard to case or accents ("orientatie" finds
"Oriëntatie"), in reading order (phase by phase, lane by lane, top to bottom).
Enter/F3 go to the next match, Shift+Enter/Shift+F3 to the previous one, and Esc closes the
bar and gives the keyboard back to the canvas. :func:`install_find` wires it into a main
window with one line there.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
)

from klantreis_desktop.layout.geometry import JourneyLayout
from klantreis_desktop.model.document import Document

if TYPE_CHECKING:
    from klantreis_desktop.ui.canvas.scene import JourneyScene
    from klantreis_desktop.ui.canvas.view import JourneyView
    from klantreis_desktop.ui.window.main_window import MainWindow

Std = QKeySequence.StandardKey
#: Room between the bar and the view's top-right corner (past the vertical scroll bar).
INSET = 10
Canvas = tuple["JourneyScene | None", "JourneyView | None"]


def fold(text: str) -> str:
    """``text`` for comparing: no case, no accents, single spaces."""
    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return " ".join(plain.casefold().split())


def find_cards(doc: Document, layout: JourneyLayout, query: str) -> list[str]:
    """The cards on the canvas whose title or description holds ``query``, in reading
    order. An empty query finds nothing."""
    needle = fold(query)
    if not needle:
        return []
    phases = {c.phase: i for i, c in enumerate(layout.columns)}
    lanes = {r.lane: i for i, r in enumerate(layout.rows)}
    hits = [box for box in layout.cards.values()
            if box.card in doc and (needle in fold(doc.title(box.card))
                                    or needle in fold(str(doc.get(box.card, "description")
                                                          or "")))]
    hits.sort(key=lambda b: (phases.get(b.phase, 0), lanes.get(b.lane, 0), b.index))
    return [box.card for box in hits]


def _with_key(text: str, action: QAction) -> str:
    """A tooltip that names the action's first shortcut, e.g. "Next match (F3)"."""
    keys = action.shortcuts()
    if not keys:
        return text
    return f"{text} ({keys[0].toString(QKeySequence.SequenceFormat.NativeText)})"


class FindField(QLineEdit):
    """The query field: Enter / Shift+Enter step through the matches, Esc closes."""

    def __init__(self, bar: FindBar) -> None:
        super().__init__(bar)
        self._bar = bar

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            back = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self._bar.step(-1 if back else 1)
            event.accept()
            return
        if key == Qt.Key.Key_Escape:
            self._bar.close_bar()
            event.accept()
            return
        super().keyPressEvent(event)


class FindBar(QFrame):
    """The bar, floating at the top right of the current canvas inside ``host``.

    ``canvas`` returns the current journey's scene and view (either may be None).
    """

    def __init__(self, host: QWidget, canvas: Callable[[], Canvas]) -> None:
        super().__init__(host)
        self.setObjectName("find_bar")
        self._canvas = canvas
        #: The card the last step went to: the next step goes on from there.
        self.current: str | None = None
        self.matches: list[str] = []
        #: Ctrl+F, F3 and Shift+F3 (made by install_find).
        self.find_actions: FindActions | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        box = QHBoxLayout(self)
        box.setContentsMargins(6, 4, 4, 4)
        box.setSpacing(4)
        self.field = FindField(self)
        self.field.setObjectName("find_field")
        self.field.setPlaceholderText(self.tr("Find a card…"))
        self.field.setClearButtonEnabled(True)
        self.field.setMinimumWidth(220)
        self.field.textEdited.connect(self._typed)
        self.count = QLabel(self)
        self.count.setObjectName("find_count")
        self.count.setMinimumWidth(self.count.fontMetrics().horizontalAdvance("888 / 888") + 24)
        self.previous_button = self._button("\u25b2", self.find_previous)
        self.next_button = self._button("\u25bc", self.find_next)
        self.close_button = self._button("\u2715", self.close_bar)
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        for widget in (self.field, self.count, self.previous_button, self.next_button,
                       self.close_button):
            box.addWidget(widget)
        host.installEventFilter(self)
        self.hide()

    def _button(self, text: str, slot: Callable[[], None]) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays in the field
        button.clicked.connect(slot)
        return button

    def set_tooltips(self, next_action: QAction, previous_action: QAction) -> None:
        self.next_button.setToolTip(_with_key(self.tr("Next match"), next_action))
        self.previous_button.setToolTip(_with_key(self.tr("Previous match"), previous_action))

    # Opening and closing ----------------------------------------------------------------

    def open_bar(self) -> None:
        """Show the bar (or bring it back) with the query selected, ready to type over."""
        self.show()
        self.place()
        self.raise_()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        if self.field.text():
            self._search()
            self._show_count()

    def close_bar(self) -> None:
        """Hide the bar; the keyboard goes back to the canvas (the match stays selected)."""
        self.hide()
        _scene, view = self._canvas()
        if view is not None:
            view.setFocus(Qt.FocusReason.OtherFocusReason)

    def place(self) -> None:
        """Top right of the current view (of the host when there is none)."""
        host = self.parentWidget()
        if host is None:
            return
        self.adjustSize()
        _scene, view = self._canvas()
        if view is not None and view.isVisible():
            corner = view.mapTo(host, QPoint(view.width(), 0))
            right = corner.x() - view.verticalScrollBar().sizeHint().width()
            top = corner.y()
        else:
            right, top = host.width(), 0
        self.move(max(right - self.width() - INSET, 0), top + INSET)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self.place()
        return False

    # Searching --------------------------------------------------------------------------

    def _search(self) -> list[str]:
        scene, _view = self._canvas()
        if scene is None or scene.layout is None:
            self.matches = []
        else:
            self.matches = find_cards(scene.doc, scene.layout, self.field.text())
        return self.matches

    def _typed(self, _text: str) -> None:
        """As you type: go to the first match in reading order."""
        self.current = None
        self.step(1)

    def find_next(self) -> None:
        self.step(1)

    def find_previous(self) -> None:
        self.step(-1)

    def step(self, direction: int) -> None:
        """Go to the next (1) or previous (-1) match after the current one, round the end."""
        matches = self._search()
        if not matches:
            self.current = None
            self._show_count()
            return
        if self.current in matches:
            index = (matches.index(self.current) + direction) % len(matches)
        else:
            index = 0 if direction > 0 else len(matches) - 1
        self.current = matches[index]
        self._show_count()
        self._go_to(self.current)

    def _go_to(self, card: str) -> None:
        scene, view = self._canvas()
        if scene is None:
            return
        scene.select_ids([card])
        item = scene.cards.get(card)
        if view is not None and item is not None:
            view.centerOn(item.card_rect().center())

    def _show_count(self) -> None:
        if not self.field.text().strip():
            self.count.setText("")
        elif not self.matches:
            self.count.setText(self.tr("No match"))
        elif self.current in self.matches:
            self.count.setText(self.tr("{current} of {total}").format(
                current=self.matches.index(self.current) + 1, total=len(self.matches)))
        else:
            self.count.setText(self.tr("{total} found").format(total=len(self.matches)))

    def follow_journey(self) -> None:
        """Another journey tab: search that one (the bar stays open)."""
        self.current = None
        if self.isVisible():
            self.place()
            if self.field.text().strip():
                self.step(1)


def _tr(text: str) -> str:
    return QCoreApplication.translate("FindBar", text)


class FindActions:
    """The three actions of a window's find bar (Find, Find Next, Find Previous)."""

    def __init__(self, window: QWidget, bar: FindBar) -> None:
        self.find = QAction(_tr("&Find Card…"), window)
        self.find.setObjectName("find_action")
        self.find.setShortcuts(QKeySequence.keyBindings(Std.Find))
        self.find.setToolTip(_with_key(_tr("Find a card by its text"), self.find))
        self.find.triggered.connect(bar.open_bar)
        self.find_next = QAction(_tr("Find &Next"), window)
        self.find_next.setObjectName("find_next_action")
        self.find_next.setShortcuts(QKeySequence.keyBindings(Std.FindNext))
        self.find_next.triggered.connect(bar.find_next)
        self.find_previous = QAction(_tr("Find Pre&vious"), window)
        self.find_previous.setObjectName("find_previous_action")
        self.find_previous.setShortcuts(QKeySequence.keyBindings(Std.FindPrevious))
        self.find_previous.triggered.connect(bar.find_previous)
        for action in self.all():
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        bar.set_tooltips(self.find_next, self.find_previous)

    def all(self) -> list[QAction]:
        return [self.find, self.find_next, self.find_previous]


def install_find(window: MainWindow) -> FindBar:
    """Give ``window`` Ctrl+F / F3 / Shift+F3 and the find bar over its canvas, in the Edit
    menu after Select All. Calling it again returns the bar already there."""
    existing = window.tabs.findChild(FindBar, "find_bar")
    if existing is not None:
        return existing
    tabs = window.tabs
    bar = FindBar(tabs, lambda: (tabs.current_scene(), tabs.current_view()))
    actions = FindActions(window, bar)
    bar.find_actions = actions
    menu = _edit_menu(window)
    if menu is not None:
        menu.addSeparator()
        menu.addActions(actions.all())
    else:
        window.addActions(actions.all())
    tabs.current_journey_changed.connect(bar.follow_journey)
    return bar


def _edit_menu(window: MainWindow) -> QMenu | None:
    """The menu that holds Select All (the Edit menu, whatever its translated title)."""
    select_all = window.window_actions.select_all
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and select_all in menu.actions():
            return menu
    return None
