"""A tree list for narrow docks: as tall as its rows, long entries wrapped, ids per entry.

The analysis dock stacks several of these in one scroll area, so each list takes the
height of all its rows (no scroll bar of its own) and wraps long card titles instead of
cutting them off; the full text is also the entry's tool tip.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

#: Item data role that holds the element ids an entry is about.
IDS = Qt.ItemDataRole.UserRole


class WrapDelegate(QStyledItemDelegate):
    """Row heights for wrapped text: QTreeView asks its delegate for a row's size without
    the column's width, so long entries would be cut off instead of wrapped."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = self._tree.viewport().width() - depth * self._tree.indentation()
        wrapped = QStyleOptionViewItem(option)
        wrapped.rect = QRect(0, 0, max(40, width), 1)
        return super().sizeHint(wrapped, index)


class FitTree(QTreeWidget):
    """A list without its own scroll bar: as tall as its rows, so the panel scrolls as one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(12)
        self.setUniformRowHeights(False)
        self.setWordWrap(True)  # long titles wrap onto more lines (the dock is narrow)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setItemDelegate(WrapDelegate(self))
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    def add(self, text: str, ids: Sequence[str] = (), parent: QTreeWidgetItem | None = None,
            bold: bool = False, colour: QColor | None = None, tip: str = "") -> QTreeWidgetItem:
        item = QTreeWidgetItem([text])
        item.setData(0, IDS, [i for i in ids if i])
        item.setToolTip(0, tip or text)
        if bold:
            font = QFont(item.font(0))
            font.setBold(True)
            item.setFont(0, font)
        if colour is not None:
            item.setForeground(0, QBrush(colour))
        if parent is None:
            self.addTopLevelItem(item)
        else:
            parent.addChild(item)
        return item

    def fit(self) -> None:
        """Expand everything and take the height of all rows (wrapped at the current width)."""
        self.expandAll()
        self.header().setStretchLastSection(True)
        self.doItemsLayout()
        items = self.all_items()
        height = sum(max(self.visualItemRect(item).height(), 1) for item in items)
        self.setVisible(bool(items))  # no empty strip where a list has nothing to say
        self.setFixedHeight(max(1, height) + 2 * self.frameWidth() + 2)

    def all_items(self) -> list[QTreeWidgetItem]:
        """Every item, depth first in display order."""
        found: list[QTreeWidgetItem] = []

        def walk(items: list[QTreeWidgetItem | None]) -> None:
            for item in items:
                if item is not None:
                    found.append(item)
                    walk([item.child(i) for i in range(item.childCount())])

        walk([self.topLevelItem(i) for i in range(self.topLevelItemCount())])
        return found

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            QTimer.singleShot(0, self.fit)

    def sizeHint(self) -> QSize:
        return QSize(200, self.height())
