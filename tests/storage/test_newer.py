"""A file from a newer version opens with a warning and keeps what it does not understand."""

from __future__ import annotations

import json

import pytest

from klantreis_desktop import storage
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model import operations as ops
from klantreis_desktop.storage import CURRENT_VERSION, KlantreisFileError, dumps, loads, save
from klantreis_desktop.storage.codec import PRESERVED_KEY

from .helpers import (
    document_json,
    make_zip,
    manifest,
    members,
    png_bytes,
    sample_doc,
    with_document,
)

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


def test_a_newer_file_with_an_unknown_element_kind_opens_and_keeps_it():
    graph = document_json()
    journey = next(n for n in graph["nodes"] if n["kind"] == k.JOURNEY)["id"]
    graph["nodes"].append({"id": "f" * 32, "kind": "storyboard", "title": "Scène 1"})
    graph["edges"].append({"source": "f" * 32, "target": journey, "key": k.IN_JOURNEY,
                           "kind": k.IN_JOURNEY})
    parts = members(dumps(sample_doc()))
    parts.update({"manifest.json": manifest(NEWER), "document.json": json.dumps(graph).encode()})
    result = loads(make_zip(parts), "toekomst.klantreis")
    assert "f" * 32 not in result.document.graph  # not shown, not part of the model
    again = json.loads(members(dumps(result.document))["document.json"])
    assert {"id": "f" * 32, "kind": "storyboard", "title": "Scène 1"} in again["nodes"]
    assert any(e["source"] == "f" * 32 and e["target"] == journey for e in again["edges"])


def test_an_unknown_element_kind_in_a_current_file_is_still_refused():
    graph = document_json()
    graph["nodes"].append({"id": "f" * 32, "kind": "storyboard", "title": "Scène 1"})
    with pytest.raises(KlantreisFileError) as caught:
        loads(with_document(graph), "vreemd.klantreis")
    assert caught.value.code == "invalid"


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


# Any number of rounds ----------------------------------------------------------------------

FUTURE_PHOTO = png_bytes((12, 9), colour=(1, 2, 3))  # used only by a future element kind


def _future_file() -> tuple[bytes, dict[str, str]]:
    """A version-3 file with every kind of unknown part a future version might add."""
    graph = document_json()
    graph["graph"]["theme"] = {"palette": "pastel"}  # unknown graph attribute
    graph["layers"] = [{"name": "Backstage", "visible": False}]  # unknown top-level key
    journey = next(n for n in graph["nodes"] if n["kind"] == k.JOURNEY)["id"]
    cards = [n for n in graph["nodes"] if n["kind"] == k.TOUCHPOINT]
    cards[0]["sticker"] = {"shape": "star"}  # unknown attribute of a known kind
    graph["nodes"].append({"id": "a" * 32, "kind": "storyboard", "title": "Scène 1",
                           "image": "photo-future.png", "frames": [1, 2, 3]})
    graph["edges"] += [
        {"source": "a" * 32, "target": journey, "key": k.IN_JOURNEY, "kind": k.IN_JOURNEY},
        {"source": cards[0]["id"], "target": cards[1]["id"], "key": "inspired_by",
         "kind": "inspired_by", "weight": 0.5},  # unknown link kind between known cards
        {"source": cards[1]["id"], "target": "a" * 32, "key": "shown_in", "kind": "shown_in"},
    ]
    parts = members(dumps(sample_doc()))
    parts.update({
        "manifest.json": manifest(NEWER, title="Verhuizen", lang="nl", app_version="3.0.0",
                                  workshop={"date": "2027-05-04", "room": "B2"}),
        "document.json": json.dumps(graph).encode(),
        "comments/thread-1.json": b'{"text": "Klopt dit voorschot?"}',
        "assets/photo-future.png": FUTURE_PHOTO,
    })
    return make_zip(parts), {"card": cards[0]["id"], "next": cards[1]["id"],
                             "journey": journey}


def _check_future_parts(data: bytes, ids: dict[str, str], keep_link: bool = True) -> None:
    parts = members(data)
    top = json.loads(parts["manifest.json"])
    assert top["version"] == CURRENT_VERSION and top["newer_parts_version"] == NEWER
    assert top["workshop"] == {"date": "2027-05-04", "room": "B2"}
    assert parts["comments/thread-1.json"] == b'{"text": "Klopt dit voorschot?"}'
    assert parts["assets/photo-future.png"] == FUTURE_PHOTO  # byte for byte, never decoded
    graph = json.loads(parts["document.json"])
    assert graph["graph"]["theme"] == {"palette": "pastel"}
    assert graph["layers"] == [{"name": "Backstage", "visible": False}]
    nodes = {n["id"]: n for n in graph["nodes"]}
    assert nodes["a" * 32] == {"id": "a" * 32, "kind": "storyboard", "title": "Scène 1",
                               "image": "photo-future.png", "frames": [1, 2, 3]}
    assert nodes[ids["card"]]["sticker"] == {"shape": "star"}
    links = {(e["source"], e["target"], e["key"]): e for e in graph["edges"]}
    assert (("a" * 32, ids["journey"], k.IN_JOURNEY) in links)
    assert (ids["next"], "a" * 32, "shown_in") in links
    if keep_link:
        assert links[ids["card"], ids["next"], "inspired_by"]["weight"] == 0.5


def test_unknown_parts_survive_five_rounds_of_open_edit_and_save(tmp_path):
    data, ids = _future_file()
    path = tmp_path / "toekomst.klantreis"
    path.write_bytes(data)
    for round_number in range(5):
        result = storage.read(path)
        assert any("newer version" in w and str(NEWER) in w for w in result.warnings)
        doc = result.document
        doc.apply(ops.update(doc, ids["card"], title=f"Ronde {round_number}"))
        save(doc, path)
        _check_future_parts(path.read_bytes(), ids)
    final = storage.read(path).document
    assert final.get(ids["card"], "title") == "Ronde 4"
    assert final.get(ids["card"], "sticker") == {"shape": "star"}


def test_saving_twice_without_changes_gives_the_same_bytes(tmp_path):
    data, ids = _future_file()
    first = dumps(loads(data, "toekomst.klantreis").document)
    second = dumps(loads(first, "toekomst.klantreis").document)
    assert first == second
    _check_future_parts(second, ids)


def test_a_link_to_a_deleted_element_is_dropped_and_the_rest_kept():
    data, ids = _future_file()
    doc = loads(data, "toekomst.klantreis").document
    doc.apply(ops.remove(doc, ids["card"]))
    saved = dumps(doc)
    _check_future_parts_without_card(saved, ids)
    loads(saved, "toekomst.klantreis")  # opens again: no link points nowhere


def _check_future_parts_without_card(data: bytes, ids: dict[str, str]) -> None:
    graph = json.loads(members(data)["document.json"])
    assert not any(ids["card"] in (e["source"], e["target"]) for e in graph["edges"])
    assert any(n["id"] == "a" * 32 for n in graph["nodes"])


def test_a_photo_imported_again_under_a_kept_name_is_written_once():
    data, _ = _future_file()
    doc = loads(data, "toekomst.klantreis").document
    persona = doc.personas()[0]
    doc.assets["photo-future.png"] = FUTURE_PHOTO
    doc.apply(ops.update(doc, persona, photo="photo-future.png"))
    parts = members(dumps(doc))  # one member of that name, not a duplicate
    assert parts["assets/photo-future.png"] == FUTURE_PHOTO
