"""Property test: any sequence of operations keeps the invariants, and undoing all of
them in reverse gives back the exact starting document."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from klantreis_desktop.model import kinds as k
from klantreis_desktop.model import operations as ops
from klantreis_desktop.model.builder import build
from klantreis_desktop.model.invariants import problems
from klantreis_desktop.model.model_error import ModelError

from .test_operations import SPEC, snapshot

ACTIONS = ("add_phase", "add_lane", "add_card", "update", "remove", "move", "reorder",
           "connect", "disconnect", "channels", "emotion", "attach", "detach")


def _pick(items: list[str], index: int) -> str | None:
    return items[index % len(items)] if items else None


def _attempt(doc, action: str, a: int, b: int, c: int, text: str):
    journeys = doc.journeys()
    j = _pick(journeys, a)
    if j is None:
        return ops.add_journey(doc, text or "Reis")
    phases, lanes, cards = doc.phases(j), doc.lanes(j), doc.cards(j)
    tps = doc.parts(j, k.TOUCHPOINT)
    personas = doc.personas()
    if action == "add_phase":
        return ops.add_phase(doc, j, text, index=b)
    if action == "add_lane":
        return ops.add_lane(doc, j, text, k.LANE_TYPES[b % len(k.LANE_TYPES)], index=c)
    if action == "add_card" and phases and lanes:
        return ops.add_card(doc, k.CARD_KINDS[c % len(k.CARD_KINDS)], _pick(phases, b),
                            _pick(lanes, c), text, index=a)
    if action == "update" and cards:
        return ops.update(doc, _pick(cards, b), title=text, votes=c % 5)
    if action == "remove":
        everything = phases + lanes + cards + personas + journeys
        return ops.remove(doc, _pick(everything, b))
    if action == "move" and cards and phases and lanes:
        return ops.move_card(doc, _pick(cards, a), _pick(phases, b), _pick(lanes, c), index=a)
    if action == "reorder" and phases:
        return ops.reorder(doc, _pick(phases + lanes, b), c)
    if action == "connect" and tps:
        return ops.connect_flow(doc, _pick(tps, b), _pick(tps, c))
    if action == "disconnect" and doc.flows(j):
        source, target = doc.flows(j)[b % len(doc.flows(j))]
        return ops.disconnect_flow(doc, source, target)
    if action == "channels" and tps:
        return ops.set_channels(doc, _pick(tps, b), doc.channels()[: c % 3])
    if action == "emotion" and personas and (tps or phases):
        low, high = doc.scale(j)
        return ops.set_emotion(doc, _pick(personas, a), _pick(tps + phases, b),
                               low + c % (high - low + 1))
    if action == "attach" and personas:
        return ops.attach_persona(doc, j, _pick(personas, b))
    if action == "detach" and doc.personas_of(j):
        return ops.detach_persona(doc, j, _pick(doc.personas_of(j), b))
    return None


step = st.tuples(st.sampled_from(ACTIONS), st.integers(0, 20), st.integers(0, 20),
                 st.integers(0, 20), st.text(max_size=12))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(step, max_size=25))
def test_random_operations_keep_invariants_and_undo_to_the_start(steps):
    doc = build(SPEC)
    start = snapshot(doc)
    applied = []
    for action, a, b, c, text in steps:
        before = snapshot(doc)
        try:
            change = _attempt(doc, action, a, b, c, text)
        except ModelError:
            assert snapshot(doc) == before  # a refused operation changes nothing
            continue
        if change is None:
            continue
        doc.apply(change)
        applied.append(change)
        assert problems(doc) == [], (action, change)
    for change in reversed(applied):
        doc.apply(change.inverse())
    assert snapshot(doc) == start
