"""Where the presentation looks: the frames of one phase, fitted, centred and legible.

Pure geometry on a :class:`JourneyLayout` and a screen size (no Qt), so the rules are easy
to test: a phase shows all its lanes at once when its smallest text stays legible;
otherwise it is walked top to bottom in screen-sized slices that each start at a lane
boundary and overlap a little, so a clicker with PageDown/PageUp reaches every lane.
"""

from __future__ import annotations

from dataclasses import dataclass

from klantreis_desktop.layout.geometry import JourneyLayout

#: Room around the map, in scene units.
MARGIN = 16.0
#: Zoom steps tried when looking for the largest legible zoom with the fewest slices.
ZOOM_STEP = 0.01
#: Most slices one phase is cut into (a safety net for a pathological layout).
MAX_SLICES = 40
_EPS = 0.5


@dataclass(frozen=True)
class Frame:
    """One screenful: the zoom and the scene point at the screen's top-left corner.

    ``pinned``: the lane headers are off-screen to the left, so the window draws them
    pinned over the left edge (``pinned_width`` scene units wide).
    """

    zoom: float
    left: float
    top: float
    pinned: bool = False
    pinned_width: float = 0.0

    def rect(self, screen_w: float, screen_h: float) -> tuple[float, float, float, float]:
        """(x, y, w, h) of the scene shown on a ``screen_w`` × ``screen_h`` screen."""
        return (self.left, self.top, screen_w / self.zoom, screen_h / self.zoom)


def overview_frame(layout: JourneyLayout, screen_w: float, screen_h: float,
                   margin: float = MARGIN) -> Frame:
    """The whole journey, as large as fits, centred both ways."""
    width, height = layout.width + 2 * margin, layout.height + 2 * margin
    zoom = min(screen_w / width, screen_h / height)
    w, h = screen_w / zoom, screen_h / zoom
    return Frame(zoom, -margin - (w - width) / 2, -margin - (h - height) / 2)


def phase_frames(layout: JourneyLayout, index: int, screen_w: float, screen_h: float,
                 min_zoom: float, max_zoom: float) -> list[Frame]:
    """The frames that show phase ``index`` with every lane, top to bottom.

    One frame when the whole phase fits at ``min_zoom`` or more (the zoom at which the
    smallest text is legible); else slices at the largest zoom that needs no more slices
    than ``min_zoom`` does.
    """
    if not 0 <= index < len(layout.columns) or screen_w <= 0 or screen_h <= 0:
        return [overview_frame(layout, max(screen_w, 1.0), max(screen_h, 1.0))]
    column = layout.columns[index].header
    top, bottom = -MARGIN, layout.height + MARGIN
    needed_w = layout.corner.w + column.w + 2 * MARGIN  # lane headers and the phase
    widest = min(max_zoom, screen_w / needed_w)
    fit = min(widest, screen_h / (bottom - top))
    if fit >= min_zoom:
        h = screen_h / fit
        starts = [top - (h - (bottom - top)) / 2]  # centred vertically
        zoom = fit
    else:
        zoom = min_zoom
        starts = slice_starts(layout, screen_h / min_zoom)
        candidate = widest
        while candidate > min_zoom + _EPS * ZOOM_STEP:
            tried = slice_starts(layout, screen_h / candidate)
            if len(tried) <= len(starts):
                zoom, starts = candidate, tried
                break
            candidate -= ZOOM_STEP
    return [_horizontal(layout, index, screen_w, zoom, y) for y in starts]


def slice_starts(layout: JourneyLayout, height: float) -> list[float]:
    """The top of each slice ``height`` scene units tall that walks the map down.

    The first slice starts above the phase headers; each next one at the top of the
    first lane the previous slice cut off (so that lane shows whole, and the slices
    overlap a little), or earlier when the rest of the map fits from an earlier lane
    boundary on. A lane taller than the screen is walked in steps of 85 %.
    """
    top, bottom = -MARGIN, layout.height + MARGIN
    boundaries = sorted({row.header.y for row in layout.rows})
    starts = [top]
    while starts[-1] + height < bottom - _EPS and len(starts) < MAX_SLICES:
        start = starts[-1]
        end = start + height
        cut = [row for row in layout.rows if row.header.bottom > end + _EPS]
        if not cut:
            break  # only the margin under the last lane is left
        nxt = min(row.header.y for row in cut)
        if nxt <= start + _EPS:  # that lane is taller than the screen
            later = [b for b in boundaries if start + _EPS < b < end - _EPS]
            nxt = later[0] if later else start + 0.85 * height
        rest = [b for b in boundaries if b > start + _EPS and b + height >= bottom]
        if rest:
            nxt = min(nxt, rest[0])
        starts.append(nxt)
    return starts


def _horizontal(layout: JourneyLayout, index: int, screen_w: float, zoom: float,
                top: float) -> Frame:
    """Where the frame starts left to right: the whole map centred when it fits, else the
    phase centred right of the lane headers (the map's own, or pinned over its left edge
    when they would be off-screen), never showing black past either end of the map."""
    w = screen_w / zoom
    map_left, map_right = -MARGIN, layout.width + MARGIN
    if map_right - map_left <= w:
        return Frame(zoom, map_left - (w - (map_right - map_left)) / 2, top)
    column = layout.columns[index].header
    headers = layout.corner.right
    centre = column.x + column.w / 2
    left = centre - headers - (w - headers) / 2  # centred right of the pinned headers
    left = max(min(left, map_right - w), map_left)
    return Frame(zoom, left, top, pinned=left > layout.corner.x, pinned_width=headers)
