"""What a "channels" lane shows, and where its chips go (no Qt).

A channels lane holds no cards of its own: each of its empty cells lists the channels the
touchpoints of that phase use, as chips (icon and name) that wrap, with "+n" for the ones
that do not fit. The canvas and the poster list the same channels in the same order; the
chip placement is plain geometry so both can use it.
"""

from __future__ import annotations

from collections.abc import Callable

from klantreis_desktop.layout.geometry import JourneyLayout
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model.document import Document

Cell = tuple[str, str]
#: (icon key, channel name) of one chip.
Chip = tuple[str, str]


def channel_cells(doc: Document, layout: JourneyLayout) -> dict[Cell, tuple[Chip, ...]]:
    """(phase, lane) → the chips of every empty cell of a channels lane: the channels of
    the phase's touchpoints (those on the layout), in the document's channel order."""
    lanes = [r.lane for r in layout.rows if r.lane_type == "channels"]
    if not lanes:
        return {}
    used: dict[str, set[str]] = {}
    for box in layout.cards.values():
        if box.kind == k.TOUCHPOINT:
            used.setdefault(box.phase, set()).update(doc.channels_of(box.card))
    order = doc.channels()
    cells: dict[Cell, tuple[Chip, ...]] = {}
    for phase, channels in used.items():
        listed = tuple((str(doc.get(c, "icon")), doc.title(c)) for c in order
                       if c in channels)
        for lane in lanes:
            if listed and not layout.stacks.get((phase, lane)):
                cells[(phase, lane)] = listed
    return cells


def place_chips(widths: list[float], box: tuple[float, float, float, float], line: float,
                gap: float, more_width: Callable[[int], float],
                ) -> tuple[list[tuple[float, float]], int, tuple[float, float]]:
    """Where the chips of one cell go: wrapped in lines inside ``box`` (left, right, top,
    bottom). Chips that do not fit are counted, and a "+n" takes the place of the last
    ones so nothing is drawn over the next lane.

    Returns the chips' (x, y), how many are left out, and where the "+n" goes.
    """
    left, right, top, bottom = box
    spots: list[tuple[float, float]] = []
    x, y = left, top
    for width in widths:
        if x > left and x + width > right:
            x, y = left, y + line
        if y + line > bottom + 0.5:
            break
        spots.append((x, y))
        x += width + gap
    hidden = len(widths) - len(spots)
    more_at = (left, top)
    while hidden and spots:
        last = len(spots) - 1
        more_at = (spots[last][0] + widths[last] + gap, spots[last][1])
        if more_at[0] + more_width(hidden) <= right:
            break
        start = spots.pop()
        hidden += 1
        if start[0] <= left:  # it began its line: the "+n" begins it instead
            more_at = start
            break
    return spots, hidden, more_at
