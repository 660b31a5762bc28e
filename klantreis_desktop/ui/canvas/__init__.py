"""The canvas editor: one journey drawn from ``layout/`` in a QGraphicsScene.

``JourneyScene`` (scene.py) is the one adapter between the model and the items;
``JourneyView`` (view.py) zooms, pans and takes palette drops; gestures.py (mouse),
entry.py (keyboard, typing) and menus.py call the edit operations in edits.py.
This package module holds only the two MIME types they share, and imports nothing.
"""

from __future__ import annotations

#: Drag-and-drop data from the palette: a UTF-8 payload such as "touchpoint", "emotion",
#: "phase", "lane", "channel:<id>" or "persona:<id>".
PALETTE_MIME = "application/x-klantreis-palette"
#: Copied cards on the system clipboard (JSON from ``model.clipboard``).
CLIPBOARD_MIME = "application/x-klantreis-cards"
