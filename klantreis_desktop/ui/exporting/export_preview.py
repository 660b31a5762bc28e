"""The export dialog's thumbnail of the first page (PDF) or of the image (PNG/SVG).

PySide6-Essentials has no QtPdf, so the PDF's first page is not rasterised; instead the
page is planned exactly as the PDF plans it (paper, orientation, margins, fitting scale,
tile grid; Qt-free, in a worker thread) and drawn here with the canvas picture of the
journey in the grid's place. Shape, margins, scale and sheets are therefore true to the
PDF; the title block, persona blocks and legend are sketched.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen, QPixmap
from reportlab.lib.units import mm

from klantreis_desktop.export.files import pixel_size
from klantreis_desktop.export.pdf_options import PAPER_MM, PdfOptions
from klantreis_desktop.model.document import Document

Box = tuple[float, float, float, float]  # x, y (top, y down), w, h
#: Widest side of the cached canvas picture a thumbnail is scaled from.
_PICTURE_SIDE = 1400


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


@dataclass
class PagePreview:
    """The first page of a PDF export, in points with y pointing down."""

    page_w: float
    page_h: float
    journey: str
    title: str
    poster: Box  # where the poster lands on the page
    poster_size: tuple[float, float]  # the poster's own size (its units)
    grid: Box  # the journey grid inside the poster (poster units)
    blocks: list[Box] = field(default_factory=list)  # persona blocks and legend
    title_size: float = 34.0
    header: list[tuple[str, float, bool]] = field(default_factory=list)  # text, pt, bold
    tiles: list[tuple[str, Box]] = field(default_factory=list)
    pages: int = 1
    warnings: list[str] = field(default_factory=list)


class _Probe:
    """Stands in for a ReportLab canvas: draws nothing, remembers the translations."""

    def __init__(self) -> None:
        self.moves: list[tuple[float, float]] = []

    def translate(self, dx: float, dy: float) -> None:
        self.moves.append((float(dx), float(dy)))

    def __getattr__(self, name: str) -> Any:
        return self._anything

    def _anything(self, *args: Any, **kwargs: Any) -> _Probe:
        return self


def _grid_top(poster: Any) -> float:
    """Where the poster puts the journey grid (it translates there before drawing it)."""
    from klantreis_desktop.export import pdf_poster
    from klantreis_desktop.export.pdf_draw import Painter

    probe = _Probe()
    try:
        poster.paint(Painter(cast(Any, probe), poster.height))
    except Exception:  # a sketch is all we need: fall back to "under the title"
        probe.moves = []
    if probe.moves:
        return -probe.moves[0][1]
    return 2 * pdf_poster.PAD + pdf_poster.TITLE_SIZE * 1.3


def _blocks(doc: Document, journey: str, poster: Any, grid_bottom: float) -> list[Box]:
    """Persona blocks and the legend, flowed left to right as the poster does."""
    from klantreis_desktop.export import pdf_poster as pp

    count = len(doc.personas_of(journey)) or len(getattr(poster.layout, "curves", ()))
    sizes = [(pp.PERSONA_W, pp.PERSONA_H)] * count + [(pp.LEGEND_W, pp.PERSONA_H)]
    content_w = poster.width - 2 * pp.PAD
    top = grid_bottom + pp.PAD
    bottom = poster.height - pp.PAD
    boxes: list[Box] = []
    x = y = row_h = 0.0
    for w, h in sizes:
        if x > 0 and x + w > content_w:
            x, y, row_h = 0.0, y + row_h + pp.PAD, 0.0
        boxes.append((pp.PAD + x, top + y, w, max(0.0, min(h, bottom - top - y))))
        x += w + pp.PAD
        row_h = max(row_h, h)
    return [b for b in boxes if b[3] > 0]


def plan_preview(doc: Document, options: PdfOptions, source_name: str = "") -> PagePreview:
    """Plan the PDF's first page exactly as the export will (Qt-free; worker thread)."""
    from klantreis_desktop.export import pdf_poster
    from klantreis_desktop.export.pdf import paper_name, plan_pages

    planned, warnings = plan_pages(doc, options, source_name)
    first = planned[0]
    poster = first.poster
    # Pages follow document order, so the first page shows the first chosen journey.
    chosen = [j for j in doc.journeys() if options.journeys in ("all", ["all"])
              or j in options.journeys]
    journey = chosen[0] if chosen else ""
    layout = poster.layout
    grid_y = _grid_top(poster)
    grid_w = layout.width if layout is not None else poster.width - 2 * pdf_poster.PAD
    grid_h = layout.height if layout is not None else poster.height / 2
    preview = PagePreview(
        first.page_w, first.page_h, journey, poster.title, (0, 0, 0, 0),
        (poster.width, poster.height), (pdf_poster.PAD, grid_y, grid_w, grid_h),
        _blocks(doc, journey, poster, grid_y + grid_h), pdf_poster.TITLE_SIZE,
        pages=sum(p.pages for p in planned), warnings=warnings)
    s = first.scale
    pw, ph = poster.width * s, poster.height * s
    if first.tiles is None:
        ox, oy = first.offset
        preview.poster = (ox, first.page_h - oy - ph, pw, ph)
        return preview
    # Tiled: the first page is the overview sheet with the grid of sheets on the poster.
    grid = first.tiles
    ext_w, ext_h = grid.extent
    short, long_ = sorted((grid.sheet_w, grid.sheet_h))
    sheet_w, sheet_h = (long_, short) if ext_w > ext_h else (short, long_)
    m = 15 * mm
    header_h = 36 + 2 * 14 + 6 * mm
    avail_w, avail_h = sheet_w - 2 * m, sheet_h - 2 * m - header_h
    k = min(avail_w / ext_w, avail_h / ext_h)
    vx = m + (avail_w - ext_w * k) / 2
    vy = m + header_h + (avail_h - ext_h * k) / 2
    ox, oy = first.offset
    preview.page_w, preview.page_h = sheet_w, sheet_h
    preview.poster = (vx + ox * k, vy + (grid.page_h - oy - ph) * k, pw * k, ph * k)
    preview.header = [(poster.title, 16, True),
                      (_tr("{count} sheets of {sheet} make one {paper} poster.").format(
                          count=grid.count, sheet=grid.sheet, paper=paper_name(options)),
                       10, False)]
    from klantreis_desktop.export.pdf_tiling import label

    for row in range(grid.rows):
        for col in range(grid.cols):
            x, y, w, h = grid.window(col, row)
            preview.tiles.append((label(col, row),
                                  (vx + x * k, vy + (grid.page_h - y - h) * k, w * k, h * k)))
    return preview


def canvas_picture(doc: Document, journey: str,
                   transparent: bool = False) -> tuple[QImage, tuple[float, float]]:
    """The journey as the canvas draws it, small enough to scale into thumbnails, and
    its full size in canvas units (margin included)."""
    from klantreis_desktop.ui.exporting.export_image import clean_scene

    with clean_scene(doc, journey) as (scene, source):
        scale = min(1.0, _PICTURE_SIDE / max(source.width(), source.height(), 1.0))
        size = QSize(max(1, round(source.width() * scale)), max(1, round(source.height() * scale)))
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor(0, 0, 0, 0) if transparent else QColor("#ffffff"))
        painter = QPainter(image)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing
                               | QPainter.RenderHint.TextAntialiasing)
        scene.render(painter, QRectF(0, 0, size.width(), size.height()), source)
        painter.end()
        return image, (source.width(), source.height())


def _frame(size: QSize, page_w: float, page_h: float) -> tuple[QPixmap, QPainter, float, QRectF]:
    """A pixmap of ``size`` with a page of the given aspect centred on it, shadowed."""
    pixmap = QPixmap(size)
    pixmap.fill(QColor("#c9d1d9"))
    painter = QPainter(pixmap)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing
                           | QPainter.RenderHint.SmoothPixmapTransform
                           | QPainter.RenderHint.TextAntialiasing)
    pad = 12.0
    k = min((size.width() - 2 * pad) / page_w, (size.height() - 2 * pad) / page_h)
    page = QRectF((size.width() - page_w * k) / 2, (size.height() - page_h * k) / 2,
                  page_w * k, page_h * k)
    painter.fillRect(page.translated(3, 3), QColor(0, 0, 0, 60))
    painter.fillRect(page, QColor("#ffffff"))
    return pixmap, painter, k, page


def paint_page(preview: PagePreview, picture: QImage | None, size: QSize) -> QPixmap:
    """The thumbnail of a PDF's first page."""
    pixmap, painter, k, page = _frame(size, preview.page_w, preview.page_h)

    def at(box: Box) -> QRectF:
        return QRectF(page.x() + box[0] * k, page.y() + box[1] * k, box[2] * k, box[3] * k)

    y = 15 * mm
    for text, pt, bold in preview.header:
        painter.setFont(_font(pt * k, bold))
        painter.setPen(QColor("#1d2733"))
        painter.drawText(QRectF(page.x() + 15 * mm * k, page.y() + y * k,
                                page.width() - 30 * mm * k, pt * 1.4 * k),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         text)
        y += pt * 1.6
    poster = at(preview.poster)
    pk = poster.width() / max(preview.poster_size[0], 1.0)

    def inside(box: Box) -> QRectF:
        return QRectF(poster.x() + box[0] * pk, poster.y() + box[1] * pk, box[2] * pk,
                      box[3] * pk)

    painter.setPen(QPen(QColor("#d5dce3"), 0.5))
    painter.drawRect(poster)
    from klantreis_desktop.export.pdf_poster import PAD

    painter.setFont(_font(preview.title_size * pk, True))
    painter.setPen(QColor("#1d2733"))
    title_box = inside((PAD, PAD, preview.poster_size[0] - 2 * PAD, preview.title_size * 1.3))
    painter.drawText(title_box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                     painter.fontMetrics().elidedText(preview.title, Qt.TextElideMode.ElideRight,
                                                      max(1, int(title_box.width()))))
    grid = inside(preview.grid)
    if picture is not None and not picture.isNull():
        # The picture has the image margin around the grid; draw the grid part only.
        from klantreis_desktop.ui.exporting.export_image import IMAGE_MARGIN

        fx = picture.width() / (preview.grid[2] + 2 * IMAGE_MARGIN)
        fy = picture.height() / (preview.grid[3] + 2 * IMAGE_MARGIN)
        source = QRectF(IMAGE_MARGIN * fx, IMAGE_MARGIN * fy, picture.width() - 2 * IMAGE_MARGIN
                        * fx, picture.height() - 2 * IMAGE_MARGIN * fy)
        painter.drawImage(grid, picture, source)
    else:
        painter.fillRect(grid, QColor("#e4e9ee"))
    for box in preview.blocks:
        rect = inside(box)
        painter.setPen(QPen(QColor("#d5dce3"), 0.5))
        painter.setBrush(QColor("#f7f9fb"))
        painter.drawRoundedRect(rect, 8 * pk, 8 * pk)
    for name, box in preview.tiles:
        rect = at(box)
        pen = QPen(QColor("#1d2733"), 1.0)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)
        painter.setFont(_font(max(7.0, min(rect.width(), rect.height()) * 0.2), True))
        tag = painter.fontMetrics().boundingRect(name)
        back = QRectF(0, 0, tag.width() + 6, tag.height() + 2)
        back.moveCenter(rect.center())
        painter.fillRect(back, QColor(255, 255, 255, 220))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), name)
    painter.end()
    return pixmap


def paint_image(picture: QImage | None, source_size: tuple[float, float],
                transparent: bool, size: QSize) -> QPixmap:
    """The thumbnail of a PNG/SVG export: the picture on white, or on a checkerboard."""
    w, h = source_size
    pixmap, painter, k, page = _frame(size, w, h)
    if transparent:
        cell = 8.0
        painter.fillRect(page, QColor("#ffffff"))
        rows, cols = int(page.height() // cell) + 1, int(page.width() // cell) + 1
        painter.save()
        painter.setClipRect(page)
        for row in range(rows):
            for col in range(row % 2, cols, 2):
                painter.fillRect(QRectF(page.x() + col * cell, page.y() + row * cell, cell,
                                        cell), QColor("#dde2e7"))
        painter.restore()
    if picture is not None and not picture.isNull():
        painter.drawImage(page, picture)
    painter.end()
    return pixmap


def image_caption(source_size: tuple[float, float], dpi: int | None) -> str:
    """"1584 × 1883 px at 150 DPI" (PNG) or "1014 × 1205 px, scales freely" (SVG)."""
    if dpi is None:
        width, height = pixel_size(*source_size, 96)
        return _tr("{width} × {height} px, vector (scales freely)").format(width=width,
                                                                         height=height)
    width, height = pixel_size(*source_size, dpi)
    return _tr("{width} × {height} px at {dpi} DPI").format(width=width, height=height,
                                                            dpi=dpi)


def page_caption(preview: PagePreview, options: PdfOptions) -> str:
    """"Page 1 of 3 · A3 landscape, 420 × 297 mm"."""
    w_mm, h_mm = preview.page_w / mm, preview.page_h / mm
    name = options.tile.upper() if options.tile else options.paper.upper()
    if name not in PAPER_MM:
        name = _tr("Custom")
    shape = _tr("landscape") if w_mm > h_mm else _tr("portrait")
    line = _tr("Page 1 of {pages} · {paper} {shape}, {width:.0f} × {height:.0f} mm").format(
        pages=preview.pages, paper=name, shape=shape, width=w_mm, height=h_mm)
    if preview.tiles and len(preview.header) > 1:  # the overview sheet: say what it shows
        line += "\n" + preview.header[1][0]
    return line


def _font(pixels: float, bold: bool) -> QFont:
    from klantreis_desktop.ui.canvas import look

    return look.font(max(1.0, pixels), bold)
