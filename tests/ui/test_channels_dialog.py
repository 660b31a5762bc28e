"""The channel dialog on its own: shipped icons with labels, names checked as typed, a
refused name keeps the dialog (and the typing) open, OK is one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from klantreis_desktop import templates
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model import operations as ops
from klantreis_desktop.shipped_files import resources_dir
from klantreis_desktop.ui.dialogs.channels_dialog import ICON_ROLE, ChannelDialog
from klantreis_desktop.ui.labels import choice_label
from klantreis_desktop.ui.session import DocumentSession


@pytest.fixture
def session(qtbot) -> DocumentSession:
    made = DocumentSession(templates.build_sample("schoonmaak", "en"))
    yield made
    made.close()


def make_dialog(qtbot, session: DocumentSession, channel: str | None = None,
                focus: str = "name") -> ChannelDialog:
    dialog = ChannelDialog(session, channel, focus)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def ok(dialog: ChannelDialog) -> None:
    QTest.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def named(session: DocumentSession, name: str) -> str:
    doc = session.doc
    return next(c for c in doc.channels() if doc.title(c) == name)


def test_every_shipped_icon_is_offered_with_a_translated_label(qtbot, session) -> None:
    dialog = make_dialog(qtbot, session)
    grid = dialog.icons
    keys = [grid.item(row).data(ICON_ROLE) for row in range(grid.count())]
    assert keys == list(k.CHANNEL_ICONS)
    shipped = {p.stem.removeprefix("channel-") for p in (resources_dir() / "icons").glob(
        "channel-*.svg")}
    assert set(keys) == shipped
    assert all(not grid.item(row).icon().isNull() for row in range(grid.count()))
    labels = {grid.item(row).data(ICON_ROLE): grid.item(row).text()
              for row in range(grid.count())}
    assert labels == {key: choice_label("icon", key) for key in k.CHANNEL_ICONS}
    assert labels["face_to_face"] == "Face to face"
    assert dialog.icons.key() == "other"  # a new channel starts as "other"
    # All of them in view at once, none cut short (long Dutch names wrap).
    assert not grid.verticalScrollBar().isVisible()
    assert grid.textElideMode() == Qt.TextElideMode.ElideNone and grid.wordWrap()
    for row in range(grid.count()):
        assert grid.viewport().rect().contains(grid.visualItemRect(grid.item(row)))
    assert dialog.name_edit.maxLength() == ops.CHANNEL_NAME_MAX
    assert dialog.name_edit.hasFocus() or dialog.focusWidget() is dialog.name_edit


def test_empty_and_duplicate_names_are_refused_with_a_reason(qtbot, session) -> None:
    dialog = make_dialog(qtbot, session)
    ok(dialog)
    assert dialog.isVisible() and session.stack.count() == 0
    assert dialog.error_label.isVisibleTo(dialog)
    assert dialog.error_label.text() == "A channel needs a name."
    qtbot.keyClicks(dialog.name_edit, "  WEBSITE ")
    assert dialog.error_label.text() == "There is already a channel called “Website”."
    ok(dialog)
    assert dialog.isVisible() and session.stack.count() == 0
    assert dialog.name_edit.text() == "  WEBSITE "  # nothing typed is lost
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, "LinkedIn")
    assert not dialog.error_label.isVisibleTo(dialog)
    ok(dialog)
    assert not dialog.isVisible()
    assert session.stack.count() == 1 and session.stack.undoText() == "Add channel"
    assert session.doc.title(session.doc.channels()[-1]) == "LinkedIn"


def test_editing_shows_the_channel_and_cancel_changes_nothing(qtbot, session) -> None:
    phone = named(session, "Phone")
    dialog = make_dialog(qtbot, session, phone, focus="icon")
    assert dialog.windowTitle() == "Edit channel"
    assert dialog.name_edit.text() == "Phone" and dialog.icons.key() == "phone"
    assert dialog.focusWidget() is dialog.icons
    QTest.keyClick(dialog.icons, Qt.Key.Key_Right)
    assert dialog.icons.key() == k.CHANNEL_ICONS[k.CHANNEL_ICONS.index("phone") + 1]
    QTest.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel),
                     Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert session.stack.count() == 0 and session.doc.get(phone, "icon") == "phone"


def test_renaming_to_its_own_name_in_other_case_is_fine(qtbot, session) -> None:
    phone = named(session, "Phone")
    dialog = make_dialog(qtbot, session, phone)
    saved: list[str] = []
    dialog.saved.connect(saved.append)
    dialog.name_edit.selectAll()
    qtbot.keyClicks(dialog.name_edit, "PHONE")
    assert not dialog.error_label.isVisibleTo(dialog)
    QTest.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible() and saved == [phone]
    assert session.doc.title(phone) == "PHONE"
    assert session.stack.undoText() == "Rename channel"


def test_double_clicking_an_icon_chooses_it(qtbot, session) -> None:
    phone = named(session, "Phone")
    dialog = make_dialog(qtbot, session, phone)
    grid = dialog.icons
    chat = grid.item(list(k.CHANNEL_ICONS).index("chat"))
    spot = grid.visualItemRect(chat).center()
    QTest.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    QTest.mouseDClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert not dialog.isVisible()
    assert session.doc.get(phone, "icon") == "chat"
    assert session.stack.count() == 1 and session.stack.undoText() == "Change channel icon"
    session.stack.undo()
    assert session.doc.get(phone, "icon") == "phone"
