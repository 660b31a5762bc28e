"""Icons from ``resources/icons``; a missing file gives an empty icon so text shows instead."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QIcon

from klantreis_desktop.shipped_files import resources_dir


@lru_cache(maxsize=128)
def _load(name: str) -> QIcon:
    path = resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()


def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg``, or a null icon when it is not there (yet)."""
    return QIcon(_load(name))


def kind_icon(kind: str) -> QIcon:
    return icon(f"kind-{kind}")


def channel_icon(icon_key: str) -> QIcon:
    return icon(f"channel-{icon_key}")
