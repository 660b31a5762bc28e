"""The figures of a "metrics" lane on the canvas (issue 19).

What each empty cell lists comes from :func:`klantreis_desktop.layout.metrics_lane.metric_cells`
(the poster draws the same lines in the same order); this item only fits them to the
theme's font and paints them. It takes no mouse clicks, so a click on a metrics cell still
reaches the scene (cell focus, typing a note); hovering a line shows all of that phase's
or touchpoint's figures (a line may end in "+3": the tooltip names those three).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPainterPath
from PySide6.QtWidgets import (
    QGraphicsItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from klantreis_desktop.i18n import translate
from klantreis_desktop.layout.geometry import JourneyLayout
from klantreis_desktop.layout.layout_options import LayoutOptions
from klantreis_desktop.layout.measured import decimal_for, figure_lines
from klantreis_desktop.layout.metrics_lane import (
    LINE_FACTOR,
    Cell,
    FigureLine,
    fit_line,
    lines_shown,
    metric_cells,
    more_text,
)
from klantreis_desktop.model import measures as m
from klantreis_desktop.model.document import Document
from klantreis_desktop.ui.canvas import look
from klantreis_desktop.ui.canvas.theme import theme_of

Z_METRICS_LANE = 0.5  # over the grid (0), under the heat tint (1) and every card


def hint_text() -> str:
    """What an empty metrics lane says (review s6 #11: nothing told a new user how)."""
    return translate("MetricsLane", "No figures yet: File › Import › Metrics… fills this "
                                    "lane with each phase's and touchpoint's figures.")


class MetricsLaneItem(look.TooltipItem):
    """Every metrics cell's lines: bold for the phase's own figures, "+n more" at the end
    of a cell that is full (never past the cell's bottom)."""

    def __init__(self) -> None:
        super().__init__()
        self._layout: JourneyLayout | None = None
        self._bounds = QRectF()
        self.cells: dict[Cell, tuple[FigureLine, ...]] = {}
        #: What the last paint wrote per cell (the fitted texts): for tests and probes.
        self.drawn: dict[Cell, list[str]] = {}
        #: Per phase or touchpoint, its every figure (a line's tooltip).
        self.tooltips: dict[str, str] = {}
        #: Where a metrics lane without any figures says how to fill it.
        self.hint_cells: list[Cell] = []
        self._shape = QPainterPath()
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(True)  # the tooltips; clicks pass through
        self.setZValue(Z_METRICS_LANE)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def set_cells(self, cells: dict[Cell, tuple[FigureLine, ...]],
                  layout: JourneyLayout, tooltips: dict[str, str] | None = None) -> None:
        bounds = QRectF(0.0, 0.0, layout.width, layout.height)
        if bounds != self._bounds:
            self.prepareGeometryChange()
            self._bounds = bounds
        self.tooltips = dict(tooltips or {})
        self._shape = QPainterPath()
        for cell in cells:
            rect = layout.cells.get(cell)
            if rect is not None:
                self._shape.addRect(QRectF(rect.x, rect.y, rect.w, rect.h))
        changed = cells != self.cells or layout is not self._layout
        self._layout = layout
        self.cells = cells
        self.setVisible(bool(cells) or bool(self.hint_cells))
        if changed:
            look.repaint_all(self)

    def show_figures(self, doc: Document, layout: JourneyLayout, first: str | None,
                     segment: str) -> None:
        """The journey's metrics cells (``metric_cells``: ``first`` the heat map's metric,
        ``segment``'s figures), each line's tooltip in the interface's language, and —
        while the journey has no figures at all — the hint in each such lane."""
        journey = layout.journey
        if not any(doc.get(row.lane, "shows_figures") for row in layout.rows):
            self.set_cells({}, layout)  # no metrics lane: nothing to read the figures for
            self.set_hint([])
            return
        cells = metric_cells(doc, layout, first=first, segment=segment)
        decimal = decimal_for(None)
        tooltips = {entry.node: "\n".join([entry.name, *figure_lines(
            doc, journey, entry.node, decimal)]) for lines in cells.values() for entry in lines}
        self.set_cells(cells, layout, tooltips)
        has_figures = any(m.metrics_of(doc, node) for node in m.measured_nodes(doc, journey))
        self.set_hint([] if cells or has_figures else [
            (column.phase, row.lane) for row in layout.rows if doc.get(row.lane, "shows_figures")
            for column in layout.columns[:1] if not layout.stacks.get((column.phase, row.lane))])

    def set_hint(self, hint_cells: list[Cell]) -> None:
        """Cells of a metrics lane with no figures anywhere yet: they say how to fill it
        (on screen only: a poster leaves an empty lane empty)."""
        if hint_cells != self.hint_cells:
            self.hint_cells = hint_cells
            self.setVisible(bool(self.cells) or bool(hint_cells))
            look.repaint_all(self)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        """Only the metrics cells: hover elsewhere reaches the items beneath."""
        return self._shape

    def line_at(self, x: float, y: float) -> FigureLine | None:
        """The line painted at (x, y), as :meth:`paint` places them; None between."""
        layout = self._layout
        if layout is None:
            return None
        pad = self._padding(layout)
        line = theme_of(self).small_font_size * LINE_FACTOR
        for cell, lines in self.cells.items():
            rect = layout.cells.get(cell)
            if rect is None or not rect.contains(x, y):
                continue
            top = rect.y + pad / 2
            shown, _hidden = lines_shown(len(lines), rect.bottom - pad / 3 - top, line)
            index = int((y - top) // line) if y >= top else -1
            return lines[index] if 0 <= index < shown else None
        return None

    def tooltip_at(self, x: float, y: float) -> str:
        entry = self.line_at(x, y)
        if entry is None:
            return ""
        return self.tooltips.get(entry.node, f"{entry.name}\n{entry.figures}")

    @staticmethod
    def _padding(layout: JourneyLayout) -> float:
        options = layout.extras.get("options")
        return options.cell_padding if isinstance(options, LayoutOptions) else 12.0

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        layout = self._layout
        if layout is None or QStyleOptionGraphicsItem.levelOfDetailFromTransform(
                painter.worldTransform()) < 0.3:
            return
        pad = self._padding(layout)
        theme = theme_of(self)
        size = theme.small_font_size
        regular, bold = look.font(size), look.font(size, bold=True)
        measures = {False: QFontMetricsF(regular), True: QFontMetricsF(bold)}
        line = size * LINE_FACTOR
        for cell in self.hint_cells:
            rect = layout.cells.get(cell)
            if rect is not None:
                painter.setFont(regular)
                painter.setPen(look.colour(theme.muted_text))
                painter.drawText(QRectF(rect.x + pad, rect.y + pad / 2, rect.w - 2 * pad,
                                        rect.h - pad), int(Qt.AlignmentFlag.AlignLeft
                                                           | Qt.AlignmentFlag.AlignTop
                                                           | Qt.TextFlag.TextWordWrap),
                                 hint_text())
        for cell, lines in self.cells.items():
            rect = layout.cells.get(cell)
            if rect is None:
                continue
            left, top = rect.x + pad, rect.y + pad / 2
            width = rect.w - 2 * pad
            shown, hidden = lines_shown(len(lines), rect.bottom - pad / 3 - top, line)
            texts: list[str] = []
            for i, entry in enumerate(lines[:shown]):
                fm = measures[entry.phase]
                text = fit_line(entry, width, fm.horizontalAdvance)
                painter.setFont(bold if entry.phase else regular)
                painter.setPen(look.colour(theme.text))
                painter.drawText(QRectF(left, top + i * line, width, line),
                                 int(Qt.AlignmentFlag.AlignVCenter
                                     | Qt.AlignmentFlag.AlignLeft), text)
                texts.append(text)
            if hidden:
                text = more_text(hidden)
                painter.setFont(regular)
                painter.setPen(look.colour(theme.muted_text))
                painter.drawText(QRectF(left, top + shown * line, width, line),
                                 int(Qt.AlignmentFlag.AlignVCenter
                                     | Qt.AlignmentFlag.AlignLeft), text)
                texts.append(text)
            self.drawn[cell] = texts
