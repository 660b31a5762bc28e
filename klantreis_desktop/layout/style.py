"""The shared look of a journey map: card colours per kind, lane header colours, persona
colours. Plain data (hex strings) so the canvas (Qt) and the PDF (ReportLab) paint the
same poster; no Qt import here.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CardStyle:
    """Fill, border and text colour of one card kind (``#rrggbb``)."""

    fill: str
    border: str
    text: str = "#1d2733"


#: Workshop sticky-note convention: one colour per card kind.
CARD_STYLES: dict[str, CardStyle] = {
    "touchpoint": CardStyle("#cfe8ff", "#5b9bd5"),
    "pain": CardStyle("#ffd6d6", "#d9534f"),
    "opportunity": CardStyle("#d8f5d0", "#5cb85c"),
    "note": CardStyle("#fff6bf", "#d4b106"),
    "goal": CardStyle("#e6dcff", "#8e6fd8"),
}
DEFAULT_CARD_STYLE = CardStyle("#f2f2f2", "#9a9a9a")
#: The kinds on a black-and-white print (greyscale export). Their colours are all about
#: 89 % light, so as greys the kinds looked alike, legend and cards (review s7): each
#: kind gets its own step of grey instead, lightest for the commonest.
GREY_CARD_FILLS: dict[str, str] = {
    "touchpoint": "#ffffff", "note": "#ededed", "opportunity": "#d9d9d9", "goal": "#c4c4c4",
    "pain": "#acacac",
}

#: Lane header colours per lane type (soft tints, dark text stays readable).
LANE_HEADER_FILLS: dict[str, str] = {
    "touchpoints": "#e3f1ff",
    "channels": "#e8eef5",
    "emotions": "#fff0e0",
    "thoughts": "#f1ecf9",
    "pains": "#ffe6e6",
    "opportunities": "#e6f7e1",
    "backstage": "#eceff1",
    "kpis": "#efe8ff",
    "notes": "#fffbe0",
    "custom": "#f2f2f2",
}

PHASE_HEADER_FILL = "#2f4858"
PHASE_HEADER_TEXT = "#ffffff"
CORNER_FILL = "#eef2f5"
GRID_LINE = "#c8d0d8"
BODY_FILL = "#ffffff"
BAND_FILL = "#fbfbfb"
FLOW_COLOUR = "#4a5a6a"
TEXT_COLOUR = "#1d2733"
MUTED_TEXT = "#5f6b78"

#: Default colours handed to new personas in turn (distinct, print-safe, colour-blind aware).
PERSONA_COLOURS: tuple[str, ...] = (
    "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2",
)


def card_style(kind: str, colour: str = "", greyscale: bool = False) -> CardStyle:
    """The style of a card; a valid custom ``colour`` on the card overrides the fill;
    ``greyscale``: the kind's own grey (:data:`GREY_CARD_FILLS`) and a dark border."""
    base = CARD_STYLES.get(kind, DEFAULT_CARD_STYLE)
    if colour and is_hex_colour(colour):
        return CardStyle(normalise_hex(colour), base.border, base.text)
    if greyscale and kind in GREY_CARD_FILLS:
        return CardStyle(GREY_CARD_FILLS[kind], "#555555", base.text)
    return base


def lane_header_fill(lane_type: str) -> str:
    return LANE_HEADER_FILLS.get(lane_type, LANE_HEADER_FILLS["custom"])


def persona_colour(index: int) -> str:
    """The default colour of the ``index``-th persona (cycles)."""
    return PERSONA_COLOURS[index % len(PERSONA_COLOURS)]


def is_hex_colour(text: str) -> bool:
    """True for ``#rgb``, ``#rrggbb`` and ``#rrggbbaa``."""
    if not text.startswith("#") or len(text) not in (4, 7, 9):
        return False
    return all(c in "0123456789abcdefABCDEF" for c in text[1:])


def normalise_hex(text: str) -> str:
    """``#rrggbb`` (lower case) from any valid hex form; alpha is dropped."""
    body = text[1:]
    if len(body) == 3:
        body = "".join(c * 2 for c in body)
    return "#" + body[:6].lower()


def hex_to_rgb(text: str, fallback: str = "#888888") -> tuple[float, float, float]:
    """Components 0…1 of a hex colour (``fallback`` when ``text`` is not one)."""
    value = normalise_hex(text if is_hex_colour(text) else fallback)
    red, green, blue = (int(value[i:i + 2], 16) / 255.0 for i in (1, 3, 5))
    return red, green, blue
