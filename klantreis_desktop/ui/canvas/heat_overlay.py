"""The analysis heat map over the canvas: phase columns tinted by pain, feeling or channels.

The numbers come from the Qt-free analysis (:mod:`klantreis_desktop.analysis.journey`);
this module only turns them into tints on the scene's existing layout cells. The overlay
is one item under the cards (above the grid), semi-transparent, never selectable and never
taking mouse input, so every click and right-click reaches what lies beneath it.

Modes (``HEAT_MODES``):

- ``"pain"``: per phase the sum of votes × impact of its pain points; more red = hotter.
- ``"emotion"``: per phase the average score of every persona's points in it; red below
  zero, green above, the strength relative to the journey's scale.
- ``"channels"``: per phase how many touchpoint–channel uses it has (the column sums of
  the channel matrix); drawn on the cells of "channels" lanes, or on the whole column when
  the journey has no such lane.
- ``"metric:NAME"``: a measured figure (issue 19): a phase's own figure tints its column,
  a touchpoint's a halo around its card; green is better, red worse (blue: more, for a
  neutral figure such as volume), relative to the journey's lowest and highest figure.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from klantreis_desktop.layout.geometry import JourneyLayout, Rect
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model.document import Document
from klantreis_desktop.ui.canvas import look
from klantreis_desktop.ui.canvas.theme import theme_of

HEAT_MODES = ("pain", "emotion", "channels")
METRIC_PREFIX = "metric:"
#: How far a touchpoint's halo reaches past its card.
HALO = 5.0
#: Above the grid (0), under headers (5) and cards (10).
Z_HEAT = 1.0
#: The strongest tint's opacity: cards stay opaque above it, so their text stays readable.
MAX_ALPHA = 0.42
HOT = "#d62828"
GOOD = "#2a9d4f"
BUSY = "#1d6fb8"
#: Height of the legend strip above the map (inside the scene's margin).
LEGEND_GAP = 8.0


@dataclass(frozen=True)
class HeatTint:
    """One tinted rectangle: ``strength`` 0..1 of ``colour``; ``value`` for the label."""

    key: tuple[str, str]  # (phase, lane) or (phase, "") for a whole column
    rect: Rect
    colour: str
    strength: float
    value: float


def is_heat_mode(mode: str) -> bool:
    return mode in HEAT_MODES or (mode.startswith(METRIC_PREFIX) and len(mode) > len(
        METRIC_PREFIX))


def heat_mode_valid(doc: Document, journey: str, mode: str) -> bool:
    """Whether ``mode`` can still be shown: a metric's heat map needs the metric (an undone
    import takes it away, and with it the menu that would switch the tint off)."""
    if not mode.startswith(METRIC_PREFIX):
        return True
    from klantreis_desktop.model import measures as m

    name = mode[len(METRIC_PREFIX):]
    return any(d.name == name for d in m.metric_defs(doc, journey))


def metric_tints(doc: Document, journey: str, layout: JourneyLayout,
                 metric: str, segment: str = "") -> list[HeatTint]:
    """Column tints for phases with the figure, halos for touchpoints with it (the
    figures of ``segment``, "" every customer's)."""
    from klantreis_desktop.model import measures as m

    heat = m.metric_heat(doc, journey, metric, segment)
    neutral = m.metric_def_of(doc, journey, metric).higher_is_better is None
    columns = {c.phase: c for c in layout.columns}
    tints: list[HeatTint] = []
    for node, share in heat.items():
        figure = m.metric_value(doc, node, metric, segment)
        value = figure.value if figure is not None else 0.0
        if neutral:
            colour, strength = BUSY, share
        else:
            colour, strength = (GOOD if share >= 0.5 else HOT), abs(share - 0.5) * 2
        if node in columns:
            tints.append(HeatTint((node, ""), columns[node].body, colour, strength, value))
        elif (box := layout.cards.get(node)) is not None:
            r = box.rect
            tints.append(HeatTint((box.phase, node), Rect(r.x - HALO, r.y - HALO,
                                                          r.w + 2 * HALO, r.h + 2 * HALO),
                                  colour, max(strength, 0.35), value))
    return tints


def phase_values(doc: Document, journey: str, mode: str,
                 personas: set[str] | None = None) -> dict[str, float]:
    """Per phase (in order) the number a heat ``mode`` shows (see the module doc)."""
    # The analysis is imported when a heat map is first asked for, not at start-up.
    from klantreis_desktop.analysis.journey import channel_matrix, emotion_points, pains_by_phase

    phases = doc.phases(journey)
    if mode == "pain":
        pains = pains_by_phase(doc, journey)
        return {p: float(sum(c.votes * c.impact for c in pains.get(p, []))) for p in phases}
    if mode == "channels":
        matrix = channel_matrix(doc, journey)
        return {p: float(sum(row[i] for row in matrix.counts))
                for i, p in enumerate(matrix.phases)}
    if mode == "emotion":
        scores: dict[str, list[int]] = {p: [] for p in phases}
        felt = {doc.target(e, k.FELT_BY) for e in doc.emotions(journey)}
        for persona in sorted(p for p in felt if p is not None):
            if personas is not None and persona not in personas:
                continue
            for point in emotion_points(doc, journey, persona):
                scores.setdefault(point.phase, []).append(point.score)
        return {p: sum(s) / len(s) for p, s in scores.items() if s and p in phases}
    raise ValueError(mode)


def heat_tints(doc: Document, journey: str, layout: JourneyLayout, mode: str,
               personas: set[str] | None = None, segment: str = "") -> list[HeatTint]:
    """The rectangles to tint for ``mode`` on ``layout`` (zero values are left out;
    ``segment``: whose figures a metric's tints show)."""
    if mode.startswith(METRIC_PREFIX):
        return metric_tints(doc, journey, layout, mode[len(METRIC_PREFIX):], segment)
    values = phase_values(doc, journey, mode, personas)
    columns = {c.phase: c for c in layout.columns}
    tints: list[HeatTint] = []
    if mode == "emotion":
        low, high = layout.scale
        for phase, value in values.items():
            column = columns.get(phase)
            if column is None or value == 0:
                continue
            reach = abs(low) if value < 0 else abs(high)
            strength = min(abs(value) / reach, 1.0) if reach else 1.0
            tints.append(HeatTint((phase, ""), column.body, HOT if value < 0 else GOOD,
                                  strength, value))
        return tints
    top = max(values.values(), default=0.0)
    if top <= 0:
        return tints
    colour = HOT if mode == "pain" else BUSY
    lanes = [r.lane for r in layout.rows if r.lane_type == "channels"] if (
        mode == "channels") else []
    for phase, value in values.items():
        column = columns.get(phase)
        if column is None or value <= 0:
            continue
        strength = value / top
        if lanes:
            tints += [HeatTint((phase, lane), layout.cells[(phase, lane)], colour, strength,
                               value) for lane in lanes if (phase, lane) in layout.cells]
        else:
            tints.append(HeatTint((phase, ""), column.body, colour, strength, value))
    return tints


def legend_text(mode: str, metric_title: str = "") -> str:
    """The one line that says what the tint means."""
    if mode.startswith(METRIC_PREFIX):
        return QCoreApplication.translate(
            "Canvas", "Heat map: {metric} per touchpoint and phase (green = better, red = "
            "worse; blue = more)").format(metric=metric_title or mode[len(METRIC_PREFIX):])
    if mode == "pain":
        return QCoreApplication.translate(
            "Canvas", "Heat map: pain points per phase, votes × impact (more red = more pain)")
    if mode == "emotion":
        return QCoreApplication.translate(
            "Canvas", "Heat map: average feeling per phase (red = negative, green = positive)")
    return QCoreApplication.translate(
        "Canvas", "Heat map: touchpoints per channel and phase (more blue = more use)")


def value_label(mode: str, value: float) -> str:
    """A phase's number under its column (emotions with a sign and one decimal)."""
    if mode == "emotion":
        return f"{value:+.1f}"
    if mode.startswith(METRIC_PREFIX):
        return f"{value:.1f}".rstrip("0").rstrip(".")
    return f"{value:g}"


class HeatOverlayItem(QGraphicsItem):
    """All tints of one heat mode in one item, with the legend above the map and each
    phase's number below its column."""

    def __init__(self) -> None:
        super().__init__()
        self.mode = ""
        self.tints: list[HeatTint] = []
        self.legend = ""
        self._layout: JourneyLayout | None = None
        self._bounds = QRectF()
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, False)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable, False)
        self.setZValue(Z_HEAT)

    def set_heat(self, mode: str, tints: list[HeatTint], layout: JourneyLayout,
                 metric_title: str = "") -> None:
        margin = 40.0
        bounds = QRectF(0.0, -margin, layout.width, layout.height + 2 * margin)
        if bounds != self._bounds:
            self.prepareGeometryChange()
            self._bounds = bounds
        self.mode, self.tints, self._layout = mode, tints, layout
        self.legend = legend_text(mode, metric_title)
        self.update()

    def strength_of(self, key: tuple[str, str]) -> float:
        """The tint strength of one cell or column (0 when it is not tinted)."""
        return next((t.strength for t in self.tints if t.key == key), 0.0)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        layout = self._layout
        if layout is None:
            return
        painter.setPen(Qt.PenStyle.NoPen)
        for tint in self.tints:
            colour = QColor(tint.colour)
            colour.setAlphaF(MAX_ALPHA * (0.25 + 0.75 * tint.strength))
            rect = tint.rect
            painter.fillRect(QRectF(rect.x, rect.y, rect.w, rect.h), colour)
        theme = theme_of(self)
        small = look.font(theme.small_font_size)
        height = theme.small_font_size * 2.0
        text = look.colour(theme.text)
        legend = QRectF(0.0, -LEGEND_GAP - height, layout.width, height)
        painter.setPen(text)
        painter.setFont(look.font(theme.small_font_size, bold=True))
        painter.drawText(legend, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
                         self.legend)
        painter.setFont(small)
        shown: set[str] = set()
        columns = {c.phase: c for c in layout.columns}
        for tint in self.tints:
            phase = tint.key[0]
            if tint.key[1] and self.mode.startswith(METRIC_PREFIX):
                continue  # a touchpoint's halo: its badge shows the figure
            if phase in shown or phase not in columns:
                continue
            shown.add(phase)
            body = columns[phase].body
            below = QRectF(body.x, layout.height + 4.0, body.w, height)
            painter.drawText(below, int(Qt.AlignmentFlag.AlignHCenter
                                        | Qt.AlignmentFlag.AlignTop),
                             value_label(self.mode, tint.value))
