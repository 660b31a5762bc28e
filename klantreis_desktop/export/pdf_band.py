"""The poster's band of persona blocks and the legend, in the journey's language.

The band goes beside the grid on a landscape sheet and across the full width below it on
a portrait one; :func:`place_band` arranges the blocks for either, so that they use the
room they get instead of wrapping under each other and leaving half of it empty.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import Any

from klantreis_desktop.export import pdf_fonts as fonts
from klantreis_desktop.export.pdf_draw import Painter, curve_dash
from klantreis_desktop.export.pdf_icons import draw_channel_icon, star_points
from klantreis_desktop.export.pdf_journey import signed
from klantreis_desktop.export.pdf_words import Words, label, words
from klantreis_desktop.layout import style
from klantreis_desktop.layout.geometry import JourneyLayout, Rect
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model.document import Document

GAP = 28.0  # between blocks (the poster's PAD)
BODY = 12.0
PERSONA_W, PERSONA_H = 380.0, 190.0
LEGEND_W = 420.0
BESIDE_W = 440.0  # the band's width beside the grid
MIN_BLOCK_W = 330.0
_ROW = 22.0
_HEAD = 26.0
_COLUMN_W = 200.0  # one legend column


@dataclass(frozen=True)
class Block:
    """One block of the band: a persona ("persona", its id) or the legend ("legend", "")."""

    kind: str
    node: str
    box: Rect


def kind_labels(w: Words) -> list[tuple[str, str]]:
    """Card kinds with their names in the poster's language, in legend order."""
    return [(k.TOUCHPOINT, label(w, "Touchpoint")), (k.PAIN, label(w, "Pain point")),
            (k.OPPORTUNITY, label(w, "Opportunity")), (k.NOTE, label(w, "Note")),
            (k.GOAL, label(w, "Goal / KPI"))]


def band_personas(doc: Document, journey: str, layout: JourneyLayout,
                  shown: Collection[str] | None) -> list[str]:
    """The personas with a block: the journey's (or those with a curve), filtered."""
    personas = doc.personas_of(journey) or [c.persona for c in layout.curves]
    return [p for p in personas if shown is None or p in shown]


def legend_channels(doc: Document, layout: JourneyLayout) -> list[str]:
    """The channels the touchpoints on the poster use, in the document's order."""
    used: set[str] = set()
    for box in layout.cards.values():
        if box.kind == k.TOUCHPOINT:
            used.update(doc.channels_of(box.card))
    return [c for c in doc.channels() if c in used]


#: What the legend's height depends on besides its width: the number of channels, of
#: curves (None: no emotion section), of measured entries, and whether it explains a check
#: against an event log (1) or not (0).
LegendRows = tuple[int, "int | None", int, int, int]


def legend_rows(doc: Document, layout: JourneyLayout, check: Any = None) -> LegendRows:
    """The legend's row counts, read once: the poster's scale search sizes the band at
    every scale it tries, and reading the channels of 2,000 cards each time added up."""
    curves = len(layout.curves) if layout.curves or layout.emotion_band is not None else None
    return (len(legend_channels(doc, layout)), curves, len(_measured_entries(doc, layout)),
            int(check is not None), len(_card_marks(doc, layout, words(None))))


def _card_marks(doc: Document, layout: JourneyLayout, w: Words) -> list[tuple[str, str]]:
    """The legend's "marks on cards" (text, mark); with figures on the map also what a
    badge's "+2" means (review s6: it read like an emotion score)."""
    from klantreis_desktop.model import measures as m

    marks = [(label(w, "Moment of truth"), "star"), (label(w, "Assumed, not observed"), "dash"),
             (label(w, "Votes"), "●3"), (label(w, "Impact, effort (0–5)"), "I4 E2")]
    if any(m.metrics_of(doc, node) for node in m.measured_nodes(doc, layout.journey)):
        marks.append((label(w, "Figures; “+2”: two more"), "figures"))
    return marks


def legend_height(doc: Document, layout: JourneyLayout, width: float,
                  rows: LegendRows | None = None) -> float:
    """The legend's height at ``width`` (more columns on a wider legend); ``rows`` from
    :func:`legend_rows` when known."""
    channels, curves, measured, check, marks = rows if rows is not None else legend_rows(
        doc, layout)
    cols = _columns(width)
    h = 16 + _HEAD + _ROW * math.ceil(5 / cols)  # title + card kinds
    h += _HEAD + _ROW * math.ceil(marks / cols)  # card marks
    if channels:
        h += _HEAD + _ROW * math.ceil(channels / cols)
    if curves is not None:
        h += _HEAD + _ROW * (1 + math.ceil(curves / cols))
    if measured:
        h += _HEAD + _ROW * math.ceil(measured / cols)
    if check:  # the event log check's marks and the log, a row each
        h += _HEAD + _ROW * 3
    return h + 12


def _measured_entries(doc: Document, layout: JourneyLayout) -> list[tuple[str, str, str]]:
    """(kind, name, colour) per measured curve (a persona's or a segment's such as
    "Zakelijk"), then the band and, when one is flagged, the red ring."""
    from klantreis_desktop.layout.measured import FLAG_COLOUR, measured_curves

    curves = measured_curves(doc, layout)
    entries = [("curve", c.label, c.colour) for c in curves]
    if curves:
        entries.append(("band", "", curves[0].colour))
    if any(p.flagged for c in curves for p in c.points):
        entries.append(("flag", "", FLAG_COLOUR))
    return entries


def _draw_measured_legend(p: Painter, entries: list[tuple[str, str, str]], w: Words,
                          spot: Callable[[int], tuple[float, float]], col: float) -> None:
    for i, (kind, name, colour) in enumerate(entries):
        x, yy = spot(i)
        if kind == "curve":
            p.line([(x, yy + 10), (x + 26, yy + 10)], colour, 1.6, dash=(2, 2))
            p.rect(Rect(x + 9.5, yy + 6.5, 7, 7), fill="#ffffff", stroke=colour, width=1.2)
            text = label(w, "{name}, measured").format(name=name) if name else label(
                w, "measured")
        elif kind == "band":
            p.rect(Rect(x, yy + 3, 26, 14), fill="#e6e0ef")
            p.rect(Rect(x + 9.5, yy + 6.5, 7, 7), fill="#ffffff", stroke=colour, width=1.2)
            text = label(w, "Median; band: middle 50 %")
        else:
            p.circle((x + 13, yy + 10), 8.0, stroke=colour, width=1.6)
            p.text_lines(["!"], x + 20, yy, fonts.BOLD, BODY, colour)
            text = label(w, "Check this assumption")
        _one_line(p, text, x + 34, yy + 1, col - 40)


def _columns(width: float) -> int:
    return max(2, int((width - 32) // _COLUMN_W))


def place_band(doc: Document, layout: JourneyLayout, personas: list[str], width: float,
               beside: bool, rows: LegendRows | None = None
               ) -> tuple[list[Block], float, float]:
    """The band's blocks (boxes relative to the band's corner), its width and height.

    Beside the grid: one column ``BESIDE_W`` wide, blocks stacked. Below it: rows across
    ``width``, each row's blocks stretched to fill it (the legend a little wider).
    """
    kinds = [("persona", p) for p in personas] + [("legend", "")]
    if beside:
        blocks, y = [], 0.0
        for kind, node in kinds:
            h = PERSONA_H if kind == "persona" else legend_height(doc, layout, BESIDE_W, rows)
            blocks.append(Block(kind, node, Rect(0.0, y, BESIDE_W, h)))
            y += h + GAP
        return blocks, BESIDE_W, max(y - GAP, 0.0)
    per_row = max(1, int((width + GAP) // (MIN_BLOCK_W + GAP)))
    blocks, y = [], 0.0
    for start in range(0, len(kinds), per_row):
        row = kinds[start:start + per_row]
        weights = [1.35 if kind == "legend" else 1.0 for kind, _node in row]
        unit = (width - GAP * (len(row) - 1)) / sum(weights)
        widths = [unit * weight for weight in weights]
        height = max(PERSONA_H if kind == "persona" else legend_height(doc, layout, w, rows)
                     for (kind, _node), w in zip(row, widths, strict=True))
        x = 0.0
        for (kind, node), w in zip(row, widths, strict=True):
            blocks.append(Block(kind, node, Rect(x, y, w, height)))
            x += w + GAP
        y += height + GAP
    return blocks, width, max(y - GAP, 0.0)


def draw_persona_block(p: Painter, doc: Document, persona: str, box: Rect, w: Words) -> None:
    """Photo (or initial), name, age and role, quote and goals of one persona."""
    colour = str(doc.get(persona, "colour") or "#1f77b4")
    colour = colour if style.is_hex_colour(colour) else "#1f77b4"
    name = doc.title(persona)
    p.rect(box, fill="#f7f9fb", stroke="#d5dce3", width=1.0, radius=8.0)
    p.rect(Rect(box.x, box.y, 8.0, box.h), fill=colour)
    photo = Rect(box.x + 22, box.y + 18, 84, 84)
    data = doc.assets.get(str(doc.get(persona, "photo") or ""))
    if not (data and p.photo(data, photo, round_mask=True)):
        p.circle(photo.center, photo.w / 2, fill=colour)
        p.text_box((name or "?")[:1].upper(), photo, fonts.BOLD, 36, "#ffffff",
                   align="center", valign="middle", owner=name)
    p.circle(photo.center, photo.w / 2, stroke=colour, width=2.5)
    x = photo.right + 16
    width = box.right - x - 14
    y = box.y + 16
    y += p.text_box(name, Rect(x, y, width, 17 * fonts.LINE_HEIGHT * 2), fonts.BOLD, 17,
                    style.TEXT_COLOUR, owner=name)
    facts = []
    age = int(doc.get(persona, "age") or 0)
    if age:
        facts.append(label(w, "{age} years").format(age=age))
    if doc.get(persona, "role"):
        facts.append(str(doc.get(persona, "role")))
    if facts:
        # Three lines before it shrinks: a longer role ("Gepensioneerd, verkoopt zijn
        # eengezinswoning …") was set smaller than the next persona's (review s7).
        y += p.text_box(", ".join(facts), Rect(x, y, width, BODY * fonts.LINE_HEIGHT * 3),
                        fonts.REGULAR, BODY - 1, style.MUTED_TEXT, min_size=8, owner=name)
    quote = str(doc.get(persona, "quote") or "")
    if quote:
        p.text_box(f"“{quote}”", Rect(x, y + 4, width, max(photo.bottom + 20 - y, 0.0)),
                   fonts.ITALIC, BODY - 1, style.TEXT_COLOUR, min_size=8, owner=name)
    goals = str(doc.get(persona, "goals") or "")
    if goals:
        top = max(photo.bottom + 12, box.y + 130)
        p.text_box(label(w, "Goals: {goals}").format(goals=goals),
                   Rect(box.x + 22, top, box.w - 36, max(box.bottom - top - 10, 0.0)),
                   fonts.REGULAR, BODY - 1, style.TEXT_COLOUR, min_size=8, owner=name)


def draw_legend(p: Painter, doc: Document, layout: JourneyLayout, box: Rect, w: Words,
                check: Any = None) -> None:
    """Card colours, marks, the channel icons used, the emotion scale and persona lines;
    with ``check`` (a check against an event log) what its marks mean."""
    p.rect(box, fill="#f7f9fb", stroke="#d5dce3", width=1.0, radius=8.0)
    cols = _columns(box.w)
    x0, col = box.x + 16, (box.w - 32) / cols
    y = box.y + 14
    p.text_lines([label(w, "Legend")], x0, y, fonts.BOLD, 15, style.TEXT_COLOUR)
    y += _HEAD

    def spot(i: int) -> tuple[float, float]:
        return x0 + col * (i % cols), y + _ROW * (i // cols)

    for i, (kind, text) in enumerate(kind_labels(w)):
        x, yy = spot(i)
        look = style.card_style(kind, greyscale=p.greyscale)
        p.rect(Rect(x, yy + 2, 26, 15), fill=look.fill, stroke=look.border, radius=3)
        _one_line(p, text, x + 34, yy + 1, col - 40)
    y += _ROW * math.ceil(5 / cols)
    p.text_lines([label(w, "Marks on cards")], x0, y + 4, fonts.BOLD, BODY, style.TEXT_COLOUR)
    y += _HEAD
    look = style.card_style(k.TOUCHPOINT)
    marks = _card_marks(doc, layout, w)
    for i, (text, mark) in enumerate(marks):
        x, yy = spot(i)
        if mark == "star":
            p.polygon(star_points(x + 13, yy + 10, 8), "#e0a800", "#8a6d00", 0.5)
        elif mark == "figures":  # a badge as on the cards: the first figure, "+n" more
            p.rect(Rect(x, yy + 1, 30, 17), fill="#e3f1ff", stroke="#1d2733", width=0.6,
                   radius=4)
            p.text_lines(["+2"], x + 6, yy + 2, fonts.REGULAR, BODY - 3, style.TEXT_COLOUR)
        elif mark == "dash":
            p.rect(Rect(x, yy + 2, 26, 15), fill=look.fill, stroke=look.border, radius=3,
                   dash=(3, 2))
        else:
            p.text_lines([mark], x, yy + 1, fonts.BOLD, BODY - (1 if "●" in mark else 3),
                         style.TEXT_COLOUR)
        _one_line(p, text, x + 34, yy + 1, col - 40)
    y += _ROW * math.ceil(len(marks) / cols)
    channels = legend_channels(doc, layout)
    if channels:
        p.text_lines([label(w, "Channels")], x0, y + 4, fonts.BOLD, BODY, style.TEXT_COLOUR)
        y += _HEAD
        for i, channel in enumerate(channels):
            x, yy = spot(i)
            draw_channel_icon(p, str(doc.get(channel, "icon") or "other"), x + 4, yy + 1, 16)
            _one_line(p, doc.title(channel), x + 34, yy + 1, col - 40)
        y += _ROW * math.ceil(len(channels) / cols)
    if layout.curves or layout.emotion_band is not None:
        low, high = layout.scale
        p.text_lines([label(w, "Emotion")], x0, y + 4, fonts.BOLD, BODY, style.TEXT_COLOUR)
        y += _HEAD
        lo, hi = (signed(low), signed(high)) if low < 0 else (str(low), str(high))
        scale = label(w, "Scale {low} (very negative) to {high} (very positive)").format(
            low=lo, high=hi)
        _one_line(p, scale, x0, y, box.w - 32, BODY - 1, style.MUTED_TEXT)
        y += _ROW
        for i, curve in enumerate(layout.curves):
            x, yy = spot(i)
            colour = curve.colour if style.is_hex_colour(curve.colour) else "#1f77b4"
            p.line([(x, yy + 10), (x + 26, yy + 10)], colour, 3.0, dash=curve_dash(p, i))
            p.circle((x + 13, yy + 10), 4.0, fill="#ffffff", stroke=colour, width=2)
            persona = doc.title(curve.persona) if curve.persona in doc else "?"
            _one_line(p, persona, x + 34, yy + 1, col - 40)
        y += _ROW * math.ceil(len(layout.curves) / cols)
    measured = _measured_entries(doc, layout)
    if measured:
        p.text_lines([label(w, "Measured (survey)")], x0, y + 4, fonts.BOLD, BODY,
                     style.TEXT_COLOUR)
        y += _HEAD
        _draw_measured_legend(p, measured, w, spot, col)
        y += _ROW * math.ceil(len(measured) / cols)
    if check is not None:
        from klantreis_desktop.export.pdf_conformance import draw_check_legend

        p.text_lines([label(w, "Checked against the event log")], x0, y + 4, fonts.BOLD, BODY,
                     style.TEXT_COLOUR)
        draw_check_legend(p, check, w, x0, y + _HEAD, box.w - 32)


def _one_line(p: Painter, text: str, x: float, top: float, width: float, size: float = BODY,
              colour: str = style.TEXT_COLOUR) -> None:
    """``text`` on one legend line, ending in … when it is too long."""
    p.text_box(text, Rect(x, top, max(width, 1.0), size * fonts.LINE_HEIGHT), fonts.REGULAR,
               size, colour, min_size=size * 0.75, owner=text)
