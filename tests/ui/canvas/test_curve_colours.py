"""The team's own (assumed) emotion curves look the same however the map was shown.

The measured curves paint a translucent band in the persona's colour; that must never
change the colour a later scene (a reload, the version on disk, the presentation) gives
the assumed curve and its dots (they turned faint: issue of the review, item 5).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QGraphicsScene

from klantreis_desktop.layout.geometry import Bezier
from klantreis_desktop.layout.measured import MeasuredCurve, MeasuredPoint
from klantreis_desktop.ui.canvas import look
from klantreis_desktop.ui.canvas.measured_items import MeasuredCurvesItem
from tests.ui.canvas.helpers import canvas_from, spec
from tests.ui.canvas.test_emotion_and_flow import CARDS, EMOTIONS

PERSONA_COLOUR = "#e76f51"  # p0 in helpers.spec


def _paint_measured_curve(colour: str) -> None:
    """Paint a measured curve in ``colour`` once, as a canvas showing survey scores does."""
    point = MeasuredPoint("a", 50.0, 50.0, 40.0, 60.0, 0.0, 12, True)
    curve = MeasuredCurve("p0", "Esther", colour, "p0", (point, point),
                          (Bezier((50.0, 50.0), (60.0, 50.0), (70.0, 50.0), (80.0, 50.0)),))
    item = MeasuredCurvesItem()
    item.curves = (curve,)
    scene = QGraphicsScene()
    scene.addItem(item)
    image = QImage(200, 200, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    scene.render(painter, QRectF(0, 0, 200, 200), QRectF(0, 0, 200, 200))
    painter.end()


def test_a_colour_handed_out_is_never_shared():
    first = look.colour("#123456")
    first.setAlphaF(0.1)
    assert look.colour("#123456").alpha() == 255


def test_assumed_curve_stays_opaque_after_a_measured_curve_was_painted(qtbot):
    _paint_measured_curve(PERSONA_COLOUR)
    # A scene made afterwards (reload, version on disk, F5) draws the curve and dots solid.
    canvas = canvas_from(qtbot, spec(cards=CARDS, emotions=EMOTIONS))
    curve = next(iter(canvas.scene.curves.values()))
    assert curve.pen().color().alpha() == 255
    assert curve.pen().color().name() == PERSONA_COLOUR
    for point in canvas.scene.points.values():
        assert point.dot.brush().color().alpha() == 255
