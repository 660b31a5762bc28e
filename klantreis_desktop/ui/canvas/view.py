"""The view on a journey scene: zoom, pan, rubber-band selection and palette drops."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRect, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFocusEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPixmapCache,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView, QWidget
from shiboken6 import Shiboken

from klantreis_desktop.ui.canvas import PALETTE_MIME, edits
from klantreis_desktop.ui.canvas.scene import JourneyScene

MIN_ZOOM = 0.1
MAX_ZOOM = 4.0
ZOOM_STEP = 1.25


class JourneyView(QGraphicsView):
    """Ctrl+wheel zooms around the pointer; space-drag, the middle button and the scroll
    bars pan; dragging on empty canvas selects with a rubber band."""

    zoom_changed = Signal(float)

    def __init__(self, scene: JourneyScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.journey_scene = scene
        if scene.parent() is None:
            # An ownerless scene (tests, previews) is deleted with its view, at a known
            # time, instead of by Python's cycle collector (see JourneyScene.__init__).
            scene.setParent(self)
        scene.set_edit_buttons_visible(True)
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing
                            | QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._space_pan = False
        self._pan_from: QPoint | None = None
        #: Headers made unselectable while a rubber band runs (see _band_changed).
        self._band_locked: list[QGraphicsItem] = []
        self.rubberBandChanged.connect(self._band_changed)
        _raise_pixmap_cache_limit()
        self.zoom_changed.connect(scene.set_view_zoom)
        scene.set_view_zoom(self.zoom())

    # Zoom -------------------------------------------------------------------------------

    def zoom(self) -> float:
        """The current zoom factor (1.0 = 100 %)."""
        return self.transform().m11()

    def set_zoom(self, factor: float) -> None:
        factor = min(max(factor, MIN_ZOOM), MAX_ZOOM)
        current = self.zoom()
        if abs(factor - current) < 1e-9:
            return
        self.scale(factor / current, factor / current)
        self.zoom_changed.emit(self.zoom())

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / ZOOM_STEP)

    def zoom_reset(self) -> None:
        self.set_zoom(1.0)

    def zoom_fit(self) -> None:
        """The whole journey in the window.

        Measured against the whole widget, not the current viewport: once the map fits,
        the scroll bars disappear (later, in the event loop) and that room is free.
        """
        rect = self.sceneRect()
        if rect.isEmpty():
            return
        frame = 2 * self.frameWidth() + 4
        factor = min((self.width() - frame) / rect.width(),
                     (self.height() - frame) / rect.height())
        before = self.zoom()
        self.set_zoom(factor)
        # A map too big even at the smallest zoom shows its top-left corner (the phase
        # and lane headers), not its middle.
        seen_w = self.viewport().width() / self.zoom()
        seen_h = self.viewport().height() / self.zoom()
        x = rect.center().x() if rect.width() <= seen_w else rect.left() + seen_w / 2
        y = rect.center().y() if rect.height() <= seen_h else rect.top() + seen_h / 2
        self.centerOn(x, y)
        if self.zoom() == before:
            self.zoom_changed.emit(self.zoom())

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120.0
            if steps:
                self.set_zoom(self.zoom() * ZOOM_STEP ** steps)
            event.accept()
            return
        super().wheelEvent(event)

    # Keys: zoom shortcuts and space-drag ------------------------------------------------

    def _editing(self) -> bool:
        return self.journey_scene.focusItem() is not None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._editing():
            if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
                self._space_pan = True
                self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
                self.setInteractive(False)
                event.accept()
                return
            if event.key() == Qt.Key.Key_Space:
                event.accept()
                return
            if event.matches(QKeySequence.StandardKey.ZoomIn) or (
                    event.key() == Qt.Key.Key_Equal
                    and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
                self.zoom_in()
                return
            if event.matches(QKeySequence.StandardKey.ZoomOut):
                self.zoom_out()
                return
            if event.key() == Qt.Key.Key_0 and (
                    event.modifiers() & Qt.KeyboardModifier.ControlModifier):
                self.zoom_reset()
                return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and self._space_pan:
            self._end_space_pan()
            event.accept()
            return
        super().keyReleaseEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if self._space_pan:
            self._end_space_pan()
        # A drag whose release never comes (Alt+Tab in the middle) is dropped, so the
        # card and its arrows go back where they belong.
        self.journey_scene.gestures.cancel()
        super().focusOutEvent(event)

    def _end_space_pan(self) -> None:
        self._space_pan = False
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setInteractive(True)

    # Rubber band ------------------------------------------------------------------------

    def _band_changed(self, rect: QRect, _start: QPointF, _end: QPointF) -> None:
        """A rubber band selects what is on the map, not the phase and lane headers it
        crosses: a sweep from the top then Delete removed whole phases with their cards.
        Unselected headers are unselectable while the band runs (a click still selects)."""
        if not rect.isNull() and not self._band_locked:
            scene = self.journey_scene
            self._band_locked = [item for item in (*scene.phases.values(),
                                                   *scene.lanes.values())
                                 if not item.isSelected()]
            for item in self._band_locked:
                item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, False)
        elif rect.isNull():
            self._end_band()

    def _end_band(self) -> None:
        locked, self._band_locked = self._band_locked, []
        for item in locked:
            if Shiboken.isValid(item):
                item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)

    # Middle-button pan ------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            now = event.position().toPoint()
            delta = now - self._pan_from
            self._pan_from = now
            bar_x, bar_y = self.horizontalScrollBar(), self.verticalScrollBar()
            bar_x.setValue(bar_x.value() - delta.x())
            bar_y.setValue(bar_y.value() - delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton and self._pan_from is not None:
            self._pan_from = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)
        self._end_band()  # also when Qt ends the band without saying so

    # Palette drops ----------------------------------------------------------------------

    @staticmethod
    def _payload(event: QDropEvent) -> str | None:
        mime = event.mimeData()
        if mime is None or not mime.hasFormat(PALETTE_MIME):
            return None
        raw = bytes(mime.data(PALETTE_MIME).data())
        return raw[:500].decode("utf-8", "replace").strip()

    def _scene_pos(self, event: QDropEvent) -> QPointF:
        return self.mapToScene(event.position().toPoint())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._payload(event) is None:
            event.ignore()  # files and other drops go to the window
            return
        event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        payload = self._payload(event)
        if payload is None:
            event.ignore()
            return
        edits.show_drop_hint(self.journey_scene, payload, self._scene_pos(event))
        event.acceptProposedAction()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        edits.show_drop_hint(self.journey_scene, None)
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        payload = self._payload(event)
        if payload is None:
            event.ignore()
            return
        event.acceptProposedAction()
        # The keyboard comes along: the drop may open an editor on the new card, and the
        # facilitator types next (the focus was still on the palette the drag came from).
        self.activateWindow()
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        edits.handle_palette_drop(self.journey_scene, payload, self._scene_pos(event))


#: Cards are cached as device pixmaps. Qt's default 10 MB cache holds fewer cards than a
#: full-HD screen at 100 % shows (~117 x ~100 KB in groot), so every full repaint (each
#: drop) evicted and re-rendered them all. The limit is a ceiling, not an allocation.
PIXMAP_CACHE_KB = 64 * 1024


def _raise_pixmap_cache_limit() -> None:
    if QPixmapCache.cacheLimit() < PIXMAP_CACHE_KB:
        QPixmapCache.setCacheLimit(PIXMAP_CACHE_KB)
