"""Version-1 files (tests/data/v1_sample.klantreis) open, migrate and upgrade in place."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest
from PIL import Image

from klantreis_desktop.model.invariants import problems
from klantreis_desktop.storage import (
    CURRENT_VERSION,
    KlantreisFileError,
    backup_path,
    dumps,
    load,
    loads,
    read,
    upgrade,
)
from klantreis_desktop.storage.container import read_container
from klantreis_desktop.storage.migrations import MIGRATIONS, migrate

from .helpers import members, snapshot

V1_SAMPLE = Path(__file__).resolve().parent.parent / "data" / "v1_sample.klantreis"


def test_every_older_version_has_a_migration():
    assert sorted(MIGRATIONS) == list(range(1, CURRENT_VERSION))


def test_version_1_sample_opens_with_a_notice():
    result = read(V1_SAMPLE)
    assert result.version == 1
    assert len(result.warnings) == 1 and "older version" in result.warnings[0]
    doc = result.document
    assert problems(doc) == []
    assert doc.meta == {"title": "Overstappen naar een nieuwe energieleverancier",
                        "lang": "nl", "saved": "2025-03-14T10:12:00"}
    journey = doc.journeys()[0]
    assert [doc.title(p) for p in doc.phases(journey)] == [
        "Oriëntatie", "Aanmelden", "Eerste rekening"]
    assert [doc.get(lane, "lane_type") for lane in doc.lanes(journey)] == [
        "touchpoints", "emotions", "pains", "opportunities", "kpis"]
    titles = {doc.title(card) for card in doc.cards(journey)}
    assert "Voorschot lijkt veel te hoog" in titles and len(titles) == 6
    assert {(doc.title(u), doc.title(v)) for u, v in doc.flows(journey)} == {
        ("Vergelijkt tarieven op een vergelijkingssite", "Vult het aanmeldformulier in"),
        ("Vult het aanmeldformulier in", "Belt over de hoogte van het voorschot")}
    sanne = doc.personas()[0]
    assert sorted(doc.get(e, "score") for e in doc.emotions(journey, sanne)) == [-2, 0, 1]
    assert [doc.title(c) for c in doc.channels_of(doc.cards_in(doc.phases(journey)[2],
                                                               doc.lanes(journey)[0])[0])] == [
        "Telefoon"]


def test_version_1_photo_becomes_an_asset_and_fields_get_defaults():
    doc = load(V1_SAMPLE)
    sanne = doc.personas()[0]
    attrs = doc.attrs(sanne)
    assert "photo_data" not in attrs and attrs["photo"] in doc.assets
    photo = Image.open(io.BytesIO(doc.assets[attrs["photo"]]))
    assert photo.format == "PNG" and photo.size == (24, 24)
    assert photo.convert("RGB").getpixel((0, 0)) == (244, 208, 63)  # the real photo survived
    assert attrs["says"] == "" and attrs["order"] == 0.0  # fields v1 did not have
    for lane in doc.lanes(doc.journeys()[0]):
        assert "type" not in doc.attrs(lane)
    for _, _, key, data in doc.graph.edges(keys=True, data=True):
        assert data["kind"] == key


def test_migration_runs_on_raw_data_before_any_graph_exists():
    raw = read_container(V1_SAMPLE.read_bytes(), V1_SAMPLE.name)
    assert raw.version == 1 and "links" in raw.graph
    migrated = migrate(raw, V1_SAMPLE.name)
    assert migrated.version == 2 and migrated.manifest["version"] == 2
    assert "links" not in migrated.graph and migrated.graph["multigraph"] is True
    assert all(edge["key"] == edge["kind"] for edge in migrated.graph["edges"])
    assert len(migrated.assets) == 1


def test_saving_a_migrated_file_writes_the_current_format_and_keeps_the_meta():
    doc = load(V1_SAMPLE)
    data = dumps(doc)
    manifest = json.loads(members(data)["manifest.json"])
    assert manifest["version"] == CURRENT_VERSION
    assert manifest["saved"] == "2025-03-14T10:12:00"
    again = loads(data)
    assert again.version == CURRENT_VERSION and again.warnings == []
    assert snapshot(again.document) == snapshot(doc)


def test_upgrade_rewrites_in_place_and_keeps_the_old_file_as_bak(tmp_path):
    path = tmp_path / "energie.klantreis"
    shutil.copyfile(V1_SAMPLE, path)
    original = path.read_bytes()
    migrated = load(path)
    assert upgrade(path) == (1, CURRENT_VERSION)
    assert path.read_bytes()[:4] == b"PK\x03\x04"
    assert backup_path(path).read_bytes() == original
    result = read(path)
    assert result.version == CURRENT_VERSION and result.warnings == []
    assert snapshot(result.document) == snapshot(migrated)
    assert result.document.assets == migrated.assets
    # A second upgrade is a no-op: nothing is rewritten, the .bak still holds version 1.
    upgraded = path.read_bytes()
    assert upgrade(path) == (CURRENT_VERSION, CURRENT_VERSION)
    assert path.read_bytes() == upgraded
    assert backup_path(path).read_bytes() == original


def _v1_with(change) -> bytes:
    data = json.loads(V1_SAMPLE.read_bytes())
    change(data)
    return json.dumps(data).encode()


def test_a_damaged_version_1_photo_is_refused():
    def damage(data):
        persona = data["graph"]["nodes"][0]
        persona["photo_data"] = persona["photo_data"][:40] + "!!"

    with pytest.raises(KlantreisFileError) as caught:
        loads(_v1_with(damage), "oud.klantreis")
    assert caught.value.code == "corrupt"


def test_a_version_1_file_with_a_broken_graph_is_refused():
    def break_links(data):
        data["graph"]["links"] = "nothing"

    with pytest.raises(KlantreisFileError) as caught:
        loads(_v1_with(break_links), "oud.klantreis")
    assert caught.value.code == "invalid"


def test_a_plain_json_file_claiming_version_2_is_refused():
    def claim(data):
        data["version"] = 2

    with pytest.raises(KlantreisFileError) as caught:
        loads(_v1_with(claim), "oud.klantreis")
    assert caught.value.code == "corrupt"
