"""The Qt user interface.

Importing this package first imports the Qt-free core the window needs (the model and
networkx, storage, layout, settings). Order matters for start-up: once PySide6 is
imported, its ``__feature__`` import hook reads the source of every module imported
after it (``inspect.getsource``, to look for ``from __feature__ import``); networkx alone
is ~300 modules, ~50 ms of start-up. Modules imported before PySide6 never pay it.
"""

import klantreis_desktop.layout  # noqa: F401
import klantreis_desktop.model.clipboard  # noqa: F401
import klantreis_desktop.model.document  # noqa: F401
import klantreis_desktop.model.operations  # noqa: F401
import klantreis_desktop.settings  # noqa: F401
import klantreis_desktop.storage  # noqa: F401
import klantreis_desktop.storage.autosave  # noqa: F401
import klantreis_desktop.templates  # noqa: F401
