"""One poster, every format (issue 16): the PDF, the SVG and the PNG of a journey show the
same texts in the same lanes and cells, with the same title block and legend, in the
journey's language.

Text is read back from the files themselves: from the PDF with ``pdftotext -bbox`` (each
word with its place on the page), from the SVG from its ``<text>`` elements (each at the
place its transform puts it), and both are mapped onto the poster's own grid. The PNG is
checked where each card lies (its colour) and, with tesseract, by reading a large card.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

import pytest
from PIL import Image

from klantreis_desktop import storage
from klantreis_desktop.export.pdf import export_pdf, plan_pages
from klantreis_desktop.export.pdf_options import PdfOptions
from klantreis_desktop.layout import style
from klantreis_desktop.layout.channels import channel_cells
from klantreis_desktop.layout.geometry import Rect
from klantreis_desktop.model.document import Document
from klantreis_desktop.ui.exporting import export_image as image
from tests.export.pdf_helpers import squash

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ["schoonmaak.nl", "groeibureau.nl", "schoonmaak.en"]
SVG = "{http://www.w3.org/2000/svg}"
_MATRIX = re.compile(r"matrix\(([^)]*)\)")

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="needs poppler's pdftotext")

Placed = list[tuple[float, float, str]]  # x, y (poster units, y down), text


def _load(name: str) -> Document:
    return storage.load(ROOT / "resources" / "samples" / f"{name}.klantreis")


def _pdf_words(path: Path, page_no: int = 1) -> tuple[float, float, Placed]:
    """The page size and every word on page ``page_no`` with its centre (points, y down)."""
    out = subprocess.run(["pdftotext", "-bbox", "-f", str(page_no), "-l", str(page_no),
                          str(path), "-"], capture_output=True, text=True, check=True).stdout
    root = ET.fromstring(re.sub(r"<!DOCTYPE[^>]*>", "", out).replace(
        'xmlns="http://www.w3.org/1999/xhtml"', ""))
    page = next(root.iter("page"))
    words = [((float(w.get("xMin", 0)) + float(w.get("xMax", 0))) / 2,
              (float(w.get("yMin", 0)) + float(w.get("yMax", 0))) / 2, w.text or "")
             for w in page.iter("word")]
    return float(page.get("width", 0)), float(page.get("height", 0)), words


def _svg_texts(path: Path) -> Placed:
    """Every ``<text>`` with the point its group's transform puts it at (poster units)."""
    found: Placed = []
    for group in ET.parse(path).getroot().iter(f"{SVG}g"):
        texts = group.findall(f"{SVG}text")
        if not texts:
            continue
        match = _MATRIX.search(group.get("transform", ""))
        a, _b, _c, d, e, f = ([float(v) for v in match.group(1).split(",")] if match
                              else [1.0, 0, 0, 1.0, 0.0, 0.0])
        for text in texts:
            x = e + a * float(text.get("x", 0))
            y = f + d * float(text.get("y", 0))
            size = abs(d) * float(text.get("font-size", 0) or 0)
            # Where pdftotext puts a word's centre: a third of the size above the baseline.
            found.append((x + 0.5, y - size * 0.35, "".join(text.itertext())))
    return found


def _in(box: Rect, x: float, y: float) -> bool:
    return box.x <= x <= box.right and box.y <= y <= box.bottom


def _read(placed: Placed, box: Rect) -> str:
    """The texts inside ``box`` in reading order (lines top down, left to right)."""
    inside = sorted(((round(y / 3), x, text) for x, y, text in placed if _in(box, x, y)))
    return squash("".join(text for _line, _x, text in inside))


@pytest.fixture(scope="module")
def exported(tmp_path_factory, qapp):
    """Per sample: the document, the planned poster and the words of PDF and SVG, mapped
    onto the poster (units, y down)."""
    found = {}
    for name in SAMPLES:
        folder = tmp_path_factory.mktemp(name.replace(".", "-"))
        doc = _load(name)
        journey = doc.journeys()[0]
        options = PdfOptions(journeys=[journey])
        export_pdf(doc, folder / "poster.pdf", options)
        image.export_svg(doc, journey, folder / "poster.svg", options=options)
        image.export_png(doc, journey, folder / "poster.png", dpi=96, options=options)
        page = plan_pages(doc, options)[0][0]
        _w, page_h, words = _pdf_words(folder / "poster.pdf")
        s, (ox, oy) = page.scale, page.offset
        top = page_h - oy - page.poster.height * s
        pdf = [((x - ox) / s, (y - top) / s, text) for x, y, text in words]
        found[name] = (doc, journey, page.poster, pdf, _svg_texts(folder / "poster.svg"),
                       folder)
    return found


def _grid_box(poster, rect: Rect) -> Rect:
    grid = poster.content[1]
    return Rect(grid.x + rect.x, grid.y + rect.y, rect.w, rect.h)


@pytest.mark.parametrize("name", SAMPLES)
def test_every_cell_shows_the_same_in_pdf_and_svg(exported, name):
    doc, _journey, poster, pdf, svg, _folder = exported[name]
    layout = poster.layout
    cards = defaultdict(list)
    for box in layout.cards.values():
        cards[(box.phase, box.lane)].append(box)
    chips = channel_cells(doc, layout)
    checked = 0
    for cell, rect in layout.cells.items():
        box = _grid_box(poster, rect)
        in_pdf, in_svg = _read(pdf, box), _read(svg, box)
        assert in_pdf == in_svg, (doc.title(cell[1]), in_pdf, in_svg)
        for card in sorted(cards.get(cell, []), key=lambda b: b.rect.y):
            title = squash(doc.title(card.card))
            assert title in in_pdf and title in in_svg, (doc.title(card.card), in_pdf)
            checked += 1
        for _icon, channel in chips.get(cell, ()):
            assert squash(channel) in in_pdf, (channel, in_pdf)
    assert checked == len(layout.cards) > 10  # every card title, in both formats


@pytest.mark.parametrize("name", SAMPLES)
def test_headers_title_block_and_legend_agree(exported, name):
    doc, journey, poster, pdf, svg, _folder = exported[name]
    layout = poster.layout
    for column in layout.columns:
        box = _grid_box(poster, column.header)
        assert squash(doc.title(column.phase)) in _read(svg, box) == _read(pdf, box)
    for row in layout.rows:
        box = _grid_box(poster, row.header)
        assert squash(doc.title(row.lane)) in _read(svg, box) == _read(pdf, box)
    head, *band = [poster.content[0], *poster.content[2:]]
    assert _read(pdf, head) == _read(svg, head)
    assert squash(doc.title(journey)) in _read(svg, head)
    for block in band:  # persona blocks and the legend: the same characters (marks of
        # several sizes on one legend row may be read in another order)
        assert sorted(_read(pdf, block)) == sorted(_read(svg, block)) != []
    legend = _read(svg, band[-1])
    assert legend.startswith("Legenda" if name.endswith(".nl") else "Legend")
    for persona in doc.personas_of(journey):
        assert any(squash(doc.title(persona)) in _read(svg, b) for b in band[:-1])


@pytest.mark.parametrize("name", SAMPLES[:1])
def test_the_png_draws_every_card_where_the_poster_has_it(exported, name):
    doc, _journey, poster, _pdf, _svg, folder = exported[name]
    with Image.open(folder / "poster.png") as png:
        rgb = png.convert("RGB")
        assert rgb.size == (round(poster.width), round(poster.height))
        for box in poster.layout.cards.values():
            rect = _grid_box(poster, box.rect)
            fill = style.card_style(box.kind, str(doc.get(box.card, "colour") or "")).fill
            want = tuple(int(fill.lstrip("#")[i:i + 2], 16) for i in (0, 2, 4))
            # A spot inside the card, left of its text's end and above its footer.
            x, y = round(rect.x + 4), round(rect.y + rect.h / 2)
            got = rgb.getpixel((x, y))
            assert max(abs(g - w) for g, w in zip(got, want, strict=True)) <= 12, (
                doc.title(box.card), got, fill)


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="needs tesseract")
def test_a_large_card_reads_back_from_the_png(exported, tmp_path):
    """OCR of the widest card, cut out of a 300 DPI PNG: its title is there, unbroken."""
    from rapidfuzz import fuzz

    doc, journey, poster, _pdf, _svg, _folder = exported["schoonmaak.nl"]
    target = tmp_path / "big.png"
    image.export_png(doc, journey, target, dpi=300, options=PdfOptions(journeys=[journey]))
    box = max(poster.layout.cards.values(),
              key=lambda b: len(doc.title(b.card)) if b.kind == "touchpoint" else 0)
    rect = _grid_box(poster, box.rect)
    k = 300 / 96
    with Image.open(target) as png:
        png.crop((round(rect.x * k), round(rect.y * k), round(rect.right * k),
                  round(rect.bottom * k))).save(tmp_path / "card.png")
    read = subprocess.run(["tesseract", str(tmp_path / "card.png"), "-", "--psm", "6"],
                          capture_output=True, text=True, timeout=120).stdout
    title = doc.title(box.card)
    assert fuzz.partial_ratio(" ".join(title.split()), " ".join(read.split())) >= 85, (
        title, read)
