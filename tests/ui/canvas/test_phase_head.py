"""The canvas's phase headers draw what the shared layout fitted (review s6 #6): a title
word too long for the column shrinks, and below the least size breaks with a hyphen,
never silently inside the word; the header grows with it as on the poster."""

from __future__ import annotations

from klantreis_desktop import templates
from klantreis_desktop.layout.phase_header import TITLE_SHRINK
from klantreis_desktop.model import operations as ops
from tests.ui.canvas.helpers import canvas_from, open_canvas, ref, spec

LONG = "Klantbewustwordingsonderzoeksfasevoorbereiding"


def test_a_long_phase_word_is_hyphenated_on_the_canvas(qtbot):
    canvas = canvas_from(qtbot, spec())
    scene, phase = canvas.scene, ref("f0")
    size = scene.options.header_font_size
    assert scene.phases[phase].look.title_size == size  # "Phase 0" fits as it is
    before = scene.layout.corner.h
    canvas.doc.apply(ops.update(canvas.doc, phase, title=LONG))
    look = scene.phases[phase].look
    assert look.title_size < size and look.title_size >= size * TITLE_SHRINK - 1e-9
    pieces = look.title.split("\n")
    assert len(pieces) > 1 and all(p.endswith("-") for p in pieces[:-1])
    assert "".join(p.removesuffix("-") for p in pieces) == LONG
    assert scene.layout.corner.h >= before  # the header row holds the extra lines
    assert scene.layout.heads[phase].title == look.title


def test_phase_goal_and_kpi_show_in_the_canvas_header(qtbot):
    """Review s6 #3: the goal and KPI under the phase title, in the layout's boxes; the
    header row grows for them."""
    doc = templates.build_template("vier-fasen", "en")
    canvas = open_canvas(qtbot, doc)
    scene = canvas.scene
    phase = doc.phases(canvas.journey)[0]
    look = scene.phases[phase].look
    texts = [n.text for n in look.notes]
    assert texts[0].startswith("Goal: ") and texts[1].startswith("KPI: "), texts
    assert doc.get(phase, "goal") in texts[0]
    height = scene.layout.corner.h
    for note in look.notes:  # inside the header, below the title
        assert note.y > 0 and note.y + note.h <= height
    doc.apply(ops.update(doc, phase, kpi=""))
    assert [n.kind for n in scene.phases[phase].look.notes] == ["goal"]


def test_a_goal_longer_than_its_lines_ends_in_an_ellipsis_on_the_canvas(qtbot):
    """Left from review s6: a goal over three lines was cut at the box without a mark."""
    from PySide6.QtGui import QImage, QPainter

    doc = templates.build_template("vier-fasen", "en")
    canvas = open_canvas(qtbot, doc)
    scene = canvas.scene
    phase = doc.phases(canvas.journey)[0]
    goal = " ".join(f"step{n} of the long goal" for n in range(40))
    doc.apply(ops.update(doc, phase, goal=goal))
    item = scene.phases[phase]
    note = next(n for n in item.look.notes if n.kind == "goal")
    image = QImage(800, 800, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    scene.render(painter, source=item.sceneBoundingRect())
    painter.end()
    layout, height = item._notes["goal"]._value  # what the paint drew
    assert height <= note.h + 0.5
    lines = [layout.lineAt(i) for i in range(layout.lineCount())]
    text = layout.text()
    last = text[lines[-1].textStart():lines[-1].textStart() + lines[-1].textLength()]
    assert last.rstrip().endswith("\u2026"), last
    assert lines[-1].y() + lines[-1].height() <= note.h + 0.5



def test_the_emotion_scale_uses_a_true_minus_as_the_poster_does():
    """Review s7: the canvas's scale read "-1", "-2" (hyphen-minus), the poster "−1"."""
    from klantreis_desktop.export.pdf_journey import signed
    from klantreis_desktop.ui.canvas.header_items import scale_label

    assert [scale_label(s, -2) for s in (2, 1, 0, -1, -2)] == [signed(s) for s in
                                                              (2, 1, 0, -1, -2)]
    assert [scale_label(s, 1) for s in (1, 5, 10)] == ["1", "5", "10"]
