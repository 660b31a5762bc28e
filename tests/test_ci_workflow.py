"""The GitHub Actions workflow cannot run here; what it names must at least exist.

Every script, folder and extra the workflow refers to is checked against the checkout and
pyproject.toml, so renaming one of them breaks this test instead of the first CI run on a
Windows or macOS machine. When PyYAML happens to be installed (it is not a dependency),
the file is parsed as well.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "ci.yml"


def _text() -> str:
    return WORKFLOW.read_text(encoding="utf-8")


def test_every_script_and_folder_it_names_exists() -> None:
    text = _text()
    named = set(re.findall(r"\b((?:scripts|packaging|tests|i18n)/[\w./*-]+)", text))
    assert {"scripts/debian-packages.sh", "scripts/run-tests", "packaging/build.sh",
            "tests/acceptance"} <= named
    for name in named:
        if "*" in name:
            assert list(ROOT.glob(name)), name
        else:
            assert (ROOT / name).exists(), name
    source = (ROOT / "scripts" / "debian-packages.sh").read_text(encoding="utf-8")
    assert "TEST_PACKAGES=(" in source and "TEST_PACKAGES" in text


def test_the_extras_and_tools_it_installs_are_declared() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = project["optional-dependencies"]
    assert 'pip install -e ".[test,package]"' in _text()
    declared = " ".join(extras["test"] + extras["package"] + project["dependencies"])
    for tool in ("pytest", "ruff", "mypy", "build", "pyinstaller", "PySide6-Essentials"):
        assert tool in declared, tool  # python -m ruff / mypy / build / PyInstaller, lrelease
    assert "acceptance" in " ".join(
        tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
        ["tool"]["pytest"]["ini_options"]["markers"])


def test_the_bundle_paths_it_smoke_tests_are_the_specs() -> None:
    """klantreis-cli.exe (Windows) and Klantreis.app (macOS) are made by the spec."""
    spec = (ROOT / "packaging" / "klantreis.spec").read_text(encoding="utf-8")
    text = _text()
    assert "dist/klantreis/klantreis-cli.exe --smoke-test" in text
    assert 'name="klantreis-cli"' in spec
    assert "dist/Klantreis.app/Contents/MacOS/klantreis --smoke-test" in text
    assert 'name="Klantreis.app"' in spec and 'name="klantreis",' in spec
    build = (ROOT / "packaging" / "build.sh").read_text(encoding="utf-8")
    for option in ("--tar", "--no-smoke"):
        assert option in build and option in text
    assert "PYTHON" in build  # the workflow passes its Python through PYTHON


def test_it_parses_as_yaml() -> None:
    yaml = pytest.importorskip("yaml")
    workflow = yaml.safe_load(_text())
    job = workflow["jobs"]["test"]
    matrix = job["strategy"]["matrix"]
    assert set(matrix["os"]) == {"windows-latest", "macos-latest", "ubuntu-latest"}
    assert matrix["python"] == ["3.11"] and matrix["include"] == [
        {"os": "ubuntu-latest", "python": "3.12"}]
    assert job["strategy"]["fail-fast"] is False
    names = [step.get("name", step.get("uses")) for step in job["steps"]]
    assert len(names) == len(set(names))
