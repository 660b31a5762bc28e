"""Help → Keyboard Shortcuts (F1): every key of the app on one page, grouped.

The menu part is read from the window's real actions (File, Edit, View, Journey, Workshop,
Help), so a new or changed shortcut shows up by itself and the sheet cannot go stale. Keys
that no action carries — on the canvas and while presenting — come from the two tables
below, the one place that lists them (tests check them against the canvas and the
presentation window).
"""

from __future__ import annotations

from html import escape
from math import ceil

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMenu,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from klantreis_desktop.i18n import QT_TRANSLATE_NOOP
from klantreis_desktop.ui.window.menu_actions import (
    all_actions,
    native_text,
    plain_text,
    shown_keys,
)

#: (key sequences in Qt's portable text, or "" for a mouse gesture; what they do).
#: A row whose first element is empty shows its ``mouse`` text in the key column.
KeyRow = tuple[tuple[str, ...], str, str]

CANVAS_KEYS: tuple[KeyRow, ...] = (
    ((), QT_TRANSLATE_NOOP("ShortcutSheet", "Click a cell, then type"),
     QT_TRANSLATE_NOOP("ShortcutSheet", "Quick entry: a new card in that cell")),
    ((), QT_TRANSLATE_NOOP("ShortcutSheet", "Click a card, then type"),
     QT_TRANSLATE_NOOP("ShortcutSheet", "Add to its text (the title is kept)")),
    (("Return",), "",
     QT_TRANSLATE_NOOP("ShortcutSheet",
                       "Edit the selected card; while typing: keep it and start the next one")),
    (("Tab", "Shift+Tab"), "",
     QT_TRANSLATE_NOOP("ShortcutSheet", "While typing: next / previous phase")),
    (("Shift+Return",), "", QT_TRANSLATE_NOOP("ShortcutSheet", "While typing: a new line")),
    (("F2",), "", QT_TRANSLATE_NOOP("ShortcutSheet", "Edit the selected card's text")),
    (("Esc",), "",
     QT_TRANSLATE_NOOP("ShortcutSheet", "Stop typing, clear the selection")),
    (("Left", "Right", "Up", "Down"), "",
     QT_TRANSLATE_NOOP("ShortcutSheet",
                       "Move the selected cards or the chosen cell; raise or lower an "
                       "emotion point")),
    (("Del", "Backspace"), "", QT_TRANSLATE_NOOP("ShortcutSheet", "Delete the selection")),
    ((), QT_TRANSLATE_NOOP("ShortcutSheet", "Drag the dot on a card's right edge"),
     QT_TRANSLATE_NOOP("ShortcutSheet", "Draw a flow arrow to the next card")),
    ((), QT_TRANSLATE_NOOP("ShortcutSheet", "Hold Space and drag"),
     QT_TRANSLATE_NOOP("ShortcutSheet", "Move the view")),
    ((), QT_TRANSLATE_NOOP("ShortcutSheet", "Ctrl + mouse wheel"),
     QT_TRANSLATE_NOOP("ShortcutSheet", "Zoom around the pointer")),
)

PRESENTING_KEYS: tuple[KeyRow, ...] = (
    (("Right",), "", QT_TRANSLATE_NOOP("ShortcutSheet", "Next phase, from its top")),
    (("Left",), "", QT_TRANSLATE_NOOP("ShortcutSheet", "Previous phase, from its top")),
    (("PgDown", "Space"), "",
     QT_TRANSLATE_NOOP("ShortcutSheet",
                       "Next screen: down through this phase's lanes, then the next phase")),
    (("PgUp",), "", QT_TRANSLATE_NOOP("ShortcutSheet", "Previous screen: back the same way")),
    (("Home", "End"), "", QT_TRANSLATE_NOOP("ShortcutSheet", "First / last phase")),
    (("1", "9"), "", QT_TRANSLATE_NOOP("ShortcutSheet", "Go to phase 1 … 9")),
    (("O",), "", QT_TRANSLATE_NOOP("ShortcutSheet", "Overview of the whole journey")),
    (("+", "-"), "", QT_TRANSLATE_NOOP("ShortcutSheet", "Add or take back a dot vote")),
    (("V",), "", QT_TRANSLATE_NOOP("ShortcutSheet", "Audience menu (room mode)")),
    (("Esc",), "",
     QT_TRANSLATE_NOOP("ShortcutSheet", "Clear the spotlight, else stop presenting")),
    ((), QT_TRANSLATE_NOOP("ShortcutSheet", "Space on the full-screen timer"),
     QT_TRANSLATE_NOOP("ShortcutSheet", "Pause or resume the countdown (Esc closes it)")),
)


#: The sheet's first width; wider (in steps, up to the most) only when the screen has room
#: and the page would otherwise need scrolling.
PREFERRED_WIDTH = 900
WIDTH_STEP = 100
MAX_WIDTH = 1200

#: Arrow keys as arrows: shorter than Qt's names ("Pijl links") and the same in every language.
ARROWS = {"Left": "←", "Right": "→", "Up": "↑", "Down": "↓"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ShortcutSheet", text)


def menu_groups(window: QMainWindow) -> list[tuple[str, list[tuple[str, str]]]]:
    """(menu title, [(action, keys)]) for every menu of ``window`` with shortcuts in it,
    read from the real actions, in menu-bar order."""
    groups: list[tuple[str, list[tuple[str, str]]]] = []
    seen: set[int] = set()
    for top in window.menuBar().actions():
        menu = top.menu()
        if not isinstance(menu, QMenu):  # QAction.menu() is typed as any QObject
            continue
        rows: list[tuple[str, str]] = []
        stack = list(menu.actions())
        while stack:
            action = stack.pop(0)
            sub = action.menu()
            if isinstance(sub, QMenu):
                stack[0:0] = sub.actions()
                continue
            keys = native_text(shown_keys(action))
            if action.isSeparator() or not keys or id(action) in seen:
                continue
            seen.add(id(action))
            rows.append((plain_text(action.iconText()), keys))
        if rows:
            groups.append((plain_text(top.text()), rows))
    extra = [a for a in all_actions(window) if id(a) not in seen and shown_keys(a)]
    if extra:  # actions outside the menus (none today): still listed, never lost
        groups.append((_tr("Other"), [(plain_text(a.iconText()), native_text(shown_keys(a)))
                                      for a in extra]))
    return groups


def key_text(row: KeyRow) -> str:
    """The key column of a table row, as this platform writes keys."""
    keys, mouse, _what = row
    if not keys:
        return _tr(mouse)
    if keys == ("1", "9"):
        return "1 … 9"
    return " / ".join(ARROWS.get(key) or QKeySequence(key).toString(
        QKeySequence.SequenceFormat.NativeText) for key in keys)


def table_groups() -> list[tuple[str, list[tuple[str, str]]]]:
    """The canvas and presenting keys from the tables above, translated."""
    return [(_tr("Canvas"), [(_tr(row[2]), key_text(row)) for row in CANVAS_KEYS]),
            (_tr("Presenting"), [(_tr(row[2]), key_text(row)) for row in PRESENTING_KEYS])]


class ShortcutSheet(QDialog):
    """A non-modal page of every shortcut, in two columns; Esc or Close closes it."""

    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent if parent is not None else window)
        self.setObjectName("shortcut_sheet")
        self.setWindowTitle(_tr("Keyboard Shortcuts"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.groups = menu_groups(window) + table_groups()
        layout = QVBoxLayout(self)
        self.page = QTextBrowser(self)
        self.page.setObjectName("shortcut_page")
        self.page.setOpenLinks(False)
        self.page.setHtml(self._html())
        layout.addWidget(self.page, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.close)
        layout.addWidget(self.buttons)

    def _html(self) -> str:
        """The groups as tables in two columns."""
        def group(title: str, rows: list[tuple[str, str]]) -> str:
            body = "".join(
                f"<tr><td width='62%'>{escape(what)}</td>"
                f"<td><b>{escape(keys)}</b></td></tr>" for what, keys in rows)
            return (f"<h3 style='margin-top:10px; margin-bottom:2px'>{escape(title)}</h3>"
                    f"<table width='100%' cellspacing='0' cellpadding='2'>{body}</table>")

        # Two columns of about equal length, groups kept in order and whole.
        half = (sum(len(rows) + 2 for _title, rows in self.groups) + 1) // 2
        left: list[str] = []
        right: list[str] = []
        used = 0
        for title, rows in self.groups:
            (left if used + (len(rows) + 2) // 2 <= half else right).append(group(title, rows))
            used += len(rows) + 2
        intro = escape(_tr("Menu commands work in the editor window; canvas keys work on the "
                           "map; presenting keys work while presenting."))
        return (f"<p>{intro}</p><table width='100%' cellspacing='0' cellpadding='0'><tr>"
                f"<td width='48%' valign='top'>{''.join(left)}</td><td width='4%'></td>"
                f"<td width='48%' valign='top'>{''.join(right)}</td></tr></table>")

    def sizeHint(self) -> QSize:
        screen = self.screen()
        return self.fitted_size(screen.availableGeometry() if screen is not None else None)

    def fitted_size(self, available: QRect | None) -> QSize:
        """The first size: the whole page when the screen has room for it, else as much
        of it as fits (the page scrolls for the rest).

        A fixed 900 × 680 once hid the last ~160 px (the presenting keys) on a 1920 × 1080
        screen; the page was then only a little taller than its view, so the scroll bar's
        handle filled nearly the whole track and the short grey groove looked like the
        handle: the room read it as "scrolled to the end" while it was at the top.
        """
        most = QSize(MAX_WIDTH, 10_000)
        if available is not None:
            most = most.boundedTo(QSize(available.width() - 40, available.height() - 80))
        chrome = self._chrome()
        width = min(PREFERRED_WIDTH, most.width())
        while True:
            height = self._page_height(width - chrome.width()) + chrome.height()
            if height <= most.height():
                return QSize(width, height)
            if width >= most.width():  # the widest allowed and still too tall: scroll
                return QSize(width, most.height())
            width = min(width + WIDTH_STEP, most.width())

    def _chrome(self) -> QSize:
        """What the dialog adds around the page's text: margins, frame, the Close button."""
        layout = self.layout()
        assert layout is not None
        hint, page = layout.sizeHint(), self.page.sizeHint()
        frame = 2 * self.page.frameWidth()
        return QSize(max(hint.width() - page.width(), 0) + frame,
                     max(hint.height() - page.height(), 0) + frame)

    def _page_height(self, text_width: int) -> int:
        """How tall the page's text is at ``text_width`` (laid out on a copy)."""
        probe = self.page.document().clone()
        probe.setTextWidth(max(text_width, 100))
        return ceil(probe.size().height())

    def rows(self) -> dict[str, list[tuple[str, str]]]:
        """Group title → (command, keys) rows, as shown (for tests and reading)."""
        return {title: list(rows) for title, rows in self.groups}


def show_shortcut_sheet(window: QMainWindow) -> ShortcutSheet:
    """Show the window's sheet (one per window; F1 again brings it to the front)."""
    for child in window.findChildren(ShortcutSheet):
        if child.isVisible():
            child.raise_()
            child.activateWindow()
            return child
        child.deleteLater()  # closed by Esc (hidden, maybe not deleted yet)
    sheet = ShortcutSheet(window)
    screen = window.screen()
    sheet.resize(sheet.fitted_size(screen.availableGeometry() if screen is not None else None))
    sheet.show()
    sheet.raise_()
    sheet.activateWindow()
    return sheet
