"""One line in Qt's log when start-up is done: the first window shows its documents.

"Launch → settled window" (benchmarks P1, P1x, P1c) must end when the window shows the
whole journey, its docks, and takes input, not at the first paint of the still empty
window (the file is read on a worker thread, so that paint comes first and the canvas is
built after it, with no paint in between). The benchmark reads Qt's paint log; this
adds one line to it, in the category ``klantreis.startup``, which is off unless asked
for (``QT_LOGGING_RULES="klantreis.startup.info=true"``), so the app prints nothing.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QLoggingCategory, QtMsgType, qCInfo

#: The category's name. Qt keeps only a pointer to these bytes: the name must live as long
#: as the category (a literal passed straight in is freed after the import, and the log
#: line then had an empty category).
CATEGORY_NAME = "klantreis.startup"
#: Off by default: only warnings are on for it unless the logging rules enable info.
#: (PySide6's stubs say bytes; at run time it takes only str.)
_CATEGORY = QLoggingCategory(CATEGORY_NAME,  # type: ignore[arg-type]  # see above
                             QtMsgType.QtWarningMsg)
MESSAGE = "ready"
_said = False
_said_at = 0.0


def say_ready() -> None:
    """Log ``klantreis.startup ready`` (once per process)."""
    global _said, _said_at
    if not _said:
        _said, _said_at = True, time.monotonic()
        qCInfo(_CATEGORY, MESSAGE)  # type: ignore[arg-type]  # str, as above


def said() -> bool:
    """Whether start-up said it is done (for the profiler, which replaces the event loop)."""
    return _said


def said_at() -> float:
    """When it said so (``time.monotonic()``; 0.0 before)."""
    return _said_at
