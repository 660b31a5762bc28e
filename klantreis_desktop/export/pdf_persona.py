"""A persona page: the profile (photo, name, quote, goals, needs, frustrations, channels)
and the empathy map (says / thinks / does / feels, then pains and gains)."""

from __future__ import annotations

from klantreis_desktop.export import pdf_fonts as fonts
from klantreis_desktop.export.pdf_draw import Painter
from klantreis_desktop.export.pdf_poster import Poster
from klantreis_desktop.export.pdf_words import Words, label, words
from klantreis_desktop.layout import style
from klantreis_desktop.layout.geometry import Rect
from klantreis_desktop.model.document import Document

PAGE_W, PAGE_H = 1190.0, 842.0  # designed on A3 landscape proportions, scaled to fit
PAD = 36.0
BODY = 15.0


def build_persona_page(doc: Document, persona: str, w: Words | None = None) -> Poster:
    """The persona page as a drawable poster (fitted on the page), in ``w``'s language."""
    chosen = w if w is not None else words(None)

    def paint(p: Painter) -> None:
        _paint(p, doc, persona, chosen)

    return Poster(PAGE_W, PAGE_H, BODY, paint, doc.title(persona), words=chosen)


def _paint(p: Painter, doc: Document, persona: str, w: Words) -> None:
    colour = str(doc.get(persona, "colour") or "#1f77b4")
    colour = colour if style.is_hex_colour(colour) else "#1f77b4"
    p.rect(Rect(0, 0, PAGE_W, PAGE_H), fill="#ffffff")
    p.rect(Rect(0, 0, PAGE_W, 10), fill=colour)
    photo = Rect(PAD, PAD + 6, 130, 130)
    data = doc.assets.get(str(doc.get(persona, "photo") or ""))
    if not (data and p.photo(data, photo, round_mask=True)):
        p.circle(photo.center, photo.w / 2, fill=colour)
        p.text_box((doc.title(persona) or "?")[:1].upper(), photo, fonts.BOLD, 56, "#ffffff",
                   align="center", valign="middle")
    p.circle(photo.center, photo.w / 2, stroke=colour, width=3)
    x = photo.right + 28
    left_w = PAGE_W * 0.42 - x
    y = PAD + 6
    name = doc.title(persona) or label(w, "Unnamed persona")
    y += p.text_box(name, Rect(x, y, left_w, 72), fonts.BOLD, 28, style.TEXT_COLOUR,
                    min_size=16, owner=name)
    facts = []
    age = int(doc.get(persona, "age") or 0)
    if age:
        facts.append(label(w, "{age} years").format(age=age))
    if doc.get(persona, "role"):
        facts.append(str(doc.get(persona, "role")))
    if facts:
        y += p.text_box(", ".join(facts), Rect(x, y, left_w, 40), fonts.REGULAR, 14,
                        style.MUTED_TEXT, min_size=9)
    quote = str(doc.get(persona, "quote") or "")
    if quote:
        p.text_box(f"“{quote}”", Rect(x, y + 8, left_w, photo.bottom - y + 10), fonts.ITALIC,
                   14, style.TEXT_COLOUR, min_size=8)
    # Profile column.
    sections = [(label(w, "Goals"), "goals"), (label(w, "Needs"), "needs"),
                (label(w, "Frustrations"), "frustrations"),
                (label(w, "Preferred channels"), "preferred_channels")]
    top = photo.bottom + 30
    col = Rect(PAD, top, PAGE_W * 0.42 - PAD, PAGE_H - top - PAD)
    each = (col.h - 12 * (len(sections) - 1)) / len(sections)
    for i, (heading, field) in enumerate(sections):
        box = Rect(col.x, col.y + i * (each + 12), col.w, each)
        _section(p, heading, str(doc.get(persona, field) or ""), box, "#f7f9fb", colour, name)
    # Empathy map: four quadrants, then pains and gains.
    ex = PAGE_W * 0.42 + 24
    ew = PAGE_W - PAD - ex
    p.text_lines([label(w, "Empathy map")], ex, PAD, fonts.BOLD, 20, style.TEXT_COLOUR)
    grid_top = PAD + 36
    pains_h = 150.0
    grid_h = PAGE_H - PAD - grid_top - pains_h - 16
    qw, qh = (ew - 12) / 2, (grid_h - 12) / 2
    quads = [(label(w, "Says"), "says", "#e3f1ff"), (label(w, "Thinks"), "thinks", "#f1ecf9"),
             (label(w, "Does"), "does", "#e6f7e1"), (label(w, "Feels"), "feels", "#fff0e0")]
    for i, (heading, field, fill) in enumerate(quads):
        box = Rect(ex + (i % 2) * (qw + 12), grid_top + (i // 2) * (qh + 12), qw, qh)
        _section(p, heading, str(doc.get(persona, field) or ""), box, fill, style.MUTED_TEXT,
                 name)
    bottom = grid_top + grid_h + 16
    pains = style.card_style("pain")
    gains = style.card_style("opportunity")
    _section(p, label(w, "Pains"), str(doc.get(persona, "pains") or ""),
             Rect(ex, bottom, qw, pains_h), pains.fill, pains.border, name)
    _section(p, label(w, "Gains"), str(doc.get(persona, "gains") or ""),
             Rect(ex + qw + 12, bottom, qw, pains_h), gains.fill, gains.border, name)


def _section(p: Painter, heading: str, text: str, box: Rect, fill: str, accent: str,
             owner: str) -> None:
    """A titled box whose text shrinks (then ends with …) rather than spilling out."""
    p.rect(box, fill=fill, stroke="#d5dce3", width=1.0, radius=8)
    p.rect(Rect(box.x, box.y + 10, 5, 22), fill=accent)
    p.text_lines([heading], box.x + 16, box.y + 10, fonts.BOLD, 15, style.TEXT_COLOUR)
    inner = Rect(box.x + 16, box.y + 40, box.w - 32, box.h - 50)
    if text.strip():
        p.text_box(text, inner, fonts.REGULAR, BODY, style.TEXT_COLOUR, min_size=7,
                   owner=f"{owner} · {heading}")
    else:
        p.text_lines(["—"], inner.x, inner.y, fonts.REGULAR, BODY, style.MUTED_TEXT)
