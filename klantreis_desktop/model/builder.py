"""Build a document from a plain spec (templates and samples in ``resources/``).

A spec is JSON-like data with short local ids; the builder turns it into model
operations, so a template can never hold anything the operations would refuse. Ids are
derived from the local ids with uuid5, so building the same spec twice gives the same
document (and the same file bytes).

Spec shape::

    {"title": str, "lang": "nl"|"en",
     "channels": [{"id", "name", "icon"}],
     "personas": [{"id", "name", ...persona fields}],
     "journeys": [{"id", "title", ...journey fields, "personas": [persona ids],
                   "phases": [{"id", "title", ...}], "lanes": [{"id", "title", "lane_type"}],
                   "cards": [{"id", "kind", "phase", "lane", "title", "channels": [...], ...}],
                   "flows": [[from, to]],
                   "emotions": [{"persona", "on": card or phase id, "score"}]}]}
"""

from __future__ import annotations

import uuid
from typing import Any

from klantreis_desktop.model import operations as ops
from klantreis_desktop.model.document import Document
from klantreis_desktop.model.model_error import ModelError

_NAMESPACE = uuid.UUID("6f1c2a52-8a0e-4e53-9a55-8f0f3c0b7a11")
_STRUCTURAL = {"id", "phases", "lanes", "cards", "flows", "emotions", "personas", "kind",
               "phase", "lane", "channels", "on"}


def build(spec: dict[str, Any], seed: str | None = None) -> Document:
    """A new document made from ``spec``. ``seed`` varies the ids (None: from the title)."""
    doc = Document(meta={"title": spec.get("title", ""), "lang": spec.get("lang", "en")})
    prefix = seed if seed is not None else str(spec.get("title", ""))
    ids: dict[str, str] = {}

    def node_id(local: str) -> str:
        if local in ids:
            raise ModelError(f"duplicate id in spec: {local}")
        ids[local] = uuid.uuid5(_NAMESPACE, f"{prefix}/{local}").hex
        return ids[local]

    def ref(local: str) -> str:
        if local not in ids:
            raise ModelError(f"unknown id in spec: {local}")
        return ids[local]

    def fields(item: dict[str, Any], *skip: str) -> dict[str, Any]:
        return {key: v for key, v in item.items() if key not in _STRUCTURAL and key not in skip}

    for channel in spec.get("channels", []):
        doc.apply(ops.add_channel(doc, channel["name"], channel.get("icon", "other"),
                                  node_id=node_id(channel["id"])))
    for persona in spec.get("personas", []):
        doc.apply(ops.add_persona(doc, node_id=node_id(persona["id"]), **fields(persona)))
    for journey in spec.get("journeys", []):
        jid = node_id(journey["id"])
        doc.apply(ops.add_journey(doc, node_id=jid, **fields(journey)))
        for persona in journey.get("personas", []):
            doc.apply(ops.attach_persona(doc, jid, ref(persona)))
        for phase in journey.get("phases", []):
            doc.apply(ops.add_phase(doc, jid, node_id=node_id(phase["id"]), **fields(phase)))
        for lane in journey.get("lanes", []):
            doc.apply(ops.add_lane(doc, jid, node_id=node_id(lane["id"]), **fields(lane)))
        for card in journey.get("cards", []):
            doc.apply(ops.add_card(
                doc, card["kind"], ref(card["phase"]), ref(card["lane"]),
                node_id=node_id(card["id"]),
                channels=[ref(c) for c in card.get("channels", [])], **fields(card)))
        for source, target in journey.get("flows", []):
            doc.apply(ops.connect_flow(doc, ref(source), ref(target)))
        for index, emotion in enumerate(journey.get("emotions", [])):
            doc.apply(ops.set_emotion(
                doc, ref(emotion["persona"]), ref(emotion["on"]), emotion["score"],
                node_id=node_id(f"{journey['id']}/emotion/{index}")))
    return doc
