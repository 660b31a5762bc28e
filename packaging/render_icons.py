"""Render the app and document icons from their SVG sources into every size a desktop wants.

The SVGs in ``resources/icons`` are the only source; PNGs are build output (never edited by
hand, not committed). Qt's own SVG renderer draws them offscreen, so no Inkscape or
ImageMagick is needed, and Pillow packs the Windows ``.ico`` and macOS ``.icns`` on request.

    python packaging/render_icons.py                       # → packaging/linux/icons/hicolor
    python packaging/render_icons.py --ico build/klantreis.ico --icns build/klantreis.icns
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QIODevice, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
APP_ID = "nl.klantreis.Desktop"
MIME_ICON = "application-x-klantreis"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512)
DEFAULT_OUT = Path(__file__).resolve().parent / "linux" / "icons"

#: (source SVG, hicolor context, installed icon name)
ICON_SETS = (("klantreis.svg", "apps", APP_ID), ("klantreis-file.svg", "mimetypes", MIME_ICON))


def render(svg: Path, size: int) -> QImage:
    """``svg`` drawn into a transparent ``size``×``size`` image, aspect ratio kept."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: cannot read {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    box = renderer.viewBoxF()
    scale = size / max(box.width(), box.height())
    width, height = box.width() * scale, box.height() * scale
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter, QRectF((size - width) / 2, (size - height) / 2, width, height))
    finally:
        painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs lag the binding
    return bytes(buffer.data().data())


def render_hicolor(out: Path) -> list[Path]:
    """``out/hicolor/<N>x<N>/<context>/<name>.png`` plus the SVGs under ``scalable``."""
    written: list[Path] = []
    for source, context, name in ICON_SETS:
        svg = ICONS / source
        for size in SIZES:
            target = out / "hicolor" / f"{size}x{size}" / context / f"{name}.png"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(png_bytes(render(svg, size)))
            written.append(target)
        scalable = out / "hicolor" / "scalable" / context / f"{name}.svg"
        scalable.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(svg, scalable)
        written.append(scalable)
    return written


def _pillow_images(svg: Path, sizes: tuple[int, ...]) -> list[object]:
    from PIL import Image

    return [Image.open(io.BytesIO(png_bytes(render(svg, size)))).convert("RGBA")
            for size in sizes]


def write_ico(target: Path) -> None:
    """A Windows icon with every size from 16 to 256 drawn (not scaled) from the SVG."""
    images = _pillow_images(ICONS / "klantreis.svg", ICO_SIZES)
    largest = images[-1]
    target.parent.mkdir(parents=True, exist_ok=True)
    largest.save(target, format="ICO",  # type: ignore[attr-defined]
                 sizes=[(s, s) for s in ICO_SIZES], append_images=images[:-1])


def write_icns(target: Path) -> None:
    """A macOS icon; Pillow writes ICNS on every platform (iconutil is macOS-only)."""
    images = _pillow_images(ICONS / "klantreis.svg", ICNS_SIZES)
    target.parent.mkdir(parents=True, exist_ok=True)
    images[-1].save(target, format="ICNS", append_images=images[:-1])  # type: ignore[attr-defined]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT,
                        help="folder that receives hicolor/ (default: packaging/linux/icons)")
    parser.add_argument("--ico", type=Path, help="also write a Windows .ico here")
    parser.add_argument("--icns", type=Path, help="also write a macOS .icns here")
    args = parser.parse_args(argv)
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    written = render_hicolor(args.out)
    if args.ico:
        write_ico(args.ico)
        written.append(args.ico)
    if args.icns:
        write_icns(args.icns)
        written.append(args.icns)
    print(f"render_icons: {len(written)} files under {args.out}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
