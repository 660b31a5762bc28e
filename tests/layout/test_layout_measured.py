"""layout/measured.py: where the measured curve, the metric badges and the conformance
marks go, the same for the canvas and the poster."""

from __future__ import annotations

import pytest

from klantreis_desktop.analysis import metrics_import as mi
from klantreis_desktop.analysis import survey as sv
from klantreis_desktop.analysis.sheets import parse_csv_table
from klantreis_desktop.layout import layout_journey
from klantreis_desktop.layout.badges import metric_badges
from klantreis_desktop.layout.measured import (
    conformance_marks,
    measured_curves,
    number_text,
)
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model import measures as m
from klantreis_desktop.templates import build_sample

METRICS = """Contactmoment;NPS;Conversie (%);Wachttijd
Boekt online een afspraak;32;12,5%;1,5
Aankoop;15;8;
"""


def _survey(rows: int = 12) -> bytes:
    lines = ["Respondent;Persona;Team komt langs — op tijd?;Boekt online een afspraak"]
    lines += [f"R{i};Esther Visser;9;{6 if i % 2 else 8}" for i in range(rows)]
    return "\n".join(lines).encode()


@pytest.fixture
def measured():
    doc = build_sample("schoonmaak", "nl")
    journey = doc.journeys()[0]
    table = parse_csv_table(METRICS.encode(), "m.csv")
    doc.apply(mi.plan_metrics(doc, journey, table, mi.guess_spec(table.header)).change)
    doc.apply(sv.plan_survey(doc, journey, parse_csv_table(_survey(), "s.csv"),
                             sv.SurveySpec(segment="Persona")).change)
    return doc, journey


def _node(doc, journey, title):
    return next(n for n in doc.parts(journey, k.TOUCHPOINT, k.PHASE) if doc.title(n) == title)


def test_the_measured_curve_sits_on_the_emotion_band_with_its_band_and_flags(measured):
    doc, journey = measured
    layout = layout_journey(doc, journey)
    (curve,) = measured_curves(doc, layout)
    band = layout.emotion_band
    assert curve.persona and curve.label == "Esther Visser"
    assert [doc.title(p.anchor) for p in curve.points] == [
        "Boekt online een afspraak", "Team komt langs — op tijd?"]
    for point in curve.points:
        assert band.y <= point.y_q3 <= point.y <= point.y_q1 <= band.bottom
        assert point.n == 12
    team = _node(doc, journey, "Team komt langs — op tijd?")
    flags = {doc.title(p.anchor) for p in curve.points if p.flagged}
    assert flags == {doc.title(f.anchor) for f in sv.assumption_findings(doc, journey)}
    assert doc.title(team) in flags  # assumed −2, measured 9 of 10
    assert len(curve.band()) == 2 * len(curve.points)
    # Only the personas shown are drawn (a filtered poster, a hidden persona).
    assert measured_curves(doc, layout, visible=set()) == ()


def test_badges_name_the_figures_on_touchpoints_and_phases(measured):
    doc, journey = measured
    layout = layout_journey(doc, journey)
    badges = {doc.title(b.node): b for b in metric_badges(doc, layout)}
    online = badges["Boekt online een afspraak"]
    # An arrow from the card above lands on this card's top edge: one figure fits beside it.
    assert online.text == "NPS 32 +2" and not online.assumed
    card = layout.cards[online.node].rect
    assert online.rect.right == pytest.approx(card.right) and online.rect.y < card.y
    from klantreis_desktop.layout.measured import figure_lines

    assert figure_lines(doc, journey, online.node)[:2] == ["NPS 32", "Conversion 12,5 %"]
    phase = badges["Aankoop"]
    header = next(c.header for c in layout.columns if c.phase == phase.node)
    assert header.contains(phase.rect.x, phase.rect.y)
    assert number_text(-10.0) == "−10" and number_text(4.25) == "4,2"


def test_conformance_marks_widen_arrows_by_share(measured):
    doc, journey = measured
    layout = layout_journey(doc, journey)
    first, second = layout.flows[0], layout.flows[1]
    arrows, drops = conformance_marks(
        layout, {(first.source, first.target): 1.0, (second.source, second.target): 0.0},
        {first.target: 0.25, "gone": 0.5})
    widths = {(a.source, a.target): a.width for a in arrows}
    assert widths[first.source, first.target] > widths[second.source, second.target] >= 1.0
    # No "0 %" on the arrow nobody took, on the canvas as on the poster: no label, no room.
    assert [a.label for a in arrows] == ["100 %", ""]
    assert arrows[1].label_rect.w == 0
    assert [(d.touchpoint, d.label) for d in drops] == [(first.target, "↘ 25 %")]


def _all_figures():
    """Five figures on every touchpoint of the sample (as the review's table had)."""
    doc = build_sample("schoonmaak", "nl")
    journey = doc.journeys()[0]
    lines = ["Contactmoment;NPS;CSAT;Wachttijd (min);Uitval;Aantal"]
    lines += [f"{doc.title(n)};{-25 + 4 * i};{55 + i},5%;1{i},2;{i},4;{1000 + i}"
              for i, n in enumerate(doc.parts(journey, k.TOUCHPOINT))]
    table = parse_csv_table("\n".join(lines).encode(), "cijfers.csv")
    doc.apply(mi.plan_metrics(doc, journey, table, mi.guess_spec(table.header)).change)
    return doc, journey


def test_no_flow_arrow_runs_through_a_metric_badge():
    from klantreis_desktop.layout.badges import badge_blocked

    doc, journey = _all_figures()
    layout = layout_journey(doc, journey)
    flows = [(a, b) for route in layout.flows
             for a, b in zip(route.points, route.points[1:], strict=False)]
    badges = metric_badges(doc, layout)
    assert len(badges) == len(doc.parts(journey, k.TOUCHPOINT))
    assert [doc.title(b.node) for b in badges if badge_blocked(b.rect, flows)] == []
    for badge in badges:
        card = layout.cards[badge.node].rect
        assert card.x <= badge.rect.x and badge.rect.right <= card.right + 0.01
        assert badge.text.startswith("NPS ") and "+" in badge.text


def test_the_heat_maps_metric_comes_first_on_the_badges():
    doc, journey = _all_figures()
    layout = layout_journey(doc, journey)
    assert [d.name for d in m.metric_defs(doc, journey)][:3] == ["nps", "csat", "waiting_time"]
    assert all(b.text.startswith("Wachttijd") for b in metric_badges(
        doc, layout, first="waiting_time"))  # named in the (Dutch) journey's language


def _contrast(a: str, b: str) -> float:
    def luminance(colour: str) -> float:
        channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_conformance_labels_are_readable_and_keep_off_cards_and_badges():
    from klantreis_desktop.layout import measured as lm

    assert _contrast(lm.SHARE_TEXT, lm.SHARE_FILL) >= 4.5
    assert _contrast(lm.DROP_TEXT, lm.DROP_FILL) >= 4.5
    doc, journey = _all_figures()
    layout = layout_journey(doc, journey)
    badges = [b.rect for b in metric_badges(doc, layout)]
    shares = {(r.source, r.target): 0.5 for r in layout.flows}
    drops = {node: 0.12 for node in doc.parts(journey, k.TOUCHPOINT)}
    drops[next(iter(drops))] = 1.0  # the widest text: "100 %"
    arrows, tags = conformance_marks(layout, shares, drops, avoid=badges)
    cards = [box.rect for box in layout.cards.values()]
    assert len(tags) == len(drops)
    titles = [lm._title_area(c, 8.0, 14.0) for c in cards]
    for tag in tags:
        # Beside its card, or (where arrows fill that gap) in its own footer's free middle.
        assert not [t for t in titles if lm._overlap(tag.rect, t) > 0], tag
        assert tag.rect.w >= 12 and tag.font_size >= 6.0
        share = tag.tag_text().split("\n")[-1].lstrip("↘")
        assert len(share) * tag.font_size * 0.62 <= tag.rect.w - 3.0 + 1e-9
    # Every spot beside these arrows touches a card (stacks 8 units apart, columns 24):
    # a label may cover a card's side padding or its footer, never its title or text.
    for arrow in arrows:
        assert arrow.label, arrow
        assert not [t for t in titles if lm._overlap(arrow.label_rect, t) > 0], arrow
    for arrow in arrows:
        assert not [b for b in badges if lm._overlap(arrow.label_rect, b) > 0], arrow
        assert not [t for t in tags if lm._overlap(arrow.label_rect, t.rect) > 0], arrow


def test_measured_curve_labels_never_share_a_spot_and_stay_on_the_map():
    """Three groups end on the last touchpoint, at the map's right edge, with the same
    medians: their names and their n= labels used to lie on one spot, past the edge."""
    from klantreis_desktop.layout.curve_labels import measured_labels

    doc = build_sample("schoonmaak", "nl")
    journey = doc.journeys()[0]
    lines = ["Respondent;Segment;Team komt langs — op tijd?;Mail: was alles in orde?"]
    for group in ("Esther Visser", "Henk Bakker", "Zakelijk"):
        lines += [f"R{group[0]}{i};{group};{4 + i % 3};{6 + i % 2}" for i in range(12)]
    table = parse_csv_table("\n".join(lines).encode(), "enquete.csv")
    doc.apply(sv.plan_survey(doc, journey, table, sv.SurveySpec(segment="Segment")).change)
    layout = layout_journey(doc, journey)
    curves = measured_curves(doc, layout)
    assert len(curves) == 3 and {c.label for c in curves} >= {"Zakelijk"}
    names, counts = measured_labels(curves, layout,
                                    {c.key: c.label + ", gemeten" for c in curves})
    assert len(names) == 3 and len(counts) == 6
    labels = [label.rect for label in (*names, *counts)]
    for i, a in enumerate(labels):
        assert a.right <= layout.width and a.x >= 0
        for b in labels[i + 1:]:
            overlap = min(a.right, b.right) - max(a.x, b.x), min(a.bottom, b.bottom) - max(
                a.y, b.y)
            assert not (overlap[0] > 0 and overlap[1] > 0), (a, b)
    for name in names:
        assert name.rect.w >= len(name.text) * 9.0 * 0.6  # the whole name, not cut


def test_share_labels_keep_clear_of_the_title_edge_of_stacked_cards():
    """Stacked touchpoints are 8 units apart, narrower than a share label: the label
    then sits on the bottom of the card above, never on the title of the card below."""
    from klantreis_desktop.layout import measured as lm

    for doc, journey in (_all_figures(), (build_sample("schoonmaak", "nl"), None)):
        journey = journey or doc.journeys()[0]
        layout = layout_journey(doc, journey)
        cards = [box.rect for box in layout.cards.values()]
        gaps = [b.y - a.bottom for a in cards for b in cards
                if a.x == b.x and 0 < b.y - a.bottom < lm.share_label_size(
                    "37 %", lm.BADGE_FONT)[1]]
        assert gaps, "the sample has a tight stack"
        badges = [b.rect for b in metric_badges(doc, layout)]
        shares = {(r.source, r.target): 0.37 for r in layout.flows}
        arrows, _tags = conformance_marks(layout, shares, {}, avoid=badges)
        assert len(arrows) == len(layout.flows)
        for arrow in arrows:
            label = arrow.label_rect
            assert arrow.label == "37 %"
            touched = [c for c in cards if lm._overlap(label, lm._title_area(c, 8.0, 14.0))]
            assert not touched, (arrow.source, arrow.target, label, touched)


@pytest.mark.parametrize("value, decimal, expected", [
    (8000.0, ",", "8.000"), (12500.0, ",", "12.500"), (-1234.5, ",", "−1.234,5"),
    (8000.0, ".", "8,000"), (1234567.25, ".", "1,234,567.2"), (999.0, ",", "999"),
    (-10.0, ",", "−10"), (4.25, ".", "4.2"),
])
def test_figures_get_the_languages_thousands_separator(value, decimal, expected):
    """Review, defect 14: "Aantal 8000", "12500" in the tooltip, inspector and Markdown,
    which all write figures through number_text."""
    assert number_text(value, decimal) == expected
