"""What a PDF export is asked to do, and the paper sizes it knows (no Qt).

:class:`ExportError` is every export format's one error (PNG and SVG raise it too).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.units import mm

from klantreis_desktop.i18n import translate

#: ISO 216 sizes in mm, portrait (width, height).
PAPER_MM: dict[str, tuple[float, float]] = {
    "A4": (210.0, 297.0),
    "A3": (297.0, 420.0),
    "A2": (420.0, 594.0),
    "A1": (594.0, 841.0),
    "A0": (841.0, 1189.0),
}
TILE_PAPERS: tuple[str, ...] = ("A4", "A3")
ORIENTATIONS: tuple[str, ...] = ("auto", "portrait", "landscape")
#: Acrobat refuses pages with an edge over 200 inches (14,400 pt = 5,080 mm).
MAX_EDGE_MM = 5080.0
MIN_EDGE_MM = 50.0

_CUSTOM = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*[x×*]\s*(\d+(?:[.,]\d+)?)\s*(mm)?\s*$", re.I)


class ExportError(Exception):
    """An export that cannot be made; ``str()`` is a translated message for the user."""


#: ``paper``: the smallest ISO sheet on which card text is readable from 2 m.
AUTO_PAPER = "auto"
#: Card text of at least this size reads from 2 m; smaller gets a warning.
READABLE_PT = 14.0


@dataclass
class PdfOptions:
    """Choices for one PDF export. Lengths in mm; ``paper`` is ``auto``, a name or
    ``WxHmm``. ``lanes``, ``phases`` and ``personas`` filter the poster (names or ids, or
    "a, b" text; phases also as positions such as "2-4"); None shows everything."""

    paper: str = AUTO_PAPER
    orientation: str = "auto"
    tile: str | None = None  # None, "A4" or "A3": print on sheets that are glued together
    overlap_mm: float = 10.0
    journeys: str | list[str] = "all"  # "all" or a list of journey ids
    persona_pages: bool = False
    analysis_pages: bool = False  # an analysis handout page after each journey's poster
    greyscale: bool = False
    margin_mm: float = 10.0
    title: str = ""  # PDF metadata; empty: the document's title
    author: str = ""  # empty: the journey's author and organisation
    lanes: str | list[str] | None = None
    phases: str | list[str] | None = None
    personas: str | list[str] | None = None
    language: str = ""  # "nl"/"en"; empty: each journey's own language
    #: Journey id → a check against an event log (analysis.conformance.Conformance):
    #: its marks on the poster and its findings on the analysis page. A view, not content.
    conformance: dict[str, Any] = field(default_factory=dict)


@dataclass
class ExportResult:
    """What was written: page count, translated warnings, file size in bytes."""

    pages: int
    warnings: list[str] = field(default_factory=list)
    size: int = 0
    #: What was chosen for the user (translated), e.g. the paper ``auto`` picked.
    notes: list[str] = field(default_factory=list)


def _tr(text: str) -> str:
    return translate("Export", text)


def _number(text: str) -> float:
    return float(text.replace(",", "."))


def parse_paper(text: str) -> tuple[float, float]:
    """(width, height) in points, portrait as named, for ``A4``…``A0`` or ``WxHmm``.

    Raises :class:`ExportError` for unknown names, sizes too small to hold a poster and
    edges over 5,080 mm (which PDF viewers refuse).
    """
    name = (text or "").strip().upper()
    if name in PAPER_MM:
        w_mm, h_mm = PAPER_MM[name]
        return w_mm * mm, h_mm * mm
    match = _CUSTOM.match(text or "")
    if match is None:
        raise ExportError(_tr("Unknown paper size “{paper}”. Use A4, A3, A2, A1, A0 or a "
                              "custom size like 1000x700mm.").format(paper=(text or "")[:40]))
    w_mm, h_mm = _number(match.group(1)), _number(match.group(2))
    check_edges(w_mm, h_mm)
    return w_mm * mm, h_mm * mm


def check_edges(w_mm: float, h_mm: float) -> None:
    """Refuse page sizes PDF viewers cannot open or that are too small to use."""
    if max(w_mm, h_mm) > MAX_EDGE_MM:
        raise ExportError(_tr("The paper is {width:.0f} × {height:.0f} mm; PDF pages can be at "
                              "most 5080 mm on each side. Choose a smaller size or tile the "
                              "poster.").format(width=w_mm, height=h_mm))
    if min(w_mm, h_mm) < MIN_EDGE_MM:
        raise ExportError(_tr("The paper is {width:.0f} × {height:.0f} mm; each side must be "
                              "at least 50 mm.").format(width=w_mm, height=h_mm))


def validate_options(options: PdfOptions) -> None:
    """Check every choice up front so a bad option never leaves a half-made file."""
    if not is_auto(options.paper):
        parse_paper(options.paper)
    if options.orientation not in ORIENTATIONS:
        raise ExportError(_tr("Unknown orientation “{value}”: use auto, portrait or "
                              "landscape.").format(value=str(options.orientation)[:40]))
    if options.tile is not None and options.tile.upper() not in TILE_PAPERS:
        raise ExportError(_tr("Tiles can be printed on A4 or A3, not on “{value}”.").format(
            value=str(options.tile)[:40]))
    if not 0 <= options.overlap_mm <= 50:
        raise ExportError(_tr("The overlap must lie between 0 and 50 mm."))
    if not 0 <= options.margin_mm <= 100:
        raise ExportError(_tr("The margin must lie between 0 and 100 mm."))


def is_auto(paper: str) -> bool:
    return (paper or "").strip().lower() == AUTO_PAPER
