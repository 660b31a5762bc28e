"""Mouse gestures on the canvas, each ending in at most one model command on release.

While a gesture runs only the dragged items move (a preview); the model changes once, on
release, and the next layout puts every item where it belongs. A gesture that is not
finished (Esc, focus loss, an undo in between) just lays the items out again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QPen
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsRectItem,
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneMouseEvent,
)

from klantreis_desktop.layout import (
    Rect,
    attached_flows,
    card_at,
    cell_at,
    drop_index,
    follow_routes,
    score_at,
)
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model import operations as ops
from klantreis_desktop.ui.canvas import edits, look, menus
from klantreis_desktop.ui.canvas.card_item import CardItem
from klantreis_desktop.ui.canvas.edits import bind, compose
from klantreis_desktop.ui.canvas.emotion_items import EmotionPointItem
from klantreis_desktop.ui.canvas.flow_items import RubberLine
from klantreis_desktop.ui.canvas.header_items import (
    AddButtonItem,
    HeaderItem,
    LaneHeaderItem,
    PhaseHeaderItem,
)

if TYPE_CHECKING:
    from klantreis_desktop.layout import JourneyLayout
    from klantreis_desktop.ui.canvas.scene import JourneyScene

#: lupdate finds the literal translate("Canvas", ...) calls.
translate = QCoreApplication.translate

Z_DRAGGED = 60.0


def _marker(scene: JourneyScene) -> QGraphicsRectItem:
    """A thin bar that shows where a dragged card or header will land."""
    bar = QGraphicsRectItem()
    bar.setPen(QPen(Qt.PenStyle.NoPen))
    bar.setBrush(QBrush(look.colour("#43a047")))
    bar.setZValue(80.0)
    bar.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
    scene.addItem(bar)
    return bar


class Gesture:
    """One running drag. ``moved`` turns True once the pointer left the start distance."""

    def __init__(self, scene: JourneyScene, start: QPointF) -> None:
        self.scene = scene
        self.start = start
        self.moved = False
        self.marker: QGraphicsRectItem | None = None

    def move(self, pos: QPointF) -> None:
        if not self.moved:
            distance = (pos - self.start).manhattanLength()
            if distance < QApplication.startDragDistance():
                return
            self.moved = True
            self.begin()
        self.drag(pos)

    def begin(self) -> None:
        """The pointer really started dragging."""

    def drag(self, pos: QPointF) -> None:
        """Preview at ``pos``."""

    def finish(self, pos: QPointF) -> None:
        """Release at ``pos``: push the command."""

    def cleanup(self) -> None:
        if self.marker is not None:
            self.scene.removeItem(self.marker)
            self.marker = None
        self.scene.grid.set_drop_cell(None)

    def show_marker(self, rect: QRectF | None) -> None:
        if rect is None:
            if self.marker is not None:
                self.marker.hide()
            return
        if self.marker is None:
            self.marker = _marker(self.scene)
        self.marker.setRect(rect)
        self.marker.show()


class CardDrag(Gesture):
    """Drag selected cards to another cell or stack position (one move command)."""

    def __init__(self, scene: JourneyScene, start: QPointF, grabbed: str) -> None:
        super().__init__(scene, start)
        self.grabbed = grabbed
        selected = scene.selected_cards()
        self.cards = selected if grabbed in selected else [grabbed]
        self.origins: dict[str, QPointF] = {}
        #: The arrows with an end on a dragged card: they follow it during the drag.
        self.flows: list[tuple[str, str]] = []

    def begin(self) -> None:
        for card in self.cards:
            item = self.scene.cards[card]
            self.origins[card] = item.pos()
            item.setZValue(Z_DRAGGED)
            item.setOpacity(0.95)
        if self.scene.layout is not None:
            self.flows = attached_flows(self.scene.layout, set(self.cards))
            self.scene.flow_layer.float([self.scene.flows[key] for key in self.flows
                                         if key in self.scene.flows])

    def drag(self, pos: QPointF) -> None:
        delta = pos - self.start
        for card, origin in self.origins.items():
            self.scene.cards[card].setPos(origin + delta)
        layout = self.scene.layout
        if self.flows and layout is not None:
            self._follow(layout, delta)
        cell = cell_at(layout, pos.x(), pos.y()) if layout is not None else None
        self.scene.grid.set_drop_cell(cell)
        if layout is None or cell is None:
            self.show_marker(None)
            return
        index = drop_index(layout, cell[0], cell[1], pos.y(), exclude=self.grabbed)
        stack = [c for c in layout.stacks.get(cell, ()) if c != self.grabbed]
        rect = layout.cells[cell]
        opt = self.scene.options
        if index < len(stack):
            y = layout.cards[stack[index]].rect.y - opt.card_gap / 2
        elif stack:
            y = layout.cards[stack[-1]].rect.bottom + opt.card_gap / 2
        else:
            y = rect.y + opt.cell_padding / 2
        self.show_marker(QRectF(rect.x + opt.cell_padding, y - 1.5,
                                rect.w - 2 * opt.cell_padding, 3.0))

    def _follow(self, layout: JourneyLayout, delta: QPointF) -> None:
        """Re-route the arrows of the dragged cards to where the cards are now."""
        moved = {}
        for card in self.origins:
            rect = layout.cards[card].rect
            moved[card] = Rect(rect.x + delta.x(), rect.y + delta.y(), rect.w, rect.h)
        for route in follow_routes(layout, moved, self.flows):
            item = self.scene.flows.get((route.source, route.target))
            if item is not None:
                item.set_route(route, preview=True)

    def finish(self, pos: QPointF) -> None:
        layout = self.scene.layout
        cell = cell_at(layout, pos.x(), pos.y()) if layout is not None else None
        if layout is None or cell is None:
            self.scene.relayout()
            return
        doc = self.scene.doc
        phases = [c.phase for c in layout.columns]
        lanes = [r.lane for r in layout.rows]
        home = (layout.cards[self.grabbed].phase, layout.cards[self.grabbed].lane)
        d_col = phases.index(cell[0]) - phases.index(home[0])
        d_row = lanes.index(cell[1]) - lanes.index(home[1])
        index = drop_index(layout, cell[0], cell[1], pos.y(), exclude=self.grabbed)
        steps = [lambda d: ops.move_card(d, self.grabbed, cell[0], cell[1], index)]
        following = 1
        for card in self.cards:
            if card == self.grabbed:
                continue
            box = layout.cards[card]
            col = min(max(phases.index(box.phase) + d_col, 0), len(phases) - 1)
            row = min(max(lanes.index(box.lane) + d_row, 0), len(lanes) - 1)
            target = (phases[col], lanes[row])
            at = index + following if target == cell else None
            following += target == cell
            steps.append(bind(ops.move_card, card, target[0], target[1], at))
        unchanged = len(self.cards) == 1 and cell == home and (
            index == layout.cards[self.grabbed].index)
        label = translate("Canvas", "Move card")
        if unchanged or self.scene.push(lambda: compose(doc, steps, label)) is None:
            self.scene.relayout()  # put the previewed items back

    def cleanup(self) -> None:
        super().cleanup()
        self.scene.flow_layer.land(self.flows, self.scene.flows)
        for card in self.origins:
            item = self.scene.cards.get(card)
            if item is not None:
                item.setZValue(10.0)
                item.setOpacity(1.0)


class HeaderDrag(Gesture):
    """Drag a phase header sideways or a lane header up/down to reorder (one command)."""

    def __init__(self, scene: JourneyScene, start: QPointF, item: HeaderItem) -> None:
        super().__init__(scene, start)
        self.item = item
        self.origin = item.pos()
        self.is_phase = isinstance(item, PhaseHeaderItem)

    def begin(self) -> None:
        self.item.setZValue(Z_DRAGGED)
        self.item.setOpacity(0.85)

    def _target(self, pos: QPointF) -> tuple[int, float]:
        """How many other headers lie before the pointer, and where that gap is."""
        layout = self.scene.layout
        assert layout is not None
        node = self.item.element_id
        if self.is_phase:
            bands = [(c.header.x, c.header.right) for c in layout.columns if c.phase != node]
            value = pos.x()
        else:
            bands = [(r.header.y, r.header.bottom) for r in layout.rows if r.lane != node]
            value = pos.y()
        before = sum(1 for a, b in bands if (a + b) / 2 < value)
        if not bands:
            return 0, value
        edge = bands[before - 1][1] if before > 0 else bands[0][0]
        return before, edge

    def drag(self, pos: QPointF) -> None:
        delta = pos - self.start
        layout = self.scene.layout
        if layout is None:
            return
        if self.is_phase:
            self.item.setPos(self.origin.x() + delta.x(), self.origin.y())
            _count, x = self._target(pos)
            self.show_marker(QRectF(x - 2.0, 0.0, 4.0, layout.height))
        else:
            self.item.setPos(self.origin.x(), self.origin.y() + delta.y())
            _count, y = self._target(pos)
            self.show_marker(QRectF(0.0, y - 2.0, layout.width, 4.0))

    def finish(self, pos: QPointF) -> None:
        doc, node = self.scene.doc, self.item.element_id
        before, _edge = self._target(pos)
        if self.is_phase:
            index = before
            current = doc.phases(self.scene.journey).index(node)
        else:
            index = self._lane_index(before)
            current = doc.lanes(self.scene.journey).index(node)
        if index == current or self.scene.push(lambda: ops.reorder(doc, node, index)) is None:
            self.scene.relayout()

    def _lane_index(self, before: int) -> int:
        """A position among *all* lanes (hidden ones too) from one among the visible rows."""
        layout = self.scene.layout
        assert layout is not None
        node = self.item.element_id
        rest = [n for n in self.scene.doc.lanes(self.scene.journey) if n != node]
        visible = [r.lane for r in layout.rows if r.lane != node]
        if before < len(visible):
            return rest.index(visible[before])
        return rest.index(visible[-1]) + 1 if visible else 0

    def cleanup(self) -> None:
        super().cleanup()
        self.item.setZValue(5.0)
        self.item.setOpacity(1.0)


class LaneResize(Gesture):
    """Drag a lane header's lower edge: the lane's ``height`` (one command)."""

    def __init__(self, scene: JourneyScene, start: QPointF, item: LaneHeaderItem) -> None:
        super().__init__(scene, start)
        self.item = item

    def _height(self, pos: QPointF) -> float:
        top = self.item.header_rect().top()
        return max(pos.y() - top, self.scene.options.min_lane_height)

    def drag(self, pos: QPointF) -> None:
        layout = self.scene.layout
        if layout is not None:
            y = self.item.header_rect().top() + self._height(pos)
            self.show_marker(QRectF(0.0, y - 1.5, layout.width, 3.0))

    def finish(self, pos: QPointF) -> None:
        doc, lane = self.scene.doc, self.item.element_id
        height = round(min(self._height(pos), 5_000.0))
        self.scene.push(lambda: ops.update(doc, lane, height=float(height)))


class EmotionDrag(Gesture):
    """Drag an emotion point up or down; the score snaps to the scale (one command)."""

    def __init__(self, scene: JourneyScene, start: QPointF, item: EmotionPointItem) -> None:
        super().__init__(scene, start)
        self.item = item
        self.origin = item.pos()

    def drag(self, pos: QPointF) -> None:
        layout = self.scene.layout
        band = layout.emotion_band if layout is not None else None
        if layout is None or band is None:
            return
        y = min(max(pos.y(), band.y), band.bottom)
        self.item.setPos(self.origin.x(), y)
        score = score_at(layout, y)
        self.scene.status_message.emit(translate("Canvas", "Score: {score}").format(score=score))

    def finish(self, pos: QPointF) -> None:
        layout = self.scene.layout
        score = score_at(layout, pos.y()) if layout is not None else None
        doc, emotion = self.scene.doc, self.item.element_id
        if score is None or score == int(doc.get(emotion, "score")) or self.scene.push(
                lambda: ops.update(doc, emotion, score=score)) is None:
            self.scene.relayout()

    def cleanup(self) -> None:
        """The "Score: n" read-out belongs to the drag: it goes with it (left behind it
        read as the score of whatever was selected next; the inspector shows the score)."""
        super().cleanup()
        if self.moved:
            self.scene.status_message.emit("")


class FlowDraw(Gesture):
    """Drag from a touchpoint's handle to another touchpoint: a flow arrow."""

    def __init__(self, scene: JourneyScene, start: QPointF, item: CardItem) -> None:
        super().__init__(scene, item.handle_center())
        self.source = item.element_id
        self.line = RubberLine(item.handle_center())
        self.moved = True  # a flow is drawn from the first pixel
        #: The card last hovered that an arrow may not end on (its message is shown once).
        self.refused: str | None = None
        scene.addItem(self.line)

    def drag(self, pos: QPointF) -> None:
        self.line.stretch_to(pos)
        layout = self.scene.layout
        target = card_at(layout, pos.x(), pos.y()) if layout is not None else None
        self.scene.grid.set_drop_cell(None)
        if target is not None and layout is not None and self.accepts(target):
            rect = layout.cards[target].rect
            self.show_marker(QRectF(rect.x, rect.bottom + 1.0, rect.w, 3.0))
            self.refused = None
            return
        self.show_marker(None)  # the green bar promises a drop: never on a refused card
        if target is not None and target != self.source and target != self.refused:
            self.scene.status_message.emit(translate("Canvas", "Flow arrows connect touchpoints."))
        self.refused = target

    def accepts(self, target: str) -> bool:
        """Whether an arrow may end on ``target`` (the rule connect_flow enforces)."""
        return target != self.source and self.scene.doc.kind(target) == k.TOUCHPOINT

    def finish(self, pos: QPointF) -> None:
        layout = self.scene.layout
        target = card_at(layout, pos.x(), pos.y()) if layout is not None else None
        if target is None or target == self.source:
            if (pos - self.start).manhattanLength() > QApplication.startDragDistance():
                self.scene.status_message.emit(translate(
                    "Canvas", "Drop the arrow on another touchpoint."))
            return
        doc = self.scene.doc
        if doc.kind(target) != k.TOUCHPOINT:
            self.scene.status_message.emit(translate("Canvas", "Flow arrows connect touchpoints."))
            return
        self.scene.push(lambda: ops.connect_flow(doc, self.source, target))

    def cleanup(self) -> None:
        super().cleanup()
        self.scene.removeItem(self.line)


class Gestures:
    """Routes the scene's mouse events to the gesture under the pointer."""

    def __init__(self, scene: JourneyScene) -> None:
        self.scene = scene
        self.active: Gesture | None = None

    def _top_item(self, pos: QPointF) -> object | None:
        for item in self.scene.items(pos):
            if item.acceptedMouseButtons() & Qt.MouseButton.LeftButton and item.isVisible():
                return item
        return None

    def _handle_at(self, pos: QPointF) -> CardItem | None:
        """The touchpoint whose flow handle is under ``pos``. The handle wins over the
        arrows already leaving it (they start at its centre and lie on top), so a
        second arrow from the same handle (a branch) can be drawn."""
        for item in self.scene.items(pos):
            if isinstance(item, CardItem) and item.isVisible() and item.on_handle(pos):
                return item
        return None

    def press(self, event: QGraphicsSceneMouseEvent) -> bool:
        """True when the press was fully handled here (the scene's default is skipped)."""
        scene = self.scene
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        pos = event.scenePos()
        editor = scene.entry.editor
        if editor is not None and not editor.sceneBoundingRect().contains(pos):
            scene.entry.close(commit=True)
        elif editor is not None:
            return False  # clicks inside the editor move its text cursor
        self.cancel()
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            event.setModifiers(event.modifiers() | Qt.KeyboardModifier.ControlModifier)
        handle = self._handle_at(pos)
        if handle is not None:
            self.active = FlowDraw(scene, pos, handle)
            return True
        item = self._top_item(pos)
        if isinstance(item, AddButtonItem):
            self._add(item.what)
            return True
        if isinstance(item, CardItem):
            scene.set_focus_cell(None)
            self.active = CardDrag(scene, pos, item.element_id)
            return False  # the default press selects the card
        if isinstance(item, EmotionPointItem):
            scene.set_focus_cell(None)
            if not item.isSelected() and not event.modifiers() & (
                    Qt.KeyboardModifier.ControlModifier):
                scene.clearSelection()
            item.setSelected(True)
            self.active = EmotionDrag(scene, pos, item)
            return True
        if isinstance(item, LaneHeaderItem) and item.on_grip(pos):
            self.active = LaneResize(scene, pos, item)
            return True
        if isinstance(item, HeaderItem) and item.element_id:
            scene.set_focus_cell(None)
            self.active = HeaderDrag(scene, pos, item)
            return False
        if item is None and scene.layout is not None:
            scene.set_focus_cell(cell_at(scene.layout, pos.x(), pos.y()))
        return False

    def _add(self, what: str) -> None:
        doc, journey = self.scene.doc, self.scene.journey
        if what == "phase":
            edits.add_phase(self.scene, len(doc.phases(journey)))
        else:
            edits.add_lane(self.scene, len(doc.lanes(journey)))

    def move(self, event: QGraphicsSceneMouseEvent) -> bool:
        if self.active is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return False
        self.active.move(event.scenePos())
        return True

    def release(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            event.setModifiers(event.modifiers() | Qt.KeyboardModifier.ControlModifier)
        gesture, self.active = self.active, None
        if gesture is None or event.button() != Qt.MouseButton.LeftButton:
            if gesture is not None:
                self.active = gesture
            return
        try:
            if gesture.moved:
                gesture.finish(event.scenePos())
        finally:
            gesture.cleanup()

    def abort(self) -> None:
        """Drop a running gesture without a relayout (the model changed under it)."""
        gesture, self.active = self.active, None
        if gesture is not None:
            gesture.cleanup()

    def cancel(self) -> None:
        """Drop a running gesture and put everything back where the layout says."""
        gesture, self.active = self.active, None
        if gesture is not None:
            gesture.cleanup()
            self.scene.relayout()

    def double_click(self, event: QGraphicsSceneMouseEvent) -> bool:
        scene = self.scene
        if event.button() != Qt.MouseButton.LeftButton or scene.layout is None:
            return False
        pos = event.scenePos()
        item = self._top_item(pos)
        if isinstance(item, CardItem):
            scene.entry.edit_card(item.element_id)
            return True
        if isinstance(item, LaneHeaderItem) and item.on_grip(pos):
            lane = item.element_id
            scene.push(lambda: ops.update(scene.doc, lane, height=0.0))
            return True
        if isinstance(item, HeaderItem) and item.element_id:
            scene.entry.rename(item.element_id)
            return True
        if item is None:
            cell = cell_at(scene.layout, pos.x(), pos.y())
            if cell is not None:
                scene.set_focus_cell(cell)
                scene.entry.start_new(cell)
                return True
        return False

    def context_menu(self, event: QGraphicsSceneContextMenuEvent) -> None:
        """A right click: the menu for what lies under the mouse (see menus.py)."""
        menus.show_context_menu(self.scene, event)
