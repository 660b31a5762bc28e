"""The check dialog's event-name mapping can be reviewed and corrected (review defect 10):
after checking again every name mapped by hand stays listed with its choice, editable."""

from __future__ import annotations

from pathlib import Path

import pytest

from klantreis_desktop.model import kinds as k
from klantreis_desktop.templates import build_sample
from klantreis_desktop.ui.canvas.measured_items import set_conformance
from klantreis_desktop.ui.importing.conformance_dialog import ConformanceDialog
from klantreis_desktop.ui.session import DocumentSession

WAIT_MS = 60_000  # a ceiling, not a timing assertion


@pytest.fixture
def session(qtbot):
    made = DocumentSession(build_sample("schoonmaak", "en"))
    yield made
    made.close()


def _dutch_log(tmp_path: Path) -> Path:
    lines = ["Klantnummer;Datum;Contactmoment"]
    walk = ["Ziet advertentie", "Zoekt schoonmaak", "Vergelijkt prijzen"]
    for customer in range(9):  # three see the ad only: the busiest name, listed first
        steps = walk if customer < 6 else walk[:1]
        lines += [f"K{customer};{1 + i:02d}-03-2024 10:00;{step}" for i, step in enumerate(steps)]
    path = tmp_path / "log.csv"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _check(qtbot, dialog, start: bool = False) -> None:
    with qtbot.waitSignal(dialog.job_finished, timeout=WAIT_MS) as blocker:
        assert dialog.start_check() if start else dialog.check_again()
    assert blocker.args == ["done"], dialog.status.text()


def test_mapped_names_stay_listed_with_their_choice_after_checking_again(qtbot, session,
                                                                         tmp_path):
    doc = session.doc
    journey = next(j for j in doc.journeys() if doc.parts(j, k.TOUCHPOINT))
    dialog = ConformanceDialog(session, journey)
    qtbot.addWidget(dialog)
    try:
        assert dialog.load_file(_dutch_log(tmp_path))
        _check(qtbot, dialog, start=True)
        names = ["Ziet advertentie", "Vergelijkt prijzen", "Zoekt schoonmaak"]
        assert list(dialog.mapping_combos) == names  # busiest first
        combos = dialog.mapping_combos
        combos["Ziet advertentie"].setCurrentIndex(1)  # a wrong touchpoint, by mistake
        combos["Zoekt schoonmaak"].setCurrentIndex(2)
        _check(qtbot, dialog)
        assert list(dialog.mapping_combos) == names  # none vanishes or moves away
        wrong = dialog.mapping_combos["Ziet advertentie"]
        assert wrong.currentIndex() == 1 and wrong.isEnabled()
        assert dialog.checked is not None and "Ziet advertentie" in dialog.checked.mapping
        wrong.setCurrentIndex(0)  # corrected: back to "a step the map lacks"
        _check(qtbot, dialog, start=True)  # the Check button checks again as well
        assert "Ziet advertentie" not in dialog.checked.mapping
        assert list(dialog.mapping_combos) == names
        assert dialog.mapping_combos["Zoekt schoonmaak"].currentIndex() == 2
    finally:
        set_conformance(doc, journey, None)


def test_the_dialog_opens_again_on_the_last_log_and_mapping_of_the_session(qtbot, session,
                                                                           tmp_path):
    doc = session.doc
    journey = next(j for j in doc.journeys() if doc.parts(j, k.TOUCHPOINT))
    path = _dutch_log(tmp_path)
    first = ConformanceDialog(session, journey)
    qtbot.addWidget(first)
    again = ConformanceDialog(session, journey)
    qtbot.addWidget(again)
    try:
        assert first.load_file(path)
        _check(qtbot, first, start=True)
        first.mapping_combos["Zoekt schoonmaak"].setCurrentIndex(2)
        first.remember()
        chosen = first.mapping()
        again.recall()
        assert again.columns.path == path
        _check(qtbot, again, start=True)
        assert again.mapping() == chosen
        assert list(again.mapping_combos) == ["Ziet advertentie", "Vergelijkt prijzen",
                                              "Zoekt schoonmaak"]
        assert again.mapping_combos["Zoekt schoonmaak"].currentIndex() == 2
        fresh = DocumentSession(build_sample("schoonmaak", "en"))
        try:  # another document's dialog remembers nothing
            blank = ConformanceDialog(fresh, journey)
            qtbot.addWidget(blank)
            blank.recall()
            assert blank.columns.path is None and blank.mapping() == {}
        finally:
            fresh.close()
    finally:
        set_conformance(doc, journey, None)


def test_a_reopened_dialog_lists_the_findings_the_canvas_shows(qtbot, session, tmp_path):
    """Review s6 #11: after reopening, the Findings tab was empty until Check again,
    while the canvas showed the findings."""
    from klantreis_desktop.analysis.conformance_report import conformance_text

    doc = session.doc
    journey = next(j for j in doc.journeys() if doc.parts(j, k.TOUCHPOINT))
    first = ConformanceDialog(session, journey)
    qtbot.addWidget(first)
    try:
        assert first.load_file(_dutch_log(tmp_path))
        _check(qtbot, first, start=True)
        first.mapping_combos["Zoekt schoonmaak"].setCurrentIndex(2)
        _check(qtbot, first)
        first.remember()
        listed = [first.findings.item(i).text() for i in range(first.findings.count())]
        assert listed == conformance_text(first.checked)
        again = ConformanceDialog(session, journey)
        qtbot.addWidget(again)
        again.recall()
        shown = [again.findings.item(i).text() for i in range(again.findings.count())]
        assert shown == listed and again.tabs.currentIndex() == 1
        assert again.mapping_combos["Zoekt schoonmaak"].currentIndex() == 2
        assert "follow the map" in again.status.text()
    finally:
        set_conformance(doc, journey, None)


def test_a_dialog_reopened_after_the_map_changed_says_so(qtbot, session, tmp_path):
    """Left from review s6: once the map changed the canvas drops the check, but the
    reopened dialog said nothing about why its Findings tab stayed empty."""
    from klantreis_desktop.model import operations as ops

    doc = session.doc
    journey = next(j for j in doc.journeys() if doc.parts(j, k.TOUCHPOINT))
    first = ConformanceDialog(session, journey)
    qtbot.addWidget(first)
    try:
        assert first.load_file(_dutch_log(tmp_path))
        _check(qtbot, first, start=True)
        first.remember()
        touchpoint = doc.parts(journey, k.TOUCHPOINT)[0]
        session.push(ops.update(doc, touchpoint, title="Renamed after the check"))
        again = ConformanceDialog(session, journey)
        qtbot.addWidget(again)
        again.recall()
        assert again.findings.count() == 0
        assert "The map changed since the last check" in again.status.text()
    finally:
        set_conformance(doc, journey, None)
