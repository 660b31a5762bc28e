"""Tiling a big poster page onto A4/A3 sheets: the grid, each sheet with cut marks and
its label ("B2"), and an overview page that shows how the sheets go together.

The poster itself is drawn once (a form XObject); every sheet shows it through a
translated, clipped window, so tiling costs no extra drawing and no extra file size.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from klantreis_desktop.export import pdf_fonts as fonts
from klantreis_desktop.export.pdf_options import PAPER_MM
from klantreis_desktop.i18n import translate

SHEET_MARGIN = 10 * mm  # printers cannot print to the edge; marks and labels live here
MARK = 6 * mm

#: Draws the virtual (poster) page with its origin at the current canvas origin.
DrawVirtual = Callable[[Canvas], None]


def _tr(text: str) -> str:
    return translate("Export", text)


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
        return self.cols * self.rows

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


def label(col: int, row: int) -> str:
    """Spreadsheet-style sheet name: column letters, row number (A1, B2, …, AA3)."""
    letters = ""
    n = col + 1
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return f"{letters}{row + 1}"


def _count(length: float, area: float, overlap: float) -> int:
    if length <= area:
        return 1
    return math.ceil((length - overlap) / (area - overlap) - 1e-9)


def plan_tiles(page_w: float, page_h: float, sheet: str, overlap_mm: float) -> TileGrid:
    """The grid with the fewest sheets (portrait or landscape sheets, whichever wins)."""
    w_mm, h_mm = PAPER_MM[sheet.upper()]
    best: TileGrid | None = None
    for sw, sh in ((w_mm * mm, h_mm * mm), (h_mm * mm, w_mm * mm)):
        overlap = min(overlap_mm * mm, (min(sw, sh) - 2 * SHEET_MARGIN) / 2)
        cols = _count(page_w, sw - 2 * SHEET_MARGIN, overlap)
        rows = _count(page_h, sh - 2 * SHEET_MARGIN, overlap)
        grid = TileGrid(sheet.upper(), sw, sh, page_w, page_h, cols, rows, overlap)
        if best is None or grid.count < best.count:
            best = grid
    assert best is not None
    return best


def draw_sheet(c: Canvas, grid: TileGrid, col: int, row: int, draw: DrawVirtual,
               title: str) -> None:
    """One sheet: the poster window, cut marks, overlap ticks and the sheet label."""
    c.setPageSize((grid.sheet_w, grid.sheet_h))
    m = SHEET_MARGIN
    x, y, w, h = grid.window(col, row)
    c.saveState()
    path = c.beginPath()
    path.rect(m, m, w, h)
    c.clipPath(path, stroke=0, fill=0)
    c.translate(m - x, m - y)
    draw(c)
    c.restoreState()
    _cut_marks(c, m, m, w, h)
    _overlap_ticks(c, grid, col, row)
    name = label(col, row)
    fonts.register_fonts()
    c.setFillGray(0.0)
    c.setFont(fonts.BOLD, 11)
    c.drawString(m + MARK + 2 * mm, grid.sheet_h - m + 3 * mm, name)
    c.setFont(fonts.REGULAR, 7)
    c.setFillGray(0.35)
    text = _tr("{title} · sheet {label} · column {col} of {cols}, row {row} of {rows}").format(
        title=title, label=name, col=col + 1, cols=grid.cols, row=row + 1, rows=grid.rows)
    c.drawString(m + MARK + 12 * mm, grid.sheet_h - m + 3 * mm, _clip(text, grid.sheet_w / 2))
    c.drawRightString(grid.sheet_w - m - MARK - 2 * mm, m - 6 * mm,
                      _tr("Print at 100 % (actual size)"))


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


def _overlap_ticks(c: Canvas, grid: TileGrid, col: int, row: int) -> None:
    """Dashed ticks in the margin where the neighbouring sheet's edge will lie (glue here)."""
    if grid.overlap <= 0:
        return
    m = SHEET_MARGIN
    c.saveState()
    c.setStrokeGray(0.45)
    c.setLineWidth(0.4)
    c.setDash([1.5, 1.5])
    if col > 0:
        x = m + grid.overlap
        c.line(x, 1 * mm, x, m - 1 * mm)
        c.line(x, grid.sheet_h - m + 1 * mm, x, grid.sheet_h - 1 * mm)
    if row > 0:
        y = grid.sheet_h - m - grid.overlap
        c.line(1 * mm, y, m - 1 * mm, y)
        c.line(grid.sheet_w - m + 1 * mm, y, grid.sheet_w - 1 * mm, y)
    c.restoreState()


def draw_overview(c: Canvas, grid: TileGrid, draw: DrawVirtual, title: str,
                  paper_name: str) -> None:
    """The first page: which sheet goes where, as a mini map with the grid over it."""
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
    lines = [
        _tr("{count} sheets of {sheet} ({cols} columns × {rows} rows) make one {paper} "
            "poster.").format(count=grid.count, sheet=grid.sheet, cols=grid.cols,
                              rows=grid.rows, paper=paper_name),
        _tr("Print at 100 % (actual size), cut along the cut marks and glue the sheets with "
            "{overlap:.0f} mm overlap.").format(overlap=grid.overlap / mm),
    ]
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
    _overview_grid(c, grid, ox, oy, s)


def _clip_to(text: str, font: str, size: float, width: float) -> str:
    lines = fonts.fit_lines(fonts.wrap_text(text, font, size, width), 1, font, size, width)
    return lines[0] if lines else ""


def _overview_grid(c: Canvas, grid: TileGrid, ox: float, oy: float, s: float) -> None:
    c.saveState()
    size = max(6.0, min(grid.step_w, grid.step_h) * s * 0.18)
    for row in range(grid.rows):
        for col in range(grid.cols):
            x, y, w, h = grid.window(col, row)
            c.setStrokeGray(0.1)
            c.setLineWidth(0.8)
            c.setDash([4, 2])
            c.rect(ox + x * s, oy + y * s, w * s, h * s, stroke=1, fill=0)
            c.setDash([])
            cx, cy = ox + (x + w / 2) * s, oy + (y + h / 2) * s
            name = label(col, row)
            tw = fonts.text_width(name, fonts.BOLD, size)
            c.setFillGray(1.0)
            c.roundRect(cx - tw / 2 - 3, cy - size * 0.45, tw + 6, size * 1.25, 2, stroke=0,
                        fill=1)
            c.setFillGray(0.0)
            c.setFont(fonts.BOLD, size)
            c.drawCentredString(cx, cy - size * 0.2, name)
    c.restoreState()
