"""After a Mermaid import (a 1–5 scale) the analysis panel writes scores on the journey's
own scale (review defect 14: "Lowest +2" for a 2 on 1…5, as if it were −2…+2)."""

from __future__ import annotations

from klantreis_desktop.analysis.journey import analyse_journey, score_text
from klantreis_desktop.analysis.report import journey_text
from klantreis_desktop.export.content_text import journey_from_mermaid, journey_mermaid
from klantreis_desktop.templates import build_sample
from klantreis_desktop.ui.docks.analysis_panel import AnalysisPanel
from klantreis_desktop.ui.session import DocumentSession


def test_score_text_follows_the_scale():
    assert score_text(2, (1, 5)) == "2"
    assert score_text(2, (-2, 2)) == "+2"
    assert score_text(-1, (-2, 2)) == "-1"


def test_the_panel_writes_a_mermaid_journeys_scores_on_its_scale(qtbot):
    doc = build_sample("schoonmaak", "en")
    text = journey_mermaid(doc, doc.journeys()[0])
    doc.apply(journey_from_mermaid(doc, text, "Imported"))
    journey = doc.journeys()[-1]
    assert doc.scale(journey) == (1, 5)
    session = DocumentSession(doc)
    panel = AnalysisPanel()
    qtbot.addWidget(panel)
    panel.set_session(session)
    panel.set_journey(journey)
    panel.show()
    try:
        qtbot.waitUntil(lambda: any(t.startswith("Lowest") for t, _ in panel.entries()),
                        timeout=20_000)
        lowest = [t for t, _ in panel.entries() if t.startswith("Lowest")]
        assert lowest and all("+" not in t for t in lowest), lowest
        assert any(t.startswith("Lowest 2: ") for t in lowest), lowest
        report = "\n".join(journey_text(analyse_journey(doc, journey)))
        assert "lowest 2 at" in report and "lowest +" not in report
    finally:
        panel.set_session(None)
        session.close()
