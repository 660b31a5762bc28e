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
