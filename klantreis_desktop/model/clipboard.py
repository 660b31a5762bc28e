"""Copying and pasting cards as plain data (no Qt).

Copied cards become a JSON-able dict that names its phases, lanes, channels and personas
by id *and* by title, so a paste can land in the same journey, another journey or another
document's journey. Pasting builds one ChangeSet (one undo step) with fresh ids; flows
between copied touchpoints and their emotion points travel along. Clipboard text may come
from anywhere, so :func:`from_json` and :func:`paste_cards` check everything they read.
"""

from __future__ import annotations

import json
import math
from typing import Any

from klantreis_desktop.i18n import translate
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model.attributes import coerce
from klantreis_desktop.model.changes import AddEdge, AddNode, Atom, ChangeSet
from klantreis_desktop.model.document import Document, new_id
from klantreis_desktop.model.model_error import ModelError

FORMAT = "klantreis-cards"
VERSION = 1
#: Largest clipboard text and card count accepted (a whole poster is a few hundred cards).
MAX_JSON_CHARS = 5_000_000
MAX_CARDS = 2_000

Cell = tuple[str, str]



def _not_cards() -> ModelError:
    return ModelError(translate("Clipboard", "The clipboard does not hold klantreis cards."))


# Copying -------------------------------------------------------------------------------


def copy_cards(doc: Document, cards: list[str]) -> dict[str, Any]:
    """Plain data for ``cards`` (of one journey), in reading order (phase, lane, stack)."""
    cards = [c for c in dict.fromkeys(cards) if c in doc and doc.kind(c) in k.CARD_KINDS]
    if not cards:
        return {"format": FORMAT, "version": VERSION, "cards": [], "flows": [],
                "emotions": []}
    journey = doc.journey_of(cards[0]) or ""
    cards = [c for c in cards if doc.journey_of(c) == journey]
    phase_index = {p: i for i, p in enumerate(doc.phases(journey))}
    lane_index = {lane: i for i, lane in enumerate(doc.lanes(journey))}

    def position(card: str) -> tuple[int, int, float, str]:
        return (phase_index.get(doc.phase_of(card) or "", 0),
                lane_index.get(doc.lane_of(card) or "", 0),
                float(doc.get(card, "order")), card)

    entries: list[dict[str, Any]] = []
    refs: dict[str, str] = {}
    for number, card in enumerate(sorted(cards, key=position)):
        refs[card] = f"c{number}"
        phase, lane = doc.phase_of(card) or "", doc.lane_of(card) or ""
        kind = doc.kind(card)
        entries.append({
            "ref": refs[card], "kind": kind,
            "attrs": {name: doc.get(card, name) for name in k.SCHEMA[kind] if name != "order"},
            "phase": phase, "phase_title": doc.title(phase) if phase else "",
            "column": phase_index.get(phase, 0),
            "lane": lane, "lane_title": doc.title(lane) if lane else "",
            "lane_type": str(doc.get(lane, "lane_type")) if lane else "custom",
            "row": lane_index.get(lane, 0),
            "channels": [{"id": c, "name": doc.title(c), "icon": str(doc.get(c, "icon"))}
                         for c in doc.channels_of(card)],
        })
    flows = [[refs[a], refs[b]] for a, b in doc.flows(journey) if a in refs and b in refs]
    emotions = []
    for emotion in doc.emotions(journey):
        anchor = doc.emotion_anchor(emotion)
        persona = doc.target(emotion, k.FELT_BY)
        if anchor in refs and persona is not None:
            emotions.append({"card": refs[anchor], "persona": persona,
                             "persona_name": doc.title(persona),
                             "score": int(doc.get(emotion, "score")),
                             "note": str(doc.get(emotion, "note"))})
    return {"format": FORMAT, "version": VERSION, "journey": journey, "cards": entries,
            "flows": flows, "emotions": emotions}


def to_json(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def _reject_constant(name: str) -> Any:
    raise ValueError(name)


def from_json(text: str) -> dict[str, Any]:
    """Clipboard text back to data, refusing anything that is not our card format."""
    if len(text) > MAX_JSON_CHARS:
        raise ModelError(translate("Clipboard", "The clipboard holds too much data to paste."))
    try:
        data = json.loads(text, parse_constant=_reject_constant)
    except (ValueError, RecursionError):
        raise _not_cards() from None
    _check_shape(data)
    return data


def _check_shape(data: Any) -> None:
    """The outline of clipboard data: our format, lists of dicts, not too many cards."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise _not_cards()
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version > VERSION:
        raise ModelError(translate(
            "Clipboard", "These cards were copied from a newer version of the program."))
    for key in ("cards", "flows", "emotions"):
        if not isinstance(data.get(key, []), list):
            raise _not_cards()
    if len(data.get("cards", [])) > MAX_CARDS:
        raise ModelError(translate(
            "Clipboard", "At most {count} cards can be pasted at once.").format(
            count=MAX_CARDS))
    for entry in data.get("cards", []):
        if not isinstance(entry, dict) or entry.get("kind") not in k.CARD_KINDS:
            raise _not_cards()
        if not isinstance(entry.get("attrs", {}), dict):
            raise _not_cards()
        if not isinstance(entry.get("channels", []), list):
            raise _not_cards()


# Pasting -------------------------------------------------------------------------------


def paste_cards(doc: Document, journey: str, data: dict[str, Any],
                cell: Cell | None = None) -> ChangeSet:
    """A ChangeSet that adds copies of the cards in ``data`` to ``journey``.

    With ``cell`` the top-left copied card lands there and the others keep their offsets
    (in phases and lanes). Without it each card goes back to its own cell when that cell
    exists in ``journey``, else to the phase/lane with the same title, else to the one at
    the same position. Copies go to the bottom of each cell's stack.
    """
    _check_shape(data)
    if journey not in doc or doc.kind(journey) != k.JOURNEY:
        raise ModelError(translate("Clipboard", "The journey {id} does not exist.").format(
            id=str(journey)[:40]))
    phases = doc.phases(journey)
    lanes = doc.lanes(journey, include_hidden=False)
    entries: list[dict[str, Any]] = data.get("cards", [])
    if not entries:
        return ChangeSet((), translate("Clipboard", "Paste"))
    if not phases or not lanes:
        raise ModelError(translate("Clipboard", "Add a phase and a lane before pasting cards."))
    places = _places(doc, journey, entries, phases, lanes, cell)

    atoms: list[Atom] = []
    next_order: dict[Cell, float] = {}
    new_ids: dict[str, str] = {}  # ref -> new id, for touchpoints (flows, emotions)
    channels = _ChannelMap(doc, atoms)
    for entry, (phase, lane) in zip(entries, places, strict=True):
        kind = str(entry["kind"])
        attrs = _card_attrs(kind, entry.get("attrs", {}))
        if (phase, lane) not in next_order:
            next_order[(phase, lane)] = max(
                (float(doc.get(c, "order")) for c in doc.cards_in(phase, lane)),
                default=-1.0) + 1.0
        attrs["order"] = next_order[(phase, lane)]
        next_order[(phase, lane)] += 1.0
        node = new_id()
        if kind == k.TOUCHPOINT:
            new_ids[str(entry.get("ref", ""))] = node
        atoms += [AddNode(node, attrs), AddEdge(node, journey, k.IN_JOURNEY),
                  AddEdge(node, phase, k.IN_PHASE), AddEdge(node, lane, k.ON_LANE)]
        if kind == k.TOUCHPOINT:
            for channel in channels.resolve(entry.get("channels", [])):
                atoms.append(AddEdge(node, channel, k.USES_CHANNEL))
    atoms += _flows(data.get("flows", []), new_ids)
    atoms += _emotions(doc, journey, data.get("emotions", []), new_ids)
    return ChangeSet(tuple(atoms), translate("Clipboard", "Paste"))


def pasted_cards(change: ChangeSet) -> list[str]:
    """The ids of the cards a paste ChangeSet creates, in order."""
    return [a.node for a in change.atoms
            if isinstance(a, AddNode) and a.attrs.get("kind") in k.CARD_KINDS]


def _card_attrs(kind: str, raw: dict[str, Any]) -> dict[str, Any]:
    """Schema-checked attributes; unknown names are dropped, bad values refused."""
    attrs = k.defaults(kind)
    for name, value in raw.items():
        if name in k.SCHEMA[kind] and name != "order":
            attrs[name] = coerce(kind, name, value)
    attrs["kind"] = kind
    return attrs


def _index(value: Any, size: int) -> int:
    number = value if isinstance(value, int) and not isinstance(value, bool) else 0
    return max(0, min(number, size - 1))


def _places(doc: Document, journey: str, entries: list[dict[str, Any]], phases: list[str],
            lanes: list[str], cell: Cell | None) -> list[Cell]:
    """The target (phase, lane) of every entry."""
    if cell is not None:
        if cell[0] not in phases or cell[1] not in lanes:
            raise ModelError(translate("Clipboard", "Paste into a cell of this journey."))
        first_col = min(_index(e.get("column"), 10**6) for e in entries)
        first_row = min(_index(e.get("row"), 10**6) for e in entries)
        col0, row0 = phases.index(cell[0]), lanes.index(cell[1])
        return [(phases[_index(col0 + _index(e.get("column"), 10**6) - first_col, len(phases))],
                 lanes[_index(row0 + _index(e.get("row"), 10**6) - first_row, len(lanes))])
                for e in entries]
    phase_titles = {doc.title(p).strip().casefold(): p for p in reversed(phases)}
    lane_titles = {doc.title(n).strip().casefold(): n for n in reversed(lanes)}
    places: list[Cell] = []
    for entry in entries:
        phase = entry.get("phase")
        if not (isinstance(phase, str) and phase in phases):
            phase = phase_titles.get(str(entry.get("phase_title", "")).strip().casefold(),
                                     phases[_index(entry.get("column"), len(phases))])
        lane = entry.get("lane")
        if not (isinstance(lane, str) and lane in lanes):
            lane = lane_titles.get(str(entry.get("lane_title", "")).strip().casefold())
            if lane is None:
                lane = next((n for n in lanes if doc.get(n, "lane_type")
                             == entry.get("lane_type") != "custom"),
                            lanes[_index(entry.get("row"), len(lanes))])
        places.append((phase, lane))
    return places


class _ChannelMap:
    """Finds the channels of pasted touchpoints in the target document, adding missing ones."""

    def __init__(self, doc: Document, atoms: list[Atom]) -> None:
        self.doc = doc
        self.atoms = atoms
        self.by_name = {doc.title(c).strip().casefold(): c for c in reversed(doc.channels())}
        self.next_order = max((float(doc.get(c, "order")) for c in doc.channels()),
                              default=-1.0) + 1.0

    def resolve(self, raw: list[Any]) -> list[str]:
        found: list[str] = []
        for item in raw:
            if not isinstance(item, dict):
                continue
            channel_id = item.get("id")
            if isinstance(channel_id, str) and channel_id in self.doc and (
                    self.doc.kind(channel_id) == k.CHANNEL):
                channel = channel_id
            else:
                name = coerce(k.CHANNEL, "name", item.get("name", ""))
                key = name.strip().casefold()
                if not key:
                    continue
                channel = self.by_name.get(key, "")
                if not channel:
                    icon = item.get("icon", "other")
                    icon = icon if icon in k.CHANNEL_ICONS else "other"
                    channel = new_id()
                    attrs = {**k.defaults(k.CHANNEL), "name": name, "icon": icon,
                             "order": self.next_order, "kind": k.CHANNEL}
                    self.next_order += 1.0
                    self.atoms.append(AddNode(channel, attrs))
                    self.by_name[key] = channel
            if channel not in found:
                found.append(channel)
        return found


def _flows(raw: list[Any], new_ids: dict[str, str]) -> list[Atom]:
    atoms: list[Atom] = []
    seen: set[tuple[str, str]] = set()
    for pair in raw:
        if not (isinstance(pair, list) and len(pair) == 2):
            continue
        source, target = new_ids.get(str(pair[0])), new_ids.get(str(pair[1]))
        if source and target and source != target and (source, target) not in seen:
            seen.add((source, target))
            atoms.append(AddEdge(source, target, k.FLOW))
    return atoms


def _emotions(doc: Document, journey: str, raw: list[Any],
              new_ids: dict[str, str]) -> list[Atom]:
    """Emotion points of pasted touchpoints, for personas the target document has."""
    personas_by_name = {doc.title(p).strip().casefold(): p for p in reversed(doc.personas())}
    attached = set(doc.personas_of(journey))
    low, high = doc.scale(journey)
    atoms: list[Atom] = []
    taken: set[tuple[str, str]] = set()
    for item in raw:
        if not isinstance(item, dict):
            continue
        anchor = new_ids.get(str(item.get("card", "")))
        persona = item.get("persona")
        if not (isinstance(persona, str) and persona in doc and doc.kind(persona) == k.PERSONA):
            persona = personas_by_name.get(str(item.get("persona_name", "")).strip().casefold())
        score = item.get("score")
        if anchor is None or persona is None or (anchor, persona) in taken:
            continue
        if not isinstance(score, (int, float)) or isinstance(score, bool) or not (
                math.isfinite(score) and low <= score <= high and float(score).is_integer()):
            continue
        taken.add((anchor, persona))
        if persona not in attached:
            attached.add(persona)
            atoms.append(AddEdge(journey, persona, k.FOR_PERSONA))
        note = item.get("note", "")
        note = coerce(k.EMOTION, "note", note if isinstance(note, str) else "")
        node = new_id()
        atoms += [AddNode(node, {**k.defaults(k.EMOTION), "score": int(score), "note": note,
                                 "kind": k.EMOTION}),
                  AddEdge(node, journey, k.IN_JOURNEY), AddEdge(node, persona, k.FELT_BY),
                  AddEdge(node, anchor, k.BOUND_TO)]
    return atoms
