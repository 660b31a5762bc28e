"""The app as a Python user installs it: a wheel from ``python -m build``, installed by pipx
(non-editable, in a fresh venv outside the checkout), then every command run from there.

This is the check that was missing when ``pip install .`` gave an app without templates,
fonts or translations: nothing here can reach the source tree by accident (another working
folder, another HOME, no PYTHONPATH, and the installation must say its files come from the
package).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from klantreis_desktop import __version__, templates

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("dist")
    result = subprocess.run([sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)],
                            capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    (wheel,) = out.glob("klantreis_desktop-*.whl")
    (sdist,) = out.glob("klantreis_desktop-*.tar.gz")
    return {"wheel": wheel, "sdist": sdist}


@pytest.fixture(scope="module")
def installed(built, tmp_path_factory) -> dict[str, Path]:
    """``pipx install <wheel>`` into a private pipx home; returns the command and a home."""
    base = tmp_path_factory.mktemp("pipx")
    env = _env(base / "home")
    env.update(PIPX_HOME=str(base / "pipx"), PIPX_BIN_DIR=str(base / "bin"),
               PIPX_MAN_DIR=str(base / "man"))
    result = subprocess.run([sys.executable, "-m", "pipx", "install", str(built["wheel"])],
                            env=env, capture_output=True, text=True, timeout=900,
                            cwd=base)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    command = base / "bin" / "klantreis"
    assert command.is_file()
    return {"command": command, "home": base / "home", "work": base}


def _env(home: Path, **extra: str) -> dict[str, str]:
    """A user's environment: own HOME, no XDG folders or PYTHONPATH from the test run."""
    home.mkdir(parents=True, exist_ok=True)
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("XDG_", "PYTHON", "VIRTUAL_ENV", "LC_", "LANG"))}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", LANG="en_GB.UTF-8")
    env.update(extra)
    return env


def _run(installed: dict[str, Path], *args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(installed["command"]), *args], env=_env(installed["home"], **env),
                          cwd=installed["work"], capture_output=True, text=True, timeout=300)


def test_the_wheel_and_sdist_carry_the_run_time_files(built):
    names = set(zipfile.ZipFile(built["wheel"]).namelist())
    shipped = "klantreis_desktop/shipped/"
    for part in ("resources/fonts/DejaVuSans.ttf", "resources/fonts/LICENSE-DejaVu.txt",
                 "resources/icons/klantreis.svg", "resources/templates/leeg.en.json",
                 "resources/samples/schoonmaak.nl.klantreis", "i18n/klantreis_nl.qm",
                 "i18n/klantreis_nl.ts", "linux/nl.klantreis.Desktop.desktop"):
        assert shipped + part in names, part
    for template in templates.TEMPLATES:
        for lang in ("nl", "en"):
            assert f"{shipped}resources/templates/{template}.{lang}.json" in names
    for command in ("__init__", "common", "new", "info", "export", "install_desktop"):
        assert f"klantreis_desktop/cli/{command}.py" in names, command
    assert not [name for name in names if "synthetic" in name or name.startswith("tests/")]
    with tarfile.open(built["sdist"]) as sdist:
        members = {name.split("/", 1)[1] for name in sdist.getnames() if "/" in name}
    for part in ("setup.py", "pyproject.toml", "i18n/klantreis_nl.ts",
                 "resources/fonts/DejaVuSans.ttf", "packaging/linux/nl.klantreis.Desktop.xml"):
        assert part in members, part
    assert not any(name.endswith(".qm") for name in members), ".qm are built, not shipped"


def test_installed_app_finds_its_files_in_the_package(installed):
    python = installed["command"].resolve().parent / "python"
    probe = subprocess.run(
        [str(python), "-c",
         "import json, klantreis_desktop.shipped_files as p, importlib.metadata as m;"
         "print(json.dumps([p.describe(), str(p.resources_dir()),"
         " m.version('klantreis-desktop')]))"],
        env=_env(installed["home"]), cwd=installed["work"], capture_output=True, text=True)
    assert probe.returncode == 0, probe.stderr
    source, resources, version = json.loads(probe.stdout)
    assert source == "package" and str(ROOT) not in resources
    assert version == __version__
    shown = _run(installed, "--version")
    assert shown.returncode == 0 and shown.stdout.split()[-1] == __version__


def test_installed_app_passes_its_smoke_test(installed):
    result = _run(installed, "--smoke-test")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Smoke test passed." in result.stdout


def test_installed_app_makes_every_template_in_both_languages_and_exports(installed):
    work = installed["work"]
    for template in templates.TEMPLATES:
        for lang in ("nl", "en"):
            target = work / f"{template}-{lang}.klantreis"
            made = _run(installed, "new", "--template", template, "--lang", lang,
                        "-o", str(target))
            assert made.returncode == 0 and target.is_file(), made.stderr
            info = _run(installed, "info", str(target), "--json")
            assert info.returncode == 0 and json.loads(info.stdout)["journeys"], info.stderr
    sample = work / "sample.klantreis"
    assert _run(installed, "new", "--template", "vier-fasen", "-o", str(sample)).returncode == 0
    pdf = work / "poster.pdf"
    exported = _run(installed, "export", str(sample), "--pdf", str(pdf))
    assert exported.returncode == 0, exported.stderr
    assert pdf.read_bytes().startswith(b"%PDF")


def test_installed_help_speaks_the_users_language(installed):
    dutch = _run(installed, "--help", LANG="nl_NL.UTF-8")
    english = _run(installed, "--help")
    assert dutch.returncode == english.returncode == 0
    assert dutch.stdout.startswith("gebruik:") and english.stdout.startswith("usage:")


def test_installed_app_adds_and_removes_its_desktop_files(installed):
    data = installed["work"] / "share"
    added = _run(installed, "install-desktop", XDG_DATA_HOME=str(data))
    assert added.returncode == 0, added.stderr
    entry = (data / "applications" / "nl.klantreis.Desktop.desktop").read_text()
    assert f"Exec={installed['command'].resolve()} %F" in entry
    assert (data / "mime" / "packages" / "nl.klantreis.Desktop.xml").is_file()
    assert (data / "icons" / "hicolor" / "64x64" / "apps" / "nl.klantreis.Desktop.png").is_file()
    removed = _run(installed, "install-desktop", "--uninstall", XDG_DATA_HOME=str(data))
    assert removed.returncode == 0
    assert not (data / "applications" / "nl.klantreis.Desktop.desktop").exists()



def test_a_rebuild_leaves_no_moved_module_behind(tmp_path):
    """setuptools reuses the checkout's build/lib, and packaging/build.sh builds its wheel
    from the checkout: a module renamed since the last build (ui/actions.py → ui/window/
    menu_actions.py) must not ship beside its new self, importing what no longer exists."""
    stale = ROOT / "build" / "lib" / "klantreis_desktop" / "ui" / "actions.py"
    stale.parent.mkdir(parents=True, exist_ok=True)
    stale.write_text("import klantreis_desktop.ui.main_window\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "build", "--wheel", "--outdir",
                             str(tmp_path), str(ROOT)], capture_output=True, text=True,
                            timeout=900)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    (wheel,) = tmp_path.glob("klantreis_desktop-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    assert "klantreis_desktop/ui/window/menu_actions.py" in names
    assert "klantreis_desktop/ui/actions.py" not in names
    assert not stale.exists()
