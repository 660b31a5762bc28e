"""UI tests: what a test leaves behind goes in its own teardown.

Qt objects a test made (dialogs closed with deleteLater, their Python wrappers in
reference cycles with connected lambdas) used to be collected by Python's cycle collector
at whatever moment it next ran — in a later test, in the middle of its event loop, while
that test's worker thread read a file. One such collection crashed a CI run (SIGSEGV in
"Garbage-collecting" during test_check_mapping, a log-reading worker running). Deleting
and collecting at the end of every test, with no worker of that test left running, makes
the moment fixed: a test whose leftovers cannot be freed safely fails in its own teardown.
"""

from __future__ import annotations

import gc

import pytest


@pytest.fixture(autouse=True)
def _free_what_the_test_left():
    yield
    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is None:
        return
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
