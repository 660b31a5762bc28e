"""The check against an event log on every export (issue 19): PNG, SVG and the export
dialog's preview show the marks the PDF prints (arrow widths, drop-out tags), drawn by the
same poster code through the Qt painter, in the same places."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtGui import QImage

from klantreis_desktop.analysis import conformance as cf
from klantreis_desktop.analysis.path_table import PathTable, variants_of
from klantreis_desktop.export import pdf_conformance
from klantreis_desktop.export.pdf import export_pdf
from klantreis_desktop.export.pdf_conformance import WIDE_ARROW, grid_box
from klantreis_desktop.export.pdf_options import PdfOptions
from klantreis_desktop.export.pdf_plan import plan_pages
from klantreis_desktop.export.pdf_poster import Poster
from klantreis_desktop.layout.geometry import Rect
from klantreis_desktop.layout.measured import DROP_FILL
from klantreis_desktop.layout.style import hex_to_rgb
from klantreis_desktop.settings import Settings
from klantreis_desktop.templates import build_sample
from klantreis_desktop.ui.exporting.export_dialog import ExportDialog
from klantreis_desktop.ui.exporting.export_image import draw_png, draw_svg, image_poster
from klantreis_desktop.ui.exporting.poster_painter import QtPosterPainter

WAIT_MS = 20_000  # a generous ceiling, not a timing assertion
AD = "Ziet advertentie ‘schoon opleveren’"
SEARCH = "Zoekt ‘schoonmaak na verhuizing’"
COMPARE = "Vergelijkt prijzen en wat er wordt schoongemaakt"
REVIEWS = "Leest beoordelingen"
DPI = 144


@pytest.fixture(autouse=True)
def _app(qapp):
    """Qt draws the images: fonts need the application."""
    return qapp


@pytest.fixture(scope="module")
def checked():
    """The cleaning sample checked against a small log: 9,001 customers, two drop-outs."""
    doc = build_sample("schoonmaak", "nl")
    journey = doc.journeys()[0]
    table = PathTable(variants_of((steps, n) for n, steps in (
        (6000, (AD, SEARCH, COMPARE, REVIEWS)),
        (3000, (AD, SEARCH, REVIEWS)),
        (1, ("Chat met de bot", SEARCH, COMPARE, SEARCH)),
    )), "klantlog.csv")
    return doc, journey, cf.check_conformance(doc, journey, table)


def _marks(doc, poster: Poster, result) -> tuple[list[Rect], list[Rect]]:
    """Where the wide arrows (their boxes) and drop tags lie, in poster units."""
    layout, grid = poster.layout, grid_box(poster)
    assert layout is not None and grid is not None
    arrows, drops, _badges, _footers = pdf_conformance.grid_marks(doc, layout, result)

    def shifted(r: Rect) -> Rect:
        return Rect(grid.x + r.x, grid.y + r.y, r.w, r.h)

    wide = []
    for mark in arrows:
        if mark.width >= 8:  # the well-used arrows: wide enough to count pixels of
            xs, ys = [p[0] for p in mark.points], [p[1] for p in mark.points]
            pad = mark.width / 2
            wide.append(shifted(Rect(min(xs) - pad, min(ys) - pad, max(xs) - min(xs) + 2 * pad,
                                     max(ys) - min(ys) + 2 * pad)))
    return wide, [shifted(d.rect) for d in drops]


def _share(image: Image.Image, box: tuple[float, float, float, float], colour: str) -> float:
    """The fraction of the pixels in ``box`` (x0, y0, x1, y1, pixels) near ``colour``."""
    target = [round(c * 255) for c in hex_to_rgb(colour)]
    x0, y0, x1, y1 = (round(v) for v in box)
    pixels = [image.getpixel((x, y)) for x in range(x0, x1) for y in range(y0, y1)]
    near = [p for p in pixels if all(abs(a - b) <= 10 for a, b in zip(p[:3], target,
                                                                       strict=True))]
    return len(near) / max(len(pixels), 1)


def _png(poster: Poster) -> Image.Image:
    image, _warnings = draw_png(poster, DPI)
    data = image.convertToFormat(QImage.Format.Format_RGB888)
    return Image.frombytes("RGB", (data.width(), data.height()), bytes(data.constBits()),
                           "raw", "RGB", data.bytesPerLine())


def _png_box(poster: Poster, image: Image.Image, r: Rect) -> tuple[float, ...]:
    k = image.width / poster.width
    return r.x * k, r.y * k, r.right * k, r.bottom * k


def _pdf(doc, options: PdfOptions, path: Path) -> tuple[Image.Image, object]:
    export_pdf(doc, path, options)
    subprocess.run(["pdftoppm", "-png", "-r", str(DPI), "-singlefile", str(path),
                    str(path.with_suffix(""))], check=True)
    page = plan_pages(doc, options)[0][0]
    return Image.open(path.with_suffix(".png")).convert("RGB"), page


def _pdf_box(page, r: Rect) -> tuple[float, ...]:
    """A box of the poster on the rendered PDF page (its scale and offset, in pixels)."""
    s, (ox, oy) = page.scale, page.offset
    top = page.page_h - oy - page.poster.height * s
    k = DPI / 72
    return ((ox + r.x * s) * k, (top + r.y * s) * k, (ox + r.right * s) * k,
            (top + r.bottom * s) * k)


def test_the_png_has_the_marks_where_the_pdf_has_them(checked, tmp_path):
    doc, journey, result = checked
    plain, with_check = PdfOptions(paper="A3"), PdfOptions(paper="A3",
                                                           conformance={journey: result})
    poster = image_poster(doc, journey, with_check)
    wide, drops = _marks(doc, poster, result)
    assert len(drops) == 2 and wide  # the reviews (100 %) and the search (<1 %)
    png, pdf = _png(poster), _pdf(doc, with_check, tmp_path / "check.pdf")
    for r in drops:
        assert _share(png, _png_box(poster, png, r), DROP_FILL) > 0.3, r
        assert _share(pdf[0], _pdf_box(pdf[1], r), DROP_FILL) > 0.3, r
    for r in wide:
        assert _share(png, _png_box(poster, png, r), WIDE_ARROW) > 0.1, r
        assert _share(pdf[0], _pdf_box(pdf[1], r), WIDE_ARROW) > 0.1, r
    # Without the check, nothing of either where its own layout would put them.
    plain_poster = image_poster(doc, journey, plain)
    plain_png = _png(plain_poster)
    plain_wide, plain_drops = _marks(doc, plain_poster, result)
    assert all(_share(plain_png, _png_box(plain_poster, plain_png, r), DROP_FILL) < 0.02
               for r in plain_drops)
    assert all(_share(plain_png, _png_box(plain_poster, plain_png, r), WIDE_ARROW) < 0.05
               for r in plain_wide)


def test_png_and_pdf_draw_the_same_marks_through_their_painters(checked, tmp_path,
                                                                monkeypatch):
    """One description of the marks: both painters receive the same calls."""
    doc, journey, result = checked
    options = PdfOptions(paper="A3", conformance={journey: result})
    calls: dict[str, list[tuple[str, tuple]]] = {}
    real = {name: getattr(pdf_conformance, name)
            for name in ("draw_wide_arrow", "draw_share_label", "draw_drop_tag")}

    def spy(name):
        def record(p, *args):
            kind = "qt" if isinstance(p, QtPosterPainter) else "pdf"
            calls.setdefault(kind, []).append((name, args))
            return real[name](p, *args)
        return record

    for name in real:
        monkeypatch.setattr(pdf_conformance, name, spy(name))
    export_pdf(doc, tmp_path / "check.pdf", options)
    draw_png(image_poster(doc, journey, options), 48)
    assert calls["qt"] and calls["qt"] == calls["pdf"]
    calls.clear()
    draw_svg(image_poster(doc, journey, options))
    assert calls["qt"] and {name for name, _args in calls["qt"]} == set(real)


def test_the_svg_carries_the_marks_only_with_a_check(checked):
    doc, journey, result = checked
    fill = DROP_FILL.lower()
    data = draw_svg(image_poster(doc, journey, PdfOptions(conformance={journey: result})))[0]
    assert fill in data.decode().lower() and WIDE_ARROW in data.decode().lower()
    plain = draw_svg(image_poster(doc, journey, PdfOptions()))[0]
    assert fill not in plain.decode().lower() and WIDE_ARROW not in plain.decode().lower()


def _choose(box, data) -> None:
    index = box.findData(data)
    assert index >= 0, data
    box.setCurrentIndex(index)


@pytest.mark.parametrize("fmt", ["png", "pdf"])
def test_the_preview_shows_the_marks_while_the_box_is_ticked(checked, qtbot, tmp_path,
                                                             monkeypatch, fmt):
    from klantreis_desktop.ui.canvas.measured_items import ConformanceView, set_conformance

    doc, journey, result = checked
    drawn: list[object] = []
    real = pdf_conformance.draw_marks

    def spy(p, *args):
        drawn.append(p)
        return real(p, *args)

    monkeypatch.setattr(pdf_conformance, "draw_marks", spy)
    set_conformance(doc, journey, ConformanceView(result.arrow_shares(), result.drop_offs(),
                                                  "klantlog.csv", result))
    dialog = None
    try:
        dialog = ExportDialog(doc, journey, tmp_path / "s.klantreis",
                              Settings(tmp_path / "settings.json"))
        qtbot.addWidget(dialog)
        dialog.show()
        form = dialog.form
        _choose(form.format_combo, fmt)
        assert form.form.isRowVisible(form.check_marks) and form.check_marks.isChecked()
        assert form.image_options().conformance == {journey: result}
        qtbot.waitUntil(lambda: bool(drawn) and not dialog.is_busy()
                        and not dialog.preview_pixmap().isNull(), timeout=WAIT_MS)
        assert all(isinstance(p, QtPosterPainter) for p in drawn)
        with_marks = dialog.preview_pixmap().toImage()
        drawn.clear()
        form.check_marks.setChecked(False)
        qtbot.waitUntil(lambda: not dialog.is_busy()
                        and dialog.preview_pixmap().toImage() != with_marks, timeout=WAIT_MS)
        assert not drawn and form.image_options().conformance == {}
    finally:
        if dialog is not None:
            qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=WAIT_MS)
            dialog.runner.shut_down()
        set_conformance(doc, journey, None)


def test_klantreis_export_against_a_log_marks_the_png_too(tmp_path):
    """`klantreis export --png OUT --against LOG` draws the check as the PDF does: the PNG
    with the check has drop-out tags (their fill colour) that the one without lacks."""
    from klantreis_desktop import storage
    from klantreis_desktop.cli import main
    from tests.export.test_pdf_conformance import _log

    source = tmp_path / "schoonmaak.klantreis"
    storage.save(build_sample("schoonmaak", "en"), source)
    plain, marked = tmp_path / "plain.png", tmp_path / "marked.png"
    assert main(["export", str(source), "--png", str(plain), "--dpi", "72"]) == 0
    assert main(["export", str(source), "--png", str(marked), "--dpi", "72",
                 "--against", str(_log(tmp_path))]) == 0
    drop = hex_to_rgb(DROP_FILL)

    def tag_pixels(path: Path) -> int:
        """Pixels of the tags' fill inside a patch of it (the pixel right of and below
        it too): a tag's fill is solid; single edge pixels of other fills are not."""
        image = Image.open(path).convert("RGB")
        data, width = image.tobytes(), image.width
        pixels = list(zip(data[0::3], data[1::3], data[2::3], strict=True))
        near = [all(abs(a - round(b * 255)) <= 2 for a, b in zip(pixel, drop, strict=True))
                for pixel in pixels]
        return sum(1 for i in range(len(near) - width - 1)
                   if near[i] and near[i + 1] and near[i + width])

    # A few edge pixels of other fills come near the tags' colour (the dashed border of
    # an assumed pain card on its pink lane, where the layout puts it); the tags
    # themselves are hundreds.
    assert tag_pixels(marked) > 10 * max(tag_pixels(plain), 1)
