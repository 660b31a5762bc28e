"""Numbers and counts in the analysis texts (issue 19 review): the badges' number style
(− sign, one decimal, decimal comma in Dutch) and plural forms ("1 klant", "3 klanten")."""

from __future__ import annotations

from klantreis_desktop import i18n
from klantreis_desktop.analysis.conformance_report import assumption_text
from klantreis_desktop.analysis.survey import AssumptionFinding
from klantreis_desktop.layout.measured import signed_text

FINDING = AssumptionFinding("tp", "Betaalt via een betaallink", "Aankoop", "p", "Esther Visser",
                            "Esther Visser", 1, -1.11, -1.56, 0.44, 13, -2.11)


def test_scores_are_written_like_the_badges():
    assert signed_text(-0.7) == "−0,7" and signed_text(0.44, ".") == "+0.4"
    assert signed_text(-0.04) == "0,0"
    (line,) = assumption_text("Reis", [FINDING])[1:]
    assert "assumed +1, measured −1.1 (middle half −1.6 … +0.4, n = 13)" in line
    i18n.set_language("nl")
    try:
        (line,) = assumption_text("Reis", [FINDING])[1:]
        assert "−1,1" in line and "−1,6 … +0,4" in line and "-" not in line
    finally:
        i18n.set_language("en")


def test_counts_take_the_singular_or_plural():
    text = "{title}: %n customer(s) stop here"
    assert i18n.translate("Analysis", text, "", 1) == "{title}: 1 customer stop here"
    assert i18n.translate("Analysis", text, "", 3) == "{title}: 3 customers stop here"


def test_dutch_counts_say_klant_or_klanten():
    from klantreis_desktop.analysis.conformance_report import _customers

    i18n.set_language("nl")
    try:
        assert _customers(1) == "1 klant" and _customers(3) == "3 klanten"
    finally:
        i18n.set_language("en")
    assert _customers(1) == "1 customer" and _customers(2) == "2 customers"


def test_a_refused_figure_says_its_bounds_with_a_minus_sign():
    """Review s6 #12: "ligt buiten -100…100" had a hyphen for a minus."""
    from klantreis_desktop.model import measures as m

    nps = m.KNOWN_METRICS["nps"]
    assert nps.refusal(-250.0) == "−250 lies outside −100…100 for NPS."
    i18n.set_language("nl")
    try:
        assert "−100…100" in (nps.refusal(150.5) or "") and "150,5" in (
            nps.refusal(150.5) or "")
    finally:
        i18n.set_language("en")


def test_a_neutral_assumed_score_reads_0_not_plus_0():
    """Review s6 #12: "aangenomen +0" on the panel, the analysis page and the CLI."""
    import dataclasses

    from klantreis_desktop.analysis.journey import score_text

    (line,) = assumption_text("Reis", [dataclasses.replace(FINDING, assumed=0)])[1:]
    assert "assumed 0, measured" in line
    assert score_text(0, (-2, 2)) == "0" and score_text(-1, (-2, 2)) == "-1"
