"""Dimming for presenting: a spotlight on some elements, or one phase in focus.

Kept out of the scene adapter (scene.py): it only sets opacities on the scene's items,
from the scene's ``spotlight`` and ``focus_phase``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from klantreis_desktop.model import kinds as k

if TYPE_CHECKING:
    from klantreis_desktop.ui.canvas.scene import JourneyScene


def apply(scene: JourneyScene) -> None:
    """Give every item the opacity the spotlight (or the focused phase) asks for.

    Both at once (presenting a phase with the Top 3 lit): the spotlight shows within the
    phase, whose header stays bright and whose other cards step back to the faded level
    (other phases are dimmed); a spotlight with nothing in the phase waits (the phase is
    shown as without it) instead of dimming the whole screen.
    """
    lit = _spotlit(scene)
    focus = scene.focus_phase
    if lit is not None and focus is not None and not any(
            _in_phase(scene, node, focus) for node in lit):
        lit = None
    dim, context = scene.theme.dim_opacity, scene.theme.context_opacity
    for table in (scene.cards, scene.phases, scene.lanes, scene.points):
        for node, item in table.items():
            if lit is not None and (node in lit or node == focus):
                item.setOpacity(1.0)
            elif lit is not None:
                item.setOpacity(context if focus is not None and _in_phase(scene, node, focus)
                                else dim)
            else:
                item.setOpacity(1.0 if _in_focus_phase(scene, node) else context)
    for curve in scene.curves.values():
        curve.setOpacity(1.0 if lit is None else dim)
    for flow in scene.flows.values():
        flow.set_arrow_opacity(1.0 if lit is None else dim)


def _spotlit(scene: JourneyScene) -> set[str] | None:
    """The ids kept bright: the spotlight, and the cards of a lane or phase in it."""
    if scene.spotlight is None:
        return None
    doc = scene.doc
    lit = set(scene.spotlight)
    for node in scene.spotlight:
        if node in doc and doc.kind(node) == k.LANE:
            lit.update(doc.sources(node, k.ON_LANE))
        elif node in doc and doc.kind(node) == k.PHASE:
            lit.update(doc.sources(node, k.IN_PHASE))
    return lit


def _in_phase(scene: JourneyScene, node: str, phase: str) -> bool:
    """``node`` is that phase, or a card or emotion point in it (lanes span every phase)."""
    doc = scene.doc
    if node not in doc:
        return False
    kind = doc.kind(node)
    if kind == k.PHASE:
        return node == phase
    if kind == k.EMOTION:
        return doc.emotion_phase(node) == phase
    return kind in k.CARD_KINDS and doc.phase_of(node) == phase


def _in_focus_phase(scene: JourneyScene, node: str) -> bool:
    doc, focus = scene.doc, scene.focus_phase
    if focus is None or node not in doc:
        return True
    kind = doc.kind(node)
    if kind == k.PHASE:
        return node == focus
    if kind == k.EMOTION:
        return doc.emotion_phase(node) == focus
    if kind in k.CARD_KINDS:
        return doc.phase_of(node) == focus
    return True
