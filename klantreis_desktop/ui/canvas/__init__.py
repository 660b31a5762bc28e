"""The canvas editor: one journey drawn from ``layout/`` in a QGraphicsScene.

``JourneyScene`` (scene.py) is the one adapter between the model and the items;
``JourneyView`` (view.py) zooms, pans and takes palette drops.
"""

from __future__ import annotations

from typing import Any

#: Drag-and-drop data from the palette: a UTF-8 payload such as "touchpoint", "emotion",
#: "phase", "lane", "channel:<id>" or "persona:<id>".
PALETTE_MIME = "application/x-klantreis-palette"
#: Copied cards on the system clipboard (JSON from ``model.clipboard``).
CLIPBOARD_MIME = "application/x-klantreis-cards"

__all__ = ["CLIPBOARD_MIME", "PALETTE_MIME", "JourneyScene", "JourneyView"]


def __getattr__(name: str) -> Any:
    """``from klantreis_desktop.ui.canvas import JourneyScene`` without an import cycle."""
    if name == "JourneyScene":
        from klantreis_desktop.ui.canvas.scene import JourneyScene

        return JourneyScene
    if name == "JourneyView":
        from klantreis_desktop.ui.canvas.view import JourneyView

        return JourneyView
    raise AttributeError(name)
