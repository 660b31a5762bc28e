"""The poster floor: ReportLab drawing the same cards on one A0 page, without our code.

Imports nothing of klantreis_desktop. From ``card_list.py``'s JSON (made once, not timed)
it takes the A0 page, the print scale and every card of the poster at the rect our
poster layout gives it, and draws each as a rounded rect in its colours with its title
wrapped by ReportLab's ``simpleSplit`` at the same text width and size, in the same font
(DejaVu Sans from ``resources/fonts``, embedded as a subset), into a compressed PDF.

Run as a whole process (the floor of ``klantreis export FILE --pdf``):
``python benchmarks/poster_floor.py CARDS.json OUT.pdf``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

FONT = "FloorSans"


def draw_poster(cards: dict[str, Any], out: str | Path) -> int:
    """Write the poster's cards to ``out``; returns the file size in bytes."""
    poster = cards["poster"]
    pdfmetrics.registerFont(TTFont(FONT, cards["font"]))
    page_w, page_h = poster["page"]
    c = Canvas(str(out), pagesize=(page_w, page_h), pageCompression=1,
               initialFontName=FONT, initialFontSize=10)
    c.translate(*poster["offset"])
    c.scale(poster["scale"], poster["scale"])
    height = poster["poster"][1]
    size, pad = poster["card_font_size"], poster["padding"]
    leading = size * poster["line_height"]
    c.setLineWidth(1.0)
    for (x, y, w, h, fill, border, ink), text in zip(poster["cards"], cards["poster_texts"],
                                                     strict=True):
        c.setFillColor(fill)
        c.setStrokeColor(border)
        c.roundRect(x, height - y - h, w, h, 4.0, stroke=1, fill=1)
        lines = simpleSplit(text, FONT, size, w - 2 * pad)
        block = c.beginText(x + pad, height - y - pad - size)
        block.setFont(FONT, size, leading)
        block.setFillColor(ink)
        for line in lines:
            block.textLine(line)
        c.drawText(block)
    c.showPage()
    c.save()
    return Path(out).stat().st_size


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: poster_floor.py CARDS.json OUT.pdf", file=sys.stderr)
        return 2
    draw_poster(json.loads(Path(argv[0]).read_text(encoding="utf-8")), argv[1])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
