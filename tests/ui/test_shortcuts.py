"""Every shortcut of the app, on every platform: no key bound twice, Redo by Ctrl+Shift+Z and
Ctrl+Y, real key presses reach the window, the shortcut sheet lists them all.

Qt's standard keys differ per platform (X11's Redo is only Ctrl+Shift+Z, Windows' also Ctrl+Y,
X11's Delete also Ctrl+D) and a key sequence bound twice in one window is "ambiguous": Qt
prints a warning and does nothing. The tables below are Qt 6.11's standard bindings for the
keys the app uses (qplatformtheme.cpp); the test on this platform checks its own table
against Qt, so a Qt upgrade that changes them shows up here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from klantreis_desktop import storage, templates
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model import operations as ops
from klantreis_desktop.settings import Settings
from klantreis_desktop.ui.window import menu_actions as window_actions
from klantreis_desktop.ui.window.main_window import WINDOWS, MainWindow
from klantreis_desktop.ui.window.menu_actions import SHORTCUTS, all_actions, resolve_shortcuts

Std = QKeySequence.StandardKey

#: Qt 6.11 standard bindings (portable text; "Ctrl" is Cmd on macOS), per keyboard scheme.
#: Windows and X11 are what Qt returns with the offscreen and xcb platforms here; macOS is
#: Qt's table for KB_Mac. Dedicated keys ("Save", "Undo" on media keyboards) are left out:
#: nobody registers them explicitly, so they cannot clash with our choices.
PLATFORM_BINDINGS: dict[str, dict[str, list[str]]] = {
    "windows": {
        "New": ["Ctrl+N"], "Open": ["Ctrl+O"], "Save": ["Ctrl+S"], "SaveAs": ["Ctrl+Shift+S"],
        "Close": ["Ctrl+F4", "Ctrl+W"], "Quit": [],
        "Undo": ["Ctrl+Z", "Alt+Backspace"],
        "Redo": ["Ctrl+Y", "Alt+Shift+Backspace", "Ctrl+Shift+Z"],
        "Cut": ["Ctrl+X", "Shift+Del"], "Copy": ["Ctrl+C", "Ctrl+Ins"],
        "Paste": ["Ctrl+V", "Shift+Ins"], "Delete": ["Del"], "SelectAll": ["Ctrl+A"],
        "ZoomIn": ["Ctrl++"], "ZoomOut": ["Ctrl+-"], "HelpContents": ["F1"],
        "Find": ["Ctrl+F"], "FindNext": ["F3", "Ctrl+G"],
        "FindPrevious": ["Shift+F3", "Ctrl+Shift+G"],
    },
    "x11": {
        "New": ["Ctrl+N"], "Open": ["Ctrl+O"], "Save": ["Ctrl+S"], "SaveAs": ["Ctrl+Shift+S"],
        "Close": ["Ctrl+W"], "Quit": ["Ctrl+Q"],
        "Undo": ["Ctrl+Z", "F14"], "Redo": ["Ctrl+Shift+Z"],
        "Cut": ["Ctrl+X", "Shift+Del", "F20"], "Copy": ["Ctrl+C", "Ctrl+Ins", "F16"],
        "Paste": ["Ctrl+V", "Ctrl+Shift+Ins", "Shift+Ins", "F18"],
        "Delete": ["Del", "Ctrl+D"], "SelectAll": ["Ctrl+A"],
        "ZoomIn": ["Ctrl++"], "ZoomOut": ["Ctrl+-"], "HelpContents": ["F1"],
        "Find": ["Ctrl+F"], "FindNext": ["F3"], "FindPrevious": ["Shift+F3"],
    },
    "macos": {
        "New": ["Ctrl+N"], "Open": ["Ctrl+O"], "Save": ["Ctrl+S"], "SaveAs": ["Ctrl+Shift+S"],
        "Close": ["Ctrl+W", "Ctrl+F4"], "Quit": ["Ctrl+Q"],
        "Undo": ["Ctrl+Z"], "Redo": ["Ctrl+Shift+Z"],
        "Cut": ["Ctrl+X", "Meta+K"], "Copy": ["Ctrl+C"], "Paste": ["Ctrl+V", "Meta+Y"],
        "Delete": ["Del", "Meta+D"], "SelectAll": ["Ctrl+A"],
        "ZoomIn": ["Ctrl++"], "ZoomOut": ["Ctrl+-"], "HelpContents": ["Ctrl+?"],
        "Find": ["Ctrl+F"], "FindNext": ["Ctrl+G"], "FindPrevious": ["Ctrl+Shift+G"],
    },
}
#: Which table Qt uses on this platform plugin (offscreen has the generic, Windows scheme).
SCHEME_OF_PLATFORM = {"offscreen": "windows", "minimal": "windows", "windows": "windows",
                      "xcb": "x11", "cocoa": "macos"}
#: Kept free for Find (another part of the app binds them).
RESERVED_FOR_FIND = ("Find", "FindNext", "FindPrevious")


def _text(key: QKeySequence) -> str:
    return key.toString(QKeySequence.SequenceFormat.PortableText)


def _bindings(platform: str):
    table = PLATFORM_BINDINGS[platform]

    def bindings(standard: QKeySequence.StandardKey) -> list[QKeySequence]:
        return [QKeySequence(text) for text in table[standard.name]]

    return bindings


def _typeable_live(standard: QKeySequence.StandardKey) -> list[str]:
    return [_text(key) for key in QKeySequence.keyBindings(standard)
            if window_actions.typeable(key) or _text(key) in ("F14", "F16", "F18", "F20")]


# The table and Qt agree ------------------------------------------------------------------------

def test_the_table_for_this_platform_is_what_qt_binds(qapp) -> None:
    scheme = SCHEME_OF_PLATFORM.get(QGuiApplication.platformName())
    if scheme is None:
        pytest.skip(f"no table for platform {QGuiApplication.platformName()}")
    used = {standard.name for standard, _extras in SHORTCUTS.values() if standard is not None}
    for name in sorted(used | set(RESERVED_FOR_FIND)):
        assert _typeable_live(getattr(Std, name)) == PLATFORM_BINDINGS[scheme][name], name


# No key twice, on any platform ------------------------------------------------------------------

@pytest.mark.parametrize("platform", sorted(PLATFORM_BINDINGS))
def test_no_key_sequence_is_registered_twice_on_any_platform(platform: str, qapp) -> None:
    resolved = resolve_shortcuts(_bindings(platform))
    owners: dict[str, list[str]] = {}
    for name, keys in resolved.items():
        for key in keys:
            owners.setdefault(_text(key), []).append(name)
    twice = {key: names for key, names in owners.items() if len(names) > 1}
    assert not twice, f"{platform}: {twice}"
    # What we add by hand is never also a standard binding of another action or of Find.
    table = PLATFORM_BINDINGS[platform]
    for name, (_standard, extras) in SHORTCUTS.items():
        for extra in extras:
            for other, (other_standard, _other_extras) in SHORTCUTS.items():
                if other == name or other_standard is None:
                    continue
                if extra in table[other_standard.name]:
                    # Only X11's Delete = Ctrl+D (an Emacs key for line edits): Duplicate
                    # keeps Ctrl+D and Delete keeps Del.
                    assert (platform, extra, other) == ("x11", "Ctrl+D", "delete")
                    assert extra not in [_text(k) for k in resolved[other]]
            for find in RESERVED_FOR_FIND:
                assert extra not in table[find], (name, extra)
    every = {key for keys in resolved.values() for key in map(_text, keys)}
    assert "Ctrl+F" not in every and "F3" not in every


@pytest.mark.parametrize("platform", sorted(PLATFORM_BINDINGS))
def test_redo_is_ctrl_shift_z_and_ctrl_y_everywhere(platform: str, qapp) -> None:
    resolved = {name: [_text(k) for k in keys]
                for name, keys in resolve_shortcuts(_bindings(platform)).items()}
    assert {"Ctrl+Shift+Z", "Ctrl+Y"} <= set(resolved["redo"])
    assert resolved["undo"][0] == "Ctrl+Z"
    assert "F1" in resolved["shortcut_sheet"]
    assert resolved["duplicate"] == ["Ctrl+D"]
    assert resolved["delete"][0] == "Del"


# The real window ------------------------------------------------------------------------------

@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:
    doc = templates.build_sample("schoonmaak", "en")
    path = tmp_path / "sample.klantreis"
    storage.save(doc, path)
    window = MainWindow(Settings(tmp_path / "settings.json"))
    window.show()
    assert window.files.open_path(path, wait=True)
    qtbot.waitExposed(window)
    yield window
    for open_window in list(WINDOWS):
        if open_window.session is not None:
            open_window.session.stack.setClean()
        open_window.close()


def _shortcut_owners(window: MainWindow) -> dict[str, list[str]]:
    """Key sequence → names of what binds it in this window (actions and QShortcuts)."""
    owners: dict[str, list[str]] = {}
    actions = {id(a): a for a in all_actions(window)}
    for action in window.findChildren(QAction):
        actions.setdefault(id(action), action)
    for action in actions.values():
        widgets = [w for w in action.associatedObjects() if isinstance(w, QWidget)]
        if widgets and all(w.window() is not window for w in widgets):
            continue  # an action of another top-level window (a dialog's own)
        for key in action.shortcuts():
            owners.setdefault(_text(key), []).append(action.text() or action.objectName())
    for shortcut in window.findChildren(QShortcut):
        parent = shortcut.parent()
        if isinstance(parent, QWidget) and parent.window() is window:
            for key in shortcut.keys():
                owners.setdefault(_text(key), []).append(f"QShortcut {shortcut.objectName()}")
    return owners


def test_every_shortcut_of_the_real_window_is_bound_once(window: MainWindow) -> None:
    window.workshop.panel  # noqa: B018 - made on first use; it may add actions
    owners = _shortcut_owners(window)
    listing = "\n".join(f"  {key}: {', '.join(names)}" for key, names in sorted(owners.items()))
    print("Shortcuts of the main window:\n" + listing)
    twice = {key: names for key, names in owners.items() if len(names) > 1}
    assert not twice, twice
    for action in all_actions(window):
        counts = Counter(_text(key) for key in action.shortcuts())
        assert all(n == 1 for n in counts.values()), (action.text(), counts)
    assert "Ctrl+F" not in owners and "F3" not in owners  # free for Find
    assert {"Ctrl+Shift+Z", "Ctrl+Y"} <= {_text(k) for k in window.window_actions.redo.shortcuts()}


def test_other_parts_explicit_keys_never_clash_on_any_platform(window: MainWindow) -> None:
    """Workshop, presenting and dialogs bind keys of their own; none may be a key that our
    table gives an action on some platform."""
    ours = {id(window.window_actions.undo), id(window.window_actions.redo)} | {
        id(a) for a in all_actions(window) if a.objectName().removeprefix("action_") in SHORTCUTS}
    foreign = {_text(key): action.text() for action in all_actions(window)
               if id(action) not in ours for key in action.shortcuts()}
    assert {"F5", "Ctrl+Shift+W", "Ctrl+Shift+B", "Ctrl+Shift+T"} <= set(foreign)
    for platform in PLATFORM_BINDINGS:
        taken = {_text(key) for keys in resolve_shortcuts(_bindings(platform)).values()
                 for key in keys}
        assert not (set(foreign) & taken), (platform, set(foreign) & taken)


class _Messages:
    """Qt's warnings while the test runs (``Ambiguous shortcut overload`` is one)."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def __call__(self, _kind: QtMsgType, _context: object, message: str) -> None:
        self.texts.append(message)


@pytest.fixture
def qt_messages() -> Iterator[_Messages]:
    messages = _Messages()
    previous = qInstallMessageHandler(messages)
    yield messages
    qInstallMessageHandler(previous)


def _focused_view(qtbot, window: MainWindow):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=10000)
    view = window.tabs.current_view()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus, timeout=10000)
    return view


def test_redo_by_ctrl_shift_z_and_ctrl_y_on_the_focused_canvas(qtbot, window: MainWindow,
                                                                qt_messages) -> None:
    doc, journey = window.session.doc, window.tabs.current_journey()
    card = next(c for c in doc.cards(journey) if doc.kind(c) == k.TOUCHPOINT)
    old = doc.title(card)
    view = _focused_view(qtbot, window)
    ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier

    window.session.push(ops.update(doc, card, title="Edited"))
    QTest.keyClick(view, Qt.Key.Key_Z, ctrl)
    assert doc.title(card) == old
    QTest.keyClick(view, Qt.Key.Key_Z, ctrl | shift)
    assert doc.title(card) == "Edited", "Ctrl+Shift+Z did not redo"
    QTest.keyClick(view, Qt.Key.Key_Z, ctrl)
    assert doc.title(card) == old
    QTest.keyClick(view, Qt.Key.Key_Y, ctrl)
    assert doc.title(card) == "Edited", "Ctrl+Y did not redo"
    ambiguous = [t for t in qt_messages.texts if "mbiguous" in t]
    assert not ambiguous, ambiguous


def test_duplicate_and_delete_keys_are_not_ambiguous(qtbot, window: MainWindow,
                                                     qt_messages) -> None:
    doc, journey = window.session.doc, window.tabs.current_journey()
    card = next(c for c in doc.cards(journey) if doc.kind(c) == k.TOUCHPOINT)
    view = _focused_view(qtbot, window)
    window.tabs.current_scene().select_ids([card])
    before = len(doc.cards(journey))
    QTest.keyClick(view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len(doc.cards(journey)) == before + 1
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert len(doc.cards(journey)) == before
    assert not [t for t in qt_messages.texts if "mbiguous" in t]


# Tooltips -------------------------------------------------------------------------------------

def test_toolbar_and_menu_actions_name_their_shortcut_in_the_tooltip(window: MainWindow) -> None:
    native = QKeySequence.SequenceFormat.NativeText
    assert window.window_actions.undo.toolTip() == f"Undo ({QKeySequence('Ctrl+Z').toString(native)})"
    for action in all_actions(window):
        keys = window_actions.shown_keys(action)
        if keys:
            assert action.toolTip().endswith(f"({keys[0].toString(native)})"), action.text()
    tips = [a.toolTip() for a in window.toolbar.actions() if not a.isSeparator()]
    assert any("(" in tip for tip in tips)
    assert window.window_actions.export.toolTip().startswith("Export as PDF poster")


# The shortcut sheet ---------------------------------------------------------------------------

def test_f1_shows_every_shortcut_grouped(qtbot, window: MainWindow) -> None:
    from klantreis_desktop.ui.window.shortcut_sheet import CANVAS_KEYS, ShortcutSheet

    view = _focused_view(qtbot, window)
    QTest.keyClick(view, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: any(s.isVisible() for s in window.findChildren(ShortcutSheet)),
                    timeout=10000)
    sheet = next(s for s in window.findChildren(ShortcutSheet) if s.isVisible())
    rows = sheet.rows()
    assert {"File", "Edit", "View", "Journey", "Workshop", "Canvas", "Presenting"} <= set(rows)
    shown = {what: keys for group in rows.values() for what, keys in group}
    for action in all_actions(window):
        if window_actions.shown_keys(action):
            name = window_actions.plain_text(action.iconText())
            assert name in shown, name
    native = QKeySequence.SequenceFormat.NativeText
    redo = shown["Redo"]
    assert QKeySequence("Ctrl+Shift+Z").toString(native) in redo
    assert QKeySequence("Ctrl+Y").toString(native) in redo
    assert shown["Present"] == "F5"
    assert len(rows["Canvas"]) == len(CANVAS_KEYS)
    QTest.keyClick(view, Qt.Key.Key_F1)  # again: the same sheet comes forward
    assert len([s for s in window.findChildren(ShortcutSheet) if s.isVisible()]) == 1
    page = sheet.page.toPlainText()
    assert "Ctrl+Shift+Z" in page and "Ctrl+Y" in page and "F5" in page
    QTest.keyClick(sheet, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not sheet.isVisible(), timeout=10000)


def test_the_presenting_table_matches_the_presentation_window(qtbot) -> None:
    """Each key the sheet lists for presenting does something in the presentation."""
    from PySide6.QtGui import QUndoStack

    from klantreis_desktop.ui.presenting import PresentationWindow
    from klantreis_desktop.ui.window.shortcut_sheet import PRESENTING_KEYS

    doc = templates.build_sample("schoonmaak", "en")
    shown = PresentationWindow(doc, doc.journeys()[0], QUndoStack(), animate=False)
    qtbot.addWidget(shown)
    keys = [key for row in PRESENTING_KEYS for key in row[0] if key not in ("V", "Esc")]
    for text in keys + ["Esc"]:  # V opens the room menu; Esc leaves, so it goes last
        sequence = QKeySequence(text)[0]
        event = QKeyEvent(QEvent.Type.KeyPress, sequence.key(), sequence.keyboardModifiers(),
                          text if len(text) == 1 else "")
        assert shown.handle_key(event), text


def test_the_canvas_table_matches_the_canvas(window: MainWindow) -> None:
    """Each canvas key the sheet lists (outside typing) does something on a selected card."""
    from klantreis_desktop.ui.window.shortcut_sheet import CANVAS_KEYS

    scene = window.tabs.current_scene()
    doc, journey = window.session.doc, window.tabs.current_journey()
    card = next(c for c in doc.cards(journey) if doc.kind(c) == k.TOUCHPOINT)
    while_typing = ("Tab", "Shift+Tab", "Shift+Return")
    for row in CANVAS_KEYS:
        for text in row[0]:
            if text in while_typing:
                continue
            if card not in doc:  # Del / Backspace deleted it
                window.window_actions.undo.trigger()
            scene.select_ids([card])
            sequence = QKeySequence(text)[0]
            event = QKeyEvent(QEvent.Type.KeyPress, sequence.key(),
                              sequence.keyboardModifiers())
            assert scene.entry.key_press(event), text
            scene.entry.close(commit=False)  # F2 / Return opened the editor


# Other windows and menu mnemonics ------------------------------------------------------------

def _window_owners(top: QWidget) -> dict[str, list[str]]:
    owners: dict[str, list[str]] = {}
    for action in top.findChildren(QAction):
        for key in action.shortcuts():
            owners.setdefault(_text(key), []).append(action.text())
    for shortcut in top.findChildren(QShortcut):
        parent = shortcut.parent()
        if isinstance(parent, QWidget) and parent.window() is top:
            for key in shortcut.keys():
                owners.setdefault(_text(key), []).append("QShortcut")
    return owners


def test_the_board_and_the_presentation_bind_each_key_once(qtbot, window: MainWindow) -> None:
    from klantreis_desktop.ui import presenting

    board = window.workshop.show_board()
    shown = presenting.present(window)
    try:
        for top in (board, shown):
            owners = _window_owners(top)
            twice = {key: names for key, names in owners.items() if len(names) > 1}
            assert not twice, (top.objectName(), twice)
    finally:
        shown.close()
        board.close()


def _mnemonic(text: str) -> str | None:
    text = text.replace("&&", "")
    index = text.find("&")
    return text[index + 1].lower() if 0 <= index < len(text) - 1 else None


def _mnemonic_clashes(actions: list[QAction]) -> dict[str, list[str]]:
    seen: dict[str, list[str]] = {}
    for action in actions:
        letter = None if action.isSeparator() else _mnemonic(action.text())
        if letter:
            seen.setdefault(letter, []).append(action.text())
    return {letter: texts for letter, texts in seen.items() if len(texts) > 1}


def _menus(window: MainWindow) -> dict[str, list[QAction]]:
    found = {"menu bar": window.menuBar().actions()}
    for top in window.menuBar().actions():
        stack = [top]
        while stack:
            action = stack.pop()
            if action.menu() is not None:
                found[action.text()] = action.menu().actions()
                stack += [a for a in action.menu().actions() if a.menu() is not None]
    return found


def test_menu_letters_are_unique_in_every_menu(window: MainWindow) -> None:
    """Alt+letter in a menu reaches one item (two items with one letter only cycle)."""
    clashes = {title: found for title, actions in _menus(window).items()
               if (found := _mnemonic_clashes(actions))}
    assert not clashes, clashes


def test_menu_letters_are_unique_in_dutch_too(qtbot, tmp_path: Path) -> None:
    """The Dutch menus have letters of their own (Be&werken once took Workshop's W)."""
    from klantreis_desktop import i18n
    from klantreis_desktop.ui.app import install_translations

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    i18n.set_language("nl")
    assert "klantreis_nl" in install_translations(app, "nl")
    try:
        window = MainWindow(Settings(tmp_path / "settings.json"))
        qtbot.addWidget(window)
        menus = _menus(window)
        assert "&Bestand" in menus  # really Dutch
        clashes = {title: found for title, actions in menus.items()
                   if (found := _mnemonic_clashes(actions))}
        assert not clashes, clashes
        window.close()
    finally:
        install_translations(app, "en")
        i18n.set_language("en")
