"""Temp files of a crashed save are removed on the next open or save of that document,
and nothing else is."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from klantreis_desktop.storage import load, read, save
from klantreis_desktop.storage.leftovers import (
    STALE_AFTER_S,
    is_temp_of,
    remove_stale_temp_files,
)

from .helpers import sample_doc, snapshot

ROOT = Path(__file__).resolve().parents[2]

CRASH_IN_SAVE = textwrap.dedent("""
    import os, sys
    from klantreis_desktop.storage import save
    from tests.storage.helpers import sample_doc
    doc = sample_doc()
    doc.meta["title"] = "Nieuw"
    # Die like a pulled plug right before a temp file is renamed over its target.
    os.replace = lambda *args: os._exit(9)
    save(doc, sys.argv[1])
""")


def _age(path: Path, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then))


def _listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_the_temp_file_of_a_crashed_save_is_removed_on_the_next_open(tmp_path):
    path = tmp_path / "reis.klantreis"
    save(sample_doc(), path)
    crashed = subprocess.run([sys.executable, "-c", CRASH_IN_SAVE, str(path)], cwd=ROOT,
                             capture_output=True, text=True, timeout=120)
    assert crashed.returncode == 9, crashed.stderr
    leftovers = [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert leftovers  # the new file (and perhaps the backup's second name)
    assert snapshot(load(path)) == snapshot(sample_doc())  # the original is intact
    assert all(p.exists() for p in leftovers)  # too young: maybe a save in progress
    for leftover in leftovers:
        _age(leftover, STALE_AFTER_S + 60)
    read(path)
    assert not any(name.endswith(".tmp") for name in _listing(tmp_path))
    assert "reis.klantreis" in _listing(tmp_path)


def test_saving_removes_them_too_and_leaves_every_other_file_alone(tmp_path):
    path = tmp_path / "reis.klantreis"
    save(sample_doc(), path)
    ours = [".reis.klantreis.0123456789ab.tmp", ".reis.klantreis.ba9876543210.bak.tmp"]
    others = [".reis.klantreis.0123456789AB.tmp",  # not our hex
              ".reis.klantreis.0123456789ab.tmp.keep", ".reis.klantreis.notes",
              "reis.klantreis.0123456789ab.tmp",  # not hidden
              ".andere.klantreis.0123456789ab.tmp",  # another document
              ".reis.klantreis.x.0123456789ab.tmp"]
    for name in ours + others:
        (tmp_path / name).write_bytes(b"half a save")
        _age(tmp_path / name, STALE_AFTER_S + 60)
    young = tmp_path / ".reis.klantreis.00000000000f.tmp"
    young.write_bytes(b"a save in progress elsewhere")
    save(sample_doc(), path)
    assert _listing(tmp_path) == sorted(["reis.klantreis", "reis.klantreis.bak", young.name,
                                         *others])


def test_long_names_are_matched_as_saving_cuts_them():
    long_name = "Klantreis " * 12 + ".klantreis"
    assert is_temp_of(f".{long_name[:80]}.0123456789ab.tmp", long_name)
    euros = "€" * 40 + ".klantreis"  # 80 characters are 240 bytes: cut by bytes
    cut = euros.encode()[:80].decode("utf-8", "ignore")
    assert is_temp_of(f".{cut}.0123456789ab.tmp", euros)
    assert is_temp_of(f".{euros[:80]}.0123456789ab.bak.tmp", euros)
    assert not is_temp_of(f".{long_name[:79]}.0123456789ab.tmp", long_name)


def test_a_folder_we_cannot_list_is_no_error(tmp_path):
    assert remove_stale_temp_files(tmp_path / "weg" / "reis.klantreis") == []
