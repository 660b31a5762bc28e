"""Journey tabs: they follow the document; add, rename, duplicate, delete, reorder undo."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from klantreis_desktop.ui.window.main_window import MainWindow


def tab_titles(window: MainWindow) -> list[str]:
    return [window.tabs.tabs.tabText(i) for i in range(window.tabs.tabs.count())]


def model_titles(window: MainWindow) -> list[str]:
    doc = window.session.doc
    return [doc.title(j) for j in doc.journeys()]


def test_opening_a_file_shows_one_tab_per_journey(window: MainWindow) -> None:
    doc = window.session.doc
    assert len(doc.journeys()) == 2
    assert window.tabs.journeys() == doc.journeys()
    assert tab_titles(window) == model_titles(window)
    assert window.windowTitle().startswith("sample")
    assert not window.isWindowModified()


def test_add_journey_from_template_and_undo(window: MainWindow) -> None:
    before = model_titles(window)
    added = window.tabs.add_journey("vier-fasen")
    assert added is not None
    assert window.tabs.current_journey() == added
    assert len(window.session.doc.phases(added)) == 4
    assert tab_titles(window) == model_titles(window) == before + [window.session.doc.title(added)]
    assert window.isWindowModified()
    window.window_actions.undo.trigger()
    assert model_titles(window) == before and tab_titles(window) == before
    assert not window.isWindowModified()
    window.window_actions.redo.trigger()
    assert len(tab_titles(window)) == 3


def test_rename_by_double_click_and_typing(qtbot, window: MainWindow) -> None:
    bar = window.tabs.tab_bar
    first = window.tabs.journeys()[0]
    old = window.session.doc.title(first)
    qtbot.mouseDClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(0).center())
    editor = window.tabs.findChild(type(window.tabs._editor), "tab_rename_editor") \
        if window.tabs._editor else None
    assert editor is not None and editor.isVisible()
    editor.selectAll()
    qtbot.keyClicks(editor, "Moving house")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert window.session.doc.title(first) == "Moving house"
    assert tab_titles(window)[0] == "Moving house"
    assert window.session.stack.count() == 1  # one undo step for the whole rename
    window.window_actions.undo.trigger()
    assert window.session.doc.title(first) == old and tab_titles(window)[0] == old


def test_rename_cancelled_with_escape_changes_nothing(qtbot, window: MainWindow) -> None:
    window.tabs.start_rename(1)
    editor = window.tabs._editor
    qtbot.keyClicks(editor, "xyz")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert window.session.stack.count() == 0
    assert window.tabs._editor is None


def test_duplicate_and_undo(window: MainWindow) -> None:
    first = window.tabs.journeys()[0]
    window.tabs.set_current_journey(first)
    window.window_actions.duplicate_journey.trigger()
    journeys = window.tabs.journeys()
    assert len(journeys) == 3 and journeys[0] == first
    copy = journeys[1]
    doc = window.session.doc
    assert window.tabs.current_journey() == copy
    assert len(doc.cards(copy)) == len(doc.cards(first))
    assert doc.title(copy).endswith("(copy)") and window.tabs.tabs.tabToolTip(1) == doc.title(copy)
    window.window_actions.undo.trigger()
    assert window.tabs.journeys() == doc.journeys() and len(doc.journeys()) == 2


def test_delete_asks_and_cancel_keeps_the_journey(window: MainWindow, dialogs) -> None:
    dialogs.answer(QMessageBox.StandardButton.Cancel)
    window.window_actions.delete_journey.trigger()
    assert dialogs.texts and "Delete the journey" in dialogs.texts[0]
    assert len(window.session.doc.journeys()) == 2
    assert window.session.stack.count() == 0


def test_delete_confirmed_and_undone(window: MainWindow, dialogs) -> None:
    doc = window.session.doc
    victim = window.tabs.journeys()[1]
    cards = len(doc.cards(victim))
    window.tabs.set_current_journey(victim)
    dialogs.answer(QMessageBox.StandardButton.Yes)
    window.window_actions.delete_journey.trigger()
    assert victim not in doc and window.tabs.journeys() == doc.journeys()
    assert len(window.tabs.journeys()) == 1
    window.window_actions.undo.trigger()
    assert victim in doc and len(doc.cards(victim)) == cards
    assert window.tabs.journeys() == doc.journeys()


def test_deleting_every_journey_shows_the_placeholder(window: MainWindow) -> None:
    for journey in list(window.tabs.journeys()):
        assert window.tabs.delete_journey(journey, confirm=False)
    assert window.tabs.currentWidget() is window.tabs.placeholder
    assert window.inspector.node is None
    window.window_actions.undo.trigger()
    assert window.tabs.currentWidget() is window.tabs.tabs


def _drag(widget, start: QPoint, end: QPoint) -> None:
    """A real press-move-release with the button held during the moves."""
    left = Qt.MouseButton.LeftButton
    QApplication.sendEvent(widget, QMouseEvent(
        QMouseEvent.Type.MouseButtonPress, start, widget.mapToGlobal(start), left, left,
        Qt.KeyboardModifier.NoModifier))
    steps = 12
    for step in range(1, steps + 1):
        point = start + (end - start) * step / steps
        QApplication.sendEvent(widget, QMouseEvent(
            QMouseEvent.Type.MouseMove, point, widget.mapToGlobal(point), Qt.MouseButton.NoButton,
            left, Qt.KeyboardModifier.NoModifier))
    QApplication.sendEvent(widget, QMouseEvent(
        QMouseEvent.Type.MouseButtonRelease, end, widget.mapToGlobal(end), left,
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier))


def test_reorder_by_dragging_a_tab(qtbot, window: MainWindow) -> None:
    doc = window.session.doc
    first, second = doc.journeys()
    bar = window.tabs.tab_bar
    start = bar.tabRect(0).center()
    end = QPoint(bar.tabRect(1).right() - 2, start.y())
    _drag(bar, start, end)
    qtbot.waitUntil(lambda: doc.journeys() == [second, first])
    assert window.tabs.journeys() == [second, first]
    assert window.session.stack.count() == 1
    window.window_actions.undo.trigger()
    assert doc.journeys() == [first, second] and window.tabs.journeys() == [first, second]


def test_a_canvas_is_made_when_its_tab_is_first_shown(window: MainWindow, qtbot) -> None:
    from klantreis_desktop.model import kinds as k
    from klantreis_desktop.model import operations as ops
    from klantreis_desktop.ui.commands import push

    tabs, session = window.tabs, window.session
    first, second = tabs.journeys()
    assert set(tabs.pages) == {first, second}
    assert list(tabs.scenes) == [first]  # the hidden journey has no canvas yet
    doc = session.doc
    change = ops.add_card(doc, k.NOTE, doc.phases(second)[0], doc.lanes(second)[0],
                          title="Edited before it was shown")
    push(session.stack, doc, change)
    card = ops.created_id(change)
    tabs.set_current_journey(second)
    assert set(tabs.scenes) == {first, second}
    view, scene = tabs.current_view(), tabs.current_scene()
    assert view is tabs.views[second] and scene is tabs.scenes[second]
    assert view.parentWidget() is tabs.pages[second]
    qtbot.waitUntil(view.isVisible, timeout=5000)
    assert scene.cards[card].look.title == "Edited before it was shown"
    assert len(scene.cards) == len(doc.cards(second))
    session.stack.undo()  # the made canvas follows the model from now on
    assert card not in scene.cards
    qtbot.waitUntil(lambda: view.zoom() > 0 and second in tabs._placed, timeout=5000)
    tabs.set_current_journey(first)
    assert tabs.views[first].isVisible() and not view.isVisible()


def test_deleting_a_journey_never_shown_drops_its_tab(window: MainWindow) -> None:
    tabs = window.tabs
    first, second = tabs.journeys()
    assert second not in tabs.scenes
    assert tabs.delete_journey(second, confirm=False)
    assert tabs.journeys() == [first] and set(tabs.pages) == {first}
    window.window_actions.undo.trigger()
    assert tabs.journeys() == [first, second] and second not in tabs.scenes
