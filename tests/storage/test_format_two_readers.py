"""Files this version writes still open in 0.1.0, the first release (format version 2).

0.1.0 keeps node attributes it does not know, but refuses a file whose known attributes
hold a value it does not know ("not valid"): a new lane type in a version-2 file made the
whole journey unreadable for a colleague on 0.1.0. So while the format stays at version 2,
every enumeration 0.1.0 checks may not gain a value; a new feature takes a new attribute
(as the metrics lane's ``shows_figures``), or the format version goes up with a migration.
"""

from __future__ import annotations

from klantreis_desktop import storage
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model import operations as ops
from klantreis_desktop.templates import build_sample

_SOURCES = ("", "interview", "survey", "web_stats", "complaints", "observation", "crm",
            "other")
_EVIDENCE = ("", "observed", "assumed")
_TERMS = ("", "short", "long")
#: Every enumerated attribute 0.1.0 checks on load, with the values it accepts (copied
#: from 0.1.0's model/kinds.py, commit b14cc37).
FORMAT_TWO_CHOICES: dict[str, dict[str, tuple[str, ...]]] = {
    "channel": {"icon": ("website", "email", "phone", "store", "social", "app", "mail",
                         "face_to_face", "advertising", "chat", "search", "review",
                         "other")},
    "goal": {"evidence": _EVIDENCE, "source": _SOURCES},
    "journey": {"scale": ("-2..2", "1..5"), "scenario": ("current", "ideal")},
    "lane": {"lane_type": ("touchpoints", "channels", "emotions", "thoughts", "pains",
                           "opportunities", "backstage", "kpis", "notes", "custom")},
    "note": {"evidence": _EVIDENCE, "source": _SOURCES},
    "opportunity": {"evidence": _EVIDENCE, "source": _SOURCES, "term": _TERMS},
    "pain": {"evidence": _EVIDENCE, "source": _SOURCES, "term": _TERMS},
    "touchpoint": {"evidence": _EVIDENCE, "source": _SOURCES,
                   "interaction": ("", "mass_anonymous", "mass_targeted",
                                   "interactive_anonymous", "interactive_personal")},
}
FORMAT_TWO_KINDS = ("brainstorm_note", "channel", "cluster", "emotion", "goal", "journey",
                    "lane", "note", "opportunity", "pain", "persona", "phase",
                    "touchpoint", "view", "workshop_step")


def test_the_format_is_still_version_two():
    # When this fails the format moved on: 0.1.0 then says "made with a newer version"
    # by itself, and the tables below may be dropped with this test.
    assert storage.CURRENT_VERSION == 2


def test_no_enumeration_0_1_0_checks_gained_a_value():
    for kind, fields in FORMAT_TWO_CHOICES.items():
        for name, accepted in fields.items():
            field = k.SCHEMA[kind][name]
            assert field.choices is not None, (kind, name)
            new = [value for value in field.choices if value not in accepted]
            assert new == [], f"{kind}.{name} gained {new}: 0.1.0 refuses such files"
    assert set(FORMAT_TWO_KINDS) <= set(k.SCHEMA)


def test_a_metrics_lane_is_a_kpi_lane_that_shows_the_figures():
    doc = build_sample("schoonmaak", "nl")
    journey = doc.journeys()[0]
    change = ops.add_lane(doc, journey, "Cijfers", "kpis", 1, shows_figures=True)
    doc.apply(change)
    lane = ops.created_id(change)
    back = storage.loads(storage.dumps(doc)).document
    attrs = back.graph.nodes[lane]
    assert attrs["lane_type"] in FORMAT_TWO_CHOICES["lane"]["lane_type"]
    assert attrs["shows_figures"] is True
