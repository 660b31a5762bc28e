"""The poster's scale search asks only sizes (layout/journey_sizes.py), and must land on the
scale that laying the journey out at every try found: else every poster would change.

The reference below is the search as it was: each try a whole
``layout_journey(size_only=True)``. Same scales, same sizes, same PDF bytes.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab import rl_config

from klantreis_desktop import storage
from klantreis_desktop.export import pdf_fonts as fonts
from klantreis_desktop.export import pdf_poster
from klantreis_desktop.export.pdf import render_pdf
from klantreis_desktop.export.pdf_options import PdfOptions
from klantreis_desktop.layout import ApproxMeasurer, layout_journey
from klantreis_desktop.layout.journey_sizes import LayoutSizes
from klantreis_desktop.model.builder import build
from klantreis_desktop.shipped_files import resources_dir
from klantreis_desktop.templates import build_template

SAMPLES = sorted((resources_dir() / "samples").glob("*.klantreis"))
WORDS = ["klant", "vergelijkt", "prijs", "bestelling", "wachttijd", "ĳs", "€\u00a0349", "→",
         "bevestigingsmail", "x" * 40, "a"]


class _LayoutEveryTry:
    """The search's sizes as they were found before: one size-only layout per try."""

    def __init__(self, job: pdf_poster.PosterJob) -> None:
        self.job = job

    def size(self, fill_width: float, fill_height: float = 0.0) -> tuple[float, float]:
        job = self.job
        layout = layout_journey(
            job.doc, job.journey, measure=job.measure,
            options=replace(job.options, fill_width=fill_width, fill_height=fill_height),
            only_lanes=job.filters.lanes, only_phases=job.filters.phases, size_only=True)
        return layout.width, layout.height


@contextmanager
def laying_out_every_try() -> Iterator[None]:
    """The poster's search as it was, for the block it guards."""
    kept = pdf_poster._sizes
    pdf_poster._sizes = _LayoutEveryTry  # type: ignore[assignment]  # the old search
    try:
        yield
    finally:
        pdf_poster._sizes = kept


# -- the line counts and the spans they hold for ---------------------------------------

@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS + [" ", "  ", "\n", "\t"]), max_size=30).map("".join),
       st.sampled_from([fonts.REGULAR, fonts.BOLD]), st.sampled_from([7.0, 11.0, 13.5]),
       st.floats(1.0, 300.0), st.floats(0.0, 1.0))
def test_a_line_count_holds_over_the_span_it_gives(text, font, size, width, where):
    fonts.register_fonts()
    paragraphs = fonts.word_widths(text, font, size)
    count, low, high = fonts.count_lines_span(paragraphs, font, size, width)
    assert count == fonts.count_lines(paragraphs, font, size, width)
    if low == high:  # a broken word: nothing to reuse
        assert low == width
        return
    assert low <= width < high
    # Anywhere inside, at its edges too, the wrap makes as many lines.
    top = min(high, width + 500.0)
    inside = [low, math.nextafter(high, -math.inf) if high < math.inf else low + 1e6,
              low + (top - low) * where]
    for other in inside:
        if low <= other < high and other >= 1.0:
            assert fonts.count_lines(paragraphs, font, size, other) == count, other
            assert len(fonts.wrap_text(text, font, size, other)) == count, other


# -- the sizes of random journeys ------------------------------------------------------

@st.composite
def journeys(draw: Any) -> dict[str, Any]:
    phases = draw(st.integers(1, 6))
    lane_types = draw(st.lists(st.sampled_from(["touchpoints", "emotions", "pains", "notes"]),
                               min_size=1, max_size=4))
    cards = []
    for i in range(draw(st.integers(0, 40))):
        title = " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=0, max_size=14)))
        if draw(st.booleans()) and title:
            title = title.replace(" ", "\n", 1)
        cards.append({"id": f"c{i}", "kind": "note", "title": title,
                      "phase": f"f{draw(st.integers(0, phases - 1))}",
                      "lane": f"l{draw(st.integers(0, len(lane_types) - 1))}"})
    return {"title": "Reis", "journeys": [{
        "id": "j", "title": draw(st.sampled_from(["Reis", "Een lange titel " * 6])),
        "phases": [{"id": f"f{i}", "title": draw(st.sampled_from(
            ["Fase", "Oriëntatie en vergelijken van aanbieders"])),
            **({"width": draw(st.floats(50.0, 400.0))} if draw(st.booleans()) else {})}
            for i in range(phases)],
        "lanes": [{"id": f"l{i}", "title": t.title(), "lane_type": t,
                   **({"height": draw(st.floats(20.0, 300.0))} if draw(st.booleans()) else {})}
                  for i, t in enumerate(lane_types)],
        "cards": cards}]}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(journeys(), st.lists(st.tuples(st.floats(0.0, 6000.0),
                                      st.sampled_from([0.0, 500.0, 3000.0])),
                            min_size=1, max_size=25),
       st.booleans(), st.booleans())
def test_the_sizes_are_the_layouts_sizes(spec, fills, spans, filtered):
    # Whatever the journey and the order of the widths tried (a bisection's or not), the
    # size is the one layout_journey finds: same floats, not merely close.
    doc = build(spec)
    journey = doc.journeys()[0]
    measure = fonts.ReportLabMeasurer() if spans else ApproxMeasurer()
    options = pdf_poster.POSTER_OPTIONS
    only = {"only_phases": doc.phases(journey)[:1]} if filtered else {}
    sizes = LayoutSizes(doc, journey, measure, options, **only)
    for width, height in fills:
        layout = layout_journey(doc, journey, measure=measure, size_only=True, **only,
                                options=replace(options, fill_width=width,
                                                fill_height=height))
        assert sizes.size(width, height) == (layout.width, layout.height)


# -- the scale, and the poster ----------------------------------------------------------

@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(journeys(), st.sampled_from([(2384.0, 3370.0), (3370.0, 2384.0), (785.0, 1134.0),
                                    (1134.0, 785.0), (300.0, 200.0)]))
def test_the_search_lands_on_the_scale_of_laying_out_every_try(spec, area):
    doc = build(spec)
    job = pdf_poster.poster_job(doc, doc.journeys()[0])
    new_job, new = pdf_poster.largest_scale(job, area)
    with laying_out_every_try():
        old_job, old = pdf_poster.largest_scale(job, area)
    assert new == old
    assert new_job.options == old_job.options
    assert pdf_poster.poster_size(new_job, area, new) == (
        pdf_poster.compose(old_job, old, area).width,
        pdf_poster.compose(old_job, old, area).height)


def _documents() -> list[tuple[str, Any]]:
    docs = [(path.stem, storage.load(path)) for path in SAMPLES]
    docs += [(f"{name}.nl", build_template(name, "nl", seed="search"))
             for name in ("5a", "ideaal", "leeg")]
    return docs


@pytest.mark.parametrize("options", [
    PdfOptions(paper="A0"), PdfOptions(paper="A1"), PdfOptions(paper="A3"),
    PdfOptions(paper="auto"), PdfOptions(paper="A2", orientation="portrait"),
    PdfOptions(paper="A1", tile="A4", persona_pages=True),
    PdfOptions(paper="A0", phases="1-2")],
    ids=["A0", "A1", "A3", "auto", "A2-portrait", "A1-tiles-personas", "A0-phases"])
def test_the_posters_are_byte_identical_to_laying_out_every_try(monkeypatch, options):
    # The PDFs of the samples and templates, in ReportLab's invariant mode (no dates or
    # random ids), with the search as it is and as it was.
    monkeypatch.setattr(rl_config, "invariant", 1)
    for name, doc in _documents():
        new = render_pdf(doc, options, "file.klantreis")
        with laying_out_every_try():
            old = render_pdf(doc, options, "file.klantreis")
        assert new == old, name


@pytest.mark.slow
def test_groots_posters_are_byte_identical_to_laying_out_every_try(monkeypatch):
    # The benchmarks' 2,000-card wall (benchmarks/make_journey.py), where the search's
    # spans are reused most, on every paper the figures use.
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    try:
        from make_journey import make_document
    finally:
        sys.path.pop(0)
    monkeypatch.setattr(rl_config, "invariant", 1)
    doc = make_document(2_000)
    for paper in ("A0", "A1", "A3", "auto"):
        new = render_pdf(doc, PdfOptions(paper=paper), "groot.klantreis")
        with laying_out_every_try():
            old = render_pdf(doc, PdfOptions(paper=paper), "groot.klantreis")
        assert new == old, paper
