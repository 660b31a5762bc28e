"""What the fast drawing paths write: binary streams, closed shapes, texts and wraps."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from klantreis_desktop.export import pdf_fonts as fonts
from klantreis_desktop.export.pdf import render_pdf
from klantreis_desktop.export.pdf_fonts import REGULAR, wrap_text
from klantreis_desktop.export.pdf_options import PdfOptions
from klantreis_desktop.model.builder import build
from tests.export.pdf_helpers import content_streams, operations, small_spec


def _pdf(tmp_path, **options):
    data, _pages, _warnings = render_pdf(build(small_spec()), PdfOptions(paper="A3", **options))
    path = tmp_path / "poster.pdf"
    path.write_bytes(data)
    return data, path


def test_streams_are_binary_not_ascii85(tmp_path):
    data, _path = _pdf(tmp_path)
    assert b"/ASCII85Decode" not in data
    assert b"/FlateDecode" in data


def test_shapes_are_balanced_and_painted(tmp_path):
    _data, path = _pdf(tmp_path)
    for obj, stream in content_streams(path):
        ops = [op for _operands, op in operations(obj, stream)]
        assert ops.count(b"q") == ops.count(b"Q")
        assert ops.count(b"BT") == ops.count(b"ET")
        if b"c" in ops:  # rounded cards and circles: Bezier paths that get painted
            assert {b"B*", b"f*", b"S"} & set(ops)


def test_every_card_title_is_drawn_once_per_line(tmp_path):
    _data, path = _pdf(tmp_path)
    text = "".join(page.extract_text() for page in PdfReader(str(path)).pages)
    for title in ("Ziet advertentie", "Reiskosten onduidelijk", "Totaalprijs tonen"):
        assert title.replace(" ", "") in text.replace(" ", "").replace("\n", "")


def test_cached_wraps_are_copies():
    first = wrap_text("een twee drie vier vijf zes", REGULAR, 10, 40)
    first.append("changed")
    assert "changed" not in wrap_text("een twee drie vier vijf zes", REGULAR, 10, 40)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("ab ĳ€\u00a0\n\r\t●") + ["xxxxxxxxxxxx", "  "]),
                max_size=40).map("".join),
       st.sampled_from([fonts.REGULAR, fonts.BOLD]), st.sampled_from([7.0, 11.0, 13.5]),
       st.floats(1.0, 200.0))
def test_the_line_count_is_the_number_of_wrapped_lines(text, font, size, width):
    # The poster measures card titles at ~50 widths with line_count; it must say what
    # wrap_text (what is drawn) makes, long words broken, empty lines at the end dropped.
    fonts.register_fonts()
    assert fonts.line_count(text, font, size, width) == len(
        fonts.wrap_text(text, font, size, width))


def test_a_poster_reads_the_words_of_each_text_once_over_all_its_layouts(monkeypatch):
    # The scale search lays the journey out ~50 times; with a cache of fixed size a
    # journey with more titles than it holds missed on every layout (20,000 cards: the
    # export took 78 s instead of 25). The poster's measurer keeps the words itself.
    from collections import Counter

    from klantreis_desktop import storage
    from klantreis_desktop.shipped_files import resources_dir

    calls: Counter[tuple[str, float]] = Counter()
    real = fonts.word_widths

    def counting(text, font, size):
        calls[(text, size)] += 1
        return real(text, font, size)

    made: list[fonts.ReportLabMeasurer] = []

    def measurer() -> fonts.ReportLabMeasurer:
        made.append(real_measurer())
        return made[-1]

    real_measurer = fonts.ReportLabMeasurer
    monkeypatch.setattr(fonts, "word_widths", counting)
    monkeypatch.setattr(fonts, "ReportLabMeasurer", measurer)
    doc = storage.load(resources_dir() / "samples" / "schoonmaak.nl.klantreis")
    render_pdf(doc, PdfOptions(paper="A1"))
    # One measurer per poster tried (portrait, landscape), each text read once by each.
    assert made and calls
    assert max(calls.values()) <= len(made) < 5
