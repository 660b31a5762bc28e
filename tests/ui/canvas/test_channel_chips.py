"""The channels lane lists chips in wrapped lines and never draws past its cell: what does
not fit becomes "+n" (a fourth channel on a three-line cell used to spill into the next
lane). The canvas and the poster place chips with the same function (layout.channels)."""

from __future__ import annotations

from klantreis_desktop.layout import channels
from klantreis_desktop.layout.channels import place_chips
from klantreis_desktop.ui.canvas import header_items, scene_looks

BOX = (0.0, 100.0, 0.0, 54.0)  # left, right, top, bottom: three lines of 18


def more(n: int) -> float:
    return 12.0 if n < 10 else 18.0


def test_chips_that_fit_are_all_shown() -> None:
    spots, hidden, _ = place_chips([40.0, 40.0, 90.0], BOX, 18.0, 10.0, more)
    assert spots == [(0.0, 0.0), (50.0, 0.0), (0.0, 18.0)] and hidden == 0


def test_a_chip_on_a_fourth_line_becomes_plus_one_after_the_third() -> None:
    spots, hidden, more_at = place_chips([60.0, 60.0, 60.0, 60.0], BOX, 18.0, 10.0, more)
    assert spots == [(0.0, 0.0), (0.0, 18.0), (0.0, 36.0)]
    assert hidden == 1 and more_at == (70.0, 36.0)
    assert all(y + 18.0 <= BOX[3] for _x, y in spots)


def test_the_last_chip_gives_way_when_plus_n_has_no_room() -> None:
    spots, hidden, more_at = place_chips([90.0, 90.0, 40.0, 50.0, 40.0],
                                         BOX, 18.0, 10.0, more)
    # line 3 holds 40 and 50: "+1" after them does not fit, so the 50 gives way.
    assert hidden == 2 and spots[-1] == (0.0, 36.0) and more_at == (50.0, 36.0)
    assert more_at[0] + more(hidden) <= BOX[1]


def test_a_chip_that_began_its_line_leaves_the_line_to_plus_n() -> None:
    spots, hidden, more_at = place_chips([95.0, 95.0, 95.0, 95.0], BOX, 18.0, 10.0, more)
    assert spots == [(0.0, 0.0), (0.0, 18.0)] and hidden == 2 and more_at == (0.0, 36.0)


def test_a_cell_too_low_for_one_line_draws_nothing_past_it() -> None:
    spots, hidden, _ = place_chips([40.0, 40.0], (0.0, 100.0, 0.0, 10.0), 18.0, 10.0, more)
    assert spots == [] and hidden == 2


def test_screen_and_paper_share_one_rule() -> None:
    """The canvas has no copy of its own: the cells and the chip placement it uses are the
    poster's."""
    assert header_items.place_chips is channels.place_chips
    assert scene_looks.channel_cells is channels.channel_cells
