"""Atomic changes to the document graph and their inverses.

Every operation on a document is expressed as a :class:`ChangeSet` of these atoms. That
one representation drives applying, undoing (apply the inverse), merging typed edits and
telling listeners (the canvas) exactly what changed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Union

Attrs = dict[str, Any]


@dataclass(frozen=True)
class AddNode:
    node: str
    attrs: Attrs

    def inverse(self) -> RemoveNode:
        return RemoveNode(self.node, self.attrs)


@dataclass(frozen=True)
class RemoveNode:
    """Remove a node that has no edges left (remove its edges first)."""

    node: str
    attrs: Attrs

    def inverse(self) -> AddNode:
        return AddNode(self.node, self.attrs)


@dataclass(frozen=True)
class SetAttrs:
    """Change some attributes of a node: ``old`` and ``new`` hold the same keys.

    A value None removes the attribute: the undo of setting an attribute that was not
    there (structured attributes outside the schema, see ``model/measures.py``).
    """

    node: str
    old: Attrs
    new: Attrs

    def inverse(self) -> SetAttrs:
        return SetAttrs(self.node, self.new, self.old)


@dataclass(frozen=True)
class AddEdge:
    source: str
    target: str
    kind: str
    attrs: Attrs = field(default_factory=dict)

    def inverse(self) -> RemoveEdge:
        return RemoveEdge(self.source, self.target, self.kind, self.attrs)


@dataclass(frozen=True)
class RemoveEdge:
    source: str
    target: str
    kind: str
    attrs: Attrs = field(default_factory=dict)

    def inverse(self) -> AddEdge:
        return AddEdge(self.source, self.target, self.kind, self.attrs)


Atom = Union[AddNode, RemoveNode, SetAttrs, AddEdge, RemoveEdge]


@dataclass(frozen=True)
class ChangeSet:
    """An ordered list of atoms applied as one step, with a label for the undo menu."""

    atoms: tuple[Atom, ...]
    label: str = ""

    def inverse(self) -> ChangeSet:
        return ChangeSet(tuple(a.inverse() for a in reversed(self.atoms)), self.label)

    def __bool__(self) -> bool:
        return bool(self.atoms)

    def touched_nodes(self) -> set[str]:
        """Every node id an atom names (nodes and both ends of edges)."""
        ids: set[str] = set()
        for atom in self.atoms:
            if isinstance(atom, (AddEdge, RemoveEdge)):
                ids.update((atom.source, atom.target))
            else:
                ids.add(atom.node)
        return ids

    def only_sets_attrs_of(self) -> str | None:
        """The node id when this change only edits attributes of one node (for merging)."""
        nodes = {a.node for a in self.atoms if isinstance(a, SetAttrs)}
        if len(nodes) == 1 and all(isinstance(a, SetAttrs) for a in self.atoms):
            return next(iter(nodes))
        return None

    def merged_with(self, later: ChangeSet) -> ChangeSet:
        """One change that does ``self`` then ``later``, folding attribute edits together."""
        node = self.only_sets_attrs_of()
        if node is None or later.only_sets_attrs_of() != node:
            return ChangeSet(self.atoms + later.atoms, self.label)
        old: Attrs = {}
        new: Attrs = {}
        for atom in self.atoms + later.atoms:
            assert isinstance(atom, SetAttrs)
            for key, value in atom.old.items():
                old.setdefault(key, value)
            new.update(atom.new)
        return ChangeSet((SetAttrs(node, old, new),), self.label)
