"""A new document opens in a window like the current one, fitted to it when first shown."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication

from klantreis_desktop.ui.app import open_windows
from klantreis_desktop.ui.window.main_window import WINDOWS, MainWindow


def _new_window(qtbot, window: MainWindow, template: str = "5a") -> MainWindow:
    before = list(WINDOWS)
    assert window.files.new_from(template)
    added = [w for w in WINDOWS if w not in before]
    assert len(added) == 1, "a document on screen is never replaced"
    new = added[0]
    qtbot.waitExposed(new)
    return new


def _is_fitted(view) -> bool:
    """Fitting again changes nothing; or, for a map too big to read whole, every phase
    (the whole width) is in view at a readable zoom."""
    from klantreis_desktop.ui.window.document_tabs import (
        MAX_FIRST_ZOOM,
        MIN_FIRST_ZOOM,
        width_fit,
    )

    before = view.zoom()
    view.zoom_fit()
    whole = view.zoom()
    view.set_zoom(before)
    if whole > MAX_FIRST_ZOOM:  # a small map opens no larger than this
        return abs(before - MAX_FIRST_ZOOM) < 1e-3
    if whole >= MIN_FIRST_ZOOM:
        return abs(whole - before) < 1e-3
    return abs(before - max(MIN_FIRST_ZOOM, width_fit(view))) < 1e-3


def _settle(qtbot, window: MainWindow) -> None:
    """Let the first placement (and any refit after a resize) run."""
    tabs = window.tabs
    QApplication.processEvents()
    qtbot.waitUntil(lambda: not getattr(tabs, "_pending", ()) and not (
        hasattr(tabs, "_place_timer") and tabs._place_timer.isActive()), timeout=10000)


def test_a_new_document_opens_maximised_when_the_current_window_is(qtbot, window) -> None:
    window.showMaximized()
    qtbot.waitUntil(window.isMaximized, timeout=10000)
    new = _new_window(qtbot, window)
    assert new.isMaximized()
    assert new.session.path is None


def test_a_new_document_takes_the_size_and_docks_of_the_current_window(qtbot, window) -> None:
    window.showNormal()
    window.setGeometry(QRect(60, 50, 1000, 700))
    window.inspector_dock.hide()
    qtbot.waitUntil(lambda: window.geometry().size().width() == 1000, timeout=10000)
    new = _new_window(qtbot, window)
    assert not new.isMaximized()
    assert new.geometry().size() == window.geometry().size()
    assert not new.inspector_dock.isVisible()
    assert new.palette_dock.isVisible()


def test_a_new_document_is_fitted_even_with_a_remembered_zoom(qtbot, window, settings) -> None:
    settings.set("zoom", 1.7)
    new = _new_window(qtbot, window)
    _settle(qtbot, new)
    view = new.tabs.current_view()
    assert abs(view.zoom() - 1.7) > 0.05
    assert _is_fitted(view)


def test_the_fit_follows_the_window_until_the_person_zooms(qtbot, make_window) -> None:
    window = make_window()
    window.resize(800, 600)
    assert window.files.new_from("5a")
    _settle(qtbot, window)
    view = window.tabs.current_view()
    first = view.zoom()
    # The window manager maximises the window only after the first placement.
    window.resize(1600, 1000)
    qtbot.waitUntil(lambda: view.zoom() != first, timeout=10000)
    _settle(qtbot, window)
    assert _is_fitted(view) and view.zoom() > first
    window.window_actions.zoom_in.trigger()  # the person takes over: no more fitting
    zoomed = view.zoom()
    window.resize(900, 700)
    QApplication.processEvents()
    _settle(qtbot, window)
    assert view.zoom() == zoomed


def test_the_first_window_on_first_start_is_maximised_and_fitted(qtbot, settings) -> None:
    try:
        windows = open_windows([], settings=settings)
        assert len(windows) == 1
        first = windows[0]
        qtbot.waitExposed(first)
        assert first.isMaximized()
        _settle(qtbot, first)
        assert _is_fitted(first.tabs.current_view())
    finally:
        for window in list(WINDOWS):
            window.close()


def test_a_blank_map_on_a_big_window_opens_at_a_sane_zoom_in_the_middle(qtbot, make_window):
    """Review s7: a new blank journey was fitted at 314 % on a 1920×1080 screen."""
    from klantreis_desktop.ui.window.document_tabs import MAX_FIRST_ZOOM

    window = make_window()
    window.resize(1900, 1050)
    assert window.files.new_from("leeg")
    _settle(qtbot, window)
    view = window.tabs.current_view()
    assert abs(view.zoom() - MAX_FIRST_ZOOM) < 1e-3
    middle = view.mapToScene(view.viewport().rect().center())
    centre = view.sceneRect().center()
    assert abs(middle.x() - centre.x()) < 30 and abs(middle.y() - centre.y()) < 30
