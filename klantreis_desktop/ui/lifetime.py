"""Qt object lifetime helpers: references and connections that end with the object.

Qt deletes widgets on its own (``WA_DeleteOnClose``, ``deleteLater``, a deleted parent),
while Python keeps the wrapper: a later call raises "Internal C++ object … already
deleted", often from a slot where nobody catches it. Three tools prevent that:

* :func:`alive` tells whether the C++ half of a Qt object still exists;
* :class:`Guard` holds a Qt object like a ``QPointer`` (``get()`` is None once deleted);
* :func:`connect_for_life` connects a slot (a lambda too) to a signal of a longer-lived
  object and disconnects it when ``owner`` is destroyed, so a timer or a document that
  outlives a window never calls into it afterwards.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QMetaObject, QObject, SignalInstance
from shiboken6 import Shiboken

T = TypeVar("T", bound=QObject)


def alive(obj: object) -> bool:
    """True while ``obj`` is a Qt object whose C++ object has not been deleted."""
    return obj is not None and isinstance(obj, Shiboken.Object) and Shiboken.isValid(obj)


class Guard(Generic[T]):
    """A reference that forgets its Qt object once Qt deleted it (like ``QPointer``)."""

    __slots__ = ("_obj",)

    def __init__(self, obj: T | None = None) -> None:
        self._obj: T | None = obj

    def set(self, obj: T | None) -> None:
        self._obj = obj

    def get(self) -> T | None:
        """The object, or None when there is none or it was deleted."""
        obj = self._obj
        if obj is not None and not alive(obj):
            self._obj = obj = None
        return obj

    def __bool__(self) -> bool:
        return self.get() is not None


def connect_for_life(signal: SignalInstance, slot: Callable[..., Any],
                     owner: QObject) -> QMetaObject.Connection:
    """Connect ``slot`` to ``signal`` until ``owner`` is destroyed, then disconnect it.

    Use it whenever the signal's sender lives longer than the object the slot touches
    (a workshop timer and a presentation's overlay). The returned connection can also be
    passed to :func:`disconnect` earlier.
    """
    connection = signal.connect(slot)
    # The lambda holds the connection only, never ``owner``: it runs while ``owner``'s
    # C++ destructor emits ``destroyed``, when its Python half may be gone already.
    owner.destroyed.connect(lambda *_args, c=connection: disconnect(c))
    return connection


def disconnect(connection: QMetaObject.Connection) -> bool:
    """Break ``connection`` if it still exists; False when it was already gone."""
    try:
        return bool(QObject.disconnect(connection))
    except (RuntimeError, TypeError):
        return False
