"""What the scene's items show, read from the model: pure reads, no items touched.

Kept apart from the scene adapter (scene.py), which only decides which items to add, move
or update; these functions decide what each of them looks like, and which changes a
scene needs to look at at all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from klantreis_desktop import i18n
from klantreis_desktop.i18n import QT_TRANSLATE_NOOP, Translator

# The channels lane's cells: one rule for screen and paper (the poster uses it too).
from klantreis_desktop.layout.channels import channel_cells as channel_cells
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model.changes import ChangeSet
from klantreis_desktop.model.document import Document
from klantreis_desktop.model.meta import journey_language
from klantreis_desktop.ui.canvas.card_item import CardLook
from klantreis_desktop.ui.canvas.header_items import HeaderLook, HeaderNote
from klantreis_desktop.ui.canvas.theme import CanvasTheme

if TYPE_CHECKING:
    from klantreis_desktop.layout.geometry import JourneyLayout
    from klantreis_desktop.layout.phase_header import PhaseHead
    from klantreis_desktop.ui.canvas.scene import JourneyScene

Legend = tuple[tuple[str, ...], ...]


#: The evidence badges' words (context "Canvas"), in the map's language (see map_words).
EVIDENCE_WORDS = {"observed": QT_TRANSLATE_NOOP("Canvas", "observed"),
                  "assumed": QT_TRANSLATE_NOOP("Canvas", "assumed")}


def map_words(doc: Document, journey: str) -> tuple[str, Translator]:
    """The language texts drawn on the map are written in, and its translator: the
    journey's own language, else the document's, else the interface's, as on the poster
    (``model.meta.journey_language``). An English journey in the Dutch interface says
    "observed" on the canvas, in F5 and on paper alike; menus and messages stay Dutch."""
    lang = journey_language(doc, journey) or i18n.language()
    return lang, i18n.translator_for(lang)


def card_look(doc: Document, theme: CanvasTheme, card: str,
              words: Translator | None = None) -> CardLook:
    """``words``: the map's translator (see :func:`map_words`; None: the interface's)."""
    kind = doc.kind(card)
    card_style = theme.card_style(kind, str(doc.get(card, "colour") or ""))
    channels = tuple(str(doc.get(c, "icon")) for c in doc.channels_of(card)) if (
        kind == k.TOUCHPOINT) else ()
    evidence = str(doc.get(card, "evidence") or "")
    label = ""
    if evidence in EVIDENCE_WORDS:
        label = (words or i18n.translate)("Canvas", EVIDENCE_WORDS[evidence])
    return CardLook(kind, doc.title(card), card_style.fill, card_style.border,
                    card_style.text, channels, evidence,
                    int(doc.get(card, "votes") or 0),
                    bool(doc.get(card, "moment_of_truth")) if kind == k.TOUCHPOINT
                    else False, label)


def corner_look(doc: Document, theme: CanvasTheme, journey: str) -> HeaderLook:
    subtitle = str(doc.get(journey, "time_span") or "")
    return HeaderLook(doc.title(journey), subtitle, theme.corner_fill, theme.text)


def phase_look(doc: Document, theme: CanvasTheme, phase: str,
               head: PhaseHead | None = None) -> HeaderLook:
    """A phase header; ``head`` (the layout's) gives the title as fitted to its column
    and the time span, goal and KPI under it, in boxes relative to the header."""
    if head is None:
        return HeaderLook(doc.title(phase), str(doc.get(phase, "duration") or ""),
                          theme.phase_header_fill, theme.phase_header_text)
    origin = head.title_box
    pad_x, pad_y = origin.x, origin.y  # the header's inner top-left, in scene units
    notes = tuple(HeaderNote(n.kind, n.text, n.box.x - pad_x, n.box.y - pad_y, n.box.w,
                             n.box.h) for n in head.notes)
    # Without notes from the layout the time span stays the subtitle, as before.
    subtitle = "" if head.note_size > 0 else str(doc.get(phase, "duration") or "")
    return HeaderLook(head.title, subtitle, theme.phase_header_fill, theme.phase_header_text,
                      title_size=head.title_size, notes=notes, note_size=head.note_size)


def lane_look(doc: Document, theme: CanvasTheme, lane: str, legend: Legend) -> HeaderLook:
    """A lane header; ``legend`` is shown only on the emotion lane (empty elsewhere)."""
    lane_type = str(doc.get(lane, "lane_type"))
    return HeaderLook(doc.title(lane), "", theme.lane_fill(lane_type), theme.text, legend)


def overlay_label(doc: Document, persona: str, scenario: str, compare_journey: str | None,
                  several_personas: bool, words: Translator | None = None) -> str:
    """The legend text of an overlay curve: "ideal" / "current" (with the persona's
    name when the journey has more than one persona), in the map's language."""
    tr = words or i18n.translate
    if scenario == "ideal":
        label = tr("Canvas", QT_TRANSLATE_NOOP("Canvas", "ideal"))
    elif scenario == "current":
        label = tr("Canvas", QT_TRANSLATE_NOOP("Canvas", "current"))
    else:
        label = doc.title(compare_journey) if compare_journey else ""
    if several_personas:
        return tr("Canvas", QT_TRANSLATE_NOOP("Canvas", "{persona} ({scenario})")).format(
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


def metric_title(doc: Document, journey: str, mode: str, segment: str = "") -> str:
    """The metric's label for a "metric:NAME" heat mode ("" for the other modes), with
    the segment whose figures it shows ("NPS, Nieuwe klant")."""
    if not mode.startswith("metric:"):
        return ""
    from klantreis_desktop.layout.measured import metric_title as title_of
    from klantreis_desktop.model.measures import metric_def_of

    title = title_of(metric_def_of(doc, journey, mode.split(":", 1)[1]))
    return i18n.translate("Canvas", "{metric}, {segment}").format(
        metric=title, segment=segment) if segment else title


def measured_legend(doc: Document, layout: JourneyLayout, visible: set[str] | None,
                    words: Translator | None = None) -> tuple[tuple[str, ...], ...]:
    """Legend lines for the measured curves (issue 19), in the map's language: one dotted
    line for the personas' measured curves (each in its persona's colour, named above
    it), each segment's ("Zakelijk, gemeten") of its own, what the squares and band mean,
    and the red ring. Short, so the lane header holds them whole (review s6 #8)."""
    from klantreis_desktop.layout.measured import FLAG_COLOUR, measured_curves

    in_map_language = words or i18n.translate

    def tr(text: str) -> str:
        return in_map_language("Canvas", text)

    curves = measured_curves(doc, layout, visible=visible)
    if not curves:
        return ()
    shown = {c.persona for c in layout.curves}
    personas = [c for c in curves if c.persona and c.persona in shown]
    lines: list[tuple[str, ...]] = []
    if personas:
        lines.append((tr(QT_TRANSLATE_NOOP("Canvas", "measured (dotted)")), MEASURED_GREY,
                      "dashed"))
    lines += [(tr(QT_TRANSLATE_NOOP("Canvas", "{name}, measured")).format(name=c.label)
               if c.label else tr(QT_TRANSLATE_NOOP("Canvas", "measured")), c.colour, "dashed")
              for c in curves if c not in personas]
    lines.append((tr(QT_TRANSLATE_NOOP("Canvas", "□ median; band: middle half")),
                  curves[0].colour, "dashed"))
    if any(p.flagged for c in curves for p in c.points):
        lines.append((tr(QT_TRANSLATE_NOOP("Canvas", "○ ! check this assumption")),
                      FLAG_COLOUR))
    return tuple(lines)


#: The legend's sample of the personas' measured curves (each is drawn in its colour).
MEASURED_GREY = "#5f6b76"


def persona_legend(doc: Document, layout: JourneyLayout, active: str | None
                   ) -> tuple[tuple[str, ...], ...]:
    """The curves' personas; with several personas the one that gets new emotion points
    (``active``) is marked "active" (and listed even before it has a point)."""
    legend: list[tuple[str, ...]] = [(doc.title(c.persona), c.colour) for c in layout.curves]
    if active is None or len(doc.personas_of(layout.journey)) < 2:
        return tuple(legend)
    drawn = [c.persona for c in layout.curves]
    if active in drawn:
        legend[drawn.index(active)] += ("active",)
    else:
        legend.append((doc.title(active), str(doc.get(active, "colour") or "#888888"),
                       "active"))
    return tuple(legend)
