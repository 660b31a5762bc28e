"""The canvas's phase headers draw what the shared layout fitted (review s6 #6): a title
word too long for the column shrinks, and below the least size breaks with a hyphen,
never silently inside the word; the header grows with it as on the poster."""

from __future__ import annotations

from klantreis_desktop.layout.phase_header import TITLE_SHRINK
from klantreis_desktop.model import operations as ops
from tests.ui.canvas.helpers import canvas_from, ref, spec

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
