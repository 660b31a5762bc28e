"""Operations on a document. Each one checks its input and returns a ChangeSet; nothing
changes until the caller applies it (``doc.apply(cs)``, or an undo command does).

Failing checks raise :class:`ModelError` with a translated message and build nothing, so a
refused operation never leaves a half-made change behind.
"""

from __future__ import annotations

from typing import Any

from klantreis_desktop.i18n import translate
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model.attributes import coerce, coerce_all
from klantreis_desktop.model.changes import (
    AddEdge,
    AddNode,
    Atom,
    ChangeSet,
    RemoveEdge,
    RemoveNode,
    SetAttrs,
)
from klantreis_desktop.model.document import Document, new_id
from klantreis_desktop.model.model_error import ModelError


def _tr(text: str) -> str:
    return translate("Model", text)


def _require(doc: Document, node: str, *kinds: str) -> None:
    if node not in doc:
        raise ModelError(_tr("The element {id} does not exist.").format(id=node[:40]))
    if kinds and doc.kind(node) not in kinds:
        raise ModelError(_tr("{id} is a {kind}, not a {wanted}.").format(
            id=node[:40], kind=doc.kind(node), wanted=" / ".join(kinds)))


def _fresh_id(doc: Document, node_id: str | None) -> str:
    node = node_id or new_id()
    if node in doc:
        raise ModelError(_tr("The id {id} is already in use.").format(id=node[:40]))
    return node


def _node(kind: str, attrs: dict[str, Any]) -> dict[str, Any]:
    full = k.defaults(kind)
    full.update(coerce_all(kind, attrs))
    full["kind"] = kind
    return full


def _next_order(doc: Document, nodes: list[str]) -> float:
    return max((float(doc.get(n, "order")) for n in nodes), default=-1.0) + 1.0


def _renumber(doc: Document, ordered: list[str]) -> list[Atom]:
    """SetAttrs that give ``ordered`` the orders 0, 1, 2, … (only where it changes)."""
    atoms: list[Atom] = []
    for index, node in enumerate(ordered):
        old = float(doc.get(node, "order"))
        if old != float(index):
            atoms.append(SetAttrs(node, {"order": old}, {"order": float(index)}))
    return atoms


def _insert(items: list[str], node: str, index: int | None) -> list[str]:
    rest = [n for n in items if n != node]
    position = len(rest) if index is None else max(0, min(index, len(rest)))
    return rest[:position] + [node] + rest[position:]


# Document-level elements --------------------------------------------------------------


def add_journey(doc: Document, title: str, node_id: str | None = None,
                **attrs: Any) -> ChangeSet:
    node = _fresh_id(doc, node_id)
    attrs = {"title": title, "order": _next_order(doc, doc.journeys()), **attrs}
    return ChangeSet((AddNode(node, _node(k.JOURNEY, attrs)),),
                     _tr("Add journey"))


def add_persona(doc: Document, name: str, node_id: str | None = None,
                **attrs: Any) -> ChangeSet:
    node = _fresh_id(doc, node_id)
    attrs = {"name": name, "order": _next_order(doc, doc.personas()), **attrs}
    return ChangeSet((AddNode(node, _node(k.PERSONA, attrs)),), _tr("Add persona"))


def add_channel(doc: Document, name: str, icon: str = "other", node_id: str | None = None,
                ) -> ChangeSet:
    """A channel as given (builders and importers match names themselves); people's
    input goes through :func:`new_channel`, which checks the name first."""
    node = _fresh_id(doc, node_id)
    attrs = {"name": name, "icon": icon, "order": _next_order(doc, doc.channels())}
    return ChangeSet((AddNode(node, _node(k.CHANNEL, attrs)),), _tr("Add channel"))


#: The longest channel name the schema accepts (the dialog limits typing to it).
CHANNEL_NAME_MAX = k.SCHEMA[k.CHANNEL]["name"].max_length


def checked_channel_name(doc: Document, name: str, channel: str | None = None) -> str:
    """``name`` trimmed, or :class:`ModelError` when it is empty, too long or already the
    name of another channel (case-insensitively: "linkedin" and "LinkedIn" would read as
    one channel in the legend). ``channel`` is the one being renamed: it may keep its name."""
    trimmed = name.strip()
    if not trimmed:
        raise ModelError(_tr("A channel needs a name."))
    if len(trimmed) > CHANNEL_NAME_MAX:
        raise ModelError(_tr("A channel name can be at most {count} characters long.").format(
            count=CHANNEL_NAME_MAX))
    folded = trimmed.casefold()
    for other in doc.channels():
        if other != channel and doc.title(other).strip().casefold() == folded:
            raise ModelError(_tr("There is already a channel called “{name}”.").format(
                name=doc.title(other)[:60]))
    return trimmed


def new_channel(doc: Document, name: str, icon: str = "other",
                node_id: str | None = None) -> ChangeSet:
    """A channel named by a person: the name is trimmed and must be new in the document."""
    return add_channel(doc, checked_channel_name(doc, name), icon, node_id)


def edit_channel(doc: Document, channel: str, name: str | None = None,
                 icon: str | None = None) -> ChangeSet:
    """Rename ``channel`` and/or give it another icon, as one change (one undo step)."""
    _require(doc, channel, k.CHANNEL)
    attrs: dict[str, Any] = {}
    if name is not None:
        attrs["name"] = checked_channel_name(doc, name, channel)
    if icon is not None:
        attrs["icon"] = icon
    change = update(doc, channel, **attrs)
    changed = {key for atom in change.atoms if isinstance(atom, SetAttrs) for key in atom.new}
    if changed == {"name"}:
        label = _tr("Rename channel")
    elif changed == {"icon"}:
        label = _tr("Change channel icon")
    else:
        label = _tr("Edit channel")
    return ChangeSet(change.atoms, label)


def rename_channel(doc: Document, channel: str, name: str) -> ChangeSet:
    return edit_channel(doc, channel, name=name)


def set_channel_icon(doc: Document, channel: str, icon: str) -> ChangeSet:
    return edit_channel(doc, channel, icon=icon)


def channel_users(doc: Document, channel: str) -> list[str]:
    """The touchpoints that use ``channel`` (what removing it takes the channel from)."""
    _require(doc, channel, k.CHANNEL)
    return sorted(doc.sources(channel, k.USES_CHANNEL))


def remove_channel(doc: Document, channel: str) -> ChangeSet:
    """Remove ``channel`` and its uses_channel edges in one change, so undo restores the
    channel on every touchpoint that had it."""
    _require(doc, channel, k.CHANNEL)
    return ChangeSet(remove(doc, channel).atoms, _tr("Remove channel"))


# Journey parts --------------------------------------------------------------------------


def add_phase(doc: Document, journey: str, title: str, index: int | None = None,
              node_id: str | None = None, **attrs: Any) -> ChangeSet:
    _require(doc, journey, k.JOURNEY)
    node = _fresh_id(doc, node_id)
    phases = doc.phases(journey)
    atoms: list[Atom] = [AddNode(node, _node(k.PHASE, {"title": title, **attrs})),
                         AddEdge(node, journey, k.IN_JOURNEY)]
    atoms += _renumber_with_new(doc, phases, node, index)
    return ChangeSet(tuple(atoms), _tr("Add phase"))


def add_lane(doc: Document, journey: str, title: str, lane_type: str = "custom",
             index: int | None = None, node_id: str | None = None, **attrs: Any) -> ChangeSet:
    _require(doc, journey, k.JOURNEY)
    node = _fresh_id(doc, node_id)
    lanes = doc.lanes(journey)
    atoms: list[Atom] = [
        AddNode(node, _node(k.LANE, {"title": title, "lane_type": lane_type, **attrs})),
        AddEdge(node, journey, k.IN_JOURNEY)]
    atoms += _renumber_with_new(doc, lanes, node, index)
    return ChangeSet(tuple(atoms), _tr("Add lane"))


def _renumber_with_new(doc: Document, existing: list[str], node: str,
                       index: int | None) -> list[Atom]:
    """Order attributes for ``existing`` with the new ``node`` inserted at ``index``.

    The new node was just added with order 0, so its own order is set in its AddNode's
    follow-up SetAttrs (old value 0.0) like every other renumbered node.
    """
    ordered = _insert(existing, node, index)
    atoms: list[Atom] = []
    for position, item in enumerate(ordered):
        old = 0.0 if item == node else float(doc.get(item, "order"))
        if item == node or old != float(position):
            atoms.append(SetAttrs(item, {"order": old}, {"order": float(position)}))
    return atoms


def add_card(doc: Document, kind: str, phase: str, lane: str, title: str = "",
             index: int | None = None, node_id: str | None = None,
             channels: list[str] | None = None, **attrs: Any) -> ChangeSet:
    """A new card of ``kind`` in the cell (``phase``, ``lane``) at stacking ``index``."""
    if kind not in k.CARD_KINDS:
        raise ModelError(_tr("A {kind} cannot be placed as a card.").format(kind=kind))
    _require(doc, phase, k.PHASE)
    _require(doc, lane, k.LANE)
    journey = doc.journey_of(phase)
    if journey is None or doc.journey_of(lane) != journey:
        raise ModelError(_tr("The phase and the lane belong to different journeys."))
    node = _fresh_id(doc, node_id)
    atoms: list[Atom] = [AddNode(node, _node(kind, {"title": title, **attrs})),
                         AddEdge(node, journey, k.IN_JOURNEY),
                         AddEdge(node, phase, k.IN_PHASE),
                         AddEdge(node, lane, k.ON_LANE)]
    atoms += _renumber_with_new(doc, doc.cards_in(phase, lane), node, index)
    for channel in channels or []:
        _require(doc, channel, k.CHANNEL)
        if kind != k.TOUCHPOINT:
            raise ModelError(_tr("Only touchpoints have channels."))
        atoms.append(AddEdge(node, channel, k.USES_CHANNEL))
    return ChangeSet(tuple(atoms), _tr("Add card"))


# Editing --------------------------------------------------------------------------------


def update(doc: Document, node: str, **attrs: Any) -> ChangeSet:
    """Set attributes of ``node``; unchanged values are left out of the change."""
    _require(doc, node)
    kind = doc.kind(node)
    new = {name: coerce(kind, name, value) for name, value in attrs.items()}
    if kind == k.EMOTION and "score" in new:
        journey = doc.journey_of(node)
        if journey is not None:
            _check_score(doc, journey, new["score"])
    current = doc.graph.nodes[node]
    changed = {name: v for name, v in new.items() if current.get(name) != v}
    old = {name: doc.get(node, name) for name in changed}
    if not changed:
        return ChangeSet((), _tr("Edit"))
    return ChangeSet((SetAttrs(node, old, changed),), _tr("Edit"))


def remove(doc: Document, *nodes: str) -> ChangeSet:
    """Remove elements and everything that depends on them (cards of a removed phase, …)."""
    for node in nodes:
        _require(doc, node)
    doomed: list[str] = []
    for node in nodes:
        for item in _dependents(doc, node):
            if item not in doomed:
                doomed.append(item)
    atoms: list[Atom] = []
    seen_edges: set[tuple[str, str, str]] = set()
    for item in doomed:
        for u, v, key, data in doc.edges_of(item):
            if (u, v, key) not in seen_edges:
                seen_edges.add((u, v, key))
                atoms.append(RemoveEdge(u, v, key, data))
    for item in doomed:
        attrs = doc.attrs(item)
        atoms.append(RemoveNode(item, attrs))
    return ChangeSet(tuple(atoms), _tr("Delete"))


def _dependents(doc: Document, node: str) -> list[str]:
    """``node`` and the elements that cannot exist without it, dependents first."""
    kind = doc.kind(node)
    children: list[str] = []
    if kind == k.JOURNEY:
        children = doc.parts(node)
    elif kind == k.PHASE:
        children = doc.sources(node, k.IN_PHASE) + doc.sources(node, k.BOUND_TO)
    elif kind == k.LANE:
        children = doc.sources(node, k.ON_LANE)
    elif kind == k.TOUCHPOINT:
        children = doc.sources(node, k.BOUND_TO)
    elif kind == k.PERSONA:
        children = doc.sources(node, k.FELT_BY)
    found: list[str] = []
    for child in children:
        for item in _dependents(doc, child):
            if item not in found:
                found.append(item)
    return found + [node]


def move_card(doc: Document, card: str, phase: str, lane: str,
              index: int | None = None) -> ChangeSet:
    """Move ``card`` to the cell (``phase``, ``lane``) of its journey at stacking ``index``."""
    _require(doc, card, *k.CARD_KINDS)
    _require(doc, phase, k.PHASE)
    _require(doc, lane, k.LANE)
    journey = doc.journey_of(card)
    if doc.journey_of(phase) != journey or doc.journey_of(lane) != journey:
        raise ModelError(_tr("A card can only move within its own journey."))
    old_phase, old_lane = doc.phase_of(card), doc.lane_of(card)
    atoms: list[Atom] = []
    if old_phase != phase:
        if old_phase is not None:
            atoms.append(RemoveEdge(card, old_phase, k.IN_PHASE))
        atoms.append(AddEdge(card, phase, k.IN_PHASE))
    if old_lane != lane:
        if old_lane is not None:
            atoms.append(RemoveEdge(card, old_lane, k.ON_LANE))
        atoms.append(AddEdge(card, lane, k.ON_LANE))
    if old_phase is not None and old_lane is not None and (old_phase, old_lane) != (phase, lane):
        atoms += _renumber(doc, [c for c in doc.cards_in(old_phase, old_lane) if c != card])
    atoms += _renumber(doc, _insert(doc.cards_in(phase, lane), card, index))
    return ChangeSet(tuple(atoms), _tr("Move card"))


def reorder(doc: Document, node: str, index: int) -> ChangeSet:
    """Move a phase, lane, journey, persona or channel to position ``index`` among its kind."""
    _require(doc, node, k.PHASE, k.LANE, k.JOURNEY, k.PERSONA, k.CHANNEL)
    kind = doc.kind(node)
    journey = doc.journey_of(node)
    siblings = {
        k.PHASE: lambda: doc.phases(journey or ""),
        k.LANE: lambda: doc.lanes(journey or ""),
        k.JOURNEY: doc.journeys,
        k.PERSONA: doc.personas,
        k.CHANNEL: doc.channels,
    }[kind]()
    return ChangeSet(tuple(_renumber(doc, _insert(siblings, node, index))), _tr("Reorder"))


# Flow, channels, personas, emotions ----------------------------------------------------


def connect_flow(doc: Document, source: str, target: str) -> ChangeSet:
    _require(doc, source, k.TOUCHPOINT)
    _require(doc, target, k.TOUCHPOINT)
    if source == target:
        raise ModelError(_tr("A touchpoint cannot flow to itself."))
    if doc.journey_of(source) != doc.journey_of(target):
        raise ModelError(_tr("A flow can only connect touchpoints of one journey."))
    if doc.graph.has_edge(source, target, key=k.FLOW):
        return ChangeSet((), _tr("Connect"))
    return ChangeSet((AddEdge(source, target, k.FLOW),), _tr("Connect"))


def disconnect_flow(doc: Document, source: str, target: str) -> ChangeSet:
    if not doc.graph.has_edge(source, target, key=k.FLOW):
        raise ModelError(_tr("There is no flow between these touchpoints."))
    return ChangeSet((RemoveEdge(source, target, k.FLOW),), _tr("Disconnect"))


def set_channels(doc: Document, touchpoint: str, channels: list[str]) -> ChangeSet:
    """Make ``channels`` exactly the channels of ``touchpoint``."""
    _require(doc, touchpoint, k.TOUCHPOINT)
    for channel in channels:
        _require(doc, channel, k.CHANNEL)
    current = doc.channels_of(touchpoint)
    atoms: list[Atom] = [RemoveEdge(touchpoint, c, k.USES_CHANNEL)
                         for c in current if c not in channels]
    atoms += [AddEdge(touchpoint, c, k.USES_CHANNEL)
              for c in dict.fromkeys(channels) if c not in current]
    return ChangeSet(tuple(atoms), _tr("Channels"))


def attach_persona(doc: Document, journey: str, persona: str) -> ChangeSet:
    _require(doc, journey, k.JOURNEY)
    _require(doc, persona, k.PERSONA)
    if doc.graph.has_edge(journey, persona, key=k.FOR_PERSONA):
        return ChangeSet((), _tr("Attach persona"))
    return ChangeSet((AddEdge(journey, persona, k.FOR_PERSONA),), _tr("Attach persona"))


def detach_persona(doc: Document, journey: str, persona: str) -> ChangeSet:
    """Detach ``persona`` from ``journey``, removing the persona's emotion points there."""
    if not doc.graph.has_edge(journey, persona, key=k.FOR_PERSONA):
        raise ModelError(_tr("This persona is not part of the journey."))
    emotions = doc.emotions(journey, persona)
    removal = remove(doc, *emotions).atoms if emotions else ()
    return ChangeSet((*removal, RemoveEdge(journey, persona, k.FOR_PERSONA)),
                     _tr("Detach persona"))


def _check_score(doc: Document, journey: str, score: int) -> None:
    low, high = doc.scale(journey)
    if not low <= score <= high:
        raise ModelError(_tr("An emotion score must lie between {low} and {high}.").format(
            low=low, high=high))


def set_emotion(doc: Document, persona: str, anchor: str, score: int,
                node_id: str | None = None) -> ChangeSet:
    """Give ``persona`` the emotion ``score`` at a touchpoint or phase (creating the point)."""
    _require(doc, persona, k.PERSONA)
    _require(doc, anchor, k.TOUCHPOINT, k.PHASE)
    journey = doc.journey_of(anchor)
    if journey is None:
        raise ModelError(_tr("The element {id} is not part of a journey.").format(id=anchor))
    score = coerce(k.EMOTION, "score", score)
    _check_score(doc, journey, score)
    for emotion in doc.emotions(journey, persona):
        if doc.emotion_anchor(emotion) == anchor:
            return update(doc, emotion, score=score)
    atoms: list[Atom] = []
    if not doc.graph.has_edge(journey, persona, key=k.FOR_PERSONA):
        atoms.append(AddEdge(journey, persona, k.FOR_PERSONA))
    node = _fresh_id(doc, node_id)
    atoms += [AddNode(node, _node(k.EMOTION, {"score": score})),
              AddEdge(node, journey, k.IN_JOURNEY),
              AddEdge(node, persona, k.FELT_BY),
              AddEdge(node, anchor, k.BOUND_TO)]
    return ChangeSet(tuple(atoms), _tr("Set emotion"))


def move_emotion(doc: Document, emotion: str, persona: str) -> ChangeSet:
    """Give the emotion point to ``persona`` (it leaves its old persona's curve, keeping
    its place and score): a point scored for the wrong persona is put right in one step."""
    _require(doc, emotion, k.EMOTION)
    _require(doc, persona, k.PERSONA)
    old = doc.target(emotion, k.FELT_BY)
    label = _tr("Change persona")
    if old == persona:
        return ChangeSet((), label)
    journey = doc.journey_of(emotion)
    anchor = doc.emotion_anchor(emotion)
    if journey is None or anchor is None:
        raise ModelError(_tr("The element {id} is not part of a journey.").format(id=emotion))
    for other in doc.emotions(journey, persona):
        if doc.emotion_anchor(other) == anchor:
            raise ModelError(_tr("{persona} already has an emotion point here.").format(
                persona=doc.title(persona)))
    atoms: list[Atom] = []
    if not doc.graph.has_edge(journey, persona, key=k.FOR_PERSONA):
        atoms.append(AddEdge(journey, persona, k.FOR_PERSONA))
    if old is not None:
        attrs = {n: x for n, x in (doc.graph.get_edge_data(emotion, old, key=k.FELT_BY)
                                   or {}).items() if n != "kind"}
        atoms.append(RemoveEdge(emotion, old, k.FELT_BY, attrs))
    atoms.append(AddEdge(emotion, persona, k.FELT_BY))
    return ChangeSet(tuple(atoms), label)


def created_id(change: ChangeSet) -> str:
    """The id of the first node ``change`` adds (what an ``add_*`` operation made)."""
    for atom in change.atoms:
        if isinstance(atom, AddNode):
            return atom.node
    raise ModelError(_tr("Nothing was created."))
