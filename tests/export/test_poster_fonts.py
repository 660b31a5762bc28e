"""The oblique faces are read when first used: a poster without oblique text never reads
them (ReportLab parses each TrueType file in pure Python), one with it draws them."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from pypdf import PdfReader


def _run(code: str) -> str:
    """Run ``code`` in a fresh interpreter (registered fonts are process-wide)."""
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True,
                          text=True, check=True)
    return done.stdout


def _fonts_of(path) -> set[str]:
    found = set()
    for page in PdfReader(str(path)).pages:
        for font in (page.get("/Resources") or {}).get("/Font", {}).values():
            found.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
        for xobject in (page.get("/Resources") or {}).get("/XObject", {}).values():
            for font in xobject.get_object().get("/Resources", {}).get("/Font", {}).values():
                found.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    return found


def test_a_poster_without_oblique_text_reads_no_oblique_face(tmp_path):
    out = tmp_path / "plain.pdf"
    registered = _run(f"""
        from reportlab.pdfbase import pdfmetrics
        from klantreis_desktop.export.pdf import export_pdf
        from klantreis_desktop.export.pdf_options import PdfOptions
        from klantreis_desktop.model.builder import build
        from tests.export.pdf_helpers import big_spec
        export_pdf(build(big_spec(cards=30)), {str(out)!r}, PdfOptions(paper="A3"))
        print(sorted(pdfmetrics.getRegisteredFontNames()))
    """)
    assert "KlantreisSans-Oblique" not in registered
    assert "KlantreisSans-Bold" in registered
    assert _fonts_of(out) == {"DejaVuSans", "DejaVuSans-Bold"}


def test_persona_quotes_are_drawn_in_the_oblique_face(tmp_path):
    out = tmp_path / "quotes.pdf"
    _run(f"""
        from klantreis_desktop import storage
        from klantreis_desktop.export.pdf import export_pdf
        from klantreis_desktop.export.pdf_options import PdfOptions
        from klantreis_desktop.shipped_files import resources_dir
        doc = storage.load(resources_dir() / "samples" / "schoonmaak.nl.klantreis")
        export_pdf(doc, {str(out)!r}, PdfOptions(paper="A3", persona_pages=True))
    """)
    assert "DejaVuSans-Oblique" in _fonts_of(out)


def test_a_missing_oblique_face_is_still_reported_at_once(tmp_path):
    # A broken installation is said before any drawing, as when all faces were read
    # up front.
    fonts = tmp_path / "fonts"
    fonts.mkdir()
    out = _run(f"""
        import shutil
        from pathlib import Path
        from klantreis_desktop.export import pdf_fonts
        from klantreis_desktop.shipped_files import resources_dir
        for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-BoldOblique.ttf"):
            shutil.copy(resources_dir() / "fonts" / name, {str(fonts)!r})
        pdf_fonts.resources_dir = lambda: Path({str(tmp_path)!r})
        try:
            pdf_fonts.register_fonts()
        except pdf_fonts.FontError as exc:
            print("refused:", exc)
    """)
    assert "refused:" in out and "DejaVuSans-Oblique.ttf" in out
