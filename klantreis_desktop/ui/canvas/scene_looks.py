"""What the scene's items show, read from the model: pure reads, no items touched.

Kept apart from the scene adapter (scene.py), which only decides which items to add, move
or update; these functions decide what each of them looks like, and which changes a
scene needs to look at at all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

# The channels lane's cells: one rule for screen and paper (the poster uses it too).
from klantreis_desktop.layout.channels import channel_cells as channel_cells
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model.changes import ChangeSet
from klantreis_desktop.model.document import Document
from klantreis_desktop.ui.canvas.card_item import CardLook
from klantreis_desktop.ui.canvas.header_items import HeaderLook
from klantreis_desktop.ui.canvas.theme import CanvasTheme

if TYPE_CHECKING:
    from klantreis_desktop.layout.geometry import JourneyLayout
    from klantreis_desktop.ui.canvas.scene import JourneyScene

Legend = tuple[tuple[str, ...], ...]


def card_look(doc: Document, theme: CanvasTheme, card: str) -> CardLook:
    kind = doc.kind(card)
    card_style = theme.card_style(kind, str(doc.get(card, "colour") or ""))
    channels = tuple(str(doc.get(c, "icon")) for c in doc.channels_of(card)) if (
        kind == k.TOUCHPOINT) else ()
    return CardLook(kind, doc.title(card), card_style.fill, card_style.border,
                    card_style.text, channels, str(doc.get(card, "evidence") or ""),
                    int(doc.get(card, "votes") or 0),
                    bool(doc.get(card, "moment_of_truth")) if kind == k.TOUCHPOINT
                    else False)


def corner_look(doc: Document, theme: CanvasTheme, journey: str) -> HeaderLook:
    subtitle = str(doc.get(journey, "time_span") or "")
    return HeaderLook(doc.title(journey), subtitle, theme.corner_fill, theme.text)


def phase_look(doc: Document, theme: CanvasTheme, phase: str) -> HeaderLook:
    return HeaderLook(doc.title(phase), str(doc.get(phase, "duration") or ""),
                      theme.phase_header_fill, theme.phase_header_text)


def lane_look(doc: Document, theme: CanvasTheme, lane: str, legend: Legend) -> HeaderLook:
    """A lane header; ``legend`` is shown only on the emotion lane (empty elsewhere)."""
    lane_type = str(doc.get(lane, "lane_type"))
    return HeaderLook(doc.title(lane), "", theme.lane_fill(lane_type), theme.text, legend)


def overlay_label(doc: Document, persona: str, scenario: str, compare_journey: str | None,
                  several_personas: bool) -> str:
    """The legend text of an overlay curve: "ideal" / "current" (with the persona's
    name when the journey has more than one persona)."""
    if scenario == "ideal":
        label = QCoreApplication.translate("Canvas", "ideal")
    elif scenario == "current":
        label = QCoreApplication.translate("Canvas", "current")
    else:
        label = doc.title(compare_journey) if compare_journey else ""
    if several_personas:
        return QCoreApplication.translate("Canvas", "{persona} ({scenario})").format(
            persona=doc.title(persona), scenario=label)
    return label


def concerns(scene: JourneyScene, change: ChangeSet) -> bool:
    """Whether ``change`` alters anything ``scene`` shows (its journey, the journey it is
    compared with, personas and channels)."""
    doc, journey, other = scene.doc, scene.journey, scene.compare_journey
    for node in change.touched_nodes():
        if node == other and other is not None:
            return True
        if node == journey or node in scene.cards or node in scene.phases or (
                node in scene.lanes or node in scene.points):
            return True
        if node in doc:
            if doc.kind(node) in (k.PERSONA, k.CHANNEL):
                return True
            owner = doc.journey_of(node)
            if owner == journey or (owner is not None and owner == other):
                return True
        elif other is not None and scene.overlays:
            return True  # something removed: maybe a point of the compared journey
    return False


def looks_touched(doc: Document, change: ChangeSet) -> set[str] | None:
    """The cards whose look ``change`` may alter (None: maybe all of them).

    A card's look is its own attributes and channel edges, plus its channels' icons:
    a change to a channel node may alter the look of any touchpoint.
    """
    touched = change.touched_nodes()
    for node in touched:
        if node in doc and doc.kind(node) == k.CHANNEL:
            return None
    for atom in change.atoms:
        attrs = getattr(atom, "attrs", None)
        if isinstance(attrs, dict) and attrs.get("kind") == k.CHANNEL:
            return None
    return touched


def metric_title(doc: Document, journey: str, mode: str) -> str:
    """The metric's label for a "metric:NAME" heat mode ("" for the other modes)."""
    if not mode.startswith("metric:"):
        return ""
    from klantreis_desktop.layout.measured import metric_title as title_of
    from klantreis_desktop.model.measures import metric_def_of

    return title_of(metric_def_of(doc, journey, mode.split(":", 1)[1]))


def measured_legend(doc: Document, layout: JourneyLayout, visible: set[str] | None
                    ) -> tuple[tuple[str, ...], ...]:
    """Legend lines for the measured curves (issue 19): one dotted line for the personas'
    measured curves (each in its persona's colour, named above it), each segment's
    ("Zakelijk, gemeten") of its own, what the squares and band mean, and the red ring.
    Short, so the lane header holds them whole (review s6 #8)."""
    from klantreis_desktop.layout.measured import FLAG_COLOUR, measured_curves

    def tr(text: str) -> str:
        return QCoreApplication.translate("Canvas", text)

    curves = measured_curves(doc, layout, visible=visible)
    if not curves:
        return ()
    shown = {c.persona for c in layout.curves}
    personas = [c for c in curves if c.persona and c.persona in shown]
    lines: list[tuple[str, ...]] = []
    if personas:
        lines.append((tr("measured (dotted)"), MEASURED_GREY, "dashed"))
    lines += [(tr("{name}, measured").format(name=c.label) if c.label else tr("measured"),
               c.colour, "dashed") for c in curves if c not in personas]
    lines.append((tr("□ median; band: middle half"), curves[0].colour, "dashed"))
    if any(p.flagged for c in curves for p in c.points):
        lines.append((tr("○ ! check this assumption"), FLAG_COLOUR))
    return tuple(lines)


#: The legend's sample of the personas' measured curves (each is drawn in its colour).
MEASURED_GREY = "#5f6b76"
