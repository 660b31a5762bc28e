"""The benchmark suite's own code: its statistics, its reading of Qt's paint log, its
floors, and one small end-to-end run of ``benchmarks/run``. No timing is asserted: the
figures are measurements, these tests only check that the measuring works."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks"
sys.path.insert(0, str(BENCH))

import launch  # noqa: E402
import stats  # noqa: E402

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="reads /proc and Qt's offscreen platform")


def _tiny_cards() -> dict:
    """A card list as card_list.py writes it, with three cards."""
    font = str(ROOT / "resources" / "fonts" / "DejaVuSans.ttf")
    look = ["#cfe8ff", "#5b9bd5", "#1d2733"]
    return {
        "cards": 3, "font": font,
        "texts": ["klant vergelijkt prijs", "een heel lang woord: "
                  "aansprakelijkheidsverzekeringsmaatschappij", "retour"],
        "poster_texts": ["klant vergelijkt prijs", "retour", "levering pakket"],
        "canvas": {"scene_rect": [-40, -40, 600, 400], "card_font_px": 11, "padding": 8,
                   "footer": 14,
                   "headers": [[150, 0, 204, 56, "Fase 1", "#2f4858", 13]],
                   "cards": [[162, 68, 180, 60, *look], [162, 140, 180, 80, *look],
                             [366, 68, 180, 48, *look]],
                   "window": {"size": [800, 600], "viewport": [10, 40, 700, 520],
                              "zoom": 1.0}},
        "poster": {"page": [2383.9, 3370.4], "scale": 0.5, "offset": [28.3, 28.3],
                   "poster": [4000, 6000], "card_font_size": 11, "padding": 8,
                   "footer": 16, "line_height": 1.3,
                   "cards": [[100, 100, 300, 60, *look], [100, 170, 300, 60, *look],
                             [420, 100, 300, 60, *look]]},
    }


# Reading the paint log --------------------------------------------------------------------

def test_the_window_settles_after_the_paint_that_starts_right_after_a_flush():
    # A flush, a paint starting 4 ms later that takes 95 ms, its flush, then quiet: the
    # gap between the two flushes is 100 ms, but the window was busy painting.
    events = [(10.000, False), (10.150, True), (10.154, False), (10.249, True),
              (10.250, False), (10.251, True)]
    assert launch.settle_point(events) == 5


def test_the_first_quiet_gap_after_a_flush_is_the_settle_point():
    events = [(10.0, False), (10.1, True), (10.35, False), (10.4, True)]
    assert launch.settle_point(events) == 1
    assert launch.settle_point([(1.0, False)]) is None


def test_the_app_settles_only_after_it_said_start_up_is_done():
    # The empty window flushes at 10.1 and stays quiet while the canvas is built (no
    # paint); the journey's paint follows the ready line at 10.5.
    events = [(10.0, False), (10.1, True), (10.55, False), (10.6, True), (10.62, False),
              (10.7, True)]
    assert launch.settle_point(events) == 1
    assert launch.settle_point(events, after=10.5) == 5
    assert launch.settle_point(events[:2], after=10.5) is None


@linux_only
def test_the_app_writes_the_ready_line_the_benchmark_reads(tmp_path):
    code = ("import gc, klantreis_desktop.ui.ready_mark as mark\n"
            "from PySide6.QtCore import QCoreApplication\n"
            "app = QCoreApplication([]); gc.collect(); mark.say_ready()\n")
    env = dict(os.environ, HOME=str(tmp_path), QT_LOGGING_RULES=launch.PAINT_RULES,
               QT_MESSAGE_PATTERN=launch.PAINT_PATTERN)
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert launch.READY_MARK in done.stderr
    quiet = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           env=dict(os.environ, HOME=str(tmp_path)), timeout=120)
    assert "ready" not in quiet.stderr, "the app prints nothing unless asked"


def test_the_paint_log_reader_keeps_the_ready_line_apart():
    lines = [b"10.100 qt.widgets.painting Flushing QRect(0,0 8x8) of QWidget to QWidgetWindow\n",
             b"10.500 klantreis.startup ready\n",
             b"10.550 qt.widgets.painting Painting and flushing dirty top level\n"]
    reader = launch._Reader(iter(lines))
    reader.run()
    assert reader.ready == 10.5
    assert reader.events == [(10.1, True), (10.55, False)]
    assert launch.READY_MARK.split()[0] in launch.PAINT_RULES


# Statistics -------------------------------------------------------------------------------

def test_a_row_has_the_spread_of_both_sides_and_the_ratio_of_the_medians():
    row = stats.compare("P1", "start", "s", [1.0, 3.0, 2.0], [1.0, 1.0, 2.0], goal=1.25)
    assert (row.ours.low, row.ours.median, row.ours.high, row.ours.n) == (1.0, 2.0, 3.0, 3)
    assert row.ratio == pytest.approx(2.0)
    assert row.ratio_spread is not None
    assert (row.ratio_spread.low, row.ratio_spread.high) == (1.0, 3.0)
    assert row.holds is False
    assert stats.spread_text(row.ours, "s") == "2.000 (1.000–3.000) s"


def test_memory_is_judged_by_the_difference_and_info_rows_are_never_judged():
    memory = stats.compare("P6", "rss", "MB", [150.0], [70.0], goal=100, kind="extra_mb")
    assert memory.holds is True and memory.detail["extra_mb"] == pytest.approx(80.0)
    info = stats.compare("P4q", "(info)", "s", [1.0], [2.0])
    assert info.holds is None and info.goal_text == "(info)"


def test_a_size_past_the_time_limit_gives_a_lower_bound_on_the_slope():
    row = stats.slope_row("P7e", "export", (8_000, 20_000),
                          {8_000: [10.0, 12.0], 20_000: [None, None]}, 1.02, limit=100.0)
    assert row.at_least
    assert row.ours.median == pytest.approx(stats.marginal_slope((8_000, 11.0),
                                                                 (20_000, 100.0)))
    assert row.holds is False
    assert stats.spread_text(row.ours, row.unit, row.at_least).startswith("≥ ")


def test_slopes_are_paired_by_round():
    row = stats.slope_row("P7", "open", (2, 4), {2: [1.0, 2.0], 4: [2.0, 8.0]}, 1.02)
    assert (row.ours.low, row.ours.high) == pytest.approx((1.0, 2.0))
    assert stats.fitted_slope([(1, 1.0), (2, 2.0), (4, 4.0)]) == pytest.approx(1.0)


def test_the_table_says_which_goals_hold_in_text_and_markdown():
    rows = [stats.compare("P5", "save", "s", [1.0], [1.0], goal=1.2),
            stats.compare("C1", "version", "s", [4.0], [1.0], goal=3)]
    text = stats.table(rows)
    assert "yes" in text and "NO" in text
    markdown = stats.table(rows, markdown=True)
    assert markdown.splitlines()[0].startswith("| # |") and "**no**" in markdown


# The floors -------------------------------------------------------------------------------

def test_the_canvas_floor_wraps_every_line_inside_the_card(qapp):
    from floor import card_font, wrap
    from PySide6.QtGui import QFontMetricsF

    font = card_font(str(ROOT / "resources" / "fonts" / "DejaVuSans.ttf"), 11)
    metrics = QFontMetricsF(font)
    text = "klant vergelijkt prijs op de website en aansprakelijkheidsverzekeringsmaatschappij"
    wrapped = wrap(text, metrics, 80.0)
    lines = wrapped.split("\n")
    assert len(lines) > 2
    assert all(metrics.horizontalAdvance(line) <= 80.0 for line in lines)
    assert "".join(wrapped.split()) == "".join(text.split())


def test_the_canvas_floor_scene_has_a_titled_item_per_card(qapp):
    from floor import text_scene
    from PySide6.QtWidgets import QGraphicsSimpleTextItem

    scene = text_scene(_tiny_cards())
    texts = [i.text() for i in scene.items() if isinstance(i, QGraphicsSimpleTextItem)]
    assert len(texts) == 4  # three cards and one header
    assert "retour" in texts


def test_the_poster_floor_writes_the_cards_with_the_embedded_font(tmp_path):
    from poster_floor import draw_poster
    from pypdf import PdfReader

    out = tmp_path / "floor.pdf"
    assert draw_poster(_tiny_cards(), out) > 0
    page = PdfReader(out).pages[0]
    text = page.extract_text()
    assert "vergelijkt" in text and "levering" in text
    fonts = page["/Resources"]["/Font"]
    embedded = [fonts[name].get_object() for name in fonts]
    assert any("DejaVuSans" in str(font["/BaseFont"]) for font in embedded)


@linux_only
def test_the_floor_window_is_measured_until_it_settled(tmp_path):
    cards = tmp_path / "cards.json"
    cards.write_text(json.dumps(_tiny_cards()), encoding="utf-8")
    env = dict(os.environ, HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    result = launch.settled_window([sys.executable, str(BENCH / "floor.py"), "window",
                                    str(cards)], env)
    assert result["elapsed"] > 0 and result["flushes"] >= 1
    assert result["elapsed"] >= result["first_paint"]
    assert result["rss_mb"] > 0


@linux_only
def test_a_process_that_ends_before_its_window_settled_is_a_crash(tmp_path):
    env = dict(os.environ, HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    with pytest.raises(launch.MeasurementError, match="before its window settled"):
        launch.settled_window([sys.executable, "-c", "import sys; sys.exit(3)"], env)


def test_evicting_files_from_the_page_cache_needs_no_privilege(tmp_path):
    if not hasattr(os, "posix_fadvise"):
        pytest.skip("no posix_fadvise here")
    (tmp_path / "a").write_bytes(b"x" * 4096)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b").write_bytes(b"y")
    files = launch.files_under([tmp_path])
    assert launch.evict_files(files) == 2


# The runner, end to end -------------------------------------------------------------------

@linux_only
@pytest.mark.slow
def test_the_runner_measures_the_command_line_and_writes_its_json(tmp_path):
    out = tmp_path / "results.json"
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    done = subprocess.run([sys.executable, str(BENCH / "runner.py"), "--quick", "--only",
                           "cli", "--repeats", "1", "--files", str(tmp_path / "files"),
                           "--json", str(out)], capture_output=True, text=True, env=env,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    result = json.loads(out.read_text(encoding="utf-8"))
    ids = [figure["id"] for figure in result["figures"]]
    assert ids == ["C1", "C1h", "C2", "C3"]
    assert all(figure["ours"]["median"] > 0 for figure in result["figures"])
    assert "C1" in done.stdout


@linux_only
def test_the_open_worker_times_the_opened_file_s_canvas(tmp_path):
    # P7 opens a file in a running window. Files open in the background now; the worker
    # once timed the paint of the old, empty view (0.01 s, nothing added to memory).
    journey = tmp_path / "small.klantreis"
    subprocess.run([sys.executable, str(BENCH / "make_journey.py"), "--cards", "80", "-o",
                    str(journey)], check=True, capture_output=True)
    env = dict(os.environ, HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen",
               KLANTREIS_NO_HINTS="1")
    done = subprocess.run([sys.executable, str(BENCH / "workers.py"), "open", "ours",
                           str(journey)], check=True, capture_output=True, text=True, env=env)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["cards"] == 80
    assert result["time"] > 0
