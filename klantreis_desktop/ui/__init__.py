"""The Qt user interface.

Importing this package first imports the Qt-free core the window needs (the model and
networkx, storage, layout, settings). Order matters for start-up: once PySide6 is
imported, its ``__feature__`` import hook reads the source of every module imported
after it (``inspect.getsource``, to look for ``from __feature__ import``); networkx alone
is ~300 modules, ~50 ms of start-up. Modules imported before PySide6 never pay it.
"""

import klantreis_desktop.layout
import klantreis_desktop.model.clipboard
import klantreis_desktop.model.document
import klantreis_desktop.model.operations
import klantreis_desktop.settings
import klantreis_desktop.storage
import klantreis_desktop.storage.autosave
import klantreis_desktop.templates  # noqa: F401
