"""Canary for the PySide6 6.12.0 / CPython <= 3.11 None-refcount bug (DESIGN.md pitfalls)."""

import sys


def test_void_qt_calls_do_not_drop_none_references(qapp):
    from PySide6.QtWidgets import QGraphicsRectItem

    item = QGraphicsRectItem(0, 0, 10, 10)
    for i in range(100):  # warm up caches
        item.setPos(i, i)
    before = sys.getrefcount(None)
    for i in range(1_000):
        item.setPos(i, -i)
    after = sys.getrefcount(None)
    assert after >= before - 10, f"None lost {before - after} references over 1,000 setPos calls"
