"""Where the shipped resources live, in a checkout and in a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def root_dir() -> Path:
    """The folder that holds ``resources/`` and ``i18n/``."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return root_dir() / "resources"


def i18n_dir() -> Path:
    return root_dir() / "i18n"
