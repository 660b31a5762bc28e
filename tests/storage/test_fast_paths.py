"""The fast paths of the codec give exactly what the plain networkx/model routes give."""

from __future__ import annotations

import gc

import networkx as nx
import pytest

from klantreis_desktop.model import kinds as k
from klantreis_desktop.model.attributes import coerce, fits
from klantreis_desktop.model.model_error import ModelError
from klantreis_desktop.storage import KlantreisFileError, codec, dumps, loads, safejson

from .helpers import sample_doc


def test_graph_data_is_node_link_data_sorted():
    doc = sample_doc()
    doc.graph.nodes[next(iter(doc.graph))]["from_a_newer_version"] = {"kept": [1, 2]}
    expected = nx.node_link_data(doc.graph, edges="edges")
    expected["nodes"].sort(key=lambda node: node["id"])
    expected["edges"].sort(key=lambda e: (e["source"], e["target"], str(e["key"])))
    assert codec._graph_data(doc, "") == expected


def test_graph_of_builds_what_node_link_graph_builds():
    data = codec._graph_data(sample_doc(), "")
    data["edges"][0].pop("kind")  # a file may leave the edge kind out
    data["nodes"][0]["unknown"] = "kept"
    expected = nx.node_link_graph(data, edges="edges", multigraph=True, directed=True)
    for _, _, key, attrs in expected.edges(keys=True, data=True):
        attrs["kind"] = key
    first, second = data["nodes"][0]["id"], data["nodes"][1]["id"]
    built = codec._graph_of(data)  # takes the node and edge dicts of data over
    assert list(built.nodes(data=True)) == list(expected.nodes(data=True))
    assert list(built.edges(keys=True, data=True)) == list(expected.edges(keys=True, data=True))
    assert [list(built.pred[n].items()) for n in built] == [
        list(expected.pred[n].items()) for n in expected]
    assert built.graph == expected.graph
    built.add_edge(first, second, key="flow")  # still usable
    assert built.has_edge(first, second, "flow")


@pytest.mark.parametrize("value", ["x", "x" * 3000, "", True, 1, 1.0, 2.5, -3, float("inf"),
                                   float("nan"), None, [1], 99, 0])
def test_fits_never_accepts_what_coerce_would_change_or_refuse(value):
    for kind, fields in k.SCHEMA.items():
        for name, spec in fields.items():
            if not fits(spec, value):
                continue
            try:
                result = coerce(kind, name, value)
            except ModelError:
                pytest.fail(f"{kind}.{name} took {value!r} that coerce refuses")
            assert result == value and type(result) is type(value)


def test_the_collector_is_on_again_after_save_and_load_also_after_an_error():
    data = dumps(sample_doc())
    loads(data)
    assert gc.isenabled()
    with pytest.raises(KlantreisFileError):
        loads(data[:-30])
    assert gc.isenabled()
    gc.disable()
    try:
        loads(data)
        assert not gc.isenabled()  # left off when it was off
    finally:
        gc.enable()


def _nested(depth: int) -> object:
    """A value nested exactly ``depth`` levels deep (lists and objects in turn)."""
    value: object = "x"
    for level in range(depth):
        value = [value] if level % 2 else {"deeper": value}
    return value


def test_a_save_refuses_what_the_loader_would_refuse_as_too_deep():
    """The saver counts depth on the data, the loader in the text: they must agree."""
    doc = sample_doc()
    node = next(iter(doc.graph))
    # document → nodes list → node object → the value: 3 levels before the value itself
    doc.graph.nodes[node]["from_a_newer_version"] = _nested(safejson.MAX_DEPTH - 3)
    doc.invalidate()
    data = dumps(doc)
    assert loads(data).document.graph.nodes[node]["from_a_newer_version"] == _nested(
        safejson.MAX_DEPTH - 3)
    doc.graph.nodes[node]["from_a_newer_version"] = _nested(safejson.MAX_DEPTH - 2)
    with pytest.raises(KlantreisFileError) as refused:
        dumps(doc)
    assert refused.value.code == "invalid"
    doc.graph.nodes[node].pop("from_a_newer_version")
    doc.graph.graph["deep"] = _nested(safejson.MAX_DEPTH - 1)  # document → graph → value
    with pytest.raises(KlantreisFileError):
        dumps(doc)


def test_a_loaded_document_saves_without_a_new_check_but_an_edit_is_checked():
    doc = loads(dumps(sample_doc())).document
    assert dumps(doc) == dumps(sample_doc())
    journey = doc.journeys()[0]
    doc.graph.add_edge(journey, journey, key=k.FLOW, kind=k.FLOW)  # a new link is seen
    with pytest.raises(KlantreisFileError):
        dumps(doc)


def test_a_file_too_short_for_a_zip_is_damaged_on_disk_as_in_memory(tmp_path):
    """Fuzz case: under 22 bytes the zip reader seeks before the start; from disk that
    was an OSError and the file was "could not be read" (an I/O error) instead of damaged."""
    from klantreis_desktop import storage

    path = tmp_path / "kort.klantreis"
    path.write_bytes(b"PK\x03\x04kort")
    with pytest.raises(KlantreisFileError) as in_memory:
        loads(path.read_bytes(), path.name)
    with pytest.raises(KlantreisFileError) as on_disk:
        storage.read(path)
    assert on_disk.value.code == in_memory.value.code == "corrupt"
    assert str(on_disk.value) == str(in_memory.value)
