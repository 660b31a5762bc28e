"""The analysis dock in a real window: it analyses only what can be seen, once per burst."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from klantreis_desktop import storage
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model import operations as ops
from klantreis_desktop.ui.commands import push

WAIT_MS = 10_000  # a ceiling, not a timing assertion


def _texts(window) -> list[str]:
    return [text for text, _ in window.analysis.entries()]


def _pain(doc, journey: str) -> str:
    return next(c for c in doc.cards(journey) if doc.kind(c) == k.PAIN)


def test_a_hidden_dock_analyses_nothing_until_shown(make_window, sample_file, qtbot):
    window = make_window()
    assert not window.analysis_dock.isVisible()  # hidden by default
    assert window.files.open_path(sample_file, wait=True)
    QApplication.processEvents()
    panel = window.analysis
    assert panel.analyses_run == 0 and panel.stale
    assert panel.entries() == []  # nothing filled in for nobody
    window.analysis_dock.show()
    assert panel.analyses_run == 1 and not panel.stale  # before it paints
    journey = window.tabs.current_journey()
    assert panel.journey() == journey
    assert panel.title_label.text() == window.session.doc.title(journey)
    assert "Used in one phase only: Phone" in _texts(window)


def test_edits_while_hidden_are_shown_when_the_dock_comes_back(window, qtbot):
    panel, session = window.analysis, window.session
    window.analysis_dock.show()
    qtbot.waitUntil(lambda: not panel.stale, timeout=WAIT_MS)
    runs = panel.analyses_run
    window.analysis_dock.hide()
    doc, journey = session.doc, window.tabs.current_journey()
    pain = _pain(doc, journey)
    push(session.stack, doc, ops.update(doc, pain, title="Hidden edit"))
    qtbot.wait(600)  # longer than the debounce: still nothing runs
    assert panel.analyses_run == runs and panel.stale
    window.analysis_dock.show()
    assert panel.analyses_run == runs + 1
    assert any("Hidden edit" in t for t in _texts(window))


def test_an_edit_while_shown_updates_the_dock(window, qtbot):
    session = window.session
    window.analysis_dock.show()
    doc, journey = session.doc, window.tabs.current_journey()
    pain = _pain(doc, journey)
    push(session.stack, doc, ops.update(doc, pain, title="Visible edit"))
    qtbot.waitUntil(lambda: any("Visible edit" in t for t in _texts(window)),
                    timeout=WAIT_MS)
    session.stack.undo()
    qtbot.waitUntil(lambda: not any("Visible edit" in t for t in _texts(window)),
                    timeout=WAIT_MS)


def test_a_dock_tabbed_behind_another_waits_until_raised(window, qtbot):
    panel, session = window.analysis, window.session
    window.tabifyDockWidget(window.inspector_dock, window.analysis_dock)
    window.analysis_dock.show()
    window.analysis_dock.raise_()
    qtbot.waitUntil(lambda: not panel.stale, timeout=WAIT_MS)
    window.inspector_dock.raise_()
    qtbot.waitUntil(lambda: not panel.is_seen(), timeout=WAIT_MS)
    runs = panel.analyses_run
    doc, journey = session.doc, window.tabs.current_journey()
    push(session.stack, doc, ops.update(doc, _pain(doc, journey), title="Behind the tab"))
    qtbot.wait(600)
    assert panel.analyses_run == runs and panel.stale
    window.analysis_dock.raise_()
    qtbot.waitUntil(lambda: any("Behind the tab" in t for t in _texts(window)),
                    timeout=WAIT_MS)
    assert panel.analyses_run == runs + 1


def test_switching_journeys_and_opening_a_file_analyse_once(window, sample_file, qtbot):
    panel = window.analysis
    window.analysis_dock.show()
    qtbot.waitUntil(lambda: not panel.stale, timeout=WAIT_MS)
    runs = panel.analyses_run
    first, second = window.tabs.journeys()[:2]
    window.tabs.set_current_journey(second)
    qtbot.waitUntil(lambda: panel.analyses_run == runs + 1, timeout=WAIT_MS)
    assert panel.title_label.text() == "Second journey"
    runs = panel.analyses_run
    # A document shown afresh: tabs, session and journey all change in one go.
    window.show_document(storage.load(sample_file), sample_file)
    qtbot.waitUntil(lambda: not panel.stale, timeout=WAIT_MS)
    qtbot.wait(50)
    assert panel.analyses_run == runs + 1
    assert panel.journey() == window.tabs.current_journey() == first


def test_the_panel_is_made_when_the_dock_is_first_shown(window, qtbot):
    assert window._analysis is None  # not made at start-up (nor its module needed)
    stand_in = window.analysis_dock.widget()
    assert stand_in is not None and stand_in.objectName() != "analysis_panel"
    window.analysis_dock.show()
    panel = window._analysis
    assert panel is not None and window.analysis_dock.widget() is panel
    assert panel.analyses_run == 1 and not panel.stale
    assert "Used in one phase only: Phone" in _texts(window)


def test_a_dock_left_open_is_filled_at_the_next_start(make_window, sample_file, qtbot):
    first = make_window()
    first.analysis_dock.show()
    first.close()  # remembers the window layout, the open dock included
    window = make_window()
    assert window.analysis_dock.isVisible()
    assert window.files.open_path(sample_file, wait=True)
    qtbot.waitUntil(lambda: window.analysis.analyses_run == 1, timeout=WAIT_MS)
    assert window.analysis.title_label.text() == window.session.doc.title(
        window.tabs.current_journey())
