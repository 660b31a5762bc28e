"""Fonts, colours, icons and text measuring for the canvas, shared by all items.

Text is wrapped with one function (:func:`text_layout`) both when the layout measures a
card and when the card paints it, so a card is always exactly as tall as its text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtCore import QByteArray, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QPainter,
    QTextLayout,
    QTextOption,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QGraphicsItem, QGraphicsSceneHoverEvent

from klantreis_desktop.layout import style
from klantreis_desktop.layout.layout_options import LayoutOptions
from klantreis_desktop.shipped_files import resources_dir

FONT_FAMILY_FALLBACK = "Sans Serif"
_family: str | None = None

#: The canvas uses the poster's sizes, so screen and paper show the same map.
CANVAS_OPTIONS = LayoutOptions()


def font_family() -> str:
    """DejaVu Sans from ``resources/fonts`` (the PDF's font), else the system sans."""
    global _family
    if _family is None:
        _family = FONT_FAMILY_FALLBACK
        path = resources_dir() / "fonts" / "DejaVuSans.ttf"
        if path.is_file():
            ident = QFontDatabase.addApplicationFont(str(path))
            bold = resources_dir() / "fonts" / "DejaVuSans-Bold.ttf"
            if bold.is_file():
                QFontDatabase.addApplicationFont(str(bold))
            families = QFontDatabase.applicationFontFamilies(ident) if ident >= 0 else []
            if families:
                _family = families[0]
    return _family


def font(size: float, bold: bool = False) -> QFont:
    """A canvas font; pixel sizes keep the text the same size in scene units on every DPI.

    Not cached module-wide on purpose: a QFont outliving the QApplication at exit is
    unsafe. Items that paint often keep their own (see CardItem).
    """
    result = QFont(font_family())
    result.setPixelSize(max(1, round(size)))
    result.setBold(bold)
    result.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return result


_WRAP = QTextOption()
_WRAP.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)


def _unwrapped(text: str, qfont: QFont) -> QTextLayout:
    """``text`` ready to be wrapped (at words, or anywhere for very long words); line
    breaks in the text become line separators, which the wrap keeps."""
    layout = QTextLayout(text.replace("\r\n", "\n").replace("\n", "\u2028"), qfont)
    layout.setTextOption(_WRAP)
    return layout


def text_layout(text: str, qfont: QFont, width: float) -> tuple[QTextLayout, float]:
    """``text`` wrapped to ``width``, its lines placed for painting, and its height."""
    layout = _unwrapped(text, qfont)
    layout.beginLayout()
    height = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(width, 1.0))
        line.setPosition(QPointF(0.0, height))
        height += line.height()
    layout.endLayout()
    return layout, height


def wrapped_height(text: str, qfont: QFont, width: float) -> float:
    """The height :func:`text_layout` gives ``text`` at ``width``, without placing lines.

    Measuring only: the same lines added up in the same order (so exactly the same value),
    without line positions. The layout measures every card's title this way on each open
    (2,000 at start-up with a big journey); a third fewer calls into Qt per line.
    """
    layout = _unwrapped(text, qfont)
    layout.beginLayout()
    height = 0.0
    width = max(width, 1.0)
    line = layout.createLine()
    while line.isValid():
        line.setLineWidth(width)
        height += line.height()
        line = layout.createLine()
    layout.endLayout()
    return height


def draw_text(painter: QPainter, text: str, qfont: QFont, rect: QRectF,
              colour: QColor, layout: QTextLayout | None = None) -> None:
    """Wrapped text inside ``rect``, clipped at its bottom.

    ``layout``: ``text`` already wrapped to ``rect``'s width (see :class:`WrappedText`).
    """
    if layout is None:
        layout, _height = text_layout(text, qfont, rect.width())
    painter.save()
    painter.setClipRect(rect)
    painter.setPen(colour)
    painter.setFont(qfont)
    layout.draw(painter, rect.topLeft())
    painter.restore()


#: A title may shrink to this share of its size so its longest word fits its box.
TITLE_SHRINK = 0.7
#: ... and to this share so all its lines fit the box's height (more would make the
#: projector's title smaller than its legible minimum; the rest ends in "…" instead).
TITLE_HEIGHT_SHRINK = 0.85


def fitted_title(text: str, size: float, width: float, bold: bool = True,
                 height: float | None = None) -> tuple[QTextLayout, float]:
    """A title wrapped only between words inside ``width``, never inside a word.

    The font shrinks (to :data:`TITLE_SHRINK` of ``size`` at most) until the longest word
    fits; a word still wider than the box (a very long single word) is shortened with "…"
    rather than broken over two lines ("Verhuisschoonmaa / k" on the projector). With a
    ``height``, the font also shrinks (as far) until every line fits in it, and what
    still does not ends in "…" on the last line that fits: the box clips at its bottom,
    and a cut without a mark ("From first message to satisfied") reads as the title.
    """
    width = max(width, 1.0)
    words = text.split()
    qfont = font(size, bold)
    smallest = max(1, round(size * TITLE_SHRINK))
    while words and qfont.pixelSize() > smallest and max(
            QFontMetricsF(qfont).horizontalAdvance(word) for word in words) > width:
        qfont = font(qfont.pixelSize() - 1, bold)
    layout, used = _word_wrapped(_elide_words(text, qfont, width), qfont, width)
    if height is None or used <= height + 0.5:
        return layout, used
    legible = max(smallest, round(size * TITLE_HEIGHT_SHRINK))
    while qfont.pixelSize() > legible and used > height + 0.5:
        qfont = font(qfont.pixelSize() - 1, bold)
        layout, used = _word_wrapped(_elide_words(text, qfont, width), qfont, width)
    if used <= height + 0.5:
        return layout, used
    return _ended_with_ellipsis(text, qfont, width, height, layout)


def text_layout_within(text: str, qfont: QFont, width: float,
                       height: float) -> tuple[QTextLayout, float]:
    """:func:`text_layout`, and when its lines do not fit ``height``, the last line that
    fits ends in "…" (a phase's goal longer than its three lines: a cut without a mark
    reads as the whole goal)."""
    layout, used = text_layout(text, qfont, width)
    if used <= height + 0.5:
        return layout, used
    words, _used = _word_wrapped(_elide_words(text, qfont, width), qfont, width)
    return _ended_with_ellipsis(text, qfont, max(width, 1.0), height, words)


def _ended_with_ellipsis(text: str, qfont: QFont, width: float, height: float,
                         layout: QTextLayout) -> tuple[QTextLayout, float]:
    """``text`` (laid out word-wrapped in ``layout``) cut after the last line that fits
    ``height``, that line ending in "…"."""
    fitted = _elide_words(text, qfont, width).replace("\r\n", "\n").replace("\n", "\u2028")
    kept, bottom = 0, 0.0
    for number in range(layout.lineCount()):
        line = layout.lineAt(number)
        if line.y() + line.height() > height + 0.5:
            break
        kept, bottom = number + 1, line.y() + line.height()
    kept = max(kept, 1)
    last = layout.lineAt(kept - 1)
    head = fitted[:last.textStart()]
    rest = fitted[last.textStart():].replace("\u2028", " ").split()
    metrics = QFontMetricsF(qfont)
    while len(rest) > 1 and metrics.horizontalAdvance(" ".join(rest) + "\u2026") > width:
        rest.pop()  # whole words off the end: "… to satisfied…", not "… satisfied cu…"
    tail = metrics.elidedText(" ".join(rest) + "\u2026", Qt.TextElideMode.ElideRight, width)
    layout, used = _word_wrapped(head + tail, qfont, width)
    return layout, min(used, bottom) if bottom else used


def _elide_words(text: str, qfont: QFont, width: float) -> str:
    """``text`` with each word wider than ``width`` shortened with "…"."""
    metrics = QFontMetricsF(qfont)
    return "".join(
        metrics.elidedText(piece, Qt.TextElideMode.ElideRight, width)
        if not piece.isspace() and metrics.horizontalAdvance(piece) > width else piece
        for piece in re.split(r"(\s+)", text))


def _word_wrapped(text: str, qfont: QFont, width: float) -> tuple[QTextLayout, float]:
    """``text`` wrapped between words only, its lines placed, and its height."""
    layout = QTextLayout(text.replace("\r\n", "\n").replace("\n", "\u2028"), qfont)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    height = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0.0, height))
        height += line.height()
    layout.endLayout()
    return layout, height


class TooltipItem(QGraphicsItem):
    """An item whose tooltip follows the mouse: :meth:`tooltip_at` says what lies at a
    point ("" for nothing there); the item must accept hover events to use it."""

    def tooltip_at(self, x: float, y: float) -> str:
        return ""

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.setToolTip(self.tooltip_at(event.pos().x(), event.pos().y()))
        super().hoverMoveEvent(event)

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.setToolTip(self.tooltip_at(event.pos().x(), event.pos().y()))
        super().hoverEnterEvent(event)


class WrappedText:
    """One item's last wrapped text: repainting the same text at the same width (each
    zoom step re-renders a card's cache) reuses the layout instead of wrapping again.

    Kept per item rather than globally, so scenes rendered in another thread (image
    export) never share a layout with the window.
    """

    def __init__(self) -> None:
        self._key: tuple[str, int, bool, bool, float, float | None] | None = None
        self._value: tuple[QTextLayout, float] | None = None

    def wrap(self, text: str, qfont: QFont, width: float,
             height: float | None = None) -> tuple[QTextLayout, float]:
        """``text_layout(text, qfont, width)`` (with a ``height``: ended in "…" where it
        does not fit, :func:`text_layout_within`), from the cache when nothing changed."""
        key = (text, qfont.pixelSize(), qfont.bold(), qfont.italic(), round(width, 2),
               None if height is None else round(height, 2))
        if key != self._key or self._value is None:
            self._value = (text_layout(text, qfont, width) if height is None
                           else text_layout_within(text, qfont, width, height))
            self._key = key
        return self._value


#: Measured text heights, shared by every scene: (text, width, font size) -> height. Only
#: floats, so it may outlive the QApplication (a cached QFont may not).
_HEIGHTS: dict[tuple[str, float, float], float] = {}
_HEIGHTS_LIMIT = 50_000


class QtMeasurer:
    """The layout's TextMeasurer on Qt font metrics, with a cache (titles rarely change,
    and a journey opened again, previewed or exported measures nothing anew)."""

    def __init__(self) -> None:
        self._fonts: dict[float, QFont] = {}

    def text_height(self, text: str, width: float, font_size: float) -> float:
        if not text.strip():
            return 0.0
        key = (text, round(width, 2), font_size)
        found = _HEIGHTS.get(key)
        if found is None:
            if len(_HEIGHTS) > _HEIGHTS_LIMIT:
                _HEIGHTS.clear()
            qfont = self._fonts.get(font_size)
            if qfont is None:
                qfont = self._fonts[font_size] = font(font_size)
            found = wrapped_height(text, qfont, width)
            _HEIGHTS[key] = found
        return found

    def text_width(self, text: str, font_size: float) -> float:
        """One line's width in the canvas font (what a metric badge needs to hold it)."""
        qfont = self._fonts.get(font_size)
        if qfont is None:
            qfont = self._fonts[font_size] = font(font_size)
        return QFontMetricsF(qfont).horizontalAdvance(text)


def colour(hex_text: str) -> QColor:
    """A QColor from ``#rrggbb`` (grey for anything else), a new one on every call.

    Only the parsing is cached: a cached QColor handed out would be shared, and a caller
    making it translucent (the measured curves' band) would make every later pen and
    brush of that colour translucent too (the assumed curves turned faint in a reloaded,
    compared or presented map).
    """
    return QColor(_parsed(hex_text))


@lru_cache(maxsize=256)
def _parsed(hex_text: str) -> QColor:
    if not style.is_hex_colour(hex_text):
        return QColor("#888888")
    return QColor(style.normalise_hex(hex_text))


@lru_cache(maxsize=256)
def _renderer(name: str, stroke: str) -> QSvgRenderer | None:
    """The icon with its ``currentColor`` replaced by ``stroke`` (QtSvg draws it black)."""
    path = resources_dir() / "icons" / f"{name}.svg"
    try:
        if not path.is_file() or path.stat().st_size > 200_000:
            return None
        data = path.read_text(encoding="utf-8").replace("currentColor", stroke)
    except (OSError, UnicodeError):
        return None
    renderer = QSvgRenderer(QByteArray(data.encode("utf-8")))
    return renderer if renderer.isValid() else None


@lru_cache(maxsize=256)
def has_icon(name: str) -> bool:
    """Whether :func:`draw_icon` can draw ``name`` (a card's footer leaves no gap for one
    it cannot)."""
    return _renderer(name, "#1d2733") is not None


def draw_icon(painter: QPainter, name: str, rect: QRectF, stroke: str = "#1d2733") -> bool:
    """Draw ``resources/icons/<name>.svg`` into ``rect`` as vectors; False if missing.

    Cards are cached as device pixmaps, so drawing vectors here stays sharp at every zoom
    without re-rendering the SVG on every frame.
    """
    renderer = _renderer(name, stroke)
    if renderer is None:
        return False
    renderer.render(painter, rect)
    return True


def repaint_all(item: QGraphicsItem) -> None:
    """``item.update()`` that is safe for a device-cached item partly outside the view.

    Qt's DeviceCoordinateCache, for an item only partly in view (the grid, a curve, an
    arrow tile), repaints just the strip that scrolled in when the item was changed *and*
    the view scrolled before the next paint (quick entry opening the next phase off the
    screen's edge, a taller lane growing the scene): the rest kept stale pixels (old
    focus frames, lanes at their old height). Dropping the cache makes the next paint
    build it afresh, at the cost a full update has anyway.
    """
    mode = item.cacheMode()
    if mode == QGraphicsItem.CacheMode.DeviceCoordinateCache:
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
        item.setCacheMode(mode)
    item.update()
