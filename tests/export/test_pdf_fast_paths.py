"""The drawing's fast paths give what the slow ones gave, to the byte: each is compared with
the code it replaced (kept here as the reference), so a poster cannot change through them.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from klantreis_desktop.export import pdf_draw, pdf_text
from klantreis_desktop.export import pdf_fonts as fonts

#: Characters of every kind the fast paths must tell apart: Latin, symbols DejaVu has,
#: Arabic, Hebrew, CJK, emoji and their joiners, controls, direction marks, spaces.
CHARS = list("aZ ĳë€●→✓ \u00a0\u202f\n\r\t\x07") + ["مرحبا", "שלום", "客户", "👨‍👩‍👧",
                                                  "\u200f", "\u200d", "\ufe0f", "\U0001f3fb"]
texts = st.lists(st.sampled_from(CHARS), max_size=25).map("".join)
font_names = st.sampled_from([fonts.REGULAR, fonts.BOLD, fonts.ITALIC])


def _old_n(value: float) -> str:
    text = repr(round(value, 2))
    if text.endswith(".0"):
        text = text[:-2]
    return "0" if text == "-0" else text


@settings(max_examples=3000, deadline=None)
@given(st.one_of(st.floats(allow_nan=False, allow_infinity=False),
                 st.floats(-20000, 20000),
                 st.integers(-2_000_000, 2_000_000).map(lambda i: i / 1000 + 0.005),
                 st.integers(-10**8, 10**8).map(lambda i: i / 200)))
def test_coordinates_are_written_as_round_and_repr_wrote_them(value):
    assert pdf_draw._n(value) == _old_n(value)


@settings(max_examples=300, deadline=None)
@given(st.floats(-3000, 3000), st.floats(-3000, 3000), st.floats(0.1, 800),
       st.floats(0.1, 800), st.floats(0.0, 60))
def test_a_rounded_rect_is_the_path_it_was(x, y, w, h, radius):
    k = radius * (1 - pdf_draw._KAPPA)
    right, top = x + w, y + h
    points = (
        (x + radius, y, "m"), (right - radius, y, "l"),
        (right - k, y, right, y + k, right, y + radius, "c"), (right, top - radius, "l"),
        (right, top - k, right - k, top, right - radius, top, "c"), (x + radius, top, "l"),
        (x + k, top, x, top - k, x, top - radius, "c"), (x, y + radius, "l"),
        (x, y + k, x + k, y, x + radius, y, "c"))
    old = " ".join(" ".join(_old_n(v) for v in op[:-1]) + " " + str(op[-1])
                   for op in points) + " h"
    assert pdf_draw._round_rect_path(x, y, w, h, radius) == old


def _old_needs_help(line: str, font: str) -> bool:
    cmap = pdf_text._cmap(font)
    return any(ord(ch) not in cmap or pdf_text.is_arabic(ch) or pdf_text._is_rtl(ch)
               for ch in line)


@settings(max_examples=500, deadline=None)
@given(texts, font_names)
def test_the_text_checks_answer_as_the_loops_did(text, font):
    fonts.register_fonts()
    assert pdf_text.needs_help(text, font) == _old_needs_help(text, font)
    # prepare's set test only skips the loop when the loop would change nothing.
    assert pdf_text.prepare(text, font) == pdf_text._prepare.__wrapped__(text, font)


@settings(max_examples=300, deadline=None)
@given(texts, font_names, st.sampled_from([5.0, 11.0, 13.5, 34.0]))
def test_line_widths_are_reportlabs(text, font, size):
    fonts.register_fonts()
    line = pdf_text.prepare(text, font)[0]
    if not pdf_text.needs_help(line, font):
        assert pdf_text._string_width(line, font, size) == float(
            pdfmetrics.stringWidth(line, font, size))


def test_runs_are_written_as_text_out_wrote_them(tmp_path):
    # textOut = move the cursor by the run's width + _formatText; every line sets its own
    # origin, so the cursor never mattered.
    fonts.register_fonts()
    written = []
    for fast in (False, True):
        canvas = Canvas(str(tmp_path / "t.pdf"))
        text = canvas.beginText()
        text.setFont(fonts.REGULAR, 11, 14)
        for y, run in enumerate(["Klant vergelijkt", "€\u00a0349 → ✓", "(haakjes) \\ é"]):
            text.setTextOrigin(10, 500 - 14 * y)
            if fast:
                pdf_draw._text_out(text, run)
            else:
                text.textOut(run)
        written.append(text.getCode())
    assert written[0] == written[1]


def test_the_reference_checks_see_what_they_should():
    # Guards the references above: they are not vacuous.
    fonts.register_fonts()
    assert _old_needs_help("مرحبا", fonts.REGULAR)
    assert not _old_needs_help("klant €", fonts.REGULAR)
    assert pdf_text.prepare("a\tb", fonts.REGULAR) == ("a b", ())
    assert pdf_text.prepare("a\x07b", fonts.REGULAR) == ("ab", ())
