"""The palette: every entry drags out the payload the canvas expects, and it follows the doc."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QListWidget, QMenu, QMessageBox

from klantreis_desktop.model import operations as ops
from klantreis_desktop.ui.canvas import PALETTE_MIME
from klantreis_desktop.ui.dialogs.channels_dialog import ICON_ROLE, ChannelDialog
from klantreis_desktop.ui.window.main_window import MainWindow


def payload_of(section, row: int) -> str:
    data = section.mimeData([section.item(row)])
    assert data.hasFormat(PALETTE_MIME)
    return bytes(data.data(PALETTE_MIME).data()).decode("utf-8")


def test_element_entries_carry_their_kind(window: MainWindow) -> None:
    elements = window.palette_panel.elements
    payloads = [payload_of(elements, row) for row in range(elements.count())]
    assert payloads == ["touchpoint", "pain", "opportunity", "note", "goal", "emotion",
                        "phase", "lane"]
    assert elements.item(1).text() == "Pain point"


def test_channels_and_personas_follow_the_document(window: MainWindow) -> None:
    doc = window.session.doc
    channels = window.palette_panel.channels
    assert [payload_of(channels, r) for r in range(channels.count())] == [
        f"channel:{c}" for c in doc.channels()]
    personas = window.palette_panel.personas
    assert [payload_of(personas, r) for r in range(personas.count())] == [
        f"persona:{p}" for p in doc.personas()]
    window.session.push(ops.add_persona(doc, "Noor"))
    assert personas.item(personas.count() - 1).text() == "Noor"
    window.window_actions.undo.trigger()
    assert personas.count() == len(doc.personas())


def _mouse(widget, kind, point: QPoint, buttons) -> None:
    left = Qt.MouseButton.LeftButton
    button = Qt.MouseButton.NoButton if kind == QMouseEvent.Type.MouseMove else left
    QApplication.sendEvent(widget, QMouseEvent(kind, point, widget.mapToGlobal(point), button,
                                               buttons, Qt.KeyboardModifier.NoModifier))


def test_a_mouse_drag_starts_a_palette_drag(window: MainWindow) -> None:
    """Press and move on an entry with the button held: a drag with our payload starts."""
    elements = window.palette_panel.elements
    viewport = elements.viewport()
    start = elements.visualItemRect(elements.item(2)).center()
    started: list[str] = []
    elements.drag_started.connect(started.append)
    # Offscreen, QDrag.exec ends at once; on a real screen the drop ends it.
    left = Qt.MouseButton.LeftButton
    _mouse(viewport, QMouseEvent.Type.MouseButtonPress, start, left)
    step = QApplication.startDragDistance() + 4
    for n in range(1, 5):
        _mouse(viewport, QMouseEvent.Type.MouseMove, start + QPoint(n * step, 0), left)
    _mouse(viewport, QMouseEvent.Type.MouseButtonRelease, start + QPoint(4 * step, 0),
           Qt.MouseButton.NoButton)
    assert started == ["opportunity"]


# Managing channels from the palette -------------------------------------------------------


def channel_row(window: MainWindow, name: str) -> int:
    channels = window.palette_panel.channels
    return next(r for r in range(channels.count()) if channels.item(r).text() == name)


def channel_named(window: MainWindow, name: str) -> str:
    doc = window.session.doc
    return next(c for c in doc.channels() if doc.title(c) == name)


def click(widget, pos: QPoint | None = None, button=Qt.MouseButton.LeftButton) -> None:
    QTest.mouseClick(widget, button, Qt.KeyboardModifier.NoModifier,
                     pos if pos is not None else widget.rect().center())


def click_row(section, row: int, double: bool = False) -> None:
    spot = section.visualItemRect(section.item(row)).center()
    click(section.viewport(), spot)
    if double:
        QTest.mouseDClick(section.viewport(), Qt.MouseButton.LeftButton,
                          Qt.KeyboardModifier.NoModifier, spot)


def open_dialog(window: MainWindow) -> ChannelDialog:
    dialog = window.palette_panel.dialog()
    assert dialog is not None and dialog.isVisible()
    assert dialog.isModal()
    return dialog


def ok(dialog: ChannelDialog) -> None:
    click(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))


def pick_icon(dialog: ChannelDialog, key: str) -> None:
    grid = dialog.icons
    row = next(r for r in range(grid.count()) if grid.item(r).data(ICON_ROLE) == key)
    click(grid.viewport(), grid.visualItemRect(grid.item(row)).center())
    assert grid.key() == key


def context_menu(window: MainWindow, row: int | None) -> QMenu:
    """Right-click the channel in ``row`` (None: below the entries) and return the menu."""
    channels = window.palette_panel.channels
    if row is None:
        spot = QPoint(4, channels.viewport().height() - 2)
    else:
        spot = channels.visualItemRect(channels.item(row)).center()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, spot,
                              channels.viewport().mapToGlobal(spot))
    QApplication.sendEvent(channels.viewport(), event)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    return menu


def choose(menu: QMenu, text: str) -> None:
    action = next(a for a in menu.actions() if a.text() == text)
    click(menu, menu.actionGeometry(action).center())


def lane_names(window: MainWindow) -> set[str]:
    """The channel names the canvas lists in the channels lane."""
    scene = window.tabs.current_scene()
    return {name for cell in scene.grid.channel_cells.values() for _icon, name in cell}


def test_add_channel_button_by_clicks_and_keys_is_one_undo_step(
        qtbot, window: MainWindow) -> None:
    doc, stack = window.session.doc, window.session.stack
    before = doc.channels()
    click(window.palette_panel.add_channel_button)
    dialog = open_dialog(window)
    assert dialog.windowTitle() == "Add channel" and dialog.focusWidget() is dialog.name_edit
    qtbot.keyClicks(dialog.name_edit, "  LinkedIn ")
    pick_icon(dialog, "social")
    QTest.keyClick(dialog.icons, Qt.Key.Key_Return)  # the dialog's default button
    assert window.palette_panel.dialog() is None
    [added] = [c for c in doc.channels() if c not in before]
    assert (doc.title(added), doc.get(added, "icon")) == ("LinkedIn", "social")
    assert stack.count() == 1 and stack.undoText() == "Add channel"
    channels = window.palette_panel.channels
    assert channels.currentItem().text() == "LinkedIn"  # selected where the user looks
    assert channels.currentItem().isSelected()
    activate(qtbot, window)
    qtbot.keyClick(channels, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert doc.channels() == before and "LinkedIn" not in payload_texts(channels)
    qtbot.keyClick(channels, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert doc.title(doc.channels()[-1]) == "LinkedIn"


def activate(qtbot, window: MainWindow) -> None:
    """Ctrl+Z is a window shortcut: it needs the window active again after a dialog."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=10_000)


def payload_texts(section) -> list[str]:
    return [section.item(r).text() for r in range(section.count())]


def test_a_taken_or_empty_name_keeps_the_dialog_open(qtbot, window: MainWindow) -> None:
    stack = window.session.stack
    click(window.palette_panel.add_channel_button)
    dialog = open_dialog(window)
    ok(dialog)
    assert window.palette_panel.dialog() is dialog and dialog.error_label.isVisibleTo(dialog)
    assert dialog.error_label.text() == "A channel needs a name."
    qtbot.keyClicks(dialog.name_edit, "phone")
    assert dialog.error_label.text() == "There is already a channel called “Phone”."
    ok(dialog)
    assert window.palette_panel.dialog() is dialog and stack.count() == 0
    assert dialog.name_edit.text() == "phone"
    qtbot.keyClicks(dialog.name_edit, " 2")
    assert not dialog.error_label.isVisibleTo(dialog)
    ok(dialog)
    assert window.palette_panel.dialog() is None and stack.count() == 1
    assert window.session.doc.title(window.session.doc.channels()[-1]) == "phone 2"


def test_double_click_renames_and_the_canvas_and_inspector_follow(
        qtbot, window: MainWindow) -> None:
    doc, stack = window.session.doc, window.session.stack
    website = channel_named(window, "Website")
    assert "Website" in lane_names(window)
    journey = window.tabs.current_journey()
    card = next(c for c in doc.cards(journey) if website in doc.channels_of(c))
    window.tabs.current_scene().select_ids([card])
    inspector_list = window.inspector.findChild(QListWidget, "field_channels")
    assert "Website" in payload_texts(inspector_list)

    click_row(window.palette_panel.channels, channel_row(window, "Website"), double=True)
    dialog = open_dialog(window)
    assert dialog.windowTitle() == "Edit channel" and dialog.name_edit.text() == "Website"
    assert dialog.name_edit.selectedText() == "Website"  # typing replaces the name
    qtbot.keyClicks(dialog.name_edit, "Webshop")
    QTest.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert window.palette_panel.dialog() is None
    assert doc.title(website) == "Webshop" and stack.undoText() == "Rename channel"
    assert "Webshop" in lane_names(window) and "Website" not in lane_names(window)
    inspector_list = window.inspector.findChild(QListWidget, "field_channels")
    assert "Webshop" in payload_texts(inspector_list)
    assert payload_texts(window.palette_panel.channels)[0] == "Webshop"
    window.window_actions.undo.trigger()
    assert "Website" in lane_names(window) and doc.title(website) == "Website"


def test_context_menu_changes_the_icon_and_the_cards_follow(
        qtbot, window: MainWindow) -> None:
    doc = window.session.doc
    phone = channel_named(window, "Phone")
    journey = window.tabs.current_journey()
    card = next(c for c in doc.cards(journey) if phone in doc.channels_of(c))
    scene = window.tabs.current_scene()
    menu = context_menu(window, channel_row(window, "Phone"))
    assert [a.text() for a in menu.actions() if a.text()] == [
        "Rename…", "Change icon…", "Remove…", "Add channel…"]
    choose(menu, "Change icon…")
    dialog = open_dialog(window)
    assert dialog.focusWidget() is dialog.icons and dialog.icons.key() == "phone"
    pick_icon(dialog, "chat")
    ok(dialog)
    assert doc.get(phone, "icon") == "chat"
    assert window.session.stack.undoText() == "Change channel icon"
    assert "chat" in scene.cards[card].look.channels
    window.window_actions.undo.trigger()
    assert "phone" in scene.cards[card].look.channels


def test_menu_below_the_channels_offers_only_adding(window: MainWindow) -> None:
    menu = context_menu(window, None)
    assert [a.text() for a in menu.actions()] == ["Add channel…"]
    choose(menu, "Add channel…")
    assert open_dialog(window).windowTitle() == "Add channel"


def test_removing_a_used_channel_asks_with_the_count_and_undo_restores_every_use(
        qtbot, window: MainWindow, dialogs) -> None:
    doc, stack = window.session.doc, window.session.stack
    website = channel_named(window, "Website")
    users = ops.channel_users(doc, website)
    assert len(users) >= 2
    dialogs.answer(QMessageBox.StandardButton.Cancel)
    choose(context_menu(window, channel_row(window, "Website")), "Remove…")
    assert website in doc and stack.count() == 0
    [question] = dialogs.texts
    assert question.startswith(f"The channel “Website” is used by {len(users)} touchpoints.")
    dialogs.answer(QMessageBox.StandardButton.Yes)
    choose(context_menu(window, channel_row(window, "Website")), "Remove…")
    assert website not in doc and stack.count() == 1 and stack.undoText() == "Remove channel"
    assert "Website" not in payload_texts(window.palette_panel.channels)
    assert "Website" not in lane_names(window)
    activate(qtbot, window)  # the question box had the focus
    qtbot.keyClick(window.palette_panel.channels, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert website in doc and ops.channel_users(doc, website) == users
    assert "Website" in lane_names(window)


def test_keys_on_a_channel_f2_edits_and_delete_removes_it_not_the_cards(
        qtbot, window: MainWindow, dialogs) -> None:
    doc = window.session.doc
    scene = window.tabs.current_scene()
    card = doc.cards(window.tabs.current_journey())[0]
    scene.select_ids([card])  # Delete must not reach the canvas's selection
    channels = window.palette_panel.channels
    doc.apply(ops.new_channel(doc, "LinkedIn", "social"))  # unused: removed without asking
    click_row(channels, channel_row(window, "LinkedIn"))
    channels.setFocus()
    qtbot.keyClick(channels, Qt.Key.Key_F2)
    dialog = open_dialog(window)
    assert dialog.name_edit.text() == "LinkedIn"
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert window.palette_panel.dialog() is None
    linkedin = channel_named(window, "LinkedIn")
    click_row(channels, channel_row(window, "LinkedIn"))
    qtbot.keyClick(channels, Qt.Key.Key_Delete)
    assert linkedin not in doc and card in doc and dialogs.texts == []
    assert window.session.stack.undoText() == "Remove channel"


def test_the_persona_new_emotion_points_join_is_marked(window: MainWindow) -> None:
    """Left from review s6: the legend and the status bar said whose curve new emotion
    points join, the palette's persona list did not."""
    doc = window.session.doc
    journey = window.tabs.current_journey()
    change = ops.add_persona(doc, "Noor")
    window.session.push(change)
    noor = ops.created_id(change)
    window.session.push(ops.attach_persona(doc, journey, noor))
    personas = window.palette_panel.personas
    scene = window.tabs.current_scene()

    def marked() -> list[str]:
        return [payload_of(personas, r) for r in range(personas.count())
                if personas.item(r).font().bold()]

    first = scene.emotion_persona()
    assert first is not None and marked() == [f"persona:{first}"]
    row = [payload_of(personas, r) for r in range(personas.count())].index(f"persona:{first}")
    assert personas.item(row).text() == f"▸ {doc.title(first)}"
    scene.set_emotion_persona(noor)
    assert marked() == [f"persona:{noor}"]
    noor_row = [payload_of(personas, r) for r in range(personas.count())].index(
        f"persona:{noor}")
    assert personas.item(noor_row).text() == "▸ Noor"
    assert personas.item(row).text() == doc.title(first)
    assert personas.mimeData([personas.item(noor_row)]).text() == "Noor"
