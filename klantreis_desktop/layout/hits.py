"""Hit tests on a computed layout, for the canvas's clicks and drag-and-drop.

They read only the layout, so a drop lands where the user saw the gap, and the same
questions can be asked in tests without Qt.
"""

from __future__ import annotations

from bisect import bisect_right

from klantreis_desktop.layout.curves import y_to_score
from klantreis_desktop.layout.geometry import JourneyLayout


def cell_at(layout: JourneyLayout, x: float, y: float) -> tuple[str, str] | None:
    """The (phase, lane) cell under a point, found by bisecting columns and rows."""
    col = _index([c.body.x for c in layout.columns], x)
    row = _index([r.body.y for r in layout.rows], y)
    if col is None or row is None:
        return None
    column, lane_row = layout.columns[col], layout.rows[row]
    if not (column.body.x <= x <= column.body.right and lane_row.body.y <= y
            <= lane_row.body.bottom):
        return None
    return column.phase, lane_row.lane


def _index(starts: list[float], value: float) -> int | None:
    """The last band starting at or before ``value``."""
    index = bisect_right(starts, value) - 1
    return index if index >= 0 else None


def card_at(layout: JourneyLayout, x: float, y: float) -> str | None:
    """The card under a point, or None (gaps, headers and the emotion band are not cards)."""
    cell = cell_at(layout, x, y)
    if cell is None:
        return None
    for card in layout.stacks.get(cell, ()):
        if layout.cards[card].rect.contains(x, y):
            return card
    return None


def drop_index(layout: JourneyLayout, phase: str, lane: str, y: float,
               exclude: str | None = None) -> int:
    """Where a card dropped at canvas ``y`` goes in the stack of cell (phase, lane).

    Counts the cards whose middle lies above ``y``. ``exclude`` (the dragged card itself)
    is left out, which is the index ``operations.move_card`` expects.
    """
    index = 0
    for card in layout.stacks.get((phase, lane), ()):
        if card == exclude:
            continue
        if layout.cards[card].rect.center[1] < y:
            index += 1
        else:
            break
    return index


def emotion_at(layout: JourneyLayout, x: float, y: float, radius: float = 8.0) -> str | None:
    """The emotion point within ``radius`` of a point (the nearest one), or None."""
    best: tuple[float, str] | None = None
    for curve in layout.curves:
        for point in curve.points:
            distance = (point.x - x) ** 2 + (point.y - y) ** 2
            if distance <= radius * radius and (best is None or distance < best[0]):
                best = (distance, point.emotion)
    return best[1] if best else None


def score_at(layout: JourneyLayout, y: float) -> int | None:
    """The score a point dragged to canvas ``y`` would get (None without an emotion lane)."""
    if layout.emotion_band is None:
        return None
    return y_to_score(y, layout.emotion_band, layout.scale)
