"""Packaging: desktop files, icons, the user install, the smoke test, About, and the bundle."""

from __future__ import annotations

import configparser
import importlib.util
import os
import shutil
import stat
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from klantreis_desktop import __version__
from klantreis_desktop.storage import FILE_SUFFIX

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
APP_ID = "nl.klantreis.Desktop"
MIME_TYPE = "application/x-klantreis"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _load_render_icons():
    spec = importlib.util.spec_from_file_location("render_icons", PACKAGING / "render_icons.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _clean_env(home: Path | None = None, **extra: str) -> dict[str, str]:
    """The test process's environment without the XDG folders conftest points elsewhere."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("XDG_")}
    if home is not None:
        env["HOME"] = str(home)
    env.update(extra)
    return env


# Desktop entry ---------------------------------------------------------------------------

def test_desktop_entry_is_valid_and_opens_klantreis_files():
    path = LINUX / f"{APP_ID}.desktop"
    validator = shutil.which("desktop-file-validate")
    if validator:
        result = subprocess.run([validator, str(path)], capture_output=True, text=True)
        assert result.returncode == 0 and not result.stdout.strip(), result.stdout
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str  # keys are case-sensitive in desktop files
    entry.read(path, encoding="utf-8")
    group = entry["Desktop Entry"]
    assert group["Type"] == "Application"
    assert group["Exec"].split()[0] == "klantreis"
    assert group["Exec"].split()[-1] in ("%F", "%f", "%U", "%u")
    assert group["Icon"] == APP_ID
    assert MIME_TYPE in group["MimeType"].split(";")
    assert group["Name"] == "Klantreis" and group["Comment[nl]"]


# Shared MIME info ------------------------------------------------------------------------

def test_mime_type_names_the_glob_and_its_own_icon():
    root = ET.parse(LINUX / f"{APP_ID}.xml").getroot()
    assert root.tag == f"{MIME_NS}mime-info"
    (mime,) = root.findall(f"{MIME_NS}mime-type")
    assert mime.get("type") == MIME_TYPE
    assert [g.get("pattern") for g in mime.findall(f"{MIME_NS}glob")] == [f"*{FILE_SUFFIX}"]
    assert mime.find(f"{MIME_NS}icon").get("name") == MIME_TYPE.replace("/", "-")
    assert mime.find(f"{MIME_NS}sub-class-of").get("type") == "application/zip"
    languages = {c.get(XML_LANG) for c in mime.findall(f"{MIME_NS}comment")}
    assert languages == {None, "nl"}


@pytest.mark.skipif(not shutil.which("update-mime-database"), reason="no shared-mime-info")
def test_mime_database_accepts_the_type(tmp_path):
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(LINUX / f"{APP_ID}.xml", packages)
    result = subprocess.run(["update-mime-database", str(tmp_path / "mime")],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert f"{MIME_TYPE}:*{FILE_SUFFIX}" in (tmp_path / "mime" / "globs2").read_text()
    assert f"{MIME_TYPE} application/zip" in (tmp_path / "mime" / "subclasses").read_text()


# AppStream -------------------------------------------------------------------------------

def test_metainfo_names_the_app_its_file_type_and_this_version():
    path = LINUX / f"{APP_ID}.metainfo.xml"
    root = ET.parse(path).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == f"{APP_ID}.desktop"
    assert root.find("launchable").get("type") == "desktop-id"
    assert root.findtext("provides/binary") == "klantreis"
    assert root.findtext("provides/mediatype") == MIME_TYPE
    assert root.find("releases/release").get("version") == __version__
    assert {s.get(XML_LANG) for s in root.findall("summary")} == {None, "nl"}
    validator = shutil.which("appstreamcli")
    if validator:
        result = subprocess.run([validator, "validate", "--no-net", str(path)],
                                capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr


# Icons -----------------------------------------------------------------------------------

def test_icons_render_in_every_size_with_ico_and_icns(qapp, tmp_path):
    from PIL import Image

    render_icons = _load_render_icons()
    assert render_icons.main(["--out", str(tmp_path / "icons"), "--ico",
                              str(tmp_path / "k.ico"), "--icns", str(tmp_path / "k.icns")]) == 0
    hicolor = tmp_path / "icons" / "hicolor"
    for size in (16, 32, 48, 128, 256, 512):
        for context, name in (("apps", APP_ID), ("mimetypes", "application-x-klantreis")):
            with Image.open(hicolor / f"{size}x{size}" / context / f"{name}.png") as image:
                assert image.size == (size, size)
                rgba = image.convert("RGBA")
                assert rgba.getpixel((size // 2, size // 2))[3] == 255  # drawn, not empty
                assert rgba.getpixel((0, 0))[3] < 255  # transparent corner
    assert (hicolor / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    with Image.open(tmp_path / "k.ico") as ico:
        assert {(16, 16), (32, 32), (256, 256)} <= set(ico.info["sizes"])
    assert (tmp_path / "k.icns").read_bytes()[:4] == b"icns"


# User install ----------------------------------------------------------------------------

def _fake_bundle(folder: Path, qapp) -> Path:
    """A bundle folder as build.sh leaves it, with a tiny stand-in for the executable."""
    bundle = folder / "bundle"
    shutil.copytree(LINUX, bundle / "linux", ignore=shutil.ignore_patterns("icons"))
    _load_render_icons().render_hicolor(bundle / "linux" / "icons")
    shutil.copy(PACKAGING / "install-linux.sh", bundle)
    program = bundle / "klantreis"
    program.write_text("#!/bin/sh\necho fake klantreis\n")
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    return bundle


def test_install_linux_puts_everything_in_local_and_uninstall_removes_it(qapp, tmp_path):
    bundle = _fake_bundle(tmp_path, qapp)
    home = tmp_path / "home"
    home.mkdir()
    env = _clean_env(home)
    result = subprocess.run(["bash", str(bundle / "install-linux.sh")], env=env,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    local = home / ".local"
    appdir = local / "lib" / "klantreis"
    assert (appdir / "klantreis").is_file()
    assert os.readlink(local / "bin" / "klantreis") == str(appdir / "klantreis")
    desktop = local / "share" / "applications" / f"{APP_ID}.desktop"
    text = desktop.read_text()
    assert f'Exec="{appdir}/klantreis" %F' in text
    assert f"TryExec={appdir}/klantreis" in text
    if shutil.which("desktop-file-validate"):
        assert subprocess.run(["desktop-file-validate", str(desktop)]).returncode == 0
    assert (local / "share" / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (local / "share" / "mime" / "packages" / f"{APP_ID}.xml").is_file()
    icons = local / "share" / "icons" / "hicolor"
    assert (icons / "48x48" / "apps" / f"{APP_ID}.png").is_file()
    assert (icons / "256x256" / "mimetypes" / "application-x-klantreis.png").is_file()
    if shutil.which("update-mime-database"):
        assert MIME_TYPE in (local / "share" / "mime" / "globs2").read_text()

    result = subprocess.run(["bash", str(appdir / "install-linux.sh"), "--uninstall"],
                            env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert not appdir.exists() and not (local / "bin" / "klantreis").exists()
    left = [p for p in home.rglob("*") if APP_ID in p.name or "x-klantreis" in p.name
            and p.suffix in (".png", ".svg", ".xml")]
    assert left == []


def test_install_linux_refuses_to_replace_a_foreign_folder(qapp, tmp_path):
    bundle = _fake_bundle(tmp_path, qapp)
    home = tmp_path / "home"
    foreign = home / ".local" / "lib" / "klantreis"
    foreign.mkdir(parents=True)
    (foreign / "precious.txt").write_text("mine")
    result = subprocess.run(["bash", str(bundle / "install-linux.sh")], env=_clean_env(home),
                            capture_output=True, text=True)
    assert result.returncode == 1
    assert "not a Klantreis bundle" in result.stderr
    assert (foreign / "precious.txt").read_text() == "mine"


# Smoke test ------------------------------------------------------------------------------

STEPS = ("start", "translations", "modules", "open", "render", "pdf")


def test_smoke_test_passes_in_process(qapp, capsys):
    from klantreis_desktop.smoke import run_smoke_test

    assert run_smoke_test("en") == 0
    out = capsys.readouterr()
    lines = out.out.splitlines()
    assert [line.split(":")[0] for line in lines[1:-1]] == [f"ok  {s}" for s in STEPS]
    assert lines[-1] == "Smoke test passed."
    assert "pages" in lines[-2] and out.err == ""


def test_bundle_entry_runs_the_smoke_test_and_the_cli_as_subprocesses(tmp_path):
    env = _clean_env(tmp_path, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    entry = str(PACKAGING / "entry.py")
    smoke = subprocess.run([sys.executable, entry, "--smoke-test", "--lang", "en"], env=env,
                           capture_output=True, text=True, timeout=300)
    assert smoke.returncode == 0, smoke.stdout + smoke.stderr
    assert smoke.stdout.splitlines()[-1] == "Smoke test passed."
    version = subprocess.run([sys.executable, entry, "--version"], env=env,
                             capture_output=True, text=True, timeout=60)
    assert version.returncode == 0 and __version__ in version.stdout


def test_smoke_test_fails_with_one_clear_line_on_a_damaged_installation(tmp_path):
    """A copy of the program without resources/: no fonts, no icon, no samples."""
    shutil.copytree(ROOT / "klantreis_desktop", tmp_path / "klantreis_desktop",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "i18n", tmp_path / "i18n")
    env = _clean_env(tmp_path, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(tmp_path),
                     TMPDIR=str(tmp_path))  # a failed run keeps its folder: keep it in here
    result = subprocess.run([sys.executable, "-m", "klantreis_desktop.smoke"], cwd=tmp_path,
                            env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(errors) == 1 and errors[0].startswith("FAILED at step “start”")


# About -----------------------------------------------------------------------------------

def test_about_dialog_shows_version_and_licences(qtbot):
    from PySide6.QtWidgets import QLabel, QWidget

    from klantreis_desktop.ui.window.about import show_about

    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = show_about(parent)
    assert dialog.isVisible()
    labels = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert __version__ in labels and "Klantreis" in labels
    licences = dialog.licences.toPlainText()
    assert dialog.licences.isReadOnly()
    for needle in ("DejaVu", "Bitstream Vera", "LGPL", "networkx", "ReportLab",
                   "platformdirs", "Pillow", "HPND", "uharfbuzz", "Apache-2.0", "python-bidi",
                   "LGPL-3.0", "Noto Sans Arabic", "SIL Open Font License",
                   "Droid Sans Fallback", "Apache License"):
        assert needle in licences, needle
    # Every bundled font's licence text is shown in full, read from the shipped file.
    from klantreis_desktop.export.pdf_fonts import BUNDLED_FONTS
    from klantreis_desktop.shipped_files import resources_dir

    for _font, _files, _licence, text in BUNDLED_FONTS:
        shipped = (resources_dir() / "fonts" / text).read_text(encoding="utf-8").strip()
        assert shipped.splitlines()[0] in licences and shipped.splitlines()[-1] in licences
    dialog.close()


def test_about_dialog_speaks_dutch_when_asked(qtbot):
    from PySide6.QtCore import QCoreApplication, QTranslator

    from klantreis_desktop.shipped_files import i18n_dir
    from klantreis_desktop.ui.window.about import AboutDialog

    qm = i18n_dir() / "klantreis_nl.qm"
    source = "Customer journey maps for workshops: phases, lanes, touchpoints, emotions and " \
             "personas on one canvas, printed as a poster. Works offline."
    translator = QTranslator()
    if not qm.is_file() or not translator.load(str(qm)) or not translator.translate(
            "About", source):
        pytest.skip("no Dutch .qm with the About strings yet (translator pass pending)")
    QCoreApplication.installTranslator(translator)
    try:
        dialog = AboutDialog()
        qtbot.addWidget(dialog)
        assert dialog.description.text() == translator.translate("About", source)
        assert dialog.description.text() != source
    finally:
        QCoreApplication.removeTranslator(translator)


# The bundle itself (slow) ------------------------------------------------------------------

@pytest.mark.slow
def test_pyinstaller_bundle_builds_and_passes_its_smoke_test(tmp_path):
    pytest.importorskip("PyInstaller")
    env = _clean_env(tmp_path, QT_QPA_PLATFORM="offscreen", PYTHON=sys.executable,
                     DIST=str(tmp_path / "dist"), WORK=str(tmp_path / "work"))
    started = time.monotonic()
    build = subprocess.run(["bash", str(PACKAGING / "build.sh"), "--no-smoke"], env=env,
                           cwd=ROOT, capture_output=True, text=True, timeout=1800)
    seconds = time.monotonic() - started
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    bundle = tmp_path / "dist" / "klantreis"
    size_mb = sum(p.stat().st_size for p in bundle.rglob("*")
                  if p.is_file() and not p.is_symlink()) / 1e6
    print(f"bundle built in {seconds:.0f} s, {size_mb:.0f} MB")

    internal = bundle / "_internal"
    shipped = "klantreis_desktop/shipped/"  # the installed package's files, as in a wheel
    from klantreis_desktop.export.pdf_fonts import BUNDLED_FONTS

    fonts = [shipped + "resources/fonts/" + name for _font, files, _licence, text in
             BUNDLED_FONTS for name in (*files, text)]
    assert any("NotoSansArabic" in f for f in fonts) and any("Droid" in f for f in fonts)
    # The About dialog names each library's version: their metadata must be in the bundle.
    metadata = {p.name.split("-")[0].lower() for p in internal.glob("*.dist-info")}
    assert {"uharfbuzz", "python_bidi"} <= {m.replace("-", "_") for m in metadata}, metadata
    for part in (shipped + "i18n/klantreis_nl.qm", shipped + "i18n/klantreis_nl.ts", *fonts,
                 shipped + "resources/icons/klantreis.svg",
                 shipped + "resources/templates/5a.nl.json", shipped + "linux",
                 "PySide6/Qt/translations/qtbase_nl.qm", "PySide6/Qt/plugins/platforms"):
        assert (internal / part).exists(), part
    names = {p.name for p in internal.rglob("*")}
    assert not {n for n in names if n.startswith(("libQt6Qml", "libQt6Quick", "libQt6WebEngine",
                                                  "libQt63D", "libgtk-3"))}
    assert (bundle / "install-linux.sh").is_file()
    assert (bundle / "linux" / "icons" / "hicolor" / "64x64" / "apps" / f"{APP_ID}.png").is_file()
    # ~276 MB measured: DuckDB's engine alone is 66 MB (measured journeys' big event logs),
    # the fallback fonts for Arabic and CJK 5 MB; a jump past this means something unwanted
    # came in (check the excludes in packaging/klantreis.spec).
    assert size_mb < 300

    smoke = subprocess.run([str(bundle / "klantreis"), "--smoke-test"], env=env,
                           capture_output=True, text=True, timeout=300)
    assert smoke.returncode == 0, smoke.stdout + smoke.stderr
    assert "Smoke test passed." in smoke.stdout
    version = subprocess.run([str(bundle / "klantreis"), "--version"], env=env,
                             capture_output=True, text=True, timeout=60)
    assert version.returncode == 0 and __version__ in version.stdout


def test_the_app_ships_no_test_or_benchmark_helpers():
    """Test data generators live in tests/support/; nothing in the package may import them."""
    import ast

    package = ROOT / "klantreis_desktop"
    offenders = []
    for path in sorted(package.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([alias.name for alias in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            for name in names:
                if name.split(".")[0] in ("tests", "benchmarks") or "synthetic" in name:
                    offenders.append(f"{path.relative_to(ROOT)}: {name}")
    assert not offenders
    assert not list(package.rglob("synthetic*.py"))
