"""Shared builders for the layout tests: journeys from small specs, and a simple measurer."""
# Imported by the test modules (pytest puts this folder on sys.path).

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from klantreis_desktop.layout.geometry import Rect
from klantreis_desktop.model.builder import _NAMESPACE, build
from klantreis_desktop.model.document import Document


class CharMeasurer:
    """Ten points of height per started block of ``width / 5`` characters (predictable)."""

    def text_height(self, text: str, width: float, font_size: float) -> float:
        if not text:
            return 0.0
        per_line = max(1, int(width // 5))
        return 10.0 * -(-len(text) // per_line)


def journey_spec(phases: int = 3, lanes: tuple[str, ...] = ("touchpoints",),
                 cards: list[dict[str, Any]] | None = None, **extra: Any) -> dict[str, Any]:
    """A one-journey spec with phases f0.., lanes l0.. (of the given lane types)."""
    journey: dict[str, Any] = {
        "id": "j", "title": "Test journey",
        "phases": [{"id": f"f{i}", "title": f"Phase {i}"} for i in range(phases)],
        "lanes": [{"id": f"l{i}", "title": f"Lane {i}", "lane_type": t}
                  for i, t in enumerate(lanes)],
        "cards": cards or [],
    }
    personas = extra.pop("personas", [])
    journey.update(extra)
    return {"title": "layout-tests", "personas": personas, "journeys": [journey]}


Built = tuple[Document, str, Callable[[str], str]]


def make(spec: dict[str, Any]) -> Built:
    """The document, its journey id, and a function from spec ids to document ids."""
    doc = build(spec)
    ids: dict[str, str] = {}
    def ref(local: str) -> str:
        if local not in ids:
            ids[local] = uuid.uuid5(_NAMESPACE, f"{spec['title']}/{local}").hex
        assert ids[local] in doc, local
        return ids[local]

    return doc, ref("j"), ref


def inside(inner: Rect, outer: Rect, eps: float = 1e-6) -> bool:
    return (inner.x >= outer.x - eps and inner.y >= outer.y - eps
            and inner.right <= outer.right + eps and inner.bottom <= outer.bottom + eps)


def overlap(a: Rect, b: Rect, eps: float = 1e-6) -> bool:
    """Whether two rects share interior area (touching edges do not count)."""
    return (a.x < b.right - eps and b.x < a.right - eps
            and a.y < b.bottom - eps and b.y < a.bottom - eps)


def cards(phase: str, lane: str, count: int, prefix: str = "c", kind: str = "note",
          title: str = "Card") -> list[dict[str, Any]]:
    """``count`` card specs in one cell, ids ``{prefix}0..``."""
    return [{"id": f"{prefix}{i}", "kind": kind, "phase": phase, "lane": lane,
             "title": f"{title} {i}"} for i in range(count)]
