"""The presentation's scene and view: the editing canvas without editing hints, and lane
headers pinned at the left edge while a phase far to the right is shown.

The room sees the presentation, so a click never leaves a "Type to add a card" frame or
a quick-entry editor in an empty cell (the facilitator still retypes a card with a
double-click). The lane headers say which row is which; when the phase shown is too far
right for them to be on screen, the view draws them over its left edge at the same zoom.
Likewise the phase headers say which phase is shown: scrolled down to a phase's lower
lanes, the view draws them over its top edge (the shown phase's bright, the others faded).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QGraphicsSceneMouseEvent, QGraphicsView, QWidget

from klantreis_desktop.layout.geometry import JourneyLayout
from klantreis_desktop.ui.canvas.scene import Cell, JourneyScene
from klantreis_desktop.ui.canvas.view import JourneyView

#: Width in pixels of the line between the pinned lane headers and the map.
PIN_EDGE_PX = 3.0
#: The emotion band's scale gutter, in small-font sizes (as GridItem._paint_band draws it).
EMOTION_GUTTER = 2.2


class PresentationScene(JourneyScene):
    """A journey scene that never focuses an empty cell (no hint, no quick entry)."""

    def set_focus_cell(self, cell: Cell | None) -> None:
        super().set_focus_cell(None)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and not any(
                item.isVisible() and item.acceptedMouseButtons() & Qt.MouseButton.LeftButton
                for item in self.items(event.scenePos())):
            event.accept()  # an empty cell: the editing canvas would start a new card here
            return
        super().mouseDoubleClickEvent(event)


class PresentationView(JourneyView):
    """Draws the lane headers pinned at the left while they are scrolled off-screen."""

    def __init__(self, scene: PresentationScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        # The pinned headers do not scroll with the map: a scrolled viewport must be
        # repainted whole, not blitted (which would drag the headers along).
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self._pressed_pinned = False

    def pinned_width(self) -> float:
        """Pixels the pinned lane headers cover at the left (0: the map shows them)."""
        layout = self.journey_scene.layout
        if layout is None or not layout.rows:
            return 0.0
        origin = self.viewportTransform().inverted()[0].map(QPointF(0.0, 0.0))
        if origin.x() <= layout.corner.x + 0.5:
            return 0.0
        return layout.corner.w * self.transform().m11()

    def pinned_height(self) -> float:
        """Pixels the pinned phase headers cover at the top (0: the map shows them)."""
        layout = self.journey_scene.layout
        if layout is None or not layout.columns:
            return 0.0
        origin = self.viewportTransform().inverted()[0].map(QPointF(0.0, 0.0))
        if origin.y() <= layout.corner.y + 0.5:
            return 0.0
        return layout.corner.h * self.transform().m11()

    def pinned_phase_at(self, x: float) -> str | None:
        """The phase whose pinned header is at viewport x ``x``."""
        layout = self.journey_scene.layout
        if layout is None:
            return None
        scene_x = self.mapToScene(round(x), 0).x()
        for column in layout.columns:
            if column.header.x <= scene_x < column.header.right:
                return column.phase
        return None

    def pinned_lane_at(self, y: float) -> str | None:
        """The lane whose pinned header is at viewport height ``y``."""
        layout = self.journey_scene.layout
        if layout is None:
            return None
        scene_y = self.mapToScene(0, round(y)).y()
        for row in layout.rows:
            if row.header.y <= scene_y < row.header.bottom:
                return row.lane
        return None

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        super().drawForeground(painter, rect)
        layout = self.journey_scene.layout
        if layout is None:
            return
        if self.pinned_width() > 0.0:
            self._draw_pinned_lanes(painter, layout)
        if self.pinned_height() > 0.0:
            self._draw_pinned_phases(painter, layout)

    def _draw_pinned_phases(self, painter: QPainter, layout: JourneyLayout) -> None:
        """The header row (phase names; the corner too when the lane headers are pinned)
        over the top edge, at the map's zoom and in line with its columns."""
        zoom = self.transform().m11()
        origin = self.viewportTransform().inverted()[0].map(QPointF(0.0, 0.0))
        width, height = float(self.viewport().width()), self.pinned_height()
        scene = self.journey_scene
        painter.save()
        painter.resetTransform()  # viewport pixels from here on
        target = QRectF(0.0, 0.0, width, height)
        painter.fillRect(target, QColor(scene.theme.background))  # beyond the map's ends
        source = QRectF(origin.x(), layout.corner.y, width / zoom, layout.corner.h)
        scene.render(painter, target, source, Qt.AspectRatioMode.IgnoreAspectRatio)
        pinned = self.pinned_width()
        if pinned > 0.0:  # the journey's title over the pinned lane headers' corner
            corner = QRectF(layout.corner.x, layout.corner.y, layout.corner.w, layout.corner.h)
            scene.render(painter, QRectF(0.0, 0.0, pinned, height), corner,
                         Qt.AspectRatioMode.IgnoreAspectRatio)
        painter.setPen(QPen(QColor(scene.theme.grid_line), PIN_EDGE_PX))
        left = max(0.0, (layout.corner.x - origin.x()) * zoom)  # along the map only
        right = min(width, (layout.width - origin.x()) * zoom)
        painter.drawLine(QPointF(left, height), QPointF(right, height))
        painter.restore()

    def _draw_pinned_lanes(self, painter: QPainter, layout: JourneyLayout) -> None:
        width = self.pinned_width()
        zoom = self.transform().m11()
        origin = self.viewportTransform().inverted()[0].map(QPointF(0.0, 0.0))
        height = self.viewport().height()
        painter.save()
        painter.resetTransform()  # viewport pixels from here on
        target = QRectF(0.0, 0.0, width, height)
        source = QRectF(layout.corner.x, origin.y(), layout.corner.w, height / zoom)
        scene = self.journey_scene
        painter.fillRect(target, scene.backgroundBrush())
        scene.render(painter, target, source, Qt.AspectRatioMode.IgnoreAspectRatio)
        band = layout.emotion_band
        if band is not None:  # the emotion scale (+2 … -2) is written left in the band
            small = scene.theme.small_font_size
            gutter = EMOTION_GUTTER * small
            # The labels at +2 and -2 stick out of the band by 0.8 of their size, into
            # the cell padding of the lanes around it.
            labels = QRectF(band.x, band.y - 0.8 * small, gutter, band.h + 1.6 * small)
            scale = QRectF(width, (labels.y() - origin.y()) * zoom, gutter * zoom,
                           labels.height() * zoom)
            if scale.bottom() > 0 and scale.top() < height:
                scene.render(painter, scale, labels, Qt.AspectRatioMode.IgnoreAspectRatio)
        painter.setPen(QPen(QColor(scene.theme.grid_line), PIN_EDGE_PX))
        top = max(0.0, (layout.corner.y - origin.y()) * zoom)  # along the map only
        bottom = min(float(height), (layout.height - origin.y()) * zoom)
        painter.drawLine(QPointF(width, top), QPointF(width, bottom))
        painter.restore()

    # A click on a pinned lane header spotlights that lane, never what lies beneath it.

    # A click on a pinned phase header spotlights that phase.

    def _on_pinned(self, event: QMouseEvent) -> bool:
        return (event.position().x() < self.pinned_width()
                or event.position().y() < self.pinned_height())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._on_pinned(event) and event.button() == Qt.MouseButton.LeftButton:
            self._pressed_pinned = True
            x, y = event.position().x(), event.position().y()
            if y < self.pinned_height():
                found = None if x < self.pinned_width() else self.pinned_phase_at(x)
            else:
                found = self.pinned_lane_at(y)
            self.journey_scene.select_ids([found] if found else [])
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self._on_pinned(event):
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pressed_pinned:
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pressed_pinned:
            self._pressed_pinned = False
            event.accept()
            return
        super().mouseReleaseEvent(event)
