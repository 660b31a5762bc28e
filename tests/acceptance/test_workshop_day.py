"""The whole workshop day in a real window (Xvfb + openbox + xdotool), at 1280×800 and
1920×1080, in Dutch and English. See day.py for the steps; screenshots of every step are
kept in shots/acceptance/<size>-<language>/ (or $KLANTREIS_SHOTS)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.acceptance.app_under_test import ROOT, AppUnderTest
from tests.acceptance.day import WorkshopDay
from tests.acceptance.xsession import XScreen, missing_commands

pytestmark = [pytest.mark.acceptance, pytest.mark.slow]

DAYS = [((1280, 800), "nl"), ((1920, 1080), "en"), ((1280, 800), "en"), ((1920, 1080), "nl")]


def _shots_folder(size: tuple[int, int], lang: str) -> Path:
    base = Path(os.environ.get("KLANTREIS_SHOTS", ROOT / "shots" / "acceptance"))
    folder = base / f"{size[0]}x{size[1]}-{lang}"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return folder


@pytest.fixture
def day(request, tmp_path: Path):
    if missing_commands():
        pytest.fail(f"the real-window tests need {missing_commands()}: run scripts/run-tests, "
                    "which installs them")
    size, lang = request.param
    folder = _shots_folder(size, lang)
    screen = XScreen(*size, folder).start()
    app = AppUnderTest(screen, tmp_path, lang)
    workshop_day = WorkshopDay(screen, app, folder)
    yield workshop_day
    app.kill()
    screen.stop()
    for log in tmp_path.glob("app-std*.log"):
        shutil.copy(log, folder / log.name)


@pytest.mark.parametrize("day", DAYS, indirect=True,
                         ids=[f"{w}x{h}-{lang}" for (w, h), lang in DAYS])
def test_a_facilitators_day(day: WorkshopDay) -> None:
    day.start()
    day.new_from_template()
    day.quick_entry()
    day.add_channel()
    day.drag_card()
    day.draw_arrows()
    day.emotion()
    day.undo_redo()
    day.save_and_reopen()
    day.present_three_times()
    day.workshop_tools()
    day.export_posters()
    day.crash_and_recover()
    day.quit_without_saving()
    day.assert_clean_stderr()
    assert not day.failures, "\n".join(day.failures)
