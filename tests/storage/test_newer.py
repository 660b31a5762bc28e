"""A file from a newer version opens with a warning and keeps what it does not understand."""

from __future__ import annotations

import json

import pytest

from klantreis_desktop.model import kinds as k
from klantreis_desktop.model import operations as ops
from klantreis_desktop.storage import CURRENT_VERSION, KlantreisFileError, dumps, loads, save
from klantreis_desktop.storage.codec import PRESERVED_KEY

from .helpers import document_json, make_zip, manifest, members, png_bytes, sample_doc

NEWER = CURRENT_VERSION + 1


def _newer_file() -> tuple[bytes, str, str]:
    """A file as a future version might write it, with a card id and its flow target."""
    graph = document_json()
    card = next(n for n in graph["nodes"] if n["kind"] == k.TOUCHPOINT)
    card["sticker"] = {"shape": "star", "colour": "#ffcc00"}  # a future attribute
    flow = next(e for e in graph["edges"] if e["key"] == k.FLOW)
    flow["label"] = "na 2 dagen"  # a future edge attribute
    parts = members(dumps(sample_doc()))
    parts.update({
        "manifest.json": manifest(NEWER, title="Verhuizen met kinderen", lang="nl",
                                  workshop={"date": "2027-05-04", "room": "B2"},
                                  app_version="3.0.0"),
        "document.json": json.dumps(graph).encode(),
        "comments/thread-1.json": b'{"text": "Klopt dit voorschot?"}',
        "thumbnails/preview.png": png_bytes((8, 8)),
        "odd name.txt": b"not a name we would keep",
    })
    return make_zip(parts), card["id"], flow["target"]


def test_a_newer_file_opens_with_a_warning():
    data, _, _ = _newer_file()
    result = loads(data, "toekomst.klantreis")
    assert result.version == NEWER
    assert any("newer version" in warning for warning in result.warnings)
    assert result.document.meta["workshop"] == {"date": "2027-05-04", "room": "B2"}


def test_saving_a_newer_file_keeps_unknown_attributes_keys_and_parts(tmp_path):
    data, card, flow_target = _newer_file()
    doc = loads(data, "toekomst.klantreis").document
    assert doc.get(card, "sticker") == {"shape": "star", "colour": "#ffcc00"}
    # The user edits something and saves: nothing of the future is lost.
    doc.apply(ops.update(doc, card, title="Ziet een advertentie"))
    path = tmp_path / "toekomst.klantreis"
    save(doc, path)
    parts = members(path.read_bytes())
    assert parts["comments/thread-1.json"] == b'{"text": "Klopt dit voorschot?"}'
    assert parts["thumbnails/preview.png"] == png_bytes((8, 8))
    assert "odd name.txt" not in parts  # not a name we keep; reported as skipped
    saved_manifest = json.loads(parts["manifest.json"])
    assert saved_manifest["workshop"] == {"date": "2027-05-04", "room": "B2"}
    assert saved_manifest["version"] == CURRENT_VERSION
    assert PRESERVED_KEY not in saved_manifest
    again = loads(path.read_bytes()).document
    assert again.get(card, "sticker") == {"shape": "star", "colour": "#ffcc00"}
    assert again.get(card, "title") == "Ziet een advertentie"
    assert again.graph.edges[card, flow_target, k.FLOW]["label"] == "na 2 dagen"


def test_unknown_parts_of_a_current_file_are_reported_and_not_read():
    parts = members(dumps(sample_doc()))
    parts["macros/run.py"] = b"import os"
    result = loads(make_zip(parts), "vreemd.klantreis")
    assert any("unknown part" in warning for warning in result.warnings)
    assert PRESERVED_KEY not in result.document.meta
    assert "macros/run.py" not in members(dumps(result.document))


def test_a_newer_file_with_an_unknown_element_kind_is_refused_politely():
    graph = document_json()
    graph["nodes"].append({"id": "f" * 32, "kind": "storyboard", "title": "Scène 1"})
    parts = members(dumps(sample_doc()))
    parts.update({"manifest.json": manifest(NEWER), "document.json": json.dumps(graph).encode()})
    with pytest.raises(KlantreisFileError) as caught:
        loads(make_zip(parts), "toekomst.klantreis")
    assert caught.value.code == "unsupported"
    assert "newer version" in str(caught.value) and "toekomst.klantreis" in str(caught.value)


def test_a_newer_file_with_a_new_choice_value_is_refused_politely():
    graph = document_json()
    lane = next(n for n in graph["nodes"] if n["kind"] == k.LANE)
    lane["lane_type"] = "storyboard"
    parts = members(dumps(sample_doc()))
    parts.update({"manifest.json": manifest(NEWER), "document.json": json.dumps(graph).encode()})
    with pytest.raises(KlantreisFileError) as caught:
        loads(make_zip(parts), "toekomst.klantreis")
    assert caught.value.code == "unsupported"


def test_upgrade_never_rewrites_a_newer_file(tmp_path):
    from klantreis_desktop.storage import backup_path, upgrade

    data, _, _ = _newer_file()
    path = tmp_path / "toekomst.klantreis"
    path.write_bytes(data)
    assert upgrade(path) == (NEWER, NEWER)
    assert path.read_bytes() == data and not backup_path(path).exists()
