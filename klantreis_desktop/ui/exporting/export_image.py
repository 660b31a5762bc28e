"""One journey as a PNG (at a chosen DPI) or an SVG, for slides and mail (Qt).

The image is the poster the PDF prints, laid out for the same sheet: the same title block, grid
(channels lane included), persona blocks and legend, in the journey's language, drawn by
the same poster code through :class:`QtPosterPainter` — so the three formats show the
same texts in the same places and the same style, and long texts end in "…" in all of
them. With a chosen paper (A3, a custom size) the PNG is that whole sheet at its DPI, as
the PDF's page (margins included): "A3 at 150 DPI" is 1754 × 2480 px and prints as A3.
With the automatic paper, and in the SVG, one poster unit is one pixel at 96 DPI (the
poster's own size, for slides and mail). The SVG keeps text as text. Files are
written atomically; errors are :class:`ExportError` with a translated message. It lives
in ``ui/`` because Qt draws it; ``export/`` stays Qt-free.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication

from klantreis_desktop import __version__
from klantreis_desktop.export import pdf_fonts as fonts
from klantreis_desktop.export.files import (
    DEFAULT_DPI,
    SCREEN_DPI,
    check_dpi,
    check_pixels,
    pixel_size,
    write_atomic,
)
from klantreis_desktop.export.pdf_options import ExportError, PdfOptions
from klantreis_desktop.export.pdf_poster import Poster
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model.document import Document
from klantreis_desktop.model.model_error import ModelError
from klantreis_desktop.ui.exporting.poster_painter import QtPosterPainter, paint_poster

__all__ = ["ExportError", "ImageResult", "Sheet", "draw_png", "draw_svg", "ensure_application",
           "export_png", "export_svg", "image_page", "image_poster", "image_size", "png_size",
           "render_image", "svg_bytes"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Export", text)


@dataclass(frozen=True)
class ImageResult:
    """What was written: the file, its pixel size (SVG: at 96 DPI), bytes on disk, and
    the warnings (texts shortened with "…" or drawn with placeholders, by card)."""

    path: Path
    width: int
    height: int
    size: int
    warnings: tuple[str, ...] = ()


def ensure_application() -> QApplication:
    """The running QApplication, or a new one (offscreen when there is no display).

    The command line calls this before drawing; without a display on Linux it picks
    Qt's offscreen platform so exports work over SSH and in CI.
    """
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    if sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")) and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from klantreis_desktop import i18n
    from klantreis_desktop.ui.app import install_translations, load_fonts

    app = QApplication([sys.argv[0] if sys.argv else "klantreis"])
    load_fonts()
    install_translations(app, i18n.language())
    return app


def _check_journey(doc: Document, journey: str) -> None:
    if journey not in doc or doc.kind(journey) != k.JOURNEY:
        raise ExportError(_tr("The journey “{id}” does not exist in this document.").format(
            id=str(journey)[:60]))


@dataclass(frozen=True)
class Sheet:
    """A paper the user chose for an image: the whole sheet and the poster's place on it,
    in points, as on the PDF's page."""

    name: str  # "A3", or the size in mm
    width: float
    height: float
    scale: float  # points per poster unit
    offset: tuple[float, float]  # the poster's left and bottom edge on the sheet

    def pixels(self, dpi: int) -> tuple[int, int]:
        """The sheet's size in pixels at ``dpi``."""
        return (max(1, round(self.width / POINTS_PER_INCH * dpi)),
                max(1, round(self.height / POINTS_PER_INCH * dpi)))


POINTS_PER_INCH = 72.0


def image_page(doc: Document, journey: str, options: PdfOptions | None = None,
               source_name: str = "") -> tuple[Poster, Sheet | None]:
    """``journey``'s poster exactly as the PDF lays it out for its sheet (paper ``auto``
    unless ``options`` say otherwise), in the language and with the filters of
    ``options`` (the journey's own language and everything when None); and the sheet,
    when a paper was chosen (None for ``auto``)."""
    from klantreis_desktop.export.pdf_filters import resolve_filters
    from klantreis_desktop.export.pdf_options import is_auto
    from klantreis_desktop.export.pdf_plan import plan_journey
    from klantreis_desktop.export.pdf_words import words_for

    _check_journey(doc, journey)
    chosen = options if options is not None else PdfOptions()
    try:
        fonts.register_fonts()
        filters = resolve_filters(doc, [journey], chosen)[journey]
        page = plan_journey(doc, journey, chosen, source_name, filters,
                            words_for(doc, journey, chosen.language))
    except fonts.FontError as error:
        raise ExportError(str(error)) from error
    except ModelError as error:
        raise ExportError(str(error)) from error
    sheet = None if is_auto(chosen.paper) else Sheet(page.paper, page.page_w, page.page_h,
                                                     page.scale, page.offset)
    return page.poster, sheet


def image_poster(doc: Document, journey: str, options: PdfOptions | None = None,
                 source_name: str = "") -> Poster:
    """The poster of :func:`image_page`, without its sheet."""
    return image_page(doc, journey, options, source_name)[0]


def warnings_of(painter: QtPosterPainter, poster: Poster) -> list[str]:
    """One warning per shortened text and per text with placeholders, as the PDF says."""
    from klantreis_desktop.export.pdf import _notes_of  # the PDF's wording, one place

    return _notes_of(painter, poster.title)


def png_size(poster: Poster, dpi: int, sheet: Sheet | None = None) -> tuple[int, int]:
    """The PNG's size in pixels at ``dpi``: the sheet's, else the poster's own."""
    if sheet is not None:
        return sheet.pixels(dpi)
    return pixel_size(poster.width, poster.height, dpi)


def image_size(doc: Document, journey: str, dpi: int = DEFAULT_DPI,
               options: PdfOptions | None = None) -> tuple[int, int]:
    """The PNG's size in pixels at ``dpi``."""
    poster, sheet = image_page(doc, journey, options)
    return png_size(poster, dpi, sheet)


def draw_png(poster: Poster, dpi: int = DEFAULT_DPI, transparent: bool = False,
             sheet: Sheet | None = None) -> tuple[QImage, list[str]]:
    """``poster`` as an image at ``dpi`` and the warnings; transparent or white behind it.
    With a ``sheet``, the image is that whole sheet with the poster where the PDF puts it.

    Safe in a worker thread (it paints on a QImage only).
    """
    check_dpi(dpi)
    width, height = png_size(poster, dpi, sheet)
    check_pixels(width, height, dpi)
    fmt = QImage.Format.Format_ARGB32_Premultiplied if transparent else (
        QImage.Format.Format_RGB32)
    image = QImage(width, height, fmt)
    if image.isNull():
        raise ExportError(_tr("There is not enough memory for an image of {width} × "
                              "{height} pixels.").format(width=width, height=height))
    image.fill(QColor(0, 0, 0, 0) if transparent else QColor("#ffffff"))
    per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(per_metre)
    image.setDotsPerMeterY(per_metre)
    painter = QPainter(image)
    try:
        painter.setRenderHints(QPainter.RenderHint.Antialiasing
                               | QPainter.RenderHint.TextAntialiasing
                               | QPainter.RenderHint.SmoothPixmapTransform)
        if sheet is None:
            painter.scale(width / poster.width, height / poster.height)
        else:  # points on the sheet, y down; the poster's top edge below the top margin
            painter.scale(width / sheet.width, height / sheet.height)
            left, bottom = sheet.offset
            painter.translate(left, sheet.height - bottom - poster.height * sheet.scale)
            painter.scale(sheet.scale, sheet.scale)
        drawn = paint_poster(poster, painter, transparent=transparent)
    finally:
        painter.end()
    return image, warnings_of(drawn, poster)


def render_image(doc: Document, journey: str, dpi: int = DEFAULT_DPI,
                 transparent: bool = False, options: PdfOptions | None = None,
                 source_name: str = "") -> QImage:
    """``journey``'s poster as an image at ``dpi``."""
    ensure_application()
    poster, sheet = image_page(doc, journey, options, source_name)
    return draw_png(poster, dpi, transparent, sheet)[0]


def png_bytes(image: QImage) -> bytes:
    """``image`` encoded as PNG (safe in a worker thread: QImage is reentrant)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # stubs say bytes
        raise ExportError(_tr("The image could not be encoded as PNG."))
    buffer.close()
    return bytes(data.data())


def draw_svg(poster: Poster, transparent: bool = False) -> tuple[bytes, int, int, list[str]]:
    """``poster`` as SVG text (vectors and real text), its size in px at 96 DPI and the
    warnings. Safe in a worker thread."""
    width, height = pixel_size(poster.width, poster.height, SCREEN_DPI)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setResolution(SCREEN_DPI)
    generator.setSize(QSize(width, height))
    generator.setViewBox(QRectF(0, 0, poster.width, poster.height))
    generator.setTitle(poster.title)
    generator.setDescription(f"Klantreis Desktop {__version__}")
    painter = QPainter(generator)
    try:
        drawn = paint_poster(poster, painter, transparent=transparent)
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data()), width, height, warnings_of(drawn, poster)


def svg_bytes(doc: Document, journey: str, transparent: bool = False,
              options: PdfOptions | None = None,
              source_name: str = "") -> tuple[bytes, int, int]:
    """``journey``'s poster as SVG text and its size in px at 96 DPI."""
    ensure_application()
    data, width, height, _warnings = draw_svg(image_poster(doc, journey, options,
                                                           source_name), transparent)
    return data, width, height


def export_png(doc: Document, journey: str, path: str | os.PathLike[str],
               dpi: int = DEFAULT_DPI, transparent: bool = False,
               options: PdfOptions | None = None, source_name: str = "") -> ImageResult:
    """Write ``journey``'s poster as a PNG of ``dpi`` dots per inch (stored in the file)."""
    ensure_application()
    poster, sheet = image_page(doc, journey, options, source_name)
    image, warnings = draw_png(poster, dpi, transparent, sheet)
    data = png_bytes(image)
    target = Path(path)
    write_atomic(target, data)
    return ImageResult(target, image.width(), image.height(), len(data), tuple(warnings))


def export_svg(doc: Document, journey: str, path: str | os.PathLike[str],
               transparent: bool = False, options: PdfOptions | None = None,
               source_name: str = "") -> ImageResult:
    """Write ``journey``'s poster as an SVG; its text stays searchable and editable."""
    ensure_application()
    data, width, height, warnings = draw_svg(image_poster(doc, journey, options, source_name),
                                             transparent)
    target = Path(path)
    write_atomic(target, data)
    return ImageResult(target, width, height, len(data), tuple(warnings))
