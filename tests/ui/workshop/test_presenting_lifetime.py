"""Presenting any number of times per window, with no call into a deleted Qt object.

A presentation window deletes itself on close (``WA_DeleteOnClose``) while the main
window, its workshop and the workshop timer live on: every reference to the presentation
and every connection from the timer to its overlay must end with it.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import SIGNAL, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from klantreis_desktop import storage, templates
from klantreis_desktop.settings import Settings
from klantreis_desktop.ui import presenting
from klantreis_desktop.ui.lifetime import Guard, alive, connect_for_life, disconnect
from klantreis_desktop.ui.presenting import PresentationWindow
from klantreis_desktop.ui.window.main_window import WINDOWS, MainWindow
from klantreis_desktop.ui.workshop import Workshop

TIMER_SIGNALS = ("changed(double)", "round_started(int,QString)", "expired(int)",
                 "all_done()")


@pytest.fixture
def workshop(qtbot: Any, tmp_path: Path) -> Iterator[Workshop]:
    doc = templates.build_sample("schoonmaak", "en")
    path = tmp_path / "sample.klantreis"
    storage.save(doc, path)
    window = MainWindow(Settings(tmp_path / "settings.json"))
    window.resize(1280, 800)
    window.show()
    assert window.files.open_path(path, wait=True)
    yield window.workshop  # type: ignore[attr-defined]
    for shown in list(WINDOWS):
        if shown.session is not None:
            shown.session.stack.setClean()
        shown.close()
    _delete_later_now()


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[BaseException]:
    """Every exception a slot raises (Qt hands it to sys.excepthook), kept, not printed."""
    caught: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda _type, value, _tb: caught.append(value))
    return caught


def _delete_later_now() -> None:
    """Run the deletions that ``close()`` of a WA_DeleteOnClose window posted."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _receivers(obj: QObject) -> list[int]:
    return [obj.receivers(SIGNAL(signature)) for signature in TIMER_SIGNALS]


def _present(workshop: Workshop) -> PresentationWindow:
    workshop.present_action.trigger()
    shown = presenting.showing(workshop.window)
    assert shown is not None and shown.isVisible()
    shown.animate = False
    return shown


def _walk_to_the_end(shown: PresentationWindow) -> list[tuple[int, int]]:
    """PageDown until nothing changes any more; the steps seen on the way."""
    seen = [(shown.index, shown.slice)]
    for _ in range(100):
        QTest.keyClick(shown.view, Qt.Key.Key_PageDown)
        shown.finish_animation()
        step = (shown.index, shown.slice)
        if step == seen[-1]:
            return seen
        seen.append(step)
    raise AssertionError("PageDown never reached the end")


def test_presenting_works_three_times_in_a_row(workshop: Workshop,
                                               errors: list[BaseException]) -> None:
    window = workshop.window
    phases = 0
    for _round in range(3):
        shown = _present(workshop)
        phases = len(shown.phases())
        seen = _walk_to_the_end(shown)
        assert [index for index, _slice in seen][-1] == phases - 1
        assert sorted({index for index, _slice in seen}) == [-1, *range(phases)]
        QTest.keyClick(shown.view, Qt.Key.Key_Escape)
        assert not shown.isVisible()
        assert presenting.showing(window) is None  # between close() and the deletion
        _delete_later_now()
        assert not alive(shown)
        assert presenting.showing(window) is None
    assert phases == 4
    assert errors == []


def test_the_workshop_menu_presents_again_after_a_presentation(
        workshop: Workshop, errors: list[BaseException]) -> None:
    window = workshop.window
    first = _present(workshop)
    first.close()
    _delete_later_now()
    menu_action = next(a for a in workshop.menu.actions() if a is workshop.present_action)
    menu_action.trigger()
    again = presenting.showing(window)
    assert again is not None and again is not first and again.isVisible()
    again.close()
    assert errors == []


def test_highlight_after_a_presentation_spotlights_the_editor(
        workshop: Workshop, errors: list[BaseException]) -> None:
    window = workshop.window
    shown = _present(workshop)
    shown.close()
    _delete_later_now()
    scene = window.tabs.current_scene()
    assert scene is not None
    card = next(iter(scene.cards))
    workshop.highlight([card])  # "Top 3 markeren" in the workshop panel
    assert errors == []
    assert scene.spotlight == {card}
    live = _present(workshop)  # and with a presentation on screen, both follow
    workshop.highlight([card])
    assert live.scene.spotlight == {card}
    live.close()


def test_no_connection_outlives_a_presentation_or_its_timer_overlay(
        workshop: Workshop, errors: list[BaseException]) -> None:
    timer = workshop.timer
    before = _receivers(timer)
    workshop.panel.start_timer()
    started = _receivers(timer)  # the panel's own clock listens from now on
    for _round in range(3):
        shown = _present(workshop)
        overlay = shown.timer_overlay  # type: ignore[attr-defined]
        assert overlay.isVisible()
        assert _receivers(timer) > started
        shown.close()
        _delete_later_now()
        assert not alive(overlay)
        assert _receivers(timer) == started, "a connection to a deleted overlay is left"
    # Every signal the timer has, after the windows are gone: nothing may call into them.
    timer.changed.emit(12.0)
    timer.round_started.emit(1, "Social")
    timer.expired.emit(0)
    timer.all_done.emit()
    timer.pause()
    timer.resume()
    timer.add_minute()
    timer.skip()
    timer.stop()
    assert errors == []
    assert before == [0, 0, 0, 0] or _receivers(timer) >= before


def test_the_board_overlay_lets_go_of_the_timer_when_the_board_goes(
        workshop: Workshop, errors: list[BaseException]) -> None:
    timer = workshop.timer
    before = _receivers(timer)
    board = workshop.show_board()
    assert board is not None
    assert _receivers(timer) > before
    workshop.window.session.stack.setClean()  # type: ignore[union-attr]
    board.close()
    board.deleteLater()
    workshop.board = None
    _delete_later_now()
    assert _receivers(timer) == before
    timer.start(["Social", "Personal"], 60)
    timer.tick()
    timer.stop()
    assert errors == []


# The lifetime helpers themselves ----------------------------------------------------------


def test_guard_forgets_a_deleted_widget(qtbot: Any) -> None:
    widget = QWidget()
    widget.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    guard: Guard[QWidget] = Guard(widget)
    assert guard.get() is widget and guard and alive(widget)
    widget.show()
    widget.close()
    assert guard.get() is widget  # closed, deletion still pending
    _delete_later_now()
    assert guard.get() is None and not guard and not alive(widget)
    assert not alive(None) and not alive("text")


def test_connect_for_life_ends_with_its_owner(qtbot: Any) -> None:
    sender, owner = QObject(), QObject()
    calls: list[int] = []
    connection = connect_for_life(sender.objectNameChanged, lambda _n: calls.append(1), owner)
    sender.setObjectName("a")
    assert calls == [1]
    owner.deleteLater()
    _delete_later_now()
    sender.setObjectName("b")
    assert calls == [1]
    assert disconnect(connection) is False  # already gone: no error
    keep = QObject()
    second = connect_for_life(sender.objectNameChanged, lambda _n: calls.append(2), keep)
    assert disconnect(second) is True
    sender.setObjectName("c")
    assert calls == [1]


def test_opening_another_document_ends_the_presentation_of_the_old_one(
        workshop: Workshop, errors: list[BaseException], tmp_path: Path) -> None:
    window = workshop.window
    shown = _present(workshop)
    other = tmp_path / "other.klantreis"
    storage.save(templates.build_sample("groeibureau", "en"), other)
    window.show_document(storage.load(other), other)  # what File > Open does here
    assert not shown.isVisible()  # the old undo stack is about to be deleted
    _delete_later_now()
    assert not alive(shown) and presenting.showing(window) is None
    again = _present(workshop)
    assert again.doc is window.session.doc  # type: ignore[union-attr]
    again.scene.select_ids(list(again.scene.cards)[:1])
    again.close()
    assert errors == []


def test_the_audience_menu_is_deleted_after_use(
        workshop: Workshop, errors: list[BaseException]) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMenu

    shown = _present(workshop)
    closer = QTimer()  # closes the menu from inside its own event loop (menu.exec)
    closer.setInterval(5)
    closer.timeout.connect(lambda: (popup := QApplication.activePopupWidget()) is not None
                           and popup.close())
    closer.start()
    try:
        for _press in range(3):
            QTest.keyClick(shown.view, Qt.Key.Key_V)
    finally:
        closer.stop()
    _delete_later_now()
    assert shown.findChildren(QMenu, "audience_menu") == []
    shown.close()
    assert errors == []


# The rest of the family (the lifetime audit of ui/) --------------------------------------

def test_the_empathy_screen_ends_with_its_document(workshop: Workshop, qtbot: Any,
                                                   errors: list[BaseException]) -> None:
    """Another document opened in the window deletes the old session and its undo stack:
    the empathy screen of the old document closes instead of typing into them."""
    from klantreis_desktop.ui.workshop.empathy import EmpathyScreen

    window = workshop.window
    workshop.open_tool("empathy")
    (screen,) = [w for w in window.findChildren(EmpathyScreen) if w.isVisible()]
    field = screen.fields["feels"]
    window.show_document(templates.build_template("5a", "en"), None, "Other")
    _delete_later_now()
    if alive(field):
        QTest.keyClicks(field, "Too late")
    assert not errors
    assert not alive(screen) or not screen.isVisible()


def test_a_workshop_panel_lets_go_of_the_timer_when_it_is_deleted(workshop: Workshop,
                                                                  errors) -> None:
    from klantreis_desktop.ui.workshop.panel import WorkshopPanel

    timer = workshop.timer
    before = timer.receivers(SIGNAL("changed(double)"))
    panel = WorkshopPanel(timer)  # a panel on the window's longer-lived timer
    assert timer.receivers(SIGNAL("changed(double)")) > before
    panel.deleteLater()
    _delete_later_now()
    assert timer.receivers(SIGNAL("changed(double)")) == before
    timer.changed.emit(12.0)
    timer.expired.emit(0)
    assert not errors


def test_a_board_scene_deleted_without_detach_stops_listening(workshop: Workshop,
                                                              errors) -> None:
    from klantreis_desktop.model import workshop as ws
    from klantreis_desktop.ui import commands

    window = workshop.window
    board = workshop.show_board()
    assert board is not None and window.session is not None
    scene = board.view.scene()
    board.close()
    scene.deleteLater()  # as Qt may delete it with its board, without detach()
    _delete_later_now()
    doc, journey = window.session.doc, window.tabs.current_journey()
    commands.push(window.session.stack, doc, ws.add_note(doc, "Na het bord"))
    assert journey is not None
    assert not errors
