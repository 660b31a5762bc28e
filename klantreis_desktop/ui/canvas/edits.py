"""The canvas's edit operations (delete, clipboard, duplicate, align, palette drops, …).

Each operation builds one ChangeSet (several operations are composed on a scratch copy of
the document, so their atoms apply in order) and pushes it as one undo step.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec

from PySide6.QtCore import QCoreApplication, QMimeData, QPointF
from PySide6.QtGui import QGuiApplication

from klantreis_desktop.layout import card_at, cell_at, drop_index, score_at
from klantreis_desktop.model import clipboard
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model import operations as ops
from klantreis_desktop.model.changes import Atom, ChangeSet
from klantreis_desktop.model.document import Document
from klantreis_desktop.model.model_error import ModelError
from klantreis_desktop.ui.canvas import CLIPBOARD_MIME

if TYPE_CHECKING:
    from klantreis_desktop.ui.canvas.scene import JourneyScene

#: lupdate finds the literal translate("Canvas", ...) calls.
translate = QCoreApplication.translate

Cell = tuple[str, str]
Step = Callable[[Document], ChangeSet]
P = ParamSpec("P")

#: The card kind that typing or pasting text into a lane creates.
LANE_CARD_KINDS: dict[str, str] = {
    "touchpoints": k.TOUCHPOINT, "pains": k.PAIN, "opportunities": k.OPPORTUNITY,
    "kpis": k.GOAL, "notes": k.NOTE,
}


def kind_for_lane(lane_type: str) -> str:
    return LANE_CARD_KINDS.get(lane_type, k.NOTE)


def bind(operation: Callable[Concatenate[Document, P], ChangeSet], *args: P.args,
         **kwargs: P.kwargs) -> Step:
    """``operation`` as a step of :func:`compose`, with all but the document bound now (a
    lambda made in a loop would see the loop's last values; this one is also typed)."""
    return lambda doc: operation(doc, *args, **kwargs)


def compose(doc: Document, steps: Iterable[Step], label: str) -> ChangeSet:
    """One ChangeSet doing ``steps`` in order, each built on the result of the previous.

    A single step is built on ``doc`` itself (operations change nothing until applied):
    copying a 2,000-card document cost a fifth of every drop.
    """
    steps = list(steps)
    if len(steps) == 1:
        return ChangeSet(tuple(steps[0](doc).atoms), label)
    scratch = doc.copy()
    atoms: list[Atom] = []
    for step in steps:
        change = step(scratch)
        scratch.apply(change)
        atoms += change.atoms
    return ChangeSet(tuple(atoms), label)


# Delete, clipboard, duplicate ------------------------------------------------------------


def delete_selected(scene: JourneyScene) -> None:
    """Remove the selected cards, emotion points, phases, lanes and flow arrows."""
    doc = scene.doc
    nodes = [n for n in scene.selected_ids() if n in doc]
    flows = scene.selected_flows()
    if not nodes and not flows:
        return
    steps: list[Step] = [bind(ops.disconnect_flow, *flow) for flow in flows]
    if nodes:
        steps.append(lambda d: ops.remove(d, *nodes))
    scene.push(lambda: compose(doc, steps, translate("Canvas", "Delete")))


def copy_selected(scene: JourneyScene) -> dict[str, Any]:
    """The selected cards as clipboard data, also put on the system clipboard."""
    data = clipboard.copy_cards(scene.doc, scene.selected_cards())
    if not data["cards"]:
        return data
    mime = QMimeData()
    mime.setData(CLIPBOARD_MIME, clipboard.to_json(data).encode("utf-8"))
    mime.setText("\n".join(str(c["attrs"].get("title", "")) for c in data["cards"]))
    QGuiApplication.clipboard().setMimeData(mime)
    scene.status_message.emit(translate("Canvas", "{count} card(s) copied.").format(
        count=len(data["cards"])))
    return data


def paste(scene: JourneyScene, data: dict[str, Any], cell: Cell | None = None) -> list[str]:
    """Paste clipboard data into this journey (at ``cell`` or the focused cell)."""
    doc, journey = scene.doc, scene.journey
    target = cell if cell is not None else scene.focus_cell
    change = scene.push(lambda: clipboard.paste_cards(doc, journey, data, target))
    if change is None:
        return []
    created = clipboard.pasted_cards(change)
    scene.select_ids(created)
    return created


def paste_from_clipboard(scene: JourneyScene, cell: Cell | None = None) -> list[str]:
    """Paste copied cards, or plain text lines as new cards (one per phase, like typing)."""
    mime = QGuiApplication.clipboard().mimeData()
    if mime is None:
        return []
    if mime.hasFormat(CLIPBOARD_MIME):
        raw = bytes(mime.data(CLIPBOARD_MIME).data()).decode("utf-8", "replace")
        try:
            data = clipboard.from_json(raw)
        except ModelError as error:
            scene.status_message.emit(str(error))
            return []
        return paste(scene, data, cell)
    lines = [line.strip() for line in mime.text().splitlines() if line.strip()]
    target = cell if cell is not None else scene.focus_cell
    if not lines or target is None or scene.layout is None:
        return []
    return paste_lines(scene, lines[:clipboard.MAX_CARDS], target)


def paste_lines(scene: JourneyScene, lines: list[str], cell: Cell) -> list[str]:
    """One card per line in ``cell``'s lane, starting at its phase (the last one stacks)."""
    layout = scene.layout
    assert layout is not None
    doc = scene.doc
    phases = [c.phase for c in layout.columns]
    start = phases.index(cell[0])
    kind = kind_for_lane(str(doc.get(cell[1], "lane_type")))
    limit = k.SCHEMA[kind]["title"].max_length
    places = [phases[min(start + i, len(phases) - 1)] for i in range(len(lines))]
    steps: list[Step] = [bind(ops.add_card, kind, phase, cell[1], line[:limit])
                         for phase, line in zip(places, lines, strict=True)]
    change = scene.push(lambda: compose(doc, steps, translate("Canvas", "Paste")))
    created = clipboard.pasted_cards(change) if change is not None else []
    scene.select_ids(created)
    return created


def duplicate_selected(scene: JourneyScene) -> list[str]:
    """Copies of the selected cards in their own cells (Ctrl+D)."""
    doc, journey = scene.doc, scene.journey
    data = clipboard.copy_cards(doc, scene.selected_cards())
    if not data["cards"]:
        return []

    def make() -> ChangeSet:
        change = clipboard.paste_cards(doc, journey, data)
        return ChangeSet(change.atoms, translate("Canvas", "Duplicate"))

    change = scene.push(make)
    created = clipboard.pasted_cards(change) if change is not None else []
    scene.select_ids(created)
    return created


# Align, nudge ------------------------------------------------------------------------------

ALIGN_MODES = ("left", "right", "top", "bottom", "distribute")


def align_selected(scene: JourneyScene, mode: str) -> None:
    """Align cards in a grid: "left"/"right" move them into the leftmost/rightmost selected
    card's phase, "top"/"bottom" into the topmost/bottommost card's lane (each keeps its
    other coordinate), "distribute" spreads them over consecutive phases from the leftmost
    one, in reading order, each keeping its lane."""
    layout = scene.layout
    cards = scene.selected_cards()
    if layout is None or len(cards) < 2 or mode not in ALIGN_MODES:
        return
    phases = [c.phase for c in layout.columns]
    lanes = [r.lane for r in layout.rows]
    boxes = sorted((layout.cards[c] for c in cards if c in layout.cards),
                   key=lambda b: (phases.index(b.phase), lanes.index(b.lane), b.index))
    cols = [phases.index(b.phase) for b in boxes]
    rows = [lanes.index(b.lane) for b in boxes]
    targets: list[tuple[str, str, str]] = []
    for number, box in enumerate(boxes):
        if mode in ("left", "right"):
            col = min(cols) if mode == "left" else max(cols)
            targets.append((box.card, phases[col], box.lane))
        elif mode in ("top", "bottom"):
            row = min(rows) if mode == "top" else max(rows)
            targets.append((box.card, box.phase, lanes[row]))
        else:
            col = min(min(cols) + number, len(phases) - 1)
            targets.append((box.card, phases[col], box.lane))
    steps: list[Step] = [bind(ops.move_card, c, p, n)
                         for c, p, n in targets
                         if (p, n) != (layout.cards[c].phase, layout.cards[c].lane)]
    if steps:
        scene.push(lambda: compose(scene.doc, steps, translate("Canvas", "Align")))


def nudge_emotions(scene: JourneyScene, emotions: list[str], delta: int) -> None:
    """Raise or lower emotion scores by one step; repeated nudges merge into one undo step."""
    doc = scene.doc
    low, high = doc.scale(scene.journey)
    steps: list[Step] = []
    for emotion in emotions:
        score = min(max(int(doc.get(emotion, "score")) + delta, low), high)
        steps.append(bind(ops.update, emotion, score=score))
    scene.push(lambda: compose(doc, steps, translate("Canvas", "Change score")),
               merge_key="nudge:" + ",".join(sorted(emotions)))
    scene.select_ids(emotions)


def nudge_cards(scene: JourneyScene, cards: list[str], step: int, vertical: bool) -> None:
    """Arrow keys move cards: left/right to the neighbouring phase, up/down in the stack
    (past its ends into the neighbouring lane)."""
    layout = scene.layout
    if layout is None:
        return
    phases = [c.phase for c in layout.columns]
    lanes = [r.lane for r in layout.rows]
    order = sorted((b for c in cards if (b := layout.cards.get(c)) is not None),
                   key=lambda b: b.index, reverse=step > 0)
    steps: list[Step] = []
    for box in order:
        if not vertical:
            col = phases.index(box.phase) + step
            if 0 <= col < len(phases):
                steps.append(bind(ops.move_card, box.card, phases[col], box.lane))
            continue
        size = len(layout.stacks.get((box.phase, box.lane), ()))
        index = box.index + step
        if 0 <= index < size:
            steps.append(bind(ops.move_card, box.card, box.phase, box.lane, index))
        elif 0 <= lanes.index(box.lane) + step < len(lanes):
            lane = lanes[lanes.index(box.lane) + step]
            at = 0 if step > 0 else None
            steps.append(bind(ops.move_card, box.card, box.phase, lane, at))
    if steps:
        scene.push(lambda: compose(scene.doc, steps, translate("Canvas", "Move card")),
                   merge_key="nudge:" + ",".join(sorted(cards)))
        scene.select_ids(cards)


# Palette ---------------------------------------------------------------------------------


def add_card_at(scene: JourneyScene, kind: str, pos: QPointF) -> str | None:
    """A new card of ``kind`` in the cell under ``pos``, at the stack position there."""
    layout = scene.layout
    cell = cell_at(layout, pos.x(), pos.y()) if layout is not None else None
    if layout is None or cell is None:
        scene.status_message.emit(translate("Canvas", "Drop cards into a cell of the grid."))
        return None
    index = drop_index(layout, cell[0], cell[1], pos.y())
    doc = scene.doc
    change = scene.push(lambda: ops.add_card(doc, kind, cell[0], cell[1], "", index))
    if change is None:
        return None
    card = ops.created_id(change)
    scene.select_ids([card])
    return card


def _insert_index(centres: list[float], value: float) -> int:
    return sum(1 for c in centres if c < value)


def handle_palette_drop(scene: JourneyScene, payload: str, pos: QPointF) -> None:
    """Turn a palette drop into the matching model command."""
    show_drop_hint(scene, None)
    layout = scene.layout
    doc, journey = scene.doc, scene.journey
    if layout is None:
        return
    payload = payload.strip()
    if payload in k.CARD_KINDS:
        card = add_card_at(scene, payload, pos)
        if card is not None:
            scene.entry.edit_card(card, go_on=True)
    elif payload == "emotion":
        _drop_emotion(scene, pos)
    elif payload == "phase":
        index = _insert_index([c.header.center[0] for c in layout.columns], pos.x())
        title = translate("Canvas", "New phase")
        change = scene.push(lambda: ops.add_phase(doc, journey, title, index))
        if change is not None:
            scene.entry.rename(ops.created_id(change))
    elif payload == "lane":
        visible = [r.lane for r in layout.rows]
        before = _insert_index([r.header.center[1] for r in layout.rows], pos.y())
        every = doc.lanes(journey)
        index = every.index(visible[before]) if before < len(visible) else len(every)
        title = translate("Canvas", "New lane")
        change = scene.push(lambda: ops.add_lane(doc, journey, title, "custom",
                                                 index))
        if change is not None:
            scene.entry.rename(ops.created_id(change))
    elif payload.startswith("channel:"):
        _drop_channel(scene, payload.split(":", 1)[1], pos)
    elif payload.startswith("persona:"):
        _drop_persona(scene, payload.split(":", 1)[1])
    else:
        scene.status_message.emit(translate("Canvas", "This cannot be dropped on the canvas."))


def _drop_persona(scene: JourneyScene, persona: str) -> None:
    """A persona dropped on the map joins the journey (one undo step) and becomes the
    persona new emotion points are given to; an attached one is only chosen."""
    doc, journey = scene.doc, scene.journey
    if persona not in doc or doc.kind(persona) != k.PERSONA:
        return
    if persona not in doc.personas_of(journey) and scene.push(
            lambda: ops.attach_persona(doc, journey, persona)) is None:
        return
    scene.set_emotion_persona(persona)
    scene.status_message.emit(translate(
        "Canvas", "New emotion points go to {persona}.").format(persona=doc.title(persona)))


def _drop_emotion(scene: JourneyScene, pos: QPointF) -> None:
    """An emotion point at the touchpoint/phase there, for the persona chosen for new
    points (scene.emotion_persona: the selected curve's, else the first); it is selected,
    so the inspector shows it (and lets it move to another persona)."""
    layout = scene.layout
    assert layout is not None
    doc = scene.doc
    persona = scene.emotion_persona()
    if persona is None:
        scene.status_message.emit(translate(
            "Canvas", "Add a persona first: emotions belong to a persona."))
        return
    card = card_at(layout, pos.x(), pos.y())
    anchor = card if card is not None and doc.kind(card) == k.TOUCHPOINT else None
    if anchor is None:
        column = next((c for c in layout.columns if c.body.x <= pos.x() <= c.body.right), None)
        if column is None:
            scene.status_message.emit(translate(
                "Canvas", "Drop the emotion on a touchpoint or a phase."))
            return
        anchor = column.phase
    band = layout.emotion_band
    low, high = layout.scale
    if band is not None and band.y <= pos.y() <= band.bottom:
        score = score_at(layout, pos.y())
    else:
        score = (low + high) // 2
    change = scene.push(lambda: ops.set_emotion(doc, persona, anchor, int(score or 0)))
    if change is None:
        return
    if layout.emotion_lane is None:
        scene.status_message.emit(translate("Canvas", "Add an emotions lane to see the curve."))
        return
    point = next((e for e in doc.emotions(scene.journey, persona)
                  if doc.emotion_anchor(e) == anchor), None)
    if point is not None:
        scene.select_ids([point])
    scene.status_message.emit(translate("Canvas", "Emotion point for {persona}: {score}").format(
        persona=doc.title(persona), score=int(score or 0)))


def _drop_channel(scene: JourneyScene, channel: str, pos: QPointF) -> None:
    layout = scene.layout
    assert layout is not None
    doc = scene.doc
    card = card_at(layout, pos.x(), pos.y())
    if card is None or doc.kind(card) != k.TOUCHPOINT:
        scene.status_message.emit(translate("Canvas", "Drop a channel on a touchpoint."))
        return
    current = doc.channels_of(card)
    if channel in current:
        return
    scene.push(lambda: ops.set_channels(doc, card, [*current, channel]))


def show_drop_hint(scene: JourneyScene, payload: str | None,
                   pos: QPointF | None = None) -> None:
    """Highlight the cell a dragged palette card would land in."""
    layout = scene.layout
    if payload is None or pos is None or layout is None or payload not in k.CARD_KINDS:
        scene.grid.set_drop_cell(None)
        return
    scene.grid.set_drop_cell(cell_at(layout, pos.x(), pos.y()))


# Lanes and phases (context menu) ---------------------------------------------------------


def set_lane_hidden(scene: JourneyScene, lane: str, hidden: bool) -> None:
    scene.push(lambda: ops.update(scene.doc, lane, hidden=hidden))


def delete_element(scene: JourneyScene, node: str) -> None:
    scene.push(lambda: ops.remove(scene.doc, node))


def add_phase(scene: JourneyScene, index: int) -> None:
    title = translate("Canvas", "New phase")
    change = scene.push(lambda: ops.add_phase(scene.doc, scene.journey, title,
                                              index))
    if change is not None:
        scene.entry.rename(ops.created_id(change))


def add_lane(scene: JourneyScene, index: int, lane_type: str = "custom",
             title: str | None = None, **attrs: Any) -> None:
    """A new lane at ``index`` (with ``attrs``), its title open for typing ("New lane"
    unless given)."""
    title = title or translate("Canvas", "New lane")
    change = scene.push(lambda: ops.add_lane(scene.doc, scene.journey, title,
                                             lane_type, index, **attrs))
    if change is not None:
        scene.entry.rename(ops.created_id(change))
