"""The left-hand palette: element kinds, the document's channels and personas to drag.

A drag carries :data:`~klantreis_desktop.ui.canvas.PALETTE_MIME` with a short UTF-8
payload ("touchpoint", "channel:<id>", "persona:<id>", …) that the canvas turns into the
right operation where it is dropped. Dragging never changes the model; the channels
section also manages the document's channels (add, rename, icon, remove) through
:mod:`~klantreis_desktop.ui.dialogs.channels_dialog`, each edit one undo step.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QByteArray, QEvent, QMimeData, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QColor, QContextMenuEvent, QDrag, QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from klantreis_desktop.model import kinds as k
from klantreis_desktop.model.changes import ChangeSet
from klantreis_desktop.ui.canvas import PALETTE_MIME
from klantreis_desktop.ui.dialogs.channels_dialog import (
    ChannelDialog,
    open_channel_dialog,
    remove_channel_asking,
)
from klantreis_desktop.ui.icons import channel_icon, kind_icon
from klantreis_desktop.ui.labels import choice_label, kind_label
from klantreis_desktop.ui.session import DocumentSession

#: The element kinds offered, in palette order.
ELEMENT_PAYLOADS: tuple[str, ...] = (
    "touchpoint", "pain", "opportunity", "note", "goal", "emotion", "phase", "lane",
)
PAYLOAD_ROLE = Qt.ItemDataRole.UserRole
#: A persona's name as listed, without the "▸" of the persona new emotion points join.
NAME_ROLE = Qt.ItemDataRole.UserRole + 1


def colour_dot(colour: str, size: int = 20) -> QIcon:
    """A round swatch in a persona's colour, the icon of a persona without a photo."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour if QColor.isValidColorName(colour) else "#888888"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(2, 2, size - 4, size - 4)
    painter.end()
    return QIcon(pixmap)


class PaletteList(QListWidget):
    """A list whose items drag out as palette payloads (copy only, never moved)."""

    #: The payload a starting drag carries (decoded from its mime data).
    drag_started = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setIconSize(QSize(20, 20))
        self.setUniformItemSizes(True)
        self.setSpacing(1)

    def mimeTypes(self) -> list[str]:
        return [PALETTE_MIME]

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:
        """The drag payload of the first item: what the canvas reads on drop."""
        data = QMimeData()
        if items:
            payload = str(items[0].data(PAYLOAD_ROLE))
            data.setData(PALETTE_MIME, QByteArray(payload.encode("utf-8")))
            data.setText(str(items[0].data(NAME_ROLE) or items[0].text()))
        return data

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def startDrag(self, _supported: Qt.DropAction) -> None:
        """Drag the current entry with a picture of it under the pointer."""
        item = self.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsDragEnabled:
            return
        drag = QDrag(self)
        drag.setMimeData(self.mimeData([item]))
        drag.setPixmap(self._drag_picture(item))
        self.drag_started.emit(bytes(drag.mimeData().data(PALETTE_MIME).data()).decode())
        drag.exec(Qt.DropAction.CopyAction, Qt.DropAction.CopyAction)

    def _drag_picture(self, item: QListWidgetItem) -> QPixmap:
        size = self.iconSize()
        text_width = self.fontMetrics().horizontalAdvance(item.text())
        pixmap = QPixmap(size.width() + text_width + 16, size.height() + 8)
        pixmap.fill(QColor(255, 255, 255, 220))
        painter = QPainter(pixmap)
        item.icon().paint(painter, 4, 4, size.width(), size.height())
        painter.setPen(QColor("#1d2733"))
        painter.drawText(size.width() + 10, 4, text_width + 4, size.height(),
                         int(Qt.AlignmentFlag.AlignVCenter), item.text())
        painter.end()
        return pixmap

    def fit_height(self) -> None:
        """Show every row without an inner scroll bar (the dock scrolls instead)."""
        rows = sum(self.sizeHintForRow(i) + 2 * self.spacing() for i in range(self.count()))
        self.setFixedHeight(rows + 2 * self.frameWidth() + 4)


class ChannelList(PaletteList):
    """The channels section: besides dragging, its entries are edited in place.

    It only reports what the user asked for (the palette opens dialogs): a context menu
    (mouse or the menu key), F2 to edit and Delete to remove the current channel.
    """

    #: The channel under the pointer ("" for none) and where to show the menu.
    menu_requested = Signal(str, QPoint)
    edit_requested = Signal(str)
    remove_requested = Signal(str)

    def channel_at(self, item: QListWidgetItem | None) -> str:
        payload = str(item.data(PAYLOAD_ROLE) or "") if item is not None else ""
        return payload.split(":", 1)[1] if payload.startswith("channel:") else ""

    def current_channel(self) -> str:
        item = self.currentItem()
        return self.channel_at(item) if item is not None and item.isSelected() else ""

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            channel = self.current_channel()
            current = self.currentItem()
            spot = (self.visualItemRect(current).center() if channel and current is not None
                    else QPoint(8, 8))
            self.menu_requested.emit(channel, self.viewport().mapToGlobal(spot))
        else:
            hit = self.itemAt(self.viewport().mapFromGlobal(event.globalPos()))
            self.menu_requested.emit(self.channel_at(hit), event.globalPos())
        event.accept()

    def _editing_key(self, event: QKeyEvent) -> bool:
        return bool(self.current_channel()) and event.key() in (
            Qt.Key.Key_F2, Qt.Key.Key_Delete)

    def event(self, event: QEvent) -> bool:
        # Delete is also the window's "delete the selected cards" shortcut: claim the key
        # while a channel is current here, as text fields do for their keys.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and self._editing_key(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._editing_key(event):
            channel = self.current_channel()
            if event.key() == Qt.Key.Key_F2:
                self.edit_requested.emit(channel)
            else:
                self.remove_requested.emit(channel)
            event.accept()
            return
        super().keyPressEvent(event)


class Palette(QWidget):
    """Three lists: elements, channels, personas; refreshed when the document changes."""

    persona_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("palette")
        self.session: DocumentSession | None = None
        #: Whose curve new emotion points join on the current canvas (the window sets it).
        self.emotion_persona: Callable[[], str | None] = lambda: None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.elements = self._section(layout, self.tr("Elements"), "palette_elements")
        self.channels = ChannelList(self)
        self._section(layout, self.tr("Channels"), "palette_channels", self.channels)
        self.channels.itemDoubleClicked.connect(self._channel_double_clicked)
        self.channels.menu_requested.connect(self._channel_menu)
        self.channels.edit_requested.connect(self.edit_channel)
        self.channels.remove_requested.connect(self.remove_channel)
        self.add_channel_button = QPushButton(self.tr("Add channel…"), self)
        self.add_channel_button.setObjectName("add_channel_button")
        self.add_channel_button.setIcon(kind_icon("channel"))
        self.add_channel_button.setToolTip(self.tr(
            "A new channel for this document (right-click a channel to rename or remove it)"))
        self.add_channel_button.clicked.connect(lambda _checked=False: self.add_channel())
        layout.addWidget(self.add_channel_button)
        self.personas = self._section(layout, self.tr("Personas"), "palette_personas")
        self.personas.itemDoubleClicked.connect(self._persona_double_clicked)
        hint = QLabel(self.tr("Drag onto the map. Double-click a channel or persona to edit "
                              "it."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #5f6b78;")
        layout.addWidget(hint)
        layout.addStretch(1)
        for payload in ELEMENT_PAYLOADS:
            label = kind_label(payload)
            item = QListWidgetItem(kind_icon(payload), label)
            item.setData(PAYLOAD_ROLE, payload)
            item.setToolTip(self.tr("Drag a new “%1” onto the map").replace("%1", label))
            self.elements.addItem(item)
        self.elements.fit_height()
        self._fill()

    def _section(self, layout: QVBoxLayout, title: str, name: str,
                 items: PaletteList | None = None) -> PaletteList:
        heading = QLabel(title, self)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        items = items if items is not None else PaletteList(self)
        items.setObjectName(name)
        layout.addWidget(items)
        return items

    def set_session(self, session: DocumentSession | None) -> None:
        if self.session is not None:
            self.session.model_changed.disconnect(self._on_model_changed)
        self.session = session
        if session is not None:
            session.model_changed.connect(self._on_model_changed)
        self._fill()

    def _on_model_changed(self, change: ChangeSet) -> None:
        doc = self.session.doc if self.session is not None else None
        if doc is None:
            return
        touched = change.touched_nodes()
        wanted = (k.CHANNEL, k.PERSONA)
        if any(n not in doc or doc.kind(n) in wanted for n in touched):
            self._fill()

    def payloads(self, section: PaletteList) -> list[str]:
        return [str(section.item(i).data(PAYLOAD_ROLE)) for i in range(section.count())]

    def _fill(self) -> None:
        doc = self.session.doc if self.session is not None else None
        channels = doc.channels() if doc is not None else []
        personas = doc.personas() if doc is not None else []
        wanted_channels = [(f"channel:{c}", doc.title(c), str(doc.get(c, "icon")))
                           for c in channels] if doc is not None else []
        wanted_personas = [(f"persona:{p}", doc.title(p), str(doc.get(p, "colour")))
                           for p in personas] if doc is not None else []
        self._fill_list(self.channels, [(payload, name, channel_icon(icon_key))
                                        for payload, name, icon_key in wanted_channels],
                        self.tr("No channels in this document."))
        for row, (_payload, _name, icon_key) in enumerate(wanted_channels):
            self.channels.item(row).setToolTip(
                self.tr("%1 — drag onto a touchpoint; double-click to edit, right-click for "
                        "more").replace("%1", choice_label("icon", icon_key)))
        self.add_channel_button.setEnabled(doc is not None)
        self._fill_list(self.personas, [(payload, name, colour_dot(colour))
                                        for payload, name, colour in wanted_personas],
                        self.tr("No personas yet."))
        self.mark_emotion_persona()

    def mark_emotion_persona(self) -> None:
        """The persona whose curve new emotion points join, in bold with a "▸" (as in the
        emotion lane's legend), so a facilitator sees it where the personas are listed."""
        chosen = f"persona:{self.emotion_persona()}"
        for row in range(self.personas.count()):
            item = self.personas.item(row)
            payload = str(item.data(PAYLOAD_ROLE) or "")
            if not payload.startswith("persona:"):
                continue
            name = item.data(NAME_ROLE) or item.text()
            item.setData(NAME_ROLE, name)
            font = item.font()
            font.setBold(payload == chosen)
            item.setFont(font)
            item.setText(f"▸ {name}" if payload == chosen else name)
            item.setToolTip(self.tr("New emotion points join this persona's curve (right-click "
                                    "the emotion lane to choose another)") if payload == chosen
                            else "")

    def _fill_list(self, section: PaletteList, rows: list[tuple[str, str, QIcon]],
                   empty: str) -> None:
        section.clear()
        for payload, name, item_icon in rows:
            item = QListWidgetItem(item_icon, name or "–")
            item.setData(PAYLOAD_ROLE, payload)
            section.addItem(item)
        if not rows:
            item = QListWidgetItem(empty)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            section.addItem(item)
        section.fit_height()

    def _persona_double_clicked(self, item: QListWidgetItem) -> None:
        payload = str(item.data(PAYLOAD_ROLE) or "")
        if payload.startswith("persona:"):
            self.persona_activated.emit(payload.split(":", 1)[1])

    # Managing channels ---------------------------------------------------------------

    def dialog(self) -> ChannelDialog | None:
        """The channel dialog that is open now, if any (it deletes itself on close)."""
        for dialog in self.findChildren(ChannelDialog):
            if dialog.isVisible():
                return dialog
        return None

    def add_channel(self) -> ChannelDialog | None:
        if self.session is None:
            return None
        dialog = open_channel_dialog(self, self.session)
        dialog.saved.connect(self.select_channel)
        return dialog

    def edit_channel(self, channel: str, focus: str = "name") -> ChannelDialog | None:
        if self.session is None or channel not in self.session.doc:
            return None
        dialog = open_channel_dialog(self, self.session, channel, focus)
        dialog.saved.connect(self.select_channel)
        return dialog

    def remove_channel(self, channel: str) -> bool:
        if self.session is None:
            return False
        return remove_channel_asking(self, self.session, channel)

    def select_channel(self, channel: str) -> None:
        """Make ``channel`` the current entry (after adding it, so the user sees it)."""
        for row in range(self.channels.count()):
            if self.channels.item(row).data(PAYLOAD_ROLE) == f"channel:{channel}":
                self.channels.setCurrentRow(row)
                self.channels.scrollToItem(self.channels.item(row))
                return

    def channel_menu(self, channel: str) -> QMenu:
        """Rename, change icon, remove (for a channel) and add: the channels' context menu."""
        menu = QMenu(self)
        menu.setObjectName("channel_menu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if channel and self.session is not None and channel in self.session.doc:
            menu.addAction(self.tr("Rename…"), lambda: self.edit_channel(channel, "name"))
            menu.addAction(self.tr("Change icon…"), lambda: self.edit_channel(channel, "icon"))
            menu.addAction(self.tr("Remove…"), lambda: self.remove_channel(channel))
            menu.addSeparator()
        add = menu.addAction(self.tr("Add channel…"), self.add_channel)
        add.setEnabled(self.session is not None)
        return menu

    def _channel_menu(self, channel: str, where: QPoint) -> None:
        self.channel_menu(channel).popup(where)

    def _channel_double_clicked(self, item: QListWidgetItem) -> None:
        channel = self.channels.channel_at(item)
        if channel:
            self.edit_channel(channel)
