"""Drawing primitives in layout coordinates (y down) on a ReportLab canvas (y up).

Every colour goes through :class:`Painter`, so greyscale output converts all of them in
one place (fills, strokes, text and photos alike).
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence

from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from klantreis_desktop.export import pdf_fonts as fonts
from klantreis_desktop.layout.geometry import Bezier, Point, Rect
from klantreis_desktop.layout.style import hex_to_rgb

MAX_PHOTO_PIXELS = 4_000_000


#: Line patterns that tell persona curves apart when colour is gone (greyscale).
CURVE_DASHES: tuple[tuple[float, ...] | None, ...] = (None, (9, 4), (2, 3), (12, 3, 2, 3))


def curve_dash(painter: Painter, index: int) -> tuple[float, ...] | None:
    """The dash pattern of the ``index``-th curve: solid in colour, varied in greyscale."""
    return CURVE_DASHES[index % len(CURVE_DASHES)] if painter.greyscale else None


def grey_of(rgb: tuple[float, float, float]) -> float:
    """Perceived lightness (Rec. 601 luma), so greyscale keeps light and dark apart."""
    r, g, b = rgb
    return 0.299 * r + 0.587 * g + 0.114 * b


class Painter:
    """Draws in a box ``height`` units tall whose y axis points down."""

    def __init__(self, canvas: Canvas, height: float, greyscale: bool = False) -> None:
        self.c = canvas
        self.height = height
        self.greyscale = greyscale
        #: Texts that did not fit their box and were cut with "…" (reported as a warning).
        self.shortened: list[str] = []

    # Coordinates and colours -----------------------------------------------------------

    def fy(self, y: float) -> float:
        return self.height - y

    def fill(self, colour: str) -> None:
        rgb = hex_to_rgb(colour)
        if self.greyscale:
            self.c.setFillGray(grey_of(rgb))
        else:
            self.c.setFillColorRGB(*rgb)

    def stroke(self, colour: str) -> None:
        rgb = hex_to_rgb(colour)
        if self.greyscale:
            self.c.setStrokeGray(grey_of(rgb))
        else:
            self.c.setStrokeColorRGB(*rgb)

    # Shapes ----------------------------------------------------------------------------

    def rect(self, r: Rect, fill: str | None = None, stroke: str | None = None,
             width: float = 1.0, radius: float = 0.0, dash: Sequence[float] | None = None) -> None:
        if r.w <= 0 or r.h <= 0 or (fill is None and stroke is None):
            return
        c = self.c
        c.saveState()
        if fill is not None:
            self.fill(fill)
        if stroke is not None:
            self.stroke(stroke)
            c.setLineWidth(width)
            if dash:
                c.setDash(list(dash))
        x, y = r.x, self.fy(r.bottom)
        if radius > 0:
            c.roundRect(x, y, r.w, r.h, min(radius, r.w / 2, r.h / 2),
                        stroke=int(stroke is not None), fill=int(fill is not None))
        else:
            c.rect(x, y, r.w, r.h, stroke=int(stroke is not None), fill=int(fill is not None))
        c.restoreState()

    def line(self, points: Sequence[Point], colour: str, width: float = 1.0,
             dash: Sequence[float] | None = None, round_joins: bool = True) -> None:
        if len(points) < 2:
            return
        c = self.c
        c.saveState()
        self.stroke(colour)
        c.setLineWidth(width)
        if round_joins:
            c.setLineJoin(1)
            c.setLineCap(1)
        if dash:
            c.setDash(list(dash))
        path = c.beginPath()
        path.moveTo(points[0][0], self.fy(points[0][1]))
        for x, y in points[1:]:
            path.lineTo(x, self.fy(y))
        c.drawPath(path, stroke=1, fill=0)
        c.restoreState()

    def polygon(self, points: Sequence[Point], fill: str | None, stroke: str | None = None,
                width: float = 1.0) -> None:
        if len(points) < 3:
            return
        c = self.c
        c.saveState()
        if fill is not None:
            self.fill(fill)
        if stroke is not None:
            self.stroke(stroke)
            c.setLineWidth(width)
            c.setLineJoin(1)
        path = c.beginPath()
        path.moveTo(points[0][0], self.fy(points[0][1]))
        for x, y in points[1:]:
            path.lineTo(x, self.fy(y))
        path.close()
        c.drawPath(path, stroke=int(stroke is not None), fill=int(fill is not None))
        c.restoreState()

    def circle(self, centre: Point, radius: float, fill: str | None = None,
               stroke: str | None = None, width: float = 1.0) -> None:
        c = self.c
        c.saveState()
        if fill is not None:
            self.fill(fill)
        if stroke is not None:
            self.stroke(stroke)
            c.setLineWidth(width)
        c.circle(centre[0], self.fy(centre[1]), radius, stroke=int(stroke is not None),
                 fill=int(fill is not None))
        c.restoreState()

    def beziers(self, segments: Sequence[Bezier], colour: str, width: float = 2.0,
                dash: Sequence[float] | None = None) -> None:
        """A smooth curve made of cubic segments (the emotion curve)."""
        if not segments:
            return
        c = self.c
        c.saveState()
        self.stroke(colour)
        c.setLineWidth(width)
        if dash:
            c.setDash(list(dash))
        c.setLineCap(1)
        c.setLineJoin(1)
        path = c.beginPath()
        first = segments[0].p0
        path.moveTo(first[0], self.fy(first[1]))
        for seg in segments:
            path.curveTo(seg.c1[0], self.fy(seg.c1[1]), seg.c2[0], self.fy(seg.c2[1]),
                         seg.p1[0], self.fy(seg.p1[1]))
        c.drawPath(path, stroke=1, fill=0)
        c.restoreState()

    def arrow(self, points: Sequence[Point], colour: str, width: float = 1.2,
              head: float = 7.0) -> None:
        """A polyline with a filled arrow head at its last point."""
        if len(points) < 2:
            return
        (x0, y0), (x1, y1) = points[-2], points[-1]
        length = math.hypot(x1 - x0, y1 - y0)
        if length == 0:
            self.line(points, colour, width)
            return
        ux, uy = (x1 - x0) / length, (y1 - y0) / length
        before = sum(math.hypot(b[0] - a[0], b[1] - a[1])
                     for a, b in zip(points[:-2], points[1:-1], strict=True))
        head = min(head, length * 0.9 + before)
        base = (x1 - ux * head, y1 - uy * head)
        self.line([*points[:-1], base], colour, width)
        half = head * 0.45
        self.polygon([(x1, y1), (base[0] - uy * half, base[1] + ux * half),
                      (base[0] + uy * half, base[1] - ux * half)], colour)

    # Text ------------------------------------------------------------------------------

    def text_lines(self, lines: Sequence[str], x: float, top: float, font: str, size: float,
                   colour: str, width: float = 0.0, align: str = "left",
                   leading: float | None = None) -> float:
        """Draw ``lines`` from ``top`` down; returns the y under the last line.

        Text goes through ``drawString`` (no markup), so user text needs no escaping here.
        """
        fonts.register_fonts()
        leading = leading if leading is not None else size * fonts.LINE_HEIGHT
        c = self.c
        c.saveState()
        self.fill(colour)
        c.setFont(font, size)
        y = top
        for line in lines:
            baseline = y + (leading - size) / 2 + size * 0.8
            if align == "center":
                c.drawCentredString(x + width / 2, self.fy(baseline), line)
            elif align == "right":
                c.drawRightString(x + width, self.fy(baseline), line)
            else:
                c.drawString(x, self.fy(baseline), line)
            y += leading
        c.restoreState()
        return y

    def text_box(self, text: str, box: Rect, font: str, size: float, colour: str,
                 align: str = "left", valign: str = "top", min_size: float = 0.0) -> float:
        """Wrap ``text`` into ``box``; shrinks down to ``min_size`` before cutting with an
        ellipsis. Returns the height used."""
        leading = size * fonts.LINE_HEIGHT
        lines = fonts.wrap_text(text, font, size, box.w)
        while min_size and size > min_size and (len(lines) * leading > box.h + 0.01
                                                or _widest_word(text, font, size) > box.w):
            size = max(min_size, size - 0.5)
            leading = size * fonts.LINE_HEIGHT
            lines = fonts.wrap_text(text, font, size, box.w)
        max_lines = max(1, int((box.h + 0.01) // leading)) if box.h >= size else 0
        if len(lines) > max_lines:
            self.shortened.append(text)
        lines = fonts.fit_lines(lines, max_lines, font, size, box.w)
        used = len(lines) * leading
        top = box.y
        if valign == "middle":
            top = box.y + max(0.0, (box.h - used) / 2)
        elif valign == "bottom":
            top = box.bottom - used
        self.text_lines(lines, box.x, top, font, size, colour, box.w, align, leading)
        return used

    # Images ----------------------------------------------------------------------------

    def photo(self, data: bytes, box: Rect, round_mask: bool = False) -> bool:
        """Draw an embedded photo cropped to fill ``box``; False when it cannot be read."""
        try:
            with Image.open(io.BytesIO(data)) as img:
                if img.width * img.height > MAX_PHOTO_PIXELS:
                    return False
                img.load()
                picture = img.convert("L" if self.greyscale else "RGB")
        except Exception:  # a damaged photo must not stop the export
            return False
        side = min(picture.width, picture.height)
        left = (picture.width - side) // 2
        top = (picture.height - side) // 2
        picture = picture.crop((left, top, left + side, top + side))
        c = self.c
        c.saveState()
        if round_mask:
            path = c.beginPath()
            path.circle(box.x + box.w / 2, self.fy(box.y + box.h / 2), min(box.w, box.h) / 2)
            c.clipPath(path, stroke=0, fill=0)
        c.drawImage(ImageReader(picture), box.x, self.fy(box.bottom), box.w, box.h)
        c.restoreState()
        return True


def _widest_word(text: str, font: str, size: float) -> float:
    """Width of the longest word, so headers shrink before breaking a word in two."""
    return max((fonts.text_width(word, font, size) for word in text.split()), default=0.0)
