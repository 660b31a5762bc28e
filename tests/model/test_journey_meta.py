"""The journey's print details (issue 16): language, version, author, organisation, logo."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from klantreis_desktop import storage, templates
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model import operations as ops
from klantreis_desktop.model.builder import build
from klantreis_desktop.model.invariants import problems
from klantreis_desktop.model.meta import credits, journey_language, journey_logo
from klantreis_desktop.model.model_error import ModelError

SPEC = {"title": "t", "lang": "nl",
        "journeys": [{"id": "j", "title": "Reis", "phases": [], "lanes": [], "cards": []}]}


def _doc():
    doc = build(SPEC)
    return doc, doc.journeys()[0]


def test_new_fields_have_empty_defaults_and_are_checked():
    doc, journey = _doc()
    for name in ("language", "version", "author", "organisation", "logo"):
        assert doc.get(journey, name) == ""
    doc.apply(ops.update(doc, journey, language="en", version="v3", author="Esther",
                         organisation="Glans"))
    assert (doc.get(journey, "language"), doc.get(journey, "version")) == ("en", "v3")
    with pytest.raises(ModelError):
        ops.update(doc, journey, language="fr")
    with pytest.raises(ModelError):
        ops.update(doc, journey, version="x" * 101)
    with pytest.raises(ModelError):
        ops.update(doc, journey, author=3)
    assert problems(doc) == []


def test_language_falls_back_to_the_documents():
    doc, journey = _doc()
    assert journey_language(doc, journey) == "nl"
    doc.apply(ops.update(doc, journey, language="en"))
    assert journey_language(doc, journey) == "en"
    doc.meta["lang"] = "xx"
    doc.apply(ops.update(doc, journey, language=""))
    assert journey_language(doc, journey) is None
    doc.meta["lang"] = "en_GB"
    assert journey_language(doc, journey) == "en"


def test_credits_and_logo():
    doc, journey = _doc()
    assert credits(doc, journey) == "" and journey_logo(doc, journey) is None
    doc.apply(ops.update(doc, journey, organisation="Glans", logo="logo.png"))
    assert credits(doc, journey) == "Glans"
    assert journey_logo(doc, journey) is None  # named, but not in the assets
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "red").save(buffer, "PNG")
    doc.assets["logo.png"] = buffer.getvalue()
    doc.apply(ops.update(doc, journey, author="Team CX"))
    assert credits(doc, journey) == "Team CX, Glans"
    assert journey_logo(doc, journey) == buffer.getvalue()


def test_fields_survive_saving_and_older_files_get_the_defaults(tmp_path):
    doc, journey = _doc()
    doc.apply(ops.update(doc, journey, version="versie 2", language="en"))
    path = tmp_path / "a.klantreis"
    storage.save(doc, path)
    again = storage.read(path).document
    assert again.get(journey, "version") == "versie 2"
    assert again.get(journey, "language") == "en"
    old = storage.read("tests/data/v1_sample.klantreis").document
    for node in old.journeys():
        assert old.graph.nodes[node]["version"] == ""
        assert old.graph.nodes[node]["language"] == ""


def test_an_attribute_this_version_does_not_know_is_kept():
    """What lets an older version open a file with these fields: unknown journey
    attributes are kept as they are, not refused."""
    doc, journey = _doc()
    doc.graph.nodes[journey]["printed_on"] = "2031-01-01"
    doc.invalidate()
    assert problems(doc) == []
    again = storage.loads(storage.dumps(doc)).document
    assert again.graph.nodes[journey]["printed_on"] == "2031-01-01"


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("name", templates.TEMPLATES + templates.SAMPLES)
def test_templates_and_samples_set_their_language(name, lang):
    doc = templates.build_sample(name, lang) if name in templates.SAMPLES else (
        templates.build_template(name, lang))
    assert doc.meta["lang"] == lang
    for journey in doc.journeys():
        assert doc.get(journey, "language") == lang
        assert journey_language(doc, journey) == lang
    if name in templates.SAMPLES:
        journey = doc.journeys()[0]
        assert doc.get(journey, "version") and doc.get(journey, "organisation")
    assert k.SCHEMA[k.JOURNEY]["language"].choices == ("", "nl", "en")
