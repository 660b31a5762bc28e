"""User settings without Qt: recent files and preferences in one small JSON file.

Kept Qt-free (and out of QSettings) so the CLI, the autosave code and the tests can read
and write it, and so the file stays plain JSON that a user can inspect or delete. A damaged
settings file must never stop the app from starting: it falls back to the defaults.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Any

import platformdirs

APP_NAME = "klantreis"
SETTINGS_FILE = "settings.json"
MAX_RECENT = 10
#: A settings file is a few kilobytes; anything far larger is not ours and is ignored.
_MAX_BYTES = 1_000_000
_FORMAT_VERSION = 1

_log = logging.getLogger(__name__)


def config_dir() -> Path:
    """Where the settings file lives (``~/.config/klantreis`` on Linux)."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    """Where user data that is not a document lives (``~/.local/share/klantreis``)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def state_dir() -> Path:
    """Where transient state lives (``~/.local/state/klantreis`` on Linux)."""
    return Path(platformdirs.user_state_dir(APP_NAME, appauthor=False))


def autosave_dir() -> Path:
    """Where autosave/recovery copies of open documents are written."""
    return state_dir() / "autosave"


def _key(path: Path) -> str:
    """A comparison key so ``./a.klantreis`` and its absolute form count as one entry."""
    return os.path.normcase(str(path))


class Settings:
    """Recent files and preferences, loaded at construction and saved after every change.

    Every change is written at once (atomically), so two windows or a crash lose at most
    the other window's latest change, never the whole file.
    """

    def __init__(self, path: Path | str | None = None) -> None:
        self.path: Path = Path(path) if path is not None else config_dir() / SETTINGS_FILE
        self._recent: list[str] = []
        self._preferences: dict[str, Any] = {}
        self.reload()

    # Loading and saving ----------------------------------------------------------------

    def reload(self) -> None:
        """Read the file again; anything unreadable or malformed counts as the defaults."""
        self._recent, self._preferences = [], {}
        self._take(self._read_json())

    def _refresh(self) -> None:
        """Pick up what another window wrote since, before changing anything ourselves.

        Only a readable file replaces what is in memory, so changes that could not be
        written (read-only home) are not thrown away.
        """
        data = self._read_json()
        if isinstance(data, dict):
            self._recent, self._preferences = [], {}
            self._take(data)

    def _take(self, data: Any) -> None:
        if not isinstance(data, dict):
            return
        recent = data.get("recent_files")
        if isinstance(recent, list):
            seen: set[str] = set()
            for item in recent:
                if isinstance(item, str) and item and _key(Path(item)) not in seen:
                    seen.add(_key(Path(item)))
                    self._recent.append(item)
            del self._recent[MAX_RECENT:]
        preferences = data.get("preferences")
        if isinstance(preferences, dict):
            self._preferences = {str(k): v for k, v in preferences.items()}

    def _read_json(self) -> Any:
        try:
            if self.path.stat().st_size > _MAX_BYTES:
                _log.warning("Ignoring oversized settings file %s", self.path)
                return None
            return json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError, RecursionError) as error:
            _log.warning("Ignoring unreadable settings file %s: %s", self.path, error)
            return None

    def save(self) -> bool:
        """Write the file atomically (storage's temp file + fsync + replace); False on failure.

        A settings file that cannot be written (read-only home, full disk) is not worth
        interrupting a workshop for, so this logs and carries on. New files are private
        (0600): the recent list names the user's files.
        """
        from klantreis_desktop.storage import atomic  # here: the storage package is heavy

        data = {"format": "klantreis-settings", "version": _FORMAT_VERSION,
                "recent_files": self._recent, "preferences": self._preferences}
        payload = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n"
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            atomic.write_atomic(self.path, payload.encode("utf-8"), mode=0o600)
            return True
        except (OSError, ValueError) as error:
            _log.warning("Could not write settings file %s: %s", self.path, error)
            return False

    # Recent files ----------------------------------------------------------------------

    def recent_files(self) -> list[Path]:
        """Recently used files, most recent first; files that no longer exist are dropped."""
        present = [item for item in self._recent if Path(item).is_file()]
        if present != self._recent:
            self._recent = present
            self.save()
        return [Path(item) for item in present]

    def add_recent(self, path: Path | str) -> None:
        """Put ``path`` at the top of the recent list (once), keeping at most ten entries."""
        self._refresh()
        absolute = Path(os.path.abspath(path))
        key = _key(absolute)
        self._recent = [str(absolute)] + [i for i in self._recent if _key(Path(i)) != key]
        del self._recent[MAX_RECENT:]
        self.save()

    def remove_recent(self, path: Path | str) -> None:
        self._refresh()
        key = _key(Path(os.path.abspath(path)))
        self._recent = [i for i in self._recent if _key(Path(i)) != key]
        self.save()

    def clear_recent(self) -> None:
        self._refresh()
        self._recent = []
        self.save()

    # Preferences -----------------------------------------------------------------------

    def get(self, key: str, default: Any = None) -> Any:
        """A preference, or ``default`` when it was never set."""
        return self._preferences.get(key, default)

    def set(self, key: str, value: Any) -> None:
        """Store a JSON-compatible preference and save; ``None`` removes it."""
        self._refresh()
        if value is None:
            self._preferences.pop(key, None)
        else:
            json.dumps(value)  # refuse what the file could not hold, before changing anything
            self._preferences[key] = value
        self.save()

    def preferences(self) -> dict[str, Any]:
        """A copy of every preference."""
        return json.loads(json.dumps(self._preferences))
