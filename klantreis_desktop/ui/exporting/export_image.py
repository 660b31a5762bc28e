"""One journey as a PNG (at a chosen DPI) or an SVG, for slides and mail (Qt).

The image is the canvas itself: a fresh :class:`JourneyScene` (no selection, no focus
frame, no "+" buttons, no hover handles) rendered without item caches, so the SVG keeps
text as text and the PNG is sharp at every DPI. One canvas unit is one pixel at 96 DPI.
Files are written atomically; errors are :class:`ExportError` with a translated message.
It lives in ``ui/`` because it draws with the canvas scene; ``export/`` stays Qt-free.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QUndoStack
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsScene

from klantreis_desktop import __version__
from klantreis_desktop.export.files import (
    DEFAULT_DPI,
    SCREEN_DPI,
    check_dpi,
    check_pixels,
    pixel_size,
    write_atomic,
)
from klantreis_desktop.export.pdf_options import ExportError
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model.document import Document

#: Empty room (canvas units) around the map, so the image does not end at a grid line.
IMAGE_MARGIN = 24.0

__all__ = ["IMAGE_MARGIN", "ExportError", "ImageResult", "ensure_application", "export_png",
           "export_svg", "image_size", "render_image", "svg_bytes"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Export", text)


@dataclass(frozen=True)
class ImageResult:
    """What was written: the file, its pixel size (SVG: at 96 DPI) and bytes on disk."""

    path: Path
    width: int
    height: int
    size: int


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


@contextmanager
def clean_scene(doc: Document, journey: str) -> Iterator[tuple[QGraphicsScene, QRectF]]:
    """A fresh scene of ``journey`` ready to render, and the source rect to render.

    The scene follows nobody once the block ends (it unsubscribes from ``doc``).
    """
    from klantreis_desktop.ui.canvas.scene import JourneyScene

    _check_journey(doc, journey)
    ensure_application()
    scene = JourneyScene(doc, journey, QUndoStack())
    try:
        scene.clearSelection()
        scene.set_focus_cell(None)
        scene.set_edit_buttons_visible(False)
        scene.setBackgroundBrush(Qt.BrushStyle.NoBrush)
        for item in scene.items():
            # Cached cards would end up as bitmaps in the SVG and blurry at high DPI.
            item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
        layout = scene.layout
        width = layout.width if layout is not None else 0.0
        height = layout.height if layout is not None else 0.0
        source = QRectF(-IMAGE_MARGIN, -IMAGE_MARGIN, width + 2 * IMAGE_MARGIN,
                        height + 2 * IMAGE_MARGIN)
        yield scene, source
    finally:
        scene.detach()
        scene.clear()


def _source_size(doc: Document, journey: str) -> tuple[float, float]:
    with clean_scene(doc, journey) as (_scene, source):
        return source.width(), source.height()


def image_size(doc: Document, journey: str, dpi: int = DEFAULT_DPI) -> tuple[int, int]:
    """The PNG's size in pixels at ``dpi`` (margin included)."""
    width, height = _source_size(doc, journey)
    return pixel_size(width, height, dpi)


def render_image(doc: Document, journey: str, dpi: int = DEFAULT_DPI,
                 transparent: bool = False) -> QImage:
    """``journey`` as an image at ``dpi``; transparent or white around and behind the map."""
    check_dpi(dpi)
    with clean_scene(doc, journey) as (scene, source):
        width, height = pixel_size(source.width(), source.height(), dpi)
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
            scene.render(painter, QRectF(0, 0, width, height), source,
                         Qt.AspectRatioMode.IgnoreAspectRatio)
        finally:
            painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    """``image`` encoded as PNG (safe in a worker thread: QImage is reentrant)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # stubs say bytes
        raise ExportError(_tr("The image could not be encoded as PNG."))
    buffer.close()
    return bytes(data.data())


def svg_bytes(doc: Document, journey: str, transparent: bool = False) -> tuple[bytes, int, int]:
    """``journey`` as SVG text (vectors and real text) and its size in px at 96 DPI."""
    with clean_scene(doc, journey) as (scene, source):
        width, height = pixel_size(source.width(), source.height(), SCREEN_DPI)
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setResolution(SCREEN_DPI)
        generator.setSize(QSize(width, height))
        generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
        generator.setTitle(doc.title(journey))
        generator.setDescription(f"Klantreis Desktop {__version__}")
        painter = QPainter(generator)
        try:
            target = QRectF(0, 0, source.width(), source.height())
            if not transparent:
                painter.fillRect(target, QColor("#ffffff"))
            scene.render(painter, target, source, Qt.AspectRatioMode.IgnoreAspectRatio)
        finally:
            painter.end()
        buffer.close()
    return bytes(data.data()), width, height


def export_png(doc: Document, journey: str, path: str | os.PathLike[str],
               dpi: int = DEFAULT_DPI, transparent: bool = False) -> ImageResult:
    """Write ``journey`` as a PNG of ``dpi`` dots per inch (stored in the file too)."""
    image = render_image(doc, journey, dpi, transparent)
    data = png_bytes(image)
    target = Path(path)
    write_atomic(target, data)
    return ImageResult(target, image.width(), image.height(), len(data))


def export_svg(doc: Document, journey: str, path: str | os.PathLike[str],
               transparent: bool = False) -> ImageResult:
    """Write ``journey`` as an SVG; its text stays searchable and editable in slides."""
    data, width, height = svg_bytes(doc, journey, transparent)
    target = Path(path)
    write_atomic(target, data)
    return ImageResult(target, width, height, len(data))
