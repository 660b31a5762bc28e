"""DejaVu Sans for the PDF: registered once, embedded, and a word wrapper that measures
with the same glyph widths the PDF draws, so text fits the boxes the layout made.

ReportLab's built-in fonts have ~280 glyphs (no ĳ, →, €-safe subsets), so every string
goes through the shipped full-Unicode TTF instead; what DejaVu lacks (CJK, joined Arabic)
comes from the fallback fonts in :mod:`pdf_text`, and widths here account for them.
Lines break at spaces only: a no-break space (``€ 349``) keeps its words together.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from klantreis_desktop.export import pdf_text
from klantreis_desktop.i18n import translate
from klantreis_desktop.shipped_files import resources_dir

REGULAR = "KlantreisSans"
BOLD = "KlantreisSans-Bold"
ITALIC = "KlantreisSans-Oblique"
BOLD_ITALIC = "KlantreisSans-BoldOblique"
LINE_HEIGHT = 1.3  # line distance as a fraction of the font size (as the layout assumes)

#: Every font file the app ships: (font, files, licence, licence text file), for the
#: About dialog's licence text and resources/fonts/README.md.
BUNDLED_FONTS: tuple[tuple[str, tuple[str, ...], str, str], ...] = (
    ("DejaVu Sans", ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
                     "DejaVuSans-BoldOblique.ttf"),
     "Bitstream Vera licence (DejaVu changes in the public domain)", "LICENSE-DejaVu.txt"),
    ("Noto Sans Arabic", ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
     "SIL Open Font License 1.1", "LICENSE-Noto.txt"),
    ("Droid Sans Fallback", ("DroidSansFallbackFull.ttf",), "Apache License 2.0",
     "LICENSE-DroidSansFallback.txt"),
)
#: Where a line may break: ordinary spaces only (not no-break spaces, U+00A0/U+202F/U+2007).
_BREAKS = re.compile(r"[ \u2000-\u2006\u2008-\u200a\u3000]+")

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}


class FontError(Exception):
    """The bundled font is missing or unreadable (a broken installation)."""


#: Faces read when first drawn or measured, not up front: most posters use no oblique
#: text (only persona quotes, phase durations and the analysis page do), and ReportLab
#: reads a TrueType file in pure Python (~15 ms each).
_ON_DEMAND = (ITALIC, BOLD_ITALIC)


@lru_cache(maxsize=1)
def register_fonts() -> str:
    """Register the DejaVu family with ReportLab (once); returns the regular font name.

    The oblique faces are registered on first use (:func:`_register_face`, through
    :data:`pdf_text.ON_DEMAND`); a missing file is still an error here, at once.
    """
    folder = resources_dir() / "fonts"
    for name, file_name in _FILES.items():
        if name in _ON_DEMAND:
            if not (folder / file_name).is_file():
                raise _font_error(file_name)
            pdf_text.ON_DEMAND[name] = _register_face
            continue
        _register_face(name)
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC,
                                  boldItalic=BOLD_ITALIC)
    return REGULAR


@cache
def _register_face(name: str) -> None:
    """Read one face of the family and register it under ``name`` (once)."""
    file_name = _FILES[name]
    try:
        pdfmetrics.registerFont(TTFont(name, str(resources_dir() / "fonts" / file_name)))
    except Exception as exc:  # reportlab raises assorted types for bad TTFs
        raise _font_error(file_name) from exc


def _font_error(file_name: str) -> FontError:
    return FontError(translate(
        "Export", "The font {name} could not be loaded; the installation may be "
                  "damaged.").format(name=file_name))


@lru_cache(maxsize=65_536)
def text_width(text: str, font: str, size: float) -> float:
    """Width in points; cached, as ReportLab sums the glyph widths in pure Python and a
    poster measures the same words over and over (wrapping, then drawing)."""
    register_fonts()
    return pdf_text.width(text, font, size)


def regular_width(text: str, size: float) -> float:
    """:func:`text_width` in the regular face: how the poster measures its badges."""
    return text_width(text, REGULAR, size)


def words_of(text: str) -> list[str]:
    """The words of ``text`` as the wrapper sees them (no-break spaces join words)."""
    return [word for line in text.split("\n") for word in _BREAKS.split(line) if word]


def _break_word(word: str, font: str, size: float, width: float) -> list[str]:
    """Pieces of a word too long for one line, each as long as fits (at least 1 char)."""
    pieces: list[str] = []
    current = ""
    for char in word:
        if current and text_width(current + char, font, size) > width:
            pieces.append(current)
            current = char
        else:
            current += char
    if current:
        pieces.append(current)
    return pieces


def wrap_text(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap to ``width``; words longer than a line are broken.

    Newlines in ``text`` start new lines; an empty text gives no lines. Cached per
    (text, font, size, width): the layout measures every card title with this, and the
    poster then draws it with the same arguments.
    """
    return list(_wrapped(text, font, size, width))


@lru_cache(maxsize=16_384)
def _wrapped(text: str, font: str, size: float, width: float) -> tuple[str, ...]:
    return tuple(_wrap(text, font, size, width))


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    text = pdf_text.prepare(text, font)[0]  # what will be drawn: fallbacks, placeholders
    if not text.strip():
        return []
    lines: list[str] = []
    space = text_width(" ", font, size)
    for paragraph in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        current = ""
        used = 0.0
        words = [word for word in _BREAKS.split(paragraph) if word]
        if not words:
            lines.append("")
            continue
        for word in words:
            w = text_width(word, font, size)
            if current and used + space + w <= width:
                current += " " + word
                used += space + w
                continue
            if current:
                lines.append(current)
            if w > width:
                pieces = _break_word(word, font, size, width)
                lines.extend(pieces[:-1])
                current = pieces[-1]
                used = text_width(current, font, size)
            else:
                current, used = word, w
        lines.append(current)
    while lines and not lines[-1]:
        lines.pop()
    return lines


Paragraphs = tuple[tuple[tuple[str, float], ...], ...]


def line_count(text: str, font: str, size: float, width: float) -> int:
    """``len(wrap_text(text, font, size, width))``, without making the lines.

    The poster lays a journey out ~50 times at as many column widths while it looks for
    the scale that fits its sheet: every card title measured at a new width. The words'
    widths are read once per (text, font, size); each width then only adds them up, the
    same sums in the same order as :func:`_wrap`, so the count is the same.
    """
    return count_lines(_word_widths(text, font, size), font, size, width)


def count_lines(paragraphs: Paragraphs | None, font: str, size: float, width: float) -> int:
    """:func:`line_count` from the text's :func:`word_widths`."""
    if paragraphs is None:
        return 0
    space = text_width(" ", font, size)
    count = 0
    trailing_empty = 0  # empty lines at the end, which _wrap drops
    for words in paragraphs:
        if not words:
            count += 1
            trailing_empty += 1
            continue
        trailing_empty = 0
        used = 0.0
        started = False  # whether the current line holds a word yet
        for word, w in words:
            if started and used + space + w <= width:
                used += space + w
                continue
            if started:
                count += 1
            if w > width:
                pieces = _break_word(word, font, size, width)
                count += len(pieces) - 1
                used = text_width(pieces[-1], font, size)
            else:
                used = w
            started = True
        count += 1
    return count - trailing_empty


def count_lines_span(paragraphs: Paragraphs | None, font: str, size: float,
                     width: float) -> tuple[int, float, float]:
    """:func:`count_lines` and the widths over which that count holds: ``(count, low,
    high)``, the same lines (the same words on each) for every width ``w`` with
    ``low <= w < high``.

    The poster's scale search tries ~50 widths that close in on one answer: a card whose
    line breaks cannot move between two tries is not counted again. Every comparison
    :func:`_wrap` makes is kept as a bound: a word that joined its line (``used + space
    + w <= width``) bounds ``low``, one that started a new line bounds ``high``, with
    the same float sums in the same order, so any width inside gives the same answer.
    A word broken into pieces (``w > width``) depends on the width letter by letter:
    then the span is empty (``low == high == width``) and nothing is reused.
    """
    if paragraphs is None:
        return 0, -math.inf, math.inf
    space = text_width(" ", font, size)
    low, high = -math.inf, math.inf
    count = 0
    trailing_empty = 0
    for words in paragraphs:
        if not words:
            count += 1
            trailing_empty += 1
            continue
        trailing_empty = 0
        used = 0.0
        started = False
        for _word, w in words:
            if started:
                joined = used + space + w  # exactly count_lines' comparison
                if joined <= width:
                    low = max(low, joined)
                    used += space + w  # and exactly its sum
                    continue
                high = min(high, joined)
                count += 1
            if w > width:
                return (count_lines(paragraphs, font, size, width), width, width)
            low = max(low, w)  # the word fits a line of its own: w <= width
            used = w
            started = True
        count += 1
    return count - trailing_empty, low, high


def word_widths(text: str, font: str, size: float) -> Paragraphs | None:
    """The paragraphs of ``text`` as :func:`_wrap` sees them, each word with its width;
    None for a text that wraps to no lines."""
    text = pdf_text.prepare(text, font)[0]
    if not text.strip():
        return None
    return tuple(tuple((word, text_width(word, font, size))
                       for word in _BREAKS.split(paragraph) if word)
                 for paragraph in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))


_word_widths = lru_cache(maxsize=16_384)(word_widths)


def fit_lines(lines: list[str], max_lines: int, font: str, size: float,
              width: float) -> list[str]:
    """At most ``max_lines`` lines; a cut text ends with an ellipsis so nothing is lost
    silently."""
    if max_lines <= 0:
        return []
    if len(lines) <= max_lines:
        return lines
    kept = lines[:max_lines]
    last = kept[-1].rstrip()
    while last and text_width(last + "…", font, size) > width:
        last = last[:-1].rstrip()
    kept[-1] = last + "…"
    return kept


@dataclass(frozen=True)
class ReportLabMeasurer:
    """The layout's :class:`TextMeasurer`, measuring with DejaVu Sans glyph widths.

    It keeps the words of every text it measured (``known``): one measurer serves all the
    layouts of one poster, each title at a new width. A cache of its own and not the
    module's: a 20,000-card journey has more titles than any fixed-size cache, which the
    ~50 layouts would then miss every time (the export grew with the square of the cards).
    """

    font: str = REGULAR
    line_height: float = LINE_HEIGHT
    known: dict[tuple[str, float], Paragraphs | None] = field(
        default_factory=dict, compare=False, hash=False, repr=False)
    known_bold: dict[tuple[str, float], Paragraphs | None] = field(
        default_factory=dict, compare=False, hash=False, repr=False)

    def text_height(self, text: str, width: float, font_size: float) -> float:
        lines = count_lines(self._words(text, font_size), self.font, font_size,
                            max(width, 1.0))
        return lines * font_size * self.line_height

    def title_height(self, text: str, width: float, font_size: float) -> float:
        """:meth:`text_height` in bold, the face the poster draws phase titles in."""
        key = (text, font_size)
        if key in self.known_bold:
            words = self.known_bold[key]
        else:
            register_fonts()
            words = self.known_bold[key] = word_widths(text, BOLD, font_size)
        lines = count_lines(words, BOLD, font_size, max(width, 1.0))
        return lines * font_size * self.line_height

    def text_height_span(self, text: str, width: float,
                         font_size: float) -> tuple[float, float, float]:
        """:meth:`text_height` and the span ``low <= max(w, 1.0) < high`` of widths ``w``
        that give the same height (see :func:`count_lines_span`)."""
        lines, low, high = count_lines_span(self._words(text, font_size), self.font,
                                            font_size, max(width, 1.0))
        return lines * font_size * self.line_height, low, high

    def _words(self, text: str, font_size: float) -> Paragraphs | None:
        key = (text, font_size)
        if key in self.known:
            return self.known[key]
        register_fonts()
        paragraphs = self.known[key] = word_widths(text, self.font, font_size)
        return paragraphs
