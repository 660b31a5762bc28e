"""Python's cycle collector paused around work that makes many objects and frees none in
cycles: reading or writing a file, laying a journey out and building its canvas, drawing
a poster, grouping an event log.

Such work makes tens of thousands (a large wall: millions) of dicts, tuples and lists
that stay alive or die by reference counting; the collector would walk the whole, growing
heap again and again for nothing. Its full passes get longer as the heap grows, so
opening 20,000 cards took ~35 % longer with it than without (the time grew faster than
the cards; issue 17's P7), and drawing a poster a tenth longer. Reference counting still
frees everything as usual, and the collector runs again afterwards.

Counted, so that threads (a file read on a worker while the GUI thread builds a canvas)
turn it on again only when the last of them is done; left alone when it was already off.
Plain ``gc`` and ``threading`` on purpose: no library offers this, and it is a few lines.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

_lock = threading.Lock()
_pausers = 0
_was_enabled = False


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic garbage collection inside the ``with`` block (see the module)."""
    global _pausers, _was_enabled
    with _lock:
        if _pausers == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pausers += 1
    try:
        yield
    finally:
        with _lock:
            _pausers -= 1
            if _pausers == 0 and _was_enabled:
                gc.enable()
