"""Metric badges are measured in the font they are drawn in (review defect 6): the text is
never cut, as many figures show as fit the card, and a "+n" stays whole."""

from __future__ import annotations

import dataclasses
import re

from klantreis_desktop.analysis import metrics_import as mi
from klantreis_desktop.analysis.sheets import parse_csv_table
from klantreis_desktop.export import pdf_fonts as fonts
from klantreis_desktop.layout import layout_journey
from klantreis_desktop.layout.badges import inset, metric_badges
from klantreis_desktop.layout.geometry import Rect
from klantreis_desktop.layout.measured import map_words
from klantreis_desktop.model import kinds as k
from klantreis_desktop.templates import build_sample


def _figures(columns: int = 5):
    """``columns`` figures on every touchpoint (NPS −5 first on one: the review's case)."""
    doc = build_sample("schoonmaak", "nl")
    journey = doc.journeys()[0]
    names = ["NPS", "CSAT", "Wachttijd (min)", "Uitval", "Aantal"][:columns]
    lines = [";".join(["Contactmoment", *names])]
    for i, node in enumerate(doc.parts(journey, k.TOUCHPOINT)):
        row = [f"{-5 - 4 * i}", f"{55 + i},5%", f"1{i},2", f"{i},4", f"{1000 + i}"]
        lines.append(";".join([doc.title(node), *row[:columns]]))
    table = parse_csv_table("\n".join(lines).encode(), "cijfers.csv")
    doc.apply(mi.plan_metrics(doc, journey, table, mi.guess_spec(table.header)).change)
    return doc, journey


def _shown(text: str) -> int:
    return text.count(" · ") + 1


def test_poster_badges_hold_their_text_in_the_posters_font():
    doc, journey = _figures()
    layout = layout_journey(doc, journey)
    badges = metric_badges(doc, layout, measure=fonts.regular_width)
    assert badges
    for badge in badges:
        room = badge.rect.w - 2 * inset(badge.font_size)
        assert fonts.regular_width(badge.text, badge.font_size) <= room, badge.text
        if badge.node in layout.cards:
            card = layout.cards[badge.node].rect
            assert card.x <= badge.rect.x and badge.rect.right <= card.right + 0.01


def _no_arrows(layout):
    return dataclasses.replace(layout, flows=[])


def test_as_many_figures_show_as_fit_and_the_rest_is_counted():
    from klantreis_desktop.layout import badges as lb
    from klantreis_desktop.model import measures as m

    doc, journey = _figures()
    layout = _no_arrows(layout_journey(doc, journey))
    badges = metric_badges(doc, layout, measure=fonts.regular_width)
    for badge in badges:
        hidden = re.search(r" \+(\d)$", badge.text)
        shown = _shown(badge.text)
        assert shown + (int(hidden.group(1)) if hidden else 0) == 5, badge.text
        if badge.node not in layout.cards:
            continue
        values = sorted((v for v in m.metrics_of(doc, badge.node) if not v.segment),
                        key=lambda v: [d.name for d in m.metric_defs(doc, journey)].index(
                            v.metric))
        more, _assumed = lb.badge_text(doc, journey, values, shown + 1,
                                       map_words(doc, journey))
        wider = fonts.regular_width(more, badge.font_size) + 2.2 * inset(badge.font_size)
        assert wider > layout.cards[badge.node].rect.w, (badge.text, more)


def test_three_short_figures_all_show_where_they_fit():
    """Not capped at two ("NPS 30 +3" beside room for more)."""
    doc, journey = _figures(columns=2)
    lines = ["Contactmoment;CES"]
    lines += [f"{doc.title(n)};{i % 5 + 1},4" for i, n in enumerate(doc.parts(journey, k.TOUCHPOINT))]
    table = parse_csv_table("\n".join(lines).encode(), "ces.csv")
    doc.apply(mi.plan_metrics(doc, journey, table, mi.guess_spec(table.header)).change)
    layout = _no_arrows(layout_journey(doc, journey))
    badges = metric_badges(doc, layout, measure=fonts.regular_width)
    assert badges and all(_shown(b.text) == 3 and "+" not in b.text for b in badges), [
        b.text for b in badges]


def test_a_narrow_spot_shortens_the_figure_but_keeps_the_count_whole():
    from klantreis_desktop.layout import badges as lb

    doc, journey = _figures()
    node = doc.parts(journey, k.TOUCHPOINT)[0]
    from klantreis_desktop.model import measures as m

    values = [v for v in m.metrics_of(doc, node) if not v.segment]
    spot = Rect(0.0, 0.0, 40.0, 15.0)
    badge = lb._placed(doc, journey, node, values, spot, [], map_words(doc, journey),
                       fonts.regular_width,
                       lb.BADGE_FONT)
    assert badge.text.endswith(" +4") and "…" in badge.text
    assert badge.font_size >= lb.BADGE_FONT * lb.MIN_SCALE
    assert fonts.regular_width(badge.text, badge.font_size) <= 40.0 - 2 * inset(
        badge.font_size)
