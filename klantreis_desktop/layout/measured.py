"""Where measured data is drawn (issue 19), for the canvas and the poster alike (no Qt).

- :func:`measured_curves`: per persona or segment the survey's median as a curve beside
  the team's assumed one, the interquartile band around it, n per point, and the points
  where the two differ by more than a threshold flagged ("check this assumption" — the
  same test as :func:`klantreis_desktop.analysis.survey.assumption_findings`);
- the metric badges are in :mod:`klantreis_desktop.layout.badges`;
- :func:`conformance_marks`: arrow widths and shares and drop-off marks from a
  conformance result (plain numbers, so this module needs no analysis import).

Points sit where the assumed curve puts them: at their phase column's centre, ties
fanned out in the same order (phase points first, then cards top-down).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from klantreis_desktop.i18n import QT_TRANSLATE_NOOP, translate, translator_for
from klantreis_desktop.layout.curves import monotone_segments, score_to_y, spread_ties
from klantreis_desktop.layout.geometry import Bezier, JourneyLayout, Point, Rect
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model import measures as m
from klantreis_desktop.model.document import Document

#: Colour of a measured segment that is no persona.
SEGMENT_COLOUR = "#6a4c93"
FLAG_COLOUR = "#d62828"
MIN_ANSWERS = 5
TIE_SPREAD = 0.8
BADGE_HEIGHT = 15.0
BADGE_FONT = 9.0


@dataclass(frozen=True)
class MeasuredPoint:
    anchor: str
    x: float
    y: float  # the median's y
    y_q1: float
    y_q3: float
    median: float  # on the journey's scale
    n: int
    flagged: bool  # differs from the assumed score by more than the threshold


@dataclass(frozen=True)
class MeasuredCurve:
    key: str  # persona id or segment label
    label: str  # "Esther Visser (measured)" is for the painter; this is the plain name
    colour: str
    persona: str
    points: tuple[MeasuredPoint, ...]
    segments: tuple[Bezier, ...]  # through the medians

    def band(self) -> list[Point]:
        """The interquartile band as one polygon: along q3, back along q1."""
        upper = [(p.x, p.y_q3) for p in self.points]
        lower = [(p.x, p.y_q1) for p in reversed(self.points)]
        return upper + lower


#: Conformance labels: dark text on an opaque fill (contrast ≥ 4.5:1, WCAG AA).
SHARE_TEXT = "#0b4a85"
SHARE_FILL = "#ffffff"
DROP_TEXT = "#9b1116"
DROP_FILL = "#fde2e1"
#: A card's bottom strip and how wide its icons (left) and pills (right) are at most.
FOOTER_STRIP = 20.0
FOOTER_ICONS = 60.0
FOOTER_PILLS = 120.0


@dataclass(frozen=True)
class ArrowMark:
    source: str
    target: str
    points: tuple[Point, ...]
    share: float  # of all customers
    width: float
    label: str  # "62 %"
    label_rect: Rect = Rect(0.0, 0.0, 0.0, 0.0)  # where the share is written
    font_size: float = BADGE_FONT


@dataclass(frozen=True)
class DropMark:
    touchpoint: str
    at: Point  # right edge of the card
    share: float
    label: str
    rect: Rect = Rect(0.0, 0.0, 0.0, 0.0)  # the tag: in the gap right of the card
    font_size: float = BADGE_FONT
    rows: int = 2  # 1: on one line, where a two-line tag found no free spot

    def tag_text(self) -> str:
        """The tag's two short lines: "↘" over the share ("12%": the gap is narrow), or
        one ("↘12%")."""
        share = self.label.split(" ", 1)[-1].replace(" ", "")
        return ("↘\n" if self.rows == 2 else "↘") + share


def _assumed(doc: Document, journey: str) -> dict[tuple[str, str], int]:
    found: dict[tuple[str, str], int] = {}
    for emotion in doc.emotions(journey):
        anchor, persona = doc.emotion_anchor(emotion), doc.target(emotion, k.FELT_BY)
        if anchor is not None and persona is not None:
            found[anchor, persona] = int(doc.get(emotion, "score"))
    return found


def measured_curves(doc: Document, layout: JourneyLayout,
                    threshold: float | None = None,
                    visible: set[str] | None = None,
                    min_answers: int = MIN_ANSWERS) -> tuple[MeasuredCurve, ...]:
    """Every measured curve of the layout's journey on its emotion band (none without one);
    ``threshold`` None: the journey's own (flags as :func:`assumption_findings`)."""
    band = layout.emotion_band
    journey = layout.journey
    if band is None or not layout.columns:
        return ()
    if threshold is None:
        threshold = m.threshold_of(doc, journey)
    column_of = {c.phase: c for c in layout.columns}
    assumed = _assumed(doc, journey)
    groups: dict[str, list[tuple[float, float, str, m.MeasuredScore]]] = {}
    for node in m.measured_nodes(doc, journey):
        phase = node if doc.kind(node) == k.PHASE else doc.phase_of(node)
        if phase not in column_of:
            continue
        box = layout.cards.get(node)
        depth = box.rect.center[1] if box is not None else float("-inf")
        for score in m.measured_of(doc, node):
            if score.persona and visible is not None and score.persona not in visible:
                continue
            groups.setdefault(score.persona or score.segment, []).append(
                (column_of[str(phase)].body.center[0], depth, node, score))
    spread = max(min((c.body.w for c in layout.columns), default=1.0), 1.0) * TIE_SPREAD * 0.8
    curves: list[MeasuredCurve] = []
    for key in sorted(groups, key=lambda g: (g not in doc, doc.title(g) if g in doc else g)):
        found = sorted(groups[key], key=lambda item: (item[0], item[1], item[2]))
        xs = spread_ties([item[0] for item in found], spread)
        points: list[MeasuredPoint] = []
        for x, (_x, _d, node, score) in zip(xs, found, strict=True):
            median, q1, q3 = score.on_scale(layout.scale)
            personas = [score.persona] if score.persona else [
                p for (a, p) in assumed if a == node]
            flagged = score.n >= min_answers and any(
                abs(median - assumed[node, p]) > threshold for p in personas
                if (node, p) in assumed)
            points.append(MeasuredPoint(
                node, x, score_to_y(median, band, layout.scale),
                score_to_y(q1, band, layout.scale), score_to_y(q3, band, layout.scale),
                median, score.n, flagged))
        persona = found[0][3].persona
        colour = str(doc.get(persona, "colour") or SEGMENT_COLOUR) if persona in doc \
            else SEGMENT_COLOUR
        label = doc.title(persona) if persona in doc else (found[0][3].segment or "")
        curves.append(MeasuredCurve(key, label, colour, persona, tuple(points),
                                    monotone_segments([(p.x, p.y) for p in points])))
    return tuple(curves)


def number_text(value: float, decimal: str = ",") -> str:
    """A figure as a badge, tooltip, the properties panel and the Markdown summary show
    it: whole numbers plain, else one decimal; thousands grouped the language's way
    ("12.500" next to a decimal comma, "12,500" next to a decimal point)."""
    text = f"{int(round(value)):,}" if abs(value - round(value)) < 0.05 else f"{value:,.1f}"
    group = "." if decimal == "," else ","
    return text.replace(",", "\0").replace(".", decimal).replace("\0", group).replace(
        "-", "−")


def signed_text(value: float, decimal: str = ",") -> str:
    """A score difference as the badges write numbers: one decimal, "+0,4", "−0,7"."""
    text = f"{value:+.1f}".replace(".", decimal).replace("-", "−")
    return "0" + decimal + "0" if text in ("+0" + decimal + "0", "−0" + decimal + "0") else text


def decimal_for(lang: str | None) -> str:
    """The decimal mark of a language: a comma in Dutch, a point in English."""
    return "," if (lang or translate_language()) == "nl" else "."


def translate_language() -> str:
    from klantreis_desktop.i18n import language

    return language()


def journey_decimal(doc: Document, journey: str) -> str:
    """The decimal mark of the journey's language (else the interface's), as the poster."""
    from klantreis_desktop.model.meta import journey_language

    return decimal_for(journey_language(doc, journey))


@dataclass(frozen=True)
class MapWords:
    """How figures on the map are written: one language for names and numbers."""

    decimal: str  # "," or "."
    translate: Callable[[str, str], str] = field(repr=False, compare=False)


def map_words(doc: Document, journey: str, lang: str | None = None) -> MapWords:
    """The words of figures drawn on the map (badges, the metrics lane): ``lang`` (a
    poster's chosen language), else the journey's, else the interface's — so a Dutch
    poster says "Wachttijd 7,5 min" whatever the laptop speaks, and an English one
    "Waiting time 7.5 min"."""
    from klantreis_desktop.model.meta import journey_language

    chosen = lang or journey_language(doc, journey)
    return MapWords(decimal_for(chosen), translator_for(chosen))


#: The known metrics' labels (English sources, context "Measures").
METRIC_LABELS = {
    "nps": QT_TRANSLATE_NOOP("Measures", "NPS"),
    "csat": QT_TRANSLATE_NOOP("Measures", "CSAT"),
    "ces": QT_TRANSLATE_NOOP("Measures", "CES"),
    "volume": QT_TRANSLATE_NOOP("Measures", "Volume"),
    "drop_off": QT_TRANSLATE_NOOP("Measures", "Drop-off"),
    "conversion": QT_TRANSLATE_NOOP("Measures", "Conversion"),
    "waiting_time": QT_TRANSLATE_NOOP("Measures", "Waiting time"),
}


def metric_title(definition: m.MetricDef,
                 tr: Callable[[str, str], str] = translate) -> str:
    """The metric's label; a known metric's own label in the language of ``tr``."""
    known = m.KNOWN_METRICS.get(definition.name)
    if known is None or definition.title != known.title or definition.name not in \
            METRIC_LABELS:
        return definition.title
    return tr("Measures", METRIC_LABELS[definition.name])


def figure_text(definition: m.MetricDef, value: float, decimal: str = ",",
                tr: Callable[[str, str], str] = translate) -> str:
    """"CSAT 67,1 %", "Wachttijd 18,2 min" (Dutch: a space before every unit);
    "CSAT 67.1%", "Waiting time 18.2 min" (English: none before %)."""
    unit = definition.unit
    joined = "" if not unit or (unit == "%" and decimal == ".") else " "
    return f"{metric_title(definition, tr)} {number_text(value, decimal)}{joined}{unit}"


def figure_lines(doc: Document, journey: str, node: str, decimal: str = ",") -> list[str]:
    """Every figure of ``node`` (every customer first, then per segment), one per line:
    the badge's tooltip and the properties panel list them all."""
    order = {d.name: i for i, d in enumerate(m.metric_defs(doc, journey))}
    lines: list[str] = []
    for v in sorted(m.metrics_of(doc, node), key=lambda v: (
            v.segment != "", v.segment, order.get(v.metric, len(order)), v.metric)):
        text = figure_text(m.metric_def_of(doc, journey, v.metric), v.value, decimal)
        extra = [v.segment] if v.segment else []
        if v.evidence == "assumed":
            extra.append(translate("Measures", "assumed"))
        if v.date:
            extra.append(v.date)
        lines.append(text + (f" ({', '.join(extra)})" if extra else ""))
    return lines


def _segments(points: tuple[Point, ...]) -> list[tuple[Point, Point]]:
    return list(zip(points, points[1:], strict=False))


def _hits(rect: Rect, a: Point, b: Point) -> bool:
    """Whether the segment a–b (flow routes are orthogonal; any segment works) crosses
    ``rect`` (Liang–Barsky clipping)."""
    t0, t1 = 0.0, 1.0
    dx, dy = b[0] - a[0], b[1] - a[1]
    for p, q in ((-dx, a[0] - rect.x), (dx, rect.right - a[0]),
                 (-dy, a[1] - rect.y), (dy, rect.bottom - a[1])):
        if p == 0:
            if q < 0:
                return False
            continue
        t = q / p
        if p < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 > t1:
            return False
    return True


def percent_text(share: float) -> str:
    """"62 %"; a share above nothing that rounds to 0 is "<1 %", not "0 %" (nobody)."""
    if 0 < share < 0.005:
        return "<1 %"
    return f"{round(share * 100)} %"


def conformance_marks(layout: JourneyLayout, arrow_shares: Mapping[tuple[str, str], float],
                      drop_shares: Mapping[str, float], max_width: float = 14.0,
                      avoid: Sequence[Rect] = (),
                      footers: Sequence[Rect] | None = None, size: float = BADGE_FONT
                      ) -> tuple[tuple[ArrowMark, ...], tuple[DropMark, ...]]:
    """Arrow widths by share of all customers (at least a hairline for 0 %, so an arrow
    nobody took still shows) and a tag beside each card customers leave.

    Neither ever covers content (review s6 #4): the phase, lane and corner headers, a
    card's text, the badges (``avoid``), the footers' icons, pills and votes
    (``footers``: as drawn; None: where they are at most, :func:`_footer_badges`), each
    other — and a drop tag no arrow. A drop-off tag stands in the gap right of its card
    ("↘" over the share, or on one line where only that fits); a share sits on or beside
    its arrow, off the cards where it can, else on a card's padding or its footer's empty
    middle. Where no free spot exists a mark shrinks (to 70 %), and then is left out
    (label ``""``, tag not returned): the analysis panel and the poster's analysis page
    list every share and drop-out. An arrow nobody took gets no label: its hairline
    shows it ("0 %" on every such arrow crowded the map, review s5 #5).
    ``size``: the labels' font size (a presentation's is bigger, to read on a
    projector); labels and tags grow with it.
    """
    opt = layout.extras.get("options")
    pad = float(getattr(opt, "card_padding", 8.0))
    footer = float(getattr(opt, "card_footer", 14.0))
    cards = [box.rect for box in layout.cards.values()]
    texts = [_title_area(card, pad, footer) for card in cards]
    headers = [layout.corner, *(c.header for c in layout.columns),
               *(r.header for r in layout.rows)]
    marks = list(footers) if footers is not None else [
        zone for card in cards for zone in _footer_badges(card)]
    blocked = [*headers, *texts, *avoid, *marks]
    flows = [seg for route in layout.flows for seg in _segments(route.points)]
    drops: list[DropMark] = []
    later: list[tuple[str, float]] = []  # no room beside the card: its footer, after the shares
    for node, dropped in drop_shares.items():
        if dropped > 0 and node in layout.cards:
            drop = _drop_mark(layout, node, dropped, flows, size,
                              [*blocked, *(d.rect for d in drops)])
            if drop is not None:
                drops.append(drop)
            else:
                later.append((node, dropped))
    top = max((c.header.bottom for c in layout.columns), default=layout.corner.bottom)
    taken = [*blocked, *(d.rect for d in drops)]
    arrows: list[ArrowMark] = []
    for route in layout.flows:
        share = arrow_shares.get((route.source, route.target))
        if share is None:
            continue
        width = 1.0 + (max_width - 1.0) * min(max(share, 0.0), 1.0)
        text = percent_text(share) if share > 0 else ""
        placed = _place_share(route.points, text, size, cards, taken, top, layout.width) \
            if text else None
        if placed is None:  # nobody took it, or no free spot: the lists name it
            arrows.append(ArrowMark(route.source, route.target, route.points, share, width,
                                    ""))
            continue
        rect, font = placed
        taken.append(rect)
        arrows.append(ArrowMark(route.source, route.target, route.points, share, width,
                                text, rect, font))
    for node, share in later:
        drop = _footer_drop(layout, node, share, percent_text(share), flows, size, taken)
        if drop is not None:
            drops.append(drop)
            taken.append(drop.rect)
    return tuple(arrows), tuple(drops)


#: A share label's box around its text, in font sizes: the text's width plus this on each
#: side, and this high.
SHARE_INSET = 0.3
SHARE_HEIGHT = 1.4
#: Marks shrink to this share of their size before they are left out.
SMALLEST = 0.85
#: Share labels keep this far above a card's top edge.
TITLE_AIR = 2.0
_EM = {"%": 1.0, " ": 0.35, "<": 0.84, "↘": 1.0}


def share_label_size(text: str, size: float) -> tuple[float, float]:
    """(width, height) of a share label in bold ``size`` (DejaVu Sans Bold's advances:
    digits 0.70 em; a little generous so the canvas's and the poster's font both fit)."""
    em = sum(_EM.get(ch, 0.7) for ch in text)
    return em * size + 2 * SHARE_INSET * size, SHARE_HEIGHT * size


def _place_share(points: tuple[Point, ...], text: str, size: float, cards: list[Rect],
                 taken: list[Rect], top: float, right: float) -> tuple[Rect, float] | None:
    """The first free spot on or beside the route, nearest its middle: off every card
    if it can be, else on a card's free edge; smaller if nothing is free; None: none."""
    if len(points) < 2:
        return None
    tries = [(scale, reach) for reach in (1.5, 3.0)
             for scale in sorted({1.0, 0.85, SMALLEST}, reverse=True)]
    for scale, reach in tries:
        font = size * scale
        w, h = share_label_size(text, font)
        near = _expand(_bounds(points), 2 * (w + h) + reach * h + 6.0)  # every spot's reach
        obstacles = [_edges(r) for r in taken if _overlap(near, r) > 0]
        nearby_cards = [_edges(c) for c in cards if _overlap(near, c) > 0]
        first_free: tuple[float, float, float, float] | None = None
        looked = 0
        for x, y in _share_spots(points, w, h, reach):
            if y < top or x < 0 or x + w > right:
                continue
            edges = (x, y, x + w, y + h)
            if _touches_any(edges, obstacles):
                continue
            if not _touches_any(edges, nearby_cards):
                return Rect(x, y, w, h), font
            first_free = first_free or edges
            looked += 1
            if looked > 80:  # a spot off the cards would lie far from the first free one
                break
        if first_free is not None:
            return Rect(first_free[0], first_free[1], w, h), font
    return None


def _share_spots(points: tuple[Point, ...], w: float, h: float, heights: float = 1.5
                 ) -> list[tuple[float, float]]:
    """Where a label may sit, most wanted first: on the route's middle, centred on it,
    then beside it and further along it — never further from its arrow than ``heights``
    label heights (1.5 first, 3 where nothing nearer is free), so it still reads as that
    arrow's."""
    pairs = _segments(points)
    length = sum(abs(b[0] - a[0]) + abs(b[1] - a[1]) for a, b in pairs)
    samples = int(min(11, max(3, length / max(h / 2, 1.0))))
    fractions = [i / (samples - 1) for i in range(samples)]
    reach = heights * h
    steps = 6 if length < 3 * h else 2
    scored: list[tuple[float, float, float]] = []
    for fraction in fractions:
        (x, y), vertical = _along(points, fraction)
        size_across, size_along = (w, h) if vertical else (h, w)
        across = [-size_across / 2 + i * size_across / 8 for i in range(-4, 5)]
        across += [d for j in range(int(heights * 4) + 1)
                   for d in (3.0 + j * h / 4, -size_across - 3.0 - j * h / 4)]
        along = [-size_along / 2 + k * size_along / 4 for k in range(-steps, steps + 1)]
        for a in across:
            for b in along:
                rx, ry = (x + a, y + b) if vertical else (x + b, y + a)
                dx = max(rx - x, 0.0, x - rx - w)
                dy = max(ry - y, 0.0, y - ry - h)
                if dx > reach or dy > reach:
                    continue
                scored.append((dx + dy + abs(fraction - 0.5) * h, rx, ry))
    scored.sort()
    return [(rx, ry) for _cost, rx, ry in scored]


def _edges(r: Rect) -> tuple[float, float, float, float]:
    return r.x, r.y, r.x + r.w, r.y + r.h


def _touches_any(a: tuple[float, float, float, float],
                 others: list[tuple[float, float, float, float]]) -> bool:
    """Whether ``a`` (x0, y0, x1, y1) overlaps any of ``others`` by more than a hair
    (fast: run for a few hundred spots per label on every relayout)."""
    x0, y0, x1, y1 = a
    for ox0, oy0, ox1, oy1 in others:
        if ox0 < x1 - 1e-6 and x0 < ox1 - 1e-6 and oy0 < y1 - 1e-6 and y0 < oy1 - 1e-6:
            return True
    return False


def _bounds(points: tuple[Point, ...]) -> Rect:
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return Rect(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))


def _expand(r: Rect, by: float) -> Rect:
    return Rect(r.x - by, r.y - by, r.w + 2 * by, r.h + 2 * by)


def _title_area(card: Rect, pad: float, footer: float) -> Rect:
    """A card's text and the top edge above it, with a little air: a label there reads
    as part of the title (a share may take a card's side padding or its footer)."""
    text = _card_text(card, pad, footer)
    return Rect(text.x, card.y - TITLE_AIR, text.w, text.bottom - card.y + TITLE_AIR)


def _card_text(card: Rect, pad: float, footer: float) -> Rect:
    """Where a card's title may be written (canvas and poster: inside its padding, above
    its footer): no mark lies there."""
    return Rect(card.x + pad, card.y + pad, max(card.w - 2 * pad, 0.0),
                max(card.h - 2 * pad - footer, 0.0))


def _overlap(a: Rect, b: Rect) -> float:
    w = min(a.right, b.right) - max(a.x, b.x)
    h = min(a.bottom, b.bottom) - max(a.y, b.y)
    return w * h if w > 0 and h > 0 else 0.0


def _along(points: tuple[Point, ...], fraction: float) -> tuple[Point, bool]:
    """The point at ``fraction`` of the polyline's length; whether its segment is vertical."""
    pairs = _segments(points)
    lengths = [abs(b[0] - a[0]) + abs(b[1] - a[1]) for a, b in pairs]
    left = sum(lengths) * fraction
    for (a, b), length in zip(pairs, lengths, strict=True):
        if left <= length and length > 0:
            t = left / length
            return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t), a[0] == b[0]
        left -= length
    return points[-1], False


def _footer_badges(card: Rect) -> tuple[Rect, Rect]:
    """Where a card's bottom strip has marks: channel icons at the left, the evidence
    pill and the votes at the right (keep labels off them; its middle is empty)."""
    y, h = card.bottom - FOOTER_STRIP, FOOTER_STRIP
    left = min(card.w * 0.25, FOOTER_ICONS)
    right = min(card.w * 0.3, FOOTER_PILLS)
    return Rect(card.x, y, left, h), Rect(card.right - right, y, right, h)


def _drop_mark(layout: JourneyLayout, node: str, share: float,
               flows: list[tuple[Point, Point]], most: float, blocked: list[Rect]
               ) -> DropMark | None:
    """The tag in the gap right of the card, level with no arrow and on nothing that is
    drawn (``blocked``): two lines, else one ("↘12%"), smaller if need be; None when the
    gap has no free spot (arrows run down it): the lists name the drop-out."""
    r = layout.cards[node].rect
    others = [box.rect for key, box in layout.cards.items() if key != node]
    right_of = [o.x for o in others if o.x >= r.right and o.y < r.bottom and o.bottom > r.y]
    gap = min([*right_of, r.right + 2 * 12.0 * most / BADGE_FONT]) - r.right
    w = max(gap - 4.0, 12.0)
    x = r.right + (gap - w) / 2
    label = percent_text(share)
    chars = max(len(label.replace(" ", "")), 2)
    near = [b for b in blocked if b.x < x + w and x < b.right]
    lines = [a_b for a_b in flows if min(a_b[0][0], a_b[1][0]) < x + w
             and x < max(a_b[0][0], a_b[1][0])]
    one_line = sum(_EM.get(ch, 0.7) for ch in "↘" + label.replace(" ", ""))
    least = max(6.0, most * 0.6)  # the gap is narrow: a tag may shrink a little more
    for rows, em in ((2, chars * 0.62), (1, one_line)):
        for scale in (1.0, 0.85, SMALLEST):
            size = min(most * scale, (w - 3.0) / em)
            if size < least - 1e-9:
                continue
            h = rows * size * 1.25 + 2.0
            levels = [0.5, 0.72, 0.28, 0.9, 0.1] + [i / 20 for i in range(21)]
            for level in levels:
                top = min(max(r.y + r.h * level - h / 2, r.y), r.bottom - h)
                spot = Rect(x, top, w, h)
                if not any(_hits(spot, a, b) for a, b in lines) and not any(
                        _overlap(spot, o) > 0 for o in near):
                    return DropMark(node, (r.right, spot.center[1]), share, "↘ " + label,
                                    spot, size, rows)
    return None


def _footer_drop(layout: JourneyLayout, node: str, share: float, label: str,
                 flows: list[tuple[Point, Point]], most: float, blocked: list[Rect]
                 ) -> DropMark | None:
    """Where arrows fill the gap beside the card: the tag on one line in the free part
    of the card's own footer (between its icons and its pills), as far right as it can."""
    opt = layout.extras.get("options")
    pad = float(getattr(opt, "card_padding", 8.0))
    r = layout.cards[node].rect
    text = _card_text(r, pad, float(getattr(opt, "card_footer", 14.0)))
    room = Rect(r.x + pad / 2, text.bottom, r.w - pad, r.bottom - text.bottom)
    one_line = sum(_EM.get(ch, 0.7) for ch in "↘" + label.replace(" ", ""))
    near = [_edges(b) for b in blocked if _overlap(b, room) > 0]
    for scale in (1.0, 0.85, SMALLEST):
        size = most * scale
        h, w = size * 1.25 + 2.0, one_line * size + 4.0
        if h > room.h or w > room.w:
            continue
        y = room.y + (room.h - h) / 2
        x = room.right - w
        while x >= room.x:
            spot = Rect(x, y, w, h)
            if not _touches_any(_edges(spot), near) and not any(
                    _hits(spot, a, b) for a, b in flows):
                return DropMark(node, (r.right, spot.center[1]), share, "↘ " + label,
                                spot, size, 1)
            x -= 2.0
    return None
