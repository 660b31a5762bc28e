"""Why customers do not follow the map (review defect 4) and which arrows were taken
(defect 9): every surface that lists a check's findings (the dialog's and the CLI's text,
the analysis panel, the poster's analysis page) accounts for the customers who do not fit."""

from __future__ import annotations

import pytest

from klantreis_desktop.analysis import conformance as cf
from klantreis_desktop.analysis.conformance_report import conformance_text
from klantreis_desktop.analysis.path_table import PathTable, variants_of
from klantreis_desktop.templates import build_sample

AD = "Ziet advertentie ‘schoon opleveren’"
TIP = "Tip van de makelaar"
SEARCH = "Zoekt ‘schoonmaak na verhuizing’"
COMPARE = "Vergelijkt prijzen en wat er wordt schoongemaakt"
REVIEWS = "Leest beoordelingen"
CALL = "Belt over reiskosten en beschikbaarheid"
ONLINE = "Boekt online een afspraak"
CONFIRM = "Ontvangt bevestiging per mail"
VISIT = "Team komt langs — op tijd?"
CHECK = "Loopt het resultaat na met de teamleider"
PAY = "Betaalt via een betaallink"
MAIL = "Mail: was alles in orde?"
WHOLE = (AD, SEARCH, COMPARE, REVIEWS, CALL, ONLINE, CONFIRM, VISIT, CHECK, PAY, MAIL)


def _check(*paths: tuple[int, tuple[str, ...]]) -> cf.Conformance:
    doc = build_sample("schoonmaak", "nl")
    table = PathTable(variants_of((steps, n) for n, steps in paths), "log.csv")
    return cf.check_conformance(doc, doc.journeys()[0], table)


def _repeats_only() -> cf.Conformance:
    """As log100k_extra.csv: fitting walks, repeats, drop-outs, a step the map lacks."""
    return _check(
        (5, WHOLE),  # fits
        (7, WHOLE[:3] + (COMPARE,) + WHOLE[3:]),  # compares twice in a row, nothing else
        (3, (AD, AD, SEARCH)),  # sees the ad twice and drops out at the search
        (2, (AD, SEARCH, "Chat met klantenservice", COMPARE) + WHOLE[3:]),
    )


def test_every_customer_who_does_not_fit_has_a_reason():
    result = _repeats_only()
    assert result.customers == 17 and result.fitting == 5
    assert result.why_not_fitting() == [("repeat", 10, 7), ("drop_out", 3, 0),
                                        ("missing_step", 2, 2)]
    assert not result.deviations  # the log has no loops or shortcuts: none are invented
    repeats = {t.title: t.repeated for t in result.repeats()}
    assert repeats == {COMPARE: 7, AD: 3}
    data = result.to_dict()["not_fitting"]
    assert data[0] == {"reason": "repeat", "customers": 10, "only_reason": 7}


def test_other_reasons_are_counted_too():
    result = _check(
        (1, (SEARCH, COMPARE)),  # no designed start, drops out
        (2, WHOLE[:2] + WHOLE[3:]),  # a shortcut past the comparison
        (4, WHOLE[:3] + (SEARCH,) + WHOLE[2:]),  # a way back
        (1, ("Chat met de bot",)),  # nothing on the map
    )
    why = {reason: (n, only) for reason, n, only in result.why_not_fitting()}
    assert why == {"off_start": (1, 0), "drop_out": (1, 0), "shortcut": (2, 2),
                   "loop": (4, 4), "off_map": (1, 1)}
    assert result.fitting == 0


def test_the_text_lists_the_reasons_and_the_repeats_and_says_what_the_log_lacks():
    lines = conformance_text(_repeats_only())
    text = "\n".join(lines)
    assert "Why 12 do not follow the map" in text
    assert "repeat a touchpoint (twice or more in a row): 10 customers, 7 for this reason " \
           "only" in text
    assert "No shortcuts, ways back or routes the map lacks in this log." in text
    start = lines.index("Repeats (the same touchpoint twice or more in a row):")
    assert lines[start + 1] == f"  “{COMPARE}”: 7 customers (50 % of its visitors)"


def test_an_arrow_nobody_took_is_only_listed_as_nobody_took_it():
    text = "\n".join(conformance_text(_check((5, (AD, SEARCH, COMPARE)))))
    taken = text[text.index("Arrows taken:"):text.index("Arrows nobody took:")]
    assert f"“{AD}” → “{SEARCH}”: 5 customers" in taken
    assert "0 customers" not in taken and "… and" not in taken
    nobody = text[text.index("Arrows nobody took:"):].splitlines()[0]
    assert f"“{CALL}” → “Boekt telefonisch”" in nobody


def test_the_analysis_page_lists_the_reasons_and_the_repeats():
    from klantreis_desktop.export.pdf_conformance import conformance_blocks

    texts = [block.text for block in conformance_blocks(_repeats_only())]
    assert "Why 12 do not follow the map (a customer can have several reasons):" in texts
    assert "repeat a touchpoint (twice or more in a row): 10 customers, 7 for this reason " \
           "only" in texts
    assert "No shortcuts, ways back or routes the map lacks in this log." in texts
    assert "Repeats (the same touchpoint twice or more in a row):" in texts
    assert f"“{COMPARE}”: 7 customers (50 % of its visitors)" in texts


@pytest.mark.usefixtures("qtbot")
def test_the_analysis_panel_lists_the_reasons_and_the_repeats():
    from klantreis_desktop.ui.docks.fit_tree import FitTree
    from klantreis_desktop.ui.docks.measured_findings import fill_measured
    from klantreis_desktop.ui.importing.conformance_dialog import show_result

    result = _repeats_only()
    doc = build_sample("schoonmaak", "nl")
    journey = doc.journeys()[0]
    show_result(doc, journey, result)
    tree = FitTree()
    try:
        fill_measured(tree, doc, journey)
        texts = [item.text(0) for item in tree.all_items()]
    finally:
        tree.deleteLater()
    assert "Why 12 do not follow the map (several reasons can apply):" in texts
    assert "Repeat a touchpoint (twice or more in a row): 10 customers, 7 for this reason " \
           "only" in texts
    assert f"{COMPARE}: repeated by 7 customers (twice or more in a row)" in texts


def _renamed_step() -> cf.Conformance:
    """As the review's log against a map whose "Leest beoordelingen" was renamed: the
    old name is a step the map lacks, and the walk past it a shortcut — the same
    customers under two reasons; one more customer takes a real shortcut too."""
    return _check(
        (6, WHOLE[:3] + ("Leest reviews",) + WHOLE[4:]),  # the renamed step
        (1, WHOLE[:2] + WHOLE[3:]),  # a real shortcut past the comparison
    )


def test_a_shortcut_over_a_step_the_map_lacks_says_it_is_the_same_customers():
    """Review s6 #11: "take a step the map lacks" and "take a shortcut" read as two
    problems for one group of customers. The counts (and the JSON) stay as they were."""
    result = _renamed_step()
    why = {reason: (n, only) for reason, n, only in result.why_not_fitting()}
    assert why == {"missing_step": (6, 0), "shortcut": (7, 1)}
    assert result.same_as_missing("shortcut") == 6
    assert result.to_dict()["not_fitting"] == [
        {"reason": "shortcut", "customers": 7, "only_reason": 1},
        {"reason": "missing_step", "customers": 6, "only_reason": 0}]
    text = "\n".join(conformance_text(result))
    assert ("take a shortcut: 7 customers, 1 for this reason only — 6 of them are the "
            "customers who take a step the map lacks there") in text, text
    line = next(x for x in text.splitlines() if "take a step the map lacks:" in x)
    assert "— " not in line  # said once, on the shortcut's line
    only = _check((6, WHOLE[:3] + ("Leest reviews",) + WHOLE[4:]))
    assert ("take a shortcut: 6 customers, 0 for this reason only — all of them are the "
            "customers who take a step the map lacks there") in "\n".join(
        conformance_text(only))


@pytest.mark.usefixtures("qtbot")
def test_the_analysis_panel_says_they_are_the_same_customers():
    from klantreis_desktop.ui.docks.fit_tree import FitTree
    from klantreis_desktop.ui.docks.measured_findings import fill_measured
    from klantreis_desktop.ui.importing.conformance_dialog import show_result

    doc = build_sample("schoonmaak", "nl")
    journey = doc.journeys()[0]
    show_result(doc, journey, _renamed_step())
    tree = FitTree()
    try:
        fill_measured(tree, doc, journey)
        texts = [item.text(0) for item in tree.all_items()]
    finally:
        tree.deleteLater()
    assert ("Take a shortcut: 7 customers, 1 for this reason only — 6 of them are the "
            "customers who take a step the map lacks there") in texts, texts
