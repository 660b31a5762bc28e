"""Start-up's cheaper canvas building draws the same: the layout's text measuring gives
exactly what the card's own wrapping gives, so a card is always exactly as tall as its
text (start-up measures 2,000 titles this way), and emotion points made with shared pens
look like points made alone."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from klantreis_desktop.ui.canvas import look

WORDS = st.sampled_from(["klant", "Verhuisschoonmaak", "ĳs", "→", "e-mail", "wachttijd",
                         "a", "", "\n", "\r\n", "  ", "👍", "Straßenbahnhaltestelle"])


def test_measuring_matches_the_painted_wrap_for_the_samples(qapp) -> None:
    from klantreis_desktop import templates

    qfont = look.font(look.CANVAS_OPTIONS.card_font_size)
    doc = templates.build_sample("schoonmaak", "nl")
    titles = [doc.title(card) for journey in doc.journeys() for card in doc.cards(journey)]
    assert titles
    for title in titles:
        for width in (0.0, 1.0, 120.0, 176.0, 213.33, 400.0):
            assert look.wrapped_height(title, qfont, width) == look.text_layout(
                title, qfont, width)[1]


@settings(max_examples=150, deadline=None)
@given(words=st.lists(WORDS, max_size=30), width=st.floats(0.0, 500.0), size=st.sampled_from(
    [9.0, 12.0, 13.0, 20.0]))
def test_measuring_matches_the_painted_wrap(qapp, words: list[str], width: float,
                                           size: float) -> None:
    qfont = look.font(size)
    text = " ".join(words)
    assert look.wrapped_height(text, qfont, width) == look.text_layout(text, qfont, width)[1]


def test_the_measurer_uses_it(qapp) -> None:
    look._HEIGHTS.clear()
    text = "Klant belt de helpdesk over de factuur en wacht twintig minuten"
    qfont = look.font(look.CANVAS_OPTIONS.card_font_size)
    measured = look.QtMeasurer().text_height(text, 150.0, look.CANVAS_OPTIONS.card_font_size)
    assert measured == look.text_layout(text, qfont, 150.0)[1] > 0


def test_emotion_points_made_with_shared_tools_look_like_points_made_alone(qapp) -> None:
    from klantreis_desktop.layout.geometry import CurvePoint
    from klantreis_desktop.ui.canvas.emotion_items import EmotionPointItem, PointTools

    point = CurvePoint(emotion="e1", anchor="tp", score=1, x=120.0, y=80.0)
    tools = PointTools()
    alone, shared = EmotionPointItem(point, "#e76f51"), EmotionPointItem(point, "#e76f51", tools)
    other = EmotionPointItem(point, "#264653", tools)
    assert alone.pen() == shared.pen() and alone.dot.pen() == shared.dot.pen()
    assert alone.dot.brush() == shared.dot.brush()
    assert alone.cursor().shape() == shared.cursor().shape()
    assert alone.pos() == shared.pos() and alone.rect() == shared.rect()
    assert alone.flags() == shared.flags() and alone.zValue() == shared.zValue()
    assert alone.dot.cacheMode() == shared.dot.cacheMode()
    assert other.dot.brush().color().name() == "#264653"


def test_laying_out_and_building_the_canvas_runs_without_the_cycle_collector(qtbot) -> None:
    """Its full passes over a growing wall made opening grow faster than the cards (P7)."""
    import gc

    from klantreis_desktop import templates
    from tests.ui.canvas.helpers import open_canvas

    canvas = open_canvas(qtbot, templates.build_sample("schoonmaak", "nl"))
    seen: list[bool] = []
    canvas.scene.layout_followers.append(lambda _layout: seen.append(gc.isenabled()))
    canvas.scene.relayout()
    assert seen == [False]
    assert gc.isenabled()
