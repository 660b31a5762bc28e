"""Hostile and broken files: each is refused with one typed error and the right code."""

from __future__ import annotations

import io
import json
import struct
import zipfile

import pytest

from klantreis_desktop.model import kinds as k
from klantreis_desktop.storage import KlantreisFileError, dumps, loads, read

from .helpers import (
    bomb_png,
    document_json,
    jpeg_bytes,
    make_zip,
    manifest,
    members,
    sample_doc,
    with_document,
    with_parts,
)


def refused(data: bytes, code: str, name: str = "vreemd.klantreis") -> KlantreisFileError:
    with pytest.raises(KlantreisFileError) as caught:
        loads(data, name)
    error = caught.value
    assert error.code == code, (error.code, error.detail)
    message = str(error)
    assert name in message and "\n" not in message and "Traceback" not in message
    return error


def _asset_name() -> str:
    return next(iter(sample_doc().assets))


# Not a klantreis file at all -------------------------------------------------------------


def test_garbage_is_not_a_klantreis_file():
    refused(b"\x89\xff\x00 not a journey \x07" * 100, "not_klantreis")
    refused(b"%PDF-1.7\n1 0 obj", "not_klantreis")


def test_an_empty_file_is_damaged():
    refused(b"", "corrupt")


def test_json_of_another_program_is_not_a_klantreis_file():
    refused(b'{"type": "FeatureCollection", "features": []}', "not_klantreis")


def test_a_zip_without_manifest_is_not_a_klantreis_file():
    refused(make_zip({"word/document.xml": b"<w:document/>"}), "not_klantreis")


def test_a_truncated_zip_is_damaged():
    data = dumps(sample_doc())
    for cut in (len(data) // 2, len(data) - 30, 40):
        refused(data[:cut], "corrupt")


def test_a_flipped_byte_is_caught_by_the_zip_checksum():
    data = bytearray(dumps(sample_doc(with_photo=False)))
    start = data.index(b"document.json") + len(b"document.json") + 20
    data[start] ^= 0xFF
    refused(bytes(data), "corrupt")


def test_a_bad_version_header_is_damaged():
    refused(with_parts({"manifest.json": b'{"format": "klantreis", "version": "2"}'}), "corrupt")
    refused(with_parts({"manifest.json": b'{"format": "klantreis", "version": true}'}), "corrupt")
    refused(with_parts({"manifest.json": b'["klantreis", 2]'}), "corrupt")
    refused(with_parts({"document.json": None}), "corrupt")


# Zip tricks ------------------------------------------------------------------------------


@pytest.mark.parametrize("member", ["../evil.txt", "/etc/passwd", "assets/../../evil.png",
                                    "C:\\Windows\\evil.dll", "assets\\..\\evil"])
def test_path_traversal_member_names_are_refused(member, tmp_path):
    data = with_parts({member: b"owned"})
    assert "unsafe member name" in refused(data, "corrupt").detail
    assert not (tmp_path.parent / "evil.txt").exists()


def test_duplicate_member_names_are_refused():
    parts = members(dumps(sample_doc()))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive, pytest.warns(UserWarning):
        for name, content in parts.items():
            archive.writestr(name, content)
        archive.writestr("document.json", b"{}")
    refused(buffer.getvalue(), "corrupt")


def test_a_zip_bomb_member_is_refused_before_it_is_inflated():
    bomb = b" " * (40 * 1024 * 1024)  # compresses to ~40 KB, inflates past the 32 MB cap
    data = with_parts({"document.json": bomb})
    assert len(data) < 200_000
    refused(data, "too_large")
    refused(with_parts({f"assets/{_asset_name()}": bomb}), "too_large")


def _patch_sizes(data: bytes, member: str, size: int) -> bytes:
    """Rewrite the uncompressed size a zip announces for ``member`` (both headers)."""
    raw = bytearray(data)
    name = member.encode()
    local = raw.index(b"PK\x03\x04")
    while raw[local + 30:local + 30 + len(name)] != name:
        local = raw.index(b"PK\x03\x04", local + 4)
    struct.pack_into("<I", raw, local + 22, size)
    central = raw.index(b"PK\x01\x02")
    while raw[central + 46:central + 46 + len(name)] != name:
        central = raw.index(b"PK\x01\x02", central + 4)
    struct.pack_into("<I", raw, central + 24, size)
    return bytes(raw)


def test_a_member_that_lies_about_its_size_is_never_read_past_the_claim():
    data = with_parts({"document.json": b" " * 5_000_000 + b"{}"})
    refused(_patch_sizes(data, "document.json", 1_000), "corrupt")


def test_too_many_members_are_refused():
    parts = members(dumps(sample_doc()))
    parts.update({f"assets/extra-{i}.png": b"" for i in range(1_001)})
    refused(make_zip(parts, zipfile.ZIP_STORED), "too_large")


def test_a_file_over_the_size_cap_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "groot.klantreis"
    with open(path, "wb") as handle:
        handle.truncate(201 * 1024 * 1024)  # sparse: no real disk space, no real reading
    with pytest.raises(KlantreisFileError) as caught:
        read(path)
    assert caught.value.code == "too_large" and "groot.klantreis" in str(caught.value)


# JSON tricks -----------------------------------------------------------------------------


def test_json_nested_100k_deep_is_refused():
    deep = b"[" * 100_000 + b"]" * 100_000
    plain = b'{"format": "klantreis", "version": 1, "graph": ' + deep + b"}"
    for data in (with_parts({"document.json": deep}), plain,
                 with_parts({"manifest.json": b'{"a":' * 100_000 + b"1" + b"}" * 100_000})):
        assert "nesting depth" in refused(data, "corrupt").detail  # caught before parsing


def test_unclosed_deep_json_is_refused():
    error = refused(b'{"format": "klantreis", "version": 1, "graph": ' + b"[" * 100_000,
                    "corrupt")
    assert "nesting depth" in error.detail


def test_a_million_digit_integer_is_refused():
    graph = json.dumps(document_json()).encode()
    huge = graph.replace(b'"age": 34', b'"age": ' + b"7" * 1_000_000, 1)
    assert len(huge) > 1_000_000
    assert "1000000 digits" in refused(with_parts({"document.json": huge}), "corrupt").detail


@pytest.mark.parametrize("constant", [b"NaN", b"Infinity", b"-Infinity", b"1e400"])
def test_non_finite_numbers_are_refused(constant):
    graph = json.dumps(document_json()).encode()
    data = with_parts({"document.json": graph.replace(b'"age": 34', b'"age": ' + constant, 1)})
    detail = refused(data, "corrupt").detail
    assert "constant" in detail or "out of range" in detail


def test_duplicate_json_keys_are_refused():
    data = with_parts({"manifest.json": b'{"format": "klantreis", "version": 2, "version": 1}'})
    assert "duplicate key" in refused(data, "corrupt").detail


def test_text_that_is_not_utf8_is_refused():
    refused(with_parts({"document.json": b'{"nodes": ["\xff\xfe"]}'}), "corrupt")


# Broken graphs ---------------------------------------------------------------------------


def _damaged(change) -> bytes:
    graph = document_json()
    change(graph)
    return with_document(graph)


def test_wrong_attribute_types_are_refused():
    def title_is_number(graph):
        next(n for n in graph["nodes"] if n["kind"] == k.JOURNEY)["title"] = 5

    def score_is_text(graph):
        next(n for n in graph["nodes"] if n["kind"] == k.EMOTION)["score"] = "veel"

    def id_is_number(graph):
        graph["nodes"][0]["id"] = 12

    def nodes_is_object(graph):
        graph["nodes"] = {"a": 1}

    def graph_attributes_are_a_list(graph):
        graph["graph"] = []

    for change in (title_is_number, score_is_text, id_is_number, nodes_is_object,
                   graph_attributes_are_a_list):
        refused(_damaged(change), "invalid")
    refused(with_parts({"manifest.json": manifest(title=["a"])}), "invalid")


def test_a_dangling_edge_is_refused():
    refused(_damaged(lambda g: g["edges"].append(
        {"source": g["nodes"][0]["id"], "target": "0" * 32, "key": k.FLOW, "kind": k.FLOW})),
        "invalid")


def test_duplicate_node_ids_are_refused():
    refused(_damaged(lambda g: g["nodes"].append(dict(g["nodes"][0]))), "invalid")


def test_duplicate_edges_are_refused():
    refused(_damaged(lambda g: g["edges"].append(dict(g["edges"][0]))), "invalid")


def test_unknown_kinds_are_refused():
    def node_kind(graph):
        graph["nodes"][0]["kind"] = "macro"

    def edge_kind(graph):
        graph["edges"][0].update(key="owns", kind="owns")

    def kind_and_key_differ(graph):
        graph["edges"][0]["kind"] = k.FLOW if graph["edges"][0]["key"] != k.FLOW else k.ON_LANE

    for change in (node_kind, edge_kind, kind_and_key_differ):
        refused(_damaged(change), "invalid")


def test_a_graph_that_breaks_the_model_rules_is_refused():
    def card_without_lane(graph):
        card = next(n["id"] for n in graph["nodes"] if n["kind"] == k.PAIN)
        graph["edges"] = [e for e in graph["edges"]
                          if not (e["source"] == card and e["key"] == k.ON_LANE)]

    error = refused(_damaged(card_without_lane), "invalid")
    assert "lane" in error.detail


# Photos ----------------------------------------------------------------------------------


def test_a_decompression_bomb_photo_is_refused():
    refused(with_parts({f"assets/{_asset_name()}": bomb_png(100_000, 100_000)}), "too_large")
    refused(with_parts({f"assets/{_asset_name()}": bomb_png(9_000, 8_000)}), "too_large")


def test_a_truncated_jpeg_photo_is_refused():
    jpeg = jpeg_bytes()
    refused(with_parts({f"assets/{_asset_name()}": jpeg[: len(jpeg) // 2]}), "corrupt")


def test_a_photo_that_is_no_image_is_refused():
    refused(with_parts({f"assets/{_asset_name()}": b"<html><script>x</script></html>"}),
            "corrupt")


def test_photos_in_a_file_are_re_encoded_to_clean_png():
    jpeg = jpeg_bytes((1500, 900))
    doc = loads(with_parts({f"assets/{_asset_name()}": jpeg})).document
    photo = doc.assets[_asset_name()]
    assert photo.startswith(b"\x89PNG") and photo != jpeg


def test_a_missing_photo_is_a_warning_not_a_failure():
    result = loads(with_parts({f"assets/{_asset_name()}": None}))
    assert any("photo" in warning for warning in result.warnings)
    esther = next(p for p in result.document.personas() if result.document.title(p) == "Esther")
    assert result.document.get(esther, "photo") == ""
