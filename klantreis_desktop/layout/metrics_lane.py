"""What a metrics lane (``shows_figures``) shows, and how its lines are fitted (no Qt;
issue 19).

A metrics lane holds no cards of its own, like a channels lane: each of its empty cells
lists the figures of its phase — the phase's own first, then every touchpoint of the phase
in layout order (lane by lane, top-down) — one compact line each:
"Zoekt ‘schoonmaak…’ · NPS 30 · CSAT 4,1". The figures are written as the badges write
them (same text code: decimal comma in Dutch, "≈" before an assumed figure). The canvas
and the poster list the same lines in the same order; what does not fit a cell ends in
"+n more", so nothing is drawn over the next lane. A lane of automatic height grows
to fit its longest list (``journey_layout.lane_heights``, up to 12 lines).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from klantreis_desktop.i18n import QT_TRANSLATE_NOOP, translate
from klantreis_desktop.layout.badges import badge_text
from klantreis_desktop.layout.geometry import JourneyLayout
from klantreis_desktop.layout.journey_layout import LINE_FACTOR  # noqa: F401 (canvas, poster)
from klantreis_desktop.layout.measured import MapWords, map_words
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model import measures as m
from klantreis_desktop.model.document import Document

Cell = tuple[str, str]
#: What a full cell says under its last line: how many lines it leaves out.
MORE = QT_TRANSLATE_NOOP("MetricsLane", "+{n} more")
ELLIPSIS = "…"
#: A touchpoint's title is cut to this many characters before anything is measured.
TITLE_CHARS = 22
#: Titles keep this many characters before figures give way to "+n" …
READABLE_TITLE_CHARS = 12
#: … and at least this many, else the line is cut at its end.
MIN_TITLE_CHARS = 6


@dataclass(frozen=True)
class FigureLine:
    """One line of a metrics cell: whose figures, and the figures as the badges say them."""

    node: str  # the phase or touchpoint
    name: str  # its whole title
    figures: str  # "NPS 30 · CSAT 4,1" ("≈ " before assumed ones)
    assumed: bool  # every figure on the line is assumed
    phase: bool  # the phase's own figures (drawn bold)
    #: The badge's text with fewer figures for a narrow cell: "NPS 30 +1", …
    fewer: tuple[str, ...] = ()

    @property
    def title(self) -> str:
        return short_title(self.name)

    @property
    def text(self) -> str:
        return f"{self.title} · {self.figures}" if self.title else self.figures


def short_title(title: str, chars: int = TITLE_CHARS) -> str:
    """``title`` on one line, cut to ``chars`` characters with "…"; a quote the cut leaves
    open is closed after the "…" ("Zoekt ‘schoonmaak…’")."""
    title = " ".join(title.split())
    if len(title) <= chars:
        return title
    cut = title[:max(chars - 1, 1)].rstrip(" ,;:-—‘“(")
    tail = ""
    for opening, closing in (("‘", "’"), ("“", "”"), ("(", ")")):
        if cut.rfind(opening) > cut.rfind(closing):
            tail = closing
    if cut.count('"') % 2:
        tail = '"'
    return cut + ELLIPSIS + tail


def node_line(doc: Document, journey: str, node: str, words: MapWords, phase: bool,
              first: str | None = None, segment: str = "") -> FigureLine | None:
    """The line of ``node``: its figures for every customer in the journey's metric order
    (``first``, the heat map's metric, before the others, as on the badges), as the badge
    writes them (and with fewer figures, "+n" for the rest); None without."""
    order = {d.name: i for i, d in enumerate(m.metric_defs(doc, journey))}
    if first is not None:
        order[first] = -1
    values = sorted((v for v in m.metrics_of(doc, node) if v.segment == segment),
                    key=lambda v: (order.get(v.metric, len(order)), v.metric))
    if not values:
        return None
    figures, assumed = badge_text(doc, journey, values, len(values), words)
    fewer = tuple(badge_text(doc, journey, values, count, words)[0]
                  for count in range(len(values) - 1, 0, -1))
    return FigureLine(node, doc.title(node), figures, assumed, phase, fewer)


def metric_cells(doc: Document, layout: JourneyLayout, lang: str | None = None,
                 first: str | None = None, segment: str = ""
                 ) -> dict[Cell, tuple[FigureLine, ...]]:
    """(phase, lane) → the lines of every empty cell of a lane that shows the figures
    (``shows_figures``, "a metrics lane") and has figures to show, written in ``lang``
    (a poster's own; None: the journey's, ``map_words``); ``first``: the metric
    each line names first (the heat map's, as the badges do); ``segment``: whose figures
    ("" every customer's)."""
    lanes = [r.lane for r in layout.rows if doc.get(r.lane, "shows_figures")]
    if not lanes:
        return {}
    journey = layout.journey
    words = map_words(doc, journey, lang)
    cells: dict[Cell, tuple[FigureLine, ...]] = {}
    for column in layout.columns:
        phase = column.phase
        lines: list[FigureLine] = []
        own = node_line(doc, journey, phase, words, True, first, segment)
        if own is not None:
            lines.append(own)
        for row in layout.rows:
            for card in layout.stacks.get((phase, row.lane), ()):
                box = layout.cards.get(card)
                if box is None or box.kind != k.TOUCHPOINT:
                    continue
                entry = node_line(doc, journey, card, words, False, first, segment)
                if entry is not None:
                    lines.append(entry)
        for lane in lanes:
            if lines and not layout.stacks.get((phase, lane)):
                cells[(phase, lane)] = tuple(lines)
    return cells


def more_text(hidden: int) -> str:
    """"+3 more" in the interface's language."""
    return translate("MetricsLane", MORE).format(n=hidden)


def lines_shown(count: int, room: float, line: float) -> tuple[int, int]:
    """How many of ``count`` lines a cell ``room`` high shows, and how many the "+n more"
    stands for (it takes the last line's place when not all fit; 0 lines fit → none)."""
    fit = int((room + 0.5) // line) if line > 0 else 0
    if count <= fit:
        return count, 0
    shown = max(fit - 1, 0)
    return shown, (count - shown if fit else 0)


def fit_line(entry: FigureLine, width: float, measure: Callable[[str], float]) -> str:
    """The line's text within ``width`` (``measure`` gives a text's width in the
    painter's font): the title is shortened first so the figures stay readable, then the
    last figures give way to "+n" as on a badge; when even one figure after a short title
    does not fit, the line is cut at its end with "…"."""
    text = entry.text
    if measure(text) <= width:
        return text
    longest = min(len(" ".join(entry.name.split())), TITLE_CHARS)
    # A title that still names the touchpoint beats more figures; a cut one, fewer.
    for shortest in (READABLE_TITLE_CHARS, MIN_TITLE_CHARS):
        for figures in (entry.figures, *entry.fewer):
            for chars in range(longest, min(shortest, longest) - 1, -1):
                candidate = f"{short_title(entry.name, chars)} · {figures}"
                if measure(candidate) <= width:
                    return candidate
    cut = text
    while cut and measure(cut + ELLIPSIS) > width:
        cut = cut[:-1]
    return (cut.rstrip() + ELLIPSIS) if cut else ""
