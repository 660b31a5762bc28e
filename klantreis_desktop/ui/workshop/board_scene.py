"""The brainstorm wall as a scene: sticky notes per dimension and labelled clusters.

Positions are computed, not stored: unclustered notes stand in one column per dimension
on the left, clusters stand as columns on the right, and a last "new cluster" column takes
drops. Dragging a note into a column is one model change (into / out of a cluster).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QTextLayout, QUndoStack
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from klantreis_desktop.model import kinds as k
from klantreis_desktop.model import workshop as ws
from klantreis_desktop.model.changes import ChangeSet
from klantreis_desktop.model.document import Document
from klantreis_desktop.model.model_error import ModelError
from klantreis_desktop.ui import commands
from klantreis_desktop.ui.canvas import look
from klantreis_desktop.ui.lifetime import alive

NOTE_W, NOTE_H = 260.0, 120.0
GAP = 16.0
HEADER_H = 64.0
COLUMN_W = NOTE_W + 2 * GAP
NOTE_FONT = 20.0
HEADER_FONT = 22.0
NOTE_FILL = "#fff4a3"
NOTE_TEXT = "#000000"
DIMENSION_FILL = "#0b2545"
CLUSTER_FILL = "#1b4332"
NEW_FILL = "#3a3a3a"
HEADER_TEXT = "#ffffff"
WALL = "#f2f2f2"
SELECTED = "#1565c0"
NEW_CLUSTER = "__new__"


@dataclass(frozen=True)
class Column:
    """One column of the wall: a dimension (``cluster`` None) or a cluster."""

    key: str  # cluster id, dimension text, or NEW_CLUSTER
    title: str
    cluster: str | None
    rect: QRectF


#: Where a note's text goes inside the note.
NOTE_TEXT_BOX = QRectF(0.0, 0.0, NOTE_W, NOTE_H).adjusted(12, 10, -12, -10)
#: A note this short always fits its four lines (a line holds about 20 characters).
SURELY_FITS = 40


class NoteItem(QGraphicsItem):
    """A sticky note; ``element_id`` is the note's id. A text longer than the note
    shows what fits ending in "…", and all of it in the tooltip (a phone's 280
    characters are about twice what a note holds)."""

    def __init__(self, element_id: str, text: str) -> None:
        super().__init__()
        self.element_id = element_id
        self.text = text
        #: The cut text's lines, kept for painting; None (laid out when painted, as
        #: before) for the many notes that fit: a wall of thousands keeps no layouts.
        self.layout: QTextLayout | None = None
        self.cut = False
        if len(text) > SURELY_FITS:
            qfont, box = look.font(NOTE_FONT), NOTE_TEXT_BOX
            _whole, height = look.text_layout(text, qfont, box.width())
            if height > box.height() + 0.5:
                self.cut = True
                self.layout = look.text_layout_within(text, qfont, box.width(),
                                                      box.height())[0]
                # As rich text, so the tooltip wraps (a plain one is a single line across
                # the screen); escaped, so the note stays text.
                self.setToolTip(f"<p>{html.escape(text)}</p>")
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, True)
        self.setZValue(10.0)

    def boundingRect(self) -> QRectF:
        return QRectF(-2.0, -2.0, NOTE_W + 6.0, NOTE_H + 6.0)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        box = QRectF(0.0, 0.0, NOTE_W, NOTE_H)
        painter.fillRect(box.translated(3.0, 3.0), QColor(0, 0, 0, 40))
        painter.fillRect(box, look.colour(NOTE_FILL))
        if self.isSelected():
            painter.setPen(QPen(look.colour(SELECTED), 4.0))
            painter.drawRect(box.adjusted(2, 2, -2, -2))
        look.draw_text(painter, self.text, look.font(NOTE_FONT), NOTE_TEXT_BOX,
                       look.colour(NOTE_TEXT), self.layout)


class HeaderItem(QGraphicsItem):
    """A column's title bar; a cluster's header is selectable (the whole cluster)."""

    def __init__(self, column: Column) -> None:
        super().__init__()
        self.column = column
        self.element_id = column.cluster or ""
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, column.cluster is not None)
        self.setPos(column.rect.topLeft())

    def boundingRect(self) -> QRectF:
        return QRectF(0.0, 0.0, self.column.rect.width(), HEADER_H)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        column = self.column
        fill = (NEW_FILL if column.key == NEW_CLUSTER else
                CLUSTER_FILL if column.cluster else DIMENSION_FILL)
        box = self.boundingRect()
        painter.fillRect(box, look.colour(fill))
        if self.isSelected():
            painter.setPen(QPen(look.colour("#ffd400"), 5.0))
            painter.drawRect(box.adjusted(2.5, 2.5, -2.5, -2.5))
        area = box.adjusted(12, 8, -12, -6)
        look.draw_text(painter, column.title, _fitting_font(column.title, area),
                       area, look.colour(HEADER_TEXT))


def _fitting_font(text: str, area: QRectF) -> QFont:
    """The header font, a size smaller at a time (down to 14 px) until ``text`` fits:
    a long Dutch title ("+ Hier neerzetten voor een nieuw cluster") needs three lines."""
    size = HEADER_FONT
    while True:
        qfont = look.font(size, bold=True)
        if size <= 14.0 or look.text_layout(text, qfont, area.width())[1] <= area.height():
            return qfont
        size -= 2.0


class BoardScene(QGraphicsScene):
    """Shows the document's brainstorm notes and clusters; edits go through ``stack``."""

    status_message = Signal(str)

    def __init__(self, doc: Document, stack: QUndoStack,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.stack = doc, stack
        self.columns: list[Column] = []
        self.notes: dict[str, NoteItem] = {}
        self.headers: list[HeaderItem] = []
        #: Notes per column as laid out (appends keep it up to date): an append never
        #: reads every note's position (a wall of thousands, dozens of notes a second).
        self.column_counts: dict[str, int] = {}
        self.setBackgroundBrush(look.colour(WALL))
        self._listener: Callable[[ChangeSet], None] = self._on_change
        doc.subscribe(self._listener)
        self.relayout()

    def detach(self) -> None:
        self.doc.unsubscribe(self._listener)

    def _on_change(self, change: ChangeSet) -> None:
        if not alive(self):  # deleted with its board without detach()
            self.doc.unsubscribe(self._listener)
            return
        touched = change.touched_nodes()
        if self._append_new_notes(change, touched):
            return
        for node in touched:
            if node not in self.doc or self.doc.kind(node) in (k.BRAINSTORM_NOTE, k.CLUSTER):
                self.relayout()
                return

    def _append_new_notes(self, change: ChangeSet, touched: set[str]) -> bool:
        """New loose notes of dimensions already on the wall go at the bottom of their
        column without laying the wall out again (room mode adds dozens a second to a
        wall of thousands); False when the change needs a full layout."""
        from klantreis_desktop.model.changes import AddNode

        added = [a for a in change.atoms if isinstance(a, AddNode)]
        if not added or len(added) != len(change.atoms) or len(touched) != len(added):
            return False
        columns = {c.key: c for c in self.columns if c.cluster is None and c.key != NEW_CLUSTER}
        counts = self.column_counts
        placed: list[tuple[str, Column]] = []
        for atom in added:
            dimension = str(atom.attrs.get("dimension", ""))
            if (atom.attrs.get("kind") != k.BRAINSTORM_NOTE or atom.node in self.notes
                    or dimension not in columns):
                return False
            placed.append((atom.node, columns[dimension]))
        for node, column in placed:
            row = counts.get(column.key, 0)
            counts[column.key] = row + 1
            item = NoteItem(node, str(self.doc.get(node, "text")))
            item.setPos(column.rect.x() + GAP, HEADER_H + GAP + row * (NOTE_H + GAP))
            self.addItem(item)
            self.notes[node] = item
        height = HEADER_H + GAP + max(max(counts.values(), default=1), 1) * (NOTE_H + GAP)
        if height > self.columns[0].rect.height():
            self.columns = [Column(c.key, c.title, c.cluster,
                                   QRectF(c.rect.x(), 0.0, c.rect.width(), height))
                            for c in self.columns]
            rect = self.sceneRect()
            self.setSceneRect(QRectF(rect.x(), rect.y(), rect.width(), height + 2 * GAP))
            self.invalidate(self.sceneRect(), QGraphicsScene.SceneLayer.BackgroundLayer)
        return True

    def push(self, make: Callable[[], ChangeSet]) -> ChangeSet | None:
        """Build and push one change; a refusal becomes a status message."""
        try:
            change = make()
        except ModelError as error:
            self.status_message.emit(str(error))
            return None
        return change if commands.push(self.stack, self.doc, change) else None

    # Layout -----------------------------------------------------------------------------

    def dimensions(self) -> list[str]:
        """Dimensions in the order their first note was written."""
        return list(dict.fromkeys(str(self.doc.get(n, "dimension")) for n in ws.notes(self.doc)))

    def relayout(self) -> None:
        selected = {getattr(i, "element_id", "") for i in self.selectedItems()}
        old_area = self.sceneRect()
        for item in list(self.notes.values()) + self.headers:
            self.removeItem(item)
        self.notes.clear()
        self.headers.clear()
        self.column_counts = {}
        doc = self.doc
        loose = [n for n in ws.notes(doc) if ws.cluster_of(doc, n) is None]
        groups: list[tuple[str, str, str | None, list[str]]] = []
        for dimension in self.dimensions():
            members = [n for n in loose if doc.get(n, "dimension") == dimension]
            if members:
                title = dimension or QCoreApplication.translate("Workshop", "(no dimension)")
                groups.append((dimension, title, None, members))
        for cluster in ws.clusters(doc):
            label = str(doc.get(cluster, "label")) or QCoreApplication.translate(
                "Workshop", "(unlabelled cluster)")
            groups.append((cluster, label, cluster, ws.cluster_notes(doc, cluster)))
        groups.append((NEW_CLUSTER, QCoreApplication.translate(
            "Workshop", "+ Drop here for a new cluster"), None, []))
        tallest = max((len(g[3]) for g in groups), default=0)
        height = HEADER_H + GAP + max(tallest, 1) * (NOTE_H + GAP)
        self.columns = []
        for index, (key, title, column_cluster, members) in enumerate(groups):
            x = index * (COLUMN_W + GAP)
            column = Column(key, title, column_cluster, QRectF(x, 0.0, COLUMN_W, height))
            self.columns.append(column)
            self.column_counts[key] = len(members)
            header = HeaderItem(column)
            self.addItem(header)
            self.headers.append(header)
            if column_cluster in selected:
                header.setSelected(True)
            for row, note in enumerate(members):
                item = NoteItem(note, str(doc.get(note, "text")))
                item.setPos(x + GAP, HEADER_H + GAP + row * (NOTE_H + GAP))
                self.addItem(item)
                self.notes[note] = item
                if note in selected:
                    item.setSelected(True)
        width = len(self.columns) * (COLUMN_W + GAP)
        self.setSceneRect(QRectF(-GAP, -GAP, width + GAP, height + 2 * GAP))
        # The columns are drawn in the background: repaint it where they are and where
        # they were, or columns that got shorter or fewer leave empty boxes painted
        # below and beside them (the view repaints only the region it is told).
        self.invalidate(old_area.united(self.sceneRect()),
                        QGraphicsScene.SceneLayer.BackgroundLayer)

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        super().drawBackground(painter, rect)
        for column in self.columns:
            fill = "#ffffff" if column.cluster or column.key == NEW_CLUSTER else "#e6e9ee"
            painter.fillRect(column.rect, look.colour(fill))

    def column_at(self, pos: QPointF) -> Column | None:
        for column in self.columns:
            if column.rect.left() <= pos.x() <= column.rect.right():
                return column
        return None

    # Reading the selection ---------------------------------------------------------------

    def selected_notes(self) -> list[str]:
        """Selected notes and every note of a selected cluster, in wall order."""
        ids: list[str] = []
        for item in self.selectedItems():
            if isinstance(item, NoteItem):
                ids.append(item.element_id)
            elif isinstance(item, HeaderItem) and item.column.cluster:
                ids += ws.cluster_notes(self.doc, item.column.cluster)
        order = {n: i for i, n in enumerate(ws.notes(self.doc))}
        return sorted(dict.fromkeys(ids), key=lambda n: order.get(n, 0))

    def select_all_notes(self) -> None:
        """Ctrl+A on the wall: every note, ready for "Make cards"."""
        for item in self.notes.values():
            item.setSelected(True)

    def selected_clusters(self) -> list[str]:
        return [i.column.cluster for i in self.selectedItems()
                if isinstance(i, HeaderItem) and i.column.cluster]

    # Gestures -------------------------------------------------------------------------------

    def drop_note(self, note: str, pos: QPointF) -> None:
        """A note let go at ``pos``: into that cluster, out of clusters, or a new cluster."""
        column = self.column_at(pos)
        doc = self.doc
        if column is None:
            self.relayout()
            return
        if column.key == NEW_CLUSTER:
            label = QCoreApplication.translate("Workshop", "Cluster {number}").format(
                number=len(ws.clusters(doc)) + 1)
            made = self.push(lambda: ws.add_cluster(doc, label, [note]))
        elif column.cluster is not None:
            made = self.push(lambda: ws.put_in_cluster(doc, note, column.cluster))
        else:
            made = self.push(lambda: ws.put_in_cluster(doc, note, None))
        if made is None:
            self.relayout()  # nothing changed: put the note back in its place

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        grabbed = self.mouseGrabberItem()
        super().mouseReleaseEvent(event)
        if isinstance(grabbed, NoteItem) and event.button() == Qt.MouseButton.LeftButton:
            start = event.buttonDownScenePos(Qt.MouseButton.LeftButton)
            if (event.scenePos() - start).manhattanLength() > 4:
                self.drop_note(grabbed.element_id, event.scenePos())

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        item = self.itemAt(event.scenePos(), self.views()[0].transform()) if self.views() else None
        if isinstance(item, NoteItem):
            from PySide6.QtWidgets import QInputDialog

            text, ok = QInputDialog.getMultiLineText(
                None, QCoreApplication.translate("Workshop", "Edit the note"),
                QCoreApplication.translate("Workshop", "Note:"), item.text)
            if ok:
                self.retype_note(item.element_id, text)
            return
        if isinstance(item, HeaderItem) and item.column.cluster:
            from PySide6.QtWidgets import QInputDialog

            label, ok = QInputDialog.getText(
                None, QCoreApplication.translate("Workshop", "Label the cluster"),
                QCoreApplication.translate("Workshop", "Label:"),
                text=str(self.doc.get(item.column.cluster, "label")))
            if ok:
                self.rename_cluster(item.column.cluster, label)
            return
        super().mouseDoubleClickEvent(event)

    def retype_note(self, note: str, text: str) -> None:
        """Give a note new text (one undo step; empty text is refused with a message)."""
        self.push(lambda: ws.retype_note(self.doc, note, text))

    def rename_cluster(self, cluster: str, label: str) -> None:
        from klantreis_desktop.model import operations as ops

        self.push(lambda: ops.update(self.doc, cluster, label=label.strip()))
