"""The version has one source, ``klantreis_desktop.__version__``: the installed package's
metadata (setup reads it from there), ``klantreis --version``, the newest version in
CHANGELOG.md and the newest release in the AppStream metainfo all say the same."""

from __future__ import annotations

import importlib.metadata
import re
import shutil
import subprocess
import sys
import sysconfig
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import klantreis_desktop

ROOT = Path(__file__).resolve().parent.parent
VERSION = klantreis_desktop.__version__
#: "## [1.2.3] - 2026-12-24" or "## [Unreleased]" (Keep a Changelog).
HEADING = re.compile(r"^## \[(?P<name>[^\]]+)\](?: - (?P<date>\d{4}-\d{2}-\d{2}))?\s*$")


def changelog_headings() -> list[tuple[str, str | None]]:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    found = []
    for line in text.splitlines():
        if line.startswith("## "):
            match = HEADING.match(line)
            assert match, f"CHANGELOG.md: a version heading in an unknown form: {line!r}"
            found.append((match["name"], match["date"]))
    return found


def test_the_version_looks_like_a_version() -> None:
    assert re.fullmatch(r"\d+\.\d+\.\d+(?:(?:a|b|rc)\d+)?", VERSION), VERSION


def test_the_installed_metadata_has_the_same_version() -> None:
    try:
        installed = importlib.metadata.version("klantreis-desktop")
    except importlib.metadata.PackageNotFoundError:
        pytest.fail("klantreis-desktop is not installed: run scripts/bootstrap.sh "
                    "(pip install -e .)")
    assert installed == VERSION, (
        f"installed metadata says {installed}, klantreis_desktop.__version__ says {VERSION}: "
        "reinstall (pip install -e .) after changing the version")


def test_the_newest_changelog_version_is_this_version() -> None:
    headings = changelog_headings()
    names = [name for name, _ in headings]
    assert "Unreleased" not in names[1:], "Unreleased belongs above every version"
    versions = [(name, date) for name, date in headings if name != "Unreleased"]
    assert versions, "CHANGELOG.md has no version heading"
    newest, date = versions[0]
    assert newest == VERSION, f"CHANGELOG.md's newest version is {newest}, the code says {VERSION}"
    assert date, f"the {newest} heading needs its release date (## [{newest}] - YYYY-MM-DD)"
    assert len(set(names)) == len(names), "a version appears twice in CHANGELOG.md"


def test_the_metainfo_names_the_same_newest_release() -> None:
    """Software centres show the metainfo's releases: the newest must be this one, with
    the changelog's date."""
    tree = ET.parse(ROOT / "packaging" / "linux" / "nl.klantreis.Desktop.metainfo.xml")
    releases = tree.getroot().findall("./releases/release")
    assert releases and releases[0].get("version") == VERSION
    dates = {name: date for name, date in changelog_headings()}
    assert releases[0].get("date") == dates[VERSION]


def _klantreis_command() -> list[str]:
    """The ``klantreis`` console script of this Python's installation (on Windows it is in
    Scripts\\, not beside python.exe)."""
    scripts = sysconfig.get_path("scripts")
    found = shutil.which("klantreis", path=scripts)
    assert found, f"no klantreis command in {scripts}: pip install -e ."
    return [found]


def test_klantreis_version_prints_it() -> None:
    for command in (_klantreis_command(), [sys.executable, "-m", "klantreis_desktop"]):
        done = subprocess.run([*command, "--version"], capture_output=True, text=True,
                              timeout=120, cwd=ROOT)
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == f"klantreis {VERSION}"


def test_the_console_script_is_the_cli() -> None:
    scripts = {ep.name: ep.value for ep in importlib.metadata.entry_points(
        group="console_scripts") if ep.dist and ep.dist.name == "klantreis-desktop"}
    assert scripts == {"klantreis": "klantreis_desktop.cli:main"}
