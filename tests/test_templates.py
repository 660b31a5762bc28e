"""The shipped templates, samples and icons: they build, are valid and say what they promise."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest

from klantreis_desktop import templates
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model.document import Document
from klantreis_desktop.model.invariants import problems
from klantreis_desktop.model.model_error import ModelError
from klantreis_desktop.shipped_files import resources_dir

LANGS = ("nl", "en")
ICONS = resources_dir() / "icons"
PERSONA_TEXT_FIELDS = ("name", "role", "goals", "needs", "frustrations", "preferred_channels",
                       "quote", "colour", "says", "thinks", "does", "feels", "pains", "gains")
DEFAULT_LANES = ("touchpoints", "channels", "emotions", "thoughts", "pains", "opportunities",
                 "backstage", "kpis")
DEFAULT_ICONS = ("website", "email", "phone", "store", "social", "app", "mail", "face_to_face",
                 "advertising")


def _journey(doc: Document) -> str:
    journeys = doc.journeys()
    assert len(journeys) == 1
    return journeys[0]


def _phase_titles(doc: Document) -> list[str]:
    return [doc.title(p) for p in doc.phases(_journey(doc))]


def _by_kind(doc: Document, kind: str) -> list[str]:
    return doc.nodes_of_kind(kind)


def _flow_graph(doc: Document) -> nx.DiGraph:
    graph = nx.DiGraph()
    graph.add_nodes_from(_by_kind(doc, k.TOUCHPOINT))
    graph.add_edges_from(doc.flows(_journey(doc)))
    return graph


# Templates -----------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", templates.TEMPLATES)
def test_every_template_builds_valid(name: str, lang: str) -> None:
    doc = templates.build_template(name, lang)
    assert problems(doc) == []
    assert doc.meta["lang"] == lang
    assert doc.meta["title"]
    journey = _journey(doc)
    assert doc.phases(journey)
    assert [doc.get(lane, "lane_type") for lane in doc.lanes(journey)][0] == "touchpoints"
    # templates carry no content cards, at most a hint note
    assert all(doc.kind(card) == k.NOTE for card in doc.cards(journey))
    assert len(doc.cards(journey)) <= 1
    icons = [doc.get(c, "icon") for c in doc.channels()]
    assert set(DEFAULT_ICONS) <= set(icons)


@pytest.mark.parametrize(("lang", "expected"), [
    ("nl", ["Aandacht", "Afweging", "Actie", "Altijd", "Advocaat"]),
    ("en", ["Attention", "Consideration", "Action", "Always", "Advocate"]),
])
def test_5a_phases_in_order_with_goals(lang: str, expected: list[str]) -> None:
    doc = templates.build_template("5a", lang)
    assert _phase_titles(doc) == expected
    assert all(doc.get(p, "goal") and doc.get(p, "kpi") for p in doc.phases(_journey(doc)))


@pytest.mark.parametrize(("lang", "expected"), [
    ("nl", ["Bewustwording", "Oriëntatie", "Aankoop", "Service & gebruik"]),
    ("en", ["Awareness", "Orientation", "Purchase", "Service & use"]),
])
def test_four_phases_in_order(lang: str, expected: list[str]) -> None:
    assert _phase_titles(templates.build_template("vier-fasen", lang)) == expected


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", ("5a", "vier-fasen", "ideaal"))
def test_full_templates_have_default_lanes_and_persona(name: str, lang: str) -> None:
    doc = templates.build_template(name, lang)
    journey = _journey(doc)
    lane_types = [doc.get(lane, "lane_type") for lane in doc.lanes(journey)]
    assert list(DEFAULT_LANES) == lane_types[:len(DEFAULT_LANES)]
    personas = doc.personas_of(journey)
    assert len(personas) == 1
    assert doc.get(personas[0], "name") == "Persona"
    assert doc.get(personas[0], "colour").startswith("#")


@pytest.mark.parametrize("lang", LANGS)
def test_ideal_template_ends_in_a_satisfied_customer(lang: str) -> None:
    doc = templates.build_template("ideaal", lang)
    journey = _journey(doc)
    assert doc.get(journey, "scenario") == "ideal"
    assert "8" in doc.get(journey, "end_goal")
    assert len(doc.phases(journey)) >= 4


@pytest.mark.parametrize("lang", LANGS)
def test_blank_template_is_one_phase_one_lane(lang: str) -> None:
    doc = templates.build_template("leeg", lang)
    journey = _journey(doc)
    assert len(doc.phases(journey)) == 1
    assert [doc.get(lane, "lane_type") for lane in doc.lanes(journey)] == ["touchpoints"]
    assert doc.cards(journey) == []


# Samples -------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", templates.SAMPLES)
def test_every_sample_builds_valid_and_complete(name: str, lang: str) -> None:
    doc = templates.build_sample(name, lang)
    assert problems(doc) == []
    journey = _journey(doc)
    for field in ("time_span", "end_goal", "title"):
        assert doc.get(journey, field)
    for phase in doc.phases(journey):
        assert doc.get(phase, "duration") and doc.get(phase, "goal") and doc.get(phase, "kpi")
    cards = doc.cards(journey)
    assert 15 <= len(cards) <= 30
    kinds_used = Counter(doc.kind(c) for c in cards)
    assert set(kinds_used) == set(k.CARD_KINDS)
    assert all(len(doc.title(c)) <= 60 for c in cards)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", templates.SAMPLES)
def test_sample_personas_are_attached_and_filled(name: str, lang: str) -> None:
    doc = templates.build_sample(name, lang)
    personas = doc.personas_of(_journey(doc))
    assert 1 <= len(personas) <= 2
    for persona in personas:
        for field in PERSONA_TEXT_FIELDS:
            assert doc.get(persona, field), (persona, field)
        assert doc.get(persona, "age") > 0


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", templates.SAMPLES)
def test_sample_touchpoints_have_channels_and_details(name: str, lang: str) -> None:
    doc = templates.build_sample(name, lang)
    touchpoints = _by_kind(doc, k.TOUCHPOINT)
    for tp in touchpoints:
        assert doc.channels_of(tp), doc.title(tp)
        assert doc.get(tp, "interaction") and doc.get(tp, "department")
        assert doc.get(tp, "evidence") in ("observed", "assumed")
        assert doc.get(tp, "source")
    assert 1 <= sum(bool(doc.get(tp, "moment_of_truth")) for tp in touchpoints) <= 2
    for card in _by_kind(doc, k.PAIN) + _by_kind(doc, k.OPPORTUNITY):
        assert doc.get(card, "impact") > 0 and doc.get(card, "effort") > 0
        assert doc.get(card, "term") in ("short", "long") and doc.get(card, "votes") > 0


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", templates.SAMPLES)
def test_sample_flow_links_all_touchpoints_with_a_branch(name: str, lang: str) -> None:
    graph = _flow_graph(templates.build_sample(name, lang))
    assert nx.is_directed_acyclic_graph(graph)
    assert nx.is_weakly_connected(graph)
    assert max(degree for _, degree in graph.out_degree()) >= 2
    # the flow runs forward through the phases
    doc = templates.build_sample(name, lang)
    column = {p: i for i, p in enumerate(doc.phases(_journey(doc)))}
    for source, target in graph.edges():
        assert column[doc.phase_of(source)] <= column[doc.phase_of(target)]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", templates.SAMPLES)
def test_sample_emotions_within_scale_with_ups_and_downs(name: str, lang: str) -> None:
    doc = templates.build_sample(name, lang)
    journey = _journey(doc)
    assert doc.get(journey, "scale") == "-2..2"
    low, high = doc.scale(journey)
    assert doc.emotion_lane(journey) is not None
    for persona in doc.personas_of(journey):
        emotions = doc.emotions(journey, persona)
        assert len(emotions) >= 5
        scores = [doc.get(e, "score") for e in emotions]
        assert all(low <= s <= high for s in scores)
        assert min(scores) < 0 < max(scores)
        assert all(doc.kind(doc.emotion_anchor(e)) == k.TOUCHPOINT for e in emotions)


def test_ideal_sample_is_ideal_and_ends_at_8_plus() -> None:
    doc = templates.build_sample("groeibureau", "nl")
    journey = _journey(doc)
    assert doc.get(journey, "scenario") == "ideal"
    assert "8" in doc.get(journey, "end_goal")
    graph = _flow_graph(doc)
    ends = [n for n in graph if graph.out_degree(n) == 0]
    last_phase = doc.phases(journey)[-1]
    assert any(doc.phase_of(end) == last_phase for end in ends)


@pytest.mark.parametrize("name", templates.SAMPLES + templates.TEMPLATES)
def test_dutch_and_english_have_the_same_structure(name: str) -> None:
    build = templates.build_sample if name in templates.SAMPLES else templates.build_template
    nl, en = build(name, "nl"), build(name, "en")
    assert Counter(nx.get_node_attributes(nl.graph, "kind").values()) == Counter(
        nx.get_node_attributes(en.graph, "kind").values())
    # same local ids give the same node ids, so the edges must match one to one
    assert sorted(nl.graph.edges(keys=True)) == sorted(en.graph.edges(keys=True))
    for node, data in nl.graph.nodes(data=True):
        other = en.graph.nodes[node]
        for field in ("score", "impact", "effort", "term", "votes", "order", "lane_type",
                      "scenario", "scale", "icon", "interaction", "evidence", "source",
                      "moment_of_truth", "age", "colour"):
            assert data.get(field) == other.get(field), (node, field)
    if len(nl.phases(_journey(nl))) > 1:
        assert _phase_titles(nl) != _phase_titles(en)


@pytest.mark.parametrize("name", templates.SAMPLES + templates.TEMPLATES)
def test_building_twice_gives_identical_graphs(name: str) -> None:
    build = templates.build_sample if name in templates.SAMPLES else templates.build_template
    first, second = build(name, "nl"), build(name, "nl")
    assert nx.node_link_data(first.graph, edges="links") == nx.node_link_data(
        second.graph, edges="links")
    other = build(name, "nl", seed="another")
    assert set(other.graph.nodes).isdisjoint(first.graph.nodes)


# Loader --------------------------------------------------------------------------------


def test_load_spec_falls_back_to_english() -> None:
    assert templates.load_spec("5a", "fr")["lang"] == "en"
    assert templates.load_spec("5a", "nl_NL")["lang"] == "nl"
    spec = templates.load_spec("schoonmaak", "nl")
    spec["title"] = "changed"
    assert templates.load_spec("schoonmaak", "nl")["title"] != "changed"


def test_unknown_names_are_refused_plainly() -> None:
    with pytest.raises(ModelError, match="no template"):
        templates.build_template("schoonmaak", "nl")
    with pytest.raises(ModelError, match="no sample"):
        templates.build_sample("5a", "nl")
    with pytest.raises(ModelError, match="nope"):
        templates.load_spec("nope", "en")
    with pytest.raises(ModelError):
        templates.describe("../etc/passwd")


def test_damaged_spec_gives_a_plain_error(tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "5a.en.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "templates" / "leeg.en.json").write_text('{"journeys": [{}]}', encoding="utf-8")
    monkeypatch.setattr(templates, "resources_dir", lambda: tmp_path)
    with pytest.raises(ModelError, match="5a.en.json"):
        templates.build_template("5a", "en")
    with pytest.raises(ModelError, match="leeg.en.json"):
        templates.build_template("leeg", "en")


def test_sample_path_points_at_the_shipped_file() -> None:
    path = templates.sample_path("groeibureau", "nl")
    assert path == resources_dir() / "samples" / "groeibureau.nl.klantreis"
    assert templates.sample_path("groeibureau", "de").name == "groeibureau.en.klantreis"


def test_describe_gives_one_line_for_every_choice() -> None:
    lines = [templates.describe(n) for n in templates.TEMPLATES + templates.SAMPLES]
    assert all(line and "\n" not in line for line in lines)
    assert len(set(lines)) == len(lines)
    assert templates.describe("5a", "en") == templates.describe("5a")


def test_spec_files_are_exactly_the_declared_ones() -> None:
    found = {p.name for p in (resources_dir() / "templates").glob("*.json")}
    assert found == {f"{n}.{lang}.json" for n in templates.TEMPLATES for lang in LANGS}
    found = {p.name for p in (resources_dir() / "samples").glob("*.json")}
    assert found == {f"{n}.{lang}.json" for n in templates.SAMPLES for lang in LANGS}
    for path in (resources_dir() / "samples").glob("*.json"):
        spec = json.loads(path.read_text(encoding="utf-8"))
        assert spec["lang"] == path.name.split(".")[1]


# Icons ---------------------------------------------------------------------------------


def _svg_root(path: Path) -> ET.Element:
    root = ET.parse(path).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg", path.name
    return root


def test_every_icon_is_an_svg() -> None:
    files = sorted(ICONS.glob("*.svg"))
    assert len(files) >= len(k.CHANNEL_ICONS) + 12
    for path in files:
        _svg_root(path)


def test_channel_and_kind_icons_exist_and_are_24px() -> None:
    names = [f"channel-{key}" for key in k.CHANNEL_ICONS]
    names += [f"kind-{kind}" for kind in (
        k.TOUCHPOINT, k.PAIN, k.OPPORTUNITY, k.NOTE, k.GOAL, k.EMOTION, k.PHASE, k.LANE,
        k.PERSONA, k.CHANNEL)]
    allowed = {"path", "line", "polyline", "rect", "circle"}
    for name in names:
        root = _svg_root(ICONS / f"{name}.svg")
        assert root.get("viewBox") == "0 0 24 24", name
        assert root.get("stroke") == "currentColor", name
        tags = {child.tag.split("}")[1] for child in root.iter() if child is not root}
        assert tags <= allowed, (name, tags)
    for name in ("klantreis", "klantreis-file"):
        _svg_root(ICONS / f"{name}.svg")
