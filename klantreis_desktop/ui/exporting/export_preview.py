"""The export dialog's thumbnail of the first page (PDF) or of the image (PNG/SVG).

PySide6-Essentials has no QtPdf, so the PDF is not rasterised; instead the first page is
planned exactly as the export plans it (paper — ``auto`` included —, orientation, the
poster laid out for the sheet, tiles without blank sheets) and the poster itself is
painted into the thumbnail by the PDF's own drawing code (:mod:`poster_painter`). A tiled
export's first page, the overview sheet, is drawn by the PDF's own overview function on
a small stand-in for the ReportLab canvas. Everything here runs in the dialog's worker
thread (QImage only, no pixmaps) and returns plain values and an image.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import cast

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QTransform
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from klantreis_desktop.export import pdf_fonts as fonts
from klantreis_desktop.export.files import pixel_size
from klantreis_desktop.export.pdf_options import PdfOptions
from klantreis_desktop.export.pdf_plan import PlannedPage
from klantreis_desktop.export.pdf_tiling import TileGrid
from klantreis_desktop.model.document import Document
from klantreis_desktop.ui.exporting.poster_painter import QtPosterPainter, paint_poster

Box = tuple[float, float, float, float]  # x, y (top, y down), w, h
_BACKDROP = "#c9d1d9"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


@dataclass
class PagePreview:
    """The first page of a PDF export (points, y down) and its thumbnail."""

    page_w: float
    page_h: float
    journey: str
    title: str
    image: QImage
    pages: int = 1
    paper: str = ""  # the poster's paper as planned ("A1", "1000 × 700 mm")
    orientation: str = "portrait"  # the poster's, not the overview sheet's
    tiled_on: str = ""  # "A4"/"A3" when the first page is the overview of a tiled poster
    poster: Box = (0.0, 0.0, 0.0, 0.0)  # where the poster lands on the first page
    #: The poster's content on the page: title block, grid, then the band's blocks.
    content: list[Box] = field(default_factory=list)
    #: Sheets of a tiled poster on the overview: (label, box, printed).
    tiles: list[tuple[str, Box, bool]] = field(default_factory=list)
    overview: str = ""  # the overview sheet's first line (what the sheets make)
    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass
class ImagePreview:
    """A PNG/SVG export's picture: the thumbnail, its size in pixels, what it warns."""

    image: QImage
    width: int
    height: int
    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    sheet: str = ""  # the paper a PNG is the whole sheet of ("" for the poster's own size)


# The page ------------------------------------------------------------------------------

def _frame(size: QSize, page_w: float, page_h: float) -> tuple[QImage, QPainter, float, QRectF]:
    """An image of ``size`` with a white page of the given aspect centred on it."""
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(_BACKDROP))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing
                           | QPainter.RenderHint.SmoothPixmapTransform
                           | QPainter.RenderHint.TextAntialiasing)
    pad = 12.0
    k = min((size.width() - 2 * pad) / page_w, (size.height() - 2 * pad) / page_h)
    page = QRectF((size.width() - page_w * k) / 2, (size.height() - page_h * k) / 2,
                  page_w * k, page_h * k)
    painter.fillRect(page.translated(3, 3), QColor(0, 0, 0, 60))
    painter.fillRect(page, QColor("#ffffff"))
    return image, painter, k, page


class _SheetCanvas:
    """The ReportLab canvas calls of the tiling overview, on a QPainter whose y axis was
    flipped to point up (as the PDF's does); text is turned upright again to draw it."""

    def __init__(self, painter: QPainter) -> None:
        self.qp = painter
        self._text = QtPosterPainter(painter, 0.0)
        self._font, self._size = fonts.REGULAR, 10.0
        self._fill, self._stroke = "#000000", "#000000"
        self._width, self._dash = 1.0, list[float]()

    @staticmethod
    def _grey(value: float) -> str:
        level = max(0, min(255, round(value * 255)))
        return f"#{level:02x}{level:02x}{level:02x}"

    def setPageSize(self, _size: tuple[float, float]) -> None:
        return None

    def saveState(self) -> None:
        self.qp.save()

    def restoreState(self) -> None:
        self.qp.restore()

    def translate(self, dx: float, dy: float) -> None:
        self.qp.translate(dx, dy)

    def scale(self, sx: float, sy: float) -> None:
        self.qp.scale(sx, sy)

    def setFillGray(self, value: float) -> None:
        self._fill = self._grey(value)

    def setStrokeGray(self, value: float) -> None:
        self._stroke = self._grey(value)

    def setLineWidth(self, width: float) -> None:
        self._width = width

    def setDash(self, dash: list[float] | None = None) -> None:
        self._dash = list(dash or [])

    def setFont(self, font: str, size: float) -> None:
        self._font, self._size = font, size

    def _pen(self) -> QPen:
        pen = QPen(QColor(self._stroke), self._width)
        if self._dash:
            pen.setDashPattern([max(d, 0.01) / max(self._width, 0.01) for d in self._dash])
        return pen

    def line(self, x1: float, y1: float, x2: float, y2: float) -> None:
        self.qp.setPen(self._pen())
        self.qp.drawLine(QPointF(x1, y1), QPointF(x2, y2))

    def rect(self, x: float, y: float, w: float, h: float, stroke: int = 1,
             fill: int = 0) -> None:
        self.roundRect(x, y, w, h, 0.0, stroke, fill)

    def roundRect(self, x: float, y: float, w: float, h: float, radius: float,
                  stroke: int = 1, fill: int = 0) -> None:
        self.qp.setPen(self._pen() if stroke else QPen(QColor(0, 0, 0, 0), 0))
        self.qp.setBrush(QColor(self._fill) if fill else QColor(0, 0, 0, 0))
        self.qp.drawRoundedRect(QRectF(x, y, w, h), radius, radius)

    def _string(self, x: float, y: float, text: str, align: str) -> None:
        self.qp.save()
        self.qp.translate(x, y)
        self.qp.scale(1, -1)
        self._text.text_lines([text], 0.0, -0.8 * self._size, self._font, self._size,
                              self._fill, 0.0, align, leading=self._size)
        self.qp.restore()

    def drawString(self, x: float, y: float, text: str) -> None:
        self._string(x, y, text, "left")

    def drawCentredString(self, x: float, y: float, text: str) -> None:
        self._string(x, y, text, "center")

    def drawRightString(self, x: float, y: float, text: str) -> None:
        self._string(x, y, text, "right")


def plan_preview(doc: Document, options: PdfOptions, source_name: str = "",
                 size: QSize | None = None) -> PagePreview:
    """Plan the PDF's first page exactly as the export will and draw its thumbnail.

    Runs in the worker thread (it paints on a QImage only).
    """
    from klantreis_desktop.export.pdf import page_count
    from klantreis_desktop.export.pdf_plan import chosen_note, plan_pages
    from klantreis_desktop.ui.exporting.export_image import warnings_of

    size = size or QSize(360, 420)
    planned, warnings = plan_pages(doc, options, source_name)
    first = planned[0]
    poster, s, (ox, oy) = first.poster, first.scale, first.offset
    top = first.page_h - oy - poster.height * s  # the poster's top on the page (y down)
    preview = PagePreview(first.page_w, first.page_h, first.journey, poster.title, QImage(),
                          pages=page_count(doc, options, planned), paper=first.paper,
                          orientation=first.orientation,
                          notes=[chosen_note(p) for p in planned if p.journey][:3],
                          warnings=list(warnings))
    preview.poster = (ox, top, poster.width * s, poster.height * s)
    preview.content = [(ox + r.x * s, top + r.y * s, r.w * s, r.h * s) for r in poster.content]
    grid = first.tiles
    if grid is None:
        image, qp, k, page = _frame(size, first.page_w, first.page_h)
        qp.translate(page.x() + ox * k, page.y() + top * k)
        qp.scale(s * k, s * k)
        drawn = paint_poster(poster, qp, options.greyscale)
        qp.end()
        preview.image = image
    else:
        drawn = _overview(preview, first, grid, options.greyscale, size)
    preview.warnings += warnings_of(drawn, poster)
    return preview


def _overview(preview: PagePreview, first: PlannedPage, grid: TileGrid, greyscale: bool,
              size: QSize) -> QtPosterPainter:
    """Draw a tiled export's overview sheet with the PDF's own function; note where the
    poster, its content and the sheets land on it."""
    from klantreis_desktop.export.pdf_tiling import draw_overview, label
    from klantreis_desktop.export.pdf_words import label as words_label
    from klantreis_desktop.export.pdf_words import words

    poster, s, (ox, oy) = first.poster, first.scale, first.offset
    ext_w, ext_h = grid.extent
    short, long_ = sorted((grid.sheet_w, grid.sheet_h))
    sheet_w, sheet_h = (long_, short) if ext_w > ext_h else (short, long_)
    preview.page_w, preview.page_h, preview.tiled_on = sheet_w, sheet_h, grid.sheet
    w = poster.words or words(None)
    image, qp, k, page = _frame(size, sheet_w, sheet_h)
    qp.translate(page.x(), page.y() + sheet_h * k)
    qp.scale(k, -k)  # the overview draws with y up, as on the PDF page
    qp.setClipRect(QRectF(0, 0, sheet_w, sheet_h))
    drawn: list[QtPosterPainter] = []
    virtual: list[QTransform] = []  # where the poster's page goes on the sheet

    def draw(_canvas: object) -> None:
        virtual.append(qp.transform())
        qp.save()
        qp.translate(ox, oy)
        qp.scale(s, s)
        qp.translate(0, poster.height)
        qp.scale(1, -1)
        drawn.append(paint_poster(poster, qp, greyscale))
        qp.restore()

    draw_overview(cast(Canvas, _SheetCanvas(qp)), grid, draw, poster.title, first.paper, w)
    qp.end()
    preview.image = image
    if virtual:
        def box(x: float, y: float, width: float, height: float) -> Box:
            """A box of the poster's page (y up) as a box on the sheet (y down)."""
            a = virtual[0].map(QPointF(x, y + height))
            b = virtual[0].map(QPointF(x + width, y))
            return ((a.x() - page.x()) / k, (a.y() - page.y()) / k, (b.x() - a.x()) / k,
                    (b.y() - a.y()) / k)

        height = poster.height
        preview.poster = box(ox, oy, poster.width * s, height * s)
        preview.content = [box(ox + r.x * s, oy + (height - r.bottom) * s, r.w * s, r.h * s)
                           for r in poster.content]
        preview.tiles = [(label(col, row, w), box(*grid.window(col, row)), grid.kept(col, row))
                         for row in range(grid.rows) for col in range(grid.cols)]
    preview.overview = words_label(w, "{count} sheets of {sheet} ({cols} columns × {rows} "
                                      "rows) make a poster of {width:.0f} × {height:.0f} "
                                      "cm.").format(
        count=grid.count, sheet=grid.sheet, cols=grid.cols, rows=grid.rows,
        width=min(ext_w, grid.page_w) / (10 * mm), height=min(ext_h, grid.page_h) / (10 * mm))
    return drawn[0] if drawn else QtPosterPainter(qp, 0.0)


def image_preview(doc: Document, journey: str, options: PdfOptions, dpi: int | None,
                  transparent: bool, source_name: str = "",
                  size: QSize | None = None) -> ImagePreview:
    """A PNG (``dpi``) or SVG (None) export's poster as a thumbnail (worker thread)."""
    from klantreis_desktop.export.files import SCREEN_DPI
    from klantreis_desktop.ui.exporting.export_image import image_page, png_size, warnings_of

    size = size or QSize(360, 420)
    poster, sheet = image_page(doc, journey, options, source_name)
    if dpi is None:  # an SVG is the poster alone, whatever the paper
        sheet = None
    if sheet is None:
        image, qp, k, page = _frame(size, poster.width, poster.height)
    else:
        image, qp, k, page = _frame(size, sheet.width, sheet.height)
    if transparent:
        _checkerboard(qp, page)
    qp.translate(page.topLeft())
    qp.scale(k, k)
    if sheet is not None:  # the poster where the PNG (and the PDF) put it on the sheet
        left, bottom = sheet.offset
        qp.translate(left, sheet.height - bottom - poster.height * sheet.scale)
        qp.scale(sheet.scale, sheet.scale)
    drawn = paint_poster(poster, qp, transparent=transparent)
    qp.end()
    width, height = (png_size(poster, dpi, sheet) if dpi is not None
                     else pixel_size(poster.width, poster.height, SCREEN_DPI))
    return ImagePreview(image, width, height, warnings=warnings_of(drawn, poster),
                        sheet=sheet.name if sheet is not None else "")


def _checkerboard(painter: QPainter, page: QRectF) -> None:
    """A grey checkerboard behind a transparent picture."""
    cell = 8.0
    painter.fillRect(page, QColor("#ffffff"))
    rows, cols = int(page.height() // cell) + 1, int(page.width() // cell) + 1
    painter.save()
    painter.setClipRect(page)
    for row in range(rows):
        for col in range(row % 2, cols, 2):
            painter.fillRect(QRectF(page.x() + col * cell, page.y() + row * cell, cell, cell),
                             QColor("#dde2e7"))
    painter.restore()


def image_caption(width: int, height: int, dpi: int | None, sheet: str = "") -> str:
    """"1584 × 1883 px at 150 DPI" (PNG), "1754 × 2480 px at 150 DPI: the whole A3 sheet"
    (PNG on a chosen paper) or "1014 × 1205 px, scales freely" (SVG)."""
    if dpi is None:
        return _tr("{width} × {height} px, vector (scales freely)").format(width=width,
                                                                         height=height)
    if sheet:
        return _tr("{width} × {height} px at {dpi} DPI: the whole {paper} sheet, with its "
                   "margins").format(width=width, height=height, dpi=dpi, paper=sheet)
    return _tr("{width} × {height} px at {dpi} DPI").format(width=width, height=height,
                                                            dpi=dpi)


def page_caption(preview: PagePreview) -> str:
    """"Page 1 of 3 · A1 portrait, 594 × 841 mm"; for tiles, what the sheets make."""
    from klantreis_desktop.export.pdf_options import PAPER_MM

    w_mm, h_mm = preview.page_w / mm, preview.page_h / mm
    name = preview.tiled_on or preview.paper.upper()
    if name not in PAPER_MM:
        name = _tr("Custom")
    shape = _tr("landscape") if w_mm > h_mm else _tr("portrait")
    line = _tr("Page 1 of {pages} · {paper} {shape}, {width:.0f} × {height:.0f} mm").format(
        pages=preview.pages, paper=name, shape=shape, width=w_mm, height=h_mm)
    if preview.overview:  # the overview sheet: say what it shows
        line += "\n" + preview.overview
    return line
