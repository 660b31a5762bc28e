"""Presenting a journey on the projector (F5): full screen, big type, phase by phase.

The presentation has its own scene on the same document and undo stack, in the projector
theme, so the facilitator keeps editing while presenting (typing a card, dragging an
emotion point) and the editor window behind it follows every change.

Two overviews: F5 starts with every phase across the screen's width, readable and walked
down with PageDown; O shows the whole journey on one screen, both ways fitted, as its
help line says ("Overview of the whole journey"): the room steps back and sees the shape.
"""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QEvent, QObject, QRectF, Qt, QVariantAnimation, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QGuiApplication,
    QKeyEvent,
    QResizeEvent,
    QScreen,
    QUndoStack,
)
from PySide6.QtWidgets import QFrame, QGraphicsView, QVBoxLayout, QWidget

from klantreis_desktop.model import kinds as k
from klantreis_desktop.model import workshop as ws
from klantreis_desktop.model.document import Document
from klantreis_desktop.ui import commands
from klantreis_desktop.ui.canvas.theme import PROJECTOR, CanvasTheme
from klantreis_desktop.ui.presenting.framing import (
    Frame,
    overview_frame,
    overview_frames,
    phase_frames,
)
from klantreis_desktop.ui.presenting.stage import PresentationScene, PresentationView

OVERVIEW = -1
#: Smallest text the room must be able to read, in screen pixels.
LEGIBLE_PX = 18.0
#: The most a phase is enlarged (a short journey on a big screen).
MAX_PHASE_ZOOM = 2.0
ANIMATION_MS = 450

#: A clicker sends PageDown/PageUp: step through a phase's slices, then on to the next.
_STEP_DOWN = (Qt.Key.Key_PageDown, Qt.Key.Key_Space)
_STEP_UP = (Qt.Key.Key_PageUp,)


class PresentationWindow(QWidget):
    """One journey presented full screen; ``index`` is the phase shown (-1: overview, every
    phase across the screen) and ``slice`` which screenful of it, top to bottom, when its
    lanes need more than one."""

    phase_changed = Signal(int)
    closed = Signal()

    def __init__(self, doc: Document, journey: str, stack: QUndoStack,
                 parent: QWidget | None = None, theme: CanvasTheme = PROJECTOR,
                 animate: bool = True) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presentation")
        self.setWindowTitle(self.tr("Presenting: {title}").format(title=doc.title(journey)))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.doc, self.journey, self.stack = doc, journey, stack
        self.theme = theme
        self.animate = animate
        self.index = OVERVIEW
        self.slice = 0
        #: The overview is the whole journey fitted to the screen (O), not F5's first view.
        self.whole = False
        self.hidden_personas: set[str] = set()
        self.scene = PresentationScene(doc, journey, stack, self, theme=theme)
        self.view = PresentationView(self.scene, self)
        self.view.setObjectName("presentation_view")
        self.scene.set_edit_buttons_visible(False)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.view.setResizeAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.view)
        # Only this window's own background: a bare "background:" reached every child
        # too, and the audience menu and the "Save view" question were black on black.
        self.setStyleSheet(f"#presentation {{ background: {theme.background}; }}")
        self._animation = QVariantAnimation(self)
        self._animation.setDuration(ANIMATION_MS)
        self._animation.setEasingCurve(QEasingCurve.Type.InOutCubic)
        self._animation.valueChanged.connect(self._show_rect)
        self.view.installEventFilter(self)
        self.scene.selection_ids_changed.connect(self._spotlight_selection)

    # Showing ----------------------------------------------------------------------------

    def start(self, screen: QScreen | None = None) -> None:
        """Full screen on ``screen`` (default: the projector, i.e. not the editor's screen)."""
        target = screen or projector_screen(self.parentWidget())
        if target is not None:
            self.setScreen(target)
            self.setGeometry(target.geometry())
        self.showFullScreen()
        self.activateWindow()
        self.view.setFocus()
        self.go_to(self.index, animate=False)

    def leave(self) -> None:
        """End presenting (Esc)."""
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._animation.stop()
        self.scene.detach()
        self.closed.emit()
        super().closeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._animation.state() != QVariantAnimation.State.Running:
            self.slice = min(self.slice, self.slice_count(self.index) - 1)
            self._show_rect(self.target_rect(self.index, self.slice))

    # Walking the phases -----------------------------------------------------------------

    def phases(self) -> list[str]:
        layout = self.scene.layout
        return [c.phase for c in layout.columns] if layout is not None else []

    def go_to(self, index: int, animate: bool | None = None, slice: int = 0,
              whole: bool = False) -> None:
        """Show phase ``index`` (clamped), or every phase for :data:`OVERVIEW` (``whole``:
        the whole journey on one screen); ``slice``: which screenful of the phase
        (negative: counted from its last)."""
        count = len(self.phases())
        index = OVERVIEW if index < 0 or count == 0 else min(index, count - 1)
        self.whole = whole and index == OVERVIEW
        slices = self.slice_count(index)
        slice = slice + slices if slice < 0 else slice
        slice = min(max(slice, 0), slices - 1)
        changed = index != self.index
        self.index, self.slice = index, slice
        phases = self.phases()
        self.scene.set_focus_phase(phases[index] if index != OVERVIEW else None)
        target = self.target_rect(index, slice)
        smooth = self.animate if animate is None else animate
        self._animation.stop()
        if smooth and self.isVisible():
            self._animation.setStartValue(self.visible_rect())
            self._animation.setEndValue(target)
            self._animation.start()
        else:
            self._show_rect(target)
        if changed:
            self.phase_changed.emit(index)

    def next(self) -> None:
        """The next phase, from its top (the Right arrow); the last phase stays."""
        if self.index + 1 < len(self.phases()):
            self.go_to(self.index + 1)

    def previous(self) -> None:
        """The previous phase, from its top (the Left arrow)."""
        if self.index > 0:
            self.go_to(self.index - 1)

    def step_down(self) -> None:
        """PageDown: the next slice of this phase (or of the overview), after its last one
        the next phase."""
        if self.slice + 1 < self.slice_count(self.index):
            self.go_to(self.index, slice=self.slice + 1)
        else:
            self.next()

    def step_up(self) -> None:
        """PageUp: back the same way, into the previous phase's last slice (from the
        first phase: the overview's last)."""
        if self.slice > 0:
            self.go_to(self.index, slice=self.slice - 1)
        elif self.index != OVERVIEW:
            self.go_to(self.index - 1, slice=-1)

    def first(self) -> None:
        self.go_to(0)

    def last(self) -> None:
        self.go_to(len(self.phases()) - 1)

    def overview(self) -> None:
        """O: the whole journey on one screen (PageDown then goes on to the first phase)."""
        self.go_to(OVERVIEW, whole=True)

    def finish_animation(self) -> None:
        """Jump to the end of a running zoom (tests, and a second key press)."""
        if self._animation.state() == QVariantAnimation.State.Running:
            end = self._animation.endValue()
            self._animation.stop()
            self._show_rect(end)

    # Geometry -----------------------------------------------------------------------------

    def visible_rect(self) -> QRectF:
        return self.view.mapToScene(self.view.viewport().rect()).boundingRect()

    def min_phase_zoom(self) -> float:
        """The zoom at which the theme's smallest text is :data:`LEGIBLE_PX` tall."""
        return LEGIBLE_PX / min(self.theme.font_sizes())

    def frames(self, index: int) -> list[Frame]:
        """The screenfuls that show phase ``index`` (or the overview) with all its lanes
        (see framing.py)."""
        layout = self.scene.layout
        if layout is None or not (index == OVERVIEW or 0 <= index < len(layout.columns)):
            return []
        viewport = self.view.viewport().size()
        if index == OVERVIEW and self.whole:
            return [overview_frame(layout, max(viewport.width(), 1),
                                   max(viewport.height(), 1))]
        if index == OVERVIEW:
            return overview_frames(layout, viewport.width(), viewport.height(),
                                   self.min_phase_zoom(), MAX_PHASE_ZOOM)
        return phase_frames(layout, index, viewport.width(), viewport.height(),
                            self.min_phase_zoom(), MAX_PHASE_ZOOM)

    def slice_count(self, index: int) -> int:
        return max(1, len(self.frames(index)))

    def target_rect(self, index: int, slice: int = 0) -> QRectF:
        """The scene rect to show for slice ``slice`` of phase ``index`` (or the overview)."""
        frames = self.frames(index)
        if not frames:
            return self.scene.sceneRect()
        viewport = self.view.viewport().size()
        frame = frames[min(max(slice, 0), len(frames) - 1)]
        return QRectF(*frame.rect(viewport.width(), viewport.height()))

    def _show_rect(self, rect: object) -> None:
        if not isinstance(rect, QRectF) or rect.isEmpty():
            return
        viewport = self.view.viewport().size()
        zoom = min(viewport.width() / rect.width(), viewport.height() / rect.height())
        self.view.resetTransform()
        self.view.scale(zoom, zoom)
        self.view.zoom_changed.emit(zoom)
        # Widen the scroll room so a phase near the edge can still sit in the centre.
        self.view.setSceneRect(self.scene.sceneRect().united(rect))
        self.view.centerOn(rect.center())

    def zoom(self) -> float:
        return self.view.zoom()

    # Focus and audience ------------------------------------------------------------------

    def _spotlight_selection(self, ids: list[str]) -> None:
        """A click on a card, lane or phase puts it in the spotlight; empty canvas ends it."""
        wanted = [i for i in ids if i in self.doc and self.doc.kind(i) in (
            *k.CARD_KINDS, k.LANE, k.PHASE)]
        self.scene.set_spotlight(set(wanted) if wanted else None)

    def set_audience(self, hidden_lanes: set[str], hidden_personas: set[str]) -> None:
        """Leave lanes and personas out of the presentation (the document is unchanged)."""
        self.hidden_personas = set(hidden_personas)
        personas = set(self.doc.personas_of(self.journey)) - self.hidden_personas
        self.scene.visible_personas = personas if hidden_personas else None
        self.scene.set_hidden_lanes(hidden_lanes)
        self.go_to(self.index, animate=False, whole=self.whole)

    def save_view(self, name: str) -> bool:
        """Save the current audience as a named view in the document (undoable)."""
        change = ws.save_view(self.doc, self.journey, name, self.scene.hidden_lanes,
                              self.hidden_personas)
        return commands.push(self.stack, self.doc, change)

    def apply_view(self, view: str) -> None:
        saved = ws.read_view(self.doc, view)
        self.set_audience(set(saved.hidden_lanes), set(saved.hidden_personas))

    def vote_selected(self, delta: int) -> int:
        """Dot votes for the selected pain points and opportunities (+ and - keys)."""
        cards = [c for c in self.scene.selected_cards() if self.doc.kind(c) in ws.VOTABLE]
        for card in cards:
            commands.push(self.stack, self.doc, ws.add_votes(self.doc, card, delta))
        return len(cards)

    # Keys -------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if self.scene.focusItem() is None and self.handle_key(event):
                return True
        return super().eventFilter(watched, event)

    def handle_key(self, event: QKeyEvent) -> bool:
        """Clicker and keyboard navigation; True when the key was used."""
        key = event.key()
        if event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                | Qt.KeyboardModifier.AltModifier):
            return False
        if self._animation.state() == QVariantAnimation.State.Running:
            self.finish_animation()
        if key in _STEP_DOWN:
            self.step_down()
        elif key in _STEP_UP:
            self.step_up()
        elif key == Qt.Key.Key_Right:
            self.next()
        elif key == Qt.Key.Key_Left:
            self.previous()
        elif key == Qt.Key.Key_Home:
            self.first()
        elif key == Qt.Key.Key_End:
            self.last()
        elif key == Qt.Key.Key_O:
            self.overview()
        elif Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            self.go_to(key - Qt.Key.Key_1)
        elif key == Qt.Key.Key_Escape:
            if self.scene.spotlight is not None:
                self.scene.clearSelection()
                self.scene.set_spotlight(None)
            else:
                self.leave()
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Minus):
            self.vote_selected(-1 if key == Qt.Key.Key_Minus else 1)
        elif key == Qt.Key.Key_V:
            from klantreis_desktop.ui.presenting.audience import show_audience_menu

            show_audience_menu(self)
        else:
            return False
        return True


def projector_screen(editor: QWidget | None) -> QScreen | None:
    """The screen to present on: another screen than the editor's when there is one."""
    screens = QGuiApplication.screens()
    current = editor.screen() if editor is not None else QGuiApplication.primaryScreen()
    others = [s for s in screens if s is not current]
    return others[0] if others else current
