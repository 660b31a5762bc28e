"""Where a journey map goes right or wrong: emotions, channels, pain points, opportunities.

Everything here reads the model only (no Qt) and returns plain dataclasses with
``to_dict()`` for JSON, the analysis panel, the canvas overlay and the PDF page. Graph
questions go through :mod:`klantreis_desktop.model.queries`; the flow checks live in
:mod:`.flowcheck`.

Definitions a facilitator may ask about:

- *Neighbouring touchpoints* (for emotion swings) follow the flow arrows, skipping
  touchpoints the persona gave no score; without arrows (or with fewer than two scored
  touchpoints) they follow the columns: phase order, then lane order, then card order, a
  score on a phase itself standing at the start of its column.
- *Opportunity grid*: impact and effort are 0–5, 0 meaning "not rated". Scores of 3 and up
  are high. Quick wins: high impact, low effort; big bets: high/high; fill-ins: low/low;
  money pits: low impact, high effort; unrated when impact or effort is 0.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

import networkx as nx

from klantreis_desktop.analysis.flowcheck import FlowCheck, check_flow_of
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model import queries
from klantreis_desktop.model.document import Document

HIGH = 3  # impact/effort from 3 up counts as high
QUADRANTS = ("quick_win", "big_bet", "fill_in", "money_pit", "unrated")


@dataclass(frozen=True)
class EmotionPoint:
    """One score of one persona, where it stands on the map."""

    emotion: str
    anchor: str  # touchpoint or phase id
    title: str  # the touchpoint's or phase's title
    phase: str
    score: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Swing:
    """A change of feeling between two neighbouring points (``change`` = to − from)."""

    source: EmotionPoint
    target: EmotionPoint
    change: int

    def to_dict(self) -> dict[str, Any]:
        return {"from": self.source.to_dict(), "to": self.target.to_dict(),
                "change": self.change}


@dataclass(frozen=True)
class Moment:
    """A touchpoint flagged as a moment of truth and how this persona felt there."""

    touchpoint: str
    title: str
    phase: str
    score: int | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class PersonaEmotions:
    persona: str
    name: str
    points: list[EmotionPoint]
    lowest: list[EmotionPoint]
    swings: list[Swing]
    moments: list[Moment]

    @property
    def average(self) -> float | None:
        return sum(p.score for p in self.points) / len(self.points) if self.points else None

    def to_dict(self) -> dict[str, Any]:
        return {"persona": self.persona, "name": self.name,
                "average": None if self.average is None else round(self.average, 3),
                "lowest": [p.to_dict() for p in self.lowest],
                "swings": [s.to_dict() for s in self.swings],
                "moments_of_truth": [m.to_dict() for m in self.moments],
                "points": [p.to_dict() for p in self.points]}


@dataclass
class ChannelMatrix:
    """Touchpoints per channel (rows) and phase (columns)."""

    channels: list[str]
    phases: list[str]
    counts: list[list[int]]
    empty_phases: list[str]
    single_phase_channels: list[str]
    titles: dict[str, str] = field(default_factory=dict)

    def count(self, channel: str, phase: str) -> int:
        return self.counts[self.channels.index(channel)][self.phases.index(phase)]

    def to_dict(self) -> dict[str, Any]:
        return {"channels": [{"id": c, "name": self.titles.get(c, "")} for c in self.channels],
                "phases": [{"id": p, "title": self.titles.get(p, "")} for p in self.phases],
                "counts": self.counts, "empty_phases": self.empty_phases,
                "single_phase_channels": self.single_phase_channels}


@dataclass(frozen=True)
class RatedCard:
    """A pain point or opportunity with its ratings."""

    card: str
    kind: str
    title: str
    phase: str
    votes: int
    impact: int
    effort: int
    term: str

    @property
    def quadrant(self) -> str:
        return quadrant(self.impact, self.effort)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        if self.kind == k.OPPORTUNITY:
            data["quadrant"] = self.quadrant
        return data


@dataclass
class JourneyAnalysis:
    journey: str
    title: str
    scenario: str
    personas: list[PersonaEmotions]
    channels: ChannelMatrix
    pains: dict[str, list[RatedCard]]  # phase id → pains, most votes (then impact) first
    opportunities: dict[str, list[RatedCard]]  # quadrant → opportunities
    flow: FlowCheck
    phase_titles: dict[str, str] = field(default_factory=dict)
    #: The journey's emotion scale: scores are written on it ("2" on 1…5, "+2" on −2…+2).
    scale: tuple[int, int] = (-2, 2)

    def score(self, value: int | None) -> str:
        """A score as the journey's scale writes it (see :func:`score_text`)."""
        return "–" if value is None else score_text(value, self.scale)

    def to_dict(self) -> dict[str, Any]:
        return {"journey": self.journey, "title": self.title, "scenario": self.scenario,
                "personas": [p.to_dict() for p in self.personas],
                "channels": self.channels.to_dict(),
                "pains_by_phase": [{"phase": p, "title": self.phase_titles.get(p, ""),
                                    "pains": [c.to_dict() for c in cards]}
                                   for p, cards in self.pains.items()],
                "opportunities": {q: [c.to_dict() for c in cards]
                                  for q, cards in self.opportunities.items()},
                "flow": self.flow.to_dict()}


def quadrant(impact: int, effort: int) -> str:
    """The impact × effort quadrant of a rating (see the module doc)."""
    if impact <= 0 or effort <= 0:
        return "unrated"
    if impact >= HIGH:
        return "big_bet" if effort >= HIGH else "quick_win"
    return "money_pit" if effort >= HIGH else "fill_in"


# Emotions -------------------------------------------------------------------------------

Positions = dict[str, tuple[int, int, int]]


def _positions(doc: Document, journey: str) -> Positions:
    """Column order of touchpoints and phases: (phase, lane, stacking) indexes."""
    lanes = {lane: i for i, lane in enumerate(doc.lanes(journey))}
    found: Positions = {}
    for p_index, phase in enumerate(doc.phases(journey)):
        found[phase] = (p_index, -1, 0)
        for lane, l_index in lanes.items():
            for c_index, card in enumerate(doc.cards_in(phase, lane)):
                if doc.kind(card) == k.TOUCHPOINT:
                    found[card] = (p_index, l_index, c_index)
    return found


def emotion_points(doc: Document, journey: str, persona: str) -> list[EmotionPoint]:
    """The persona's scores in column order (see :func:`_positions`)."""
    return _emotion_points(doc, journey, persona, _positions(doc, journey))


def _emotion_points(doc: Document, journey: str, persona: str,
                    positions: Positions) -> list[EmotionPoint]:
    points: list[EmotionPoint] = []
    for emotion in doc.emotions(journey, persona):
        anchor = doc.emotion_anchor(emotion)
        if anchor is None or anchor not in positions:
            continue
        points.append(EmotionPoint(emotion, anchor, doc.title(anchor),
                                   doc.emotion_phase(emotion) or "",
                                   int(doc.get(emotion, "score"))))
    return sorted(points, key=lambda p: (positions[p.anchor], p.anchor))


def _flow_neighbours(flow: nx.DiGraph, scored: dict[str, EmotionPoint]
                     ) -> list[tuple[str, str]]:
    """(u, v) for scored touchpoints where v is the next scored one along the arrows."""
    pairs: list[tuple[str, str]] = []
    for source in scored:
        if source not in flow:
            continue
        seen, frontier = {source}, list(flow.successors(source))
        while frontier:
            node = frontier.pop(0)
            if node in seen:
                continue
            seen.add(node)
            if node in scored:
                pairs.append((source, node))
            else:
                frontier.extend(flow.successors(node))
    return pairs


def swings(doc: Document, journey: str, points: list[EmotionPoint],
           top: int | None = 3) -> list[Swing]:
    """The largest changes of feeling between neighbouring points, biggest first."""
    return _swings(doc, queries.flow_graph(doc, journey), points, top)


def _swings(doc: Document, flow: nx.DiGraph, points: list[EmotionPoint],
            top: int | None) -> list[Swing]:
    on_touchpoints = {p.anchor: p for p in points if doc.kind(p.anchor) == k.TOUCHPOINT}
    pairs: list[tuple[EmotionPoint, EmotionPoint]] = []
    if flow.number_of_edges() and len(on_touchpoints) >= 2:
        pairs = [(on_touchpoints[u], on_touchpoints[v])
                 for u, v in _flow_neighbours(flow, on_touchpoints)]
    if not pairs:
        pairs = list(zip(points, points[1:], strict=False))
    order = {p.emotion: i for i, p in enumerate(points)}
    found = [(a, b, b.score - a.score) for a, b in pairs if b.score != a.score]
    found.sort(key=lambda s: (-abs(s[2]), order[s[0].emotion], order[s[1].emotion]))
    # Only the swings kept become Swing objects (a large map has thousands of pairs).
    return [Swing(a, b, change) for a, b, change in (found if top is None else found[:top])]


def persona_emotions(doc: Document, journey: str, persona: str,
                     top: int | None = 3) -> PersonaEmotions:
    return _persona_emotions(doc, journey, persona, top, _positions(doc, journey),
                             queries.flow_graph(doc, journey))


def _persona_emotions(doc: Document, journey: str, persona: str, top: int | None,
                      positions: Positions, flow: nx.DiGraph) -> PersonaEmotions:
    """:func:`persona_emotions` with the journey's positions and flow graph made once."""
    points = _emotion_points(doc, journey, persona, positions)
    low = min((p.score for p in points), default=None)
    scores = {p.anchor: p.score for p in points}
    moments = [Moment(tp, doc.title(tp), doc.phase_of(tp) or "", scores.get(tp))
               for tp in _touchpoints_in_order(doc, positions)
               if doc.get(tp, "moment_of_truth")]
    return PersonaEmotions(persona, doc.title(persona), points,
                           [p for p in points if p.score == low],
                           _swings(doc, flow, points, top), moments)


def _touchpoints_in_order(doc: Document, positions: Positions) -> list[str]:
    return sorted((n for n in positions if doc.kind(n) == k.TOUCHPOINT),
                  key=lambda n: (positions[n], n))


# Channels -------------------------------------------------------------------------------

def channel_matrix(doc: Document, journey: str) -> ChannelMatrix:
    """How many touchpoints use each channel per phase, plus the gaps it shows."""
    counts = queries.channel_phase_counts(doc, journey)
    phases = doc.phases(journey)
    used = {channel for channel, _ in counts}
    channels = [c for c in doc.channels() if c in used]
    table = [[counts.get((c, p), 0) for p in phases] for c in channels]
    single = [c for c, row in zip(channels, table, strict=True)
              if sum(1 for n in row if n) == 1]
    titles = {n: doc.title(n) for n in channels + phases}
    return ChannelMatrix(channels, phases, table, queries.empty_phases(doc, journey), single,
                         titles)


# Pain points and opportunities ----------------------------------------------------------

def _rated(doc: Document, card: str) -> RatedCard:
    return RatedCard(card, doc.kind(card), doc.title(card), doc.phase_of(card) or "",
                     int(doc.get(card, "votes")), int(doc.get(card, "impact")),
                     int(doc.get(card, "effort")), str(doc.get(card, "term")))


def _rank(card: RatedCard) -> tuple[int, int, int, str, str]:
    return (-card.votes, -card.impact, card.effort, card.title.casefold(), card.card)


def pains_by_phase(doc: Document, journey: str) -> dict[str, list[RatedCard]]:
    """Per phase (in order) its pain points, most votes first, then highest impact."""
    found: dict[str, list[RatedCard]] = {p: [] for p in doc.phases(journey)}
    for card in doc.parts(journey, k.PAIN):
        rated = _rated(doc, card)
        found.setdefault(rated.phase, []).append(rated)
    return {phase: sorted(cards, key=_rank) for phase, cards in found.items()}


def opportunity_grid(doc: Document, journey: str) -> dict[str, list[RatedCard]]:
    """Opportunities per quadrant (all five keys present), most votes first."""
    grid: dict[str, list[RatedCard]] = {q: [] for q in QUADRANTS}
    for card in doc.parts(journey, k.OPPORTUNITY):
        rated = _rated(doc, card)
        grid[rated.quadrant].append(rated)
    return {q: sorted(cards, key=_rank) for q, cards in grid.items()}


# Everything -----------------------------------------------------------------------------

def analyse_journey(doc: Document, journey: str, top_swings: int | None = 3
                    ) -> JourneyAnalysis:
    """The whole analysis of one journey."""
    personas = doc.personas_of(journey)
    with_points = {doc.target(e, k.FELT_BY) for e in doc.emotions(journey)}
    personas += [p for p in doc.personas() if p in with_points and p not in personas]
    # Made once for every persona and the flow check (they were made per question).
    positions, flow = _positions(doc, journey), queries.flow_graph(doc, journey)
    return JourneyAnalysis(
        journey, doc.title(journey), str(doc.get(journey, "scenario")),
        [_persona_emotions(doc, journey, p, top_swings, positions, flow) for p in personas],
        channel_matrix(doc, journey), pains_by_phase(doc, journey),
        opportunity_grid(doc, journey), check_flow_of(doc, journey, flow),
        {p: doc.title(p) for p in doc.phases(journey)}, doc.scale(journey))


def score_text(score: int, scale: tuple[int, int]) -> str:
    """A score on its scale: signed on one around 0 (−2…+2: "+2", "-1", and "0" for the
    middle, which is neither), plain on one that starts above 0 (1…5: "2" is low there,
    not "+2")."""
    return str(score) if scale[0] >= 0 or score == 0 else f"{score:+d}"
