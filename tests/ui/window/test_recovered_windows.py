"""After a crash: the recovered document is what the user asked for, so it comes first."""

from __future__ import annotations

from pathlib import Path

from klantreis_desktop import storage, templates
from klantreis_desktop.model import operations as ops
from klantreis_desktop.ui.app import open_windows
from klantreis_desktop.ui.dialogs.recovery_dialog import RestoredDocument
from klantreis_desktop.ui.window.main_window import WINDOWS


def _close_all() -> None:
    for window in list(WINDOWS):
        if window.session is not None:
            window.session.stack.setClean()
        window.close()


def test_a_recovered_file_is_not_opened_twice_and_comes_to_the_front(qapp, settings,
                                                                       tmp_path: Path):
    path = tmp_path / "dag.klantreis"
    storage.save(templates.build_sample("schoonmaak", "en"), path)
    recovered = storage.read(path).document
    journey = recovered.journeys()[0]
    phase, lane = recovered.phases(journey)[0], recovered.lanes(journey)[0]
    recovered.apply(ops.add_card(recovered, "touchpoint", phase, lane, "Typed before the crash"))
    restored = RestoredDocument(recovered, "dag", path.resolve(), "session-1")
    try:
        windows = open_windows([str(path)], settings, restored=[restored])
        showing = [w for w in windows if w.session is not None]
        assert len(showing) == 1, "the file on disk is not opened beside its newer copy"
        assert showing[0].session.doc is recovered
        # Coming to the front is proven in the real window (tests/acceptance/day.py).
    finally:
        _close_all()
