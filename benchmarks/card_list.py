"""The visible work of a benchmark journey as plain JSON, for the floors (not timed).

Run: ``.venv/bin/python benchmarks/card_list.py JOURNEY.klantreis -o JOURNEY.cards.json``.
The floors (``floor.py``, ``poster_floor.py``) import nothing of ours; to draw *the same*
cards they read this file: every card's rect and title as the canvas lays it out (Qt font
metrics, ``JourneyScene``) and as the A0 poster lays it out (``plan_pages``), the headers'
texts and the colours. It is made once per workload file, in a separate process, so
nothing of it counts in any figure.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))
if "QT_QPA_PLATFORM" not in os.environ:  # the runner's screen: 1920 × 1080 offscreen
    from bench import SCREEN

    _screen = Path(tempfile.mkdtemp(prefix="kbench-")) / "screen.json"
    _screen.write_text(json.dumps(SCREEN), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen}"

import klantreis_desktop.ui  # noqa: E402,F401  (the core before PySide6, as the app does)
from klantreis_desktop.layout import style  # noqa: E402
from klantreis_desktop.shipped_files import resources_dir  # noqa: E402

#: Rounding of coordinates in the file (layout units; far below a pixel).
DIGITS = 2


def _rect(rect: Any) -> list[float]:
    return [round(rect.x, DIGITS), round(rect.y, DIGITS), round(rect.w, DIGITS),
            round(rect.h, DIGITS)]


def _look(doc: Any, card: str, kind: str) -> list[str]:
    found = style.card_style(kind, str(doc.get(card, "colour") or ""))
    return [found.fill, found.border, found.text]


def canvas_part(path: Path) -> tuple[Any, dict[str, Any]]:
    """The canvas as the window lays it out, and where the window shows it: the main
    window opened on ``path`` (maximised on the run's screen), its canvas viewport's
    place in the window and the zoom of the first display."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication

    from klantreis_desktop.ui.app import create_application, open_windows

    create_application("en")
    window: Any = open_windows([str(path)])[0]
    # The file opens in the background: wait for its canvas (a minute at most).
    deadline = time.monotonic() + 60.0
    while window.tabs.current_scene() is None and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.005)
    for _ in range(20):
        QApplication.processEvents()
    scene, view = window.tabs.current_scene(), window.tabs.current_view()
    doc, journey = scene.doc, scene.journey
    layout, opt = scene.layout, scene.options
    assert layout is not None
    rect = scene.sceneRect()
    viewport = view.viewport()
    corner = viewport.mapTo(window, QPoint(0, 0))
    headers = [[*_rect(c.header), doc.title(c.phase), style.PHASE_HEADER_FILL,
                opt.header_font_size] for c in layout.columns]
    headers += [[*_rect(r.header), doc.title(r.lane), "#eceff1", opt.lane_title_size]
                for r in layout.rows]
    headers.append([*_rect(layout.corner), doc.title(journey), style.CORNER_FILL,
                    opt.title_font_size])
    return doc, {
        "scene_rect": [rect.x(), rect.y(), rect.width(), rect.height()],
        "card_font_px": opt.card_font_size, "padding": opt.card_padding,
        "footer": opt.card_footer, "headers": headers,
        "cards": [[*_rect(box.rect), *_look(doc, box.card, box.kind)]
                  for box in layout.cards.values()],
        "order": list(layout.cards),
        "window": {"size": [window.width(), window.height()],
                   "viewport": [corner.x(), corner.y(), viewport.width(), viewport.height()],
                   "zoom": view.zoom()}}


def poster_part(doc: Any) -> dict[str, Any]:
    """The first page of the A0 poster: page, print scale and the cards on it."""
    from klantreis_desktop.export.pdf_journey import layout_options
    from klantreis_desktop.export.pdf_options import PdfOptions
    from klantreis_desktop.export.pdf_plan import plan_pages

    planned, _warnings = plan_pages(doc, PdfOptions(paper="A0"))
    page = planned[0]
    poster = page.poster
    assert poster.layout is not None
    grid = poster.content[1]  # [title block, grid, band blocks...]
    opt = layout_options(poster.layout)
    cards = []
    for box in poster.layout.cards.values():
        r = box.rect
        cards.append([round(r.x + grid.x, DIGITS), round(r.y + grid.y, DIGITS),
                      round(r.w, DIGITS), round(r.h, DIGITS), *_look(doc, box.card, box.kind)])
    return {"page": [page.page_w, page.page_h], "scale": page.scale,
            "offset": list(page.offset), "poster": [poster.width, poster.height],
            "card_font_size": opt.card_font_size, "padding": opt.card_padding,
            "footer": opt.card_footer, "line_height": 1.3, "cards": cards,
            "order": list(poster.layout.cards)}


def card_list(path: Path) -> dict[str, Any]:
    """Everything the floors draw, for the first journey of ``path``."""
    doc, canvas = canvas_part(path)
    poster = poster_part(doc)
    texts = {card: doc.title(card) for card in canvas["order"]}
    return {"source": path.name, "cards": len(texts),
            "font": str(resources_dir() / "fonts" / "DejaVuSans.ttf"),
            "texts": [texts[c] for c in canvas["order"]],
            "poster_texts": [texts.get(c, doc.title(c)) for c in poster.pop("order")],
            "canvas": {k: v for k, v in canvas.items() if k != "order"}, "poster": poster}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("journey", type=Path)
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args(argv)
    data = card_list(args.journey)
    args.output.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    print(f"{args.output}: {data['cards']} cards")
    return 0


if __name__ == "__main__":
    sys.exit(main())
