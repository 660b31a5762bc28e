"""Workshop operations: the day's agenda, the brainstorm wall, dot votes and saved views.

Like :mod:`operations`, every function checks its input and returns a ChangeSet that
changes nothing until applied, so the workshop tools are undoable and saved with the
document like any card. No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass

from klantreis_desktop.i18n import translate
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model import operations as ops
from klantreis_desktop.model.attributes import coerce
from klantreis_desktop.model.changes import AddEdge, AddNode, Atom, ChangeSet, RemoveEdge, SetAttrs
from klantreis_desktop.model.document import Document, new_id
from klantreis_desktop.model.model_error import ModelError

#: The nine steps of the workshop day (seed 000), as (key, English title). The key names
#: the tool a step opens.
STEP_KEYS: tuple[str, ...] = (
    "goals", "gather", "channels", "empathy", "brainstorm", "affinity", "sketch", "refine",
    "share",
)
#: Card kinds a brainstorm note can become, with the lane type they land on.
NOTE_TARGETS: dict[str, str] = {
    k.TOUCHPOINT: "touchpoints", k.PAIN: "pains", k.OPPORTUNITY: "opportunities",
}
#: Cards that take dot votes.
VOTABLE: tuple[str, ...] = (k.PAIN, k.OPPORTUNITY)


def _tr(text: str) -> str:
    return translate("Workshop", text)


def step_title(key: str) -> str:
    """The translated title of agenda step ``key``."""
    titles = {
        "goals": translate("Workshop", "Set the goals"),
        "gather": translate("Workshop", "Gather information"),
        "channels": translate("Workshop", "Brainstorm channels and touchpoints"),
        "empathy": translate("Workshop", "Empathy map"),
        "brainstorm": translate("Workshop", "Dimension brainstorm"),
        "affinity": translate("Workshop", "Affinity diagram"),
        "sketch": translate("Workshop", "Sketch the journey"),
        "refine": translate("Workshop", "Refine"),
        "share": translate("Workshop", "Share"),
    }
    return titles.get(key, key)


def _require(doc: Document, node: str, *kinds: str) -> None:
    if node not in doc or (kinds and doc.kind(node) not in kinds):
        raise ModelError(_tr("The element {id} does not exist or is of the wrong kind.").format(
            id=str(node)[:40]))


# Agenda -----------------------------------------------------------------------------------


def steps(doc: Document) -> list[str]:
    """The agenda steps in their order."""
    return sorted(doc.nodes_of_kind(k.WORKSHOP_STEP),
                  key=lambda n: (float(doc.get(n, "order")), n))


def ensure_agenda(doc: Document) -> ChangeSet:
    """The nine steps of the day, added once (empty change when the agenda exists)."""
    if steps(doc):
        return ChangeSet((), _tr("Workshop agenda"))
    atoms: list[Atom] = []
    for index, key in enumerate(STEP_KEYS):
        attrs = {**k.defaults(k.WORKSHOP_STEP), "kind": k.WORKSHOP_STEP, "step": key,
                 "title": step_title(key), "order": float(index)}
        atoms.append(AddNode(new_id(), attrs))
    return ChangeSet(tuple(atoms), _tr("Workshop agenda"))


def set_step(doc: Document, step: str, *, notes: str | None = None,
             done: bool | None = None) -> ChangeSet:
    """Change a step's notes and/or tick."""
    _require(doc, step, k.WORKSHOP_STEP)
    attrs: dict[str, object] = {}
    if notes is not None:
        attrs["notes"] = notes
    if done is not None:
        attrs["done"] = done
    change = ops.update(doc, step, **attrs)
    return ChangeSet(change.atoms, _tr("Agenda step"))


def agenda(doc: Document) -> list[tuple[str, str]]:
    """The agenda as (step id, step key) rows; before anything was written in it, the
    nine default steps with their key as id: looking at the agenda must not change the
    document (a file only viewed would ask to be saved), so it is made on the first edit
    (see :func:`edit_step`)."""
    made = steps(doc)
    if made:
        return [(step, str(doc.get(step, "step"))) for step in made]
    return [(key, key) for key in STEP_KEYS]


def edit_step(doc: Document, step: str, *, notes: str | None = None,
              done: bool | None = None) -> ChangeSet:
    """Change a step's notes and/or tick; ``step`` is a step id, or the key of a default
    step while the document has no agenda yet: then the agenda is made in the same change
    (one undo step takes both away)."""
    if step in doc or steps(doc) or step not in STEP_KEYS:
        return set_step(doc, step, notes=notes, done=done)
    atoms: list[Atom] = []
    for atom in ensure_agenda(doc).atoms:
        if isinstance(atom, AddNode) and atom.attrs.get("step") == step:
            attrs = dict(atom.attrs)
            if notes is not None:
                attrs["notes"] = coerce(k.WORKSHOP_STEP, "notes", notes)
            if done is not None:
                attrs["done"] = coerce(k.WORKSHOP_STEP, "done", done)
            atom = AddNode(atom.node, attrs)
        atoms.append(atom)
    return ChangeSet(tuple(atoms), _tr("Agenda step"))


# Brainstorm wall --------------------------------------------------------------------------


def notes(doc: Document, dimension: str | None = None) -> list[str]:
    """Brainstorm notes (of one dimension) in the order they were written."""
    found = doc.nodes_of_kind(k.BRAINSTORM_NOTE)
    if dimension is not None:
        found = [n for n in found if doc.get(n, "dimension") == dimension]
    return sorted(found, key=lambda n: (float(doc.get(n, "order")), n))


def clusters(doc: Document) -> list[str]:
    return sorted(doc.nodes_of_kind(k.CLUSTER), key=lambda n: (float(doc.get(n, "order")), n))


def cluster_of(doc: Document, note: str) -> str | None:
    return doc.target(note, k.IN_CLUSTER)


def cluster_notes(doc: Document, cluster: str) -> list[str]:
    return sorted(doc.sources(cluster, k.IN_CLUSTER),
                  key=lambda n: (float(doc.get(n, "order")), n))


def add_note(doc: Document, text: str, dimension: str = "", x: float = 0.0, y: float = 0.0,
             node_id: str | None = None) -> ChangeSet:
    """A sticky note on the wall; empty text is refused (a stray Enter adds nothing)."""
    if not text.strip():
        raise ModelError(_tr("A note needs some text."))
    node = node_id or new_id()
    if node in doc:
        raise ModelError(_tr("The id {id} is already in use.").format(id=node[:40]))
    order = max((float(doc.get(n, "order")) for n in notes(doc)), default=-1.0) + 1.0
    attrs = {**k.defaults(k.BRAINSTORM_NOTE), "kind": k.BRAINSTORM_NOTE}
    for name, value in (("text", text.strip()), ("dimension", dimension.strip()),
                        ("order", order), ("x", float(x)), ("y", float(y))):
        attrs[name] = coerce(k.BRAINSTORM_NOTE, name, value)
    return ChangeSet((AddNode(node, attrs),), _tr("Add note"))


def add_notes(doc: Document, notes: list[tuple[str, str, str]]) -> ChangeSet:
    """Several notes at once, as (text, dimension, node id): what room mode's phones sent
    in the last moment, one change (and one undo step). Notes with empty text or an id
    already in use are left out (a resend), so a batch never fails as a whole."""
    order = max((float(doc.get(n, "order")) for n in doc.nodes_of_kind(k.BRAINSTORM_NOTE)),
                default=-1.0) + 1.0
    atoms: list[Atom] = []
    seen: set[str] = set()
    for text, dimension, node in notes:
        if not text.strip() or node in doc or node in seen:
            continue
        seen.add(node)
        attrs = {**k.defaults(k.BRAINSTORM_NOTE), "kind": k.BRAINSTORM_NOTE}
        for name, value in (("text", text.strip()), ("dimension", dimension.strip()),
                            ("order", order), ("x", 0.0), ("y", 0.0)):
            attrs[name] = coerce(k.BRAINSTORM_NOTE, name, value)
        atoms.append(AddNode(node, attrs))
        order += 1.0
    label = _tr("Add note") if len(atoms) == 1 else _tr("Add notes")
    return ChangeSet(tuple(atoms), label)


def retype_note(doc: Document, note: str, text: str) -> ChangeSet:
    """New text for a note on the wall (empty text is refused, like a new note's)."""
    if not doc.graph.has_node(note) or doc.kind(note) != k.BRAINSTORM_NOTE:
        raise ModelError(_tr("The note {id} does not exist.").format(id=note[:40]))
    if not text.strip():
        raise ModelError(_tr("A note needs some text."))
    return ops.update(doc, note, text=text.strip())


def merge_notes(doc: Document, keep: str, others: list[str] | tuple[str, ...]) -> ChangeSet:
    """Duplicates folded into one note (room mode): ``keep`` takes the other texts that
    differ from its own (joined with " / "), the others leave the wall. One undo step."""
    _require(doc, keep, k.BRAINSTORM_NOTE)
    rest = [n for n in dict.fromkeys(others) if n != keep]
    if not rest:
        raise ModelError(_tr("Select two or more notes to merge."))
    for note in rest:
        _require(doc, note, k.BRAINSTORM_NOTE)
    # Across dimensions the survivor would leave one column silently (review s7): refused.
    dimensions = list(dict.fromkeys(str(doc.get(n, "dimension")) for n in [keep, *rest]))
    if len(dimensions) > 1:
        named = ", ".join(f"“{d or _tr('(no dimension)')}”" for d in dimensions)
        raise ModelError(_tr("Only notes of one dimension can be merged; these are in "
                             "{dimensions}.").format(dimensions=named))
    texts = [str(doc.get(keep, "text"))]
    for note in rest:
        text = str(doc.get(note, "text"))
        if text.casefold() not in (t.casefold() for t in texts):
            texts.append(text)
    merged = coerce(k.BRAINSTORM_NOTE, "text", " / ".join(texts))
    atoms = list(ops.update(doc, keep, text=merged).atoms) + list(ops.remove(doc, *rest).atoms)
    return ChangeSet(tuple(atoms), _tr("Merge notes"))


def add_cluster(doc: Document, label: str, members: list[str] | tuple[str, ...] = (),
                x: float = 0.0, y: float = 0.0, node_id: str | None = None) -> ChangeSet:
    """A labelled cluster, optionally taking ``members`` (notes) in at once."""
    node = node_id or new_id()
    if node in doc:
        raise ModelError(_tr("The id {id} is already in use.").format(id=node[:40]))
    order = max((float(doc.get(c, "order")) for c in clusters(doc)), default=-1.0) + 1.0
    attrs = {**k.defaults(k.CLUSTER), "kind": k.CLUSTER,
             "label": coerce(k.CLUSTER, "label", label.strip()),
             "order": order, "x": float(x), "y": float(y)}
    atoms: list[Atom] = [AddNode(node, attrs)]
    for note in members:
        atoms += _move_atoms(doc, note, node)
    return ChangeSet(tuple(atoms), _tr("Add cluster"))


def _move_atoms(doc: Document, note: str, cluster: str | None) -> list[Atom]:
    _require(doc, note, k.BRAINSTORM_NOTE)
    old = cluster_of(doc, note)
    if old == cluster:
        return []
    atoms: list[Atom] = []
    if old is not None:
        atoms.append(RemoveEdge(note, old, k.IN_CLUSTER))
    if cluster is not None:
        atoms.append(AddEdge(note, cluster, k.IN_CLUSTER))
    return atoms


def put_in_cluster(doc: Document, note: str, cluster: str | None) -> ChangeSet:
    """Move ``note`` into ``cluster`` (None: out of any cluster)."""
    if cluster is not None:
        _require(doc, cluster, k.CLUSTER)
    return ChangeSet(tuple(_move_atoms(doc, note, cluster)), _tr("Cluster note"))


def notes_to_cards(doc: Document, note_ids: list[str], kind: str, phase: str,
                   lane: str | None = None) -> ChangeSet:
    """Cards of ``kind`` in ``phase`` made from notes (one gesture, one undo step).

    ``lane`` defaults to the first lane of the kind's lane type (else the first lane).
    """
    if kind not in NOTE_TARGETS:
        raise ModelError(_tr("A note can become a touchpoint, a pain point or an opportunity."))
    _require(doc, phase, k.PHASE)
    journey = doc.journey_of(phase) or ""
    target_lane = lane or lane_for(doc, journey, kind)
    if target_lane is None:
        raise ModelError(_tr("This journey has no lane to put the cards on."))
    if not note_ids:
        raise ModelError(_tr("Select one or more notes or a cluster first."))
    scratch = doc.copy()  # each card is stacked below the ones made before it
    atoms: list[Atom] = []
    for note in note_ids:
        _require(doc, note, k.BRAINSTORM_NOTE)
        change = ops.add_card(scratch, kind, phase, target_lane, str(doc.get(note, "text")))
        scratch.apply(change)
        atoms += change.atoms
    return ChangeSet(tuple(atoms), _tr("Notes to cards"))


def cluster_to_cards(doc: Document, cluster: str, kind: str, phase: str,
                     lane: str | None = None) -> ChangeSet:
    """Every note of ``cluster`` as a card (see :func:`notes_to_cards`)."""
    _require(doc, cluster, k.CLUSTER)
    change = notes_to_cards(doc, cluster_notes(doc, cluster), kind, phase, lane)
    return ChangeSet(change.atoms, _tr("Cluster to cards"))


def lane_for(doc: Document, journey: str, kind: str) -> str | None:
    """The lane a card of ``kind`` goes to: first lane of its type, else the first lane."""
    lanes = doc.lanes(journey, include_hidden=False) or doc.lanes(journey)
    wanted = NOTE_TARGETS.get(kind, "")
    for lane in lanes:
        if doc.get(lane, "lane_type") == wanted:
            return lane
    return lanes[0] if lanes else None


# Dot voting -------------------------------------------------------------------------------


def add_votes(doc: Document, card: str, delta: int = 1) -> ChangeSet:
    """Give (or with a negative ``delta`` take back) dots; never below zero."""
    _require(doc, card, *k.CARD_KINDS)
    if doc.kind(card) not in VOTABLE:
        raise ModelError(_tr("Only pain points and opportunities take votes."))
    votes = max(0, min(999, int(doc.get(card, "votes") or 0) + delta))
    return ChangeSet(ops.update(doc, card, votes=votes).atoms, _tr("Vote"))


def reset_votes(doc: Document, journey: str) -> ChangeSet:
    """Every vote of ``journey`` back to zero: a new round (one undo step)."""
    _require(doc, journey, k.JOURNEY)
    atoms: list[Atom] = [SetAttrs(c, {"votes": int(doc.get(c, "votes"))}, {"votes": 0})
                         for c in doc.cards(journey) if int(doc.get(c, "votes") or 0)]
    return ChangeSet(tuple(atoms), _tr("Reset votes"))


def by_votes(doc: Document, journey: str) -> list[str]:
    """Pain points and opportunities with votes, most votes first."""
    cards = [c for c in doc.cards(journey) if doc.kind(c) in VOTABLE
             and int(doc.get(c, "votes") or 0) > 0]
    return sorted(cards, key=lambda c: (-int(doc.get(c, "votes")), doc.title(c), c))


# Saved views ------------------------------------------------------------------------------


@dataclass(frozen=True)
class View:
    """What one audience sees: lanes and personas left out."""

    node: str
    name: str
    hidden_lanes: frozenset[str]
    hidden_personas: frozenset[str]


def views(doc: Document, journey: str) -> list[View]:
    """The saved views of ``journey``, in their order."""
    found = sorted(doc.sources(journey, k.VIEW_OF),
                   key=lambda n: (float(doc.get(n, "order")), n))
    return [read_view(doc, n) for n in found]


def read_view(doc: Document, view: str) -> View:
    _require(doc, view, k.VIEW)
    return View(view, str(doc.get(view, "name")),
                frozenset(str(doc.get(view, "hidden_lanes")).split()),
                frozenset(str(doc.get(view, "hidden_personas")).split()))


def save_view(doc: Document, journey: str, name: str, hidden_lanes: set[str] | frozenset[str],
              hidden_personas: set[str] | frozenset[str],
              node_id: str | None = None) -> ChangeSet:
    """Save (or overwrite, by name) a view of ``journey``."""
    _require(doc, journey, k.JOURNEY)
    name = name.strip()
    if not name:
        raise ModelError(_tr("A view needs a name."))
    lanes_text = " ".join(sorted(hidden_lanes))
    personas_text = " ".join(sorted(hidden_personas))
    for existing in views(doc, journey):
        if existing.name == name:
            change = ops.update(doc, existing.node, hidden_lanes=lanes_text,
                                hidden_personas=personas_text)
            return ChangeSet(change.atoms, _tr("Save view"))
    node = node_id or new_id()
    if node in doc:
        raise ModelError(_tr("The id {id} is already in use.").format(id=node[:40]))
    attrs = {**k.defaults(k.VIEW), "kind": k.VIEW,
             "name": coerce(k.VIEW, "name", name),
             "hidden_lanes": coerce(k.VIEW, "hidden_lanes", lanes_text),
             "hidden_personas": coerce(k.VIEW, "hidden_personas", personas_text),
             "order": float(len(views(doc, journey)))}
    return ChangeSet((AddNode(node, attrs), AddEdge(node, journey, k.VIEW_OF)),
                     _tr("Save view"))


# Room mode: the room's emotion ratings -------------------------------------------------


def room_score(median: float, scale: tuple[int, int]) -> int:
    """A room's median on its −2…+2 scale as a whole score of the journey's ``scale``."""
    low, high = scale
    share = (min(max(median, -2.0), 2.0) + 2.0) / 4.0
    return int(min(max(round(low + share * (high - low)), low), high))


def adopt_ratings(doc: Document, persona: str, medians: dict[str, float]) -> ChangeSet:
    """The persona's emotions at these touchpoints set to the room's medians (−2…+2,
    rescaled to each journey's scale): the room's curve becomes the team's, one undo step."""
    _require(doc, persona, k.PERSONA)
    if not medians:
        raise ModelError(_tr("Nobody in the room has rated a touchpoint yet."))
    scratch = doc.copy()
    atoms: list[Atom] = []
    for touchpoint, median in medians.items():
        _require(doc, touchpoint, k.TOUCHPOINT)
        journey = doc.journey_of(touchpoint)
        if journey is None:
            continue
        change = ops.set_emotion(scratch, persona, touchpoint,
                                 room_score(median, doc.scale(journey)))
        scratch.apply(change)
        atoms += change.atoms
    return ChangeSet(tuple(atoms), _tr("Adopt the room's emotions"))
