"""The emotion lane's labels keep clear of the curves (review s6 #8): the names at the
curves' ends ("Henk Bakker, gemeten" on the canvas, "Esther Visser" / "Henk Bakker" on
the poster) lay on the curves, and the n= labels on the markers."""

from __future__ import annotations

import random

from klantreis_desktop.analysis import survey as sv
from klantreis_desktop.analysis.sheets import parse_csv_table
from klantreis_desktop.export import pdf_fonts as fonts
from klantreis_desktop.layout import layout_journey
from klantreis_desktop.layout.curve_labels import band_obstacles, measured_labels
from klantreis_desktop.layout.geometry import Rect
from klantreis_desktop.layout.layout_options import LayoutOptions
from klantreis_desktop.layout.measured import measured_curves
from klantreis_desktop.model import kinds as k
from klantreis_desktop.templates import build_sample


def surveyed():
    """The cleaning sample with a survey per persona on every touchpoint, as the
    review's survey-nl.csv: medians that zigzag across the team's curves."""
    doc = build_sample("schoonmaak", "nl")
    journey = doc.journeys()[0]
    touchpoints = doc.parts(journey, k.TOUCHPOINT)
    rng = random.Random(3)
    lines = ["Respondent;Persona;" + ";".join(doc.title(t) for t in touchpoints)]
    for persona, shift in (("Esther Visser", 0), ("Henk Bakker", 3)):
        for r in range(25):
            scores = [max(1, min(10, (3 + 2 * i + shift) % 9 + 1 + rng.randint(-1, 1)))
                      for i in range(len(touchpoints))]
            lines.append(f"R{persona[0]}{r};{persona};" + ";".join(map(str, scores)))
    table = parse_csv_table("\n".join(lines).encode(), "enquete.csv")
    doc.apply(sv.plan_survey(doc, journey, table, sv.SurveySpec(segment="Persona")).change)
    return doc, journey


def _clear(layout, curves, labels) -> list[str]:
    found = []
    obstacles = band_obstacles(layout, curves)
    band = layout.emotion_band
    for label in labels:
        r = label.rect
        if obstacles.crossings(r):
            found.append(f"{label.text} crosses {obstacles.crossings(r)} curve pieces")
        if obstacles.covers_point(r):
            found.append(f"{label.text} on a point")
        if not (band.y - r.h <= r.y and r.bottom <= band.bottom + r.h):
            found.append(f"{label.text} outside the band")
    return found


def _overlapping(labels) -> list[tuple[str, str]]:
    rects = [(label.text, label.rect) for label in labels]
    return [(a, b) for i, (a, ra) in enumerate(rects) for b, rb in rects[i + 1:]
            if min(ra.right, rb.right) > max(ra.x, rb.x)
            and min(ra.bottom, rb.bottom) > max(ra.y, rb.y)]


def test_measured_names_and_counts_keep_off_curves_and_points():
    doc, journey = surveyed()
    for options in (LayoutOptions(), LayoutOptions(card_width=250.0, card_font_size=20.0,
                                                   emotion_band_height=200.0)):
        layout = layout_journey(doc, journey, options=options)
        curves = measured_curves(doc, layout)
        assert len(curves) == 2 and all(len(c.points) == 13 for c in curves)
        names, counts = measured_labels(curves, layout,
                                        {c.key: c.label + ", gemeten" for c in curves})
        assert len(names) == 2 and len(counts) == 26
        assert [f for f in _clear(layout, curves, names)] == []
        # An n= on no marker (it may cross a curve where the band has no free spot).
        assert [f for f in _clear(layout, curves, counts) if "curve" not in f] == []
        assert _overlapping([*names, *counts]) == []


def test_the_posters_persona_names_keep_off_every_curve():
    from klantreis_desktop.export.pdf_journey import _persona_names, layout_options
    from klantreis_desktop.export.pdf_poster import compose, largest_scale, poster_job

    doc, journey = surveyed()
    for area in ((1150.0, 800.0), (3340.0, 2360.0)):
        poster = compose(*largest_scale(poster_job(doc, journey), area), area)
        layout = poster.layout
        assert layout is not None
        names = _persona_names(doc, layout, layout_options(layout))
        assert sorted(n.text for n in names) == ["Esther Visser", "Henk Bakker"]
        curves = measured_curves(doc, layout)
        assert _clear(layout, curves, names) == []
        for name in names:  # the whole name fits its box in the poster's bold font
            size = max(layout_options(layout).card_font_size * 0.95, 6.0)
            assert fonts.text_width(name.text, fonts.BOLD, size) <= name.rect.w - 8 + 1e-6
        _n, counts = measured_labels(curves, layout, {}, size=9 * 0.8,
                                     taken=[n.rect for n in names])
        assert [f for f in _clear(layout, curves, counts) if "curve" not in f] == []
        assert _overlapping([*names, *counts]) == []
        assert all(isinstance(n.rect, Rect) for n in names)
