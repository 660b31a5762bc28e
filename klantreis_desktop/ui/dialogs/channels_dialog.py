"""Adding, editing and removing the document's channels (from the palette).

The dialog asks for a name and one of the shipped channel icons; OK pushes one command
(``new_channel`` or ``edit_channel``). A refused name (empty, too long, already taken)
keeps the dialog open with the model's own translated reason, so nothing typed is lost.
Removing a channel that touchpoints use asks first and says how many use it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from klantreis_desktop.model import kinds as k
from klantreis_desktop.model import operations as ops
from klantreis_desktop.model.changes import ChangeSet
from klantreis_desktop.model.model_error import ModelError
from klantreis_desktop.ui.dialogs.confirm import confirm
from klantreis_desktop.ui.icons import channel_icon
from klantreis_desktop.ui.labels import choice_label, field_label
from klantreis_desktop.ui.session import DocumentSession

ICON_ROLE = Qt.ItemDataRole.UserRole


class IconGrid(QListWidget):
    """The shipped channel icons as a grid of pictures with their translated names."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("channel_icons")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setWrapping(True)
        self.setWordWrap(True)
        self.setIconSize(QSize(32, 32))
        # Room for two lines under each icon: long Dutch names wrap instead of being cut.
        self.setGridSize(QSize(112, 76))
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(False)
        for key in k.CHANNEL_ICONS:
            item = QListWidgetItem(channel_icon(key), choice_label("icon", key))
            item.setData(ICON_ROLE, key)
            item.setToolTip(choice_label("icon", key))
            self.addItem(item)
        # All thirteen fit without scrolling (five a row, three rows) at 1280×800.
        frame = 2 * self.frameWidth()
        self.setMinimumSize(5 * 112 + frame + 24, 3 * 76 + frame + 8)

    def key(self) -> str:
        item = self.currentItem()
        return str(item.data(ICON_ROLE)) if item is not None else "other"

    def set_key(self, key: str) -> None:
        for row in range(self.count()):
            if self.item(row).data(ICON_ROLE) == key:
                self.setCurrentRow(row)
                self.scrollToItem(self.item(row))
                return
        self.set_key("other")


class ChannelDialog(QDialog):
    """Name and icon of a new channel (``channel`` None) or of an existing one."""

    #: The channel added or edited, after its command was pushed.
    saved = Signal(str)

    def __init__(self, session: DocumentSession, channel: str | None = None,
                 focus: str = "name", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("channel_dialog")
        self.session = session
        self.channel = channel
        doc = session.doc
        self.setWindowTitle(self.tr("Add channel") if channel is None
                            else self.tr("Edit channel"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.addLayout(form)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("channel_name")
        self.name_edit.setMaxLength(ops.CHANNEL_NAME_MAX)
        self.name_edit.setPlaceholderText(self.tr("For example: LinkedIn"))
        form.addRow(field_label("name"), self.name_edit)
        self.icons = IconGrid(self)
        form.addRow(field_label("icon"), self.icons)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("channel_error")
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if channel is not None:
            self.name_edit.setText(doc.title(channel))
            self.icons.set_key(str(doc.get(channel, "icon")))
        else:
            self.icons.set_key("other")
        self.name_edit.textEdited.connect(self._check_name)
        self.icons.itemDoubleClicked.connect(lambda _item: self.accept())
        self.name_edit.selectAll()
        (self.icons if focus == "icon" else self.name_edit).setFocus()

    def _check_name(self) -> None:
        """Say at once what is wrong with the typed name (OK checks again)."""
        try:
            ops.checked_channel_name(self.session.doc, self.name_edit.text(), self.channel)
        except ModelError as error:
            self._show_error(str(error))
        else:
            self.error_label.hide()

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def build_change(self) -> ChangeSet:
        doc, name, icon = self.session.doc, self.name_edit.text(), self.icons.key()
        if self.channel is None:
            return ops.new_channel(doc, name, icon)
        return ops.edit_channel(doc, self.channel, name=name, icon=icon)

    def accept(self) -> None:
        """Push the change; a refused name keeps the dialog open with the reason."""
        try:
            change = self.build_change()
        except ModelError as error:
            self._show_error(str(error))
            self.name_edit.setFocus()
            return
        self.session.push(change)
        channel = self.channel if self.channel is not None else (
            ops.created_id(change) if change else None)
        super().accept()
        if channel is not None:
            self.saved.emit(channel)


def open_channel_dialog(parent: QWidget, session: DocumentSession,
                        channel: str | None = None, focus: str = "name") -> ChannelDialog:
    """Show the dialog window-modal without a nested event loop; it deletes itself."""
    dialog = ChannelDialog(session, channel, focus, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def remove_channel_asking(parent: QWidget, session: DocumentSession, channel: str) -> bool:
    """Remove ``channel`` as one undo step, asking first when touchpoints use it."""
    doc = session.doc
    if channel not in doc:
        return False
    users = len(ops.channel_users(doc, channel))
    if users:
        # Two messages rather than a %n plural: lupdate does not see the count argument
        # of QCoreApplication.translate() in Python code.
        text = QCoreApplication.translate(
            "ChannelDialog", "The channel “%1” is used by one touchpoint. Remove it from "
            "there and delete the channel? (Undo brings it back.)") if users == 1 else \
            QCoreApplication.translate(
                "ChannelDialog", "The channel “%1” is used by %2 touchpoints. Remove it from "
                "them and delete the channel? (Undo brings it back.)").replace("%2", str(users))
        title = QCoreApplication.translate("ChannelDialog", "Remove channel")
        if not confirm(parent, title, text.replace("%1", doc.title(channel))):
            return False
    return session.push(ops.remove_channel(doc, channel))
