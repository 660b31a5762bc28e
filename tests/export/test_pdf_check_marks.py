"""The check's marks on the poster keep clear of each other and of the card's own marks
(review defect 5): no "0 %" on arrows nobody took, drop tags whose text fits inside them
in the poster's font, share labels off the metric badges and the card footer's icons and
pills where a tight stack leaves only a narrow gap."""

from __future__ import annotations

import re

from klantreis_desktop.analysis import conformance as cf
from klantreis_desktop.analysis import metrics_import as mi
from klantreis_desktop.analysis.path_table import PathTable, variants_of
from klantreis_desktop.analysis.sheets import parse_csv_table
from klantreis_desktop.export import pdf_fonts as fonts
from klantreis_desktop.export.pdf import export_pdf
from klantreis_desktop.export.pdf_options import PdfOptions
from klantreis_desktop.layout import layout_journey
from klantreis_desktop.layout import measured as lm
from klantreis_desktop.layout.badges import metric_badges
from klantreis_desktop.layout.geometry import Rect
from klantreis_desktop.model import kinds as k
from klantreis_desktop.templates import build_sample
from tests.export.pdf_helpers import pdf_text

AD = "Ziet advertentie ‘schoon opleveren’"
SEARCH = "Zoekt ‘schoonmaak na verhuizing’"
COMPARE = "Vergelijkt prijzen en wat er wordt schoongemaakt"


def test_the_poster_writes_no_share_on_an_arrow_nobody_took(tmp_path):
    doc = build_sample("schoonmaak", "nl")
    journey = doc.journeys()[0]
    table = PathTable(variants_of([((AD, SEARCH, COMPARE), 10)]), "log.csv")
    result = cf.check_conformance(doc, journey, table)
    assert any(a.customers == 0 for a in result.arrows)
    path = tmp_path / "poster.pdf"
    export_pdf(doc, path, PdfOptions(paper="A3", conformance={journey: result}))
    grid = pdf_text(path, "-raw").split("\f")[0]
    assert "100 %" in grid  # the arrows taken keep their share
    assert not re.search(r"(?<![\d<])0 %", grid)


def test_a_drop_tag_fits_its_text_in_the_posters_font():
    from klantreis_desktop.export.pdf_conformance import tag_font_size

    for width in (12.0, 18.0, 22.0, 40.0):
        size = tag_font_size(["↘", "100%"], width, lm.BADGE_FONT)
        assert 0 < size <= lm.BADGE_FONT
        assert fonts.text_width("100%", fonts.BOLD, size) <= width - 3.0 + 1e-6


def _figures():
    """Figures on seven touchpoints, as the review's table had (tight stacks below some)."""
    doc = build_sample("schoonmaak", "nl")
    journey = doc.journeys()[0]
    rows = {"Ziet advertentie": "0;12;71,5%;12500", "Tip van de": "0;45;88,0%;1234",
            "Leest": "2,5;30;80,5%;8000", "Belt over": "14,5;-10;55,0%;2300",
            "Boekt telefonisch": "8,0;5;62,0%;900", "Team komt": "40,0;-35;40,0%;1100",
            "Betaalt": "0;-5;60,0%;1050"}
    lines = ["Contactmoment;Wachttijd (min);NPS;CSAT;Aantal"]
    lines += [f"{doc.title(n)};{figures}" for n in doc.parts(journey, k.TOUCHPOINT)
              for start, figures in rows.items() if doc.title(n).startswith(start)]
    assert len(lines) == 8
    table = parse_csv_table("\n".join(lines).encode(), "cijfers.csv")
    doc.apply(mi.plan_metrics(doc, journey, table, mi.guess_spec(table.header)).change)
    return doc, journey


def _footer_zones(card: Rect) -> list[Rect]:
    """The channel icons (left) and the evidence pill and votes (right) of a card."""
    y = card.bottom - 20.0
    left, right = min(card.w * 0.25, 60.0), min(card.w * 0.3, 120.0)
    return [Rect(card.x, y, left, 20.0), Rect(card.right - right, y, right, 20.0)]


def test_shares_between_stacked_cards_keep_off_badges_icons_and_pills():
    doc, journey = _figures()
    layout = layout_journey(doc, journey)
    badges = [b.rect for b in metric_badges(doc, layout)]
    shares = {(r.source, r.target): 0.5 for r in layout.flows}
    arrows, _tags = lm.conformance_marks(layout, shares, {}, avoid=badges)
    cards = [box.rect for box in layout.cards.values()]
    stacked = [a for a in arrows if len(a.points) == 2 and a.points[0][0] == a.points[1][0]]
    assert len(stacked) >= 4  # the sample's stacks: a short arrow straight down each
    top = max(c.header.bottom for c in layout.columns)
    assert [a for a in arrows if a.label_rect.y < top] == []  # none above the map's body
    for arrow in stacked:
        label = arrow.label_rect
        assert not [b for b in badges if lm._overlap(label, b) > 0], arrow
        assert not [z for c in cards for z in _footer_zones(c)
                    if lm._overlap(label, z) > 0], arrow


def test_the_posters_check_marks_cover_nothing():
    """Review s6 #4 on paper: "39 %" and "37 %" on channel icons, "↘5%" tags on the
    arrows at column borders. The poster's own layout, badges and footers (A3, A0)."""
    from klantreis_desktop.export.pdf_conformance import grid_marks
    from klantreis_desktop.export.pdf_journey import layout_options
    from klantreis_desktop.export.pdf_poster import compose, largest_scale, poster_job
    from tests.support.check_marks import covered, figured_sample, walked_check

    doc, journey = figured_sample()
    result = walked_check(doc, journey)
    for area in ((1150.0, 800.0), (3340.0, 2360.0)):
        poster = compose(*largest_scale(poster_job(doc, journey, check=result), area), area)
        layout = poster.layout
        assert layout is not None
        arrows, drops, badges, footers = grid_marks(doc, layout, result)
        found = covered(doc, layout, arrows, drops, badges, footers, layout_options(layout))
        assert [str(f) for f in found] == [], area
        assert len([a for a in arrows if a.label]) == len(
            [a for a in result.arrows if a.customers])
        assert len(drops) == len([t for t in result.touchpoints if t.dropped])
