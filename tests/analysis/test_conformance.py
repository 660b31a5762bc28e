"""The designed journey against what customers did: arrows, skips, loops, drop-outs."""

from __future__ import annotations

import pytest

from klantreis_desktop.analysis import conformance as cf
from klantreis_desktop.analysis import duck_log
from klantreis_desktop.analysis.path_table import PathTable, variants_of
from klantreis_desktop.model import kinds as k
from klantreis_desktop.templates import build_sample
from tests.support import synthetic

AD = "Ziet advertentie ‘schoon opleveren’"
SEARCH = "Zoekt ‘schoonmaak na verhuizing’"
COMPARE = "Vergelijkt prijzen en wat er wordt schoongemaakt"
REVIEWS = "Leest beoordelingen"
CALL = "Belt over reiskosten en beschikbaarheid"
ONLINE = "Boekt online een afspraak"
CONFIRM = "Ontvangt bevestiging per mail"


@pytest.fixture(scope="module")
def sample():
    doc = build_sample("schoonmaak", "nl")
    journey = doc.journeys()[0]
    ids = {doc.title(n): n for n in doc.parts(journey, k.TOUCHPOINT)}
    return doc, journey, ids


def _table(*paths: tuple[int, tuple[str, ...]]) -> PathTable:
    return PathTable(variants_of((steps, n) for n, steps in paths), "test")


def test_arrows_shortcuts_loops_missing_steps_and_drop_outs(sample):
    doc, journey, ids = sample
    table = _table(
        (6, (AD, SEARCH, COMPARE, REVIEWS)),  # follows the map, drops out at the reviews
        (3, (AD, SEARCH, REVIEWS, REVIEWS)),  # skips the comparison, reads twice
        (1, ("Chat met de bot", SEARCH, COMPARE, SEARCH)),  # a step the map lacks, a loop
    )
    result = cf.check_conformance(doc, journey, table)
    assert result.customers == 10 and result.fitting == 0
    arrows = {(a.source_title, a.target_title): a for a in result.arrows}
    assert arrows[AD, SEARCH].customers == 9
    assert arrows[SEARCH, COMPARE].share_of_source == pytest.approx(7 / 10)
    assert arrows[CALL, ONLINE].customers == 0
    kinds = {(d.kind, d.source_title, d.target_title): d for d in result.deviations}
    shortcut = kinds["shortcut", SEARCH, REVIEWS]
    assert shortcut.customers == 3 and shortcut.skipped == (ids[COMPARE],)
    assert kinds["loop", COMPARE, SEARCH].customers == 1
    uses = {t.title: t for t in result.touchpoints}
    assert uses[COMPARE].skipped == 3 and uses[REVIEWS].repeated == 3
    assert uses[REVIEWS].dropped == 9 and uses[REVIEWS].drop_share == pytest.approx(1.0)
    (missing,) = result.missing
    assert (missing.name, missing.customers, missing.before_title) == ("Chat met de bot", 1,
                                                                       SEARCH)
    assert ids["Mail: was alles in orde?"] in result.unseen
    assert result.arrow_shares()[ids[AD], ids[SEARCH]] == pytest.approx(0.9)
    assert result.drop_offs()[ids[REVIEWS]] == pytest.approx(1.0)
    assert result.to_dict()["fitness"] == 0.0


def test_a_mapping_names_events_that_differ_from_the_titles(sample):
    doc, journey, ids = sample
    table = _table((4, ("advertentie gezien", SEARCH)))
    plain = cf.check_conformance(doc, journey, table)
    assert plain.missing and plain.missing[0].name == "advertentie gezien"
    mapped = cf.check_conformance(doc, journey, table, {"advertentie gezien": AD})
    assert not mapped.missing and mapped.mapping["advertentie gezien"] == ids[AD]


def test_customers_walking_the_map_fit_it(sample, tmp_path):
    doc, journey, ids = sample
    model = synthetic.flow_model(doc, journey)
    events = synthetic.journey_events(model, 400, seed=5, drop=0.0, repeat=0.0)
    path = tmp_path / "log.csv"
    synthetic.write_csv(path, events)
    result = cf.check_conformance(doc, journey, duck_log.log_paths(path))
    assert result.customers == 400 and result.fitting == 400
    assert not result.deviations and not result.missing
    assert sum(a.customers for a in result.arrows if a.source == ids[CALL]) == result.touchpoints[
        [t.touchpoint for t in result.touchpoints].index(ids[CALL])].reached


def test_segments_are_checked_one_at_a_time(sample):
    doc, journey, _ids = sample
    from klantreis_desktop.analysis.path_table import PathVariant

    table = PathTable([PathVariant((AD, SEARCH), 2, "zakelijk"),
                       PathVariant((SEARCH,), 5, "particulier")])
    result = cf.check_conformance(doc, journey, table, segment="zakelijk")
    assert result.customers == 2 and result.segment == "zakelijk"


def test_the_check_carries_the_logs_period_when_the_table_has_it(sample):
    """For the poster's legend, which names the period only when the check knows it."""
    from klantreis_desktop.analysis.path_table import PathVariant

    doc, journey, _ids = sample
    table = PathTable([PathVariant((AD, SEARCH), 4, "", "2024-03-05", "2024-04-01"),
                       PathVariant((AD,), 2, "", "2024-03-01", "2024-05-31"),
                       PathVariant((SEARCH,), 1)], "klantlog.csv")
    result = cf.check_conformance(doc, journey, table)
    assert (result.first_seen, result.last_seen) == ("2024-03-01", "2024-05-31")
    assert result.to_dict()["last_seen"] == "2024-05-31"
    assert table.only("").period() == ("2024-03-01", "2024-05-31")
    undated = cf.check_conformance(doc, journey, _table((3, (AD, SEARCH))))
    assert (undated.first_seen, undated.last_seen) == ("", "")
