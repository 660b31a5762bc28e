"""Cards stack in their cells, grow with their titles, and cells grow with their cards."""

from __future__ import annotations

import pytest
from layout_helpers import CharMeasurer, cards, inside, journey_spec, make, overlap

from klantreis_desktop.layout import (
    ApproxMeasurer,
    LayoutOptions,
    card_text_rect,
    layout_journey,
)
from klantreis_desktop.model import operations as ops


def _mixed_spec() -> dict:
    items = (cards("f0", "l0", 3, "a", kind="touchpoint") + cards("f1", "l0", 1, "b")
             + cards("f1", "l1", 4, "c") + cards("f2", "l2", 2, "d", kind="pain")
             + cards("f0", "l1", 1, "e", title="A much longer title than the rest " * 4))
    return journey_spec(phases=3, lanes=("touchpoints", "notes", "pains"), cards=items)


def test_every_card_sits_inside_its_cell_in_stack_order() -> None:
    doc, journey, _ = make(_mixed_spec())
    layout = layout_journey(doc, journey, CharMeasurer())
    assert len(layout.cards) == 11
    for (phase, lane), stack in layout.stacks.items():
        assert list(stack) == doc.cards_in(phase, lane)
        boxes = [layout.cards[c] for c in stack]
        for index, box in enumerate(boxes):
            assert (box.phase, box.lane, box.index) == (phase, lane, index)
            assert box.kind == doc.kind(box.card)
            assert inside(box.rect, layout.cells[(phase, lane)])
        for upper, lower in zip(boxes, boxes[1:], strict=False):
            assert upper.rect.bottom < lower.rect.y
            assert not overlap(upper.rect, lower.rect)


def test_no_two_cards_overlap_anywhere() -> None:
    doc, journey, _ = make(_mixed_spec())
    rects = [b.rect for b in layout_journey(doc, journey).cards.values()]
    for i, a in enumerate(rects):
        for b in rects[i + 1:]:
            assert not overlap(a, b)


def test_cell_grows_with_more_cards() -> None:
    doc, journey, ref = make(journey_spec(phases=2, lanes=("notes", "pains"),
                                          cards=cards("f0", "l0", 1)))
    heights = [layout_journey(doc, journey).rows[0].body.h]
    for _ in range(4):
        doc.apply(ops.add_card(doc, "note", ref("f0"), ref("l0"), "More"))
        heights.append(layout_journey(doc, journey).rows[0].body.h)
    assert heights == sorted(heights) and heights[-1] > heights[0]
    layout = layout_journey(doc, journey)
    assert layout.rows[1].body.h == LayoutOptions().min_lane_height  # the other row stays
    # The whole row grows, so the neighbouring cell is as tall as the full one.
    assert layout.cells[(ref("f1"), ref("l0"))].h == layout.cells[(ref("f0"), ref("l0"))].h
    last = layout.cards[layout.stacks[(ref("f0"), ref("l0"))][-1]].rect
    assert last.bottom + LayoutOptions().cell_padding == pytest.approx(
        layout.rows[0].body.bottom)


def test_card_grows_with_its_title_up_to_the_maximum() -> None:
    doc, journey, ref = make(journey_spec(phases=1, cards=cards("f0", "l0", 1)))
    measurer, options = CharMeasurer(), LayoutOptions()
    card = ref("c0")
    sizes = []
    for title in ("Short", "x" * 100, "x" * 300, "x" * 100_00):
        doc.apply(ops.update(doc, card, title=title[:2000]))
        sizes.append(layout_journey(doc, journey, measurer, options).cards[card].rect.h)
    assert sizes[0] == options.min_card_height
    assert sizes[0] < sizes[1] < sizes[2]
    assert sizes[3] == options.max_card_height
    row = layout_journey(doc, journey, measurer, options).rows[0]
    assert row.body.h == pytest.approx(options.max_card_height + 2 * options.cell_padding)


def test_measurer_is_asked_at_the_card_inner_width() -> None:
    seen: list[tuple[str, float, float]] = []

    class Recording:
        def text_height(self, text: str, width: float, font_size: float) -> float:
            seen.append((text, width, font_size))
            return 0.0

    doc, journey, _ = make(journey_spec(phases=1, cards=cards("f0", "l0", 1)))
    options = LayoutOptions(card_width=200, cell_padding=10, card_padding=5, card_font_size=9)
    layout = layout_journey(doc, journey, Recording(), options)
    assert ("Card 0", 190.0, 9) in seen
    box = next(iter(layout.cards.values()))
    assert box.rect.w == 200 and box.rect.x == layout.columns[0].body.x + 10
    text = card_text_rect(box.rect, options)
    assert text.w == 190.0  # the width the title was measured at
    assert inside(text, box.rect)
    assert text.bottom == box.rect.bottom - options.card_padding - options.card_footer


def test_wider_phase_gives_wider_cards_that_wrap_less() -> None:
    title = "word " * 40
    spec = journey_spec(phases=2, cards=cards("f0", "l0", 1, "a", title=title)
                        + cards("f1", "l0", 1, "b", title=title))
    spec["journeys"][0]["phases"][1]["width"] = 500.0
    doc, journey, ref = make(spec)
    layout = layout_journey(doc, journey, CharMeasurer())
    narrow, wide = layout.cards[ref("a0")].rect, layout.cards[ref("b0")].rect
    assert wide.w == 500.0 - 2 * LayoutOptions().cell_padding
    assert wide.w > narrow.w and wide.h < narrow.h


def test_cards_on_hidden_lanes_are_left_out() -> None:
    spec = journey_spec(phases=1, lanes=("notes", "pains"),
                        cards=cards("f0", "l0", 1, "a") + cards("f0", "l1", 2, "b"))
    spec["journeys"][0]["lanes"][1]["hidden"] = True
    doc, journey, ref = make(spec)
    layout = layout_journey(doc, journey)
    assert set(layout.cards) == {ref("a0")}


def test_cards_in_the_emotion_lane_stack_above_the_band() -> None:
    spec = journey_spec(phases=2, lanes=("notes", "emotions"), cards=cards("f0", "l1", 2))
    doc, journey, ref = make(spec)
    layout = layout_journey(doc, journey)
    band = layout.emotion_band
    assert band is not None and layout.emotion_lane == ref("l1")
    row = layout.rows[1]
    assert inside(band, row.body)
    assert band.h == LayoutOptions().emotion_band_height
    for card in ("c0", "c1"):
        rect = layout.cards[ref(card)].rect
        assert inside(rect, layout.cells[(ref("f0"), ref("l1"))])
        assert rect.bottom < band.y


def test_approx_measurer_wraps_words_and_breaks_long_ones() -> None:
    m = ApproxMeasurer(char_width=0.5, line_height=1.0)  # 10 pt font: 5 pt a character
    assert m.text_height("", 100, 10) == 0.0
    assert m.text_height("   ", 100, 10) == 0.0
    assert m.line_count("twenty chars exactly", 100, 10) == 1  # 20 chars fit in 100 pt
    assert m.line_count("aaaa bbbb cccc dddd eeee", 100, 10) == 2
    assert m.line_count("x" * 45, 100, 10) == 3  # a URL-like word is broken
    assert m.line_count("one\ntwo\n\nfour", 100, 10) == 4
    assert m.text_height("aaaa bbbb cccc dddd eeee", 100, 10) == 20.0
    assert m.line_count("word", 0.1, 10) == 4  # a silly width: one character a line
