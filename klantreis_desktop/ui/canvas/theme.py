"""Canvas themes: the everyday editing look and the projector look used when presenting.

A theme is plain data (colours as ``#rrggbb``, font sizes in scene units and the layout
options). Each scene has one; items read it through :func:`theme_of`, so the editor and a
presentation of the same journey can show side by side in different looks.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtWidgets import QGraphicsItem

from klantreis_desktop.layout import style
from klantreis_desktop.layout.layout_options import LayoutOptions

#: Below this zoom the editing canvas draws cards (and channel chips) as coloured blocks
#: without text: their text would be under about 5 px.
DETAIL_LEVEL = 0.45


@dataclass(frozen=True)
class CanvasTheme:
    """Colours and type of one canvas look."""

    name: str
    options: LayoutOptions
    background: str = "#e4e9ee"
    body_fill: str = style.BODY_FILL
    band_fill: str = style.BAND_FILL
    grid_line: str = style.GRID_LINE
    text: str = style.TEXT_COLOUR
    muted_text: str = style.MUTED_TEXT
    phase_header_fill: str = style.PHASE_HEADER_FILL
    phase_header_text: str = style.PHASE_HEADER_TEXT
    corner_fill: str = style.CORNER_FILL
    flow: str = style.FLOW_COLOUR
    votes_fill: str = "#37474f"
    observed: str = "#2e7d32"
    assumed: str = "#b26a00"
    badge_text: str = "#ffffff"
    lane_fills: dict[str, str] = field(default_factory=lambda: dict(style.LANE_HEADER_FILLS))
    card_fills: dict[str, str] = field(default_factory=dict)  # kind -> fill override
    small_font_size: float = 10.0  # subtitles, legend, scale labels, hints
    badge_font_size: float = 9.0
    chip_font_size: float = 11.0  # channel names in a channels lane
    #: Opacity of everything outside the spotlight.
    dim_opacity: float = 0.22
    #: Opacity of the other phases while one phase is presented.
    context_opacity: float = 0.5

    def card_style(self, kind: str, colour: str = "") -> style.CardStyle:
        base = style.card_style(kind, colour)
        fill = base.fill if colour else self.card_fills.get(kind, base.fill)
        return style.CardStyle(fill, base.border, self.text)

    def lane_fill(self, lane_type: str) -> str:
        return self.lane_fills.get(lane_type, self.lane_fills.get("custom", "#f2f2f2"))

    def font_sizes(self) -> tuple[float, ...]:
        """Every text size the canvas draws in this theme (for the large-type check)."""
        opt = self.options
        return (opt.card_font_size, opt.header_font_size, opt.title_font_size,
                self.small_font_size, self.badge_font_size, self.chip_font_size)

    def detail_level(self) -> float:
        """The zoom below which cards and channel chips are drawn without text: where
        their text gets as small as the editing canvas's at :data:`DETAIL_LEVEL`. The
        projector's larger type stays drawn further out (its overview showed blank cards
        while badges of the same size were written)."""
        return DETAIL_LEVEL * EDITING_CARD_FONT / self.options.card_font_size

    def text_pairs(self) -> list[tuple[str, str, str]]:
        """(what, text colour, background) of every text the theme draws (contrast check)."""
        pairs = [("phase header", self.phase_header_text, self.phase_header_fill),
                 ("corner", self.text, self.corner_fill),
                 ("cell text", self.text, self.body_fill),
                 ("muted text", self.muted_text, self.body_fill),
                 ("emotion scale", self.muted_text, self.band_fill),
                 ("votes", self.badge_text, self.votes_fill),
                 ("observed", self.badge_text, self.observed),
                 ("assumed", self.assumed, "#ffffff")]
        pairs += [(f"lane {t}", self.text, fill) for t, fill in self.lane_fills.items()]
        pairs += [(f"card {kind}", self.text, self.card_style(kind).fill)
                  for kind in style.CARD_STYLES]
        return pairs


EDITING_CARD_FONT = LayoutOptions().card_font_size
EDITING = CanvasTheme("editing", LayoutOptions())

#: Big type and strong contrast for a projector in a lit room: black on white, full
#: colour only where it carries meaning (card kinds as light tints, dark headers).
PROJECTOR = CanvasTheme(
    "projector",
    LayoutOptions(card_width=250.0, min_card_height=64.0, max_card_height=300.0,
                  card_gap=10.0, card_padding=10.0, card_footer=26.0, card_font_size=20.0,
                  cell_padding=14.0, phase_header_height=76.0, max_header_height=220.0,
                  header_padding=10.0, header_font_size=24.0, lane_header_width=260.0,
                  title_font_size=22.0, min_lane_height=100.0, emotion_band_height=200.0,
                  # No goal/KPI lines under the phase titles in F5: the room needs the
                  # screen for the cards (the time span stays the subtitle).
                  phase_note_font_size=0.0),
    background="#000000",
    body_fill="#ffffff",
    band_fill="#ffffff",
    grid_line="#5a6570",
    text="#000000",
    muted_text="#2b2b2b",
    phase_header_fill="#0b2545",
    phase_header_text="#ffffff",
    corner_fill="#ffffff",
    flow="#000000",
    votes_fill="#000000",
    observed="#1b5e20",
    assumed="#7a3e00",
    lane_fills={"touchpoints": "#e8f3ff", "channels": "#eef2f7", "emotions": "#fff3e6",
                "thoughts": "#f4effb", "pains": "#ffecec", "opportunities": "#ebf8e7",
                "backstage": "#f0f2f4", "kpis": "#f3eeff",
                "notes": "#fffbe6",
                "custom": "#f4f4f4"},
    card_fills={"touchpoint": "#dcefff", "pain": "#ffe1e1", "opportunity": "#e0f6d8",
                "note": "#fff8cc", "goal": "#ece4ff"},
    small_font_size=18.0,
    badge_font_size=18.0,
    chip_font_size=18.0,
    dim_opacity=0.18,
)


def theme_of(item: QGraphicsItem) -> CanvasTheme:
    """The theme of the scene ``item`` is in (the editing theme outside a scene)."""
    scene = item.scene()
    found = getattr(scene, "theme", None) if scene is not None else None
    return found if isinstance(found, CanvasTheme) else EDITING


def contrast_ratio(foreground: str, background: str) -> float:
    """The WCAG 2 contrast ratio of two ``#rrggbb`` colours (1 … 21)."""
    def luminance(hex_text: str) -> float:
        value = style.normalise_hex(hex_text).lstrip("#")[:6]
        channels = [int(value[i:i + 2], 16) / 255.0 for i in (0, 2, 4)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
                  for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)
