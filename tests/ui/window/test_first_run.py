"""The first-run hint: shown once, over a corner of the map, closed by Esc or a click."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from klantreis_desktop.ui.window import first_run
from klantreis_desktop.ui.window.first_run import FirstRunHint, maybe_show
from klantreis_desktop.ui.window.main_window import MainWindow


def _active(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=10000)


def test_shown_once_and_remembered(qtbot, window: MainWindow, settings, monkeypatch) -> None:
    monkeypatch.delenv("KLANTREIS_NO_HINTS", raising=False)
    hint = maybe_show(window, settings)
    assert isinstance(hint, FirstRunHint) and hint.isVisible()
    assert settings.get(first_run.SEEN_KEY) is True
    assert maybe_show(window, settings) is None  # the next start: no hint
    assert maybe_show(window, settings, force=True) is not None  # unless asked


def test_windows_made_by_tests_show_no_hint(window: MainWindow) -> None:
    assert window.findChildren(FirstRunHint) == []


def test_it_sits_in_a_corner_and_leaves_the_map_usable(qtbot, window: MainWindow,
                                                       settings) -> None:
    window.resize(1280, 800)
    hint = maybe_show(window, settings, force=True)
    host = window.centralWidget()
    area = host.rect()
    box = hint.geometry()
    assert area.contains(box)
    assert box.width() * box.height() < 0.2 * area.width() * area.height()
    assert box.right() > area.width() * 0.6 and box.bottom() > area.height() * 0.6
    text = " ".join(hint.texts)
    assert "F5" in text and "typing" in text and "dot" in text
    # A click on the map beside the hint reaches the canvas (selects a card).
    view = window.tabs.current_view()
    scene = window.tabs.current_scene()
    doc, journey = window.session.doc, window.tabs.current_journey()
    window.window_actions.zoom_reset.trigger()
    view.horizontalScrollBar().setValue(0)
    view.verticalScrollBar().setValue(0)
    seen = [c for c in doc.cards(journey) if view.viewport().rect().contains(
        view.mapFromScene(scene.item_for(c).sceneBoundingRect().center()))]
    card = seen[0]
    point = view.mapFromScene(scene.item_for(card).sceneBoundingRect().center())
    assert not box.contains(view.viewport().mapTo(host, point))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert card in scene.selected_ids()
    assert hint.isVisible()


def test_follows_the_window_size(qtbot, window: MainWindow, settings) -> None:
    window.resize(1000, 700)
    hint = maybe_show(window, settings, force=True)
    host = window.centralWidget()
    before = host.width()
    window.resize(1400, 900)
    qtbot.waitUntil(lambda: host.width() > before, timeout=10000)
    qtbot.waitUntil(lambda: hint.geometry().right() == host.width() - first_run.MARGIN - 1,
                    timeout=10000)
    assert host.rect().contains(hint.geometry())


def test_esc_closes_it_and_still_reaches_the_canvas(qtbot, window: MainWindow,
                                                    settings) -> None:
    hint = maybe_show(window, settings, force=True)
    _active(qtbot, window)
    scene = window.tabs.current_scene()
    card = window.session.doc.cards(window.tabs.current_journey())[0]
    scene.select_ids([card])
    view = window.tabs.current_view()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus, timeout=10000)
    with qtbot.waitSignal(hint.dismissed, timeout=10000):
        QTest.keyClick(view, Qt.Key.Key_Escape)
    assert not hint.isVisible()
    qtbot.waitUntil(lambda: not scene.selected_ids(), timeout=10000)  # Esc also deselected
    QTest.keyClick(view, Qt.Key.Key_Escape)  # and Esc is the canvas's own again


def test_a_click_on_it_closes_it(qtbot, window: MainWindow, settings) -> None:
    hint = maybe_show(window, settings, force=True)
    with qtbot.waitSignal(hint.dismissed, timeout=10000):
        QTest.mouseClick(hint, Qt.MouseButton.LeftButton, pos=QPoint(40, 40))
    assert not hint.isVisible()


def test_the_close_button_closes_it(qtbot, window: MainWindow, settings) -> None:
    hint = maybe_show(window, settings, force=True)
    with qtbot.waitSignal(hint.dismissed, timeout=10000):
        hint.close_button.click()
