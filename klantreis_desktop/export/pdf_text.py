"""Every script on paper, or a clear word: fallback fonts, right-to-left text, placeholders.

DejaVu Sans (our main font) covers Latin, Greek, Cyrillic and many symbols, but not
Chinese, Japanese or Korean, and it draws Arabic letters unjoined. A line is therefore
split into runs, each in the first font that has its characters: Noto Sans Arabic for
Arabic script (shaped with HarfBuzz through ReportLab, so letters join), DejaVu for the
rest, Droid Sans Fallback for CJK. A line with right-to-left text is put in visual order
with python-bidi first. Characters no shipped font has (colour emoji, mostly) become one
visible placeholder (U+FFFD) each, and the caller reports them by card. ReportLab embeds
only the glyphs used (subsets), and the text stays extractable (searchable).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from klantreis_desktop.shipped_files import resources_dir

PLACEHOLDER = "\ufffd"
ARABIC = "KlantreisArabic"
ARABIC_BOLD = "KlantreisArabic-Bold"
CJK = "KlantreisCJK"
FALLBACK_FILES = {
    ARABIC: "NotoSansArabic-Regular.ttf",
    ARABIC_BOLD: "NotoSansArabic-Bold.ttf",
    CJK: "DroidSansFallbackFull.ttf",
}
#: Joiners, variation selectors, skin tones, keycaps and tags: parts of an emoji sequence
#: that become part of its one placeholder rather than placeholders of their own.
_SEQUENCE_PARTS = frozenset([0x200D, 0xFE0E, 0xFE0F, 0x20E3, *range(0x1F3FB, 0x1F400),
                             *range(0xE0020, 0xE0080)])
#: Explicit direction marks and embeddings: the layout decides the order, they draw nothing.
_DIRECTION_MARKS = frozenset([0x200E, 0x200F, 0x061C, *range(0x202A, 0x202F),
                              *range(0x2066, 0x206A)])
_RTL_CLASSES = frozenset(("R", "AL"))


@dataclass(frozen=True)
class Run:
    """Consecutive characters of one line drawn in one font (``text`` may be shaped)."""

    font: str
    text: str


def is_arabic(ch: str) -> bool:
    code = ord(ch)
    return (0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0x08A0 <= code <= 0x08FF
            or 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF)


@lru_cache(maxsize=1)
def register_fallbacks() -> tuple[str, ...]:
    """Register the fallback fonts (once, when first needed); returns those that loaded.

    A missing fallback file only means more placeholders, never a failed export.
    """
    folder = resources_dir() / "fonts"
    loaded = []
    for name, file_name in FALLBACK_FILES.items():
        try:
            pdfmetrics.registerFont(TTFont(name, str(folder / file_name)))
        except Exception:  # reportlab raises assorted types for missing or bad TTFs
            continue
        loaded.append(name)
    return tuple(loaded)


#: Fonts registered on first use: name → a function that registers it (pdf_fonts fills
#: this for the oblique faces). Every measurement reads :func:`_cmap` first, and the
#: painter calls :func:`ensure_font` before it draws, so a face is there when needed.
ON_DEMAND: dict[str, Callable[[str], None]] = {}


def ensure_font(font: str) -> None:
    """Register ``font`` now if it is one registered on first use."""
    register = ON_DEMAND.get(font)
    if register is not None:
        register(font)


@lru_cache(maxsize=16)
def _cmap(font: str) -> frozenset[int]:
    """The code points ``font`` has a glyph for (empty when it is not registered)."""
    ensure_font(font)
    try:
        face = pdfmetrics.getFont(font).face
    except (KeyError, AttributeError):
        return frozenset()
    return frozenset(face.charToGlyph)


def _arabic_for(font: str) -> str:
    return ARABIC_BOLD if "Bold" in font else ARABIC


def _font_for(ch: str, font: str) -> str | None:
    """The font that draws ``ch``: Arabic script in the Arabic font, then the main font,
    then any fallback; None when no shipped font has it."""
    code = ord(ch)
    if code in _cmap(font) and (code < 0x0600 or not is_arabic(ch)):
        return font  # the common case (● and → too): no fallback font loaded
    register_fallbacks()
    if is_arabic(ch) and code in _cmap(_arabic_for(font)):
        return _arabic_for(font)
    if code in _cmap(font):
        return font
    for fallback in (CJK, _arabic_for(font)):
        if code in _cmap(fallback):
            return fallback
    return None


@lru_cache(maxsize=16)
def _kept(font: str) -> frozenset[str]:
    """The characters :func:`prepare` keeps as they are: those ``font`` has, except
    control characters, direction marks, parts of emoji sequences and Arabic (which may
    take a fallback font); and the line break."""
    return frozenset(
        ch for ch in map(chr, _cmap(font))
        if ord(ch) not in _DIRECTION_MARKS and ord(ch) not in _SEQUENCE_PARTS
        and unicodedata.category(ch) not in ("Cc", "Cs") and not is_arabic(ch)) | {"\n"}


@lru_cache(maxsize=16)
def _plain(font: str) -> frozenset[str]:
    """The characters ``font`` draws by itself, left to right (see :func:`needs_help`)."""
    return frozenset(ch for ch in map(chr, _cmap(font))
                     if not is_arabic(ch) and not _is_rtl(ch))


def prepare(text: str, font: str) -> tuple[str, tuple[str, ...]]:
    """``text`` made drawable in ``font`` and its fallbacks, and what could not be drawn.

    Control characters and direction marks are dropped (tabs become spaces, line breaks
    stay); every character no shipped font has becomes one placeholder, and an emoji
    sequence (joined by U+200D, with variation selectors or skin tones) one placeholder
    in all. No-break spaces are kept as they are.
    """
    # Nearly every text is only characters the font has: then nothing changes, and one
    # set test (in C) says so, where the loop below asked per character (a poster's
    # 2,000 titles, and every wrapped line of them again when drawn).
    if _kept(font).issuperset(text):
        return text, ()
    return _prepare(text, font)


@lru_cache(maxsize=8_192)
def _prepare(text: str, font: str) -> tuple[str, tuple[str, ...]]:
    out: list[str] = []
    missing: list[str] = []
    joining = False  # the previous character joins the next one to a placeholder
    for ch in text:
        code = ord(ch)
        if ch == "\t":
            ch, code = " ", 32
        if ch != "\n" and (code in _DIRECTION_MARKS
                           or unicodedata.category(ch) in ("Cc", "Cs")):
            continue
        if code in _SEQUENCE_PARTS:
            joining = code == 0x200D and bool(out) and out[-1] == PLACEHOLDER
            if joining or (out and out[-1] == PLACEHOLDER) or _font_for(ch, font) is None:
                continue  # shown as part of the placeholder before it, or draws nothing
            out.append(ch)
            continue
        if ch != "\n" and _font_for(ch, font) is None:
            missing.append(ch)
            # One placeholder for a sequence, and for a row of such characters.
            if not joining and not (out and out[-1] == PLACEHOLDER):
                out.append(PLACEHOLDER)
            joining = False
            continue
        joining = False
        out.append(ch)
    return "".join(out), tuple(missing)


def needs_help(line: str, font: str) -> bool:
    """Whether ``line`` needs more than the main font drawing it left to right: a
    character the font lacks, Arabic or right-to-left. (One set test, in C: this is
    asked for every line measured and drawn.)"""
    return not _plain(font).issuperset(line)


def _is_rtl(ch: str) -> bool:
    return unicodedata.bidirectional(ch) in _RTL_CLASSES


def is_rtl_text(text: str) -> bool:
    """Whether the first strong character is right-to-left (Arabic, Hebrew, …)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in _RTL_CLASSES:
            return True
        if kind == "L":
            return False
    return False


def _font_runs(text: str, font: str) -> list[Run]:
    """``text`` split where the drawing font changes; spaces stay in the current run."""
    runs: list[Run] = []
    current, chars = font, list[str]()
    for ch in text:
        chosen = _font_for(ch, font) or font
        if ch == " " or unicodedata.category(ch) in ("Mn", "Me"):
            chosen = current if ord(ch) in _cmap(current) else chosen
        if chosen != current and chars:
            runs.append(Run(current, "".join(chars)))
            chars = []
        current = chosen
        chars.append(ch)
    if chars:
        runs.append(Run(current, "".join(chars)))
    return runs


@lru_cache(maxsize=8_192)
def visual_runs(line: str, font: str, size: float) -> tuple[Run, ...]:
    """The runs of one prepared line as drawn left to right (shaped where needed)."""
    if not needs_help(line, font):
        return (Run(font, line),)
    if any(_is_rtl(ch) for ch in line):
        line = visual_order(line)
    runs = []
    for run in _font_runs(line, font):
        if run.font in (ARABIC, ARABIC_BOLD):
            runs.append(Run(run.font, _shaped(run.text[::-1], run.font, size)))
        else:
            runs.append(run)
    return tuple(runs)


def _shaped(logical: str, font: str, size: float) -> str:
    """Arabic in logical order, joined and in visual order by HarfBuzz (a ShapedStr), or
    as it is when shaping is not available."""
    try:
        from reportlab.pdfbase.ttfonts import shapeStr

        shaped: str = shapeStr(logical, font, size, force=True)
    except Exception:  # no uharfbuzz: unjoined letters beat no letters
        return logical[::-1]
    return shaped


@lru_cache(maxsize=65_536)
def width(line: str, font: str, size: float) -> float:
    """The drawn width of one prepared line in points, whatever fonts it takes."""
    if not needs_help(line, font):
        return _string_width(line, font, size)
    total = 0.0
    for run in visual_runs(line, font, size):
        data = getattr(run.text, "__shapeData__", None)
        if data:
            total += sum(d.x_advance for d in data) * size / 1000
        else:
            total += float(pdfmetrics.stringWidth(run.text, run.font, size))
    return total


def _string_width(line: str, font: str, size: float) -> float:
    """``pdfmetrics.stringWidth`` of a TrueType font, with fewer Python steps per
    character: ReportLab (without its C accelerator) sums ``charWidths.get(ord(ch),
    defaultWidth)`` over the line in a generator; the same values are summed here in the
    same order and scaled the same way, so the width is the same float."""
    if ttfonts.instanceStringWidthTTF.__module__ != "reportlab.lib.rl_accel":
        return float(pdfmetrics.stringWidth(line, font, size))  # accelerated: use it
    face = getattr(pdfmetrics.getFont(font), "face", None)
    if face is None or not hasattr(face, "charWidths"):
        return float(pdfmetrics.stringWidth(line, font, size))
    return float(0.001 * size * sum(map(face.charWidths.get, map(ord, line),
                                        repeat(face.defaultWidth))))


_LEVEL = re.compile(r"Level\(\s*(\d+),?\s*\)")


def _levels(line: str) -> list[int] | None:
    """The resolved embedding level of every character (python-bidi's Rust algorithm,
    bracket pairs included), or None when they cannot be had."""
    try:
        from bidi.bidi import get_display_inner

        info = str(get_display_inner(line, None, True))
        start = info.index("levels: [")
        found = [int(n) for n in _LEVEL.findall(info[start:info.index("paragraphs:", start)])]
    except Exception:  # another python-bidi: fall back to its plain reordering
        return None
    data = line.encode("utf-8")
    if len(found) != len(data):
        return None
    levels, offset = [], 0
    for ch in line:
        levels.append(found[offset])
        offset += len(ch.encode("utf-8"))
    return levels


def visual_order(line: str) -> str:
    """One line in the order it is drawn, left to right: runs at odd levels reversed and
    their brackets mirrored, as the Unicode bidirectional algorithm says (rules L1-L4)."""
    from bidi import get_base_level, get_display
    from bidi.mirror import MIRRORED

    levels = _levels(line)
    if levels is None:
        return str(get_display(line))
    base = get_base_level(line)
    for i in range(len(line) - 1, -1, -1):  # L1: trailing spaces take the base level
        if not line[i].isspace():
            break
        levels[i] = base
    chars = [MIRRORED.get(ch, ch) if level % 2 else ch for ch, level in zip(line, levels,
                                                                            strict=True)]
    order = list(range(len(chars)))
    top = max(levels, default=0)
    lowest_odd = min((level for level in levels if level % 2), default=top + 1)
    for level in range(top, lowest_odd - 1, -1):  # L2: reverse from the highest level
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = order[i:j][::-1]
                i = j
            else:
                i += 1
    return "".join(chars[k] for k in order)
