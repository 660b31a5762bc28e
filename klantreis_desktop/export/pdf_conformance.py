"""The check against an event log on paper (issue 19), kept apart from the poster's own
drawing: the marks the canvas shows (arrow widths with the share of customers, drop-out
tags; geometry from :func:`klantreis_desktop.layout.measured.conformance_marks`) drawn
over a finished poster, and the findings as blocks of the analysis page.

A check belongs to no file (it is a view of a log): the export receives it in
:attr:`PdfOptions.conformance <klantreis_desktop.export.pdf_options.PdfOptions>`; without
one nothing here draws, and the PDF stays byte for byte what it was. No Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from klantreis_desktop.export import pdf_fonts as fonts
from klantreis_desktop.export.pdf_analysis import _WORDS, HEADING, _Block, _Heading, _Para
from klantreis_desktop.export.pdf_draw import Painter
from klantreis_desktop.layout import style
from klantreis_desktop.layout.geometry import JourneyLayout, Rect
from klantreis_desktop.model.document import Document

if TYPE_CHECKING:
    from klantreis_desktop.analysis.conformance import Conformance
    from klantreis_desktop.export.pdf_poster import Poster

#: The canvas paints the widened arrow in this blue at 35 % over white; paper has no
#: transparency here, so the same mix is drawn opaque under the arrow.
WIDE_ARROW = "#b7d1ea"
TOP = 8  # findings of each kind on the page; the rest is counted


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


def draw_poster_marks(p: Painter, doc: Document, poster: Poster,
                      result: Conformance | None) -> None:
    """Arrow widths, shares and drop-out tags over the poster's grid, as on the canvas."""
    grid = grid_box(poster)
    if result is None or grid is None or poster.layout is None:
        return
    p.c.saveState()
    p.c.translate(grid.x, -grid.y)
    draw_marks(p, doc, poster.layout, result)
    p.c.restoreState()


def draw_marks(p: Painter, doc: Document, layout: JourneyLayout, result: Any) -> None:
    """The marks in layout units, at the painter's origin (a ``Conformance``)."""
    from klantreis_desktop.layout.measured import (
        BADGE_FONT,
        DROP_FILL,
        DROP_TEXT,
        SHARE_FILL,
        SHARE_TEXT,
        conformance_marks,
        metric_badges,
    )

    badges = [b.rect for b in metric_badges(doc, layout)]
    arrows, drops = conformance_marks(layout, result.arrow_shares(), result.drop_offs(),
                                      avoid=badges)
    for mark in arrows:  # every stroke first: no wide arrow over a label
        p.line(mark.points, WIDE_ARROW, width=mark.width)
        p.arrow(mark.points, style.FLOW_COLOUR, width=1.4, head=8.0)
    for mark in arrows:
        r = mark.label_rect
        p.rect(r, fill=SHARE_FILL, stroke=SHARE_TEXT, width=0.8, radius=4.0)
        p.text_box(mark.label, Rect(r.x + 1, r.y + 1.5, r.w - 2, r.h - 2), fonts.BOLD,
                   BADGE_FONT, SHARE_TEXT, align="center", min_size=BADGE_FONT * 0.7)
    for drop in drops:
        r = drop.rect
        p.rect(r, fill=DROP_FILL, stroke=DROP_TEXT, width=1.0, radius=4.0)
        p.text_lines(drop.tag_text().split("\n"), r.x, r.y + 1.0, fonts.BOLD,
                     drop.font_size, DROP_TEXT, r.w, align="center",
                     leading=drop.font_size * 1.25)


# The analysis page -----------------------------------------------------------------------

def _count(n: int) -> str:
    """A whole number with the page's thousands separator: 97.521 (nl), 97,521 (en)."""
    mark = _tr("1,000")[1:2] or ","  # translated as "1.000" in Dutch
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
