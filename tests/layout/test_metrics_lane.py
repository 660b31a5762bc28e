"""layout/metrics_lane.py: what a metrics lane (a lane with ``shows_figures``) lists per
phase (the same for the canvas and the poster), how a line is fitted, and that such a
lane saves, loads and survives the content sheet."""

from __future__ import annotations

import pytest

from klantreis_desktop import storage
from klantreis_desktop.analysis import metrics_import as mi
from klantreis_desktop.analysis.sheets import parse_csv_table
from klantreis_desktop.export import content_sheet as cs
from klantreis_desktop.layout import layout_journey
from klantreis_desktop.layout.badges import metric_badges
from klantreis_desktop.layout.journey_layout import (
    FIGURE_LINES_MAX,
    LINE_FACTOR,
    figure_cell_height,
)
from klantreis_desktop.layout.metrics_lane import (
    fit_line,
    lines_shown,
    metric_cells,
    more_text,
    short_title,
)
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model import measures as m
from klantreis_desktop.model import operations as ops
from klantreis_desktop.model.document import Document
from klantreis_desktop.model.invariants import problems
from klantreis_desktop.templates import build_sample

METRICS = """Contactmoment;NPS;CSAT;Wachttijd (min)
Aankoop;15;4,2;
Boekt telefonisch;5;3,9;8,5
Belt over reiskosten en beschikbaarheid;-10;;14,5
Zoekt ‘schoonmaak na verhuizing’;30;4,1;
"""


def _node(doc: Document, journey: str, title: str) -> str:
    return next(n for n in doc.parts(journey, k.TOUCHPOINT, k.PHASE) if doc.title(n) == title)


def with_metrics_lane(lang: str = "nl") -> tuple[Document, str, str]:
    """The cleaning sample with a metrics lane under the touchpoints and figures imported
    through the metrics import's own code path."""
    doc = build_sample("schoonmaak", lang)
    journey = doc.journeys()[0]
    change = ops.add_lane(doc, journey, "Cijfers", "kpis", 1, shows_figures=True)
    doc.apply(change)
    lane = ops.created_id(change)
    table = parse_csv_table(METRICS.encode(), "cijfers.csv")
    plan = mi.plan_metrics(doc, journey, table, mi.guess_spec(table.header))
    doc.apply(plan.change)
    return doc, journey, lane


@pytest.fixture
def lane_doc():
    return with_metrics_lane()


def _texts(doc, journey, lane, phase_title, lang=None):
    layout = layout_journey(doc, journey)
    cells = metric_cells(doc, layout, lang)
    phase = next(p for p in doc.phases(journey) if doc.title(p) == phase_title)
    return [line.text for line in cells.get((phase, lane), ())]


def test_a_cell_lists_the_phase_then_its_touchpoints_in_layout_order(lane_doc):
    doc, journey, lane = lane_doc
    # Known metrics are named in the journey's language as its numbers are (Dutch here,
    # whatever the interface speaks: English in the tests), as on the badges.
    assert _texts(doc, journey, lane, "Aankoop") == [
        "Aankoop · NPS 15 · CSAT 4,2 %",
        "Belt over reiskosten… · NPS −10 · Wachttijd 14,5 min",
        "Boekt telefonisch · NPS 5 · CSAT 3,9 % · Wachttijd 8,5 min",
    ]
    # The card order of the layout (top-down), not the order of the CSV.
    layout = layout_journey(doc, journey)
    phase = doc.phase_of(_node(doc, journey, "Boekt telefonisch"))
    nodes = [line.node for line in metric_cells(doc, layout)[(phase, lane)]]
    stack = [c for r in layout.rows for c in layout.stacks.get((phase, r.lane), ())
             if c in nodes]
    assert nodes == [phase, *stack]
    lines = metric_cells(doc, layout)[(phase, lane)]
    assert [line.phase for line in lines] == [True, False, False]
    # A title cut in a quote is closed again; phases without any figures list nothing.
    assert _texts(doc, journey, lane, "Oriëntatie") == [
        "Zoekt ‘schoonmaak na…’ · NPS 30 · CSAT 4,1 %"]
    assert _texts(doc, journey, lane, "Bewustwording") == []


def test_the_figures_are_written_as_the_badges_write_them(lane_doc):
    doc, journey, lane = lane_doc
    layout = layout_journey(doc, journey)
    phone = _node(doc, journey, "Boekt telefonisch")
    badge = next(b for b in metric_badges(doc, layout) if b.node == phone)
    line = next(li for lines in metric_cells(doc, layout).values() for li in lines
                if li.node == phone)
    assert line.figures.startswith(badge.text.split(" +")[0])
    # An English poster of this Dutch journey: English names and a decimal point, as
    # its English badges (review s6, measured #3: "Waiting time 7,5 min").
    assert "Boekt telefonisch · NPS 5 · CSAT 3.9% · Waiting time 8.5 min" in _texts(
        doc, journey, lane, "Aankoop", lang="en")
    english = {b.node: b.text for b in metric_badges(doc, layout, "en")}
    assert english[phone].startswith("NPS 5 · CSAT 3.9%")


def test_assumed_figures_are_marked_as_on_the_badges(lane_doc):
    doc, journey, lane = lane_doc
    phone = _node(doc, journey, "Boekt telefonisch")
    doc.apply(m.update_metrics(doc, journey, {phone: [
        m.MetricValue("nps", 5.0, evidence="assumed")]}))
    layout = layout_journey(doc, journey)
    line = next(li for lines in metric_cells(doc, layout).values() for li in lines
                if li.node == phone)
    assert line.figures.startswith("≈ NPS 5 · CSAT 3,9 %") and not line.assumed
    badge = next(b for b in metric_badges(doc, layout) if b.node == phone)
    assert badge.text.startswith("≈ NPS 5")


def test_only_empty_cells_of_metrics_lanes_list_figures(lane_doc):
    doc, journey, lane = lane_doc
    phase = next(p for p in doc.phases(journey) if doc.title(p) == "Aankoop")
    doc.apply(ops.add_card(doc, k.NOTE, phase, lane, "Eigen notitie"))
    assert _texts(doc, journey, lane, "Aankoop") == []
    assert _texts(doc, journey, lane, "Oriëntatie")
    plain = build_sample("schoonmaak", "nl")
    assert metric_cells(plain, layout_journey(plain, plain.journeys()[0])) == {}


def test_a_full_cell_ends_in_n_more_and_never_passes_its_bottom():
    assert lines_shown(3, 60.0, 15.0) == (3, 0)
    assert lines_shown(4, 60.0, 15.0) == (4, 0)
    assert lines_shown(6, 60.0, 15.0) == (3, 3)  # three lines and "+3 more"
    assert lines_shown(2, 10.0, 15.0) == (0, 0)  # not one line fits: nothing at all
    assert more_text(3) == "+3 more"


def test_a_long_line_gives_up_title_then_figures_then_is_cut(lane_doc):
    doc, journey, lane = lane_doc
    layout = layout_journey(doc, journey)
    phone = next(li for lines in metric_cells(doc, layout).values() for li in lines
                 if li.name == "Boekt telefonisch")

    def measure(text: str) -> float:
        return len(text) * 6.0

    assert fit_line(phone, 1000.0, measure) == phone.text
    # The title gives way to about 12 characters, then figures to "+n", then the title more.
    assert fit_line(phone, 44 * 6.0, measure) == "Boekt telefonisch · NPS 5 · CSAT 3,9 % +1"
    assert fit_line(phone, 40 * 6.0, measure) == "Boekt telefonis… · NPS 5 · CSAT 3,9 % +1"
    assert fit_line(phone, 30 * 6.0, measure) == "Boekt telefonisch · NPS 5 +2"
    assert fit_line(phone, 19 * 6.0, measure) == "Boekt t… · NPS 5 +2"
    cut = fit_line(phone, 8 * 6.0, measure)
    assert cut.endswith("…") and measure(cut) <= 8 * 6.0
    for width in (10.0, 60.0, 130.0, 200.0, 300.0):
        assert measure(fit_line(phone, width, measure)) <= width
    assert short_title("Team komt langs — op tijd?", 12) == "Team komt l…"


def test_a_metrics_lane_saves_loads_and_validates(lane_doc, tmp_path):
    doc, journey, lane = lane_doc
    assert problems(doc) == []
    path = tmp_path / "cijfers.klantreis"
    storage.save(doc, path)
    result = storage.read(path)
    assert result.warnings == []
    back_doc = result.document
    assert back_doc.get(lane, "shows_figures") is True
    assert problems(back_doc) == []
    assert metric_cells(back_doc, layout_journey(back_doc, journey)) == metric_cells(
        doc, layout_journey(doc, journey))


def test_the_content_sheet_keeps_a_metrics_lane(lane_doc):
    doc, journey, lane = lane_doc
    phase = doc.phases(journey)[0]
    doc.apply(ops.add_card(doc, k.NOTE, phase, lane, "Bron: enquête Q3"))
    data = cs.content_csv(doc)
    table = parse_csv_table(data, "inhoud.csv")
    empty = Document(meta={"title": "leeg", "lang": "nl"})
    result = cs.import_sheet(empty, table.header, table.rows)
    empty.apply(result.change)
    assert problems(empty) == []
    note = next(c for j in empty.journeys() for c in empty.cards(j)
                if empty.title(c) == "Bron: enquête Q3")
    assert empty.get(empty.lane_of(note), "shows_figures") is True
    assert empty.get(empty.lane_of(note), "lane_type") == "kpis"
    assert cs.sheet_lane_type(empty, empty.lane_of(note)) == "metrics"


def _many_figures(doc: Document, journey: str, count: int) -> str:
    """``count`` touchpoints with an NPS in the first phase; the phase."""
    phase = doc.phases(journey)[0]
    touch = next(r for r in doc.lanes(journey) if doc.get(r, "lane_type") == "touchpoints")
    figures = {}
    for i in range(count):
        change = ops.add_card(doc, k.TOUCHPOINT, phase, touch, f"Stap {i}")
        doc.apply(change)
        figures[ops.created_id(change)] = [m.MetricValue("nps", float(i))]
    doc.apply(m.update_metrics(doc, journey, figures))
    return phase


def test_a_metrics_lane_of_automatic_height_fits_its_longest_list(lane_doc):
    # It kept the least lane height, so a phase with four figure lines already ended in
    # "+n more" until the team dragged the lane taller (session 5's review).
    doc, journey, lane = lane_doc
    phase = _many_figures(doc, journey, 6)
    layout = layout_journey(doc, journey)
    opt = layout.extras["options"]
    cells = metric_cells(doc, layout)
    longest = max(len(lines) for lines in cells.values())
    assert longest == len(cells[(phase, lane)]) >= 6
    row = next(r for r in layout.rows if r.lane == lane)
    pad = opt.cell_padding
    room = row.body.h - pad / 2 - pad / 3
    for line in (10.0 * LINE_FACTOR, opt.card_font_size * 0.9 * LINE_FACTOR):  # canvas, poster
        for lines in cells.values():
            assert lines_shown(len(lines), room, line)[1] == 0
    # Height the team chose is kept: the rest then ends in "+n more".
    doc.apply(ops.update(doc, lane, height=80.0))
    low = next(r for r in layout_journey(doc, journey).rows if r.lane == lane)
    assert low.body.h == 80.0
    # Without figures it is an ordinary lane of the least height.
    plain = build_sample("schoonmaak", "nl")
    journey_plain = plain.journeys()[0]
    change = ops.add_lane(plain, journey_plain, "Cijfers", "kpis", 1, shows_figures=True)
    plain.apply(change)
    empty_row = next(r for r in layout_journey(plain, journey_plain).rows
                     if r.lane == ops.created_id(change))
    assert empty_row.body.h == opt.min_lane_height


def test_an_automatic_metrics_lane_stops_growing_at_its_most_lines(lane_doc):
    doc, journey, lane = lane_doc
    phase = _many_figures(doc, journey, 30)
    layout = layout_journey(doc, journey)
    opt = layout.extras["options"]
    row = next(r for r in layout.rows if r.lane == lane)
    assert row.body.h == pytest.approx(figure_cell_height(FIGURE_LINES_MAX, opt))
    pad = opt.cell_padding
    shown, hidden = lines_shown(len(metric_cells(doc, layout)[(phase, lane)]),
                                row.body.h - pad / 2 - pad / 3, 10.0 * LINE_FACTOR)
    assert hidden > 0 and shown + hidden == len(metric_cells(doc, layout)[(phase, lane)])
