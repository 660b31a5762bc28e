"""Where the presentation looks: the frames of one phase, fitted, centred and legible.

Pure geometry on a :class:`JourneyLayout` and a screen size (no Qt), so the rules are easy
to test: a phase shows all its lanes at once when its smallest text stays legible;
otherwise it is walked top to bottom in screen-sized slices that each start at a lane
boundary and overlap a little, so a clicker with PageDown/PageUp reaches every lane.

The overview (the first screen of F5) shows every phase across the screen's width and is
walked the same way when the map is taller than the screen: squeezing a real map (nine
lanes) into one screen made its cards blank boxes in the middle of a black screen.

Every slice but the first has the phase headers pinned over its top edge (the view draws
them), so the room always sees which phase it is looking at; a slice starts that much
higher, so the headers never hide the lane it starts at.
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
#: The overview shows the whole map at once when that keeps at least this share of the
#: zoom at which the map fills the screen's width (else it is walked in slices).
WHOLE_OVERVIEW_SHARE = 0.8
_EPS = 0.5


@dataclass(frozen=True)
class Frame:
    """One screenful: the zoom and the scene point at the screen's top-left corner.

    ``pinned``: the lane headers are off-screen to the left, so the window draws them
    pinned over the left edge (``pinned_width`` scene units wide). ``strip``: scene units
    at the top covered by the phase headers pinned there (0: the map's own are shown).
    """

    zoom: float
    left: float
    top: float
    pinned: bool = False
    pinned_width: float = 0.0
    strip: float = 0.0

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


def overview_frames(layout: JourneyLayout, screen_w: float, screen_h: float,
                    min_zoom: float, max_zoom: float) -> list[Frame]:
    """Every phase side by side across the screen's width, top to bottom.

    The whole map in one frame when it is legible (``min_zoom``) or nearly as large as
    when it fills the width; else slices at the zoom that fills the width, so the cards
    are large enough to read (their text is drawn) and no screen width is left black.
    """
    if screen_w <= 0 or screen_h <= 0 or not layout.columns:
        return [overview_frame(layout, max(screen_w, 1.0), max(screen_h, 1.0))]
    width, height = layout.width + 2 * MARGIN, layout.height + 2 * MARGIN
    widest = min(max_zoom, screen_w / width)
    fit = min(widest, screen_h / height)
    if fit >= min_zoom or fit >= WHOLE_OVERVIEW_SHARE * widest:
        return [overview_frame(layout, screen_w, screen_h)]
    w = screen_w / widest
    left = -MARGIN - (w - width) / 2
    return [_sliced(layout, widest, left, y, index)
            for index, y in enumerate(slice_starts(layout, screen_h / widest))]


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
    return [_horizontal(layout, index, screen_w, zoom, y, number)
            for number, y in enumerate(starts)]


def header_strip(layout: JourneyLayout) -> float:
    """Scene units the phase headers pinned over a slice's top edge cover."""
    return layout.corner.h


def _sliced(layout: JourneyLayout, zoom: float, left: float, start: float, number: int,
            pinned: bool = False, pinned_width: float = 0.0) -> Frame:
    """Slice ``number`` starting at ``start``; after the first, the pinned phase headers
    cover the top, so the frame begins that much higher."""
    strip = header_strip(layout) if number > 0 else 0.0
    return Frame(zoom, left, start - strip, pinned, pinned_width, strip)


def slice_starts(layout: JourneyLayout, height: float) -> list[float]:
    """The top of each slice ``height`` scene units tall that walks the map down.

    The first slice starts above the phase headers; each next one at the top of the
    first lane the previous slice cut off (so that lane shows whole, and the slices
    overlap a little), or earlier when the rest of the map fits from an earlier lane
    boundary on. A lane taller than the screen is walked in steps of 85 %. Every slice
    after the first shows the map under the pinned phase headers: :func:`header_strip`
    less of it.
    """
    top, bottom = -MARGIN, layout.height + MARGIN
    boundaries = sorted({row.header.y for row in layout.rows})
    below = max(height - header_strip(layout), 0.5 * height)  # under the pinned headers
    starts = [top]
    while starts[-1] + (height if len(starts) == 1 else below) < bottom - _EPS and len(
            starts) < MAX_SLICES:
        start = starts[-1]
        end = start + (height if len(starts) == 1 else below)
        cut = [row for row in layout.rows if row.header.bottom > end + _EPS]
        if not cut:
            break  # only the margin under the last lane is left
        nxt = min(row.header.y for row in cut)
        if nxt <= start + _EPS:  # that lane is taller than the screen
            later = [b for b in boundaries if start + _EPS < b < end - _EPS]
            nxt = later[0] if later else start + 0.85 * (end - start)
        rest = [b for b in boundaries if b > start + _EPS and b + below >= bottom]
        if rest:
            nxt = min(nxt, rest[0])
        starts.append(nxt)
    return starts


def _horizontal(layout: JourneyLayout, index: int, screen_w: float, zoom: float,
                top: float, number: int = 0) -> Frame:
    """Where the frame starts left to right: the whole map centred when it fits, else the
    phase centred right of the lane headers (the map's own, or pinned over its left edge
    when they would be off-screen), never showing black past either end of the map."""
    w = screen_w / zoom
    map_left, map_right = -MARGIN, layout.width + MARGIN
    if map_right - map_left <= w:
        return _sliced(layout, zoom, map_left - (w - (map_right - map_left)) / 2, top, number)
    column = layout.columns[index].header
    headers = layout.corner.right
    centre = column.x + column.w / 2
    left = centre - headers - (w - headers) / 2  # centred right of the pinned headers
    left = max(min(left, map_right - w), map_left)
    return _sliced(layout, zoom, left, top, number, pinned=left > layout.corner.x,
                   pinned_width=headers)
