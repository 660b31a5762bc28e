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
SHARE_LABEL = (40.0, 14.0)
#: Share labels keep this far above a card's top edge and off its first title line.
TITLE_CLEARANCE = 2.0
TITLE_STRIP = 22.0
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

    def tag_text(self) -> str:
        """The tag's two short lines: "↘" over the share ("12%": the gap is narrow)."""
        return "↘\n" + self.label.split(" ", 1)[-1].replace(" ", "")


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


@dataclass(frozen=True)
class CurveLabel:
    key: str  # the curve's key
    rect: Rect
    text: str
    colour: str


def measured_labels(curves: tuple[MeasuredCurve, ...], layout: JourneyLayout,
                    names: Mapping[str, str], size: float = BADGE_FONT,
                    char_width: float = 0.62
                    ) -> tuple[tuple[CurveLabel, ...], tuple[CurveLabel, ...]]:
    """Where each curve's name (``names``: key → text) and each point's "n=" go, for the
    canvas and the poster alike: names after the last point, or before it when they would
    pass the map's right edge, pushed apart so no two lie on one spot; an "n=" under its
    point's band, else above it, else lower down, never on another label; all inside the
    emotion band's row of the map."""
    band = layout.emotion_band
    if band is None:
        return (), ()
    line = size * 1.35
    right = layout.width - 2.0
    ends: list[tuple[float, float, MeasuredCurve, str, float]] = []
    for curve in curves:
        if curve.points and names.get(curve.key):
            text = names[curve.key]
            last = curve.points[-1]
            ends.append((last.y + 2.0, last.x, curve, text,
                         len(text) * size * char_width + 6.0))
    ends.sort(key=lambda item: (item[0], item[1]))
    tops = [min(max(band.y, top), band.bottom - line) for top, *_rest in ends]
    for i in range(1, len(tops)):
        tops[i] = max(tops[i], tops[i - 1] + line)
    overflow = max(0.0, (tops[-1] + line - band.bottom) if tops else 0.0)
    end_labels: list[CurveLabel] = []
    for (_top, x, curve, text, width), top in zip(ends, tops, strict=True):
        top = max(band.y, top - overflow)
        left = x + 12.0 if x + 12.0 + width <= right else max(layout.columns[0].body.x,
                                                              x - 12.0 - width)
        end_labels.append(CurveLabel(curve.key, Rect(left, top, min(width, right - left),
                                                     line), text, curve.colour))
    taken = [label.rect for label in end_labels]
    counts: list[CurveLabel] = []
    for curve in curves:
        for point in curve.points:
            text = f"n={point.n}"
            width = len(text) * size * 0.9 * char_width + 4.0
            spots = [point.y_q1 + 1.0, point.y_q3 - 1.0 - line]
            spots += [point.y_q1 + 1.0 + line * i for i in range(1, 5)]
            spots += [point.y_q3 - 1.0 - line * (i + 1) for i in range(1, 5)]
            rects = [Rect(point.x - width / 2 + dx, y, width, line)
                     for dx in (0.0, width * 0.75, -width * 0.75) for y in spots
                     if band.y - line <= y and y + line <= band.bottom + line
                     and point.x - width / 2 + dx + width <= right]
            chosen = next((r for r in rects if not any(_overlap(r, t) > 0 for t in taken)),
                          rects[0] if rects else Rect(point.x - width / 2, point.y_q1 + 1.0,
                                                      width, line))
            taken.append(chosen)
            counts.append(CurveLabel(curve.key, chosen, text, curve.colour))
    return tuple(end_labels), tuple(counts)


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

    A drop-off tag stands in the gap right of its card (two short lines, "↘" over the
    share, sized to the gap), level with no arrow: it never lies on a card. A share sits
    on its arrow where it covers the least: off the badges (``avoid``), the tags and the
    other shares, and as little of any card as the arrow allows. An arrow nobody took
    gets no label (``""``) and takes no room: its hairline shows it, and the analysis
    panel and the poster's analysis page name it ("0 %" on every such arrow crowded the
    map, review defect 5).
    ``footers``: where the cards' footers have icons and pills, as drawn (None: where
    they are at most, :func:`_footer_badges`). ``size``: the labels' font size (a
    presentation's is bigger, to read on a projector); labels and tags grow with it.
    """
    cards = [box.rect for box in layout.cards.values()]
    flows = [seg for route in layout.flows for seg in _segments(route.points)]
    drops = tuple(_drop_mark(layout, node, share, flows, size)
                  for node, share in drop_shares.items() if share > 0
                  and node in layout.cards)
    headers = [layout.corner, *(c.header for c in layout.columns)]  # phase names
    taken = [*avoid, *(d.rect for d in drops), *headers]
    marks = list(footers) if footers is not None else [
        zone for card in cards for zone in _footer_badges(card)]
    arrows: list[ArrowMark] = []
    for route in layout.flows:
        share = arrow_shares.get((route.source, route.target))
        if share is None:
            continue
        width = 1.0 + (max_width - 1.0) * min(max(share, 0.0), 1.0)
        if share <= 0:
            arrows.append(ArrowMark(route.source, route.target, route.points, share, width,
                                    ""))
            continue
        rect = _share_rect(route.points, cards, taken, avoid, marks, size / BADGE_FONT)
        taken.append(rect)
        arrows.append(ArrowMark(route.source, route.target, route.points, share, width,
                                percent_text(share), rect, size))
    return tuple(arrows), drops


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


def _share_rect(points: tuple[Point, ...], cards: list[Rect], taken: list[Rect],
                avoid: Sequence[Rect] = (), marks: Sequence[Rect] = (),
                scale: float = 1.0) -> Rect:
    w, h = SHARE_LABEL[0] * scale, SHARE_LABEL[1] * scale
    if len(points) < 2:
        return Rect(points[0][0] - w / 2, points[0][1] - h / 2, w, h) if points else \
            Rect(0.0, 0.0, w, h)
    best: tuple[float, Rect] | None = None
    for fraction in (0.5, 0.35, 0.65, 0.2, 0.8, 0.1, 0.9):
        (x, y), vertical = _along(points, fraction)
        spots = [Rect(x - w / 2, y - h / 2, w, h)]
        if vertical:  # beside a vertical run, so the label hides none of it
            spots += [Rect(x + 3.0, y - h / 2, w, h), Rect(x - w - 3.0, y - h / 2, w, h)]
        else:  # just above or below a horizontal run
            spots += [Rect(x - w / 2, y - h - 2.0, w, h), Rect(x - w / 2, y + 2.0, w, h)]
        spots += _clear_of_titles(spots, cards, avoid)
        for spot in spots:
            cost = 1000.0 * sum(1 for r in taken if _overlap(spot, r) > 0) + 300.0 * sum(
                1 for mark in marks if _overlap(spot, mark) > 0) + sum(
                _overlap(spot, card)
                + (500.0 if _overlap(spot, _title_edge(card)) > 0 else 0.0)
                + (1000.0 if _overlap(spot, _text_middle(card)) > 0 else 0.0)
                for card in cards)
            if best is None or cost < best[0]:
                best = (cost, spot)
    assert best is not None
    return best[1]


def _clear_of_titles(spots: list[Rect], cards: list[Rect], badges: Sequence[Rect] = ()
                     ) -> list[Rect]:
    """Each spot that would touch a card's title edge, moved up just clear of it and of
    a badge there (a card's figures sit on its top edge): in a tight stack the gap is
    narrower than a label, and the card above has an empty middle at its bottom, where
    the title of the card below has its text."""
    moved = []
    for spot in spots:
        hit = [c.y for c in cards if _overlap(spot, _title_edge(c)) > 0]
        if not hit:
            continue
        spot = Rect(spot.x, min(hit) - TITLE_CLEARANCE - spot.h, spot.w, spot.h)
        above = [r.y for r in badges if _overlap(spot, r) > 0]
        if above:  # the badge on that edge: just above it, and no further
            spot = Rect(spot.x, min(above) - TITLE_CLEARANCE - spot.h, spot.w, spot.h)
        moved.append(spot)
    return moved


def _title_edge(card: Rect) -> Rect:
    """A card's top edge and title line, with a little air above it: a share label that
    touches it reads as part of the title (tight stacks leave only a narrow gap)."""
    return Rect(card.x, card.y - TITLE_CLEARANCE, card.w, TITLE_CLEARANCE + TITLE_STRIP)


def _text_middle(card: Rect) -> Rect:
    """A card's text below its title line and above its footer, more than a padding
    (8) in from its sides: never under a label."""
    top, bottom = card.y + TITLE_STRIP, card.bottom - FOOTER_STRIP
    return Rect(card.x + 8.0, top, max(card.w - 16.0, 0.0), max(bottom - top, 0.0))


def _footer_badges(card: Rect) -> tuple[Rect, Rect]:
    """Where a card's bottom strip has marks: channel icons at the left, the evidence
    pill and the votes at the right (keep labels off them; its middle is empty)."""
    y, h = card.bottom - FOOTER_STRIP, FOOTER_STRIP
    left = min(card.w * 0.25, FOOTER_ICONS)
    right = min(card.w * 0.3, FOOTER_PILLS)
    return Rect(card.x, y, left, h), Rect(card.right - right, y, right, h)


def _drop_mark(layout: JourneyLayout, node: str, share: float,
               flows: list[tuple[Point, Point]], most: float = BADGE_FONT) -> DropMark:
    r = layout.cards[node].rect
    others = [box.rect for key, box in layout.cards.items() if key != node]
    right_of = [o.x for o in others if o.x >= r.right and o.y < r.bottom and o.bottom > r.y]
    gap = min([*right_of, r.right + 2 * 12.0 * most / BADGE_FONT]) - r.right
    w = max(gap - 4.0, 12.0)
    label = percent_text(share)
    size = min(most, (w - 3.0) / (max(len(label.replace(" ", "")), 2) * 0.62))
    h = 2 * size * 1.25 + 2.0
    x = r.right + (gap - w) / 2
    chosen = Rect(x, r.center[1] - h / 2, w, h)
    for level in (0.5, 0.72, 0.28, 0.9, 0.1):
        spot = Rect(x, r.y + r.h * level - h / 2, w, h)
        if not any(_hits(spot, a, b) for a, b in flows):
            chosen = spot
            break
    return DropMark(node, (r.right, chosen.center[1]), share, "↘ " + label, chosen, size)
