"""Recovery copies: written atomically, found after a crash, never after a clean end, and
never mistaken for a crash while another instance runs."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from klantreis_desktop.storage import KlantreisFileError, dumps
from klantreis_desktop.storage.autosave import (
    LOCK_NAME,
    AutosaveStore,
    discard,
    find_recoveries,
    process_start_time,
    run_alive,
    tidy,
)

from .helpers import sample_doc, snapshot

ROOT = Path(__file__).resolve().parents[2]


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _crash(store: AutosaveStore, pid: int | None = None, process_start: int | None = None
           ) -> None:
    """What a SIGKILL leaves: the OS lock is released, the files stay. The lock then names
    ``pid`` (a dead one unless given)."""
    assert store._lock_handle is not None
    store._lock_handle.close()
    store._lock_handle = None
    lock = store.run / LOCK_NAME
    info = json.loads(lock.read_text())
    info["pid"] = pid if pid is not None else _dead_pid()
    info["process_start"] = process_start
    lock.write_text(json.dumps(info))


def test_a_copy_is_written_atomically_with_its_sidecar(tmp_path):
    store = AutosaveStore(tmp_path)
    doc = sample_doc()
    path = store.write_document("s1", doc, "Verhuizen", "/home/esther/reis.klantreis")
    assert path.read_bytes() == dumps(doc)
    info = json.loads((store.run / "s1.json").read_text())
    assert info["title"] == "Verhuizen"
    assert info["original_path"] == "/home/esther/reis.klantreis"
    store.write_document("s1", doc, "Verhuizen", None)
    assert sorted(p.name for p in store.run.iterdir()) == ["lock.json", "s1.json",
                                                           "s1.klantreis"]  # no .bak, no temp


def test_a_running_instance_does_not_see_its_own_copies(tmp_path):
    store = AutosaveStore(tmp_path)
    store.write_document("s1", sample_doc(), "Eigen", None)
    assert store.find_recoveries() == []
    assert run_alive(store.run)


def test_a_clean_shutdown_leaves_nothing_to_recover(tmp_path):
    store = AutosaveStore(tmp_path)
    store.write_document("s1", sample_doc(), "Eén", None)
    store.write_document("s2", sample_doc(), "Twee", None)
    store.shutdown()
    assert list(tmp_path.iterdir()) == []
    assert find_recoveries(tmp_path) == []


def test_a_crashed_run_is_offered_with_title_time_and_origin(tmp_path):
    store = AutosaveStore(tmp_path)
    before = time.time()
    store.write_document("s1", sample_doc(), "Verhuizen <b>plannen</b>", "/map/reis.klantreis")
    store.write_document("s2", sample_doc(), "", None)
    _crash(store)
    found = find_recoveries(tmp_path)
    assert {r.title for r in found} == {"Verhuizen <b>plannen</b>", ""}
    first = next(r for r in found if r.session_id == "s1")
    assert first.original_path == "/map/reis.klantreis"
    assert before - 1 <= first.saved_at <= time.time() + 1
    assert snapshot(first.load().document) == snapshot(sample_doc())
    assert next(r for r in found if r.session_id == "s2").original_path == ""


def test_discarding_deletes_only_that_copy_and_then_the_empty_run(tmp_path):
    store = AutosaveStore(tmp_path)
    store.write_document("s1", sample_doc(), "Eén", None)
    store.write_document("s2", sample_doc(), "Twee", None)
    _crash(store)
    one, two = sorted(find_recoveries(tmp_path), key=lambda r: r.session_id)
    discard(one)
    assert [r.session_id for r in find_recoveries(tmp_path)] == ["s2"]
    assert store.run.is_dir()
    discard(two)
    assert find_recoveries(tmp_path) == []
    assert list(tmp_path.iterdir()) == []


def test_a_recycled_pid_is_not_a_running_instance(tmp_path):
    store = AutosaveStore(tmp_path)
    store.write_document("s1", sample_doc(), "Eén", None)
    mine = process_start_time(os.getpid())
    if mine is None:
        pytest.skip("no process start times on this system")
    _crash(store, pid=os.getpid(), process_start=mine + 1)  # our pid, another start time
    assert [r.session_id for r in find_recoveries(tmp_path)] == ["s1"]


def test_a_live_pid_with_the_same_start_time_is_a_running_instance(tmp_path):
    store = AutosaveStore(tmp_path)
    store.write_document("s1", sample_doc(), "Eén", None)
    _crash(store, pid=os.getpid(), process_start=process_start_time(os.getpid()))
    if process_start_time(os.getpid()) is None:
        pytest.skip("no process start times on this system")
    assert find_recoveries(tmp_path) == []


_OTHER_INSTANCE = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, {root!r})
    from pathlib import Path
    from klantreis_desktop.storage.autosave import AutosaveStore
    from tests.storage.helpers import sample_doc
    store = AutosaveStore(Path({folder!r}))
    store.write_document("other", sample_doc(), "Andere sessie", None)
    print("ready", flush=True)
    sys.stdin.read()  # until the test closes stdin (or kills us)
    {ending}
""")


def _other_instance(folder: Path, ending: str = "") -> subprocess.Popen[str]:
    script = _OTHER_INSTANCE.format(root=str(ROOT), folder=str(folder), ending=ending)
    child = subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    return child


@pytest.mark.posix
def test_a_second_running_instance_is_never_mistaken_for_a_crash(tmp_path):
    child = _other_instance(tmp_path)
    try:
        mine = AutosaveStore(tmp_path)
        mine.write_document("mine", sample_doc(), "Mijn sessie", None)
        assert mine.find_recoveries() == []
        tidy(tmp_path, exclude_run=mine.run)  # tidying never touches a live run
        assert len([p for p in tmp_path.iterdir()]) == 2
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    found = mine.find_recoveries()  # now it crashed: its copy is offered
    assert [(r.title, r.pid) for r in found] == [("Andere sessie", child.pid)]


def test_a_cleanly_ended_other_instance_leaves_nothing(tmp_path):
    child = _other_instance(tmp_path, ending="store.shutdown()")
    assert child.stdin is not None
    child.stdin.close()
    assert child.wait(timeout=60) == 0
    assert find_recoveries(tmp_path) == []
    assert list(tmp_path.iterdir()) == []


def test_adopting_moves_the_copy_into_the_new_run(tmp_path):
    crashed = AutosaveStore(tmp_path)
    crashed.write_document("s1", sample_doc(), "Eén", "/map/reis.klantreis")
    _crash(crashed)
    recovery = find_recoveries(tmp_path)[0]
    mine = AutosaveStore(tmp_path)
    session = mine.adopt(recovery)
    assert mine.has_copy(session)
    assert not crashed.run.exists()  # the crashed run had nothing else
    assert json.loads((mine.run / f"{session}.json").read_text())["title"] == "Eén"
    assert find_recoveries(tmp_path) == []  # our live run is not offered to anyone
    with pytest.raises(KlantreisFileError):
        mine.adopt(recovery)  # already taken


def test_a_damaged_copy_is_still_offered_and_fails_to_load_with_a_typed_error(tmp_path):
    store = AutosaveStore(tmp_path)
    path = store.write_document("s1", sample_doc(), "Eén", None)
    path.write_bytes(path.read_bytes()[:200])
    (store.run / "s1.json").write_text("{not json")
    _crash(store)
    [recovery] = find_recoveries(tmp_path)
    assert recovery.title == ""  # the damaged sidecar is ignored, the copy is not
    with pytest.raises(KlantreisFileError):
        recovery.load()


def test_a_run_without_lock_counts_as_crashed_only_when_old(tmp_path):
    run = tmp_path / "oud"
    run.mkdir()
    (run / "s1.klantreis").write_bytes(dumps(sample_doc()))
    assert find_recoveries(tmp_path) == []  # could be an instance that is just starting
    old = time.time() - 3600
    os.utime(run, (old, old))
    assert [r.session_id for r in find_recoveries(tmp_path)] == ["s1"]


def test_tidy_removes_dead_runs_without_copies_only(tmp_path):
    empty = AutosaveStore(tmp_path)
    empty.start()
    _crash(empty)
    full = AutosaveStore(tmp_path)
    full.write_document("s1", sample_doc(), "Eén", None)
    _crash(full)
    tidy(tmp_path)
    assert not empty.run.exists()
    assert [r.session_id for r in find_recoveries(tmp_path)] == ["s1"]


def test_a_store_whose_folder_cannot_be_made_fails_with_a_typed_error(tmp_path):
    blocker = tmp_path / "geen-map"
    blocker.write_text("a file where the folder should be")
    store = AutosaveStore(blocker / "autosave")
    with pytest.raises(KlantreisFileError):
        store.write_document("s1", sample_doc(), "Eén", None)


def test_a_removed_run_folder_is_made_again(tmp_path):
    store = AutosaveStore(tmp_path)
    store.write_document("s1", sample_doc(), "Eén", None)
    shutil.rmtree(store.run)
    store.write_document("s1", sample_doc(), "Eén", None)
    assert (store.run / LOCK_NAME).is_file() and store.has_copy("s1")


def test_a_copy_knows_when_its_file_was_saved_after_it(tmp_path):
    """Review s7 (data loss): a copy kept with "Decide later" whose file was then saved
    again must not pass for the newer work."""
    from klantreis_desktop.storage import save

    original = tmp_path / "docs" / "reis.klantreis"
    original.parent.mkdir()
    save(sample_doc(), original)
    store = AutosaveStore(tmp_path / "runs")
    store.write_document("s1", sample_doc(), "Reis", str(original))
    _crash(store)
    (copy,) = find_recoveries(tmp_path / "runs")
    old = copy.saved_at - 60
    os.utime(original, (old, old))
    assert copy.original_saved_later() is None  # the file is older: the copy is newer
    later = copy.saved_at + 120
    os.utime(original, (later, later))
    assert copy.original_saved_later() == pytest.approx(later)
    original.unlink()
    assert copy.original_saved_later() is None
