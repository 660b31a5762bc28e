"""The PDF poster's :class:`Painter` on a QPainter: PNG, SVG and the preview draw the very
poster the PDF prints (title block, grid, channels lane, personas band, legend).

The poster code (``export/pdf_poster.py`` and friends) draws only through the Painter's
methods, so this subclass replaces each one with its QPainter twin: the same boxes, the
same colours, the same wrapped and shortened lines (measured with DejaVu Sans, the font
Qt draws them in here), the same "…" and placeholders. Qt shapes Arabic and finds CJK
glyphs itself in the shipped fallback fonts. Y points down on both sides, so nothing is
flipped. Safe in a worker thread: it paints only on a QImage or an SVG generator.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import cast

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)
from reportlab.pdfgen.canvas import Canvas

from klantreis_desktop.export import pdf_fonts as fonts
from klantreis_desktop.export import pdf_text
from klantreis_desktop.export.pdf_draw import MAX_PHOTO_PIXELS, Painter, grey_of
from klantreis_desktop.export.pdf_poster import Poster
from klantreis_desktop.layout.geometry import Bezier, Point, Rect
from klantreis_desktop.layout.style import hex_to_rgb
from klantreis_desktop.shipped_files import resources_dir

#: Fonts are made this many times larger and drawn scaled down: QFont sizes are whole
#: pixels, poster sizes are not (a 10.5 pt label stays 10.5, not 10 or 11).
_FINE = 16
_MAIN_FILE = "DejaVuSans.ttf"
_FALLBACK_FILES = ("NotoSansArabic-Regular.ttf", "DroidSansFallbackFull.ttf")
_STYLES = {fonts.REGULAR: (False, False), fonts.BOLD: (True, False),
           fonts.ITALIC: (False, True), fonts.BOLD_ITALIC: (True, True)}


@lru_cache(maxsize=8)
def _family(file_name: str) -> str:
    """The family name of a shipped font file, registered with Qt once ("" if missing)."""
    path = resources_dir() / "fonts" / file_name
    if not path.is_file():
        return ""
    ident = QFontDatabase.addApplicationFont(str(path))
    found = QFontDatabase.applicationFontFamilies(ident) if ident >= 0 else []
    return found[0] if found else ""


def _families(arabic: bool) -> list[str]:
    """DejaVu Sans, then the fallbacks; Arabic lines take Noto Sans Arabic first, as the
    PDF does (Latin letters, which it lacks, then still come from DejaVu)."""
    main = _family(_MAIN_FILE) or "DejaVu Sans"
    rest = [name for name in (_family(f) for f in _FALLBACK_FILES) if name]
    if arabic and rest:
        return [rest[0], main, *rest[1:]]
    return [main, *rest]


class _CanvasShim:
    """The few canvas calls the poster makes itself (around the grid), on a QPainter.

    ReportLab's y axis points up, so a translation by -y there is one by +y here.
    """

    def __init__(self, painter: QPainter) -> None:
        self._painter = painter

    def saveState(self) -> None:
        self._painter.save()

    def restoreState(self) -> None:
        self._painter.restore()

    def translate(self, dx: float, dy: float) -> None:
        self._painter.translate(dx, -dy)

    def scale(self, sx: float, sy: float) -> None:
        self._painter.scale(sx, sy)


class QtPosterPainter(Painter):
    """Draws a poster (layout units, y down) with ``painter``.

    ``transparent`` leaves out the poster's white sheet, so a PNG can be see-through.
    """

    def __init__(self, painter: QPainter, height: float, greyscale: bool = False,
                 transparent: bool = False, audit: bool = False) -> None:
        super().__init__(cast(Canvas, _CanvasShim(painter)), height, greyscale, audit)
        self.qp = painter
        self.transparent = transparent
        self._fonts: dict[tuple[str, float, bool], QFont] = {}

    # Colours and pens --------------------------------------------------------------

    def colour(self, hex_text: str) -> QColor:
        rgb = hex_to_rgb(hex_text)
        if self.greyscale:
            grey = grey_of(rgb)
            rgb = (grey, grey, grey)
        return QColor.fromRgbF(*rgb)

    def _pen(self, colour: str, width: float, dash: Sequence[float] | None = None,
             round_ends: bool = False) -> QPen:
        pen = QPen(self.colour(colour), max(width, 0.01))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap if round_ends else Qt.PenCapStyle.FlatCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin if round_ends else Qt.PenJoinStyle.MiterJoin)
        if dash:
            pattern = [max(d, 0.01) / max(width, 0.01) for d in dash]  # Qt: in pen widths
            if len(pattern) % 2:
                pattern *= 2
            pen.setDashPattern(pattern)
        return pen

    def _paint(self, path: QPainterPath, fill: str | None, stroke: str | None, width: float,
               dash: Sequence[float] | None = None, round_ends: bool = False) -> None:
        qp = self.qp
        qp.save()
        qp.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        qp.setBrush(QBrush(self.colour(fill)) if fill is not None else Qt.BrushStyle.NoBrush)
        qp.setPen(self._pen(stroke, width, dash, round_ends) if stroke is not None
                  else Qt.PenStyle.NoPen)
        qp.drawPath(path)
        qp.restore()

    # Shapes ------------------------------------------------------------------------

    def rect(self, r: Rect, fill: str | None = None, stroke: str | None = None,
             width: float = 1.0, radius: float = 0.0, dash: Sequence[float] | None = None,
             background: bool = False) -> None:
        if r.w <= 0 or r.h <= 0 or (fill is None and stroke is None):
            return
        if background and self.transparent:
            return
        if not background:
            self.track(r.x, r.y, r.right, r.bottom)
        qp = self.qp
        qp.save()
        qp.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        qp.setBrush(QBrush(self.colour(fill)) if fill is not None else Qt.BrushStyle.NoBrush)
        qp.setPen(self._pen(stroke, width, dash) if stroke is not None else Qt.PenStyle.NoPen)
        box = QRectF(r.x, r.y, r.w, r.h)
        radius = min(radius, r.w / 2, r.h / 2)
        if radius > 0:
            qp.drawRoundedRect(box, radius, radius)
        else:
            qp.drawRect(box)  # a <rect> in the SVG
        qp.restore()

    def line(self, points: Sequence[Point], colour: str, width: float = 1.0,
             dash: Sequence[float] | None = None, round_joins: bool = True) -> None:
        if len(points) < 2:
            return
        self._track_points(points)
        path = QPainterPath(QPointF(*points[0]))
        for x, y in points[1:]:
            path.lineTo(x, y)
        self._paint(path, None, colour, width, dash, round_joins)

    def polygon(self, points: Sequence[Point], fill: str | None, stroke: str | None = None,
                width: float = 1.0) -> None:
        if len(points) < 3 or (fill is None and stroke is None):
            return
        self._track_points(points)
        path = QPainterPath()
        path.addPolygon(QPolygonF([QPointF(x, y) for x, y in points]))
        path.closeSubpath()
        qp = self.qp
        qp.save()
        qp.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        qp.setBrush(QBrush(self.colour(fill)) if fill is not None else Qt.BrushStyle.NoBrush)
        if stroke is not None:
            pen = self._pen(stroke, width)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            qp.setPen(pen)
        else:
            qp.setPen(Qt.PenStyle.NoPen)
        qp.drawPath(path)
        qp.restore()

    def circle(self, centre: Point, radius: float, fill: str | None = None,
               stroke: str | None = None, width: float = 1.0) -> None:
        if radius <= 0 or (fill is None and stroke is None):
            return
        self.track(centre[0] - radius, centre[1] - radius, centre[0] + radius,
                   centre[1] + radius)
        path = QPainterPath()
        path.addEllipse(QPointF(*centre), radius, radius)
        self._paint(path, fill, stroke, width)

    def beziers(self, segments: Sequence[Bezier], colour: str, width: float = 2.0,
                dash: Sequence[float] | None = None) -> None:
        if not segments:
            return
        self._track_points([pt for seg in segments for pt in (seg.p0, seg.c1, seg.c2, seg.p1)])
        path = QPainterPath(QPointF(*segments[0].p0))
        for seg in segments:
            path.cubicTo(QPointF(*seg.c1), QPointF(*seg.c2), QPointF(*seg.p1))
        self._paint(path, None, colour, width, dash, round_ends=True)

    # Text --------------------------------------------------------------------------

    def _font(self, font: str, size: float, arabic: bool) -> QFont:
        key = (font, size, arabic)
        found = self._fonts.get(key)
        if found is None:
            bold, italic = _STYLES.get(font, (False, False))
            found = QFont()
            found.setFamilies(_families(arabic))
            found.setPixelSize(max(1, round(size * _FINE)))
            found.setBold(bold)
            found.setItalic(italic)
            found.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
            found.setKerning(False)  # ReportLab measures without kerning
            self._fonts[key] = found
        return found

    def text_lines(self, lines: Sequence[str], x: float, top: float, font: str, size: float,
                   colour: str, width: float = 0.0, align: str = "left",
                   leading: float | None = None) -> float:
        """Draw ``lines`` from ``top`` down, placed as the PDF places them; returns the y
        under the last line."""
        fonts.register_fonts()
        leading = leading if leading is not None else size * fonts.LINE_HEIGHT
        qp = self.qp
        qp.save()
        qp.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        qp.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        qp.setPen(self.colour(colour))
        y = top
        for raw in lines:
            line = pdf_text.prepare(raw, font)[0]
            if line.strip():
                baseline = y + (leading - size) / 2 + size * 0.8
                arabic = any(pdf_text.is_arabic(ch) for ch in line)
                qfont = self._font(font, size, arabic)
                drawn_w = QFontMetricsF(qfont).horizontalAdvance(line) / _FINE
                spare = width - drawn_w
                start = x + (spare / 2 if align == "center" else spare if align == "right"
                             else 0.0)
                qp.save()
                qp.translate(start, baseline)
                qp.scale(1 / _FINE, 1 / _FINE)
                qp.setFont(qfont)
                qp.setLayoutDirection(Qt.LayoutDirection.RightToLeft
                                      if pdf_text.is_rtl_text(line)
                                      else Qt.LayoutDirection.LeftToRight)
                qp.drawText(QPointF(0.0, 0.0), line)
                qp.restore()
                self.track(start, y, start + drawn_w, y + leading)
            y += leading
        qp.restore()
        return y

    # Images ------------------------------------------------------------------------

    def _image(self, data: bytes) -> QImage | None:
        image = QImage.fromData(data)
        if image.isNull() or image.width() * image.height() > MAX_PHOTO_PIXELS:
            return None
        if self.greyscale:
            image = image.convertToFormat(QImage.Format.Format_Grayscale8)
        return image

    def photo(self, data: bytes, box: Rect, round_mask: bool = False) -> bool:
        image = self._image(data)
        if image is None:
            return False
        side = min(image.width(), image.height())
        image = image.copy((image.width() - side) // 2, (image.height() - side) // 2, side,
                           side)
        target = QRectF(box.x, box.y, box.w, box.h)
        qp = self.qp
        qp.save()
        qp.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        qp.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if round_mask:
            clip = QPainterPath()
            clip.addEllipse(target.center(), min(box.w, box.h) / 2, min(box.w, box.h) / 2)
            qp.setClipPath(clip)
        qp.drawImage(target, image)
        qp.restore()
        self.track(box.x, box.y, box.right, box.bottom)
        return True

    def picture(self, data: bytes, box: Rect) -> bool:
        image = self._image(data)
        if image is None:
            return False
        k = min(box.w / max(image.width(), 1), box.h / max(image.height(), 1))
        w, h = image.width() * k, image.height() * k
        x, y = box.right - w, box.y + (box.h - h) / 2
        self.qp.save()
        self.qp.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        self.qp.drawImage(QRectF(x, y, w, h), image)
        self.qp.restore()
        self.track(x, y, x + w, y + h)
        return True


def paint_poster(poster: Poster, painter: QPainter, greyscale: bool = False,
                 transparent: bool = False) -> QtPosterPainter:
    """Paint ``poster`` at its own size from the
    painter's origin; the returned painter knows what was shortened or replaced."""
    p = QtPosterPainter(painter, poster.height, greyscale, transparent)
    poster.paint(p)
    return p
