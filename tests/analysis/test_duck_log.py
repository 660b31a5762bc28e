"""Large logs through DuckDB give exactly the paths the pure-Python reader gives."""

from __future__ import annotations

import pytest

from klantreis_desktop.analysis import duck_log
from klantreis_desktop.analysis.csvformat import EventLogError, ImportCancelled
from klantreis_desktop.analysis.path_table import (
    PathTable,
    from_event_log,
    path_table_csv,
    read_path_table,
)
from tests.support import synthetic


@pytest.fixture(scope="module")
def sample_log(tmp_path_factory):
    folder = tmp_path_factory.mktemp("duck")
    events = synthetic.journey_events(synthetic.sample_model(), 600, seed=3)
    path = folder / "log.csv"
    synthetic.write_csv(path, events)
    return path


def test_both_engines_find_the_same_paths_channels_and_phases(sample_log):
    pure = duck_log.log_paths(sample_log, engine="python")
    duck = duck_log.log_paths(sample_log, engine="duckdb", details=True)
    assert (pure.engine, duck.engine) == ("python", "duckdb")
    assert duck.counts() == pure.counts()
    assert duck.customers == 600 and duck.events == pure.events
    assert duck.channels == pure.channels and duck.phases == pure.phases
    assert {(v.steps, v.first_seen, v.last_seen) for v in duck.variants} == {
        (v.steps, v.first_seen, v.last_seen) for v in pure.variants}


def test_a_cp1252_log_with_names_only_at_its_end(tmp_path):
    events = [(f"K{n:05d}", synthetic.datetime(2024, 1, 1) + synthetic.timedelta(minutes=n),
               "Ziet ‘reclame’" if n < 30_000 else "Mail: was alles in orde?", "", "")
              for n in range(30_100)]
    path = tmp_path / "cp.csv"
    synthetic.write_csv(path, events, encoding="cp1252")
    table = duck_log.log_paths(path, engine="duckdb")
    assert table.counts() == {("Ziet ‘reclame’",): 30_000, ("Mail: was alles in orde?",): 100}


def test_bad_rows_refuse_with_their_numbers_or_are_skipped(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("klant;tijdstip;contactmoment\nK1;01-02-2024 10:00;A\nK1;gisteren;B\n"
                    "K2;01-02-2024 11:00;A\n;01-02-2024 12:00;C\n", encoding="utf-8")
    with pytest.raises(EventLogError, match="Row 3") as caught:
        duck_log.log_paths(path, engine="duckdb")
    assert "Row 5" in str(caught.value) and caught.value.bad_rows == 2
    table = duck_log.log_paths(path, engine="duckdb", skip_bad_rows=True)
    assert table.counts() == {("A",): 2} and table.skipped_rows == 2


def test_dates_without_times_keep_the_file_order(tmp_path):
    path = tmp_path / "dates.csv"
    path.write_text("klant;datum;stap\nK1;01-02-2024;Zoekt\nK1;01-02-2024;Boekt\n"
                    "K1;03-02-2024;Betaalt\n", encoding="utf-8")
    for engine in ("python", "duckdb"):
        table = duck_log.log_paths(path, engine=engine)
        assert table.counts() == {("Zoekt", "Boekt", "Betaalt"): 1}, engine


def test_equal_times_are_ordered_by_name_in_both_engines(tmp_path):
    path = tmp_path / "ties.csv"
    path.write_text("klant;tijdstip;stap\nK1;01-02-2024 10:00;Zoekt\nK1;01-02-2024 10:00;Boekt\n",
                    encoding="utf-8")
    assert {e: duck_log.log_paths(path, engine=e).counts() for e in ("python", "duckdb")} == {
        "python": {("Boekt", "Zoekt"): 1}, "duckdb": {("Boekt", "Zoekt"): 1}}


def test_parquet_logs_and_segments(tmp_path):
    import duckdb

    path = tmp_path / "log.parquet"
    duckdb.sql("""SELECT * FROM (VALUES ('K1', TIMESTAMP '2024-01-01 10:00', 'A', 'zakelijk'),
                                        ('K1', TIMESTAMP '2024-01-01 11:00', 'B', 'zakelijk'),
                                        ('K2', TIMESTAMP '2024-01-02 09:00', 'A', 'particulier'))
                  t(customer_id, timestamp, touchpoint, segment)""").write_parquet(str(path))
    table = duck_log.log_paths(path, segment="segment", details=True)
    assert table.engine == "duckdb" and table.segments() == ["particulier", "zakelijk"]
    assert table.only("zakelijk").counts() == {("A", "B"): 1}
    assert table.only("particulier").variants[0].first_seen == "2024-01-02"


def test_cancel_stops_the_query(sample_log):
    with pytest.raises(ImportCancelled):
        duck_log.log_paths(sample_log, engine="duckdb", cancelled=lambda: True)


def test_progress_is_reported_to_the_end(sample_log):
    seen: list[tuple[int, int]] = []
    duck_log.log_paths(sample_log, engine="duckdb", progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (1000, 1000) and all(t == 1000 for _, t in seen)


def test_a_path_table_round_trips_through_csv_and_parquet(sample_log, tmp_path):
    import duckdb

    table = from_event_log(__import__("klantreis_desktop.analysis.eventlog",
                                      fromlist=["x"]).read_event_log(sample_log))
    csv_path = tmp_path / "paths.csv"
    csv_path.write_text(path_table_csv(table), encoding="utf-8")
    again = read_path_table(csv_path)
    assert again.counts() == table.counts() and again.engine == "table"
    parquet = tmp_path / "paths.parquet"
    duckdb.sql(f"SELECT * FROM read_csv('{csv_path}', all_varchar=true)").write_parquet(
        str(parquet))
    assert read_path_table(parquet).counts() == table.counts()


def test_a_broken_path_table_is_refused(tmp_path):
    path = tmp_path / "paths.csv"
    path.write_text("path,customers\nA|B,3\nA,nul\n,2\n", encoding="utf-8")
    with pytest.raises(EventLogError):
        read_path_table(path)
    path.write_text("route;klanten\nA|B;3\nA|B;2\n", encoding="utf-8")
    assert read_path_table(path).counts() == {("A", "B"): 5}
    assert isinstance(read_path_table(path), PathTable)


def test_names_the_sample_missed_are_found_by_reading_every_name(tmp_path, monkeypatch):
    events = [(f"K{n:05d}", synthetic.datetime(2024, 1, 1) + synthetic.timedelta(minutes=n),
               "Begin" if n < 20_000 else f"Laat {n % 3}", "", "") for n in range(20_030)]
    path = tmp_path / "late.csv"
    synthetic.write_csv(path, events)
    monkeypatch.setattr(duck_log, "spread_sample", lambda *args, **kwargs: [])
    table = duck_log.log_paths(path, engine="duckdb")
    assert table.counts() == {("Begin",): 20_000, ("Laat 0",): 10, ("Laat 1",): 10,
                              ("Laat 2",): 10}


def _both(path, **kwargs):
    """Both engines' variants (steps, customers, first and last day) of one log."""
    found = {}
    for engine in ("python", "duckdb"):
        table = duck_log.log_paths(path, engine=engine, details=True, **kwargs)
        found[engine] = sorted((v.steps, v.customers, v.first_seen, v.last_seen)
                               for v in table.variants)
    return found


def test_a_shuffled_log_sorts_every_customer_like_the_pure_python_reader(tmp_path):
    # Rows out of time order: most customers' lists arrive unsorted and take list_sort.
    import random

    events = synthetic.journey_events(synthetic.sample_model(), 400, seed=5)
    random.Random(7).shuffle(events)
    path = tmp_path / "shuffled.csv"
    synthetic.write_csv(path, events)
    found = _both(path)
    assert found["duckdb"] == found["python"] and len(found["python"]) > 20


def test_times_before_1970_and_spaces_around_names_and_times(tmp_path):
    # Negative keys skip the in-order shortcut; " Boekt" and "Boekt" are one name, tied
    # by time with "Betaalt" (ordered by name); a timestamp without seconds takes the
    # general reader after the sample's form.
    path = tmp_path / "odd.csv"
    path.write_text(
        "klant;tijdstip;stap\n"
        "K1;01-02-1965 10:00:00;Zoekt\nK1;01-02-1965 09:00:00;Kijkt\n"
        "K2;03-04-2024 10:00:00; Boekt\nK2;03-04-2024 10:00:00;Betaalt\n"
        "K2;03-04-2024 09:00:00;Zoekt\n"
        "K3;03-04-2024 11:00:00;Boekt\nK3;03-04-2024 10:00;Betaalt\n"
        "K3;03-04-2024 12:00:00;Klant's mail\n", encoding="utf-8")
    found = _both(path)
    assert found["duckdb"] == found["python"]
    assert {steps for steps, *_ in found["duckdb"]} == {
        ("Kijkt", "Zoekt"), ("Zoekt", "Betaalt", "Boekt"), ("Betaalt", "Boekt", "Klant's mail")}


def test_a_name_the_sample_missed_ties_after_the_known_names(tmp_path, monkeypatch):
    # A late name (code 32768 + hash) at the same moment as a known one: both engines put
    # the known name first only when it sorts first by name.
    events = [(f"K{n:05d}", synthetic.datetime(2024, 1, 1) + synthetic.timedelta(minutes=n),
               "Begin", "", "") for n in range(20_000)]
    last = synthetic.datetime(2024, 3, 1)
    events += [("K00001", last, "Aaa laat", "", ""), ("K00001", last, "Zzz", "", ""),
               ("K00002", last, "Zzz", "", "")]
    path = tmp_path / "late-tie.csv"
    synthetic.write_csv(path, events)
    monkeypatch.setattr(duck_log, "spread_sample", lambda *args, **kwargs: [])
    found = _both(path)
    assert found["duckdb"] == found["python"]
    assert ("Begin", "Aaa laat", "Zzz") in {steps for steps, *_ in found["duckdb"]}


def test_both_engines_agree_on_a_log_above_the_small_log_size(tmp_path):
    # 6,000 customers (~5 MB, where log_paths chooses DuckDB), read with two threads.
    events = synthetic.journey_events(synthetic.sample_model(), 6_000, seed=11)
    path = tmp_path / "larger.csv"
    synthetic.write_csv(path, events)
    pure = duck_log.log_paths(path, engine="python")
    duck = duck_log.duck_paths(path, threads=2)
    assert duck.counts() == pure.counts() and duck.events == pure.events


def test_whole_second_logs_take_the_narrow_key_and_agree(tmp_path, monkeypatch):
    # 32-bit keys (seconds since a base, then the code): same variants as both the wide
    # key and the pure-Python reader.
    events = synthetic.journey_events(synthetic.sample_model(), 3_000, seed=13)
    path = tmp_path / "narrow.csv"
    synthetic.write_csv(path, events)
    used = []
    narrow_key = duck_log._narrow_key
    monkeypatch.setattr(duck_log, "_narrow_key",
                        lambda *args, **kw: used.append(narrow_key(*args, **kw)) or used[-1])
    found = _both(path)
    assert used and used[0] is not None
    assert found["duckdb"] == found["python"]
    monkeypatch.setattr(duck_log, "_narrow_key", lambda *args, **kw: None)
    assert _both(path)["duckdb"] == found["python"]


def test_a_time_outside_the_sampled_window_takes_the_wide_key(tmp_path, monkeypatch):
    # The sample sees only 2024; one customer comes back in 2060 and another was seen in
    # 1990: their keys fall outside the narrow window, get the mark and the wide key
    # runs. Ties at the late moments still go by name.
    events = [(f"K{n:05d}", synthetic.datetime(2024, 1, 1) + synthetic.timedelta(minutes=n),
               "Begin", "", "") for n in range(20_000)]
    events += [("K00001", synthetic.datetime(2060, 5, 1), "Zzz", "", ""),
               ("K00001", synthetic.datetime(2060, 5, 1), "Aaa", "", ""),
               ("K00002", synthetic.datetime(1990, 5, 1), "Zzz", "", "")]
    path = tmp_path / "far.csv"
    synthetic.write_csv(path, events)
    monkeypatch.setattr(duck_log, "spread_sample", lambda *args, **kwargs: [])
    reread = []
    all_names = duck_log._all_names
    monkeypatch.setattr(duck_log, "_all_names",
                        lambda *args: reread.append(1) or all_names(*args))
    found = _both(path)
    assert reread  # the mark was seen: every name read, the wide key run
    assert found["duckdb"] == found["python"]
    steps = {steps for steps, *_ in found["duckdb"]}
    assert ("Begin", "Aaa", "Zzz") in steps and ("Zzz", "Begin") in steps


def test_the_narrow_window_is_centred_on_the_sample():
    key, mark = duck_log._narrow_key("x", (1_700_000_000, 1_700_000_000 + 86_400), 13)
    assert mark == 15 and "BETWEEN 0 AND 134217727" in key
    assert duck_log._narrow_key("x", (0, 2 ** 30), 13) is None  # wider than half the room
    assert duck_log._narrow_key("x", (0, 10), 40)[1] == 63


def test_the_csv_readers_own_types_or_the_tolerant_query(tmp_path, monkeypatch):
    # A clean one-form log is read once with the CSV reader's types; a name the sample
    # missed or a time beyond the 32-bit key's room makes the reader stop, and the tolerant
    # query gives the same paths as the pure-Python reader.
    runs = []
    run = duck_log._run

    def counted(con, sql, *rest):
        if "list(k)" in sql:  # the paths query
            runs.append("typed" if "timestampformat" in sql else "tolerant")
        return run(con, sql, *rest)

    monkeypatch.setattr(duck_log, "_run", counted)
    monkeypatch.setattr(duck_log, "spread_sample", lambda *args, **kwargs: [])
    events = [(f"K{n % 5_000:05d}", synthetic.datetime(2024, 1, 1) + synthetic.timedelta(
        minutes=n), ("Zoekt", "Boekt", "Betaalt")[n % 3], "", "") for n in range(20_000)]
    for name, extra in (("clean", []),
                        ("missed", [("K00001", synthetic.datetime(2024, 3, 1), "Zzz", "", "")]),
                        ("far", [("K00002", synthetic.datetime(2100, 3, 1), "Boekt", "", "")])):
        path = tmp_path / f"{name}.csv"
        synthetic.write_csv(path, events + extra)
        runs.clear()
        found = _both(path)
        assert found["duckdb"] == found["python"], name
        assert runs[0] == "typed" and (len(runs) == 1) == (name == "clean"), (name, runs)


def test_large_logs_are_read_in_large_parts_with_the_same_paths(tmp_path, monkeypatch):
    # From LARGE_LOG_BYTES on the CSV reader gets a 64 MB buffer (fewer lists out of
    # order); the paths, the refusal with row numbers and the skipped rows stay the same.
    import random

    queries = []
    run = duck_log._run
    monkeypatch.setattr(duck_log, "_run", lambda con, sql, *rest: queries.append(sql)
                        or run(con, sql, *rest))
    events = synthetic.journey_events(synthetic.sample_model(), 3_000, seed=17)
    random.Random(3).shuffle(events[:5_000])
    path = tmp_path / "large.csv"
    synthetic.write_csv(path, events)
    before = _both(path)
    assert queries and not any("buffer_size" in sql for sql in queries)
    monkeypatch.setattr(duck_log, "LARGE_LOG_BYTES", 0)
    queries.clear()
    assert _both(path) == before and before["duckdb"] == before["python"]
    assert queries and all(f"buffer_size={64 * 1024 ** 2}" in sql for sql in queries)
    bad = tmp_path / "bad.csv"
    bad.write_text("klant;tijdstip;contactmoment\nK1;01-02-2024 10:00;A\nK1;gisteren;B\n"
                   "K2;01-02-2024 11:00;A\n;01-02-2024 12:00;C\n", encoding="utf-8")
    with pytest.raises(EventLogError, match="Row 3") as caught:
        duck_log.log_paths(bad, engine="duckdb")
    assert "Row 5" in str(caught.value) and caught.value.bad_rows == 2
    assert duck_log.log_paths(bad, engine="duckdb", skip_bad_rows=True).counts() == {
        ("A",): 2}
