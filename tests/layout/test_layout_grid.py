"""The grid: phase columns, lane rows, cells, the corner, the overall size."""

from __future__ import annotations

import pytest
from layout_helpers import cards, inside, journey_spec, make, overlap

from klantreis_desktop.layout import LayoutOptions, cell_at, layout_journey
from klantreis_desktop.model import operations as ops
from klantreis_desktop.model.model_error import ModelError

LANES = ("touchpoints", "emotions", "pains", "notes")


def test_columns_follow_phase_order_side_by_side() -> None:
    doc, journey, ref = make(journey_spec(phases=4, lanes=LANES))
    layout = layout_journey(doc, journey)
    assert [c.phase for c in layout.columns] == [ref(f"f{i}") for i in range(4)]
    assert [c.index for c in layout.columns] == [0, 1, 2, 3]
    for left, right in zip(layout.columns, layout.columns[1:], strict=False):
        assert left.body.right == pytest.approx(right.body.x)
        assert not overlap(left.body, right.body)
        assert not overlap(left.header, right.header)
    for column in layout.columns:
        assert column.header.bottom == pytest.approx(column.body.y)
        assert column.header.w == column.body.w
        assert column.header.x >= layout.corner.right - 1e-6


def test_rows_follow_lane_order_and_skip_hidden_lanes() -> None:
    spec = journey_spec(phases=2, lanes=LANES)
    spec["journeys"][0]["lanes"][2]["hidden"] = True
    doc, journey, ref = make(spec)
    layout = layout_journey(doc, journey)
    assert [r.lane for r in layout.rows] == [ref("l0"), ref("l1"), ref("l3")]
    assert [r.lane_type for r in layout.rows] == ["touchpoints", "emotions", "notes"]
    for upper, lower in zip(layout.rows, layout.rows[1:], strict=False):
        assert upper.body.bottom == pytest.approx(lower.body.y)
    assert layout.rows[0].body.y == pytest.approx(layout.corner.bottom)
    assert all(lane != ref("l2") for _, lane in layout.cells)


def test_every_visible_cell_is_there_and_found_by_cell_at() -> None:
    spec = journey_spec(phases=3, lanes=LANES)
    spec["journeys"][0]["lanes"][3]["hidden"] = True
    doc, journey, _ = make(spec)
    layout = layout_journey(doc, journey)
    expected = {(c.phase, r.lane) for c in layout.columns for r in layout.rows}
    assert set(layout.cells) == expected and len(expected) == 9
    for key, rect in layout.cells.items():
        x, y = rect.center
        assert layout.cell_at(x, y) == key
        assert cell_at(layout, x, y) == key
    assert cell_at(layout, 5, 5) is None  # the corner
    assert cell_at(layout, layout.width + 10, layout.height / 2) is None
    assert cell_at(layout, layout.width / 2, layout.height + 10) is None


def test_size_covers_every_rect() -> None:
    spec = journey_spec(phases=3, lanes=LANES, cards=cards("f1", "l0", 5))
    doc, journey, _ = make(spec)
    layout = layout_journey(doc, journey)
    rects = [layout.corner, *(c.header for c in layout.columns),
             *(c.body for c in layout.columns), *(r.header for r in layout.rows),
             *(r.body for r in layout.rows), *layout.cells.values(),
             *(b.rect for b in layout.cards.values())]
    for rect in rects:
        assert rect.x >= 0 and rect.y >= 0
        assert rect.right <= layout.width + 1e-6 and rect.bottom <= layout.height + 1e-6
    assert layout.columns[-1].body.right == pytest.approx(layout.width)
    assert layout.rows[-1].body.bottom == pytest.approx(layout.height)


def test_phase_width_attribute_widens_only_its_column() -> None:
    spec = journey_spec(phases=3)
    spec["journeys"][0]["phases"][1]["width"] = 400.0
    doc, journey, _ = make(spec)
    layout = layout_journey(doc, journey)
    default = LayoutOptions().column_width
    assert [c.body.w for c in layout.columns] == [default, 400.0, default]
    # A width below one card is not allowed to squeeze the card.
    doc.apply(ops.update(doc, layout.columns[1].phase, width=20.0))
    assert layout_journey(doc, journey).columns[1].body.w == default


def test_lane_height_attribute_and_minimum() -> None:
    spec = journey_spec(phases=2, lanes=("notes", "notes"))
    spec["journeys"][0]["lanes"][1]["height"] = 300.0
    doc, journey, _ = make(spec)
    layout = layout_journey(doc, journey)
    assert layout.rows[0].body.h == LayoutOptions().min_lane_height
    assert layout.rows[1].body.h == 300.0


def test_reordering_a_phase_swaps_the_columns() -> None:
    doc, journey, ref = make(journey_spec(phases=3, cards=cards("f0", "l0", 1)))
    before = layout_journey(doc, journey)
    doc.apply(ops.reorder(doc, ref("f0"), 2))
    after = layout_journey(doc, journey)
    assert [c.phase for c in after.columns] == [ref("f1"), ref("f2"), ref("f0")]
    assert after.columns[2].body.x == pytest.approx(before.columns[0].body.x
                                                    + 2 * before.columns[0].body.w)
    # The card moved along with its phase.
    assert after.cards[ref("c0")].rect.x > before.cards[ref("c0")].rect.x
    assert inside(after.cards[ref("c0")].rect, after.columns[2].body)


def test_reordering_a_lane_swaps_the_rows() -> None:
    doc, journey, ref = make(journey_spec(phases=1, lanes=("notes", "pains")))
    doc.apply(ops.reorder(doc, ref("l1"), 0))
    assert [r.lane for r in layout_journey(doc, journey).rows] == [ref("l1"), ref("l0")]


def test_same_document_gives_identical_layout() -> None:
    spec = journey_spec(phases=3, lanes=LANES, cards=cards("f0", "l0", 3, kind="touchpoint"),
                        personas=[{"id": "p", "name": "Anna"}],
                        flows=[["c0", "c1"], ["c1", "c2"]],
                        emotions=[{"persona": "p", "on": "c0", "score": 1},
                                  {"persona": "p", "on": "f2", "score": -1}])
    doc, journey, _ = make(spec)
    first = layout_journey(doc, journey)
    assert layout_journey(doc, journey) == first
    assert layout_journey(doc.copy(), journey) == first
    again, journey_again, _ = make(spec)
    assert layout_journey(again, journey_again) == first
    assert list(layout_journey(again, journey_again).cells) == list(first.cells)


def test_empty_journey_is_a_small_corner() -> None:
    doc, journey, _ = make(journey_spec(phases=0, lanes=()))
    layout = layout_journey(doc, journey)
    options = LayoutOptions()
    assert (layout.columns, layout.rows, layout.cells, layout.cards) == ((), (), {}, {})
    assert (layout.curves, layout.flows, layout.emotion_band) == ((), (), None)
    assert layout.width == options.lane_header_width
    assert layout.height == options.phase_header_height
    assert 0 < layout.width < 400 and 0 < layout.height < 200
    assert cell_at(layout, 10, 10) is None and layout.cell_at(10, 10) is None


@pytest.mark.parametrize(("phases", "lanes"), [(3, ()), (0, ("notes", "emotions"))])
def test_phases_without_lanes_and_lanes_without_phases(phases: int,
                                                       lanes: tuple[str, ...]) -> None:
    doc, journey, _ = make(journey_spec(phases=phases, lanes=lanes))
    layout = layout_journey(doc, journey)
    assert len(layout.columns) == phases and len(layout.rows) == len(lanes)
    assert layout.cells == {} and layout.curves == ()
    assert layout.width >= layout.corner.right and layout.height >= layout.corner.bottom


def test_long_titles_make_the_header_taller() -> None:
    spec = journey_spec(phases=2)
    spec["journeys"][0]["phases"][1]["title"] = "A very long phase title " * 6
    doc, journey, _ = make(spec)
    layout = layout_journey(doc, journey)
    assert layout.corner.h > LayoutOptions().phase_header_height
    assert all(c.header.h == layout.corner.h for c in layout.columns)
    assert layout.corner.h <= LayoutOptions().max_header_height


def test_unknown_journey_is_a_clear_error() -> None:
    doc, journey, ref = make(journey_spec(phases=1))
    with pytest.raises(ModelError, match="does not exist"):
        layout_journey(doc, "nope")
    with pytest.raises(ModelError):
        layout_journey(doc, ref("f0"))  # a phase is not a journey


def test_a_size_only_layout_has_the_full_grid_and_cards_but_no_curves_or_arrows() -> None:
    # The poster tries ~50 scales to fit its sheet and keeps only the last layout: the
    # tries skip the curves and the arrows, which never change the size.
    from klantreis_desktop import storage
    from klantreis_desktop.shipped_files import resources_dir

    doc = storage.load(resources_dir() / "samples" / "schoonmaak.nl.klantreis")
    journey = doc.journeys()[0]
    options = LayoutOptions(fill_width=3000.0, fill_height=2000.0)
    full = layout_journey(doc, journey, options=options)
    assert full.flows and full.curves
    size = layout_journey(doc, journey, options=options, size_only=True)
    assert size.flows == () and size.curves == ()
    assert (size.width, size.height, size.columns, size.rows, size.cells, size.cards,
            size.emotion_band) == (full.width, full.height, full.columns, full.rows,
                                   full.cells, full.cards, full.emotion_band)
