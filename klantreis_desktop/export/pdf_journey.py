"""The journey grid on paper: phase headers, lanes, cards, channel icons, the channels
lane, the metrics lane, flow arrows and emotion curves (named at their ends), drawn from the same
:class:`JourneyLayout` the canvas uses."""

from __future__ import annotations

from functools import partial

from klantreis_desktop.export import pdf_fonts as fonts
from klantreis_desktop.export.pdf_draw import Painter, curve_dash
from klantreis_desktop.export.pdf_icons import draw_channel_icon, star_points
from klantreis_desktop.layout import style
from klantreis_desktop.layout.channels import Chip, channel_cells, place_chips
from klantreis_desktop.layout.geometry import CardBox, JourneyLayout, Rect
from klantreis_desktop.layout.layout_options import LayoutOptions
from klantreis_desktop.layout.metrics_lane import (
    LINE_FACTOR,
    FigureLine,
    fit_line,
    lines_shown,
    metric_cells,
    more_text,
)
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model.document import Document
from klantreis_desktop.model.measures import shown_segment

#: The time span, goal and KPI on the dark phase header: light, a little below white.
PHASE_NOTE_TEXT = "#d5e3ec"


def layout_options(layout: JourneyLayout) -> LayoutOptions:
    """The options the layout was made with (defaults when it does not say)."""
    opt = layout.extras.get("options")
    return opt if isinstance(opt, LayoutOptions) else LayoutOptions()


def signed(value: int) -> str:
    """A score as printed on the scale: +2, +1, 0, −1, −2 (true minus sign)."""
    if value > 0:
        return f"+{value}"
    return f"−{-value}" if value < 0 else "0"


def draw_journey(p: Painter, doc: Document, layout: JourneyLayout,
                 lang: str | None = None) -> None:
    """The whole grid with its content, at the painter's origin."""
    opt = layout_options(layout)
    _draw_frame(p, doc, layout, opt)
    for cell, chips in channel_cells(doc, layout).items():
        rect = layout.cells.get(cell)
        if rect is not None:
            _draw_chips(p, rect, chips, opt)
    # Figures per segment only (no every-customer figures): the first segment's, as the
    # canvas shows them by default (measures.shown_segment).
    segment = shown_segment(doc, layout.journey)
    for cell, lines in metric_cells(doc, layout, lang, segment=segment).items():
        rect = layout.cells.get(cell)
        if rect is not None:
            _draw_figures(p, rect, lines, opt)
    for box in layout.cards.values():
        draw_card(p, doc, box, opt)
    for route in layout.flows:
        p.arrow(route.points, style.FLOW_COLOUR, width=1.4, head=8.0)
    # As on the canvas: the measured layer under the team's own curves (the bands are
    # opaque tints on paper and hid whole stretches of the assumed curves above them).
    draw_measured(p, doc, layout, lang)
    _draw_curves(p, layout)
    _draw_curve_names(p, doc, layout, opt)  # last: no measured band over a persona's name


def _draw_frame(p: Painter, doc: Document, layout: JourneyLayout, opt: LayoutOptions) -> None:
    pad = opt.header_padding
    # Corner: the journey title.
    p.rect(layout.corner, fill=style.CORNER_FILL)
    p.text_box(doc.title(layout.journey), _inset(layout.corner, pad), fonts.BOLD,
               opt.title_font_size, style.TEXT_COLOUR, valign="middle",
               min_size=opt.title_font_size * 0.6, owner=doc.title(layout.journey))
    # Phase headers.
    for column in layout.columns:
        p.rect(column.header, fill=style.PHASE_HEADER_FILL, stroke="#ffffff", width=1.0)
        _draw_phase_head(p, doc, layout, column.phase, _inset(column.header, pad), opt)
    # Lane rows: header and body.
    for row in layout.rows:
        p.rect(row.body, fill=style.BODY_FILL)
        p.rect(row.header, fill=style.lane_header_fill(row.lane_type))
        title_box = Rect(row.header.x + pad, row.header.y + pad, row.header.w - 2 * pad,
                         row.header.h - 2 * pad)
        size = opt.lane_title_size
        if layout.emotion_band is not None and row.lane == layout.emotion_lane:
            above_band = layout.emotion_band.y - row.header.y - pad
            title_box = Rect(title_box.x, title_box.y, title_box.w * 0.7,
                             min(max(above_band, size * 1.4), title_box.h))
        p.text_box(doc.title(row.lane), title_box, fonts.BOLD, size, style.TEXT_COLOUR,
                   min_size=min(size, opt.card_font_size * 1.15), owner=doc.title(row.lane))
    if layout.emotion_band is not None:
        _draw_band(p, layout, opt)
    # Grid lines over the backgrounds.
    for column in layout.columns:
        p.line([(column.body.x, column.header.y), (column.body.x, column.body.bottom)],
               style.GRID_LINE, 0.8)
    for row in layout.rows:
        p.line([(0.0, row.body.y), (layout.width, row.body.y)], style.GRID_LINE, 0.8)
    p.rect(Rect(0.0, 0.0, layout.width, layout.height), stroke=style.GRID_LINE, width=1.2)


def _draw_phase_head(p: Painter, doc: Document, layout: JourneyLayout, phase: str,
                     inner: Rect, opt: LayoutOptions) -> None:
    """A phase's title as the layout fitted it (shrunk so its words fit, hyphenated only
    below that: never "Bewustword / ing"), then its time span, goal and KPI."""
    owner = doc.title(phase)
    head = layout.heads.get(phase)
    title, size = (head.title, head.title_size) if head is not None else (
        owner, opt.header_font_size)
    box = head.title_box if head is not None else inner
    used = p.text_box(title, box, fonts.BOLD, size, style.PHASE_HEADER_TEXT,
                      align="center", valign="middle", owner=owner)
    if head is not None and head.note_size > 0:
        for note in head.notes:
            p.text_box(note.text, note.box, fonts.ITALIC if note.kind == "duration"
                       else fonts.REGULAR, head.note_size, PHASE_NOTE_TEXT, align="center",
                       owner=owner)
        return
    # Without notes in the layout: the time span under the title when there is room.
    duration = str(doc.get(phase, "duration") or "")
    small = opt.header_font_size * 0.75
    spare = box.h - used
    if duration and spare >= small * fonts.LINE_HEIGHT * 2:
        below = Rect(box.x, box.y + (box.h + used) / 2, box.w, small * fonts.LINE_HEIGHT)
        p.text_box(duration, below, fonts.ITALIC, small, PHASE_NOTE_TEXT, align="center",
                   owner=owner)


def _draw_band(p: Painter, layout: JourneyLayout, opt: LayoutOptions) -> None:
    """The emotion band: a line per score and the scale at the lane header's edge."""
    band = layout.emotion_band
    assert band is not None
    p.rect(band, fill=style.BAND_FILL)
    low, high = layout.scale
    row = next((r for r in layout.rows if r.lane == layout.emotion_lane), None)
    size = max(opt.card_font_size * 0.85, 6.0)
    zero = 0 if low <= 0 <= high else None
    for score in range(low, high + 1):
        y = _score_y(score, band, layout.scale)
        neutral = score == zero or (zero is None and score == (low + high) // 2)
        p.line([(band.x, y), (band.right, y)], "#9aa5b1" if neutral else "#dde3e8",
               1.0 if neutral else 0.6, dash=None if neutral else (3, 3))
        if row is not None:
            label = signed(score) if low < 0 else str(score)
            p.text_lines([label], row.header.x, y - size * fonts.LINE_HEIGHT / 2, fonts.BOLD,
                         size, style.MUTED_TEXT, width=row.header.w - opt.header_padding,
                         align="right")


def _score_y(score: int, band: Rect, scale: tuple[int, int]) -> float:
    low, high = scale
    if high <= low:
        return band.y + band.h / 2
    return band.y + (high - score) / (high - low) * band.h


def _draw_curves(p: Painter, layout: JourneyLayout) -> None:
    for index, curve in enumerate(layout.curves):
        colour = curve.colour if style.is_hex_colour(curve.colour) else "#1f77b4"
        if curve.segments:
            p.beziers(curve.segments, colour, width=3.0, dash=curve_dash(p, index))
        for point in curve.points:
            p.circle((point.x, point.y), 5.0, fill="#ffffff", stroke=colour, width=2.2)


def draw_card(p: Painter, doc: Document, box: CardBox, opt: LayoutOptions) -> None:
    """One card: kind colour, wrapped title, and a footer with channels and badges."""
    r = box.rect
    card = box.card
    look = style.card_style(box.kind, str(doc.get(card, "colour") or ""), p.greyscale)
    assumed = doc.get(card, "evidence") == "assumed"
    p.rect(r, fill=look.fill, stroke=look.border, width=1.0, radius=4.0,
           dash=(3, 2) if assumed else None)
    pad = opt.card_padding
    text = Rect(r.x + pad, r.y + pad, r.w - 2 * pad, max(r.h - 2 * pad - opt.card_footer, 0.0))
    p.text_box(doc.title(card), text, fonts.REGULAR, opt.card_font_size, look.text,
               owner=doc.title(card))
    _draw_footer(p, doc, box, opt, look.text)
    if box.kind == k.TOUCHPOINT and doc.get(card, "moment_of_truth"):
        s = min(opt.card_footer, 12.0)
        p.polygon(star_points(r.right - s * 0.7, r.y + s * 0.7, s * 0.55), "#e0a800",
                  "#8a6d00", 0.5)


def _draw_footer(p: Painter, doc: Document, box: CardBox, opt: LayoutOptions,
                 ink: str) -> None:
    parts = _footer_parts(doc, box, opt)
    if parts is None:
        return
    icons, badges, x, y, size = parts
    for icon, at in icons:
        draw_channel_icon(p, icon, at, y, size)
    if badges:
        text_size = max(size * 0.75, 5.0)
        p.text_lines([badges], x, y + (size - text_size * fonts.LINE_HEIGHT) / 2,
                     fonts.BOLD, text_size, ink, width=box.rect.right - opt.card_padding - x,
                     align="right")


def footer_marks(doc: Document, box: CardBox, opt: LayoutOptions) -> list[Rect]:
    """Where a card's footer has icons and its votes text (a check's share labels keep
    off them; the footer's empty middle may take one)."""
    parts = _footer_parts(doc, box, opt)
    if parts is None:
        return []
    icons, badges, _x, y, size = parts
    marks = [Rect(icons[0][1], y, icons[-1][1] + size - icons[0][1], size)] if icons else []
    if badges:
        width = fonts.text_width(badges, fonts.BOLD, max(size * 0.75, 5.0))
        right = box.rect.right - opt.card_padding
        marks.append(Rect(right - width, y, width, size))
    return marks


def _footer_parts(doc: Document, box: CardBox, opt: LayoutOptions
                  ) -> tuple[list[tuple[str, float]], str, float, float, float] | None:
    """(channel icons with their x, the badges' text, where the text may start, the
    footer's top, its size), or None when the footer has no room."""
    r = box.rect
    pad = opt.card_padding
    size = opt.card_footer - 2.0
    if size <= 2:
        return None
    y = r.bottom - pad * 0.6 - size
    x = r.x + pad
    icons: list[tuple[str, float]] = []
    if box.kind == k.TOUCHPOINT:
        for channel in doc.channels_of(box.card):
            if x + size > r.right - pad - size * 2:
                break
            icons.append((str(doc.get(channel, "icon") or "other"), x))
            x += size + 3.0
    badges: list[str] = []
    if box.kind in (k.PAIN, k.OPPORTUNITY):
        impact = int(doc.get(box.card, "impact") or 0)
        effort = int(doc.get(box.card, "effort") or 0)
        if impact:
            badges.append(f"I{impact}")
        if effort:
            badges.append(f"E{effort}")
    votes = int(doc.get(box.card, "votes") or 0)
    if votes:
        badges.append(f"●{votes}")
    return icons, "  ".join(badges), x, y, size


def _inset(r: Rect, d: float) -> Rect:
    return Rect(r.x + d, r.y + d, max(r.w - 2 * d, 0.0), max(r.h - 2 * d, 0.0))


def _draw_chips(p: Painter, cell: Rect, chips: tuple[Chip, ...], opt: LayoutOptions) -> None:
    """A channels-lane cell: icon and name of each channel, wrapping; "+n" when full."""
    pad = opt.cell_padding
    size = opt.card_font_size
    line, icon, gap = size * 1.75, size * 1.25, size * 0.9
    left, right = cell.x + pad, cell.right - pad
    room = right - left - icon - 4
    widths = [icon + 4 + min(fonts.text_width(name, fonts.REGULAR, size) + 2, room)
              for _key, name in chips]
    spots, hidden, more_at = place_chips(
        widths, (left, right, cell.y + pad, cell.bottom - pad / 3), line, gap,
        lambda n: fonts.text_width(f"+{n}", fonts.BOLD, size))
    text_top = (line - size * fonts.LINE_HEIGHT) / 2
    for (x, y), width, (key, name) in zip(spots, widths, chips, strict=False):
        draw_channel_icon(p, key, x, y + (line - icon) / 2, icon)
        shown = fonts.fit_lines(fonts.wrap_text(name, fonts.REGULAR, size, width - icon - 4),
                                1, fonts.REGULAR, size, width - icon - 4)
        p.text_lines(shown, x + icon + 4, y + text_top, fonts.REGULAR, size,
                     style.TEXT_COLOUR)
    if hidden and more_at[1] + line <= cell.bottom + 0.5:
        p.text_lines([f"+{hidden}"], more_at[0], more_at[1] + text_top, fonts.BOLD, size,
                     style.MUTED_TEXT)


def _draw_figures(p: Painter, cell: Rect, lines: tuple[FigureLine, ...],
                  opt: LayoutOptions) -> None:
    """A metrics-lane cell as on the canvas (layout/metrics_lane.py): one line per phase
    or touchpoint with its figures, the phase's bold; "+n more" when the cell is full."""
    pad = opt.cell_padding
    size = opt.card_font_size * 0.9
    line = size * LINE_FACTOR
    left, top, width = cell.x + pad, cell.y + pad / 2, cell.w - 2 * pad
    shown, hidden = lines_shown(len(lines), cell.bottom - pad / 3 - top, line)
    text_top = (line - size * fonts.LINE_HEIGHT) / 2
    for i, entry in enumerate(lines[:shown]):
        font = fonts.BOLD if entry.phase else fonts.REGULAR
        text = fit_line(entry, width, partial(_width, font=font, size=size))
        p.text_lines([text], left, top + i * line + text_top, font, size, style.TEXT_COLOUR)
    if hidden:
        p.text_lines([more_text(hidden)], left, top + shown * line + text_top, fonts.REGULAR,
                     size, style.MUTED_TEXT)


def _width(text: str, font: str, size: float) -> float:
    return fonts.text_width(text, font, size)


def _draw_curve_names(p: Painter, doc: Document, layout: JourneyLayout,
                      opt: LayoutOptions) -> None:
    """Each persona's name at the end of its curve, in its colour, so the curves read
    without the legend: near the curve's end, clear of every curve and point where the
    band has room (layout/curve_labels.py, review s6 #8)."""
    for name in _persona_names(doc, layout, opt):
        colour = name.colour if style.is_hex_colour(name.colour) else "#1f77b4"
        box = name.rect
        p.rect(box, fill="#ffffff", radius=3.0)
        p.text_box(name.text, Rect(box.x + 4, box.y, max(box.w - 8, 1.0), box.h), fonts.BOLD,
                   _name_size(opt), colour, owner=name.text)


def _name_size(opt: LayoutOptions) -> float:
    return max(opt.card_font_size * 0.95, 6.0)


def _persona_names(doc: Document, layout: JourneyLayout, opt: LayoutOptions) -> tuple:
    """Where the persona names go (the measured curves' n= keep off them too)."""
    from klantreis_desktop.layout.curve_labels import persona_names
    from klantreis_desktop.layout.measured import measured_curves

    if layout.emotion_band is None or not layout.curves:
        return ()
    size = _name_size(opt)
    return persona_names(doc, layout, size, lambda t: fonts.text_width(t, fonts.BOLD, size),
                         size * fonts.LINE_HEIGHT,
                         measured_curves(doc, layout))


def _tint(colour: str, strength: float) -> str:
    """``colour`` mixed with white (the painters fill opaque)."""
    hex_colour = colour if style.is_hex_colour(colour) else "#6a4c93"
    rgb = [int(hex_colour[i:i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(255 - (255 - c) * strength):02x}" for c in rgb)


def draw_measured(p: Painter, doc: Document, layout: JourneyLayout,
                  lang: str | None = None) -> None:
    """Issue 19 on paper as on the canvas (layout/measured.py): each measured curve with
    its interquartile band, n and "!" where the assumption needs checking, and the figures
    of touchpoints and phases as badges (dashed: assumed)."""
    from klantreis_desktop.layout.badges import inset, metric_badges
    from klantreis_desktop.layout.curve_labels import measured_labels
    from klantreis_desktop.layout.measured import BADGE_FONT, FLAG_COLOUR, measured_curves

    curves = measured_curves(doc, layout)
    counts: tuple = ()
    if curves:  # the n= labels keep off the persona names (placed only when needed)
        names = _persona_names(doc, layout, layout_options(layout))
        _names, counts = measured_labels(curves, layout, {}, size=BADGE_FONT * 0.8,
                                         taken=[n.rect for n in names])
    for curve in curves:  # every band first: a band never hides another curve's median
        p.polygon(curve.band(), fill=_tint(curve.colour, 0.18))
    for curve in curves:
        p.beziers(curve.segments, curve.colour, width=1.6, dash=(2, 2))
        for point in curve.points:
            p.rect(Rect(point.x - 3.5, point.y - 3.5, 7.0, 7.0), fill="#ffffff",
                   stroke=curve.colour, width=1.2)
            if point.flagged:
                p.circle((point.x, point.y), 8.0, stroke=FLAG_COLOUR, width=1.6)
                p.text_box("!", Rect(point.x + 7, point.y - 19, 10, 12), fonts.BOLD,
                           BADGE_FONT + 1, FLAG_COLOUR)
    for count in counts:
        p.text_box(count.text, count.rect, fonts.REGULAR, BADGE_FONT * 0.8, count.colour,
                   align="center", min_size=BADGE_FONT * 0.6)
    # Measured in the font they are drawn in, so the text always fits: no shrinking, no
    # cut "+n" (layout/badges.py shortens a figure itself when nothing else fits).
    segment = shown_segment(doc, layout.journey)
    for badge in metric_badges(doc, layout, lang, measure=fonts.regular_width,
                               segment=segment):
        p.rect(badge.rect, fill="#fff7d6" if badge.assumed else "#e3f1ff", stroke="#1d2733",
               width=0.6, radius=5.0, dash=(2, 2) if badge.assumed else None)
        pad = inset(badge.font_size)
        inner = Rect(badge.rect.x + pad, badge.rect.y, badge.rect.w - 2 * pad, badge.rect.h)
        p.text_box(badge.text, inner, fonts.REGULAR, badge.font_size, "#1d2733",
                   align="center", valign="middle")
