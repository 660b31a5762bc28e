"""Copying journeys: a duplicate has the same structure with fresh ids and undoes exactly."""

from __future__ import annotations

import pytest

from klantreis_desktop.model import kinds as k
from klantreis_desktop.model import operations as ops
from klantreis_desktop.model.builder import build
from klantreis_desktop.model.document import Document
from klantreis_desktop.model.invariants import problems
from klantreis_desktop.model.journeys import copy_journey, duplicate_journey
from klantreis_desktop.model.model_error import ModelError
from tests.model.test_operations import SPEC, snapshot


@pytest.fixture
def doc() -> Document:
    return build(SPEC)


def structure(doc: Document, journey: str) -> dict:
    """The journey described without ids: what a faithful copy must reproduce."""
    def cell(card: str) -> tuple[str, str]:
        return doc.title(doc.phase_of(card) or ""), doc.title(doc.lane_of(card) or "")

    cards = sorted((doc.kind(c), doc.title(c), cell(c), doc.get(c, "order"),
                    tuple(sorted(doc.channels_of(c))),
                    tuple(sorted((key, v) for key, v in doc.attrs(c).items() if key != "order")))
                   for c in doc.cards(journey))
    emotions = sorted((doc.title(doc.emotion_anchor(e) or ""), doc.target(e, k.FELT_BY),
                       doc.get(e, "score")) for e in doc.emotions(journey))
    return {
        "phases": [doc.attrs(p) for p in doc.phases(journey)],
        "lanes": [doc.attrs(lane) for lane in doc.lanes(journey)],
        "cards": cards,
        "flows": sorted((doc.title(a), doc.title(b)) for a, b in doc.flows(journey)),
        "emotions": emotions,
        "personas": doc.personas_of(journey),
    }


def test_duplicate_copies_everything_with_fresh_ids(doc: Document) -> None:
    original = doc.journeys()[0]
    before_nodes = set(doc.graph.nodes)
    doc.apply(duplicate_journey(doc, original))
    journeys = doc.journeys()
    assert len(journeys) == 3
    copy = journeys[1]  # right after the original
    assert doc.title(copy) == "Schoonmaak (copy)"
    assert structure(doc, copy) == structure(doc, original)
    new_parts = set(doc.parts(copy))
    assert new_parts and not new_parts & before_nodes
    assert len(doc.flows(copy)) == 3 and len(doc.emotions(copy)) == 3
    assert problems(doc) == []
    # The original is untouched and the orders are 0, 1, 2.
    assert [doc.get(j, "order") for j in journeys] == [0.0, 1.0, 2.0]


def test_duplicate_undoes_exactly(doc: Document) -> None:
    before = snapshot(doc)
    change = duplicate_journey(doc, doc.journeys()[1], title="Ander")
    doc.apply(change)
    assert doc.title(doc.journeys()[2]) == "Ander"
    doc.apply(change.inverse())
    assert snapshot(doc) == before


def test_duplicate_refuses_non_journey(doc: Document) -> None:
    before = snapshot(doc)
    with pytest.raises(ModelError):
        duplicate_journey(doc, doc.personas()[0])
    assert snapshot(doc) == before


def test_copy_from_another_document_maps_channels_and_personas(doc: Document) -> None:
    target = Document()
    target.apply(ops.add_channel(target, "website", "website"))  # matches "Website"
    target.apply(ops.add_persona(target, "Someone else"))
    existing_channel = target.channels()[0]
    change = copy_journey(target, doc, doc.journeys()[0], index=0)
    target.apply(change)
    [journey] = target.journeys()
    assert problems(target) == []
    names = sorted(target.title(c) for c in target.channels())
    assert names == ["Telefoon", "website"]  # Website matched by name, Telefoon added
    uses = {c for card in target.cards(journey) for c in target.channels_of(card)}
    assert existing_channel in uses
    # Esther is not in the target, so her emotion points are left out.
    assert target.emotions(journey) == [] and target.personas_of(journey) == []
    assert len(target.cards(journey)) == 5 and len(target.flows(journey)) == 3
    target.apply(change.inverse())
    assert target.journeys() == [] and len(target.channels()) == 1
