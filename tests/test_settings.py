"""Settings: recent files, preferences, atomic writes, and no crash on a damaged file."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from klantreis_desktop import settings as s


def _touch(folder: Path, name: str) -> Path:
    path = folder / name
    path.write_bytes(b"x")
    return path


def test_platform_dirs_lie_under_the_test_home():
    home = Path(os.environ["HOME"]).resolve()
    assert "klantreis-test-home-" in str(home)
    for folder in (s.config_dir(), s.data_dir(), s.state_dir(), s.autosave_dir()):
        assert folder.resolve().is_relative_to(home), folder
    assert s.autosave_dir().name == "autosave"
    assert Path(s.Settings().path).resolve().is_relative_to(home)


def test_recent_files_most_recent_first_deduplicated_and_capped(tmp_path):
    files = [_touch(tmp_path, f"reis{i}.klantreis") for i in range(13)]
    settings = s.Settings(tmp_path / "cfg" / "settings.json")
    for path in files:
        settings.add_recent(path)
    settings.add_recent(files[5])
    settings.add_recent(os.path.relpath(files[5]))  # same file, other spelling
    recent = settings.recent_files()
    assert recent[0] == files[5]
    assert len(recent) == s.MAX_RECENT == 10
    assert len(set(recent)) == len(recent)
    assert recent[1:4] == [files[12], files[11], files[10]]
    # and it was written to disk: a fresh instance sees the same list
    assert s.Settings(settings.path).recent_files() == recent


def test_missing_files_are_pruned_on_read(tmp_path):
    keep, gone = _touch(tmp_path, "keep.klantreis"), _touch(tmp_path, "gone.klantreis")
    settings = s.Settings(tmp_path / "settings.json")
    settings.add_recent(keep)
    settings.add_recent(gone)
    gone.unlink()
    assert settings.recent_files() == [keep]
    stored = json.loads(settings.path.read_text(encoding="utf-8"))
    assert stored["recent_files"] == [str(keep)]


def test_remove_and_clear_recent(tmp_path):
    a, b = _touch(tmp_path, "a.klantreis"), _touch(tmp_path, "b.klantreis")
    settings = s.Settings(tmp_path / "settings.json")
    settings.add_recent(a)
    settings.add_recent(b)
    settings.remove_recent(a)
    assert settings.recent_files() == [b]
    settings.clear_recent()
    assert s.Settings(settings.path).recent_files() == []


def test_preferences_round_trip_and_removal(tmp_path):
    settings = s.Settings(tmp_path / "settings.json")
    assert settings.get("language", "nl") == "nl"
    settings.set("language", "en")
    settings.set("zoom", {"level": 1.5, "fit": True})
    again = s.Settings(settings.path)
    assert again.get("language") == "en"
    assert again.get("zoom") == {"level": 1.5, "fit": True}
    again.set("language", None)
    assert s.Settings(settings.path).get("language") is None
    assert "language" not in s.Settings(settings.path).preferences()


def test_unserialisable_preference_is_refused_without_change(tmp_path):
    settings = s.Settings(tmp_path / "settings.json")
    settings.set("a", 1)
    with pytest.raises(TypeError):
        settings.set("b", object())
    assert s.Settings(settings.path).preferences() == {"a": 1}


@pytest.mark.parametrize("content", [
    b"{not json", b"", b"[1, 2, 3]", b"\xff\xfe\x00garbage", b'{"recent_files": 5}',
    b'{"recent_files": [1, null, {"a": 1}], "preferences": "nope"}',
    b"[" * 100_000,
])
def test_corrupt_settings_file_gives_defaults(tmp_path, content):
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    settings = s.Settings(path)
    assert settings.recent_files() == []
    assert settings.preferences() == {}
    settings.set("language", "nl")  # and it can be written over
    assert s.Settings(path).get("language") == "nl"


def test_oversized_settings_file_is_ignored(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"preferences": {"x": "y" * 2_000_000}}), encoding="utf-8")
    assert s.Settings(path).preferences() == {}


def test_save_is_atomic_and_leaves_no_temp_files(tmp_path):
    path = tmp_path / "cfg" / "settings.json"
    settings = s.Settings(path)
    settings.set("language", "nl")
    before = path.stat().st_ino
    settings.set("language", "en")
    assert path.stat().st_ino != before  # replaced, not rewritten in place
    assert sorted(p.name for p in path.parent.iterdir()) == ["settings.json"]
    assert json.loads(path.read_text(encoding="utf-8"))["preferences"] == {"language": "en"}


def test_unwritable_location_does_not_crash(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the settings folder should be")
    settings = s.Settings(blocker / "settings.json")
    settings.set("language", "nl")  # logged, not raised
    settings.add_recent(blocker)
    assert settings.save() is False
    assert settings.get("language") == "nl"
    assert blocker.read_text() == "a file where the settings folder should be"


def test_two_windows_do_not_erase_each_others_changes(tmp_path):
    x, y = _touch(tmp_path, "x.klantreis"), _touch(tmp_path, "y.klantreis")
    path = tmp_path / "settings.json"
    first, second = s.Settings(path), s.Settings(path)
    first.add_recent(x)
    first.set("language", "nl")
    second.add_recent(y)
    second.set("zoom", 1.25)
    fresh = s.Settings(path)
    assert fresh.recent_files() == [y, x]
    assert fresh.preferences() == {"language": "nl", "zoom": 1.25}
