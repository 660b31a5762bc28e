"""Document locks: one holder at a time, stale locks of crashed runs taken over, locks of
other computers reported with their age, Windows sharing violations retried."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from klantreis_desktop.storage import KlantreisFileError, locks
from klantreis_desktop.storage.locks import DocumentLocked, acquire, lock_path, read_lock

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture()
def document(tmp_path: Path) -> Path:
    path = tmp_path / "Verhuizen met kinderen.klantreis"
    path.write_bytes(b"PK\x05\x06" + b"\0" * 18)
    return path


def _write_lock(document: Path, **fields: object) -> Path:
    file = lock_path(document)
    content = {"format": locks.LOCK_FORMAT, "version": 1, "user": "anna", "host": "laptop-2",
               "pid": 4242, "since": "2026-11-03T10:42:00+01:00", "app_version": "0.9",
               "token": "t" * 32, **fields}
    file.write_text(json.dumps(content), encoding="utf-8")
    return file


def _dead_pid() -> int:
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    return int(done.stdout)


def test_a_lock_file_beside_the_document_says_who_and_since_when(document):
    lock = acquire(document)
    assert lock.file == document.with_name(".~lock.Verhuizen met kinderen.klantreis#")
    info = read_lock(document)
    assert info is not None and info.readable and info.mine
    assert (info.pid, info.host, info.user) == (os.getpid(), locks.host_name(), locks.user_name())
    assert info.since_time() is not None and info.app_version
    fields = json.loads(lock.file.read_text(encoding="utf-8"))
    assert {"user", "host", "pid", "since", "app_version"} <= set(fields)
    assert lock.held()
    lock.release()
    assert not lock.file.exists() and read_lock(document) is None
    lock.release()  # twice is fine


def test_a_second_window_is_told_who_has_the_document(document):
    with acquire(document):
        with pytest.raises(DocumentLocked) as caught:
            acquire(document)
        assert caught.value.code == "in_use" and caught.value.holder.mine
        assert str(caught.value).startswith("“Verhuizen met kinderen.klantreis” is already "
                                            "open on this computer")
    assert not lock_path(document).exists()  # the with block released it


def test_a_lock_of_a_process_that_no_longer_runs_is_stale_and_taken(document):
    _write_lock(document, host=locks.host_name(), pid=_dead_pid())
    holder = read_lock(document)
    assert holder is not None and holder.stale()
    lock = acquire(document)
    assert lock.held() and read_lock(document).pid == os.getpid()


def test_a_reused_pid_does_not_keep_a_stale_lock_alive(document):
    started = locks.process_start_time(os.getpid())
    if started is None:
        pytest.skip("no process start times on this system")
    _write_lock(document, host=locks.host_name(), pid=os.getpid(), process_start=started - 1)
    assert read_lock(document).stale()
    assert acquire(document).held()


def test_a_lock_from_another_computer_is_never_stale_but_its_age_is_told(document):
    _write_lock(document, host="laptop-2", pid=_dead_pid(), since="2026-11-03T10:42:00+01:00")
    holder = read_lock(document)
    then = holder.since_time().timestamp()
    assert not holder.stale(now=then + 30 * 24 * 3600)
    assert holder.age_seconds(now=then + 3 * 3600) == 3 * 3600
    with pytest.raises(DocumentLocked) as caught:
        acquire(document)
    message = str(caught.value)
    assert "laptop-2" in message and "anna" in message and "2026-11-03" in message
    assert "ago" in message


def test_taking_over_replaces_the_lock_and_the_old_holder_notices(document):
    first = acquire(document)
    second = acquire(document, take_over=True)
    assert second.held() and not first.held()
    first.release()  # not ours any more: left alone
    assert second.held()
    second.release()
    assert read_lock(document) is None


def test_a_lock_being_written_is_respected_and_a_damaged_old_one_is_not(document):
    file = lock_path(document)
    file.write_bytes(b"")  # another process made it an instant ago and is writing it
    with pytest.raises(DocumentLocked) as caught:
        acquire(document)
    assert not caught.value.holder.readable
    old = time.time() - 2 * 3600
    os.utime(file, (old, old))  # left empty by a crash two hours ago
    assert read_lock(document).stale()
    assert acquire(document).held()


class SharingViolation(PermissionError):  # noqa: N818 - named after the Windows error
    """What Windows raises while a virus scanner or sync client holds the file."""

    winerror = 32


def _flaky(failures: dict[str, int], name: str, real):
    def call(*args, **kwargs):
        if failures[name]:
            failures[name] -= 1
            raise SharingViolation(13, "The process cannot access the file")
        return real(*args, **kwargs)
    return call


def test_sharing_violations_are_retried(document, monkeypatch):
    failures = {"link": 2, "unlink": 2}
    monkeypatch.setattr(locks.time, "sleep", lambda _: None)
    monkeypatch.setattr(locks.os, "link", _flaky(failures, "link", os.link))
    lock = acquire(document)
    monkeypatch.setattr(locks.os, "unlink", _flaky(failures, "unlink", os.unlink))
    lock.release()
    assert failures == {"link": 0, "unlink": 0} and read_lock(document) is None


def test_without_hard_links_the_lock_is_made_exclusively_in_place(document, monkeypatch):
    def no_links(*_args, **_kwargs):
        raise OSError(1, "Operation not permitted")  # a FAT stick

    failures = {"open": 2}
    monkeypatch.setattr(locks.time, "sleep", lambda _: None)
    monkeypatch.setattr(locks.os, "link", no_links)
    monkeypatch.setattr(locks.os, "open", _flaky(failures, "open", os.open))
    lock = acquire(document)
    assert failures == {"open": 0} and lock.held()
    with pytest.raises(DocumentLocked):
        acquire(document)
    assert sorted(p.name for p in document.parent.iterdir()) == [
        ".~lock.Verhuizen met kinderen.klantreis#", document.name]


def test_no_lock_in_a_folder_we_may_not_write_is_a_plain_error(document, monkeypatch):
    def refused(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(locks.time, "sleep", lambda _: None)
    monkeypatch.setattr(locks, "open", refused, raising=False)
    with pytest.raises(KlantreisFileError) as caught:
        acquire(document)
    assert caught.value.code == "permission"
    assert "Permission denied" not in str(caught.value)
    assert "you do not have permission" in str(caught.value)


CONTENDER = textwrap.dedent("""
    import sys
    from klantreis_desktop.storage.locks import DocumentLocked, acquire
    print("ready", flush=True)
    sys.stdin.readline()
    try:
        lock = acquire(sys.argv[1])
    except DocumentLocked as error:
        print("busy", error.holder.pid, flush=True)
    else:
        print("got", flush=True)
    sys.stdin.readline()
""")


def test_of_processes_racing_for_one_lock_exactly_one_wins(document):
    racers = [subprocess.Popen([sys.executable, "-c", CONTENDER, str(document)], cwd=ROOT,
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
              for _ in range(4)]
    try:
        for racer in racers:
            assert racer.stdout.readline().strip() == "ready"
        for racer in racers:  # all start together
            racer.stdin.write("go\n")
            racer.stdin.flush()
        answers = {racer.pid: racer.stdout.readline().split() for racer in racers}
    finally:
        for racer in racers:
            racer.stdin.write("done\n")
            racer.stdin.flush()
            racer.wait(timeout=60)
    winners = [pid for pid, answer in answers.items() if answer == ["got"]]
    assert len(winners) == 1, answers
    assert all(answer == ["busy", str(winners[0])] for pid, answer in answers.items()
               if pid != winners[0]), answers
    # The winner ended without releasing (like a crash): its lock is now stale.
    assert read_lock(document).stale()
