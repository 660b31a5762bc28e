"""Marks on the poster (issue 16): emotion curves named where they end, a review-sites
icon that is not the moment-of-truth star."""

from __future__ import annotations

from klantreis_desktop import templates
from klantreis_desktop.export.pdf import export_pdf, plan_pages
from klantreis_desktop.export.pdf_icons import draw_channel_icon, star_points
from klantreis_desktop.export.pdf_options import PdfOptions
from tests.export.pdf_helpers import words_with_boxes


def test_each_curve_is_named_at_its_end_inside_the_emotion_band(tmp_path):
    doc = templates.build_sample("schoonmaak", "nl")
    options = PdfOptions(paper="A1", orientation="landscape")
    target = tmp_path / "curves.pdf"
    export_pdf(doc, target, options)
    page = plan_pages(doc, options)[0][0]
    layout = page.poster.layout
    band, grid = layout.emotion_band, page.poster.content[1]
    s, (ox, oy) = page.scale, page.offset
    top = page.page_h - oy - page.poster.height * s
    x0, y0 = ox + (grid.x + band.x) * s, top + (grid.y + band.y) * s
    x1, y1 = ox + (grid.x + band.right) * s, top + (grid.y + band.bottom) * s
    inside = [w for w, a, b, c, d in words_with_boxes(target)
              if x0 - 1 <= a and c <= x1 + 1 and y0 - 1 <= b and d <= y1 + 1]
    for curve in layout.curves:
        first, last = doc.title(curve.persona).split()[0], curve.points[-1]
        assert first in inside, (first, inside)
        # Near the curve's end: in the last column.
        end_x = ox + (grid.x + last.x) * s
        assert end_x > x0 + (x1 - x0) * 0.6
    assert "Henk" in inside and "Esther" in inside


class _Recorder:
    """Stands in for the painter: records the shapes drawn."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple, dict]] = []

    def __getattr__(self, name):
        # 0.0 for the painter's calls that answer a height (text boxes)
        return lambda *args, **kwargs: self.calls.append((name, args, kwargs)) or 0.0


def test_the_review_icon_is_a_speech_bubble_not_the_moment_of_truth_star():
    review = _Recorder()
    draw_channel_icon(review, "review", 0, 0, 20)  # type: ignore[arg-type]
    kinds = [name for name, _args, _kwargs in review.calls]
    assert kinds.count("polygon") == 2
    bubble, star = (args for name, args, _kw in review.calls if name == "polygon")
    assert bubble[1] is None and bubble[2]  # an outline: no fill, a stroke
    assert len(star[0]) == 10 and max(y for _x, y in star[0]) < 20 * 0.7  # a small star inside
    # The moment-of-truth star is large and gold; the review star is small and ink.
    assert star[1] != "#e0a800"
    assert len(star_points(0, 0, 8)) == 10


def test_measured_curves_are_in_the_legend_and_names_are_never_cut(tmp_path):
    from klantreis_desktop.analysis import survey as sv
    from klantreis_desktop.analysis.sheets import parse_csv_table

    doc = templates.build_sample("schoonmaak", "nl")
    journey = doc.journeys()[0]
    lines = ["Respondent;Segment;Team komt langs — op tijd?;Mail: was alles in orde?"]
    for group in ("Esther Visser", "Henk Bakker", "Zakelijk"):
        lines += [f"R{group[0]}{i};{group};{9 + i % 2};{2 + i % 2}" for i in range(12)]
    table = parse_csv_table("\n".join(lines).encode(), "enquete.csv")
    doc.apply(sv.plan_survey(doc, journey, table, sv.SurveySpec(segment="Segment")).change)
    target = tmp_path / "measured.pdf"
    export_pdf(doc, target, PdfOptions(paper="A1", orientation="landscape"))
    words = [w for w, *_box in words_with_boxes(target)]
    assert "Visser" in words and "Bakker" in words  # the whole surname at the curve's end
    assert any(w.startswith("Zakelijk") for w in words)  # the segment in the legend


def test_persona_names_are_drawn_over_the_measured_layer(tmp_path, monkeypatch):
    """Review: "Esther Viss" — the measured band was painted over the curve names."""
    from klantreis_desktop.export import pdf_journey

    order: list[str] = []
    for name in ("draw_measured", "_draw_curve_names"):
        original = getattr(pdf_journey, name)

        def record(*args, _original=original, _name=name, **kwargs):
            order.append(_name)
            return _original(*args, **kwargs)

        monkeypatch.setattr(pdf_journey, name, record)
    doc = templates.build_sample("schoonmaak", "nl")
    export_pdf(doc, tmp_path / "order.pdf", PdfOptions(paper="A3", orientation="landscape"))
    assert order[:2] == ["draw_measured", "_draw_curve_names"]


def test_measured_bands_lie_under_every_curve(tmp_path):
    """Review (session 5): the opaque bands on paper hid whole stretches of the team's
    assumed curves (and of the other measured curve's median). As on the canvas: all
    bands first, then the measured medians, then the assumed curves."""
    from klantreis_desktop.analysis import survey as sv
    from klantreis_desktop.analysis.sheets import parse_csv_table
    from klantreis_desktop.export.pdf_journey import draw_journey

    doc = templates.build_sample("schoonmaak", "nl")
    journey = doc.journeys()[0]
    lines = ["Respondent;Segment;Team komt langs — op tijd?;Mail: was alles in orde?"]
    for group in ("Esther Visser", "Henk Bakker"):
        lines += [f"R{group[0]}{i};{group};{3 + i % 5};{2 + i % 7}" for i in range(12)]
    table = parse_csv_table("\n".join(lines).encode(), "enquete.csv")
    doc.apply(sv.plan_survey(doc, journey, table, sv.SurveySpec(segment="Segment")).change)
    layout = plan_pages(doc, PdfOptions(paper="A1", orientation="landscape"))[0][0] \
        .poster.layout
    painter = _Recorder()
    draw_journey(painter, doc, layout)  # type: ignore[arg-type]
    order = [("band" if name == "polygon" and "fill" in kwargs and len(args) == 1
              else "median" if name == "beziers" and kwargs.get("width") == 1.6
              else "assumed" if name == "beziers" and kwargs.get("width") == 3.0 else "")
             for name, args, kwargs in painter.calls]
    order = [what for what in order if what]
    assert order.count("band") == 2 and order.count("assumed") == len(layout.curves) >= 2
    assert order == sorted(order, key=["band", "median", "assumed"].index), order
