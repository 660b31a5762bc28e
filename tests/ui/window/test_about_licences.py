"""Help › About lists every library a `pip install` of the app brings (review s7: DuckDB,
openpyxl, aiohttp and its helpers, segno were shipped without a word on their licences)."""

from __future__ import annotations

import re
from importlib import metadata

from klantreis_desktop.ui.window.about import LIBRARIES

#: Parts of a listed library rather than libraries of their own.
COVERED_BY = {"shiboken6": "pyside6-essentials"}


def _name(text: str) -> str:
    return re.sub(r"[-_.]+", "-", text).lower()


def _runtime_requirements(distribution: str, seen: set[str]) -> set[str]:
    """``distribution``'s requirements for this Python, and theirs, without extras."""
    for requirement in metadata.requires(distribution) or []:
        name, _, marker = requirement.partition(";")
        if "extra ==" in marker:
            continue
        if marker.strip() and not _marker_holds(marker):
            continue
        found = _name(re.split(r"[ <>=!\[~(]", name.strip())[0])
        if found not in seen:
            seen.add(found)
            try:
                _runtime_requirements(found, seen)
            except metadata.PackageNotFoundError:
                seen.discard(found)  # not installed here: not for this Python
    return seen


def _marker_holds(marker: str) -> bool:
    from packaging.markers import Marker

    return Marker(marker.strip()).evaluate()


def test_every_installed_runtime_library_is_listed_with_its_licence():
    listed = {_name(distribution) for _shown, distribution, _licence, _url in LIBRARIES}
    needed = {COVERED_BY.get(n, n) for n in _runtime_requirements("klantreis-desktop", set())}
    assert needed - listed == set(), f"not in Help › About: {sorted(needed - listed)}"
    assert all(licence and url.startswith("https://") for _s, _d, licence, url in LIBRARIES)


def test_the_bundle_carries_the_metadata_of_every_listed_library():
    """The PyInstaller spec copies each listed library's metadata (its version in About)."""
    from pathlib import Path

    spec = (Path(__file__).resolve().parents[3] / "packaging" / "klantreis.spec").read_text()
    loop = re.search(r"for distribution in \((.*?)\):\s*datas \+= copy_metadata", spec,
                     re.DOTALL)
    assert loop is not None
    copied = set(re.findall(r'"([A-Za-z0-9_.-]+)"', loop.group(1)))
    listed = {d for _s, d, _l, _u in LIBRARIES if d != "PySide6-Essentials"}
    assert {_name(d) for d in listed} == {_name(d) for d in copied}
