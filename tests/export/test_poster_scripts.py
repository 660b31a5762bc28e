"""Every script on the poster, or a clear word (issue 16): Arabic joined and right to
left, Chinese drawn, colour emoji as a visible placeholder with a warning naming the card,
no-break spaces kept, the fallback fonts embedded as subsets, the text searchable."""

from __future__ import annotations

import unicodedata

from klantreis_desktop.export import pdf_fonts as fonts
from klantreis_desktop.export import pdf_text
from klantreis_desktop.export.pdf import export_pdf
from klantreis_desktop.export.pdf_options import PdfOptions
from klantreis_desktop.model.builder import build
from tests.export.pdf_helpers import (
    ARABIC,
    CHINESE,
    fonts_of,
    small_spec,
)
from tests.export.pdf_helpers import (
    pdf_text as text_of,
)

EMOJI_CARD = "Stofzuiger 🧹 voor de klant"


def _doc():
    return build(small_spec([f"Klant zegt: {ARABIC} (2024) ok", f"{CHINESE} kopen",
                             EMOJI_CARD, "Prijs €\u00a0349"]))


def test_fallback_fonts_are_embedded_as_subsets(tmp_path):
    target = tmp_path / "scripts.pdf"
    export_pdf(_doc(), target, PdfOptions(paper="A2"))
    names = {str(font["/BaseFont"]) for font in fonts_of(target)}
    assert any("NotoSansArabic" in name for name in names), names
    assert any("DroidSansFallback" in name for name in names), names
    for font in fonts_of(target):
        base = str(font["/BaseFont"]).lstrip("/")
        assert base[6] == "+", base  # a subset tag: ABCDEF+Name
    # Subsets: the 4 MB CJK font adds a few glyphs, not megabytes.
    assert target.stat().st_size < 400_000


def test_chinese_and_arabic_stay_searchable(tmp_path):
    target = tmp_path / "scripts.pdf"
    export_pdf(_doc(), target, PdfOptions(paper="A2"))
    text = text_of(target, "-raw")
    assert CHINESE in text
    # Arabic comes out as joined letter forms (presentation forms): the same text.
    normal = unicodedata.normalize("NFKC", text)
    assert ARABIC.split()[0] in normal or ARABIC.split()[0][::-1] in normal


def test_arabic_is_shaped_and_right_to_left():
    fonts.register_fonts()
    runs = pdf_text.visual_runs(f"Klant zegt: {ARABIC} (2024) ok", fonts.REGULAR, 11.0)
    arabic = [run for run in runs if run.font == pdf_text.ARABIC]
    assert arabic, runs
    shaped = "".join(str(run.text) for run in arabic)
    # Joined forms and ligatures (presentation forms), not the isolated letters typed.
    assert all(0xFB50 <= ord(ch) <= 0xFEFF or ch == " " for ch in shaped), shaped
    # The brackets around the number are mirrored into place: "(2024)", not ")2024(".
    drawn = "".join(str(run.text) for run in runs)
    assert "(2024)" in drawn and ")2024(" not in drawn
    assert drawn.startswith("Klant zegt: ") and drawn.endswith(" ok")


def test_visual_order_follows_the_bidi_algorithm():
    assert pdf_text.visual_order("abc (d) e") == "abc (d) e"
    assert pdf_text.visual_order("שלום [עולם] 12 x") == "x 12 [םלוע] םולש"
    assert pdf_text.visual_order("Klant: שלום (12) ok") == "Klant: (12) םולש ok"


def test_colour_emoji_become_a_placeholder_and_a_warning_naming_the_card(tmp_path):
    target = tmp_path / "emoji.pdf"
    result = export_pdf(_doc(), target, PdfOptions(paper="A2"))
    found = [w for w in result.warnings if "🧹" in w]
    assert len(found) == 1 and EMOJI_CARD in found[0]
    assert "\ufffd" in text_of(target)  # visible, never a silent box or nothing
    assert "Stofzuiger" in text_of(target)


def test_emoji_sequences_make_one_placeholder():
    fonts.register_fonts()
    drawn, missing = pdf_text.prepare("Gezin 👨‍👩‍👧 blij", fonts.REGULAR)
    assert drawn == "Gezin \ufffd blij" and len(missing) == 3
    drawn, missing = pdf_text.prepare("a\u200fb\tc\x07", fonts.REGULAR)
    assert (drawn, missing) == ("ab c", ())


def test_no_break_spaces_are_kept_and_never_broken(tmp_path):
    fonts.register_fonts()
    # A line too narrow for "Prijs € 349" breaks after "Prijs", never inside "€ 349".
    lines = fonts.wrap_text("Prijs €\u00a0349", fonts.REGULAR, 11, 40)
    assert lines[-1] == "€\u00a0349"
    target = tmp_path / "nbsp.pdf"
    export_pdf(_doc(), target, PdfOptions(paper="A2"))
    assert "€ 349" in text_of(target).replace("\u00a0", " ")
    assert "€\n349" not in text_of(target, "-raw")


def test_without_fallback_fonts_the_export_still_works(tmp_path, monkeypatch):
    """A damaged installation (no fallback fonts) prints placeholders, never crashes."""
    fonts.register_fonts()
    monkeypatch.setattr(pdf_text, "_font_for",
                        lambda ch, font: font if ord(ch) < 0x0600 else None)
    pdf_text._prepare.cache_clear()
    fonts._wrapped.cache_clear()
    try:
        drawn, missing = pdf_text.prepare(CHINESE, fonts.REGULAR)
        assert drawn == "\ufffd" and len(missing) == 4  # one placeholder for the row
        result = export_pdf(build(small_spec([f"{CHINESE} kopen", "b", "c", "d"])), tmp_path / "x.pdf",
                            PdfOptions(paper="A3"))
        assert any(f"“{CHINESE} kopen” has characters" in w for w in result.warnings)
    finally:  # nothing measured without the fallbacks may be remembered
        for cached in (pdf_text._prepare, pdf_text.visual_runs, pdf_text.width,
                       fonts._wrapped, fonts.text_width):
            cached.cache_clear()


def test_characters_the_main_font_has_load_no_fallback_font(monkeypatch):
    # A vote badge (●) or an arrow (→) lies above U+0600 but DejaVu has it: the
    # fallback fonts (a 4 MB CJK font among them) are only read for a character it lacks.
    fonts.register_fonts()

    def loading():
        raise AssertionError("fallback fonts loaded")

    monkeypatch.setattr(pdf_text, "register_fallbacks", loading)
    for ch in "●→ĳë€":
        assert pdf_text._font_for(ch, fonts.REGULAR) == fonts.REGULAR
    assert pdf_text.prepare("●3 → klant", fonts.BOLD) == ("●3 → klant", ())
