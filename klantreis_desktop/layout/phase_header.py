"""What a phase header shows, measured once for screen and paper (no Qt).

A phase title is never cut inside a word without a mark: the title shrinks (down to
:data:`TITLE_SHRINK` of the header size) until its longest word fits the column, and
only a word too long even then is broken, with a hyphen ("Bewustwor-" / "ding" rather
than "Bewustword" / "ing"). Under the title come the phase's time span, goal and KPI in
small type (each at most ``LayoutOptions.phase_note_lines`` lines), so the header row
grows with them.
The canvas and the poster draw the texts of :class:`PhaseHead` into its boxes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from klantreis_desktop.i18n import translate
from klantreis_desktop.layout.geometry import Rect, TextMeasurer
from klantreis_desktop.layout.layout_options import LayoutOptions
from klantreis_desktop.model.document import Document

#: A phase title shrinks to this share of the header size, at most, to fit its longest word.
TITLE_SHRINK = 0.7
#: The step in which a title shrinks (font sizes).
_STEP = 0.5
#: Wider than any column: a text measured this wide keeps each word on one line.
_UNBOUNDED = 1.0e6


@runtime_checkable
class TitleMeasurer(Protocol):
    """A measurer whose titles are drawn in another face (the poster's bold)."""

    def title_height(self, text: str, width: float, font_size: float) -> float:
        """Height of the title ``text`` wrapped to ``width`` at ``font_size``."""
        ...


@dataclass(frozen=True)
class HeadNote:
    """One small text under a phase title: ``kind`` is duration, goal or kpi."""

    kind: str
    text: str
    box: Rect


@dataclass(frozen=True)
class PhaseHead:
    """A phase header's texts and where they go (scene/poster units, like the header)."""

    phase: str
    #: The title as drawn: a word too long even at the least size is broken after a "-".
    title: str
    title_size: float
    title_box: Rect
    notes: tuple[HeadNote, ...] = ()
    note_size: float = 0.0


@dataclass(frozen=True)
class MeasuredHead:
    """A header's texts measured for one column width, not yet placed."""

    phase: str
    title: str
    title_size: float
    title_h: float
    notes: tuple[tuple[str, str, float], ...]  # (kind, text, height)
    note_size: float

    def notes_height(self, gap: float) -> float:
        return sum(h for _k, _t, h in self.notes) + gap * max(len(self.notes) - 1, 0)


def _title_measure(measure: TextMeasurer) -> Callable[[str, float, float], float]:
    return measure.title_height if isinstance(measure, TitleMeasurer) else measure.text_height


def fit_title(measure: TextMeasurer, text: str, width: float, size: float,
              least: float) -> tuple[str, float]:
    """``text`` and the size to draw it at in ``width``: the largest size down to ``least``
    at which every word fits a line; below that, words broken with a hyphen."""
    height = _title_measure(measure)

    def fits(word: str, at: float) -> bool:
        return height(word, width, at) <= height(word, _UNBOUNDED, at) + 1e-6

    words = text.split()
    while size > least and not all(fits(word, size) for word in words):
        size = max(least, size - _STEP)
    if all(fits(word, size) for word in words):
        return text, size
    lines = [(_hyphenated(word, lambda piece: fits(piece, size)) if not fits(word, size)
              else word) for word in words]
    return " ".join(lines), size


def _hyphenated(word: str, fits: Callable[[str], bool]) -> str:
    """``word`` cut into pieces that each fit with their hyphen, joined by "-" + newline."""
    pieces: list[str] = []
    rest = word
    while rest and not fits(rest):
        low, high = 1, len(rest) - 1  # the longest prefix that fits with its hyphen
        best = 1
        while low <= high:
            middle = (low + high) // 2
            if fits(rest[:middle] + "-"):
                best, low = middle, middle + 1
            else:
                high = middle - 1
        best = _syllable_break(rest, best)
        pieces.append(rest[:best] + "-")
        rest = rest[best:]
    return "\n".join([*pieces, rest]) if rest else "\n".join(pieces)


_VOWELS = frozenset("aeiouyàáâäèéêëìíîïòóôöùúûü")


def _syllable_break(word: str, most: int) -> int:
    """A break at or a few letters before ``most`` that reads as a syllable break
    ("Bewustwor-ding": before a consonant that a vowel follows), else ``most``."""
    for at in range(most, max(2, most - 4) - 1, -1):
        if (at + 1 < len(word) and word[at].isalpha() and word[at].lower() not in _VOWELS
                and word[at + 1].lower() in _VOWELS):
            return at
    return most


def note_texts(doc: Document, phase: str, opt: LayoutOptions) -> list[tuple[str, str]]:
    """(kind, text) of the small lines under ``phase``'s title, in drawing order."""
    goal_label, kpi_label = opt.phase_note_labels or (
        translate("Layout", "Goal: {text}"), translate("Layout", "KPI: {text}"))
    found: list[tuple[str, str]] = []
    for kind, label in (("duration", "{text}"), ("goal", goal_label), ("kpi", kpi_label)):
        value = " ".join(str(doc.get(phase, kind) or "").split())
        if value:
            found.append((kind, label.replace("{text}", value)))
    return found


def measure_head(doc: Document, phase: str, width: float, measure: TextMeasurer,
                 opt: LayoutOptions) -> MeasuredHead:
    """``phase``'s header texts measured inside a column ``width`` wide."""
    inner = max(width - 2 * opt.header_padding, 1.0)
    size = opt.header_font_size
    title, title_size = fit_title(measure, doc.title(phase), inner, size, size * TITLE_SHRINK)
    title_h = _title_measure(measure)(title, inner, title_size)
    small = opt.phase_note_font_size
    notes: list[tuple[str, str, float]] = []
    texts = note_texts(doc, phase, opt) if small > 0 else []
    if texts:
        most = max(opt.phase_note_lines, 1) * measure.text_height("Ag", _UNBOUNDED, small)
        notes = [(kind, text, min(measure.text_height(text, inner, small), most))
                 for kind, text in texts]
    return MeasuredHead(phase, title, title_size, title_h, tuple(notes), small)


def note_gap(opt: LayoutOptions) -> float:
    """The space between the title and its notes, and between two notes."""
    return 0.35 * max(opt.phase_note_font_size, 1.0)


def heads_height(heads: Sequence[MeasuredHead], opt: LayoutOptions) -> float:
    """The header row's height for ``heads``: the tallest title, then the tallest notes
    (all notes start at one height, so goals line up across the columns)."""
    if not heads:
        return 0.0
    gap = note_gap(opt)
    titles = max(h.title_h for h in heads)
    notes = max(h.notes_height(gap) for h in heads)
    return titles + (gap + notes if notes > 0 else 0.0) + 2 * opt.header_padding


def place_heads(heads: Sequence[MeasuredHead], header_boxes: dict[str, Rect],
                opt: LayoutOptions) -> dict[str, PhaseHead]:
    """Each header's texts in its box: the notes at the bottom, starting at one height,
    the title centred in the room above them."""
    gap = note_gap(opt)
    notes_h = max((h.notes_height(gap) for h in heads), default=0.0)
    placed: dict[str, PhaseHead] = {}
    pad = opt.header_padding
    for head in heads:
        box = header_boxes[head.phase]
        inner = Rect(box.x + pad, box.y + pad, max(box.w - 2 * pad, 1.0),
                     max(box.h - 2 * pad, 0.0))
        notes: list[HeadNote] = []
        title_h = inner.h
        if notes_h > 0:
            top = max(inner.y, inner.bottom - notes_h)
            title_h = max(top - gap - inner.y, 0.0)
            y = top
            for kind, text, h in head.notes:
                h = min(h, max(inner.bottom - y, 0.0))
                notes.append(HeadNote(kind, text, Rect(inner.x, y, inner.w, h)))
                y += h + gap
        placed[head.phase] = PhaseHead(head.phase, head.title, head.title_size,
                                       Rect(inner.x, inner.y, inner.w, title_h),
                                       tuple(notes), head.note_size)
    return placed
