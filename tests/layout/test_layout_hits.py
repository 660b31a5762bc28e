"""Hit tests the canvas uses for clicks and drag-and-drop: card_at and drop_index."""

from __future__ import annotations

import pytest
from layout_helpers import cards, journey_spec, make

from klantreis_desktop.layout import LayoutOptions, card_at, drop_index, layout_journey
from klantreis_desktop.model import operations as ops


def _three_in_a_cell():
    doc, journey, ref = make(journey_spec(phases=2, lanes=("notes", "pains"),
                                          cards=cards("f0", "l0", 3)))
    return doc, journey, ref, layout_journey(doc, journey)


def test_card_at_finds_cards_and_nothing_between_them() -> None:
    _, _, ref, layout = _three_in_a_cell()
    for i in range(3):
        rect = layout.cards[ref(f"c{i}")].rect
        assert card_at(layout, *rect.center) == ref(f"c{i}")
        assert card_at(layout, rect.x + 1, rect.y + 1) == ref(f"c{i}")
    first, second = (layout.cards[ref(f"c{i}")].rect for i in range(2))
    gap_y = (first.bottom + second.y) / 2
    assert card_at(layout, first.center[0], gap_y) is None  # between two cards
    assert card_at(layout, first.x - 2, first.center[1]) is None  # cell padding
    assert card_at(layout, 10, 10) is None  # corner
    assert card_at(layout, layout.columns[0].header.center[0], 10) is None  # phase header
    assert card_at(layout, *layout.cells[(ref("f1"), ref("l0"))].center) is None
    assert card_at(layout, -5, -5) is None
    assert card_at(layout, layout.width + 5, layout.height + 5) is None


def test_drop_index_counts_cards_above_the_drop() -> None:
    _, _, ref, layout = _three_in_a_cell()
    f0, l0 = ref("f0"), ref("l0")
    rects = [layout.cards[ref(f"c{i}")].rect for i in range(3)]
    assert drop_index(layout, f0, l0, rects[0].y - 5) == 0
    assert drop_index(layout, f0, l0, rects[0].center[1] - 1) == 0
    assert drop_index(layout, f0, l0, rects[0].center[1] + 1) == 1
    assert drop_index(layout, f0, l0, (rects[1].bottom + rects[2].y) / 2) == 2
    assert drop_index(layout, f0, l0, rects[2].bottom + 50) == 3
    assert drop_index(layout, ref("f1"), l0, 0) == 0  # empty cell
    assert drop_index(layout, "no-phase", l0, 500) == 0


def test_drop_index_leaves_out_the_dragged_card() -> None:
    _, _, ref, layout = _three_in_a_cell()
    f0, l0 = ref("f0"), ref("l0")
    below_all = layout.cards[ref("c2")].rect.bottom + 10
    assert drop_index(layout, f0, l0, below_all) == 3
    assert drop_index(layout, f0, l0, below_all, exclude=ref("c0")) == 2
    between_1_and_2 = (layout.cards[ref("c1")].rect.bottom + layout.cards[ref("c2")].rect.y) / 2
    assert drop_index(layout, f0, l0, between_1_and_2, exclude=ref("c0")) == 1


@pytest.mark.parametrize("target", ["above", "middle", "below"])
def test_dropping_where_the_layout_says_puts_the_card_there(target: str) -> None:
    doc, journey, ref, layout = _three_in_a_cell()
    f0, l0 = ref("f0"), ref("l0")
    dragged = ref("c2")
    rects = [layout.cards[ref(f"c{i}")].rect for i in range(2)]
    y = {"above": rects[0].y - 2, "middle": (rects[0].bottom + rects[1].y) / 2,
         "below": layout.cells[(f0, l0)].bottom - 2}[target]
    assert layout.cell_at(rects[0].center[0], y) == (f0, l0)
    index = drop_index(layout, f0, l0, y, exclude=dragged)
    doc.apply(ops.move_card(doc, dragged, f0, l0, index))
    after = layout_journey(doc, journey)
    expected = {"above": 0, "middle": 1, "below": 2}[target]
    assert after.cards[dragged].index == expected
    assert after.stacks[(f0, l0)][expected] == dragged


def test_drop_into_another_cell_and_hit_the_card_there() -> None:
    doc, journey, ref, layout = _three_in_a_cell()
    target = layout.cells[(ref("f1"), ref("l1"))]
    x, y = target.center
    phase, lane = layout.cell_at(x, y) or ("", "")
    doc.apply(ops.move_card(doc, ref("c1"), phase, lane, drop_index(layout, phase, lane, y)))
    after = layout_journey(doc, journey)
    assert card_at(after, *after.cards[ref("c1")].rect.center) == ref("c1")
    assert after.cards[ref("c1")].phase == ref("f1")
    assert [after.cards[ref(c)].index for c in ("c0", "c2")] == [0, 1]
    assert after.rows[0].body.h < layout.rows[0].body.h or (
        layout.rows[0].body.h == LayoutOptions().min_lane_height)
