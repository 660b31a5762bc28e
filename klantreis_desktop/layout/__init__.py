"""Pure geometry of a journey (no Qt): the canvas and the PDF poster both draw from it."""

from klantreis_desktop.layout.compare_curves import (
    CompareCurve,
    compare_curves,
    counterpart,
    overlay_curves,
    phase_mapping,
)
from klantreis_desktop.layout.curves import (
    monotone_segments,
    score_to_y,
    spread_ties,
    y_to_score,
)
from klantreis_desktop.layout.flows import attached_flows, follow_routes, route_flow
from klantreis_desktop.layout.geometry import (
    Bezier,
    CardBox,
    Column,
    Curve,
    CurvePoint,
    FlowRoute,
    JourneyLayout,
    Point,
    Rect,
    Row,
    TextMeasurer,
)
from klantreis_desktop.layout.hits import card_at, cell_at, drop_index, emotion_at, score_at
from klantreis_desktop.layout.journey_layout import card_text_rect, layout_journey
from klantreis_desktop.layout.layout_options import ApproxMeasurer, LayoutOptions

__all__ = [
    "ApproxMeasurer", "attached_flows", "follow_routes", "Bezier", "CardBox",
    "CompareCurve", "compare_curves", "counterpart",
    "overlay_curves", "phase_mapping", "Column", "Curve", "CurvePoint", "FlowRoute",
    "JourneyLayout", "LayoutOptions", "Point", "Rect", "Row", "TextMeasurer", "card_at",
    "card_text_rect",
    "cell_at", "drop_index", "emotion_at", "layout_journey", "monotone_segments",
    "route_flow", "score_at", "score_to_y", "spread_ties", "y_to_score",
]
