"""Where the files the app reads at run time live: one answer for every way it is installed.

- An installed package (wheel, pipx, ``pip install .``): inside the package, in
  ``klantreis_desktop/shipped/`` (setup.py copies ``resources/``, the Linux desktop files
  and the translations there, .qm compiled), found with :mod:`importlib.resources`.
- A PyInstaller bundle: the same ``shipped/`` folder, collected from the installed package
  (packaging/klantreis.spec), found the same way.
- A checkout with an editable install (``scripts/bootstrap.sh``): the top-level
  ``resources/``, ``packaging/linux/`` and ``i18n/`` folders themselves.

Nothing else in the app builds paths to these files: ask :func:`resources_dir`,
:func:`i18n_dir` or :func:`linux_dir`.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

SHIPPED = "shipped"


@cache
def _shipped() -> Path | None:
    """The package's own copy of the run-time files, when it was installed from a wheel."""
    from importlib import resources  # here: `klantreis --version` in English never needs it

    folder = resources.files("klantreis_desktop") / SHIPPED
    # A regular installed package or a bundle: a real folder on disk (Qt and ReportLab
    # need file paths; zipped installs are not supported by either).
    path = Path(str(folder))
    return path if path.is_dir() else None


@cache
def _checkout() -> Path:
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    """Icons, fonts (with their licence), templates and samples."""
    shipped = _shipped()
    return shipped / "resources" if shipped else _checkout() / "resources"


def i18n_dir() -> Path:
    """The translations: ``klantreis_<lang>.ts`` (read without Qt) and ``.qm`` (for Qt)."""
    shipped = _shipped()
    return shipped / "i18n" if shipped else _checkout() / "i18n"


def linux_dir() -> Path:
    """The desktop entry, MIME type, AppStream metainfo and icons for Linux desktops."""
    shipped = _shipped()
    return shipped / "linux" if shipped else _checkout() / "packaging" / "linux"


def is_shipped(path: str | Path) -> bool:
    """True for a file inside :func:`resources_dir` (a sample or template shipped with the
    app): a read-only original that is opened as a new document, never locked or saved
    over (the folder may not even be writable)."""
    try:
        Path(path).resolve().relative_to(resources_dir().resolve())
    except (OSError, ValueError):
        return False
    return True


def describe() -> str:
    """Where the files come from, for About and the smoke test."""
    return "package" if _shipped() else "checkout"
