"""Every presenting view says which phase it shows (review s6 #5): scrolled down to a
phase's lower lanes, the phase headers are pinned over the top edge; and the keys do what
the F1 sheet says (→ and PgDown were listed as one "Next phase" but differ)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtTest import QTest

from klantreis_desktop import templates
from klantreis_desktop.ui.canvas.theme import PROJECTOR
from klantreis_desktop.ui.presenting import OVERVIEW, PresentationWindow
from klantreis_desktop.ui.window.shortcut_sheet import PRESENTING_KEYS


def _present(qtbot: Any, size: tuple[int, int] = (1280, 800)) -> PresentationWindow:
    doc = templates.build_sample("schoonmaak", "nl")
    window = PresentationWindow(doc, doc.journeys()[0], QUndoStack(), animate=False)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.view.setFocus()
    window.go_to(OVERVIEW, animate=False)
    return window


def _key(window: PresentationWindow, key: Qt.Key) -> None:
    QTest.keyClick(window.view, key)
    window.finish_animation()


@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)])
def test_every_slice_of_every_phase_shows_the_phase_headers(qtbot: Any,
                                                            size: tuple[int, int]) -> None:
    window = _present(qtbot, size)
    layout = window.scene.layout
    assert layout is not None
    view = window.view
    seen_lower = 0
    while True:
        before = (window.index, window.slice)
        _key(window, Qt.Key.Key_PageDown)
        if (window.index, window.slice) == before:
            break
        shown = window.visible_rect()
        zoom = view.transform().m11()
        strip = view.pinned_height()
        if shown.top() <= layout.corner.y + 0.5:
            assert strip == 0.0  # the map's own headers are on screen
            continue
        seen_lower += 1
        assert strip == pytest.approx(layout.corner.h * zoom)
        # The lane this slice starts at begins right under the pinned headers.
        first_lane = shown.top() + layout.corner.h
        assert any(abs(row.header.y - first_lane) < 0.6 for row in layout.rows)
        image = view.viewport().grab().toImage()
        if window.index == OVERVIEW:
            continue
        column = layout.columns[window.index].header
        x = view.mapFromScene(column.right - 6, 0).x()
        colour = image.pixelColor(x, int(strip) - 6)  # inside the pinned header, bright
        assert colour.name() == PROJECTOR.phase_header_fill, (window.index, window.slice)
        assert window.scene.phases[layout.columns[window.index].phase].opacity() == 1.0
    assert seen_lower >= 4


def test_a_click_on_a_pinned_phase_header_spotlights_that_phase(qtbot: Any) -> None:
    window = _present(qtbot)
    layout = window.scene.layout
    assert layout is not None
    _key(window, Qt.Key.Key_2)
    _key(window, Qt.Key.Key_PageDown)
    assert window.view.pinned_height() > 0
    column = layout.columns[1]
    x = window.view.mapFromScene(column.header.x + column.header.w / 2, 0).x()
    QTest.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, QPoint(x, 10))
    assert window.scene.spotlight == {column.phase}
    assert window.stack.count() == 0


def _press(window: PresentationWindow, text: str) -> None:
    sequence = QKeySequence(text)[0]
    event = QKeyEvent(QEvent.Type.KeyPress, sequence.key(), sequence.keyboardModifiers(),
                      text if len(text) == 1 else "")
    assert window.handle_key(event), text
    window.finish_animation()


#: Rows of the F1 sheet that name two different keys on purpose ("First / last phase").
PAIRS = {("Home", "End"), ("1", "9"), ("+", "-")}


def test_keys_listed_together_on_the_f1_sheet_do_the_same(qtbot: Any) -> None:
    window = _present(qtbot)
    starts = [(OVERVIEW, 0), (0, 0), (1, 1), (2, 0), (3, 1)]
    for keys, _mouse, what in PRESENTING_KEYS:
        if len(keys) < 2 or keys in PAIRS:
            continue
        for index, slice in starts:
            results = set()
            for text in keys:
                window.go_to(index, animate=False, slice=slice)
                _press(window, text)
                results.add((window.index, window.slice))
            assert len(results) == 1, (what, keys, (index, slice), results)
