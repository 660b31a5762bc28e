"""The poster's metrics lane: the lines of layout.metrics_lane (the canvas's), in the same
order, inside the lane — a full cell ends in "+n more" above the next lane's top."""

from __future__ import annotations

from klantreis_desktop.export.pdf import export_pdf
from klantreis_desktop.export.pdf_options import PdfOptions
from klantreis_desktop.layout import layout_journey
from klantreis_desktop.layout.metrics_lane import metric_cells
from klantreis_desktop.model import measures as m
from klantreis_desktop.model import operations as ops
from tests.export.pdf_helpers import pdf_text, squash, words_with_boxes
from tests.layout.test_metrics_lane import with_metrics_lane


def test_the_poster_lists_each_cell_in_the_canvas_order(tmp_path):
    doc, journey, lane = with_metrics_lane()
    target = tmp_path / "cijfers.pdf"
    export_pdf(doc, target, PdfOptions(paper="A1"))
    text = squash(pdf_text(target, "-raw"))
    phase = next(p for p in doc.phases(journey) if doc.title(p) == "Aankoop")
    lines = metric_cells(doc, layout_journey(doc, journey))[(phase, lane)]
    at = [text.find(squash(line.name[:10])) for line in lines]
    assert all(i >= 0 for i in at) and at == sorted(at), at
    assert squash("NPS −10") in text and squash("NPS 15 · CSAT 4,2 %") in text
    assert squash("NPS 30 · CSAT 4,1 %") in text and squash("Zoekt ‘schoonmaak") in text


def test_a_full_poster_cell_ends_in_more_above_the_next_lane(tmp_path):
    doc, journey, lane = with_metrics_lane()
    doc.apply(ops.update(doc, lane, height=72.0))  # sized by the team: automatic ones grow
    phase = next(p for p in doc.phases(journey) if doc.title(p) == "Aankoop")
    doc.apply(m.update_metrics(doc, journey, {
        card: [m.MetricValue("volume", 120.0)] for card in doc.cards(journey)
        if doc.phase_of(card) == phase and doc.kind(card) == "touchpoint"}))
    target = tmp_path / "vol.pdf"
    export_pdf(doc, target, PdfOptions(paper="A1"))
    words = words_with_boxes(target)
    # Lane titles sit a cell padding below their row's top, as the first line does.
    top = next(w for w in words if w[0] == "Cijfers")[2] - 8
    below = min(w[2] for w in words if w[0] == "Kanalen")
    more = [w for w in words if w[0] == "more"]
    assert len(more) == 1 and top < more[0][2] and more[0][4] <= below
    # Five lines (the phase and four touchpoints) in a lane of the least height: as many
    # as fit, then "+n more" for the rest.
    lines = metric_cells(doc, layout_journey(doc, journey))[(phase, lane)]
    left = more[0][1] - 60  # "+n" begins the line, "more" follows
    cell = [w[0] for w in words if top <= w[2] and w[4] <= below and left <= w[1] < left + 300]
    hidden = int(cell[cell.index("more") - 1].lstrip("+"))
    assert "Aankoop" in cell and "Aantal" in cell and 0 < hidden < len(lines)
    assert cell.count("·") >= len(lines) - hidden  # every line shown names its figures


def test_figures_per_segment_only_reach_the_poster(tmp_path):
    # Review s6 (measured #1): a table with a segment column imported figures that no
    # badge, lane or poster showed; the poster shows the first segment's, as the canvas.
    from tests.ui.test_figure_segments import _segmented

    doc, journey, _lane = _segmented()
    target = tmp_path / "segmenten.pdf"
    export_pdf(doc, target, PdfOptions(paper="A2"))
    text = squash(pdf_text(target, "-raw"))
    assert "NPS40" in text and "NPS10" not in text  # squash drops the spaces


def test_figures_are_written_in_the_posters_language(tmp_path):
    # Review s6 (measured #3): an English poster of a Dutch journey said "Waiting time
    # 8,5 min" (names from the laptop, numbers from the journey); a Dutch one exported
    # from an English window said "Waiting time" amid Dutch. One language for both.
    doc, _journey, _lane = with_metrics_lane()
    english, dutch = tmp_path / "en.pdf", tmp_path / "nl.pdf"
    export_pdf(doc, english, PdfOptions(paper="A2", language="en"))
    export_pdf(doc, dutch, PdfOptions(paper="A2"))  # the journey's own: Dutch
    en_text, nl_text = squash(pdf_text(english, "-raw")), squash(pdf_text(dutch, "-raw"))
    assert "Waitingtime8.5min" in en_text and "CSAT3.9%" in en_text
    assert "Wachttijd8,5min" in nl_text and "CSAT3,9%" in nl_text
    assert "Waitingtime" not in nl_text and "Wachttijd" not in en_text


def test_the_legend_says_what_a_badges_plus_means(tmp_path):
    # Review s6: "NPS 12 +1" on a card read like an emotion score; the legend explains it
    # (only when the map has figures).
    doc, _journey, _lane = with_metrics_lane()
    target = tmp_path / "legenda.pdf"
    export_pdf(doc, target, PdfOptions(paper="A2"))
    assert "Cijfers;„+2”:nogtwee" in squash(pdf_text(target, "-raw"))
    plain = tmp_path / "zonder.pdf"
    from klantreis_desktop.templates import build_sample

    export_pdf(build_sample("schoonmaak", "nl"), plain, PdfOptions(paper="A2"))
    assert "nogtwee" not in squash(pdf_text(plain, "-raw"))
