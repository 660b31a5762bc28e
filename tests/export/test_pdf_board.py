"""The brainstorm board on the analysis page (review s7: notes sent from the phones, and
the team's, reached the poster nowhere; only the cards made from some of them did)."""

from __future__ import annotations

import subprocess

from klantreis_desktop.export.pdf import export_pdf
from klantreis_desktop.export.pdf_options import PdfOptions
from klantreis_desktop.model import workshop
from klantreis_desktop.templates import build_sample


def _text(path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                         text=True, check=True).stdout
    return " ".join(out.split())


def _board_sample():
    doc = build_sample("schoonmaak", "nl")
    doc.apply(workshop.add_notes(doc, [
        ("Wachttijd aan de telefoon", "Kanalen", "n1"),
        ("App crasht bij betalen", "Kanalen", "n2"),
        ("Chat is slecht te vinden", "Kanalen", "n3"),
        ("Prijs vooraf", "Wensen", "n4"),
    ]))
    waiting = workshop.notes(doc, "Kanalen")[:2]
    doc.apply(workshop.add_cluster(doc, "Bereikbaarheid", waiting))
    return doc


def test_the_board_is_on_the_first_analysis_page_grouped_as_on_the_board(tmp_path):
    doc = _board_sample()
    out = tmp_path / "heidag.pdf"
    export_pdf(doc, out, PdfOptions(paper="A3", analysis_pages=True))
    text = _text(out)
    assert "Brainstormbord" in text, text[-800:]
    start = text.index("Brainstormbord")
    board = text[start:]
    for words in ("Kanalen", "Bereikbaarheid (2)", "• Wachttijd aan de telefoon",
                  "• App crasht bij betalen", "• Chat is slecht te vinden", "Wensen",
                  "• Prijs vooraf"):
        assert words in board, (words, board)
    assert board.index("Bereikbaarheid") < board.index("Chat is slecht")  # clusters first


def test_without_notes_or_analysis_pages_nothing_changes(tmp_path):
    doc = build_sample("schoonmaak", "nl")
    out = tmp_path / "plain.pdf"
    export_pdf(doc, out, PdfOptions(paper="A3", analysis_pages=True))
    assert "Brainstormbord" not in _text(out)
    board = _board_sample()
    export_pdf(board, out, PdfOptions(paper="A3"))
    assert "Brainstormbord" not in _text(out)
