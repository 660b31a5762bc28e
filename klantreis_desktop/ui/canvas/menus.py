"""Right-click menus of the canvas: cards, phase and lane headers, empty cells.

Every entry calls an edit operation (edits.py), so the menus add no behaviour of their own
(and the tests drive the same operations directly).
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QGraphicsSceneContextMenuEvent, QMenu, QWidget

from klantreis_desktop.layout import cell_at, counterpart
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model import operations as ops
from klantreis_desktop.ui.canvas import edits
from klantreis_desktop.ui.canvas.card_item import CardItem
from klantreis_desktop.ui.canvas.emotion_items import EmotionPointItem
from klantreis_desktop.ui.canvas.flow_items import FlowItem
from klantreis_desktop.ui.canvas.header_items import LaneHeaderItem, PhaseHeaderItem
from klantreis_desktop.ui.labels import kind_label

if TYPE_CHECKING:
    from klantreis_desktop.ui.canvas.scene import JourneyScene

#: lupdate finds the literal translate("Canvas", ...) calls.
translate = QCoreApplication.translate



def show_context_menu(scene: JourneyScene, event: QGraphicsSceneContextMenuEvent) -> None:
    menu = build_context_menu(scene, event.scenePos(), event.widget())
    if not menu.isEmpty():
        menu.exec(event.screenPos())
    event.accept()


def build_context_menu(scene: JourneyScene, pos: QPointF,
                       parent: QWidget | None = None) -> QMenu:
    """The menu for whatever lies at scene position ``pos``."""
    item = next((i for i in scene.items(pos) if i.acceptedMouseButtons()), None)
    menu = QMenu(parent)
    if isinstance(item, CardItem):
        if not item.isSelected():
            scene.select_ids([item.element_id])
        _card_menu(scene, menu, item.element_id)
    elif isinstance(item, LaneHeaderItem):
        _lane_menu(scene, menu, item.element_id)
    elif isinstance(item, PhaseHeaderItem):
        _phase_menu(scene, menu, item.element_id)
    elif isinstance(item, (EmotionPointItem, FlowItem)):
        scene.clearSelection()
        item.setSelected(True)
        menu.addAction(translate("Canvas", "Delete"), lambda: edits.delete_selected(scene))
        if isinstance(item, EmotionPointItem):
            _emotion_persona_menu(scene, menu)
    else:
        _cell_menu(scene, menu, pos)
    return menu


def _card_menu(scene: JourneyScene, menu: QMenu, card: str) -> None:
    doc = scene.doc
    menu.addAction(translate("Canvas", "Edit text"), lambda: scene.entry.edit_card(card))
    menu.addAction(translate("Canvas", "Duplicate"), lambda: edits.duplicate_selected(scene))
    menu.addAction(translate("Canvas", "Copy"), lambda: edits.copy_selected(scene))
    menu.addAction(translate("Canvas", "Delete"), lambda: edits.delete_selected(scene))
    menu.addSeparator()
    menu.addAction(translate("Canvas", "Add a vote"), lambda: scene.push(
        lambda: ops.update(doc, card, votes=min(int(doc.get(card, "votes")) + 1, 999))))
    evidence = menu.addMenu(translate("Canvas", "Evidence"))
    for value, label in (("observed", translate("Canvas", "Observed")),
                         ("assumed", translate("Canvas", "Assumed")),
                         ("", translate("Canvas", "Not stated"))):
        action = evidence.addAction(label, partial(scene.push,
                                                   partial(ops.update, doc, card, evidence=value)))
        action.setCheckable(True)
        action.setChecked(doc.get(card, "evidence") == value)
    if doc.kind(card) == k.TOUCHPOINT:
        action = menu.addAction(translate("Canvas", "Moment of truth"), lambda: scene.push(
            lambda: ops.update(doc, card, moment_of_truth=not doc.get(card,
                                                                      "moment_of_truth"))))
        action.setCheckable(True)
        action.setChecked(bool(doc.get(card, "moment_of_truth")))
    if len(scene.selected_cards()) > 1:
        align = menu.addMenu(translate("Canvas", "Align"))
        for mode, label in (("left", translate("Canvas", "Into the leftmost phase")),
                            ("right", translate("Canvas", "Into the rightmost phase")),
                            ("top", translate("Canvas", "Into the top lane")),
                            ("bottom", translate("Canvas", "Into the bottom lane")),
                            ("distribute", translate("Canvas", "Spread over consecutive phases"))):
            align.addAction(label, partial(edits.align_selected, scene, mode))


def _lane_menu(scene: JourneyScene, menu: QMenu, lane: str) -> None:
    doc = scene.doc
    lanes = doc.lanes(scene.journey)
    index = lanes.index(lane)
    menu.addAction(translate("Canvas", "Rename"), lambda: scene.entry.rename(lane))
    menu.addAction(translate("Canvas", "Hide lane"),
                   lambda: edits.set_lane_hidden(scene, lane, True))
    if float(doc.get(lane, "height") or 0.0) > 0:
        menu.addAction(translate("Canvas", "Automatic height"), lambda: scene.push(
            lambda: ops.update(doc, lane, height=0.0)))
    menu.addAction(translate("Canvas", "Add lane above"), lambda: edits.add_lane(scene, index))
    menu.addAction(translate("Canvas", "Add lane below"),
                   lambda: edits.add_lane(scene, index + 1))
    # Issue 19: the imported figures per phase and touchpoint (layout/metrics_lane.py), in
    # a KPI lane that shows them.
    menu.addAction(translate("Canvas", "Add metrics lane below"), lambda: edits.add_lane(
        scene, index + 1, "kpis", translate("Canvas", "Metrics"), shows_figures=True))
    if scene.layout is not None and lane == scene.layout.emotion_lane:
        _emotion_persona_menu(scene, menu)
    _hidden_lanes(scene, menu)
    _compare_toggle(scene, menu)
    _heat_menu(scene, menu)
    menu.addSeparator()
    menu.addAction(translate("Canvas", "Delete lane"), lambda: edits.delete_element(scene, lane))


def _emotion_persona_menu(scene: JourneyScene, menu: QMenu) -> None:
    """With several personas: whose curve new emotion points join (a check mark)."""
    doc = scene.doc
    personas = doc.personas_of(scene.journey)
    if len(personas) < 2:
        return
    chooser = menu.addMenu(translate("Canvas", "New emotion points for"))
    chooser.setObjectName("emotion_persona_menu")
    group = QActionGroup(chooser)
    active = scene.emotion_persona()
    for persona in personas:
        action = chooser.addAction(doc.title(persona) or kind_label(k.PERSONA),
                                   partial(scene.set_emotion_persona, persona))
        action.setCheckable(True)
        action.setChecked(persona == active)
        group.addAction(action)


def _hidden_lanes(scene: JourneyScene, menu: QMenu) -> None:
    hidden = [n for n in scene.doc.lanes(scene.journey) if scene.doc.get(n, "hidden")]
    if hidden:
        show = menu.addMenu(translate("Canvas", "Show hidden lane"))
        for lane in hidden:
            show.addAction(scene.doc.title(lane) or kind_label(k.LANE),
                           partial(edits.set_lane_hidden, scene, lane, False))


def _phase_menu(scene: JourneyScene, menu: QMenu, phase: str) -> None:
    index = scene.doc.phases(scene.journey).index(phase)
    menu.addAction(translate("Canvas", "Rename"), lambda: scene.entry.rename(phase))
    menu.addAction(translate("Canvas", "Add phase before"), lambda: edits.add_phase(scene, index))
    menu.addAction(translate("Canvas", "Add phase after"),
                   lambda: edits.add_phase(scene, index + 1))
    _heat_menu(scene, menu)
    menu.addSeparator()
    menu.addAction(translate("Canvas", "Delete phase"),
                   lambda: edits.delete_element(scene, phase))


def _cell_menu(scene: JourneyScene, menu: QMenu, pos: QPointF) -> None:
    layout = scene.layout
    if layout is None:
        return
    cell = cell_at(layout, pos.x(), pos.y())
    if cell is None:
        _hidden_lanes(scene, menu)
        _heat_menu(scene, menu)
        return
    if cell[1] != layout.emotion_lane:  # its frame would lie over the emotion chart
        scene.set_focus_cell(cell)
    for kind in k.CARD_KINDS:
        menu.addAction(translate("Canvas", "New {kind}").format(kind=kind_label(kind).lower()),
                       partial(_new_card, scene, kind, pos))
    menu.addSeparator()
    menu.addAction(translate("Canvas", "Paste"), lambda: edits.paste_from_clipboard(scene, cell))
    if cell[1] == layout.emotion_lane:
        _emotion_persona_menu(scene, menu)
    _hidden_lanes(scene, menu)
    _compare_toggle(scene, menu)
    _heat_menu(scene, menu)


def _heat_menu(scene: JourneyScene, menu: QMenu) -> None:
    """Tint the map by pain points, feelings or channel use (one at a time, or off)."""
    heat = menu.addMenu(translate("Canvas", "Heat map"))
    group = QActionGroup(heat)
    for mode, label in ((None, translate("Canvas", "Off")),
                        ("pain", translate("Canvas", "Pain points")),
                        ("emotion", translate("Canvas", "Emotions")),
                        ("channels", translate("Canvas", "Channels"))):
        action = heat.addAction(label, partial(scene.set_heat, mode))
        action.setCheckable(True)
        action.setChecked(scene.heat_mode == mode)
        group.addAction(action)
    from klantreis_desktop.layout.measured import metric_title
    from klantreis_desktop.model.measures import metric_defs

    defs = metric_defs(scene.doc, scene.journey)
    if defs:
        heat.addSeparator()
    for definition in defs:
        mode = f"metric:{definition.name}"
        action = heat.addAction(metric_title(definition), partial(scene.set_heat, mode))
        action.setCheckable(True)
        action.setChecked(scene.heat_mode == mode)
        group.addAction(action)
    _segment_menu(scene, menu)


def _segment_menu(scene: JourneyScene, menu: QMenu) -> None:
    """Whose figures the map shows, when the figures were imported per segment."""
    from klantreis_desktop.model.measures import figure_segments

    segments = figure_segments(scene.doc, scene.journey)
    if not segments:
        return
    chooser = menu.addMenu(translate("Canvas", "Figures for"))
    chooser.setObjectName("figure_segment_menu")
    group = QActionGroup(chooser)
    shown = scene.figure_segment
    for segment, label in (("", translate("Canvas", "Every customer")),
                           *((s, s) for s in segments)):
        action = chooser.addAction(label, partial(scene.set_figure_segment, segment))
        action.setCheckable(True)
        action.setChecked(segment == shown)
        group.addAction(action)


def _compare_toggle(scene: JourneyScene, menu: QMenu) -> None:
    """Show or hide the other scenario's curves (current vs ideal) over this journey."""
    if scene.layout is None or scene.layout.emotion_band is None:
        return
    other = scene.compare_journey or counterpart(scene.doc, scene.journey)
    if other is None or other not in scene.doc:
        return
    if scene.doc.get(other, "scenario") == "ideal":
        text = translate("Canvas", "Show the ideal curve")
    else:
        text = translate("Canvas", "Show the current curve")
    shown = scene.compare_journey is not None
    action = menu.addAction(text, lambda: scene.set_compare_journey(None if shown else other))
    action.setCheckable(True)
    action.setChecked(shown)


def _new_card(scene: JourneyScene, kind: str, pos: QPointF) -> None:
    card = edits.add_card_at(scene, kind, pos)
    if card is not None:
        scene.entry.edit_card(card)
