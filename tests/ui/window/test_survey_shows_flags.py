"""After File › Import › Survey… the analysis panel shows the assumptions to check.

Found by the real-window acceptance test (tests/acceptance/test_measured_journey.py): the
import's report says "2 assumptions to check: see the analysis panel", the panel opened at
its top (the emotions per persona, the channel matrix, ...) and the "Measured" section with
them was far below the fold at 1280×800; nobody saw a flag without scrolling for it.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from klantreis_desktop.analysis import survey as sv
from klantreis_desktop.analysis.sheets import Table
from klantreis_desktop.ui.importing import survey_dialog

WAIT_MS = 10_000  # a ceiling, not a timing assertion


def _fake_import(window):
    """What the dialog does when the facilitator clicks Import: one pushed survey whose
    customers found the confirmation mail poor (the team assumed it was fine)."""
    def show(parent, session, journey) -> bool:
        doc = session.doc
        touchpoint = next(c for c in doc.cards(journey)
                          if doc.title(c) == "Receives confirmation email")
        rows = [[f"R{i}", 2 if i % 2 else 1] for i in range(12)]
        table = Table(["Respondent", doc.title(touchpoint)], rows)
        session.push(sv.plan_survey(doc, journey, table,
                                    sv.SurveySpec(columns=((1, ""),), scale=(1, 10))).change)
        assert sv.assumption_findings(doc, journey)
        return True
    return show


def test_the_flags_are_in_view_after_a_survey_import(window, qtbot, monkeypatch):
    window.resize(1280, 800)
    window.analysis_dock.hide()
    QApplication.processEvents()
    monkeypatch.setattr(survey_dialog, "show_survey_dialog", _fake_import(window))
    window.measured.show_survey()
    panel = window.analysis
    qtbot.waitUntil(lambda: window.analysis_dock.isVisible() and not panel.stale,
                    timeout=WAIT_MS)
    QApplication.processEvents()
    texts = [text for text, _ in panel.entries()]
    assert "Check these assumptions" in texts
    heading = panel.measured_heading
    viewport = panel.scroll_area.viewport()

    def in_view() -> bool:  # the heading and a line of the flags under it
        top = heading.mapTo(viewport, QPoint(0, 0)).y()
        return 0 <= top < viewport.height() - 2 * heading.height()

    qtbot.waitUntil(in_view, timeout=WAIT_MS)
    for _ in range(3):  # the dock's later layout rounds keep it there
        QApplication.processEvents()
    assert in_view(), (heading.mapTo(viewport, QPoint(0, 0)).y(), viewport.height())
    # Scrolling by hand ends it: the panel then stays where the user put it.
    bar = panel.scroll_area.verticalScrollBar()
    bar.triggerAction(bar.SliderAction.SliderToMinimum)
    panel.refresh()
    QApplication.processEvents()
    assert bar.value() == 0
