"""Review s6 #12: the inspector gave its fields what a long label left over (the journey's
Titel ~90 px, Einddoel one word per line), and "Flag assumptions over (points)" said little."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit, QWidget

from klantreis_desktop.ui.labels import field_label
from klantreis_desktop.ui.window.main_window import MainWindow


def shown_journey_form(qtbot, window: MainWindow) -> QWidget:
    window.inspector_dock.show()
    window.inspector_dock.raise_()
    window.resize(1280, 800)
    window.resizeDocks([window.inspector_dock], [330], Qt.Orientation.Horizontal)
    window.tabs.current_scene().select_ids([])  # nothing selected: the journey itself
    page = window.inspector.widget()
    qtbot.waitUntil(lambda: page.isVisible() and page.width() > 200, timeout=10_000)
    QApplication.processEvents()
    return page


def test_text_fields_get_the_width_of_the_inspector(qtbot, window: MainWindow) -> None:
    page = shown_journey_form(qtbot, window)
    title = page.findChild(QLineEdit, "field_title")
    end_goal = page.findChild(QPlainTextEdit, "field_end_goal")
    assert title is not None and end_goal is not None
    qtbot.waitUntil(lambda: title.width() > 0, timeout=10_000)
    assert title.width() >= 0.5 * page.width(), (title.width(), page.width())
    assert end_goal.width() >= 0.85 * page.width(), (end_goal.width(), page.width())


def test_the_assumption_field_says_what_it_does(qtbot, window: MainWindow) -> None:
    page = shown_journey_form(qtbot, window)
    label = next(w for w in page.findChildren(QLabel)
                 if w.text() == field_label("assumption_threshold"))
    assert label.text() != "Flag assumptions over (points)"  # said little
    assert "assumption" in label.toolTip() and "measured" in label.toolTip()
    spin = page.findChild(QWidget, "field_assumption_threshold")
    assert spin.toolTip() == label.toolTip()
    assert spin.width() < 0.6 * page.width() or label.y() < spin.y()  # a readable row


def test_a_long_check_box_label_is_the_box_s_own_text(qtbot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QCheckBox

    doc = window.session.doc
    journey = window.tabs.current_journey()
    touchpoint = next(c for c in doc.cards(journey) if doc.kind(c) == "touchpoint")
    window.tabs.current_scene().select_ids([touchpoint])
    box = window.inspector.widget().findChild(QCheckBox, "field_moment_of_truth")
    assert box is not None and box.text() == field_label("moment_of_truth")
    visible = [w for w in window.inspector.widget().findChildren(QLabel)
               if w.text() == field_label("moment_of_truth") and not w.isHidden()]
    assert visible == []
