"""Current vs ideal: what the ideal journey of the same persona adds, drops and improves.

Touchpoints are matched by *normalised title* (case, accents, quotes, punctuation and
extra spaces ignored; a title used twice must be matched twice). Phases are matched by
normalised title too, the rest by position. The emotion change per phase is the
difference of the persona's average score in that phase; when the two journeys use
different scales, both are mapped onto −2…+2 first.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any

from klantreis_desktop.model import kinds as k
from klantreis_desktop.model.document import Document

_NOT_WORD = re.compile(r"[\W_]+", re.UNICODE)


def normalise_title(title: str) -> str:
    """``“Boekt  online!”`` and ``boekt online`` are the same touchpoint."""
    plain = unicodedata.normalize("NFKD", title)
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    return _NOT_WORD.sub(" ", plain.casefold()).strip()


@dataclass(frozen=True)
class PhaseChange:
    title: str
    current_phase: str  # "" when the current journey lacks this phase
    ideal_phase: str
    current: float | None  # average score (on −2…+2 when the scales differ)
    ideal: float | None

    @property
    def change(self) -> float | None:
        if self.current is None or self.ideal is None:
            return None
        return self.ideal - self.current

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["change"] = None if self.change is None else round(self.change, 3)
        for key in ("current", "ideal"):
            data[key] = None if data[key] is None else round(data[key], 3)
        return data


@dataclass
class PersonaChange:
    persona: str
    name: str
    phases: list[PhaseChange]

    def to_dict(self) -> dict[str, Any]:
        return {"persona": self.persona, "name": self.name,
                "phases": [p.to_dict() for p in self.phases]}


@dataclass
class Comparison:
    current: str
    ideal: str
    added: list[str]  # touchpoints of the ideal journey without a match in the current one
    removed: list[str]  # touchpoints of the current journey left out of the ideal one
    kept: list[tuple[str, str]]  # (current, ideal) touchpoint pairs
    personas: list[PersonaChange]
    titles: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        def named(ids: list[str]) -> list[dict[str, str]]:
            return [{"id": n, "title": self.titles.get(n, "")} for n in ids]

        return {"current": {"id": self.current, "title": self.titles.get(self.current, "")},
                "ideal": {"id": self.ideal, "title": self.titles.get(self.ideal, "")},
                "added": named(self.added), "removed": named(self.removed),
                "kept": [{"current": a, "ideal": b, "title": self.titles.get(b, "")}
                         for a, b in self.kept],
                "personas": [p.to_dict() for p in self.personas]}


def comparable_pairs(doc: Document) -> list[tuple[str, str]]:
    """(current, ideal) journey pairs that share at least one persona."""
    pairs: list[tuple[str, str]] = []
    journeys = doc.journeys()
    for current in journeys:
        if doc.get(current, "scenario") != "current":
            continue
        for ideal in journeys:
            if doc.get(ideal, "scenario") == "ideal" and (
                    set(doc.personas_of(current)) & set(doc.personas_of(ideal))):
                pairs.append((current, ideal))
    return pairs


def _match_touchpoints(doc: Document, current: str, ideal: str
                       ) -> tuple[list[str], list[str], list[tuple[str, str]]]:
    def by_title(journey: str) -> dict[str, list[str]]:
        found: dict[str, list[str]] = {}
        for card in doc.cards(journey):
            if doc.kind(card) == k.TOUCHPOINT:
                found.setdefault(normalise_title(doc.title(card)), []).append(card)
        return found

    old, new = by_title(current), by_title(ideal)
    kept: list[tuple[str, str]] = []
    removed: list[str] = []
    added: list[str] = []
    for key in list(old) + [key for key in new if key not in old]:
        a, b = old.get(key, []), new.get(key, [])
        kept += list(zip(a, b, strict=False))
        removed += a[len(b):]
        added += b[len(a):]
    return added, removed, kept


def _match_phases(doc: Document, current: str, ideal: str) -> list[tuple[str, str]]:
    """(current phase, ideal phase) pairs, "" where one side has no counterpart."""
    old, new = doc.phases(current), doc.phases(ideal)
    new_by_title = Counter(normalise_title(doc.title(p)) for p in new)
    pairs: dict[str, str] = {}
    free = list(new)
    for phase in old:
        key = normalise_title(doc.title(phase))
        if new_by_title[key]:
            match = next(p for p in free if normalise_title(doc.title(p)) == key)
            pairs[phase] = match
            free.remove(match)
            new_by_title[key] -= 1
    for index, phase in enumerate(old):  # the rest by position
        if phase not in pairs and index < len(new) and new[index] in free:
            pairs[phase] = new[index]
            free.remove(new[index])
    result = [(p, pairs.get(p, "")) for p in old]
    return result + [("", p) for p in new if p in free]


def _averages(doc: Document, journey: str, persona: str, scale: tuple[int, int] | None
              ) -> dict[str, float]:
    low, high = doc.scale(journey)
    sums: dict[str, list[float]] = {}
    for emotion in doc.emotions(journey, persona):
        phase = doc.emotion_phase(emotion)
        if phase is None:
            continue
        score = float(doc.get(emotion, "score"))
        if scale is not None and high > low:  # onto −2…+2
            score = -2.0 + 4.0 * (score - low) / (high - low)
        sums.setdefault(phase, []).append(score)
    return {phase: sum(v) / len(v) for phase, v in sums.items()}


def compare_journeys(doc: Document, current: str, ideal: str,
                     persona: str | None = None) -> Comparison:
    """What changes from ``current`` to ``ideal`` (for ``persona`` or every shared one)."""
    added, removed, kept = _match_touchpoints(doc, current, ideal)
    shared = [p for p in doc.personas_of(current) if p in doc.personas_of(ideal)]
    personas = [persona] if persona is not None else shared
    rescale = (-2, 2) if doc.scale(current) != doc.scale(ideal) else None
    phase_pairs = _match_phases(doc, current, ideal)
    changes: list[PersonaChange] = []
    for who in personas:
        old, new = (_averages(doc, current, who, rescale), _averages(doc, ideal, who, rescale))
        changes.append(PersonaChange(who, doc.title(who), [
            PhaseChange(doc.title(a or b), a, b, old.get(a) if a else None,
                        new.get(b) if b else None) for a, b in phase_pairs]))
    ids = [current, ideal, *added, *removed, *(b for _, b in kept)]
    return Comparison(current, ideal, added, removed, kept, changes,
                      {n: doc.title(n) for n in ids})
