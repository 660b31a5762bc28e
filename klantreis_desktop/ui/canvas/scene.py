"""The one scene adapter: keeps the items of one journey in step with the model.

The scene subscribes to the document; after every change that concerns its journey it
computes a fresh layout and moves, updates, adds or removes only the items that differ.
That is all it does: items hold no state of their own; the mouse goes to gestures.py and
the keyboard to entry.py, and they, the menus, the view and the window call the edit
operations in edits.py, which push model commands through :meth:`JourneyScene.push`.
Of those the scene imports only its two helpers, never edits.py or menus.py, so no import
loops back into it (tests/test_house.py).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QRectF, Signal
from PySide6.QtGui import QColor, QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneMouseEvent,
    QWidget,
)
from shiboken6 import Shiboken

from klantreis_desktop.collector import collector_paused
from klantreis_desktop.layout import layout_journey, overlay_curves
from klantreis_desktop.layout.geometry import CardBox, CurvePoint, JourneyLayout
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model.changes import ChangeSet
from klantreis_desktop.model.document import Document
from klantreis_desktop.model.measures import shown_segment
from klantreis_desktop.model.model_error import ModelError
from klantreis_desktop.ui import commands
from klantreis_desktop.ui.canvas import look, scene_looks, spotlight
from klantreis_desktop.ui.canvas.card_item import CardItem, CardLook
from klantreis_desktop.ui.canvas.emotion_items import (
    EmotionCurveItem,
    EmotionPointItem,
    OverlayCurveItem,
    PointTools,
)
from klantreis_desktop.ui.canvas.entry import TextEntry
from klantreis_desktop.ui.canvas.flow_items import FlowItem, FlowLayer, remove_item
from klantreis_desktop.ui.canvas.gestures import Gestures
from klantreis_desktop.ui.canvas.header_items import (
    AddButtonItem,
    CornerItem,
    GridItem,
    HeaderLook,
    LaneHeaderItem,
    PhaseHeaderItem,
)
from klantreis_desktop.ui.canvas.heat_overlay import (
    HeatOverlayItem,
    heat_mode_valid,
    heat_tints,
    is_heat_mode,
)
from klantreis_desktop.ui.canvas.measured_items import MeasuredLayer
from klantreis_desktop.ui.canvas.metrics_lane_item import MetricsLaneItem
from klantreis_desktop.ui.canvas.theme import EDITING, CanvasTheme

#: Empty room around the map inside the scene rect.
MARGIN = 40.0
#: Below this zoom the emotion dots are not shown (see JourneyScene.set_view_zoom).
POINT_MIN_ZOOM = 0.2
Cell = tuple[str, str]


class JourneyScene(QGraphicsScene):
    """The canvas of ``journey`` in ``doc``; every edit goes through ``stack``."""

    selection_ids_changed = Signal(list)
    status_message = Signal(str)
    #: The persona chosen for new emotion points (set_emotion_persona), for the palette.
    emotion_persona_chosen = Signal()

    def __init__(self, doc: Document, journey: str, stack: QUndoStack,
                 parent: QWidget | None = None, theme: CanvasTheme | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.journey = journey
        self.stack = stack
        if stack.parent() is None:
            # An ownerless undo stack left to Python's cycle collector can be freed after
            # its commands' Python halves, and Qt then deletes those commands twice (a
            # segfault seen in the tests): let Qt delete it together with this scene.
            stack.setParent(self)
        #: Colours and type; the projector theme when presenting (see theme.py).
        self.theme = theme if theme is not None else EDITING
        self.options = self.theme.options if theme is not None else look.CANVAS_OPTIONS
        self.measurer = look.QtMeasurer()
        self.card_font = look.font(self.options.card_font_size)  # shared by all cards
        self.visible_personas: set[str] | None = None
        #: The persona chosen for new emotion points (see emotion_persona); None: the first.
        self.chosen_persona: str | None = None
        #: Lanes left out of this scene only (a presentation's audience view).
        self.hidden_lanes: set[str] = set()
        #: Element ids in the spotlight (the rest is dimmed); None: no spotlight.
        self.spotlight: set[str] | None = None
        #: The phase being presented: the other phases fade a little (None: all equal).
        self.focus_phase: str | None = None
        self.layout: JourneyLayout | None = None
        #: The language the map's own texts are drawn in (scene_looks.map_words).
        self.map_language = ""
        self.focus_cell: Cell | None = None
        self.cards: dict[str, CardItem] = {}
        self.phases: dict[str, PhaseHeaderItem] = {}
        self.lanes: dict[str, LaneHeaderItem] = {}
        self.points: dict[str, EmotionPointItem] = {}
        self.curves: dict[str, EmotionCurveItem] = {}
        self.flows: dict[tuple[str, str], FlowItem] = {}
        self.flow_layer = FlowLayer(self)  # holds the pieces the flows are drawn with
        #: Another journey whose curves are drawn over this one (current vs ideal).
        self.compare_journey: str | None = None
        #: persona -> the other journey's curve for that persona (read-only items).
        self.overlays: dict[str, OverlayCurveItem] = {}
        #: Called with every new layout: drawings that follow the map but are not part
        #: of the document (room mode's curve of the participants' ratings).
        self.layout_followers: list[Callable[[JourneyLayout], None]] = []
        #: The analysis heat map shown under the cards ("pain", "emotion", "channels").
        self.heat_mode: str | None = None
        #: Whose figures the badges, the metrics lane and a metric's heat map show: a
        #: segment of the imported figures, "" every customer (see ``figure_segment``).
        self.chosen_segment = ""
        self.heat: HeatOverlayItem | None = None
        #: Metric badges, measured curves and conformance marks (measured_items.py).
        self.measured = MeasuredLayer(self)
        #: Emotion dots are left out when the view is zoomed out this far (see set_view_zoom).
        self.points_shown = True
        #: Flows and emotion points currently drawn as selected (see _show_selection).
        self._shown_selected: set[FlowItem | EmotionPointItem] = set()
        self.corner: CornerItem | None = None
        self.add_phase_button = AddButtonItem(
            "phase", QCoreApplication.translate("Canvas", "Add a phase at the end"))
        self.add_lane_button = AddButtonItem(
            "lane", QCoreApplication.translate("Canvas", "Add a lane at the bottom"))
        self.grid = GridItem()
        self.addItem(self.grid)
        self.metrics_lane = MetricsLaneItem()  # the figures in a "metrics" lane
        self.addItem(self.metrics_lane)
        for button in (self.add_phase_button, self.add_lane_button):
            button.setVisible(False)  # shown by a JourneyView; not in previews and exports
            self.addItem(button)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.setBackgroundBrush(QColor(self.theme.background))
        self.gestures = Gestures(self)
        self.entry = TextEntry(self)
        self.selectionChanged.connect(self._emit_selection)
        self._listener: Callable[[ChangeSet], None] = self._on_change
        self._attached = True
        doc.subscribe(self._listener)
        self.relayout()

    # Model -> items -------------------------------------------------------------------

    def detach(self) -> None:
        """Stop following the document (call when the tab closes)."""
        if self._attached:
            self.doc.unsubscribe(self._listener)
            self._attached = False
        self.entry.close(commit=False)

    def dispose(self) -> None:
        """Detach and delete, items first, a scene no widget owns (a preview): left to
        Python's cycle collector, its items went at a random moment, inside the collector."""
        self.detach()
        self.clear()
        self.deleteLater()

    def picture_rect(self) -> QRectF:
        """The map with its margin: what a picture of this scene must show.

        Not ``itemsBoundingRect()``: the arrows' hit parent spans ±HITS_REACH, so that box
        is 20,000,000 units wide and the map a sub-pixel dot in it.
        """
        return self.sceneRect()

    def set_edit_buttons_visible(self, visible: bool) -> None:
        """The "+" buttons for a new phase and lane (JourneyView turns them on)."""
        self.add_phase_button.setVisible(visible)
        self.add_lane_button.setVisible(visible)

    def set_compare_journey(self, journey: str | None) -> None:
        """Draw ``journey``'s curves (same personas) dashed over this one; None hides them."""
        if journey == self.journey:
            journey = None
        self.compare_journey = journey
        self.relayout()

    def set_heat(self, mode: str | None) -> None:
        """Tint the map by an analysis or a metric ("metric:nps", see heat_overlay.py);
        None takes the tint away."""
        if mode is not None and not is_heat_mode(mode):
            raise ValueError(mode)
        self.heat_mode = mode
        self._sync_figures()

    def _sync_metrics_lane(self, layout: JourneyLayout) -> None:
        heat = self.heat_mode or ""
        first = heat[len("metric:"):] if heat.startswith("metric:") else None
        self.metrics_lane.show_figures(self.doc, layout, first, self.figure_segment)

    @property
    def figure_segment(self) -> str:
        """The segment whose figures the map shows (``measures.shown_segment``)."""
        return shown_segment(self.doc, self.journey, self.chosen_segment)

    def set_figure_segment(self, segment: str) -> None:
        """Show the figures of ``segment`` ("" every customer's) on badges, the metrics
        lane and a metric's heat map."""
        self.chosen_segment = segment
        self._sync_figures()

    def _sync_figures(self) -> None:
        """The tint, the badges and the metrics lane after the heat map or the segment
        changed (the heat map's metric comes first on badges and in the lane's lines)."""
        self._sync_heat()
        self.measured.sync(self.layout)
        if self.layout is not None:
            self._sync_metrics_lane(self.layout)

    def _sync_heat(self) -> None:
        if self.heat_mode is not None and not heat_mode_valid(self.doc, self.journey,
                                                              self.heat_mode):
            self.heat_mode = None  # its metric went (an undone import): tint and legend go
        if self.heat_mode is None or self.layout is None:
            if self.heat is not None:
                self.removeItem(self.heat)
                self.heat = None
            return
        if self.heat is None:
            self.heat = HeatOverlayItem()
            self.addItem(self.heat)
        segment = self.figure_segment
        title = scene_looks.metric_title(self.doc, self.journey, self.heat_mode, segment)
        self.heat.set_heat(self.heat_mode, heat_tints(self.doc, self.journey, self.layout,
                                                      self.heat_mode, self.visible_personas,
                                                      segment),
                           self.layout, title)

    def set_view_zoom(self, zoom: float) -> None:
        """The zoom of the view showing this scene (each scene has one view). Below
        POINT_MIN_ZOOM an emotion dot is under two pixels and cannot be grabbed, so the
        dots are left out: a zoomed-out wall of hundreds repaints faster; the curves stay."""
        shown = zoom >= POINT_MIN_ZOOM
        if shown != self.points_shown:
            self.points_shown = shown
            for item in self.points.values():
                item.setVisible(shown)

    def set_hidden_lanes(self, lanes: set[str]) -> None:
        """Leave these lanes out of this scene (the document's lanes stay as they are)."""
        self.hidden_lanes = set(lanes)
        self.relayout()

    def set_spotlight(self, ids: set[str] | None) -> None:
        """Keep ``ids`` (cards, phases, lanes) bright and dim the rest; None ends it.

        A lane or phase in the spotlight brings its cards along.
        """
        self.spotlight = set(ids) if ids else None
        self._apply_spotlight()

    def set_focus_phase(self, phase: str | None) -> None:
        """Fade the other phases a little (presenting one phase); None ends it."""
        self.focus_phase = phase
        self._apply_spotlight()

    def _apply_spotlight(self) -> None:
        with self.flow_layer.batch():  # each arrow tile repaints once, not per arrow
            spotlight.apply(self)

    def _on_change(self, change: ChangeSet) -> None:
        if not Shiboken.isValid(self):  # deleted with its view without detach()
            self.doc.unsubscribe(self._listener)
            return
        if self.journey not in self.doc:
            self._clear()
            return
        if scene_looks.concerns(self, change):
            self.relayout(scene_looks.looks_touched(self.doc, change))
            self._follow_selected_point(change)

    def relayout(self, looks: set[str] | None = None) -> None:
        """Lay the journey out again and bring the items in line with it.

        ``looks``: the only cards whose look (text, colours, badges) may have changed; None
        reads every card's look from the model again. Positions always follow the layout.
        Without cycle collection (:mod:`klantreis_desktop.collector`): building a wall of
        cards makes objects that live on; the collector's passes over them grew faster
        than the wall.
        """
        with collector_paused():
            self._relayout(looks)

    def _relayout(self, looks: set[str] | None) -> None:
        if self.journey not in self.doc:
            self._clear()
            return
        # A change during a drag (an undo by shortcut, another window) ends the drag.
        self.gestures.abort()
        layout = layout_journey(self._layout_doc(), self.journey, self.measurer,
                                self.options, self.visible_personas,
                                compare_with=self._compare_target())
        self.layout = layout
        self.grid.set_layout(layout)
        rect = QRectF(-MARGIN, -MARGIN, layout.width + 2 * MARGIN, layout.height + 2 * MARGIN)
        if rect != self.sceneRect():
            self.setSceneRect(rect)
        self.grid.set_channel_cells(scene_looks.channel_cells(self.doc, layout))
        self._sync_metrics_lane(layout)
        size = AddButtonItem.SIZE
        self.add_phase_button.setPos(layout.width + 7, (layout.corner.h - size) / 2)
        self.add_lane_button.setPos((layout.corner.w - size) / 2, layout.height + 7)
        self._sync_headers(layout)
        self._sync_cards(layout, looks)
        self._sync_emotions(layout)
        self._sync_flows(layout)
        self._sync_heat()
        self.measured.sync(layout)
        if self.focus_cell is not None and self.focus_cell not in layout.cells:
            self.set_focus_cell(None)
        if self.spotlight is not None or self.focus_phase is not None:
            self._apply_spotlight()  # new items start bright; only dimming needs a pass
        self.entry.follow_layout()
        for follow in list(self.layout_followers):
            follow(layout)

    def _compare_target(self) -> str | None:
        other = self.compare_journey
        if other is None or other not in self.doc or self.doc.kind(other) != k.JOURNEY:
            return None
        return other

    def _layout_doc(self) -> Document:
        """The document as this scene shows it: with its own hidden lanes marked hidden."""
        hidden = [lane for lane in self.hidden_lanes
                  if lane in self.doc and not self.doc.get(lane, "hidden")]
        if not hidden:
            return self.doc
        graph = self.doc.graph.copy()
        for lane in hidden:
            graph.nodes[lane]["hidden"] = True
        return Document(graph, self.doc.assets, self.doc.meta)

    def _clear(self) -> None:
        self.gestures.abort()
        self.entry.close(commit=False)
        for table in (self.cards, self.phases, self.lanes, self.points, self.curves,
                      self.flows, self.overlays):
            for item in table.values():
                remove_item(self, item)
            table.clear()
        if self.corner is not None:
            self.removeItem(self.corner)
            self.corner = None
        self.layout = None
        self._sync_heat()
        self.measured.sync(None)
        self.metrics_lane.hide()

    def _sync_headers(self, layout: JourneyLayout) -> None:
        doc, opt, theme = self.doc, self.options, self.theme
        corner_look = scene_looks.corner_look(doc, theme, self.journey)
        if self.corner is None:
            self.corner = CornerItem(corner_look, layout.corner, opt)
            self.addItem(self.corner)
        else:
            self.corner.set_geometry(layout.corner)
            self.corner.set_look(corner_look)

        def phase_look(phase: str) -> HeaderLook:
            return scene_looks.phase_look(doc, theme, phase, layout.heads.get(phase))

        _sync(self, self.phases, {c.phase: c for c in layout.columns},
              lambda node, c: PhaseHeaderItem(node, phase_look(node), c.header, opt),
              lambda item, c: (item.set_geometry(c.header),
                               item.set_look(phase_look(item.element_id))))
        legend = scene_looks.persona_legend(self.doc, layout, self.emotion_persona())
        several = len(layout.curves) > 1
        _lang, words = scene_looks.map_words(doc, self.journey)
        legend += tuple((scene_looks.overlay_label(doc, c.persona, c.scenario,
                                                   self.compare_journey, several, words),
                         c.colour, "dashed") for c in overlay_curves(layout))
        legend += scene_looks.measured_legend(doc, layout, self.visible_personas, words)

        def lane_look(lane: str) -> HeaderLook:
            shown = legend if lane == layout.emotion_lane else ()
            return scene_looks.lane_look(doc, theme, lane, shown)

        _sync(self, self.lanes, {r.lane: r for r in layout.rows},
              lambda node, r: LaneHeaderItem(node, lane_look(node), r.header, opt),
              lambda item, r: (item.set_geometry(r.header),
                               item.set_look(lane_look(item.element_id))))

    def emotion_persona(self) -> str | None:
        """Whose curve a new emotion point joins: the chosen persona while it belongs to
        the journey, else the journey's first persona (None without personas)."""
        if self.journey not in self.doc:
            return None
        personas = self.doc.personas_of(self.journey) or self.doc.personas()
        if self.chosen_persona in personas:
            return self.chosen_persona
        return personas[0] if personas else None

    def set_emotion_persona(self, persona: str | None) -> None:
        """Choose the persona for new emotion points; the emotion lane's legend shows it."""
        if persona == self.chosen_persona:
            return
        self.chosen_persona = persona
        if self.layout is not None:
            self._sync_headers(self.layout)
        self.emotion_persona_chosen.emit()

    def _sync_cards(self, layout: JourneyLayout, touched: set[str] | None = None) -> None:
        opt = self.options

        lang, words = scene_looks.map_words(self.doc, self.journey)
        if lang != self.map_language:  # the journey's language changed: every badge too
            self.map_language, touched = lang, None

        def card_look(card: str) -> CardLook:
            return scene_looks.card_look(self.doc, self.theme, card, words)

        def update(item: CardItem, box: CardBox) -> None:
            item.set_geometry(box.rect)
            if touched is None or item.element_id in touched:
                item.set_look(card_look(item.element_id))

        _sync(self, self.cards, layout.cards,
              lambda node, box: CardItem(node, card_look(node), box.rect, self.card_font,
                                         opt.card_padding, opt.card_footer),
              update)

    def _sync_emotions(self, layout: JourneyLayout) -> None:
        points = {p.emotion: (p, c.colour) for c in layout.curves for p in c.points}
        tools = PointTools()

        def new_point(point: CurvePoint, colour: str) -> EmotionPointItem:
            item = EmotionPointItem(point, colour, tools)
            item.setVisible(self.points_shown)
            return item

        _sync(self, self.points, points,
              lambda node, pc: new_point(pc[0], pc[1]),
              lambda item, pc: item.set_point(pc[0], pc[1]))
        _sync(self, self.curves, {c.persona: c for c in layout.curves},
              lambda node, curve: EmotionCurveItem(curve),
              lambda item, curve: item.set_curve(curve))
        _sync(self, self.overlays, {c.persona: c for c in overlay_curves(layout)},
              lambda node, curve: OverlayCurveItem(curve),
              lambda item, curve: item.set_curve(curve))

    def _sync_flows(self, layout: JourneyLayout) -> None:
        """Like _sync, but a new arrow joins the scene as a child of the flow layer's
        hit group (see FlowLayer.hits), not as a top-level item."""
        layer, wanted = self.flow_layer, {(f.source, f.target): f for f in layout.flows}
        with layer.batch():  # tiles made and repainted once, not per arrow
            for key in [key for key in self.flows if key not in wanted]:
                remove_item(self, self.flows.pop(key))
            for key, route in wanted.items():
                item = self.flows.get(key)
                if item is None:
                    self.flows[key] = FlowItem(route, layer, self.theme.flow)
                else:
                    item.set_route(route)
        self._show_selection()

    def _show_selection(self) -> None:
        """Flows and emotion points are not drawn by paint code that reads the selection
        (tiles, Qt's own items): restyle the ones whose selection changed, never more."""
        selected = {item for item in self.selectedItems()
                    if isinstance(item, (FlowItem, EmotionPointItem))}
        for item in self._shown_selected - selected:
            item.show_selected(False)
        for item in selected:
            item.show_selected(True)
        self._shown_selected = selected

    # Looking things up ----------------------------------------------------------------

    def item_for(self, element_id: str) -> QGraphicsItem | None:
        """The item drawing ``element_id`` (card, phase, lane or emotion point)."""
        for table in (self.cards, self.phases, self.lanes, self.points):
            item = table.get(element_id)
            if item is not None:
                return item
        return None

    @staticmethod
    def id_of(item: QGraphicsItem) -> str | None:
        """The model id an item draws (None for grid, curves and flows)."""
        value = getattr(item, "element_id", None)
        return value or None

    def selected_ids(self) -> list[str]:
        """Selected cards, emotion points, phases and lanes (flows: selected_flows)."""
        return sorted(i for item in self.selectedItems() if (i := self.id_of(item)))

    def selected_cards(self) -> list[str]:
        return sorted(c for c, item in self.cards.items() if item.isSelected())

    def selected_flows(self) -> list[tuple[str, str]]:
        return sorted(key for key, item in self.flows.items() if item.isSelected())

    def select_ids(self, ids: list[str]) -> None:
        """Select exactly the items of ``ids`` (unknown ids are skipped)."""
        self.blockSignals(True)
        try:
            self.clearSelection()
            for element in ids:
                item = self.item_for(element)
                if item is not None:
                    item.setSelected(True)
        finally:
            self.blockSignals(False)
        self._emit_selection()

    def _emit_selection(self) -> None:
        self._show_selection()
        self._follow_selected_point()
        self.selection_ids_changed.emit(self.selected_ids())

    def _follow_selected_point(self, change: ChangeSet | None = None) -> None:
        """A selected point's curve is the one being scored: new points join it (also
        after ``change`` gave the point to another persona: the inspector)."""
        point = next((item.element_id for item in self.selectedItems()
                      if isinstance(item, EmotionPointItem)), None)
        if point is None or point not in self.doc:
            return
        if change is None or point in change.touched_nodes():
            self.set_emotion_persona(self.doc.target(point, k.FELT_BY))

    def set_focus_cell(self, cell: Cell | None) -> None:
        """The cell quick entry types into (drawn as a dashed frame)."""
        self.focus_cell = cell
        self.grid.set_focus_cell(cell)

    # Pushing edits (edits.py builds them) ---------------------------------------------

    def push(self, make: Callable[[], ChangeSet] | ChangeSet,
             merge_key: str | None = None) -> ChangeSet | None:
        """Build a change and push it as one undo step; a refusal becomes a status message."""
        try:
            change = make() if callable(make) else make
        except ModelError as error:
            self.status_message.emit(str(error))
            return None
        return change if commands.push(self.stack, self.doc, change, merge_key) else None

    # Qt events ------------------------------------------------------------------------

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.gestures.press(event):
            event.accept()  # else the view would start a rubber band
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if not self.gestures.move(event):
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.gestures.release(event)
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if not self.gestures.double_click(event):
            super().mouseDoubleClickEvent(event)

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab and Shift+Tab belong to quick entry, not to item focus."""
        return self.entry.tab(1 if forward else -1)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.entry.key_press(event):
            super().keyPressEvent(event)

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:
        self.gestures.context_menu(event)


def _sync(scene: QGraphicsScene, table: dict, wanted: dict,
          create: Callable, update: Callable) -> None:
    """Make ``table`` (key -> item) match ``wanted`` (key -> layout data)."""
    for key in [key for key in table if key not in wanted]:
        remove_item(scene, table.pop(key))
    for key, data in wanted.items():
        item = table.get(key)
        if item is None:
            item = create(key, data)
            table[key] = item
            scene.addItem(item)
        else:
            update(item, data)
