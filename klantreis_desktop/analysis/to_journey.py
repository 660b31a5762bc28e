"""Turn a path from an event log (a segment's typical path) into a journey map.

The journey is made only through :mod:`klantreis_desktop.model.operations`, so it obeys
every rule a hand-made journey obeys. Each operation is applied to a scratch copy of the
document so the next one sees its result; the atoms are then returned as one ChangeSet,
which the caller applies (or pushes on the undo stack) as a single step.

Layout of the new journey: phases from the log's phase column, in the order the path
first enters them (without phases: one phase per step); a touchpoints lane with one card
per step (a step that occurs twice gets two cards), a channels lane (the canvas shows the
touchpoints' channels there), and flow arrows linking the steps in order.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from klantreis_desktop.analysis.current_vs_ideal import normalise_title
from klantreis_desktop.i18n import translate
from klantreis_desktop.model import operations as ops
from klantreis_desktop.model.changes import Atom, ChangeSet
from klantreis_desktop.model.document import Document
from klantreis_desktop.model.model_error import ModelError

_ICON_WORDS: tuple[tuple[str, str], ...] = (  # specific words before the words inside them
    ("whatsapp", "chat"), ("chat", "chat"), ("website", "website"), ("web", "website"),
    ("site", "website"), ("e mail", "email"), ("email", "email"), ("nieuwsbrief", "email"),
    ("newsletter", "email"), ("telefo", "phone"), ("phone", "phone"), ("bel", "phone"),
    ("call", "phone"), ("winkel", "store"), ("store", "store"), ("shop", "store"),
    ("filiaal", "store"), ("social", "social"), ("linkedin", "social"),
    ("facebook", "social"), ("instagram", "social"), ("app", "app"), ("post", "mail"),
    ("brief", "mail"), ("persoonlijk", "face_to_face"), ("face", "face_to_face"),
    ("balie", "face_to_face"), ("advert", "advertising"), ("reclame", "advertising"),
    ("zoek", "search"), ("search", "search"), ("google", "search"), ("review", "review"),
    ("beoordel", "review"),
)


def _tr(text: str) -> str:
    return translate("Analysis", text)


def channel_icon(name: str) -> str:
    """A channel icon key guessed from a channel name (``other`` when nothing fits)."""
    plain = normalise_title(name)
    for word, icon in _ICON_WORDS:
        if word in plain:
            return icon
    return "other"


class _Builder:
    """Applies operations to a scratch copy and keeps their atoms in order."""

    def __init__(self, doc: Document) -> None:
        self.scratch = doc.copy()
        self.atoms: list[Atom] = []

    def do(self, change: ChangeSet) -> str | None:
        self.scratch.apply(change)
        self.atoms.extend(change.atoms)
        return ops.created_id(change) if change.atoms and _adds(change) else None


def _adds(change: ChangeSet) -> bool:
    try:
        ops.created_id(change)
    except ModelError:
        return False
    return True


def _phase_plan(path: Sequence[str], phases: Mapping[str, str] | None) -> list[str]:
    """The phase title of each step ("" → one phase per step is made by the caller)."""
    if not phases or not any(phases.get(step) for step in path):
        return [""] * len(path)
    plan: list[str] = []
    previous = next(phases[s] for s in path if phases.get(s))
    for step in path:
        previous = phases.get(step) or previous
        plan.append(previous)
    return plan


def journey_from_path(doc: Document, path: Sequence[str], title: str,
                      channels: Mapping[str, str] | None = None,
                      phases: Mapping[str, str] | None = None,
                      **attrs: Any) -> ChangeSet:
    """A ChangeSet that adds a journey walking ``path`` (touchpoint names) to ``doc``.

    ``channels`` maps a touchpoint name to its channel name (existing channels are reused
    by name, others are added); ``phases`` maps a touchpoint name to its phase title.
    Extra ``attrs`` go to the journey (``description``, ``scenario``, …).
    """
    steps = [str(step).strip() for step in path if str(step).strip()]
    if not steps:
        raise ModelError(_tr("A journey needs at least one step."))
    build = _Builder(doc)
    journey = build.do(ops.add_journey(build.scratch, title, **attrs))
    assert journey is not None
    plan = _phase_plan(steps, phases)
    phase_ids: dict[str, str] = {}
    step_phase: list[str] = []
    for number, phase_title in enumerate(plan, start=1):
        key = phase_title or f"\0{number}"
        if key not in phase_ids:
            name = phase_title or _tr("Step {number}").format(number=number)
            created = build.do(ops.add_phase(build.scratch, journey, name))
            assert created is not None
            phase_ids[key] = created
        step_phase.append(phase_ids[key])
    lane = build.do(ops.add_lane(build.scratch, journey, _tr("Touchpoints"), "touchpoints"))
    build.do(ops.add_lane(build.scratch, journey, _tr("Channels"), "channels"))
    assert lane is not None
    known = {normalise_title(build.scratch.title(c)): c for c in build.scratch.channels()}
    cards: list[str] = []
    for step, phase in zip(steps, step_phase, strict=True):
        channel_ids: list[str] = []
        name = (channels or {}).get(step, "").strip()
        if name:
            key = normalise_title(name) or name
            if key not in known:
                created = build.do(ops.add_channel(build.scratch, name, channel_icon(name)))
                assert created is not None
                known[key] = created
            channel_ids.append(known[key])
        card = build.do(ops.add_card(build.scratch, "touchpoint", phase, lane, step,
                                     channels=channel_ids))
        assert card is not None
        cards.append(card)
    for source, target in zip(cards, cards[1:], strict=False):
        build.do(ops.connect_flow(build.scratch, source, target))
    return ChangeSet(tuple(build.atoms), _tr("Journey from event log"))
