"""The first-run hint: three things a new facilitator would not find alone.

Quick entry (click a cell and type), the flow handle (drag the dot on a card's right edge)
and F5 to present. Shown once per user — remembered in the settings — as a small panel in
the lower right corner of the map: it never blocks the canvas (the map stays clickable
around it), and Esc, a click on it or its close button dismisses it. Esc still does its
usual job on the canvas too.

Only the ``klantreis`` start shows it (``ui.app.run_gui``); tests and the bundle's smoke test
never do unless they call :func:`maybe_show`. ``KLANTREIS_NO_HINTS=1`` keeps it away (scripted
demos, screenshots).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QMouseEvent, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from klantreis_desktop.settings import Settings

#: The settings key that remembers the hint was shown.
SEEN_KEY = "first_run_hint_shown"
MARGIN = 16
WIDTH = 340


class FirstRunHint(QFrame):
    """A dismissable panel over the lower right corner of ``host`` (the journey tabs)."""

    dismissed = Signal()

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self.setObjectName("first_run_hint")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            "#first_run_hint { background: #fffbe6; border: 1px solid #d9c77a;"
            " border-radius: 6px; } #first_run_hint QLabel { color: #333; }")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("Click or press Esc to close"))
        present = _native("F5")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 10)
        layout.setSpacing(6)
        top = QHBoxLayout()
        title = QLabel(self.tr("Three things to know"), self)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        top.addWidget(title, 1)
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("first_run_hint_close")
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self.close_button.clicked.connect(self.dismiss)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.texts = [
            self.tr("<b>Type to add cards.</b> Click a cell of the map and start typing; "
                    "Enter keeps the card and starts the next one."),
            self.tr("<b>Draw the flow.</b> Drag the dot on a card's right edge to another "
                    "card to draw an arrow."),
            self.tr("<b>Present.</b> Press %1 to show the journey full screen, phase by "
                    "phase.").replace("%1", present),
            self.tr("Every shortcut: Help → Keyboard Shortcuts (%1).").replace(
                "%1", _native("F1")),
        ]
        for text in self.texts:
            label = QLabel(text, self)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)
        self.setFixedWidth(WIDTH)
        # Esc anywhere in the window closes the hint, then goes on to what it would do.
        # The shortcut belongs to the hint, so it goes when the hint goes.
        self._done = False
        self._escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self._escape.setObjectName("first_run_hint_escape")
        self._escape.setContext(Qt.ShortcutContext.WindowShortcut)
        self._escape.activated.connect(self._escape_pressed)
        host.installEventFilter(self)
        self._place()

    def _place(self) -> None:
        host = self.parentWidget()
        if host is None:
            return
        self.adjustSize()
        self.move(max(0, host.width() - self.width() - MARGIN),
                  max(0, host.height() - self.height() - MARGIN))
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self._place()
        return super().eventFilter(watched, event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()
        self.dismiss()

    def _escape_pressed(self) -> None:
        focus = QApplication.focusWidget()
        self.dismiss()
        if focus is not None:  # the canvas still clears its selection, an editor cancels
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QCoreApplication.postEvent(focus, QKeyEvent(
                    kind, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier))

    def dismiss(self) -> None:
        """Close the hint for good (it is not shown again)."""
        if self._done:
            return
        self._done = True
        self._escape.setEnabled(False)
        host = self.parentWidget()
        if host is not None:
            host.removeEventFilter(self)
        self.hide()
        self.dismissed.emit()
        self.deleteLater()


def _native(key: str) -> str:
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


def maybe_show(window: QMainWindow, settings: Settings, force: bool = False
               ) -> FirstRunHint | None:
    """Show the hint over ``window``'s map the first time only (or when ``force``)."""
    if not force and (settings.get(SEEN_KEY) or os.environ.get("KLANTREIS_NO_HINTS")):
        return None
    host = window.centralWidget()
    if host is None:
        return None
    hint = FirstRunHint(host)
    hint.show()
    hint._place()
    settings.set(SEEN_KEY, True)
    return hint
