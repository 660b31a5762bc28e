"""Menus, shortcuts and the status bar act on the current journey's canvas."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from klantreis_desktop import i18n
from klantreis_desktop.ui.app import create_application, install_translations, open_windows
from klantreis_desktop.ui.window.main_window import WINDOWS, MainWindow


def test_standard_shortcuts_are_bound(window: MainWindow) -> None:
    a = window.window_actions
    std = QKeySequence.StandardKey
    for action, key in ((a.new, std.New), (a.open, std.Open), (a.save, std.Save),
                        (a.undo, std.Undo), (a.redo, std.Redo), (a.copy, std.Copy),
                        (a.paste, std.Paste), (a.cut, std.Cut), (a.delete, std.Delete),
                        (a.select_all, std.SelectAll), (a.zoom_in, std.ZoomIn),
                        (a.zoom_out, std.ZoomOut), (a.close, std.Close), (a.quit, std.Quit)):
        # Every standard binding, except one that another action claims on purpose (X11's
        # Delete also means Ctrl+D, which is Duplicate here): see tests/ui/test_shortcuts.py.
        claimed = {QKeySequence("Ctrl+D")} if action is not a.duplicate else set()
        assert set(QKeySequence.keyBindings(key)) - claimed <= set(action.shortcuts()), \
            action.text()
    assert QKeySequence("Ctrl+D") in a.duplicate.shortcuts()
    assert QKeySequence("Ctrl+0") in a.zoom_reset.shortcuts()
    assert {QKeySequence("Ctrl+9"), QKeySequence("Ctrl+Shift+F")} <= set(a.zoom_fit.shortcuts())
    assert QKeySequence("Ctrl+Shift+Z") in a.redo.shortcuts()
    assert QKeySequence("Ctrl+Y") in a.redo.shortcuts()


def test_copy_paste_duplicate_delete_through_the_menu(window: MainWindow) -> None:
    doc = window.session.doc
    journey = window.tabs.current_journey()
    scene = window.tabs.current_scene()
    cards = len(doc.cards(journey))
    card = doc.cards(journey)[0]
    scene.select_ids([card])
    assert window.window_actions.copy.isEnabled()
    window.window_actions.copy.trigger()
    window.window_actions.paste.trigger()
    assert len(doc.cards(journey)) == cards + 1
    window.window_actions.duplicate.trigger()
    assert len(doc.cards(journey)) == cards + 2
    window.window_actions.delete.trigger()
    assert len(doc.cards(journey)) == cards + 1
    for _ in range(3):
        window.window_actions.undo.trigger()
    assert len(doc.cards(journey)) == cards and card in doc


def test_select_all_and_the_status_bar(window: MainWindow) -> None:
    doc = window.session.doc
    journey = window.tabs.current_journey()
    window.window_actions.select_all.trigger()
    count = len(doc.cards(journey))
    assert window.selection_label.text() == f"{count} selected"
    assert window.inspector.findChild(type(window.selection_label), "inspector_heading").text() \
        .startswith(str(count))


def test_zoom_actions_update_the_status_bar(qtbot, window: MainWindow) -> None:
    view = window.tabs.current_view()
    window.window_actions.zoom_reset.trigger()
    assert window.zoom_label.text() == "100 %"
    window.window_actions.zoom_in.trigger()
    assert view.zoom() > 1.0 and window.zoom_label.text() == f"{round(view.zoom() * 100)} %"
    window.window_actions.zoom_out.trigger()
    window.window_actions.zoom_out.trigger()
    assert view.zoom() < 1.0 and window.zoom_label.text() == f"{round(view.zoom() * 100)} %"


def test_remembered_zoom_is_used_for_the_next_document(make_window, sample_file,
                                                       settings) -> None:
    settings.set("zoom", 1.5)
    window = make_window()
    window.files.open_path(sample_file, wait=True)
    view = window.tabs.current_view()
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()  # the first placement runs once the tab is shown
    assert abs(view.zoom() - 1.5) < 1e-6
    assert window.zoom_label.text() == "150 %"


def test_add_menu_lists_templates(window: MainWindow) -> None:
    window.tabs.add_menu.aboutToShow.emit()
    texts = [a.text() for a in window.tabs.add_menu.actions() if not a.isSeparator()]
    assert texts[0] == "Empty journey" and len(texts) == 4
    before = len(window.session.doc.journeys())
    window.tabs.add_menu.actions()[0].trigger()
    assert len(window.session.doc.journeys()) == before + 1


def test_start_without_files_opens_a_new_document(qapp, settings) -> None:
    windows = open_windows([], settings)
    try:
        assert len(windows) == 1
        window = windows[0]
        assert window.session is not None and window.session.path is None
        assert window.tabs.current_journey() is not None
    finally:
        for window in list(WINDOWS):
            window.close()


def test_dutch_loads_qt_translations(qapp) -> None:
    app = create_application("nl")
    try:
        assert i18n.language() == "nl"
        loaded = install_translations(app, "nl")
        assert "qtbase_nl" in loaded
    finally:
        install_translations(app, "en")
        i18n.set_language("en")
