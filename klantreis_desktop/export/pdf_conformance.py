"""The check against an event log on paper (issue 19), kept apart from the poster's own
drawing: the marks the canvas shows (arrow widths with the share of customers, drop-out
tags; geometry from :func:`klantreis_desktop.layout.measured.conformance_marks`) drawn
over the poster's grid through its :class:`Painter` (so the PDF and, through the Qt
painter, PNG, SVG and the export preview show the same marks), the legend's rows that
explain them, and the findings as blocks of the analysis page.

A check belongs to no file (it is a view of a log): the export receives it in
:attr:`PdfOptions.conformance <klantreis_desktop.export.pdf_options.PdfOptions>`; without
one nothing here draws, and the PDF stays byte for byte what it was. No Qt.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from klantreis_desktop.export import pdf_fonts as fonts
from klantreis_desktop.export.pdf_analysis import _WORDS, HEADING, _Block, _Heading, _Para
from klantreis_desktop.export.pdf_draw import Painter
from klantreis_desktop.export.pdf_words import Words, label
from klantreis_desktop.i18n import Translator
from klantreis_desktop.layout import style
from klantreis_desktop.layout.geometry import JourneyLayout, Point, Rect
from klantreis_desktop.model.document import Document

if TYPE_CHECKING:
    from klantreis_desktop.analysis.conformance import Conformance
    from klantreis_desktop.export.pdf_poster import Poster
    from klantreis_desktop.layout.measured import ArrowMark, DropMark

#: The canvas paints the widened arrow in this blue at 35 % over white; paper has no
#: transparency here, so the same mix is drawn opaque under the arrow.
WIDE_ARROW = "#b7d1ea"
TOP = 8  # findings of each kind on the page; the rest is counted
#: The legend's three rows that explain a check (two marks and the log) are this tall.
LEGEND_ROW = 22.0  # as the legend's (pdf_band._ROW)


def _tr(text: str) -> str:
    translate = _WORDS.get()
    return translate("Export", text)


# The poster ------------------------------------------------------------------------------

def grid_box(poster: Poster) -> Rect | None:
    """Where the poster drew its journey grid (the content box the size of its layout)."""
    layout = poster.layout
    if layout is None:
        return None
    return next((r for r in poster.content if abs(r.w - layout.width) < 0.01
                 and abs(r.h - layout.height) < 0.01), None)


def draw_grid_marks(p: Painter, doc: Document, layout: JourneyLayout, grid: Rect,
                    result: Any, lang: str | None = None) -> None:
    """The marks over a grid drawn at ``grid``'s corner (the poster paints them last, with
    any painter: ReportLab's for the PDF, Qt's for PNG, SVG and the preview); ``lang``:
    the poster's language, which its badges are written in."""
    p.c.saveState()
    p.c.translate(grid.x, -grid.y)
    draw_marks(p, doc, layout, result, lang)
    p.c.restoreState()


def grid_marks(doc: Document, layout: JourneyLayout, result: Any, lang: str | None = None
               ) -> tuple[tuple[ArrowMark, ...], tuple[DropMark, ...], list[Rect], list[Rect]]:
    """The marks of ``result`` on the poster's grid, and the badges and footer marks
    they keep off (as drawn: ReportLab's font, the poster's ``lang``, the segment the
    poster shows)."""
    from klantreis_desktop.export.pdf_journey import footer_marks, layout_options
    from klantreis_desktop.layout.badges import metric_badges
    from klantreis_desktop.layout.measured import conformance_marks
    from klantreis_desktop.model.measures import shown_segment

    badges = [b.rect for b in metric_badges(doc, layout, lang, measure=fonts.regular_width,
                                            segment=shown_segment(doc, layout.journey))]
    opt = layout_options(layout)
    footers = [r for box in layout.cards.values() for r in footer_marks(doc, box, opt)]
    arrows, drops = conformance_marks(layout, result.arrow_shares(), result.drop_offs(),
                                      avoid=badges, footers=footers)
    return arrows, drops, badges, footers


def draw_marks(p: Painter, doc: Document, layout: JourneyLayout, result: Any,
               lang: str | None = None) -> None:
    """The marks in layout units, at the painter's origin (a ``Conformance``)."""
    arrows, drops, _badges, _footers = grid_marks(doc, layout, result, lang)
    for mark in arrows:  # every stroke first: no wide arrow over a label
        draw_wide_arrow(p, mark.points, mark.width)
    for mark in arrows:
        if mark.label:  # none on an arrow nobody took: the analysis page names those
            draw_share_label(p, mark.label_rect, mark.label, mark.font_size)
    for drop in drops:
        draw_drop_tag(p, drop.rect, drop.tag_text(), drop.font_size)


# One look per mark: the grid's marks and the legend's samples are drawn by these.

def draw_wide_arrow(p: Painter, points: Sequence[Point], width: float) -> None:
    """A flow arrow widened to ``width`` by the share of customers who took it."""
    p.line(points, WIDE_ARROW, width=width)
    p.arrow(points, style.FLOW_COLOUR, width=1.4, head=8.0)


def draw_share_label(p: Painter, r: Rect, text: str, size: float | None = None) -> None:
    """The share written on its arrow ("62 %"), in the size the layout gave it (smaller
    where a full-size label found no free spot)."""
    from klantreis_desktop.layout.measured import BADGE_FONT, SHARE_FILL, SHARE_TEXT

    size = size or BADGE_FONT
    p.rect(r, fill=SHARE_FILL, stroke=SHARE_TEXT, width=0.8, radius=4.0)
    p.text_box(text, Rect(r.x + 1, r.y + 1.5 * size / BADGE_FONT, r.w - 2, r.h - 2),
               fonts.BOLD, size, SHARE_TEXT, align="center", min_size=size * 0.7)


def draw_drop_tag(p: Painter, r: Rect, text: str, font_size: float) -> None:
    """The "↘ 12%" tag right of a card customers leave (its lines one under the other)."""
    from klantreis_desktop.layout.measured import DROP_FILL, DROP_TEXT

    lines = text.split("\n")
    size = tag_font_size(lines, r.w, font_size)
    p.rect(r, fill=DROP_FILL, stroke=DROP_TEXT, width=1.0, radius=4.0)
    top = r.y + max(1.0, (r.h - len(lines) * size * 1.25) / 2)
    p.text_lines(lines, r.x, top, fonts.BOLD, size, DROP_TEXT, r.w, align="center",
                 leading=size * 1.25)


def tag_font_size(lines: Sequence[str], width: float, font_size: float) -> float:
    """At most ``font_size``, small enough that the widest line fits inside ``width`` in
    the poster's bold font ("100%" is wider than the layout's estimate per character)."""
    widest = max((fonts.text_width(line, fonts.BOLD, 1.0) for line in lines), default=0.0)
    room = width - 3.0  # the border and a little air
    return min(font_size, room / widest) if widest > 0 and room > 0 else font_size


# The legend ------------------------------------------------------------------------------

def draw_check_legend(p: Painter, result: Any, w: Words, x: float, top: float,
                      width: float) -> None:
    """The legend's samples of the marks (drawn as on the grid) with what they mean, one
    a row, and the line that names the log, in the poster's language."""
    draw_wide_arrow(p, [(x, top + 10), (x + 26, top + 10)], 8.0)
    _legend_line(p, label(w, "Arrow width and label: share of customers who took it"),
                 x + 34, top + 1, width - 34)
    top += LEGEND_ROW
    draw_drop_tag(p, Rect(x + 2, top, 22, 20), "↘\nN%", 7.5)
    _legend_line(p, label(w, "“↘ N %”: customers who leave after this touchpoint"),
                 x + 34, top + 1, width - 34)
    top += LEGEND_ROW
    _legend_line(p, log_line(result, w), x, top, width, muted=True)


def log_line(result: Any, w: Words) -> str:
    """"Log: klantlog.csv · 9,001 customers", with the segment and the period when the
    check carries them."""
    translate = w.translate
    count = _count(result.customers, translate)
    parts = [label(w, "Log: {source}").format(source=result.source or label(w, "the log")),
             (label(w, "{count} customer") if result.customers == 1
              else label(w, "{count} customers")).format(count=count)]
    if result.segment is not None:
        parts.append(label(w, "segment {name}").format(name=label(w, "“{text}”").format(
            text=result.segment)))
    first, last = (_day(getattr(result, name, "")) for name in ("first_seen", "last_seen"))
    if first and last:
        parts.append(label(w, "{first} to {last}").format(first=w.date(first),
                                                          last=w.date(last)))
    return " · ".join(parts)


def _day(text: object) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(str(text)) if text else None
    except ValueError:
        return None


def _legend_line(p: Painter, text: str, x: float, top: float, width: float,
                 muted: bool = False) -> None:
    from klantreis_desktop.export.pdf_band import BODY, _one_line

    if muted:  # as the legend's emotion scale
        _one_line(p, text, x, top, width, BODY - 1, style.MUTED_TEXT)
    else:
        _one_line(p, text, x, top, width)


# The analysis page -----------------------------------------------------------------------

def _count(n: int, translate: Translator | None = None) -> str:
    """A whole number with the page's thousands separator: 97.521 (nl), 97,521 (en)."""
    words = translate("Export", "1,000") if translate is not None else _tr("1,000")
    mark = words[1:2] or ","  # translated as "1.000" in Dutch
    return f"{n:,}".replace(",", mark)


def _customers(n: int) -> str:
    return (_tr("{count} customer") if n == 1 else _tr("{count} customers")).format(
        count=_count(n))


def _pct(share: float) -> str:
    from klantreis_desktop.layout.measured import percent_text

    return percent_text(share)


def _q(text: str) -> str:
    return _tr("“{text}”").format(text=text)


def _more(shown: Sequence[Any], total: int) -> list[_Block]:
    if total <= len(shown):
        return []
    return [_Para(_tr("… and {count} more").format(count=total - len(shown)), indent=10,
                  gap=0.05, colour=style.MUTED_TEXT)]


def _items(title: str, lines: list[str], total: int, empty: str = "") -> list[_Block]:
    """A bold title and one indented line per finding (the first :data:`TOP`)."""
    if not lines:
        return [_Para(empty, colour=style.MUTED_TEXT, gap=0.3)] if empty else []
    blocks: list[_Block] = [_Para(title, fonts.BOLD, gap=0.3)]
    blocks += [_Para(line, indent=10, gap=0.05) for line in lines[:TOP]]
    return blocks + _more(lines[:TOP], total)


def conformance_blocks(result: Conformance) -> list[_Block]:
    """The findings of a check, busiest first, for the analysis page."""
    blocks: list[_Block] = [_Heading(_tr("Checked against the event log"), fonts.BOLD, 1.3,
                                     gap=0.9, colour=HEADING)]
    head = _tr("{source}: {customers}; {fitting} ({share}) follow the map from start to "
               "end.").format(source=result.source or _tr("the log"),
                              customers=_customers(result.customers),
                              fitting=_count(result.fitting), share=_pct(result.fitness))
    if result.segment is not None:
        head += " " + _tr("Segment: {name}.").format(name=_q(result.segment))
    blocks.append(_Para(head))
    blocks += _why_blocks(result)
    used = sorted((a for a in result.arrows if a.customers),
                  key=lambda a: (-a.customers, a.source_title, a.target_title))
    blocks += _items(_tr("Arrows taken (share of the customers who got there):"), [
        _tr("{source} → {target}: {customers} ({share})").format(
            source=_q(a.source_title), target=_q(a.target_title),
            customers=_customers(a.customers), share=_pct(a.share_of_source))
        for a in used], len(used))
    unused = [a for a in result.arrows if not a.customers]
    if unused:
        blocks.append(_Para(_tr("Arrows nobody took: {items}").format(items=", ".join(
            f"{_q(a.source_title)} → {_q(a.target_title)}" for a in unused)), gap=0.3))
    drops = sorted((t for t in result.touchpoints if t.dropped),
                   key=lambda t: (-t.dropped, t.title))
    blocks += _items(_tr("Where customers drop out:"), [
        _tr("{title}: {customers} ({share} of its visitors)").format(
            title=_q(t.title), customers=_customers(t.dropped), share=_pct(t.drop_share))
        for t in drops], len(drops))
    skipped = sorted((t for t in result.touchpoints if t.skipped),
                     key=lambda t: (-t.skipped, t.title))
    blocks += _items(_tr("Skipped touchpoints:"), [
        _tr("{title}: {customers}").format(title=_q(t.title), customers=_customers(t.skipped))
        for t in skipped], len(skipped))
    repeats = result.repeats()
    blocks += _items(_tr("Repeats (the same touchpoint twice or more in a row):"), [
        _tr("{title}: {customers} ({share} of its visitors)").format(
            title=_q(t.title), customers=_customers(t.repeated),
            share=_pct(t.repeated / t.reached if t.reached else 0.0)) for t in repeats],
        len(repeats))
    for kind, title in (("shortcut", _tr("Shortcuts:")), ("loop", _tr("Ways back (loops):")),
                        ("new_arrow", _tr("Routes the map lacks:"))):
        found = [d for d in result.deviations if d.kind == kind]
        blocks += _items(title, [_tr("{source} → {target}: {customers}").format(
            source=_q(d.source_title), target=_q(d.target_title),
            customers=_customers(d.customers)) for d in found], len(found))
    blocks += _items(_tr("Steps the map lacks (events that match no touchpoint):"),
                     [_missing(s) for s in result.missing], len(result.missing))
    if result.unseen:
        titles = {t.touchpoint: t.title for t in result.touchpoints}
        blocks.append(_Para(_tr("Touchpoints no event of the log matches: {items}").format(
            items=", ".join(_q(titles.get(n, "")) for n in result.unseen)), gap=0.3))
    return blocks


def _why_blocks(result: Conformance) -> list[_Block]:
    """Where the customers who do not follow the map went, one line a reason."""
    from klantreis_desktop.analysis.conformance import reason_labels

    labels = reason_labels(_WORDS.get())  # in the poster's language
    why = result.why_not_fitting()
    lines = [_tr("{reason}: {customers}, {only} for this reason only").format(
        reason=labels.get(reason, reason), customers=_customers(n), only=_count(only))
        for reason, n, only in why]
    if why and not result.deviations:
        lines.append(_tr("No shortcuts, ways back or routes the map lacks in this log."))
    return _items(_tr("Why {count} do not follow the map (a customer can have several "
                      "reasons):").format(count=_count(result.customers - result.fitting)),
                  lines, len(lines))


def _missing(step: Any) -> str:
    text = _tr("{name}: {customers}").format(name=_q(step.name),
                                             customers=_customers(step.customers))
    if step.after_title and step.before_title:
        return text + " " + _tr("(between {after} and {before})").format(
            after=_q(step.after_title), before=_q(step.before_title))
    if step.after_title:
        return text + " " + _tr("(after {after})").format(after=_q(step.after_title))
    if step.before_title:
        return text + " " + _tr("(before {before})").format(before=_q(step.before_title))
    return text
