"""The floor: what bare PySide6 costs for the same amount of canvas, without our code.

Imports nothing of klantreis_desktop, so a floor process pays only for Python + Qt. The
scene has one plain, movable ``QGraphicsRectItem`` per card, laid out on the same grid as
the synthetic journeys (12 phases × 8 lanes, cards stacked per cell; see make_journey).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsScene

PHASES, LANES = 12, 8
CARD_W, CARD_H, GAP, HEADER = 200.0, 72.0, 8.0, 120.0


def floor_scene(cards: int) -> QGraphicsScene:
    """A scene of ``cards`` plain rects on the journey grid, with a fixed scene rect."""
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
