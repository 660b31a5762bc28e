"""Build step: put the run-time files into the package (``klantreis_desktop/shipped/``).

The sources stay where people edit them (``resources/``, ``i18n/*.ts`` at the top of the
repository); every wheel and every non-editable install gets a copy inside the package,
with the Qt translations compiled from the .ts (``pyside6-lrelease``, from the build
requirement PySide6-Essentials; .qm files are never committed).
``klantreis_desktop.shipped_files`` finds them there, in a checkout, or in a PyInstaller
bundle. Everything else about the
project is in pyproject.toml.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
SHIPPED = "shipped"
#: Top-level folders copied whole into the package (the Linux desktop files too, so that
#: ``klantreis install-desktop`` works from an installed package).
FOLDERS = {"resources": "resources", "packaging/linux": "linux"}


def lrelease() -> str:
    """pyside6-lrelease of the Python that builds (PySide6 is a build requirement)."""
    names = ("pyside6-lrelease", "pyside6-lrelease.exe")
    for folder in (Path(sys.executable).parent, *map(Path, os.get_exec_path())):
        for name in names:
            if (folder / name).is_file():
                return str(folder / name)
    try:  # PySide6 ships the tool inside the package as well
        import PySide6

        for name in ("lrelease", "lrelease.exe"):
            inside = Path(PySide6.__file__).parent / name
            if inside.is_file():
                return str(inside)
    except ImportError:
        pass
    raise SystemExit("setup.py: pyside6-lrelease not found; install PySide6-Essentials")


class BuildWithShippedFiles(build_py):
    """build_py that also copies resources and compiles translations into the package."""

    def run(self) -> None:
        editable = getattr(self, "editable_mode", False)
        if not editable:
            # setuptools reuses build/lib and never deletes from it: a module moved since
            # the last build would ship beside its new self (tests/test_wheel.py).
            shutil.rmtree(Path(self.build_lib) / "klantreis_desktop", ignore_errors=True)
        super().run()
        if editable:
            return  # an editable install reads the checkout itself
        target = Path(self.build_lib) / "klantreis_desktop" / SHIPPED
        shutil.rmtree(target, ignore_errors=True)
        for source, name in FOLDERS.items():
            shutil.copytree(ROOT / source, target / name,
                            ignore=shutil.ignore_patterns("*.json.tmp", "__pycache__"))
        i18n = target / "i18n"
        i18n.mkdir(parents=True)
        tool = lrelease()
        for ts in sorted((ROOT / "i18n").glob("*.ts")):
            shutil.copy2(ts, i18n / ts.name)  # the Qt-free translate() reads the .ts
            subprocess.run([tool, "-silent", str(ts), "-qm", str(i18n / (ts.stem + ".qm"))],
                           check=True)
        if not list(i18n.glob("klantreis_nl.qm")):
            raise SystemExit("setup.py: the Dutch translation was not built")


setup(cmdclass={"build_py": BuildWithShippedFiles})
