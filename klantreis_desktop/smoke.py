"""``klantreis --smoke-test``: prove that an installed bundle really works, without a person.

A PyInstaller bundle can build fine and still miss a Qt plugin, a font, a translation or a
lazily imported module. This check walks the path a user takes — start Qt, open the sample
journey, draw it, export a PDF — and prints one line per step, so a CI job (offscreen or
under Xvfb) sees exactly which part is missing. Exit code 0 means every step passed.
"""

from __future__ import annotations

import importlib
import platform
import re
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from klantreis_desktop import __version__, i18n
from klantreis_desktop.i18n import translate

SAMPLE = "schoonmaak"
SAMPLE_LANGUAGE = "nl"
#: The longest side of the rendered test image, in pixels (keeps the check quick).
RENDER_LIMIT = 1600
_PAGE_OBJECT = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


class SmokeError(Exception):
    """A step that ran but found something wrong; ``str()`` says what."""


class _Run:
    """Shared state between the steps (the application, the document, the scene)."""

    def __init__(self, lang: str | None) -> None:
        self.lang = lang
        self.app: Any = None
        self.doc: Any = None
        self.journeys: list[str] = []
        self.folder = Path(tempfile.mkdtemp(prefix="klantreis-smoke-"))


def _say(line: str) -> None:
    print(line, flush=True)


def _step_start(run: _Run) -> str:
    """The real start-up path: QApplication, fonts, translations, icon."""
    from PySide6 import __version__ as pyside_version
    from PySide6.QtGui import QFontDatabase, QGuiApplication

    from klantreis_desktop.shipped_files import resources_dir
    from klantreis_desktop.ui.app import create_application

    run.app = create_application(run.lang)
    shipped = sorted((resources_dir() / "fonts").glob("DejaVuSans*.ttf"))
    families = QFontDatabase.families()
    if len(shipped) < 4 or not any(name.startswith("DejaVu Sans") for name in families):
        raise SmokeError(translate("Smoke", "the bundled DejaVu fonts did not load"))
    if run.app.windowIcon().isNull():
        raise SmokeError(translate("Smoke", "the application icon is missing"))
    return translate("Smoke", "Qt started (PySide6 {version}, platform {platform})").format(
        version=pyside_version, platform=QGuiApplication.platformName())


def _step_translations(run: _Run) -> str:
    """Our Dutch catalogue and Qt's own Dutch strings must be loadable (not installed)."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from klantreis_desktop.shipped_files import i18n_dir

    found: list[str] = []
    missing: list[str] = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("klantreis_nl", str(i18n_dir())), ("qt_supplement_nl", str(i18n_dir())),
                         ("qtbase_nl", qt_folder)):
        translator = QTranslator()
        (found if translator.load(name, folder) else missing).append(name)
    frozen = bool(getattr(sys, "frozen", False))
    if missing and (frozen or "qtbase_nl" in missing):
        raise SmokeError(translate("Smoke", "translations missing: {names}").format(
            names=", ".join(missing)))
    if missing:  # a checkout where nobody ran pyside6-lrelease yet: worth a note, no failure
        return translate("Smoke", "translations loadable: {found}; not built yet: {missing}"
                         ).format(found=", ".join(found), missing=", ".join(missing))
    return translate("Smoke", "translations loadable: {names}").format(names=", ".join(found))


def _step_modules(run: _Run) -> str:
    """The window's modules are imported lazily by name: a bundle must still carry them."""
    importlib.import_module("klantreis_desktop.ui.window.main_window")
    importlib.import_module("klantreis_desktop.ui.window.about")
    return translate("Smoke", "window modules import")


def _step_open(run: _Run) -> str:
    """The shipped sample file, or the sample built from its spec when no file ships."""
    from klantreis_desktop import storage, templates

    path = templates.sample_path(SAMPLE, SAMPLE_LANGUAGE)
    if path.is_file():
        run.doc = storage.load(path)
        source = path.name
    else:
        run.doc = templates.build_sample(SAMPLE, SAMPLE_LANGUAGE)
        source = translate("Smoke", "built from {file}").format(
            file=templates.spec_path(SAMPLE, SAMPLE_LANGUAGE).name)
    run.journeys = list(run.doc.journeys())
    cards = sum(len(run.doc.cards(j)) for j in run.journeys)
    if not run.journeys or cards == 0:
        raise SmokeError(translate("Smoke", "the sample journey is empty"))
    return translate("Smoke", "sample opened ({source}): {journeys} journeys, {cards} cards"
                     ).format(source=source, journeys=len(run.journeys), cards=cards)


def _step_render(run: _Run) -> str:
    """Draw every journey through the real canvas scene into an image."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QImage, QPainter, QUndoStack

    from klantreis_desktop.ui.canvas.scene import JourneyScene

    sizes: list[str] = []
    for journey in run.journeys:
        stack = QUndoStack()
        scene = JourneyScene(run.doc, journey, stack)
        try:
            source = scene.sceneRect()
            if source.isEmpty() or len(scene.items()) < 2:
                raise SmokeError(translate("Smoke", "the canvas drew nothing"))
            scale = min(1.0, RENDER_LIMIT / max(source.width(), source.height()))
            width = max(1, round(source.width() * scale))
            height = max(1, round(source.height() * scale))
            image = QImage(width, height, QImage.Format.Format_ARGB32)
            image.fill(Qt.GlobalColor.white)
            painter = QPainter(image)
            try:
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                scene.render(painter, QRectF(0, 0, width, height), source)
            finally:
                painter.end()
            if _colour_count(image) < 3:
                raise SmokeError(translate("Smoke", "the rendered journey is blank"))
            image.save(str(run.folder / f"journey-{len(sizes) + 1}.png"))
            sizes.append(f"{width}×{height}")
        finally:
            detach = getattr(scene, "detach", None)
            if callable(detach):
                detach()
            scene.deleteLater()
    return translate("Smoke", "rendered {count} journeys ({sizes} px)").format(
        count=len(sizes), sizes=", ".join(sizes))


def _colour_count(image: Any) -> int:
    """Distinct colours on a 24×24 sample grid: a drawn map has many, an empty one one."""
    colours = set()
    for i in range(24):
        for j in range(24):
            x = (image.width() - 1) * i // 23
            y = (image.height() - 1) * j // 23
            colours.add(image.pixel(x, y))
    return len(colours)


def _step_pdf(run: _Run) -> str:
    """ReportLab with the embedded DejaVu fonts, written to a temporary folder."""
    from klantreis_desktop.export.pdf import export_pdf
    from klantreis_desktop.export.pdf_options import PdfOptions

    target = run.folder / "smoke.pdf"
    result = export_pdf(run.doc, target, PdfOptions())
    data = target.read_bytes()
    if not data.startswith(b"%PDF"):
        raise SmokeError(translate("Smoke", "the exported file is not a PDF"))
    pages = len(_PAGE_OBJECT.findall(data))
    if result.pages < 1 or pages < 1:
        raise SmokeError(translate("Smoke", "the exported PDF has no pages"))
    return translate("Smoke", "PDF exported: {pages} pages, {size} kB").format(
        pages=result.pages, size=max(1, len(data) // 1024))


STEPS: tuple[tuple[str, Callable[[_Run], str]], ...] = (
    ("start", _step_start),
    ("translations", _step_translations),
    ("modules", _step_modules),
    ("open", _step_open),
    ("render", _step_render),
    ("pdf", _step_pdf),
)


def run_smoke_test(lang: str | None = None) -> int:
    """Run every step; 0 when all passed, 1 at the first failure (one clear line on stderr).

    Qt's platform follows ``QT_QPA_PLATFORM`` (``offscreen`` needs no display). The
    temporary folder with the rendered PNGs and the PDF is removed after a pass and kept
    after a failure, for inspection.
    """
    i18n.set_language(lang)
    _say(translate("Smoke", "Klantreis {version} smoke test (Python {python}, {system})").format(
        version=__version__, python=platform.python_version(), system=platform.system()))
    try:
        run = _Run(lang)
    except OSError as error:
        print(translate("Smoke", "FAILED: no temporary folder: {error}").format(error=error),
              file=sys.stderr, flush=True)
        return 1
    for name, step in STEPS:
        try:
            detail = step(run)
        except Exception as error:  # the promise: one plain line per failure, no traceback
            reason = str(error) or type(error).__name__
            print(translate("Smoke", "FAILED at step “{step}”: {reason} (files in {folder})"
                            ).format(step=name, reason=" ".join(reason.split()),
                                     folder=run.folder), file=sys.stderr, flush=True)
            return 1
        _say(f"ok  {name}: {detail}")
    shutil.rmtree(run.folder, ignore_errors=True)
    _say(translate("Smoke", "Smoke test passed."))
    return 0


if __name__ == "__main__":  # pragma: no cover - `python -m klantreis_desktop.smoke`
    sys.exit(run_smoke_test())
