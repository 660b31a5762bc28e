"""The floor of ``klantreis info`` / ``validate`` as a whole process, without our code.

``python benchmarks/cli_floor.py FILE``: read the .klantreis zip with ``zipfile``, parse
its ``document.json`` with ``json``, build the networkx graph it holds and print how many
nodes of each kind it has. What any program must do to say what a file holds; it checks
nothing (ours checks every size, depth, kind and attribute, as a file from outside needs).
"""

from __future__ import annotations

import json
import sys
import zipfile
from collections import Counter

import networkx as nx


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: cli_floor.py FILE", file=sys.stderr)
        return 2
    with zipfile.ZipFile(argv[0]) as archive:
        data = json.loads(archive.read("document.json"))
    graph = nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")
    kinds = Counter(kind for _node, kind in graph.nodes(data="kind"))
    for kind, count in sorted(kinds.items(), key=lambda item: str(item[0])):
        print(f"{kind}: {count}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
