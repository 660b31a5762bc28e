"""Autosave in the window: debounced copies written in the background, dropped after a save,
offered after a crash (a real SIGKILL of a real Qt process), restored or discarded."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

from klantreis_desktop.model import operations as ops
from klantreis_desktop.model.builder import build
from klantreis_desktop.storage import load, save
from klantreis_desktop.storage.autosave import AutosaveStore, find_recoveries
from klantreis_desktop.ui.dialogs.recovery_dialog import RecoveryDialog, offer_recoveries
from klantreis_desktop.ui.session import DocumentSession
from klantreis_desktop.ui.window.autosave_controller import AutosaveController, shutdown_cleanly

ROOT = Path(__file__).resolve().parents[2]
SPEC = {"title": "Workshop", "lang": "nl", "personas": [{"id": "p", "name": "Esther"}],
        "journeys": [{"id": "j", "title": "Verhuizen", "personas": ["p"],
                      "phases": [{"id": "a", "title": "Oriëntatie"}],
                      "lanes": [{"id": "tp", "title": "Contact", "lane_type": "touchpoints"}],
                      "cards": [{"id": "t1", "kind": "touchpoint", "phase": "a", "lane": "tp",
                                 "title": "Belt"}]}]}


def _doc():
    return build(SPEC)


def _rename(doc, title: str) -> None:
    doc.apply(ops.update(doc, doc.journeys()[0], title=title))


def _title(doc) -> str:
    return doc.title(doc.journeys()[0])


def _crash(store: AutosaveStore) -> None:
    """What SIGKILL leaves behind: the OS lock gone, the lock naming a dead process."""
    assert store._lock_handle is not None
    store._lock_handle.close()
    store._lock_handle = None
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    lock = store.run / "lock.json"
    info = json.loads(lock.read_text())
    info.update(pid=child.pid, process_start=None)
    lock.write_text(json.dumps(info))


@pytest.fixture
def store(tmp_path):
    store = AutosaveStore(tmp_path / "autosave")
    yield store
    store.shutdown()


def test_a_copy_is_written_after_the_idle_delay_not_during_the_edit(qtbot, store):
    doc = _doc()
    controller = AutosaveController(doc, lambda: ("Workshop", None), store, idle_ms=150,
                                    max_wait_ms=5_000)
    _rename(doc, "Eerste")
    assert controller.dirty and not store.has_copy(controller.session_id)  # nothing yet
    with qtbot.waitSignal(controller.saved, timeout=5_000):
        pass
    assert _title(load(store.file_for(controller.session_id))) == "Eerste"
    assert not controller.dirty
    controller.close(keep_copy=True)


def test_continuous_editing_still_writes_copies_thanks_to_the_max_wait(qtbot, store):
    doc = _doc()
    controller = AutosaveController(doc, lambda: ("Workshop", None), store, idle_ms=400,
                                    max_wait_ms=600)
    edits = []

    def edit() -> None:
        edits.append(len(edits))
        _rename(doc, f"Bewerking {len(edits)}")

    typing = QTimer()
    typing.setInterval(40)  # always sooner than the idle delay: it never fires
    typing.timeout.connect(edit)
    typing.start()
    try:
        qtbot.waitUntil(lambda: controller.writes >= 2, timeout=10_000)
        assert typing.isActive()  # the copies came while the typing went on
    finally:
        typing.stop()
    copy = load(store.file_for(controller.session_id))
    assert _title(copy).startswith("Bewerking ")
    controller.close()


def test_flush_writes_the_document_as_it_is_now(store):
    doc = _doc()
    controller = AutosaveController(doc, lambda: ("Workshop", Path("/map/w.klantreis")), store)
    _rename(doc, "Vlak voor afsluiten")
    assert controller.flush()
    assert _title(load(store.file_for(controller.session_id))) == "Vlak voor afsluiten"
    [recovery] = _recoveries_after_crash(store)
    assert recovery.title == "Workshop" and recovery.original_path == "/map/w.klantreis"


def _recoveries_after_crash(store: AutosaveStore):
    _crash(store)
    return find_recoveries(store.folder)


def test_the_snapshot_is_a_copy_so_later_edits_do_not_leak_in(store):
    doc = _doc()
    controller = AutosaveController(doc, lambda: ("Workshop", None), store)
    _rename(doc, "Snapshot")
    controller.snapshot_now()
    _rename(doc, "Daarna")  # the GUI goes on while the worker may still be writing
    controller._dirty = False  # look only at what the snapshot held
    controller._stop_timers()
    controller.flush()
    assert _title(load(store.file_for(controller.session_id))) == "Snapshot"
    controller.close()


def test_saving_the_document_drops_its_copy_and_a_new_edit_writes_one(qtbot, store, tmp_path):
    session = DocumentSession(_doc())
    controller = AutosaveController.for_session(session, store)
    session.push(ops.update(session.doc, session.doc.journeys()[0], title="Nieuw"))
    controller.flush()
    assert store.has_copy(controller.session_id)
    path = tmp_path / "workshop.klantreis"
    save(session.doc, path)
    session.mark_saved(path)  # the stack is clean: the copy has nothing to add
    controller.flush()
    assert not store.has_copy(controller.session_id)
    session.push(ops.update(session.doc, session.doc.journeys()[0], title="Nog nieuwer"))
    controller.flush()
    recovery_info = json.loads((store.run / f"{controller.session_id}.json").read_text())
    assert recovery_info["original_path"] == str(path)
    assert recovery_info["title"] == "workshop"
    controller.close()
    assert not store.has_copy(controller.session_id)  # closed on purpose: nothing to recover
    session.close()


def test_a_failing_autosave_reports_and_never_raises(qtbot, tmp_path):
    blocker = tmp_path / "bestand"
    blocker.write_text("a file where the autosave folder should be")
    doc = _doc()
    controller = AutosaveController(doc, lambda: ("Workshop", None),
                                    AutosaveStore(blocker / "autosave"))
    _rename(doc, "Gaat mis")
    with qtbot.waitSignal(controller.failed, timeout=5_000) as caught:
        assert not controller.flush()
    assert caught.args[0] and "\n" not in caught.args[0]
    assert controller.last_error == caught.args[0]


def test_a_clean_shutdown_leaves_nothing_to_offer(store):
    doc = _doc()
    controller = AutosaveController(doc, lambda: ("Workshop", None), store)
    _rename(doc, "Net bewerkt")
    controller.flush()
    shutdown_cleanly(store)
    assert not store.run.exists()
    assert find_recoveries(store.folder) == []


# The recovery dialog --------------------------------------------------------------------


def _crashed_run(folder: Path) -> AutosaveStore:
    crashed = AutosaveStore(folder)
    first, second = _doc(), _doc()
    _rename(first, "Hersteld werk")
    _rename(second, "Weg ermee")
    crashed.write_document("een", first, "Workshop <b>dinsdag</b>", "/map/dinsdag.klantreis")
    crashed.write_document("twee", second, "Oefening", None)
    _crash(crashed)
    return crashed


def test_the_dialog_shows_each_copy_with_title_time_and_preview(qtbot, tmp_path):
    _crashed_run(tmp_path / "autosave")
    mine = AutosaveStore(tmp_path / "autosave")
    dialog = RecoveryDialog(mine.find_recoveries(), mine)
    qtbot.addWidget(dialog)
    assert len(dialog.rows) == 2
    titles = {row.title_label.text() for row in dialog.rows}
    assert titles == {"Workshop <b>dinsdag</b>", "Oefening"}  # markup shown as plain text
    for row in dialog.rows:
        preview = row.findChild(QLabel, "recovery_preview")
        assert preview.pixmap() is not None and not preview.pixmap().isNull()
        assert row.findChild(QLabel, "recovery_time").text()
    origins = {row.findChild(QLabel, "recovery_origin").text() for row in dialog.rows}
    assert "Never saved to a file" in origins
    mine.shutdown()


def test_restore_one_and_discard_the_other(qtbot, tmp_path):
    crashed = _crashed_run(tmp_path / "autosave")
    mine = AutosaveStore(tmp_path / "autosave")
    dialog = RecoveryDialog(mine.find_recoveries(), mine)
    qtbot.addWidget(dialog)
    dialog.confirm_discard = False
    keep = next(r for r in dialog.rows if r.recovery.session_id == "een")
    drop = next(r for r in dialog.rows if r.recovery.session_id == "twee")
    qtbot.mouseClick(keep.restore_button, _left())
    [restored] = dialog.restored
    assert _title(restored.document) == "Hersteld werk"
    assert restored.title == "Workshop <b>dinsdag</b>"
    assert restored.original_path is None  # /map does not exist here: Save will ask
    assert mine.has_copy(restored.session_id)  # a second crash still has it
    assert dialog.isVisible() or dialog.result() == 0
    qtbot.mouseClick(drop.discard_button, _left())
    assert [r.session_id for r in dialog.discarded] == ["twee"]
    assert not crashed.run.exists()  # both copies handled: the dead run is gone
    assert dialog.result() == RecoveryDialog.DialogCode.Accepted
    assert find_recoveries(tmp_path / "autosave", exclude_run=mine.run) == []
    mine.shutdown()


def test_deciding_later_keeps_every_copy(qtbot, tmp_path):
    _crashed_run(tmp_path / "autosave")
    mine = AutosaveStore(tmp_path / "autosave")
    dialog = RecoveryDialog(mine.find_recoveries(), mine)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.later_button, _left())
    assert dialog.restored == [] and dialog.discarded == []
    assert len(mine.find_recoveries()) == 2


def test_discard_asks_first_and_cancel_keeps_the_copy(qtbot, tmp_path):
    _crashed_run(tmp_path / "autosave")
    mine = AutosaveStore(tmp_path / "autosave")
    dialog = RecoveryDialog(mine.find_recoveries(), mine)
    qtbot.addWidget(dialog)
    row = dialog.rows[0]

    def answer_cancel() -> None:
        box = QApplication.activeModalWidget()
        assert box is not None and box is not dialog
        box.reject()

    QTimer.singleShot(100, answer_cancel)
    qtbot.mouseClick(row.discard_button, _left())
    assert dialog.discarded == [] and len(mine.find_recoveries()) == 2


def test_offer_recoveries_returns_what_the_user_restored(qtbot, tmp_path):
    _crashed_run(tmp_path / "autosave")
    mine = AutosaveStore(tmp_path / "autosave")

    def restore_all() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RecoveryDialog)
        qtbot.mouseClick(dialog.restore_all_button, _left())

    QTimer.singleShot(200, restore_all)
    restored = offer_recoveries(None, mine)
    assert sorted(_title(r.document) for r in restored) == ["Hersteld werk", "Weg ermee"]
    assert mine.find_recoveries() == []
    assert offer_recoveries(None, mine) == []  # nothing left: no dialog at all
    mine.shutdown()


def _left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


# A real crash ---------------------------------------------------------------------------

_TYPIST = textwrap.dedent("""
    import os, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    sys.path.insert(0, {root!r})
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from klantreis_desktop.model import operations as ops
    from klantreis_desktop.storage.autosave import AutosaveStore
    from klantreis_desktop.ui.window.autosave_controller import AutosaveController
    from tests.ui.test_autosave_ui import _doc
    app = QApplication([])
    doc = _doc()
    controller = AutosaveController(doc, lambda: ("Typist", None),
                                    AutosaveStore(Path({folder!r})))
    count = 0
    def edit():
        global count
        count += 1
        doc.apply(ops.update(doc, doc.journeys()[0], title=f"edit {{count}}"))
        print(count, time.time(), flush=True)
    timer = QTimer()
    timer.timeout.connect(edit)
    timer.start(100)   # a facilitator typing without pause
    app.exec()
""")


@pytest.mark.posix
def test_a_killed_session_is_recovered_with_at_most_seconds_lost(tmp_path):
    """Real Qt process, default timers, typing every 0.1 s, SIGKILL after 7 s."""
    folder = tmp_path / "autosave"
    child = subprocess.Popen([sys.executable, "-c", _TYPIST.format(root=str(ROOT),
                                                                   folder=str(folder))],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             cwd=ROOT)
    assert child.stdout is not None
    first = child.stdout.readline()
    assert first.startswith("1 "), child.stderr.read() if child.stderr else ""
    time.sleep(7.0)
    child.send_signal(signal.SIGKILL)
    killed_at = time.time()
    out, _err = child.communicate()
    edits = {int(n): float(t) for n, t in (line.split() for line in (first + out).splitlines())}
    [recovery] = find_recoveries(folder)
    title = _title(recovery.load().document)
    assert title.startswith("edit ")
    kept = int(title.split()[1])
    assert 1 <= kept <= max(edits)  # a consistent state of the session, never a torn one
    lost = killed_at - edits[kept]
    print(f"\nsimulated crash: {max(edits)} edits, the copy holds edit {kept}; "
          f"{lost:.1f} s of typing lost")
