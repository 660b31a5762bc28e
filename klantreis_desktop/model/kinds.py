"""Element kinds of a klantreis document and the attributes each kind carries.

The schema is data so that validation, the inspector and the file loader all read the
same definition instead of each keeping their own list.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# Node kinds -----------------------------------------------------------------------------

JOURNEY = "journey"
PERSONA = "persona"
PHASE = "phase"
LANE = "lane"
TOUCHPOINT = "touchpoint"
PAIN = "pain"
OPPORTUNITY = "opportunity"
NOTE = "note"
GOAL = "goal"
EMOTION = "emotion"
CHANNEL = "channel"
# Workshop companion (issue 5): the day's agenda, the brainstorm wall, saved audience views.
WORKSHOP_STEP = "workshop_step"
BRAINSTORM_NOTE = "brainstorm_note"
CLUSTER = "cluster"
VIEW = "view"

#: Kinds that sit as cards in one cell (phase × lane) of one journey.
CARD_KINDS: tuple[str, ...] = (TOUCHPOINT, PAIN, OPPORTUNITY, NOTE, GOAL)
#: Kinds that belong to one journey through an ``in_journey`` edge.
JOURNEY_PARTS: tuple[str, ...] = (PHASE, LANE, EMOTION, *CARD_KINDS)

# Edge kinds (the edge key in the MultiDiGraph is its kind) -----------------------------

IN_JOURNEY = "in_journey"  # phase/lane/card/emotion -> journey
IN_PHASE = "in_phase"  # card -> phase
ON_LANE = "on_lane"  # card -> lane
FLOW = "flow"  # touchpoint -> next touchpoint (branches allowed)
USES_CHANNEL = "uses_channel"  # touchpoint -> channel
FELT_BY = "felt_by"  # emotion -> persona
BOUND_TO = "bound_to"  # emotion -> touchpoint or phase
FOR_PERSONA = "for_persona"  # journey -> persona
IN_CLUSTER = "in_cluster"  # brainstorm note -> cluster (affinity diagram)
VIEW_OF = "view_of"  # saved view -> journey

EDGE_KINDS: tuple[str, ...] = (
    IN_JOURNEY, IN_PHASE, ON_LANE, FLOW, USES_CHANNEL, FELT_BY, BOUND_TO, FOR_PERSONA,
    IN_CLUSTER, VIEW_OF,
)

#: Which (source kind, target kind) pairs each edge kind allows.
EDGE_ENDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    IN_JOURNEY: (JOURNEY_PARTS, (JOURNEY,)),
    IN_PHASE: (CARD_KINDS, (PHASE,)),
    ON_LANE: (CARD_KINDS, (LANE,)),
    FLOW: ((TOUCHPOINT,), (TOUCHPOINT,)),
    USES_CHANNEL: ((TOUCHPOINT,), (CHANNEL,)),
    FELT_BY: ((EMOTION,), (PERSONA,)),
    BOUND_TO: ((EMOTION,), (TOUCHPOINT, PHASE)),
    FOR_PERSONA: ((JOURNEY,), (PERSONA,)),
    IN_CLUSTER: ((BRAINSTORM_NOTE,), (CLUSTER,)),
    VIEW_OF: ((VIEW,), (JOURNEY,)),
}

# Enumerations ---------------------------------------------------------------------------

LANE_TYPES: tuple[str, ...] = (
    "touchpoints", "channels", "emotions", "thoughts", "pains", "opportunities",
    "backstage", "kpis", "notes", "custom",
)
SCENARIOS: tuple[str, ...] = ("current", "ideal")
EVIDENCE: tuple[str, ...] = ("", "observed", "assumed")
EVIDENCE_SOURCES: tuple[str, ...] = (
    "", "interview", "survey", "web_stats", "complaints", "observation", "crm", "other",
)
#: From mass and anonymous to interactive and personal (seed 001).
INTERACTION_TYPES: tuple[str, ...] = (
    "", "mass_anonymous", "mass_targeted", "interactive_anonymous", "interactive_personal",
)
TERMS: tuple[str, ...] = ("", "short", "long")
SCALES: dict[str, tuple[int, int]] = {"-2..2": (-2, 2), "1..5": (1, 5)}
#: Languages a journey can be printed in ("" = the document's language).
JOURNEY_LANGUAGES: tuple[str, ...] = ("", "nl", "en")

#: Channel icon keys the canvas and the PDF know how to draw.
CHANNEL_ICONS: tuple[str, ...] = (
    "website", "email", "phone", "store", "social", "app", "mail", "face_to_face",
    "advertising", "chat", "search", "review", "other",
)


@dataclass(frozen=True)
class Field:
    """One attribute of a kind: its Python type, default and allowed values."""

    type: type
    default: Any
    choices: tuple[Any, ...] | None = None
    minimum: float | None = None
    maximum: float | None = None
    max_length: int = 10_000


def _text(default: str = "", max_length: int = 10_000) -> Field:
    return Field(str, default, max_length=max_length)


def _score(lo: int, hi: int, default: int = 0) -> Field:
    return Field(int, default, minimum=lo, maximum=hi)


_CARD_COMMON: dict[str, Field] = {
    "title": _text(max_length=2_000),
    "description": _text(),
    "order": Field(float, 0.0),
    "votes": _score(0, 999),
    "evidence": Field(str, "", EVIDENCE),
    "source": Field(str, "", EVIDENCE_SOURCES),
    "colour": _text(max_length=9),
}

SCHEMA: dict[str, dict[str, Field]] = {
    JOURNEY: {
        "title": _text(max_length=500),
        "description": _text(),
        "order": Field(float, 0.0),
        "scenario": Field(str, "current", SCENARIOS),
        "scale": Field(str, "-2..2", tuple(SCALES)),
        "time_span": _text(max_length=200),
        "end_goal": _text(max_length=2_000),
        # For the poster's title block (issue 16). Optional: files without them get the
        # defaults, and older versions keep attributes they do not know.
        "language": Field(str, "", JOURNEY_LANGUAGES),
        "version": _text(max_length=100),  # the map's own version, e.g. "v3 — after the workshop"
        "author": _text(max_length=200),
        "organisation": _text(max_length=200),
        "logo": _text(max_length=100),  # asset name inside the document, "" for none
        # Issue 19: a measured median this many points (on the journey's scale) from the
        # team's assumed score flags "check this assumption".
        "assumption_threshold": Field(float, 1.0, minimum=0.1, maximum=10.0),
    },
    PERSONA: {
        "name": _text(max_length=200),
        "age": _score(0, 130),
        "role": _text(max_length=500),
        "goals": _text(),
        "needs": _text(),
        "frustrations": _text(),
        "preferred_channels": _text(max_length=2_000),
        "quote": _text(max_length=2_000),
        "photo": _text(max_length=100),  # asset name inside the document, "" for none
        "colour": _text("#1f77b4", max_length=9),
        "says": _text(),
        "thinks": _text(),
        "does": _text(),
        "feels": _text(),
        "pains": _text(),
        "gains": _text(),
        "order": Field(float, 0.0),
    },
    PHASE: {
        "title": _text(max_length=500),
        "order": Field(float, 0.0),
        "duration": _text(max_length=200),
        "goal": _text(max_length=2_000),
        "kpi": _text(max_length=2_000),
        "width": Field(float, 0.0, minimum=0, maximum=5_000),  # 0 = automatic
    },
    LANE: {
        "title": _text(max_length=500),
        "order": Field(float, 0.0),
        "lane_type": Field(str, "custom", LANE_TYPES),
        # Issue 19: the lane's empty cells list the phase's figures (layout/metrics_lane.py).
        # An attribute, not a lane type: files with such a lane still open in 0.1.0, which
        # refuses lane types it does not know but keeps attributes it does not know.
        "shows_figures": Field(bool, False),
        "height": Field(float, 0.0, minimum=0, maximum=5_000),  # 0 = automatic
        "hidden": Field(bool, False),
    },
    TOUCHPOINT: {
        **_CARD_COMMON,
        "interaction": Field(str, "", INTERACTION_TYPES),
        "department": _text(max_length=200),
        "moment_of_truth": Field(bool, False),
    },
    PAIN: {
        **_CARD_COMMON,
        "impact": _score(0, 5),
        "effort": _score(0, 5),
        "term": Field(str, "", TERMS),
    },
    OPPORTUNITY: {
        **_CARD_COMMON,
        "impact": _score(0, 5),
        "effort": _score(0, 5),
        "term": Field(str, "", TERMS),
    },
    NOTE: dict(_CARD_COMMON),
    GOAL: {**_CARD_COMMON, "target": _text(max_length=500)},
    EMOTION: {
        "score": Field(int, 0, minimum=-2, maximum=5),  # checked against the journey scale
        "note": _text(max_length=2_000),
    },
    CHANNEL: {
        "name": _text(max_length=200),
        "icon": Field(str, "other", CHANNEL_ICONS),
        "order": Field(float, 0.0),
    },
    WORKSHOP_STEP: {
        "step": _text(max_length=40),  # which of the nine steps (its tool), e.g. "brainstorm"
        "title": _text(max_length=500),
        "notes": _text(),
        "done": Field(bool, False),
        "order": Field(float, 0.0),
    },
    BRAINSTORM_NOTE: {
        "text": _text(max_length=2_000),
        "dimension": _text(max_length=200),
        "order": Field(float, 0.0),
        "x": Field(float, 0.0, minimum=-100_000, maximum=100_000),
        "y": Field(float, 0.0, minimum=-100_000, maximum=100_000),
    },
    CLUSTER: {
        "label": _text(max_length=500),
        "order": Field(float, 0.0),
        "x": Field(float, 0.0, minimum=-100_000, maximum=100_000),
        "y": Field(float, 0.0, minimum=-100_000, maximum=100_000),
    },
    VIEW: {
        "name": _text(max_length=200),
        "hidden_lanes": _text(max_length=20_000),  # lane ids separated by spaces
        "hidden_personas": _text(max_length=20_000),  # persona ids separated by spaces
        "order": Field(float, 0.0),
    },
}

NODE_KINDS: tuple[str, ...] = tuple(SCHEMA)


def defaults(kind: str) -> dict[str, Any]:
    """A fresh attribute dict for ``kind`` with every field at its default."""
    return {name: field.default for name, field in SCHEMA[kind].items()}


def title_of(attrs: dict[str, Any]) -> str:
    """The human label of any element (personas and channels have a name, others a title)."""
    return str(attrs.get("title") or attrs.get("name") or attrs.get("label")
               or attrs.get("text") or "")
