"""PNG and SVG export of one journey: the PDF's poster, size per DPI, background, real
text, command line."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image

from klantreis_desktop import cli, storage
from klantreis_desktop.export.files import check_pixels, journey_paths, slug
from klantreis_desktop.export.pdf_options import ExportError
from klantreis_desktop.model.builder import build
from klantreis_desktop.ui.exporting import export_image as image
from tests.export.pdf_helpers import small_spec, squash

ROOT = Path(__file__).resolve().parents[2]
TITLES = ["Prijs < €5 & snel", "Oriëntatie → ĳsje", "Belt", "Boekt online"]
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def doc(qapp):
    return build(small_spec(TITLES))


@pytest.fixture
def j(doc) -> str:
    return doc.journeys()[0]


def poster_size(doc) -> tuple[float, float]:
    """The poster's size in its units (one unit is one pixel at 96 DPI)."""
    poster = image.image_poster(doc, doc.journeys()[0])
    return poster.width, poster.height


def test_png_size_follows_the_dpi(doc, j, tmp_path):
    width, height = poster_size(doc)
    for dpi in (96, 150, 300):
        out = tmp_path / f"map-{dpi}.png"
        result = image.export_png(doc, j, out, dpi=dpi)
        with Image.open(out) as png:
            assert png.size == (round(width * dpi / 96), round(height * dpi / 96))
            assert png.size == (result.width, result.height)
            assert [round(v) for v in png.info["dpi"]] == [dpi, dpi]
    with Image.open(tmp_path / "map-96.png") as small, Image.open(tmp_path / "map-300.png") as big:
        assert big.width > 3 * small.width


def test_transparent_background_is_really_transparent(doc, j, tmp_path):
    out = tmp_path / "clear.png"
    image.export_png(doc, j, out, dpi=96, transparent=True)
    with Image.open(out) as png:
        rgba = png.convert("RGBA")
        assert png.mode == "RGBA"
        assert rgba.getpixel((2, 2))[3] == 0  # the empty margin corner
        assert rgba.getpixel((rgba.width - 3, rgba.height - 3))[3] == 0
        grid = image.image_poster(doc, j).content[1]  # the corner box with the journey title
        assert rgba.getpixel((round(grid.x) + 6, round(grid.y) + 6))[3] == 255


def test_white_background_is_white_and_opaque(doc, j, tmp_path):
    out = tmp_path / "white.png"
    image.export_png(doc, j, out, dpi=96, transparent=False)
    with Image.open(out) as png:
        rgba = png.convert("RGBA")
        assert rgba.getpixel((2, 2)) == (255, 255, 255, 255)
        assert rgba.getextrema()[3] == (255, 255)  # no pixel is see-through
        colours = {rgba.getpixel((x, y)) for x in range(0, rgba.width, 7)
                   for y in range(0, rgba.height, 7)}
        assert len(colours) > 20  # the map was drawn, not just a white sheet


def test_svg_is_xml_with_the_card_titles_as_text(doc, j, tmp_path):
    out = tmp_path / "map.svg"
    result = image.export_svg(doc, j, out)
    root = ET.parse(out).getroot()
    texts = squash("".join("".join(t.itertext()) for t in root.iter(f"{SVG}text")))
    for title in [*TITLES, "Reiskosten onduidelijk", "Bewustwording", "Schoonmaak"]:
        assert squash(title) in texts, title
    assert b"<image" not in out.read_bytes()  # cards are vectors, not cached bitmaps
    assert root.findtext(f"{SVG}title") == "Schoonmaak"
    view = [float(v) for v in root.get("viewBox", "").split()]
    assert view[2:] == pytest.approx(list(poster_size(doc)))
    assert (result.width, result.height) == tuple(round(v) for v in poster_size(doc))


def _full_size_white_rects(path: Path) -> int:
    root = ET.parse(path).getroot()
    width = root.get("viewBox", "").split()[2]
    count = 0
    for group in root.iter(f"{SVG}g"):
        for rect in group.findall(f"{SVG}rect"):
            if rect.get("width") == width and group.get("fill") == "#ffffff":
                count += 1
    return count


def test_svg_background_white_or_transparent(doc, j, tmp_path):
    image.export_svg(doc, j, tmp_path / "white.svg")
    image.export_svg(doc, j, tmp_path / "clear.svg", transparent=True)
    assert _full_size_white_rects(tmp_path / "white.svg") == 1
    assert _full_size_white_rects(tmp_path / "clear.svg") == 0


def test_bad_requests_raise_translated_errors_and_write_nothing(doc, j, tmp_path):
    with pytest.raises(ExportError, match="does not exist"):
        image.export_png(doc, "nope", tmp_path / "x.png")
    with pytest.raises(ExportError, match="DPI"):
        image.export_png(doc, j, tmp_path / "x.png", dpi=5000)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(ExportError, match="does not exist"):
        image.export_svg(doc, j, blocker / "x.svg")
    with pytest.raises(ExportError, match="too large"):
        check_pixels(30_000, 20_000, 600)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file"]


def test_a_failed_write_keeps_the_old_file(doc, j, tmp_path):
    target = tmp_path / "map.png"
    target.mkdir()  # a folder where the file should go: a real OS-level refusal
    with pytest.raises(ExportError, match="folder"):
        image.export_png(doc, j, target)
    assert target.is_dir() and not list(tmp_path.glob(".map.png.*"))


def test_one_file_per_journey_names():
    assert journey_paths(Path("out/map.png"), ["Eén"]) == [Path("out/map.png")]
    assert journey_paths(Path("map.svg"), ["Huidige reis", "Ideale reis", "Ideale reis", "?!"]) == [
        Path("map-huidige-reis.svg"), Path("map-ideale-reis.svg"),
        Path("map-ideale-reis-3.svg"), Path("map-4.svg")]
    assert slug("Oriëntatie & aankoop") == "orientatie-aankoop"


# Command line --------------------------------------------------------------------------

@pytest.fixture
def saved(tmp_path) -> Path:
    spec = small_spec(TITLES)
    spec["journeys"].append({"id": "j2", "title": "Ideaal", "phases": [{"id": "x", "title": "Stap"}],
                             "lanes": [{"id": "y", "title": "Contact",
                                        "lane_type": "touchpoints"}],
                             "cards": [{"id": "z", "kind": "touchpoint", "phase": "x", "lane": "y",
                                        "title": "Eerste bericht"}]})
    path = tmp_path / "verhuizen.klantreis"
    storage.save(build(spec), path)
    return path


def run_cli(*argv: str) -> int:
    """``klantreis export ARGV`` through the real entry point (in English)."""
    return cli.main(["--lang", "en", "export", *argv])


def test_cli_png_and_svg(saved, tmp_path, capsys, qapp):
    png, svg = tmp_path / "kaart.png", tmp_path / "kaart.svg"
    assert run_cli(str(saved), "--journey", "Schoonmaak", "--png", str(png), "--dpi", "200",
                   "--svg", str(svg), "--transparent") == 0
    with Image.open(png) as picture:
        assert picture.mode == "RGBA" and round(picture.info["dpi"][0]) == 200
    assert "Schoonmaak" in svg.read_text(encoding="utf-8")
    out = capsys.readouterr().out
    assert "kaart.png" in out and "kaart.svg" in out


def test_cli_writes_one_image_per_journey(saved, tmp_path, qapp):
    assert run_cli(str(saved), "--png", str(tmp_path / "reis.png")) == 0
    assert sorted(p.name for p in tmp_path.glob("reis*.png")) == [
        "reis-ideaal.png", "reis-schoonmaak.png"]


def test_cli_image_exit_codes(saved, tmp_path, capsys, qapp):
    out = tmp_path / "x.png"
    assert run_cli(str(saved)) == 2  # nothing asked for
    assert "--png" in capsys.readouterr().err
    assert run_cli(str(saved), "--png", str(out), "--dpi", "10") == 2
    assert "DPI" in capsys.readouterr().err
    assert run_cli(str(saved), "--png", str(tmp_path / "missing" / "x.png")) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "does not exist" in err
    assert run_cli(str(tmp_path / "none.klantreis"), "--svg", str(tmp_path / "x.svg")) == 1
    assert not out.exists() and not (tmp_path / "x.svg").exists()


def test_cli_images_work_without_a_display(saved, tmp_path):
    """No DISPLAY and no QT_QPA_PLATFORM: the command picks the offscreen platform."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    out = tmp_path / "headless.png"
    code = (
        "import sys\n"
        "from klantreis_desktop import cli\n"
        f"sys.exit(cli.main(['export', {str(saved)!r}, '--journey', 'Schoonmaak',"
        f" '--png', {str(out)!r}]))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    with Image.open(out) as picture:
        assert picture.width > 100


def test_a_png_on_a_chosen_paper_is_that_sheet_at_the_dpi(doc, j, tmp_path):
    """Review s6 #18: "Paper A3" at 150 DPI is 1754 × 2480 px (A3 at 150 DPI, the PDF's
    page with its margins), not the poster's own size in screen pixels."""
    from klantreis_desktop.export.pdf_options import PdfOptions
    from klantreis_desktop.ui.exporting.export_preview import image_preview

    options = PdfOptions(paper="A3", orientation="portrait")
    out = tmp_path / "a3.png"
    result = image.export_png(doc, j, out, dpi=150, options=options)
    with Image.open(out) as png:
        assert png.size == (1754, 2480) == (result.width, result.height)
        assert [round(v) for v in png.info["dpi"]] == [150, 150]
        rgb = png.convert("RGB")
        assert rgb.getpixel((10, 10)) == (255, 255, 255)  # the sheet's margin
        colours = {rgb.getpixel((x, y)) for x in range(0, rgb.width, 17)
                   for y in range(0, rgb.height, 17)}
        assert len(colours) > 20  # the poster is on it
    shown = image_preview(doc, j, options, 150, False)
    assert (shown.width, shown.height) == (1754, 2480)
    landscape = PdfOptions(paper="A4", orientation="landscape")
    small = image.export_png(doc, j, tmp_path / "a4.png", dpi=100, options=landscape)
    assert (small.width, small.height) == (1169, 827)  # 297 × 210 mm at 100 DPI


def test_the_svg_has_the_phase_goals_as_text(tmp_path):
    """Review s6 #3: the PNG and SVG are the poster, goals and KPIs included."""
    from klantreis_desktop import templates

    doc = templates.build_template("vier-fasen", "en")
    data, _w, _h = image.svg_bytes(doc, doc.journeys()[0])
    text = " ".join(t.strip() for t in ET.fromstring(data).itertext() if t.strip())
    assert "KPI:" in text and "Goal:" in text
