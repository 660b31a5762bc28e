"""Drawing primitives in layout coordinates (y down) on a ReportLab canvas (y up).

Every colour goes through :class:`Painter`, so greyscale output converts all of them in
one place (fills, strokes, text and photos alike).
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from functools import lru_cache

from PIL import Image
from reportlab import rl_config
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from klantreis_desktop.export import pdf_fonts as fonts
from klantreis_desktop.export import pdf_text
from klantreis_desktop.layout.geometry import Bezier, Point, Rect
from klantreis_desktop.layout.style import hex_to_rgb

MAX_PHOTO_PIXELS = 4_000_000

# Streams are zlib-compressed binary, not also ASCII85 text (ReportLab's default): a
# poster 18 % smaller, and no pure-Python ASCII85 pass over every stream. Process-wide
# on purpose: ReportLab reads it while writing, and only our exports use ReportLab.
rl_config.useA85 = 0

#: Bezier handle length for a quarter circle, as a fraction of the radius.
_KAPPA = 0.5523


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

    def __init__(self, canvas: Canvas, height: float, greyscale: bool = False,
                 audit: bool = False) -> None:
        self.c = canvas
        self.height = height
        self.greyscale = greyscale
        #: Texts that did not fit their box and were cut with "…", by the name of what
        #: they belong to (a card's title, a phase's) — reported as warnings.
        self.shortened: list[str] = []
        #: (owner, characters) of texts with characters no shipped font has (placeholders).
        self.placeholders: list[tuple[str, str]] = []
        #: The bounding box of everything drawn (x0, y0, x1, y1), backgrounds left out.
        self.extents: tuple[float, float, float, float] | None = None
        #: With ``audit``: (line, box) for every line of boxed text, to prove none leaves
        #: its box (tests of hostile input).
        self.audit: list[tuple[Rect, Rect]] | None = [] if audit else None

    # Coordinates and colours -----------------------------------------------------------

    def fy(self, y: float) -> float:
        return self.height - y

    def track(self, x0: float, y0: float, x1: float, y1: float) -> None:
        """Widen :attr:`extents` to the box (x0, y0)–(x1, y1) (layout units, y down)."""
        if self.extents is None:
            self.extents = (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))
            return
        a, b, c, d = self.extents
        self.extents = (min(a, x0, x1), min(b, y0, y1), max(c, x0, x1), max(d, y0, y1))

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
             width: float = 1.0, radius: float = 0.0, dash: Sequence[float] | None = None,
             background: bool = False) -> None:
        """A (rounded) rectangle, written as PDF operators in one string.

        The poster draws thousands of these (every card); going through ReportLab's
        ``roundRect`` formats 8 Bezier segments number by number in pure Python, which was
        a third of the export time. Inside ``q``/``Q``, so the canvas state is unchanged.
        """
        if r.w <= 0 or r.h <= 0 or (fill is None and stroke is None):
            return
        if not background:
            self.track(r.x, r.y, r.right, r.bottom)
        ops = ["q"]
        if fill is not None:
            ops.append(self._colour_op(fill, stroke=False))
        if stroke is not None:
            ops.append(self._colour_op(stroke, stroke=True))
            ops.append(f"{_n(width)} w")
            if dash:
                ops.append(_dash_op(dash))
        x, y = r.x, self.fy(r.bottom)
        radius = min(radius, r.w / 2, r.h / 2)
        if radius > 0:
            ops.append(_round_rect_path(x, y, r.w, r.h, radius))
        else:
            ops.append(f"{_n(x)} {_n(y)} {_n(r.w)} {_n(r.h)} re")
        ops.append(_paint_op(fill is not None, stroke is not None))
        ops.append("Q")
        self.c.addLiteral("\n".join(ops))

    def _colour_op(self, colour: str, stroke: bool) -> str:
        return _colour_operator(colour, stroke, self.greyscale)

    def line(self, points: Sequence[Point], colour: str, width: float = 1.0,
             dash: Sequence[float] | None = None, round_joins: bool = True) -> None:
        if len(points) < 2:
            return
        self._track_points(points)
        ops = ["q", self._colour_op(colour, stroke=True), f"{_n(width)} w"]
        if round_joins:
            ops.append("1 j 1 J")
        if dash:
            ops.append(_dash_op(dash))
        ops.append(self._polyline(points))
        ops.append("S Q")
        self.c.addLiteral(" ".join(ops))

    def polygon(self, points: Sequence[Point], fill: str | None, stroke: str | None = None,
                width: float = 1.0) -> None:
        if len(points) < 3 or (fill is None and stroke is None):
            return
        self._track_points(points)
        ops = ["q"]
        if fill is not None:
            ops.append(self._colour_op(fill, stroke=False))
        if stroke is not None:
            ops.append(f"{self._colour_op(stroke, stroke=True)} {_n(width)} w 1 j")
        ops.append(self._polyline(points) + " h")
        ops.append(_paint_op(fill is not None, stroke is not None) + " Q")
        self.c.addLiteral(" ".join(ops))

    def circle(self, centre: Point, radius: float, fill: str | None = None,
               stroke: str | None = None, width: float = 1.0) -> None:
        if radius <= 0 or (fill is None and stroke is None):
            return
        self.track(centre[0] - radius, centre[1] - radius, centre[0] + radius,
                   centre[1] + radius)
        ops = ["q"]
        if fill is not None:
            ops.append(self._colour_op(fill, stroke=False))
        if stroke is not None:
            ops.append(f"{self._colour_op(stroke, stroke=True)} {_n(width)} w")
        ops.append(_circle_path(centre[0], self.fy(centre[1]), radius))
        ops.append(_paint_op(fill is not None, stroke is not None) + " Q")
        self.c.addLiteral(" ".join(ops))

    def _track_points(self, points: Sequence[Point]) -> None:
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        self.track(min(xs), min(ys), max(xs), max(ys))

    def _polyline(self, points: Sequence[Point]) -> str:
        height = self.height
        first, *rest = points
        return " ".join([f"{_n(first[0])} {_n(height - first[1])} m",
                         *(f"{_n(x)} {_n(height - y)} l" for x, y in rest)])

    def beziers(self, segments: Sequence[Bezier], colour: str, width: float = 2.0,
                dash: Sequence[float] | None = None) -> None:
        """A smooth curve made of cubic segments (the emotion curve)."""
        if not segments:
            return
        self._track_points([pt for seg in segments for pt in (seg.p0, seg.c1, seg.c2, seg.p1)])
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

        Text goes through ReportLab's text objects (no markup), so user text needs no
        escaping. Each line is drawn in runs: the main font, and fallback fonts for the
        scripts it lacks, with right-to-left text in visual order (see :mod:`pdf_text`).
        """
        fonts.register_fonts()
        pdf_text.ensure_font(font)
        leading = leading if leading is not None else size * fonts.LINE_HEIGHT
        c = self.c
        c.saveState()
        c.addLiteral(self._colour_op(colour, stroke=False))  # undone by restoreState's Q
        text = c.beginText()  # one text object for all lines, not one per line
        text.setFont(font, size, leading)
        y = top
        current = font
        for line in lines:
            line = pdf_text.prepare(line, font)[0]
            baseline = y + (leading - size) / 2 + size * 0.8
            line_w = fonts.text_width(line, font, size)
            spare = width - line_w
            start = x + (spare / 2 if align == "center" else spare if align == "right" else 0)
            text.setTextOrigin(start, self.fy(baseline))
            for run in pdf_text.visual_runs(line, font, size):
                if run.font != current:
                    text.setFont(run.font, size, leading)
                    current = run.font
                _text_out(text, run.text)
            if line.strip():
                self.track(start, y, start + line_w, y + leading)
            y += leading
        c.drawText(text)
        c.restoreState()
        return y

    def text_box(self, text: str, box: Rect, font: str, size: float, colour: str,
                 align: str = "left", valign: str = "top", min_size: float = 0.0,
                 owner: str | None = None) -> float:
        """Wrap ``text`` into ``box``; shrinks down to ``min_size`` before cutting with an
        ellipsis. Returns the height used.

        Cuts and characters no font has are noted under ``owner`` (the card's title, say;
        the text itself when None) for the export's warnings. Right-to-left text is
        right-aligned where left was asked.
        """
        name = owner if owner is not None else text
        drawn, missing = pdf_text.prepare(text, font)
        if missing:
            self.placeholders.append((name, "".join(dict.fromkeys(missing))))
        if align == "left" and pdf_text.is_rtl_text(drawn):
            align = "right"
        leading = size * fonts.LINE_HEIGHT
        lines = fonts.wrap_text(drawn, font, size, box.w)
        while min_size and size > min_size and (len(lines) * leading > box.h + 0.01
                                                or _widest_word(drawn, font, size) > box.w):
            size = max(min_size, size - 0.5)
            leading = size * fonts.LINE_HEIGHT
            lines = fonts.wrap_text(drawn, font, size, box.w)
        max_lines = max(1, int((box.h + 0.01) // leading)) if box.h >= size else 0
        if len(lines) > max_lines:
            self.shortened.append(name)
        lines = fonts.fit_lines(lines, max_lines, font, size, box.w)
        used = len(lines) * leading
        top = box.y
        if valign == "middle":
            top = box.y + max(0.0, (box.h - used) / 2)
        elif valign == "bottom":
            top = box.bottom - used
        if self.audit is not None:
            for index, line in enumerate(lines):
                line_w = fonts.text_width(line, font, size)
                left = box.x + ((box.w - line_w) / 2 if align == "center" else
                                box.w - line_w if align == "right" else 0.0)
                self.audit.append((Rect(left, top + index * leading, line_w,
                                        min(leading, size * 1.2)), box))
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
        self.track(box.x, box.y, box.right, box.bottom)
        c.restoreState()
        return True


    def picture(self, data: bytes, box: Rect) -> bool:
        """Draw an embedded image (a logo) as large as fits in ``box``, uncropped, centred;
        False when it cannot be read."""
        try:
            with Image.open(io.BytesIO(data)) as img:
                if img.width * img.height > MAX_PHOTO_PIXELS:
                    return False
                img.load()
                picture = img.convert("LA" if self.greyscale else "RGBA")
        except Exception:  # a damaged logo must not stop the export
            return False
        k = min(box.w / max(picture.width, 1), box.h / max(picture.height, 1))
        w, h = picture.width * k, picture.height * k
        x, y = box.right - w, box.y + (box.h - h) / 2
        self.c.drawImage(ImageReader(picture), x, self.fy(y + h), w, h, mask="auto")
        self.track(x, y, x + w, y + h)
        return True


def _text_out(text: PDFTextObject, run: str) -> None:
    """``text.textOut(run)`` without moving the text cursor across the run.

    textOut measures the run (ReportLab sums its glyph widths in pure Python) only to
    advance a cursor that every line resets with ``setTextOrigin``: the operators it
    writes are ``_formatText``'s alone, so these are the same bytes.
    """
    text._code.append(text._formatText(run))


def _widest_word(text: str, font: str, size: float) -> float:
    """Width of the longest word, so headers shrink before breaking a word in two."""
    return max((fonts.text_width(word, font, size) for word in fonts.words_of(text)),
               default=0.0)


def _n(value: float) -> str:
    """A coordinate for the content stream: at most 2 decimals (1/7200 inch).

    ``repr`` of a number rounded to 2 decimals is its shortest exact form ("12.5", "3.0").
    Below 1e13 that is the number printed with 2 decimals, trailing zeros dropped: the
    same correctly rounded digits (both round the exact binary value half to even), and
    no shorter text names the same double while 2-decimal steps are far apart in it. A
    poster writes ~100,000 of these; formatting once is cheaper than round() + repr().
    """
    if -1e13 < value < 1e13:
        text = f"{value:.2f}".rstrip("0").rstrip(".")
    else:
        text = repr(round(value, 2))
        if text.endswith(".0"):
            text = text[:-2]
    return "0" if text == "-0" else text


def _c(value: float) -> str:
    """A colour component (0..1) with 3 decimals, finer than 8 bits per channel."""
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _round_rect_path(x: float, y: float, w: float, h: float, radius: float) -> str:
    """The path of a rectangle with corners of ``radius``, ``(x, y)`` its lower left."""
    k = radius * (1 - _KAPPA)
    right, top = x + w, y + h
    # Each distinct coordinate formatted once (a card has 8 x and 8 y values, 26 uses).
    x0, x1, x2, x3, x4, x5 = (_n(x), _n(x + k), _n(x + radius), _n(right - radius),
                              _n(right - k), _n(right))
    y0, y1, y2, y3, y4, y5 = (_n(y), _n(y + k), _n(y + radius), _n(top - radius),
                              _n(top - k), _n(top))
    return (f"{x2} {y0} m {x3} {y0} l {x4} {y0} {x5} {y1} {x5} {y2} c {x5} {y3} l "
            f"{x5} {y4} {x4} {y5} {x3} {y5} c {x2} {y5} l {x1} {y5} {x0} {y4} {x0} {y3} c "
            f"{x0} {y2} l {x0} {y1} {x1} {y0} {x2} {y0} c h")


@lru_cache(maxsize=1024)
def _colour_operator(colour: str, stroke: bool, greyscale: bool) -> str:
    """``r g b rg`` (or ``RG``; ``g``/``G`` in greyscale); a poster uses a few dozen colours."""
    rgb = hex_to_rgb(colour)
    if greyscale:
        return f"{_c(grey_of(rgb))} {'G' if stroke else 'g'}"
    return f"{_c(rgb[0])} {_c(rgb[1])} {_c(rgb[2])} {'RG' if stroke else 'rg'}"


def _dash_op(dash: Sequence[float]) -> str:
    return f"[{' '.join(_n(d) for d in dash)}] 0 d"


def _paint_op(fill: bool, stroke: bool) -> str:
    """Fill and/or stroke the current path (even-odd, as ReportLab's default)."""
    return "B*" if fill and stroke else "f*" if fill else "S"


def _circle_path(x: float, y: float, radius: float) -> str:
    """A circle of four Bezier quarters around ``(x, y)``."""
    h = radius * _KAPPA
    left, right, bottom, top = x - radius, x + radius, y - radius, y + radius
    return " ".join([
        f"{_n(right)} {_n(y)} m",
        f"{_n(right)} {_n(y + h)} {_n(x + h)} {_n(top)} {_n(x)} {_n(top)} c",
        f"{_n(x - h)} {_n(top)} {_n(left)} {_n(y + h)} {_n(left)} {_n(y)} c",
        f"{_n(left)} {_n(y - h)} {_n(x - h)} {_n(bottom)} {_n(x)} {_n(bottom)} c",
        f"{_n(x + h)} {_n(bottom)} {_n(right)} {_n(y - h)} {_n(right)} {_n(y)} c h"])
