"""One journey as a poster: title block on top, the grid, then persona blocks and the
legend. Sizes are in layout points; the page scales the whole poster to fit."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field

from klantreis_desktop.export import pdf_fonts as fonts
from klantreis_desktop.export.pdf_draw import Painter, curve_dash
from klantreis_desktop.export.pdf_icons import draw_channel_icon, star_points
from klantreis_desktop.export.pdf_journey import draw_journey, layout_options, signed
from klantreis_desktop.i18n import translate
from klantreis_desktop.layout import layout_journey, style
from klantreis_desktop.layout.geometry import JourneyLayout, Rect
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model.document import Document

PAD = 28.0  # poster margin and gap between blocks
MIN_CONTENT_W = 980.0
TITLE_SIZE = 34.0
INFO_SIZE = 14.0
BODY_SIZE = 12.0
META_W = 300.0
PERSONA_W, PERSONA_H = 380.0, 190.0
LEGEND_W = 420.0


def _tr(text: str) -> str:
    return translate("Export", text)


def kind_labels() -> list[tuple[str, str]]:
    """Card kinds with their translated names, in legend order."""
    return [(k.TOUCHPOINT, _tr("Touchpoint")), (k.PAIN, _tr("Pain point")),
            (k.OPPORTUNITY, _tr("Opportunity")), (k.NOTE, _tr("Note")),
            (k.GOAL, _tr("Goal / KPI"))]


def document_version(doc: Document) -> str:
    """The document's own version/revision as kept in its metadata, or ""."""
    for key in ("document_version", "revision", "version"):
        value = doc.meta.get(key)
        if value not in (None, ""):
            return str(value)
    return ""


@dataclass
class Poster:
    """A drawable poster: its size and a function that paints it with a painter."""

    width: float
    height: float
    card_font_size: float
    paint: Callable[[Painter], None]
    title: str = ""
    layout: JourneyLayout | None = field(default=None, repr=False)


def build_poster(doc: Document, journey: str, source_name: str = "") -> Poster:
    """Measure and arrange every block of ``journey``'s poster (nothing drawn yet)."""
    layout = layout_journey(doc, journey, measure=fonts.ReportLabMeasurer())
    opt = layout_options(layout)
    content_w = max(layout.width, MIN_CONTENT_W)
    title_lines, info_lines, meta_lines = _title_texts(doc, journey, source_name,
                                                       content_w - META_W - PAD)
    title_h = max(len(title_lines) * TITLE_SIZE * fonts.LINE_HEIGHT
                  + len(info_lines) * INFO_SIZE * fonts.LINE_HEIGHT,
                  len(meta_lines) * BODY_SIZE * fonts.LINE_HEIGHT)
    personas = doc.personas_of(journey) or _curve_personas(layout)
    legend_h = _legend_height(doc, journey, layout)
    blocks: list[tuple[str, str, float, float]] = [("persona", p, PERSONA_W, PERSONA_H)
                                                   for p in personas]
    blocks.append(("legend", "", LEGEND_W, legend_h))
    placed, band_h = _flow_blocks(blocks, content_w)
    grid_y = PAD + title_h + PAD
    band_y = grid_y + layout.height + PAD
    width = content_w + 2 * PAD
    height = band_y + band_h + PAD

    def paint(p: Painter) -> None:
        p.rect(Rect(0, 0, width, height), fill="#ffffff")
        y = p.text_lines(title_lines, PAD, PAD, fonts.BOLD, TITLE_SIZE, style.TEXT_COLOUR)
        p.text_lines(info_lines, PAD, y, fonts.REGULAR, INFO_SIZE, style.MUTED_TEXT)
        p.text_lines(meta_lines, PAD + content_w - META_W, PAD, fonts.REGULAR, BODY_SIZE,
                     style.MUTED_TEXT, width=META_W, align="right")
        p.c.saveState()
        p.c.translate(PAD, -grid_y)
        draw_journey(p, doc, layout)
        p.c.restoreState()
        for (kind, node, w, h), (x, y0) in placed:
            box = Rect(PAD + x, band_y + y0, w, h)
            if kind == "persona":
                draw_persona_block(p, doc, node, box)
            else:
                _draw_legend(p, doc, journey, layout, box)

    return Poster(width, height, opt.card_font_size, paint, doc.title(journey), layout)


def _curve_personas(layout: JourneyLayout) -> list[str]:
    return [curve.persona for curve in layout.curves]


def _flow_blocks(blocks: list[tuple[str, str, float, float]],
                 width: float) -> tuple[list[tuple[tuple[str, str, float, float],
                                                   tuple[float, float]]], float]:
    """Place blocks left to right, wrapping to a new row when the width is used up."""
    placed = []
    x = y = row_h = 0.0
    for block in blocks:
        w, h = block[2], block[3]
        if x > 0 and x + w > width:
            x, y, row_h = 0.0, y + row_h + PAD, 0.0
        placed.append((block, (x, y)))
        x += w + PAD
        row_h = max(row_h, h)
    return placed, y + row_h


def _title_texts(doc: Document, journey: str, source_name: str,
                 width: float) -> tuple[list[str], list[str], list[str]]:
    title = doc.title(journey) or _tr("Untitled journey")
    title_lines = fonts.wrap_text(title, fonts.BOLD, TITLE_SIZE, width)
    info: list[str] = []
    names = [doc.title(p) for p in doc.personas_of(journey)]
    facts = []
    if names:
        facts.append(_tr("Personas: {names}").format(names=", ".join(names)))
    scenario = str(doc.get(journey, "scenario"))
    facts.append(_tr("Ideal situation") if scenario == "ideal" else _tr("Current situation"))
    if doc.get(journey, "time_span"):
        facts.append(_tr("Time span: {span}").format(span=doc.get(journey, "time_span")))
    info += fonts.wrap_text("  ·  ".join(facts), fonts.REGULAR, INFO_SIZE, width)
    if doc.get(journey, "end_goal"):
        info += fonts.wrap_text(_tr("End goal: {goal}").format(goal=doc.get(journey, "end_goal")),
                                fonts.REGULAR, INFO_SIZE, width)
    meta = [_tr("Date: {date}").format(date=datetime.date.today().isoformat())]
    if source_name:
        meta += fonts.wrap_text(_tr("File: {name}").format(name=source_name), fonts.REGULAR,
                                BODY_SIZE, META_W)
    version = document_version(doc)
    if version:
        meta.append(_tr("Version: {version}").format(version=version))
    return title_lines, info, meta


def draw_persona_block(p: Painter, doc: Document, persona: str, box: Rect) -> None:
    """Photo (or initial), name, role, quote and goals of one persona."""
    colour = str(doc.get(persona, "colour") or "#1f77b4")
    colour = colour if style.is_hex_colour(colour) else "#1f77b4"
    p.rect(box, fill="#f7f9fb", stroke="#d5dce3", width=1.0, radius=8.0)
    p.rect(Rect(box.x, box.y, 8.0, box.h), fill=colour)
    photo = Rect(box.x + 22, box.y + 18, 84, 84)
    data = doc.assets.get(str(doc.get(persona, "photo") or ""))
    if not (data and p.photo(data, photo, round_mask=True)):
        p.circle(photo.center, photo.w / 2, fill=colour)
        initial = (doc.title(persona) or "?")[:1].upper()
        p.text_box(initial, photo, fonts.BOLD, 36, "#ffffff", align="center", valign="middle")
    p.circle(photo.center, photo.w / 2, stroke=colour, width=2.5)
    x = photo.right + 16
    w = box.right - x - 14
    y = p.text_lines(fonts.fit_lines(fonts.wrap_text(doc.title(persona), fonts.BOLD, 17, w), 2,
                                     fonts.BOLD, 17, w), x, box.y + 16, fonts.BOLD, 17,
                     style.TEXT_COLOUR)
    facts = []
    age = int(doc.get(persona, "age") or 0)
    if age:
        facts.append(_tr("{age} years").format(age=age))
    if doc.get(persona, "role"):
        facts.append(str(doc.get(persona, "role")))
    if facts:
        y += p.text_box(", ".join(facts), Rect(x, y, w, BODY_SIZE * fonts.LINE_HEIGHT * 2),
                        fonts.REGULAR, BODY_SIZE - 1, style.MUTED_TEXT, min_size=8)
    quote = str(doc.get(persona, "quote") or "")
    if quote:
        p.text_box(f"“{quote}”", Rect(x, y + 4, w, photo.bottom + 20 - y), fonts.ITALIC,
                   BODY_SIZE - 1, style.TEXT_COLOUR, min_size=8)
    goals = str(doc.get(persona, "goals") or "")
    if goals:
        top = max(photo.bottom + 12, box.y + 130)
        p.text_box(_tr("Goals: {goals}").format(goals=goals),
                   Rect(box.x + 22, top, box.w - 36, box.bottom - top - 10), fonts.REGULAR,
                   BODY_SIZE - 1, style.TEXT_COLOUR, min_size=8)


def _legend_channels(doc: Document, journey: str) -> list[str]:
    used: set[str] = set()
    for card in doc.parts(journey, k.TOUCHPOINT):
        used.update(doc.channels_of(card))
    return [c for c in doc.channels() if c in used]


_ROW = 22.0
_HEAD = 26.0


def _legend_height(doc: Document, journey: str, layout: JourneyLayout) -> float:
    h = 16 + _HEAD + _ROW * 3  # title + card kinds in two columns
    h += _HEAD + _ROW * 2  # card marks
    channels = _legend_channels(doc, journey)
    if channels:
        h += _HEAD + _ROW * ((len(channels) + 1) // 2)
    if layout.curves or layout.emotion_band is not None:
        h += _HEAD + _ROW * (1 + (len(layout.curves) + 1) // 2)
    return h + 12


def _draw_legend(p: Painter, doc: Document, journey: str, layout: JourneyLayout,
                 box: Rect) -> None:
    """Card colours, the channel icons used, and the emotion scale with persona colours."""
    p.rect(box, fill="#f7f9fb", stroke="#d5dce3", width=1.0, radius=8.0)
    x0, col = box.x + 16, (box.w - 32) / 2
    y = box.y + 14
    p.text_lines([_tr("Legend")], x0, y, fonts.BOLD, 15, style.TEXT_COLOUR)
    y += _HEAD
    for i, (kind, label) in enumerate(kind_labels()):
        x, yy = x0 + col * (i % 2), y + _ROW * (i // 2)
        look = style.card_style(kind)
        p.rect(Rect(x, yy + 2, 26, 15), fill=look.fill, stroke=look.border, radius=3)
        p.text_lines([label], x + 34, yy + 1, fonts.REGULAR, BODY_SIZE, style.TEXT_COLOUR)
    y += _ROW * 3
    y = _legend_marks(p, x0, y, col)
    channels = _legend_channels(doc, journey)
    if channels:
        p.text_lines([_tr("Channels")], x0, y + 4, fonts.BOLD, BODY_SIZE, style.TEXT_COLOUR)
        y += _HEAD
        for i, channel in enumerate(channels):
            x, yy = x0 + col * (i % 2), y + _ROW * (i // 2)
            draw_channel_icon(p, str(doc.get(channel, "icon") or "other"), x + 4, yy + 1, 16)
            p.text_lines(_one_line(doc.title(channel), col - 40), x + 34, yy + 1, fonts.REGULAR,
                         BODY_SIZE, style.TEXT_COLOUR)
        y += _ROW * ((len(channels) + 1) // 2)
    if layout.curves or layout.emotion_band is not None:
        low, high = layout.scale
        p.text_lines([_tr("Emotion")], x0, y + 4, fonts.BOLD, BODY_SIZE, style.TEXT_COLOUR)
        y += _HEAD
        lo, hi = (signed(low), signed(high)) if low < 0 else (str(low), str(high))
        scale = _tr("Scale {low} (very negative) to {high} (very positive)").format(
            low=lo, high=hi)
        p.text_lines([scale], x0, y, fonts.REGULAR, BODY_SIZE - 1, style.MUTED_TEXT)
        y += _ROW
        for i, curve in enumerate(layout.curves):
            x, yy = x0 + col * (i % 2), y + _ROW * (i // 2)
            colour = curve.colour if style.is_hex_colour(curve.colour) else "#1f77b4"
            p.line([(x, yy + 10), (x + 26, yy + 10)], colour, 3.0, dash=curve_dash(p, i))
            p.circle((x + 13, yy + 10), 4.0, fill="#ffffff", stroke=colour, width=2)
            persona = doc.title(curve.persona) if curve.persona in doc else "?"
            p.text_lines(_one_line(persona, col - 40), x + 34, yy + 1, fonts.REGULAR, BODY_SIZE,
                         style.TEXT_COLOUR)


def _one_line(text: str, width: float) -> list[str]:
    """``text`` on one legend line, ending in … when it is too long."""
    lines = fonts.wrap_text(text, fonts.REGULAR, BODY_SIZE, width)
    return fonts.fit_lines(lines, 1, fonts.REGULAR, BODY_SIZE, width)


def _legend_marks(p: Painter, x0: float, y: float, col: float) -> float:
    """What the small marks on cards mean; returns the y below them."""
    p.text_lines([_tr("Marks on cards")], x0, y + 4, fonts.BOLD, BODY_SIZE, style.TEXT_COLOUR)
    y += _HEAD
    look = style.card_style(k.TOUCHPOINT)
    p.polygon(star_points(x0 + 13, y + 10, 8), "#e0a800", "#8a6d00", 0.5)
    p.text_lines([_tr("Moment of truth")], x0 + 34, y + 1, fonts.REGULAR, BODY_SIZE,
                 style.TEXT_COLOUR)
    p.rect(Rect(x0 + col, y + 2, 26, 15), fill=look.fill, stroke=look.border, radius=3,
           dash=(3, 2))
    p.text_lines([_tr("Assumed, not observed")], x0 + col + 34, y + 1, fonts.REGULAR,
                 BODY_SIZE, style.TEXT_COLOUR)
    y += _ROW
    p.text_lines(["●3"], x0, y + 1, fonts.BOLD, BODY_SIZE - 1, style.TEXT_COLOUR)
    p.text_lines([_tr("Votes")], x0 + 34, y + 1, fonts.REGULAR, BODY_SIZE, style.TEXT_COLOUR)
    p.text_lines(["I4 E2"], x0 + col, y + 1, fonts.BOLD, BODY_SIZE - 3, style.TEXT_COLOUR)
    p.text_lines([_tr("Impact, effort (0–5)")], x0 + col + 34, y + 1, fonts.REGULAR,
                 BODY_SIZE, style.TEXT_COLOUR)
    return y + _ROW
