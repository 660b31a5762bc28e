"""A path from an event log becomes a valid journey map, through model operations."""

from __future__ import annotations

import pytest

from klantreis_desktop.analysis.to_journey import channel_icon, journey_from_path
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model.document import Document
from klantreis_desktop.model.invariants import problems
from klantreis_desktop.model.model_error import ModelError
from klantreis_desktop.templates import build_sample

PATH = ["Zoekt online", "Vergelijkt prijzen", "Belt", "Vergelijkt prijzen", "Boekt"]
CHANNELS = {"Zoekt online": "Zoekmachine", "Vergelijkt prijzen": "Website",
            "Belt": "Telefoon", "Boekt": "Website"}


def test_journey_with_phases_from_the_log() -> None:
    doc = build_sample("schoonmaak", "nl")
    before = doc.graph.copy()
    phases = {"Zoekt online": "Oriëntatie", "Vergelijkt prijzen": "Oriëntatie",
              "Belt": "Aankoop", "Boekt": "Aankoop"}
    change = journey_from_path(doc, PATH, "Segment 1", CHANNELS, phases,
                               description="from the log")
    assert doc.graph.nodes == before.nodes  # nothing changes until it is applied
    doc.apply(change)
    assert problems(doc) == []
    journey = doc.journeys()[-1]
    assert doc.title(journey) == "Segment 1"
    assert doc.get(journey, "description") == "from the log"
    assert [doc.title(p) for p in doc.phases(journey)] == ["Oriëntatie", "Aankoop"]
    assert [doc.get(lane, "lane_type") for lane in doc.lanes(journey)] == ["touchpoints",
                                                                         "channels"]
    cards = doc.parts(journey, k.TOUCHPOINT)
    assert len(cards) == 5  # a step walked twice gets two cards
    by_phase = {doc.title(p): sorted(doc.title(c) for c in cards if doc.phase_of(c) == p)
                for p in doc.phases(journey)}
    assert by_phase == {"Oriëntatie": ["Vergelijkt prijzen", "Vergelijkt prijzen",
                                       "Zoekt online"],
                        "Aankoop": ["Belt", "Boekt"]}
    flows = doc.flows(journey)
    assert len(flows) == 4
    order = [PATH[0]]
    current = next(c for c in cards if doc.title(c) == PATH[0])
    while doc.targets(current, k.FLOW):
        current = doc.targets(current, k.FLOW)[0]
        order.append(doc.title(current))
    assert order == PATH
    # Existing channels are reused by name, no duplicates appear.
    assert [c for c in doc.channels() if doc.title(c) == "Website"] == [
        c for c in before.nodes if before.nodes[c].get("name") == "Website"]
    doc.apply(change.inverse())
    assert set(doc.graph.nodes) == set(before.nodes)


def test_one_phase_per_step_and_new_channels() -> None:
    doc = Document()
    doc.apply(journey_from_path(doc, ["A", "B", "C"], "Log", {"A": "WhatsApp", "B": "Winkel"}))
    assert problems(doc) == []
    journey = doc.journeys()[0]
    assert [doc.title(p) for p in doc.phases(journey)] == ["Step 1", "Step 2", "Step 3"]
    assert sorted((doc.title(c), doc.get(c, "icon")) for c in doc.channels()) == [
        ("WhatsApp", "chat"), ("Winkel", "store")]


def test_an_empty_path_is_refused() -> None:
    with pytest.raises(ModelError):
        journey_from_path(Document(), ["  "], "Nothing")


def test_channel_icons_from_names() -> None:
    assert channel_icon("E-mail") == "email"
    assert channel_icon("Telefoon") == "phone"
    assert channel_icon("Persoonlijk contact") == "face_to_face"
    assert channel_icon("Duif") == "other"
