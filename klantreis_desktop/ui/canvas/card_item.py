"""A card on the canvas: draws one touchpoint, pain point, opportunity, note or goal.

The item is dumb: the scene hands it a :class:`CardLook` (a snapshot of the model) and a
rect from the layout; gestures are handled by the scene. It is cached as a device pixmap
and painted as a plain rectangle when zoomed far out.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsSceneHoverEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from klantreis_desktop.layout.geometry import Rect
from klantreis_desktop.model import kinds as k
from klantreis_desktop.ui.canvas import look
from klantreis_desktop.ui.canvas.theme import DETAIL_LEVEL as DETAIL_LEVEL  # re-exported
from klantreis_desktop.ui.canvas.theme import theme_of

#: Radius of the flow handle on a touchpoint's right edge (drag it to another touchpoint).
HANDLE_RADIUS = 6.0
# Below the theme's detail level (``CanvasTheme.detail_level``; DETAIL_LEVEL in the
# editing theme) cards are drawn as coloured blocks without text.
SELECTION_COLOUR = "#1565c0"
Z_CARD = 10.0
#: Qt's enum members, looked up once: each lookup through a Python enum class costs, and
#: a big journey makes 2,000 cards at start-up.
_NO_PEN = Qt.PenStyle.NoPen
_SELECTABLE = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
_DEVICE_CACHE = QGraphicsItem.CacheMode.DeviceCoordinateCache


@dataclass(frozen=True)
class CardLook:
    """Everything a card shows, read from the model by the scene."""

    kind: str
    title: str
    fill: str
    border: str
    text: str
    channels: tuple[str, ...] = ()  # icon keys
    evidence: str = ""
    votes: int = 0
    moment_of_truth: bool = False
    #: The evidence badge's words in the map's language ("": the interface's).
    evidence_label: str = ""


class CardItem(QGraphicsRectItem):
    """One card; ``element_id`` is the card's id in the model."""

    def __init__(self, element_id: str, card_look: CardLook, rect: Rect,
                 title_font: QFont, padding: float, footer: float) -> None:
        super().__init__()
        self.element_id = element_id
        self.look = card_look
        self._w, self._h = rect.w, rect.h
        # The bounding rect lives in C++ (QGraphicsRectItem, no pen): Qt asks for it
        # about twice per card per frame, and a Python override cost more than the paint.
        self.setPen(_NO_PEN)
        self.setRect(_bounds(rect.w, rect.h))
        self._padding, self._footer = padding, footer
        self._hover = False
        self._title = look.WrappedText()
        self._title_font = title_font  # shared by the scene's cards (made once)
        self.editing = False  # the in-place editor covers the card: hide the title
        self.setFlag(_SELECTABLE, True)
        self.setAcceptHoverEvents(True)
        self.setCacheMode(_DEVICE_CACHE)
        self.setZValue(Z_CARD)
        self.setPos(rect.x, rect.y)

    # Fed by the scene ---------------------------------------------------------------

    def set_geometry(self, rect: Rect) -> None:
        if (rect.w, rect.h) != (self._w, self._h):
            self._w, self._h = rect.w, rect.h
            self.setRect(_bounds(rect.w, rect.h))
        if (self.pos().x(), self.pos().y()) != (rect.x, rect.y):
            self.setPos(rect.x, rect.y)

    def set_look(self, card_look: CardLook) -> None:
        if card_look != self.look:
            self.look = card_look
            look.repaint_all(self)

    def set_editing(self, editing: bool) -> None:
        if editing != self.editing:
            self.editing = editing
            look.repaint_all(self)

    def card_rect(self) -> QRectF:
        """The card itself in scene coordinates (without the flow handle)."""
        return QRectF(self.pos().x(), self.pos().y(), self._w, self._h)

    def has_handle(self) -> bool:
        return self.look.kind == k.TOUCHPOINT

    def handle_center(self) -> QPointF:
        """The flow handle in scene coordinates."""
        return QPointF(self.pos().x() + self._w, self.pos().y() + self._h / 2)

    def handle_shown(self) -> bool:
        """The handle is drawn while the pointer is on the card or the card is selected."""
        return self.has_handle() and (self._hover or self.isSelected())

    def on_handle(self, scene_pos: QPointF) -> bool:
        if not self.has_handle():
            return False
        delta = scene_pos - self.handle_center()
        reach = HANDLE_RADIUS + 3.0
        return delta.x() ** 2 + delta.y() ** 2 <= reach * reach

    # QGraphicsItem --------------------------------------------------------------------

    def shape(self) -> QPainterPath:
        """The card and the whole handle (the winding rule: the overlap is no hole)."""
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.WindingFill)
        path.addRect(QRectF(0.0, 0.0, self._w, self._h))
        if self.has_handle():
            path.addEllipse(QPointF(self._w, self._h / 2), HANDLE_RADIUS + 3, HANDLE_RADIUS + 3)
        return path

    def hoverEnterEvent(self, event: object) -> None:
        self._hover = True
        if self.has_handle():
            self.update()

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        if self.on_handle(event.scenePos()):
            if not self.hasCursor():
                self.setCursor(Qt.CursorShape.CrossCursor)
                self.setToolTip(QCoreApplication.translate(
                    "Canvas", "Drag to another touchpoint to draw a flow arrow"))
        elif self.hasCursor():
            self.unsetCursor()
            self.setToolTip("")

    def hoverLeaveEvent(self, event: object) -> None:
        self.unsetCursor()
        self.setToolTip("")
        self._hover = False
        if self.has_handle():
            self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        card = QRectF(0.0, 0.0, self._w, self._h)
        selected = self.isSelected()
        if lod < theme_of(self).detail_level():
            painter.fillRect(card, look.colour(self.look.fill))
            if selected:
                painter.setPen(QPen(look.colour(SELECTION_COLOUR), 3.0))
                painter.drawRect(card)
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        border = look.colour(SELECTION_COLOUR if selected else self.look.border)
        painter.setPen(QPen(border, 2.5 if selected else 1.0))
        painter.setBrush(look.colour(self.look.fill))
        painter.drawRoundedRect(card.adjusted(0.5, 0.5, -0.5, -0.5), 4.0, 4.0)
        # A strip in the border colour on the left tells the kind at a glance.
        painter.fillRect(QRectF(1.0, 1.0, 3.0, self._h - 2.0), look.colour(self.look.border))
        pad = self._padding
        if not self.editing:
            text_rect = QRectF(pad, pad, self._w - 2 * pad,
                               max(self._h - 2 * pad - self._footer, 1.0))
            qfont = self._title_font
            wrapped, _height = self._title.wrap(self.look.title, qfont, text_rect.width())
            look.draw_text(painter, self.look.title, qfont, text_rect,
                           look.colour(self.look.text), wrapped)
        self._paint_footer(painter)
        if self.look.moment_of_truth:
            _paint_star(painter, QPointF(self._w - 9.0, 9.0), 6.5)
        if self.handle_shown():
            painter.setPen(QPen(look.colour(SELECTION_COLOUR), 1.5))
            painter.setBrush(look.colour("#ffffff"))
            painter.drawEllipse(QPointF(self._w, self._h / 2), HANDLE_RADIUS, HANDLE_RADIUS)

    def _paint_footer(self, painter: QPainter) -> None:
        """Channel icons at the left; votes and the evidence badge at the right."""
        theme = theme_of(self)
        painter.setFont(look.font(theme.badge_font_size, bold=True))
        for part in self._footer_parts():
            if part.kind == "icon":
                look.draw_icon(painter, part.text, part.rect, theme.muted_text)
            elif part.kind == "evidence":
                self._badge(painter, part.rect, self._evidence_text(),
                            theme.observed if part.text == "observed" else theme.assumed,
                            outline=part.text == "assumed")
            else:
                self._badge(painter, part.rect, part.text, theme.votes_fill)

    def _evidence_text(self) -> str:
        return self.look.evidence_label or _evidence_label(self.look.evidence)

    def footer_marks(self) -> list[Rect]:
        """Where the footer's icons and pills are, in scene units: the check's share
        labels keep off them (its empty middle may take one)."""
        x, y = self.pos().x(), self.pos().y()
        return [Rect(x + p.rect.x(), y + p.rect.y(), p.rect.width(), p.rect.height())
                for p in self._footer_parts()]

    def _footer_parts(self) -> list[_FooterPart]:
        """The footer's icons and pills with their rects (in item units), drawn and
        avoided from this one place."""
        theme = theme_of(self)
        size = min(self._footer - 2.0, max(14.0, theme.badge_font_size * 1.3))
        if size <= 4:
            return []
        parts: list[_FooterPart] = []
        y = self._h - self._padding / 2 - size
        x = self._padding
        for icon_key in self.look.channels[:6]:
            name = f"channel-{icon_key}"
            if look.has_icon(name):
                parts.append(_FooterPart("icon", name, QRectF(x, y, size, size)))
                x += size + 3.0
        right = self._w - self._padding / 2
        metrics = QFontMetricsF(look.font(theme.badge_font_size, bold=True))
        pills = [("evidence", self.look.evidence, self._evidence_text())
                 ] if self.look.evidence else []
        if self.look.votes:
            text = f"\u25cf {self.look.votes}"
            pills.append(("votes", text, text))
        for kind, key, shown in pills:
            width = metrics.horizontalAdvance(shown) + 8.0
            parts.append(_FooterPart(kind, key, QRectF(right - width, y, width, size)))
            right -= width + 3.0
        return parts

    def _badge(self, painter: QPainter, pill: QRectF, text: str, colour_hex: str,
               outline: bool = False) -> None:
        """A small pill with ``text`` in ``pill``."""
        size = pill.height()
        painter.setPen(QPen(look.colour(colour_hex), 1.0))
        painter.setBrush(look.colour("#ffffff") if outline else look.colour(colour_hex))
        painter.drawRoundedRect(pill, size / 2, size / 2)
        painter.setPen(look.colour(colour_hex) if outline else look.colour("#ffffff"))
        painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), text)


@dataclass(frozen=True)
class _FooterPart:
    kind: str  # "icon", "evidence" or "votes"
    text: str  # the icon's name, the evidence ("observed"/"assumed") or the votes text
    rect: QRectF


def _bounds(w: float, h: float) -> QRectF:
    """A card's bounding rect: the card with room for the flow handle and the border."""
    extra = HANDLE_RADIUS + 2.0
    return QRectF(-2.0, -extra, w + extra + 2.0, h + 2 * extra)


def _evidence_label(evidence: str) -> str:
    if evidence == "observed":
        return QCoreApplication.translate("Canvas", "observed")
    return QCoreApplication.translate("Canvas", "assumed")


def _paint_star(painter: QPainter, centre: QPointF, radius: float) -> None:
    """The moment-of-truth marker: a five-pointed gold star."""
    points = []
    for index in range(10):
        r = radius if index % 2 == 0 else radius * 0.45
        angle = -math.pi / 2 + index * math.pi / 5
        points.append(QPointF(centre.x() + r * math.cos(angle), centre.y() + r * math.sin(angle)))
    painter.setPen(QPen(look.colour("#8a6d00"), 0.8))
    painter.setBrush(look.colour("#f6c200"))
    painter.drawPolygon(QPolygonF(points))
