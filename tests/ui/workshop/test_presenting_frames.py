"""A presented phase shows all its lanes: fitted and centred, or in legible slices that a
clicker walks with PageDown/PageUp; clicks never leave editing hints on the projector."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest

from klantreis_desktop import templates
from klantreis_desktop.layout import layout_journey
from klantreis_desktop.layout.geometry import JourneyLayout
from klantreis_desktop.model.builder import build
from klantreis_desktop.ui.canvas import look
from klantreis_desktop.ui.canvas.card_item import DETAIL_LEVEL
from klantreis_desktop.ui.canvas.theme import PROJECTOR
from klantreis_desktop.ui.presenting import OVERVIEW, PresentationWindow
from klantreis_desktop.ui.presenting.framing import MARGIN, phase_frames, slice_starts
from tests.ui.canvas.helpers import spec

SCREENS = [(1280, 800), (1920, 1080)]
#: The zoom at which the projector theme's smallest text is 18 px tall.
LEGIBLE = 18.0 / min(PROJECTOR.font_sizes())


def _sample_layout(name: str = "schoonmaak") -> JourneyLayout:
    doc = templates.build_sample(name, "nl")
    journey = doc.journeys()[0]
    return layout_journey(doc, journey, look.QtMeasurer(), PROJECTOR.options)


def _check_frames(layout: JourneyLayout, index: int, screen: tuple[int, int]) -> int:
    """Every rule for the frames of one phase; returns how many there are."""
    sw, sh = screen
    frames = phase_frames(layout, index, sw, sh, LEGIBLE, 2.0)
    column = layout.columns[index].header
    boundaries = {row.header.y for row in layout.rows}
    covered: list[tuple[float, float]] = []
    for number, frame in enumerate(frames):
        x, y, w, h = frame.rect(sw, sh)
        assert frame.zoom >= LEGIBLE - 1e-9, "the smallest text must stay >= 18 px"
        assert frame.zoom * min(PROJECTOR.font_sizes()) >= 18.0 - 1e-6
        # The phase is wholly on screen, right of the pinned lane headers if any.
        free_left = x + (frame.pinned_width if frame.pinned else 0.0)
        assert free_left <= column.x and column.right <= x + w, (index, number)
        # The lane headers are on screen, or pinned.
        assert frame.pinned or x <= layout.corner.x
        if number > 0:  # the pinned phase headers cover the top: the map starts below
            assert frame.strip == layout.corner.h
            assert y + frame.strip in boundaries, "a slice starts at a lane boundary"
            assert y + frame.strip <= covered[-1][1], "slices overlap (or touch)"
        else:
            assert frame.strip == 0.0
        covered.append((y + frame.strip, y + h))
        if w >= layout.width + 2 * MARGIN:  # the map fits across: it sits in the middle
            assert x + w / 2 == pytest.approx(layout.width / 2)
        else:  # no black beyond the map's right edge
            assert x + w <= layout.width + MARGIN + 1e-6
    assert covered[0][0] <= 0.0 and covered[-1][1] >= layout.height
    if len(frames) == 1:  # fitted: the whole phase, centred vertically
        y, h = covered[0][0], covered[0][1] - covered[0][0]
        assert y + h / 2 == pytest.approx(layout.height / 2)
    return len(frames)


@pytest.mark.parametrize("screen", SCREENS)
@pytest.mark.parametrize("name", ["schoonmaak", "groeibureau"])
def test_every_phase_of_a_sample_is_framed_legibly(qtbot: Any, name: str,
                                                   screen: tuple[int, int]) -> None:
    layout = _sample_layout(name)
    counts = [_check_frames(layout, i, screen) for i in range(len(layout.columns))]
    # Nine lanes do not fit legibly on one screen: the phases are walked in slices.
    assert all(count >= 2 for count in counts)
    assert max(counts) <= 4


def test_a_short_journey_is_fitted_whole_and_centred(qtbot: Any) -> None:
    doc = build(spec(phases=3, lanes=("touchpoints", "pains")))
    layout = layout_journey(doc, doc.journeys()[0], look.QtMeasurer(), PROJECTOR.options)
    for index in range(3):
        assert _check_frames(layout, index, (1920, 1080)) == 1
        (frame,) = phase_frames(layout, index, 1920, 1080, LEGIBLE, 2.0)
        assert frame.zoom > LEGIBLE  # enlarged to fill the screen


def test_a_lane_taller_than_the_screen_is_walked_in_steps() -> None:
    layout = _sample_layout()
    starts = slice_starts(layout, 200.0)  # shorter than the touchpoints lane (434)
    assert starts == sorted(starts) and len(set(starts)) == len(starts)
    assert starts[-1] + 200.0 >= layout.height
    gaps = [b - a for a, b in zip(starts, starts[1:], strict=False)]
    assert max(gaps) <= 200.0


# The presentation window ------------------------------------------------------------------


def _present(qtbot: Any, size: tuple[int, int]) -> PresentationWindow:
    doc = templates.build_sample("schoonmaak", "nl")
    window = PresentationWindow(doc, doc.journeys()[0], QUndoStack(), animate=False)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.view.setFocus()
    assert (window.view.viewport().width(), window.view.viewport().height()) == size
    return window


def _key(window: PresentationWindow, key: Qt.Key) -> None:
    QTest.keyClick(window.view, key)
    window.finish_animation()


@pytest.mark.parametrize("size", SCREENS)
def test_page_down_reaches_every_lane_of_every_phase_and_page_up_walks_back(
        qtbot: Any, size: tuple[int, int]) -> None:
    window = _present(qtbot, size)
    layout = window.scene.layout
    assert layout is not None
    lanes = {row.lane: row.header for row in layout.rows}
    seen: dict[str, set[str]] = {phase: set() for phase in window.phases()}
    steps = [(window.index, window.slice)]
    while True:
        _key(window, Qt.Key.Key_PageDown)
        if (window.index, window.slice) == steps[-1]:
            break
        steps.append((window.index, window.slice))
        shown = window.visible_rect()
        zoom = window.view.transform().m11()
        assert zoom >= DETAIL_LEVEL  # cards draw their text, not empty boxes
        pinned = window.view.pinned_width() / zoom
        assert pinned > 0 or shown.left() <= layout.corner.x  # lane names on screen
        if window.index == OVERVIEW:  # every phase across the width, walked down
            assert shown.left() <= layout.corner.x and layout.width <= shown.right()
            continue
        assert zoom * min(PROJECTOR.font_sizes()) >= 18.0 - 1e-6
        top = shown.top() + (layout.corner.h if window.slice > 0 else 0.0)  # pinned headers
        for lane, rect in lanes.items():
            if top - 1 <= rect.y and rect.bottom <= shown.bottom() + 1:
                seen[window.phases()[window.index]].add(lane)
    assert all(found == set(lanes) for found in seen.values()), seen
    assert steps[0] == (OVERVIEW, 0) and steps[-1][0] == len(window.phases()) - 1
    assert (OVERVIEW, 1) in steps  # the overview of 9 lanes is walked down too
    assert any(s > 0 for i, s in steps if i != OVERVIEW)  # the 9 lanes need slices here
    for expected in reversed(steps[:-1]):  # PageUp walks back the same way
        _key(window, Qt.Key.Key_PageUp)
        assert (window.index, window.slice) == expected
    _key(window, Qt.Key.Key_PageUp)
    assert (window.index, window.slice) == steps[0]  # the overview's top stays


def test_arrows_jump_from_phase_to_phase_at_the_top(qtbot: Any) -> None:
    window = _present(qtbot, (1280, 800))
    _key(window, Qt.Key.Key_Right)
    _key(window, Qt.Key.Key_PageDown)
    assert (window.index, window.slice) == (0, 1)
    _key(window, Qt.Key.Key_Right)
    assert (window.index, window.slice) == (1, 0)
    _key(window, Qt.Key.Key_PageUp)
    assert window.index == 0 and window.slice == window.slice_count(0) - 1
    _key(window, Qt.Key.Key_Right)
    _key(window, Qt.Key.Key_PageDown)
    _key(window, Qt.Key.Key_Left)
    assert (window.index, window.slice) == (0, 0)
    _key(window, Qt.Key.Key_End)
    _key(window, Qt.Key.Key_Right)
    assert (window.index, window.slice) == (3, 0)


@pytest.mark.parametrize("size", SCREENS)
def test_o_shows_the_whole_journey_on_one_screen(qtbot: Any, size: tuple[int, int]) -> None:
    """F5, 3, O (review s7 #10): the help says "Overview of the whole journey", so O shows
    every phase and every lane at once, fitted both ways and centred; F5's first view
    (every phase across the width, walked down) stays as it was."""
    window = _present(qtbot, size)
    window.go_to(window.index, animate=False)  # what start() does after showing
    layout = window.scene.layout
    assert layout is not None
    first = window.visible_rect()
    assert layout.height > first.bottom()  # F5's first view: lanes below the screen
    _key(window, Qt.Key.Key_3)
    _key(window, Qt.Key.Key_O)
    assert (window.index, window.slice) == (OVERVIEW, 0)
    shown = window.visible_rect()
    assert shown.contains(QRectF(0, 0, layout.width, layout.height))  # every lane
    assert shown.center().x() == pytest.approx(layout.width / 2, abs=2.0)
    assert shown.center().y() == pytest.approx(layout.height / 2, abs=2.0)
    # As large as fits: the map fills the screen one way.
    assert (shown.width() == pytest.approx(layout.width + 2 * MARGIN, abs=1.0)
            or shown.height() == pytest.approx(layout.height + 2 * MARGIN, abs=1.0))
    _key(window, Qt.Key.Key_PageDown)  # from the whole journey on to the first phase
    assert (window.index, window.slice) == (0, 0)
    _key(window, Qt.Key.Key_PageUp)  # back: F5's own overview, its last slice
    assert window.index == OVERVIEW and window.slice == window.slice_count(OVERVIEW) - 1
    assert window.visible_rect().width() == pytest.approx(first.width(), abs=1.0)


def test_a_far_phase_pins_the_lane_headers_and_a_click_there_spotlights_the_lane(
        qtbot: Any) -> None:
    window = _present(qtbot, (1280, 800))
    layout = window.scene.layout
    assert layout is not None
    _key(window, Qt.Key.Key_4)
    _key(window, Qt.Key.Key_PageDown)  # further down: the pains lane is on screen
    view = window.view
    width = view.pinned_width()
    assert width == pytest.approx(layout.corner.w * view.transform().m11())
    assert window.visible_rect().left() > layout.corner.right  # the map's own are off
    pains = next(r for r in layout.rows if r.lane_type == "pains")
    y = view.mapFromScene(QPointF(layout.columns[3].header.x,
                                  pains.header.bottom - 40)).y()  # under the lane's name
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, QPointF(width / 2, y).toPoint())
    assert window.scene.spotlight == {pains.lane}
    image = view.viewport().grab().toImage()  # the pinned strip is painted opaque
    colour = image.pixelColor(int(width / 2), y)
    assert colour.name() == PROJECTOR.lane_fill("pains")
    _key(window, Qt.Key.Key_1)
    assert view.pinned_width() == 0.0


def test_clicks_in_an_empty_cell_leave_no_editing_hint(qtbot: Any) -> None:
    window = _present(qtbot, (1280, 800))
    _key(window, Qt.Key.Key_1)
    scene, layout = window.scene, window.scene.layout
    assert layout is not None
    empty = next(cell for cell, rect in layout.cells.items()
                 if not layout.stacks.get(cell) and cell[0] == window.phases()[0]
                 and window.visible_rect().contains(QPointF(rect.x + rect.w / 2,
                                                            rect.y + rect.h / 2)))
    rect = layout.cells[empty]
    at = window.view.mapFromScene(QPointF(rect.x + rect.w / 2, rect.y + rect.h / 2))
    viewport = window.view.viewport()
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    assert scene.focus_cell is None and scene.grid.focus_cell is None  # no "Type to add"
    QTest.mouseDClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    assert scene.entry.editor is None and scene.focusItem() is None  # no quick entry
    QTest.keyClicks(window.view, "x")  # typing starts nothing either
    assert scene.entry.editor is None
    QTest.keyClick(window.view, Qt.Key.Key_Return)
    assert scene.entry.editor is None
    assert not scene.add_phase_button.isVisible() and not scene.add_lane_button.isVisible()
    assert window.stack.count() == 0
