"""Phase and lane headers, the corner with the journey title, and the grid behind the cards.

Headers are selectable (the inspector shows the phase or lane) and report drags to the
scene; the grid item paints every cell, the emotion band and its scale in one pass and
never takes mouse clicks, so a press on an empty cell reaches the scene (cell focus,
rubber band).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPen, QTextLayout
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneHoverEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from klantreis_desktop.layout import style
from klantreis_desktop.layout.channels import Chip, place_chips
from klantreis_desktop.layout.curves import score_to_y
from klantreis_desktop.layout.geometry import JourneyLayout, Rect
from klantreis_desktop.layout.layout_options import LayoutOptions
from klantreis_desktop.ui.canvas import look
from klantreis_desktop.ui.canvas.card_item import SELECTION_COLOUR
from klantreis_desktop.ui.canvas.theme import theme_of

#: How close (scene units) to a lane header's lower edge a press starts a resize.
RESIZE_GRIP = 6.0
Z_GRID = 0.0
Z_HEADER = 5.0


@dataclass(frozen=True)
class HeaderNote:
    """A small text under a phase title (time span, goal, KPI) and its box, relative to
    the header's inner top-left (inside its padding)."""

    kind: str
    text: str
    x: float
    y: float
    w: float
    h: float


@dataclass(frozen=True)
class HeaderLook:
    """What a header shows: its title, a subtitle and (emotion lane) the persona legend."""

    title: str
    subtitle: str = ""
    fill: str = style.PHASE_HEADER_FILL
    text: str = style.PHASE_HEADER_TEXT
    #: (persona name, colour) or (label, colour, "dashed") for a compared journey's curve.
    legend: tuple[tuple[str, ...], ...] = ()
    #: A phase title's size as the layout fitted it to the column (0: the header size).
    title_size: float = 0.0
    notes: tuple[HeaderNote, ...] = ()
    note_size: float = 0.0


class HeaderItem(QGraphicsItem):
    """Base of the phase and lane headers: a filled box with wrapped text."""

    def __init__(self, element_id: str, header_look: HeaderLook, rect: Rect,
                 options: LayoutOptions) -> None:
        super().__init__()
        self.element_id = element_id
        self.look = header_look
        self.options = options
        self._w, self._h = rect.w, rect.h
        self._title = look.WrappedText()
        self._subtitle = look.WrappedText()
        self.editing = False
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setZValue(Z_HEADER)
        # Wrapped titles drawn by Python: blitted from a device pixmap on most frames.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setPos(rect.x, rect.y)

    def set_geometry(self, rect: Rect) -> None:
        if (rect.w, rect.h) != (self._w, self._h):
            self.prepareGeometryChange()
            self._w, self._h = rect.w, rect.h
        if (self.pos().x(), self.pos().y()) != (rect.x, rect.y):
            self.setPos(rect.x, rect.y)

    def set_look(self, header_look: HeaderLook) -> None:
        if header_look != self.look:
            self.look = header_look
            look.repaint_all(self)

    def set_editing(self, editing: bool) -> None:
        if editing != self.editing:
            self.editing = editing
            look.repaint_all(self)

    def header_rect(self) -> QRectF:
        return QRectF(self.pos().x(), self.pos().y(), self._w, self._h)

    def boundingRect(self) -> QRectF:
        return QRectF(0.0, 0.0, self._w, self._h)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        box = QRectF(0.0, 0.0, self._w, self._h)
        painter.fillRect(box, look.colour(self.look.fill))
        painter.setPen(QPen(look.colour(theme_of(self).grid_line), 1.0))
        painter.drawRect(box)
        if self.isSelected():
            painter.setPen(QPen(look.colour(SELECTION_COLOUR), 3.0))
            painter.drawRect(box.adjusted(1.5, 1.5, -1.5, -1.5))
        if option.levelOfDetailFromTransform(painter.worldTransform()) < 0.2:
            return
        pad = self.options.header_padding
        text_rect = box.adjusted(pad, pad, -pad, -pad)
        if not self.editing:
            used = self._paint_title(painter, text_rect)
            text_rect.setTop(text_rect.top() + used + 2.0)
        self._paint_extra(painter, text_rect)

    def _paint_title(self, painter: QPainter, rect: QRectF) -> float:
        qfont = look.font(self.look.title_size or self.options.header_font_size)
        wrapped, height = self._title.wrap(self.look.title, qfont, rect.width())
        look.draw_text(painter, self.look.title, qfont, rect, look.colour(self.look.text),
                       wrapped)
        return height

    def _paint_extra(self, painter: QPainter, rect: QRectF) -> None:
        if self.look.subtitle and rect.height() >= 12:
            qfont = look.font(theme_of(self).small_font_size)
            wrapped, _height = self._subtitle.wrap(self.look.subtitle, qfont, rect.width())
            look.draw_text(painter, self.look.subtitle, qfont, rect,
                           look.colour(self.look.text), wrapped)


class PhaseHeaderItem(HeaderItem):
    """A phase column's header (dark, white text); drag it sideways to reorder.

    Its title comes fitted from the layout (``layout.phase_header``: shrunk so its words
    fit, hyphenated only below that); the time span, goal and KPI sit in the boxes the
    layout gave them, as on the poster.
    """

    def __init__(self, element_id: str, header_look: HeaderLook, rect: Rect,
                 options: LayoutOptions) -> None:
        super().__init__(element_id, header_look, rect, options)
        self._notes: dict[str, look.WrappedText] = {}

    def _paint_extra(self, painter: QPainter, rect: QRectF) -> None:
        super()._paint_extra(painter, rect)
        if not self.look.notes:
            return
        pad = self.options.header_padding
        qfont = look.font(self.look.note_size)
        italic = look.font(self.look.note_size)
        italic.setItalic(True)
        colour = look.colour(self.look.text)
        for note in self.look.notes:
            box = QRectF(pad + note.x, pad + note.y, note.w, note.h)
            if box.height() < 1.0:
                continue
            chosen = italic if note.kind == "duration" else qfont
            wrapped, _h = self._notes.setdefault(note.kind, look.WrappedText()).wrap(
                note.text, chosen, box.width(), box.height())
            look.draw_text(painter, note.text, chosen, box, colour, wrapped)


class LaneHeaderItem(HeaderItem):
    """A lane row's header; its lower edge is a grip that sets the lane's height."""

    def __init__(self, element_id: str, header_look: HeaderLook, rect: Rect,
                 options: LayoutOptions) -> None:
        super().__init__(element_id, header_look, rect, options)
        self.setAcceptHoverEvents(True)

    def on_grip(self, scene_pos: QPointF) -> bool:
        return abs(scene_pos.y() - (self.pos().y() + self._h)) <= RESIZE_GRIP

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        if self.on_grip(event.scenePos()):
            self.setCursor(Qt.CursorShape.SizeVerCursor)
        else:
            self.unsetCursor()

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.unsetCursor()

    def _paint_extra(self, painter: QPainter, rect: QRectF) -> None:
        super()._paint_extra(painter, rect)
        if not self.look.legend:
            return
        top = rect.top() + 4.0
        size, rows = self.legend_rows(rect.width() - LEGEND_INDENT, self._h
                                      - self.options.header_padding - top)
        line = size * LEGEND_LEADING
        y = max(top, self._h - self.options.header_padding - line * sum(map(len, rows)))
        regular = look.font(size)
        bold = QFont(regular)
        bold.setBold(True)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        opacity = painter.opacity()  # the item's own (dimmed in a spotlight)
        for entry, lines in zip(self.look.legend, rows, strict=True):
            colour_hex = entry[1]
            if y + line > self._h + 0.5:
                break
            if "dashed" in entry[2:]:
                pen = QPen(look.colour(colour_hex), 2.0, Qt.PenStyle.DashLine)
                painter.setOpacity(opacity * 0.6)
            else:
                pen = QPen(look.colour(colour_hex), 3.0)
                painter.setOpacity(opacity)
            painter.setPen(pen)
            active = "active" in entry[2:]
            if active:  # the persona new emotion points go to: thicker, bold, marked
                pen.setWidthF(5.0)
                painter.setPen(pen)
            painter.drawLine(QLineF(rect.left(), y + line / 2, rect.left() + 16, y + line / 2))
            painter.setOpacity(opacity)
            painter.setFont(bold if active else regular)
            painter.setPen(look.colour(self.look.text))
            for text in lines:
                painter.drawText(QRectF(rect.left() + LEGEND_INDENT, y,
                                        rect.width() - LEGEND_INDENT, line),
                                 int(Qt.AlignmentFlag.AlignVCenter
                                     | Qt.AlignmentFlag.AlignLeft), text)
                y += line
        painter.setOpacity(opacity)

    def legend_rows(self, width: float, height: float) -> tuple[float, list[list[str]]]:
        """The legend's font size and each entry's lines, wrapped between words to
        ``width``: the theme's small size, smaller (to 75 %) until all fit ``height``
        (review s6 #8: "Esther Visser, gemete…" was cut). A single word wider than the
        header is elided, the only text ever shortened."""
        base = theme_of(self).small_font_size
        # The active persona's entry (new emotion points go to it) is bold, after a "▸".
        texts = [("\u25b8 " if "active" in e[2:] else "") + str(e[0]) for e in self.look.legend]
        size, rows = base, [[text] for text in texts]
        for step in range(6):
            size = base * (1.0 - 0.05 * step)
            regular = look.font(size)
            bold = QFont(regular)
            bold.setBold(True)
            rows = [_wrapped(text, QFontMetricsF(bold if "active" in e[2:] else regular),
                             width) for text, e in zip(texts, self.look.legend, strict=True)]
            if sum(map(len, rows)) * size * LEGEND_LEADING <= height:
                break
        return size, rows


LEGEND_INDENT = 22.0  # the sample line's room left of the text
LEGEND_LEADING = 1.35


def _wrapped(text: str, metrics: QFontMetricsF, width: float) -> list[str]:
    """``text`` broken between words into lines no wider than ``width``."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}" if current else word
        if current and metrics.horizontalAdvance(trial) > width:
            lines.append(current)
            current = word
        else:
            current = trial
    lines.append(current)
    return [line if metrics.horizontalAdvance(line) <= width else metrics.elidedText(
        line, Qt.TextElideMode.ElideRight, width) for line in lines]


class CornerItem(HeaderItem):
    """The top-left box: the journey's title (not selectable, not draggable)."""

    def __init__(self, header_look: HeaderLook, rect: Rect, options: LayoutOptions) -> None:
        super().__init__("", header_look, rect, options)
        self._fitted_key: tuple[str, float, float, float] | None = None
        self._fitted: tuple[QTextLayout, float] | None = None
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, False)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def _paint_title(self, painter: QPainter, rect: QRectF) -> float:
        """The title wrapped between words only (see :func:`look.fitted_title`): a long
        word in the narrow corner, large on the projector, is never split mid-word, and a
        title longer than the corner ends in "…"."""
        key = (self.look.title, self.options.title_font_size, round(rect.width(), 2),
               round(rect.height(), 2))
        if key != self._fitted_key or self._fitted is None:
            self._fitted = look.fitted_title(self.look.title, self.options.title_font_size,
                                             rect.width(), height=rect.height())
            self._fitted_key = key
        wrapped, height = self._fitted
        look.draw_text(painter, wrapped.text(), wrapped.font(), rect,
                       look.colour(self.look.text), wrapped)
        return height


class AddButtonItem(QGraphicsItem):
    """A round "+" beside the last phase (``what`` = "phase") or below the last lane."""

    SIZE = 26.0

    def __init__(self, what: str, tooltip: str) -> None:
        super().__init__()
        self.what = what
        self._hover = False
        self.setToolTip(tooltip)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setZValue(Z_HEADER)

    def boundingRect(self) -> QRectF:
        return QRectF(0.0, 0.0, self.SIZE, self.SIZE)

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hover = True
        self.update()

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hover = False
        self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        box = self.boundingRect().adjusted(1, 1, -1, -1)
        fill = SELECTION_COLOUR if self._hover else style.PHASE_HEADER_FILL
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(look.colour(fill))
        painter.drawEllipse(box)
        pen = QPen(look.colour("#ffffff"), 2.5)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        c, arm = box.center(), box.width() * 0.27
        painter.drawLine(QLineF(c.x() - arm, c.y(), c.x() + arm, c.y()))
        painter.drawLine(QLineF(c.x(), c.y() - arm, c.x(), c.y() + arm))


class GridItem(QGraphicsItem):
    """Cell backgrounds, grid lines, the emotion band with its scale, the focused cell."""

    def __init__(self) -> None:
        super().__init__()
        self._layout: JourneyLayout | None = None
        self._bounds = QRectF()
        self.focus_cell: tuple[str, str] | None = None
        #: "Type to add a card" in the focused cell; off while a new card is typed there
        #: (the hint would peek out between the last card and the editor).
        self.hint_shown = True
        self.drop_cell: tuple[str, str] | None = None
        #: Empty cells of a "channels" lane list the channels their phase's touchpoints use.
        self.channel_cells: dict[tuple[str, str], tuple[Chip, ...]] = {}
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(Z_GRID)
        # Everything moving over the grid (a dragged card, the rubber band) exposes it:
        # a cached device pixmap (only the part in view) is blitted instead of repainting.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def set_layout(self, layout: JourneyLayout) -> None:
        bounds = QRectF(0.0, 0.0, layout.width, layout.height)
        if bounds != self._bounds:
            self.prepareGeometryChange()
            self._bounds = bounds
        self._layout = layout
        look.repaint_all(self)

    def set_channel_cells(self, cells: dict[tuple[str, str], tuple[Chip, ...]]) -> None:
        """(phase, lane) -> (icon key, name) of the channels to list in that cell."""
        if cells != self.channel_cells:
            self.channel_cells = cells
            look.repaint_all(self)

    def set_focus_cell(self, cell: tuple[str, str] | None) -> None:
        if cell != self.focus_cell:
            self._update_cell(self.focus_cell)
            self.focus_cell = cell
            self._update_cell(cell)

    def set_hint_shown(self, shown: bool) -> None:
        if shown != self.hint_shown:
            self.hint_shown = shown
            self._update_cell(self.focus_cell)

    def set_drop_cell(self, cell: tuple[str, str] | None) -> None:
        if cell != self.drop_cell:
            self._update_cell(self.drop_cell)
            self.drop_cell = cell
            self._update_cell(cell)

    def _update_cell(self, cell: tuple[str, str] | None) -> None:
        """Repaint one cell only: a whole-grid update repaints the whole scene."""
        rect = self._layout.cells.get(cell) if (
            cell is not None and self._layout is not None) else None
        if rect is not None:
            self.update(QRectF(rect.x, rect.y, rect.w, rect.h).adjusted(-3, -3, 3, 3))

    def boundingRect(self) -> QRectF:
        return self._bounds.adjusted(-3.0, -3.0, 3.0, 3.0)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        layout = self._layout
        if layout is None:
            return
        exposed = option.exposedRect
        theme = theme_of(self)
        painter.fillRect(QRectF(0, 0, layout.width, layout.height), look.colour(theme.body_fill))
        band = layout.emotion_band
        if band is not None:
            self._paint_band(painter, layout, QRectF(band.x, band.y, band.w, band.h))
        painter.setPen(QPen(look.colour(theme.grid_line), 1.0))
        for column in layout.columns:
            x = column.body.x
            if exposed.left() - 2 <= x <= exposed.right() + 2:
                painter.drawLine(QLineF(x, column.body.y, x, column.body.bottom))
        right = layout.columns[-1].body.right if layout.columns else layout.corner.right
        painter.drawLine(QLineF(right, layout.corner.bottom, right, layout.height))
        for row in layout.rows:
            painter.drawLine(QLineF(row.body.x, row.body.bottom, row.body.right,
                                    row.body.bottom))
        if QStyleOptionGraphicsItem.levelOfDetailFromTransform(
                painter.worldTransform()) >= theme.detail_level():
            for cell, channels in self.channel_cells.items():
                rect = layout.cells.get(cell)
                if rect is not None and channels:
                    self._paint_channels(painter, QRectF(rect.x, rect.y, rect.w, rect.h),
                                         channels, layout)
        self._paint_hint(painter, layout)
        for frame, colour_hex, width in ((self.drop_cell, "#43a047", 2.5),
                                         (self.focus_cell, SELECTION_COLOUR, 2.0)):
            rect = layout.cells.get(frame) if frame is not None else None
            if rect is not None:
                pen = QPen(look.colour(colour_hex), width)
                pen.setStyle(Qt.PenStyle.DashLine)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(QRectF(rect.x, rect.y, rect.w, rect.h).adjusted(3, 3, -3, -3))

    def _paint_hint(self, painter: QPainter, layout: JourneyLayout) -> None:
        """In the focused cell, under its cards: how to add one by typing."""
        cell = self.focus_cell
        rect = layout.cells.get(cell) if cell is not None else None
        if cell is None or rect is None or not self.hint_shown:
            return
        stack = layout.stacks.get(cell, ())
        top = layout.cards[stack[-1]].rect.bottom + 4 if stack else rect.y + 12
        area = QRectF(rect.x + 12, top, rect.w - 24, rect.bottom - top - 4)
        if area.height() < 14:
            return
        theme = theme_of(self)
        painter.setPen(look.colour(theme.muted_text))
        painter.setFont(look.font(theme.small_font_size))
        painter.drawText(area, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                                   | Qt.TextFlag.TextWordWrap),
                         QCoreApplication.translate("Canvas", "Type to add a card"))

    def _paint_channels(self, painter: QPainter, cell: QRectF,
                        channels: tuple[Chip, ...], layout: JourneyLayout) -> None:
        """Icon and name of each channel as chips that wrap; "+n" when the cell is full.

        Placed by ``layout.channels.place_chips``, the poster's rule: what does not fit
        becomes "+n", and nothing is drawn past the cell (not even in a very low lane).
        """
        options = layout.extras.get("options")
        pad = options.cell_padding if isinstance(options, LayoutOptions) else 12.0
        theme = theme_of(self)
        scale = theme.chip_font_size / 11.0
        line, icon, gap = 18.0 * scale, 14.0 * scale, 10.0 * scale
        qfont = look.font(theme.chip_font_size)
        painter.setFont(qfont)
        metrics = QFontMetricsF(qfont)
        left, right = cell.left() + pad, cell.right() - pad
        # Chips may use most of the bottom padding: a lane of the default height then lists
        # three lines, as it did before the "+n" learnt to keep chips inside the cell.
        bottom = cell.bottom() - pad / 3
        widths = [icon + 4 + min(metrics.horizontalAdvance(name) + 2, right - left - icon - 4)
                  for _key, name in channels]
        spots, hidden, more_at = place_chips(
            widths, (left, right, cell.top() + pad, bottom), line, gap,
            lambda n: metrics.horizontalAdvance(f"+{n}"))
        for (x, y), width, (icon_key, name) in zip(spots, widths, channels, strict=False):
            look.draw_icon(painter, f"channel-{icon_key}",
                           QRectF(x, y + (line - icon) / 2, icon, icon), theme.muted_text)
            painter.setPen(look.colour(theme.text))
            painter.drawText(QRectF(x + icon + 4, y, width - icon - 4, line),
                             int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                             metrics.elidedText(name, Qt.TextElideMode.ElideRight,
                                                width - icon - 4))
        if hidden and more_at[1] + line <= bottom + 0.5:
            x, y = more_at
            painter.setPen(look.colour(theme.muted_text))
            painter.drawText(QRectF(x, y, max(right - x, 1.0), line),
                             int(Qt.AlignmentFlag.AlignVCenter), f"+{hidden}")

    def _paint_band(self, painter: QPainter, layout: JourneyLayout, band: QRectF) -> None:
        """The emotion band: a tint, one line per score, the scale written at the left."""
        theme = theme_of(self)
        painter.fillRect(band, look.colour(theme.band_fill))
        low, high = layout.scale
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        small = theme.small_font_size
        painter.setFont(look.font(small))
        gutter = 2.2 * small
        for score in range(low, high + 1):
            y = score_to_y(score, _rect(band), layout.scale)
            neutral = score == (low + high) / 2
            pen = QPen(look.colour("#9aa5b1" if neutral else "#e1e6eb"), 1.0)
            if not neutral:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(QLineF(band.left() + gutter, y, band.right(), y))
            if lod >= 0.2:
                painter.setPen(look.colour(theme.muted_text))
                label = scale_label(score, low)
                painter.drawText(QRectF(band.left() + 2, y - small * 0.8, gutter - 4,
                                        small * 1.6),
                                 int(Qt.AlignmentFlag.AlignRight
                                     | Qt.AlignmentFlag.AlignVCenter), label)


def _rect(band: QRectF) -> Rect:
    return Rect(band.x(), band.y(), band.width(), band.height())


def scale_label(score: int, low: int) -> str:
    """A score on the emotion scale as the poster prints it: "+1" on a scale with
    negatives, "−1" with a true minus sign (review s7: the canvas showed "-1")."""
    if score > 0 and low < 0:
        return f"+{score}"
    return f"\u2212{-score}" if score < 0 else str(score)
