"""The one undo command: it carries a model ChangeSet and applies it or its inverse.

Every edit in the GUI goes through :func:`push`, so the undo stack holds exactly the
model's changes. Typing and nudges pass a ``merge_key`` so consecutive steps on the same
element fold into one undo step (``mergeWith``).
"""

from __future__ import annotations

import weakref

from PySide6.QtGui import QUndoCommand, QUndoStack

from klantreis_desktop.model.changes import ChangeSet
from klantreis_desktop.model.document import Document

_MERGE_ID = 0x4B52  # "KR": all mergeable commands share one id; the key decides


class ChangeCommand(QUndoCommand):
    """Apply ``change`` on redo and its inverse on undo."""

    def __init__(self, doc: Document, change: ChangeSet, merge_key: str | None = None) -> None:
        super().__init__(change.label)
        # Weak: a strong link closes a cycle (stack → command → document → scene listener →
        # stack) that Python's collector breaks in an order that crashes QUndoStack's
        # destructor. The document outlives its stack anyway (the session holds both).
        self._doc = weakref.ref(doc)
        self.change = change
        self.merge_key = merge_key

    @property
    def doc(self) -> Document:
        doc = self._doc()
        if doc is None:  # pragma: no cover - the session keeps the document alive
            raise RuntimeError("the document of this undo step is gone")
        return doc

    def redo(self) -> None:
        self.doc.apply(self.change)

    def undo(self) -> None:
        self.doc.apply(self.change.inverse())

    def id(self) -> int:
        return _MERGE_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ChangeCommand) or other.merge_key != self.merge_key:
            return False
        self.change = self.change.merged_with(other.change)
        return True


def push(stack: QUndoStack, doc: Document, change: ChangeSet,
         merge_key: str | None = None) -> bool:
    """Push ``change`` as one undoable step; empty changes are dropped. True if pushed."""
    if not change:
        return False
    stack.push(ChangeCommand(doc, change, merge_key))
    return True
