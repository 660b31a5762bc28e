"""The fast paths of the codec give exactly what the plain networkx/model routes give."""

from __future__ import annotations

import gc

import networkx as nx
import pytest

from klantreis_desktop.model import kinds as k
from klantreis_desktop.model.attributes import coerce
from klantreis_desktop.model.errors import ModelError
from klantreis_desktop.storage import KlantreisFileError, codec, dumps, loads

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
    built = codec._graph_of(data)
    assert list(built.nodes(data=True)) == list(expected.nodes(data=True))
    assert list(built.edges(keys=True, data=True)) == list(expected.edges(keys=True, data=True))
    assert [list(built.pred[n].items()) for n in built] == [
        list(expected.pred[n].items()) for n in expected]
    assert built.graph == expected.graph
    built.add_edge(data["nodes"][0]["id"], data["nodes"][1]["id"], key="flow")  # still usable
    assert built.has_edge(data["nodes"][0]["id"], data["nodes"][1]["id"], "flow")


@pytest.mark.parametrize("value", ["x", "x" * 3000, "", True, 1, 1.0, 2.5, -3, float("inf"),
                                   float("nan"), None, [1], 99, 0])
def test_fits_never_accepts_what_coerce_would_change_or_refuse(value):
    for kind, fields in k.SCHEMA.items():
        for name, spec in fields.items():
            if not codec._fits(spec, value):
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
