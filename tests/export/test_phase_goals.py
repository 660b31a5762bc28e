"""Each phase's goal and KPI are on the poster, under the phase title (review s6 #3): the
templates and samples fill them in and the inspector edits them, yet no canvas, PDF, PNG
or SVG showed them."""

from __future__ import annotations

import subprocess

from klantreis_desktop import templates
from klantreis_desktop.export.pdf import export_pdf
from klantreis_desktop.export.pdf_options import PdfOptions
from klantreis_desktop.export.pdf_poster import poster_job
from klantreis_desktop.layout import layout_journey
from klantreis_desktop.model import operations as ops


def _words(text: str) -> str:
    return " ".join(text.replace("-\n", "").split())


def test_goals_and_kpis_are_on_the_pdf(tmp_path):
    doc = templates.build_template("vier-fasen", "nl")
    out = tmp_path / "poster.pdf"
    export_pdf(doc, out, PdfOptions(paper="A1", orientation="landscape"))
    text = _words(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                                 check=True).stdout)
    assert "De klant ontdekt een behoefte en leert ons kennen" in text
    assert "KPI: Bereik, vertoningen" in text
    assert "Klanttevredenheid, herhaalaankopen" in text


def test_the_header_row_grows_for_them_and_keeps_them_apart_from_the_title():
    doc = templates.build_template("vier-fasen", "nl")
    journey = doc.journeys()[0]
    layout = poster_job(doc, journey).natural
    phases = doc.phases(journey)
    for phase in phases:
        head = layout.heads[phase]
        kinds = [n.kind for n in head.notes]
        assert kinds == ["goal", "kpi"], kinds
        header = next(c.header for c in layout.columns if c.phase == phase)
        for note in head.notes:
            assert note.box.y >= head.title_box.bottom - 1e-6
            assert header.y <= note.box.y and note.box.bottom <= header.bottom + 1e-6
    # The goals start at one height in every column.
    assert len({round(layout.heads[p].notes[0].box.y, 6) for p in phases}) == 1
    bare = templates.build_template("vier-fasen", "nl")
    for phase in bare.phases(journey):
        bare.apply(ops.update(bare, phase, goal="", kpi=""))
    assert poster_job(bare, journey).natural.corner.h < layout.corner.h


def test_the_canvas_layout_shows_them_too():
    doc = templates.build_sample("schoonmaak", "nl")
    journey = doc.journeys()[0]
    layout = layout_journey(doc, journey)
    head = layout.heads[doc.phases(journey)[0]]
    assert [n.kind for n in head.notes] == ["duration", "goal", "kpi"]
    assert head.notes[0].text == "een paar dagen"
    assert "Weet dat ze het schoonmaken kan uitbesteden" in head.notes[1].text


def test_a_template_goal_is_whole_on_its_own_empty_poster(tmp_path):
    """Review s7: `klantreis new --template 5a` then `export` (A1) warned that "Attention"
    did not fit and cut the template's own goal ("… remembers the…"): the poster allows a
    goal more lines than the canvas's three."""
    doc = templates.build_template("5a", "en")
    journey = doc.journeys()[0]
    goal = str(doc.get(doc.phases(journey)[0], "goal"))
    out = tmp_path / "poster.pdf"
    warnings = export_pdf(doc, out, PdfOptions(paper="A1")).warnings
    text = _words(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                                 check=True).stdout)
    assert goal in text and not any("did not fit" in str(w) for w in warnings), warnings


def test_two_personas_facts_print_at_one_size(tmp_path):
    """Review s7: Henk Bakker's longer role ("71 jaar, Gepensioneerd, verkoopt zijn
    eengezinswoning …") was shrunk to 8 pt beside Esther's 11 pt in the persona band."""
    from pypdf import PdfReader

    doc = templates.build_sample("schoonmaak", "nl")
    out = tmp_path / "poster.pdf"
    export_pdf(doc, out, PdfOptions(paper="A3"))
    sizes: dict[str, float] = {}

    def visit(text, cm, tm, _font, size):
        for age in ("34 jaar", "71 jaar"):
            if text.startswith(age):
                sizes[age] = round(size * tm[0] * cm[0], 2)

    PdfReader(out).pages[0].extract_text(visitor_text=visit)
    assert len(sizes) == 2 and len(set(sizes.values())) == 1, sizes


def test_greyscale_cards_and_legend_keep_the_kinds_apart(tmp_path):
    """Review s7: on a greyscale poster touchpoints, pain points, opportunities and goals
    were the same grey (their colours are all ~89 % light), cards and legend alike."""
    from klantreis_desktop.layout import style
    from tests.export.pdf_helpers import colour_operators

    fills = {style.card_style(kind, greyscale=True).fill for kind in style.GREY_CARD_FILLS}
    assert len(fills) == len(style.GREY_CARD_FILLS)
    doc = templates.build_sample("schoonmaak", "en")
    out = tmp_path / "grey.pdf"
    export_pdf(doc, out, PdfOptions(paper="A3", greyscale=True))
    greys = {round(values[0], 3) for op, values in colour_operators(out) if op == b"g"}
    for hex_fill in fills:
        level = round(int(hex_fill[1:3], 16) / 255, 3)
        assert any(abs(level - g) < 0.002 for g in greys), (hex_fill, sorted(greys))


def test_the_small_text_advice_names_what_limits_the_print():
    """Review s7: "choose a larger paper size or fewer phases" for a map too TALL for the
    sheet (6.9 pt with all phases, 7.8 pt with one); the advice now follows the shape."""
    from klantreis_desktop.export.pdf_plan import plan_pages

    tall = templates.build_sample("schoonmaak", "en")
    _pages, warnings = plan_pages(tall, PdfOptions(paper="A3"))
    assert warnings and "fewer lanes" in warnings[0] and "fewer phases" not in warnings[0]
    wide = templates.build_template("vier-fasen", "en")
    journey = wide.journeys()[0]
    for number in range(30):
        wide.apply(ops.add_phase(wide, journey, f"Phase {number}"))
    _pages, warnings = plan_pages(wide, PdfOptions(paper="A4", orientation="portrait"))
    assert warnings and "fewer phases" in warnings[0], warnings


def test_the_chosen_note_and_the_warning_give_the_same_size():
    """Review s7: the preview said "card text 9 pt" and the warning "only 9.2 pt"."""
    from klantreis_desktop.export.pdf_plan import chosen_note, plan_pages

    doc = templates.build_sample("schoonmaak", "en")
    pages, warnings = plan_pages(doc, PdfOptions(paper="A3"))
    size = warnings[0].split("only ")[1].split(" pt")[0]
    assert f"card text {size} pt" in chosen_note(pages[0]), (chosen_note(pages[0]), size)
