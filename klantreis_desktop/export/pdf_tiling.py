"""Tiling a big poster page onto A4/A3 sheets: the grid, each sheet with cut marks, glue
guides and its label ("row 2 · column 3"), and an overview page that shows how the sheets
go together.

The poster itself is drawn once (a form XObject); every sheet shows it through a
translated, clipped window, so tiling costs no extra drawing and no extra file size.
Sheets that would print no content are left out (the overview still shows where they
would go). Glue guides lie on the strip of a sheet that its neighbour covers, so cutting
along the cut marks never cuts them away.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from klantreis_desktop.export import pdf_fonts as fonts
from klantreis_desktop.export.pdf_options import PAPER_MM
from klantreis_desktop.export.pdf_words import Words, words
from klantreis_desktop.export.pdf_words import label as label_text

SHEET_MARGIN = 10 * mm  # printers cannot print to the edge; marks and labels live here
MARK = 6 * mm

#: Draws the virtual (poster) page with its origin at the current canvas origin.
DrawVirtual = Callable[[Canvas], None]
#: A box on the virtual page in PDF coordinates: x0, y0, x1, y1 (y up).
Box = tuple[float, float, float, float]


@dataclass(frozen=True)
class TileGrid:
    """How a virtual page of ``page_w`` × ``page_h`` is cut into sheets."""

    sheet: str
    sheet_w: float
    sheet_h: float
    page_w: float
    page_h: float
    cols: int
    rows: int
    overlap: float
    #: (col, row) of the sheets that would print nothing: they are left out.
    blank: frozenset[tuple[int, int]] = field(default_factory=frozenset)

    @property
    def area_w(self) -> float:
        return self.sheet_w - 2 * SHEET_MARGIN

    @property
    def area_h(self) -> float:
        return self.sheet_h - 2 * SHEET_MARGIN

    @property
    def step_w(self) -> float:
        return self.area_w - self.overlap

    @property
    def step_h(self) -> float:
        return self.area_h - self.overlap

    @property
    def count(self) -> int:
        """Sheets to print (blank ones left out)."""
        return self.cols * self.rows - len(self.blank)

    def sheets(self) -> list[tuple[int, int]]:
        """(col, row) of every sheet to print, row by row."""
        return [(c, r) for r in range(self.rows) for c in range(self.cols)
                if (c, r) not in self.blank]

    def kept(self, col: int, row: int) -> bool:
        return 0 <= col < self.cols and 0 <= row < self.rows and (col, row) not in self.blank

    @property
    def extent(self) -> tuple[float, float]:
        """Width and height all sheets cover together (at least the virtual page)."""
        return ((self.cols - 1) * self.step_w + self.area_w,
                (self.rows - 1) * self.step_h + self.area_h)

    def window(self, col: int, row: int) -> tuple[float, float, float, float]:
        """The part of the virtual page on sheet (col, row): x, y (bottom), w, h."""
        x = col * self.step_w
        top = self.page_h - row * self.step_h
        return x, top - self.area_h, self.area_w, self.area_h


def label(col: int, row: int, w: Words | None = None) -> str:
    """A sheet's name that cannot be read as a paper size: "row 2 · column 3"."""
    return label_text(w or words(None), "row {row} · column {col}").format(row=row + 1,
                                                                          col=col + 1)


def _count(length: float, area: float, overlap: float) -> int:
    if length <= area:
        return 1
    return math.ceil((length - overlap) / (area - overlap) - 1e-9)


def plan_tiles(page_w: float, page_h: float, sheet: str, overlap_mm: float,
               content: Sequence[Box] | None = None) -> TileGrid:
    """The grid with the fewest sheets to print (portrait or landscape sheets, whichever
    wins); sheets meeting none of the ``content`` boxes are blank (None: all content)."""
    w_mm, h_mm = PAPER_MM[sheet.upper()]
    best: TileGrid | None = None
    for sw, sh in ((w_mm * mm, h_mm * mm), (h_mm * mm, w_mm * mm)):
        overlap = min(overlap_mm * mm, (min(sw, sh) - 2 * SHEET_MARGIN) / 2)
        cols = _count(page_w, sw - 2 * SHEET_MARGIN, overlap)
        rows = _count(page_h, sh - 2 * SHEET_MARGIN, overlap)
        grid = TileGrid(sheet.upper(), sw, sh, page_w, page_h, cols, rows, overlap)
        if content is not None:
            grid = TileGrid(grid.sheet, sw, sh, page_w, page_h, cols, rows, overlap,
                            _blank_sheets(grid, content))
        if best is None or grid.count < best.count:
            best = grid
    assert best is not None
    return best


def _blank_sheets(grid: TileGrid, content: Sequence[Box]) -> frozenset[tuple[int, int]]:
    blank = set()
    for row in range(grid.rows):
        for col in range(grid.cols):
            x, y, w, h = grid.window(col, row)
            # A sheet counts when content reaches past its overlap strips: what lies only
            # in a strip is printed on the neighbour too.
            x0, y0 = x + (grid.overlap if col > 0 else 0.0), y
            x1, y1 = x + w, y + h - (grid.overlap if row > 0 else 0.0)
            if not any(b[0] < x1 and x0 < b[2] and b[1] < y1 and y0 < b[3] for b in content):
                blank.add((col, row))
    if len(blank) == grid.cols * grid.rows:
        return frozenset()  # an empty poster still prints its sheets
    return frozenset(blank)


def draw_sheet(c: Canvas, grid: TileGrid, col: int, row: int, draw: DrawVirtual,
               title: str, w: Words | None = None, number: int = 0) -> None:
    """One sheet: the poster window, cut marks, glue guides and the sheet's label."""
    w = w or words(None)
    c.setPageSize((grid.sheet_w, grid.sheet_h))
    m = SHEET_MARGIN
    x, y, width, height = grid.window(col, row)
    c.saveState()
    path = c.beginPath()
    path.rect(m, m, width, height)
    c.clipPath(path, stroke=0, fill=0)
    c.translate(m - x, m - y)
    draw(c)
    c.restoreState()
    _cut_marks(c, m, m, width, height)
    _glue_guides(c, grid, col, row, w)
    name = label(col, row, w)
    fonts.register_fonts()
    c.setFillGray(0.0)
    c.setFont(fonts.BOLD, 11)
    c.drawString(m + MARK + 2 * mm, grid.sheet_h - m + 3 * mm, name)
    c.setFont(fonts.REGULAR, 7)
    c.setFillGray(0.35)
    start = m + MARK + 4 * mm + fonts.text_width(name, fonts.BOLD, 11)
    text = label_text(w, "{title} · sheet {number} of {count}").format(
        title=title, number=number or 1, count=grid.count)
    c.drawString(start, grid.sheet_h - m + 3 * mm, _clip(text, grid.sheet_w - start - m))
    c.drawRightString(grid.sheet_w - m - MARK - 2 * mm, m - 6 * mm,
                      label_text(w, "Print at 100 % (actual size)"))


def _clip(text: str, width: float) -> str:
    while len(text) > 3 and fonts.text_width(text, fonts.REGULAR, 7) > width:
        text = text[:-2]
    return text


def _cut_marks(c: Canvas, x: float, y: float, w: float, h: float) -> None:
    """Short lines outside each corner of the printed area, where the knife goes."""
    c.saveState()
    c.setStrokeGray(0.0)
    c.setLineWidth(0.4)
    gap = 1 * mm
    for cx, dx in ((x, -1), (x + w, 1)):
        for cy, dy in ((y, -1), (y + h, 1)):
            c.line(cx + dx * gap, cy, cx + dx * (gap + MARK), cy)
            c.line(cx, cy + dy * gap, cx, cy + dy * (gap + MARK))
    c.restoreState()


def _glue_guides(c: Canvas, grid: TileGrid, col: int, row: int, w: Words) -> None:
    """Dashed lines where the next sheet's edge goes (right and below), on the strip that
    sheet covers: this strip stays when the margins are cut off."""
    if grid.overlap <= 0:
        return
    m = SHEET_MARGIN
    c.saveState()
    c.setStrokeGray(0.3)  # grey: greyscale exports must stay grey
    c.setFillGray(0.3)
    c.setLineWidth(0.6)
    c.setDash([3, 2])
    fonts.register_fonts()
    c.setFont(fonts.REGULAR, 6)
    glue = label_text(w, "glue here")
    if grid.kept(col + 1, row):
        x = m + grid.area_w - grid.overlap
        c.line(x, m, x, m + grid.area_h)
        c.saveState()
        c.translate(x + grid.overlap / 2 + 2, m + grid.area_h / 2)
        c.rotate(90)
        c.drawCentredString(0, 0, glue)
        c.restoreState()
    if grid.kept(col, row + 1):
        y = m + grid.overlap
        c.line(m, y, m + grid.area_w, y)
        c.drawCentredString(m + grid.area_w / 2, m + grid.overlap / 2 - 2, glue)
    c.restoreState()


def draw_overview(c: Canvas, grid: TileGrid, draw: DrawVirtual, title: str,
                  paper_name: str, w: Words | None = None) -> None:
    """The first page: which sheet goes where, as a mini map with the grid over it."""
    w = w or words(None)
    ext_w, ext_h = grid.extent
    short, long_ = sorted((grid.sheet_w, grid.sheet_h))
    sheet_w, sheet_h = (long_, short) if ext_w > ext_h else (short, long_)
    c.setPageSize((sheet_w, sheet_h))
    fonts.register_fonts()
    m = 15 * mm
    top = sheet_h - m
    c.setFillGray(0.0)
    c.setFont(fonts.BOLD, 16)
    c.drawString(m, top - 16, _clip_to(title, fonts.BOLD, 16, sheet_w - 2 * m))
    c.setFont(fonts.REGULAR, 10)
    size_w, size_h = min(ext_w, grid.page_w) / (10 * mm), min(ext_h, grid.page_h) / (10 * mm)
    lines = [
        label_text(w, "{count} sheets of {sheet} ({cols} columns × {rows} rows) make a poster "
                      "of {width:.0f} × {height:.0f} cm.").format(
            count=grid.count, sheet=grid.sheet, cols=grid.cols, rows=grid.rows,
            width=size_w, height=size_h),
        label_text(w, "Print at 100 % (actual size). Cut off the white margin on the left and "
                      "top of each sheet along the cut marks and glue it onto its neighbour "
                      "along the dashed line ({overlap:.0f} mm overlap).").format(
            overlap=grid.overlap / mm),
    ]
    if grid.blank:
        lines.append(label_text(w, "{count} sheets without content are left out (crossed "
                                   "out below).").format(count=len(grid.blank)))
    y = top - 36
    for line in lines:
        for part in fonts.wrap_text(line, fonts.REGULAR, 10, sheet_w - 2 * m):
            c.drawString(m, y, part)
            y -= 14
    avail_w, avail_h = sheet_w - 2 * m, y - 6 * mm - m
    s = min(avail_w / ext_w, avail_h / ext_h)
    # The grid starts at the virtual page's top-left corner and may overhang right/below.
    ox = m + (avail_w - ext_w * s) / 2
    oy = m + (avail_h - ext_h * s) / 2 + (ext_h - grid.page_h) * s
    c.saveState()
    c.translate(ox, oy)
    c.scale(s, s)
    c.setFillGray(1.0)
    c.setStrokeGray(0.6)
    c.rect(0, 0, grid.page_w, grid.page_h, stroke=1, fill=1)
    draw(c)
    c.restoreState()
    _overview_grid(c, grid, ox, oy, s, w)
    del paper_name  # the assembled size is said in centimetres, not as a paper name


def _clip_to(text: str, font: str, size: float, width: float) -> str:
    lines = fonts.fit_lines(fonts.wrap_text(text, font, size, width), 1, font, size, width)
    return lines[0] if lines else ""


def _overview_grid(c: Canvas, grid: TileGrid, ox: float, oy: float, s: float,
                   w: Words) -> None:
    c.saveState()
    for row in range(grid.rows):
        for col in range(grid.cols):
            x, y, width, height = grid.window(col, row)
            rect = (ox + x * s, oy + y * s, width * s, height * s)
            if (col, row) in grid.blank:
                c.setStrokeGray(0.7)
                c.setLineWidth(0.5)
                c.setDash([])
                c.line(rect[0], rect[1], rect[0] + rect[2], rect[1] + rect[3])
                c.line(rect[0], rect[1] + rect[3], rect[0] + rect[2], rect[1])
                continue
            c.setStrokeGray(0.1)
            c.setLineWidth(0.8)
            c.setDash([4, 2])
            c.rect(*rect, stroke=1, fill=0)
            c.setDash([])
            _sheet_tag(c, label(col, row, w), rect)
    c.restoreState()


def _sheet_tag(c: Canvas, name: str, rect: tuple[float, float, float, float]) -> None:
    """The sheet's name on a white tag in the middle of its box, as large as fits."""
    x, y, width, height = rect
    parts = [part.strip() for part in name.split("·")]
    size = max(4.0, min(height * 0.09, width * 0.55 / max(
        max(fonts.text_width(p, fonts.BOLD, 1.0) for p in parts), 1e-6)))
    box_w = max(fonts.text_width(p, fonts.BOLD, size) for p in parts) + 6
    box_h = size * 1.25 * len(parts) + 2
    cx, cy = x + width / 2, y + height / 2
    c.setFillGray(1.0)
    c.roundRect(cx - box_w / 2, cy - box_h / 2, box_w, box_h, 2, stroke=0, fill=1)
    c.setFillGray(0.0)
    c.setFont(fonts.BOLD, size)
    for i, part in enumerate(parts):
        c.drawCentredString(cx, cy + box_h / 2 - 1 - size * 1.05 - i * size * 1.25, part)
