"""The canvas floors: what bare PySide6 costs to show the same cards, without our code.

Imports nothing of klantreis_desktop, so a floor process pays only for Python + Qt + the
work itself. Two floors:

- :func:`text_scene` (the floor of P1, P2, P3): every card of the journey at the rect the
  app gives it, with its title wrapped at the card's text width by ``QFontMetricsF`` (word
  wrap, long words broken) in the app's font (DejaVu Sans from ``resources/fonts``, the
  card's pixel size, no hinting): one ``QGraphicsRectItem`` per card with one
  ``QGraphicsSimpleTextItem`` child, plus the phase and lane headers with their titles.
  The rects and titles come from ``card_list.py``'s JSON (made once, not timed).
- :func:`floor_scene` (the old floor, kept for the info rows): one plain, movable
  ``QGraphicsRectItem`` per card on the 12 × 8 grid, no text.

Run as a whole process (P1's floor): ``python benchmarks/floor.py window CARDS.json``
(``--rects`` for the old floor): a maximised ``QMainWindow`` with a ``QGraphicsView`` of
the scene at the zoom and place of the app's first display, until it is closed or killed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRectF
from PySide6.QtGui import QBrush, QColor, QFont, QFontDatabase, QFontMetricsF, QPen
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

PHASES, LANES = 12, 8
CARD_W, CARD_H, GAP, HEADER = 200.0, 72.0, 8.0, 120.0
#: The app's smallest zoom (ui/canvas/view.py): a map too big for it shows its top-left.
MIN_ZOOM = 0.1
#: The app's first display of a big map (ui/window/document_tabs.py, MIN_FIRST_ZOOM).
FIRST_ZOOM = 0.5


def read_cards(path: str | Path) -> dict[str, Any]:
    """The card list written by ``card_list.py`` (plain JSON)."""
    data: dict[str, Any] = json.loads(Path(path).read_text(encoding="utf-8"))
    return data


def card_font(path: str, pixels: float) -> QFont:
    """The app's card font: the bundled DejaVu Sans at a pixel size, without hinting."""
    ident = QFontDatabase.addApplicationFont(path)
    families = QFontDatabase.applicationFontFamilies(ident) if ident >= 0 else []
    font = QFont(families[0] if families else "Sans Serif")
    font.setPixelSize(max(1, round(pixels)))
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def wrap(text: str, metrics: QFontMetricsF, width: float) -> str:
    """``text`` wrapped greedily at words to ``width``; a word too long is broken."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}" if line else word
            if metrics.horizontalAdvance(candidate) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            while len(word) > 1 and metrics.horizontalAdvance(word) > width:
                cut = len(word) - 1
                while cut > 1 and metrics.horizontalAdvance(word[:cut]) > width:
                    cut -= 1
                lines.append(word[:cut])
                word = word[cut:]
            line = word
        lines.append(line)
    return "\n".join(lines)


def text_scene(cards: dict[str, Any]) -> QGraphicsScene:
    """Every card (rect + wrapped title) and header of the journey, as the app places them."""
    canvas = cards["canvas"]
    scene = QGraphicsScene()
    scene.setSceneRect(QRectF(*canvas["scene_rect"]))
    font = card_font(cards["font"], canvas["card_font_px"])
    metrics = QFontMetricsF(font)
    pad = canvas["padding"]
    flags = (QGraphicsItem.GraphicsItemFlag.ItemIsMovable
             | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
    brushes: dict[str, QBrush] = {}
    pens: dict[str, QPen] = {}
    for (x, y, w, h, fill, border, ink), text in zip(canvas["cards"], cards["texts"],
                                                     strict=True):
        card = QGraphicsRectItem(0.0, 0.0, w, h)
        card.setPos(x, y)
        card.setBrush(brushes.get(fill) or brushes.setdefault(fill, QBrush(QColor(fill))))
        card.setPen(pens.get(border) or pens.setdefault(border, QPen(QColor(border))))
        card.setFlags(flags)
        title = QGraphicsSimpleTextItem(wrap(text, metrics, w - 2 * pad), card)
        title.setFont(font)
        title.setBrush(brushes.get(ink) or brushes.setdefault(ink, QBrush(QColor(ink))))
        title.setPos(pad, pad)
        scene.addItem(card)
    for x, y, w, h, text, fill, size in canvas["headers"]:
        header = QGraphicsRectItem(0.0, 0.0, w, h)
        header.setPos(x, y)
        header.setBrush(QBrush(QColor(fill)))
        header_font = QFont(font)
        header_font.setPixelSize(max(1, round(size)))
        header_font.setBold(True)
        title = QGraphicsSimpleTextItem(wrap(text, QFontMetricsF(header_font), w - 2 * pad),
                                        header)
        title.setFont(header_font)
        title.setBrush(QBrush(QColor("#ffffff" if QColor(fill).lightness() < 128
                                     else "#1d2733")))
        title.setPos(pad, pad)
        scene.addItem(header)
    return scene


def fit(view: QGraphicsView) -> float:
    """The app's "fit" rule: the whole scene, or at the smallest zoom its top-left."""
    rect = view.sceneRect()
    factor = min((view.width() - 4) / rect.width(), (view.height() - 4) / rect.height())
    if factor >= MIN_ZOOM:
        view.fitInView(rect)
        return view.transform().m11()
    view.resetTransform()
    view.scale(MIN_ZOOM, MIN_ZOOM)
    seen_w = view.viewport().width() / MIN_ZOOM
    seen_h = view.viewport().height() / MIN_ZOOM
    view.centerOn(rect.left() + seen_w / 2, rect.top() + seen_h / 2)
    return MIN_ZOOM


def floor_scene(cards: int) -> QGraphicsScene:
    """The old floor: ``cards`` plain rects on the journey grid, with a fixed scene rect."""
    per_cell = -(-cards // (PHASES * LANES))
    lane_h = per_cell * (CARD_H + GAP) + GAP
    scene = QGraphicsScene()
    width = HEADER + PHASES * (CARD_W + 2 * GAP)
    height = HEADER + LANES * lane_h
    scene.setSceneRect(QRectF(-40.0, -40.0, width + 80.0, height + 80.0))
    counts: dict[tuple[int, int], int] = {}
    brush, pen = QBrush(QColor("#fff59d")), QPen(QColor("#8d6e63"))
    for n in range(cards):
        lane, phase = n % LANES, (n // LANES) % PHASES
        index = counts.get((phase, lane), 0)
        counts[(phase, lane)] = index + 1
        item = QGraphicsRectItem(0.0, 0.0, CARD_W, CARD_H)
        item.setPos(HEADER + phase * (CARD_W + 2 * GAP) + GAP,
                    HEADER + lane * lane_h + GAP + index * (CARD_H + GAP))
        item.setBrush(brush)
        item.setPen(pen)
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, True)
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        scene.addItem(item)
    return scene


class FloorView(QGraphicsView):
    """A plain view that shows the map as the app's first display does: fitted, or when
    that is below 50 %, at max(50 %, the whole width), from the top-left corner."""

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        rect = self.sceneRect()
        zoom = min((self.width() - 4) / rect.width(), (self.height() - 4) / rect.height())
        if zoom < FIRST_ZOOM:
            room = self.width() - 4 - self.verticalScrollBar().sizeHint().width()
            zoom = max(FIRST_ZOOM, room / rect.width())
        self.resetTransform()
        self.scale(zoom, zoom)
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
        self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())


def window(path: str, rects: bool = False) -> int:
    """P1's floor as a whole process: the scene in a maximised window, until closed.

    The view gets the room the app's canvas gets in its window (the app's menus, docks
    and status bar are blank margins here), so both show the same part of the map.
    """
    app = QApplication(sys.argv[:1])
    cards = read_cards(path)
    scene = floor_scene(cards["cards"]) if rects else text_scene(cards)
    main = QMainWindow()
    main.setWindowTitle("Floor")
    central = QWidget(main)
    layout = QVBoxLayout(central)
    shown = cards["canvas"].get("window")
    if shown:
        (width, height), (x, y, w, h) = shown["size"], shown["viewport"]
        layout.setContentsMargins(x, y, width - x - w, height - y - h)
    view = FloorView(scene, central)
    view.setFrameShape(QGraphicsView.Shape.NoFrame)
    layout.addWidget(view)
    main.setCentralWidget(central)
    main.showMaximized()
    return int(app.exec())


if __name__ == "__main__":
    if sys.argv[1:2] != ["window"] or len(sys.argv) < 3:
        sys.exit("usage: floor.py window CARDS.json [--rects]")
    sys.exit(window(sys.argv[2], rects="--rects" in sys.argv[3:]))
