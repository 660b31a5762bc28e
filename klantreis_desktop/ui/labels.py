"""Translated labels for kinds, attributes and choices, shared by the window's panels.

Every label is a literal ``QCoreApplication.translate("Labels", ...)`` call so lupdate finds
it; the tables are built on demand so they follow the language installed at start-up.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def field_tip(name: str) -> str:
    """A tooltip that explains an attribute whose label cannot say it all ("" for none)."""
    if name == "assumption_threshold":
        return _tr("After importing a survey or metrics: an emotion score the team assumed "
                   "is flagged “check this assumption” when the measured median differs "
                   "from it by more than this many points on the journey's scale.")
    return ""


def kind_label(kind: str) -> str:
    """The name of an element kind as the user reads it ("Pain point")."""
    table = {
        "journey": _tr("Journey"),
        "persona": _tr("Persona"),
        "phase": _tr("Phase"),
        "lane": _tr("Lane"),
        "touchpoint": _tr("Touchpoint"),
        "pain": _tr("Pain point"),
        "opportunity": _tr("Opportunity"),
        "note": _tr("Note"),
        "goal": _tr("Goal / KPI"),
        "emotion": _tr("Emotion point"),
        "channel": _tr("Channel"),
    }
    return table.get(kind, kind)


def field_label(name: str) -> str:
    """The label of an attribute in forms."""
    table = {
        "title": _tr("Title"),
        "description": _tr("Description"),
        "votes": _tr("Votes"),
        "evidence": _tr("Evidence"),
        "source": _tr("Source"),
        "colour": _tr("Colour"),
        "interaction": _tr("Interaction type"),
        "department": _tr("Department"),
        "moment_of_truth": _tr("Moment of truth"),
        "impact": _tr("Impact"),
        "effort": _tr("Effort"),
        "term": _tr("Term"),
        "target": _tr("Target"),
        "score": _tr("Score"),
        "note": _tr("Note"),
        "name": _tr("Name"),
        "icon": _tr("Icon"),
        "duration": _tr("Duration"),
        "goal": _tr("Goal"),
        "kpi": _tr("KPI"),
        "width": _tr("Width"),
        "height": _tr("Height"),
        "hidden": _tr("Hidden"),
        "lane_type": _tr("Lane type"),
        "shows_figures": _tr("Shows the figures"),
        "scenario": _tr("Scenario"),
        "scale": _tr("Emotion scale"),
        "time_span": _tr("Time span"),
        "end_goal": _tr("End goal"),
        "assumption_threshold": _tr("Assumption check: allowed difference (points)"),
        "age": _tr("Age"),
        "role": _tr("Role"),
        "goals": _tr("Goals"),
        "needs": _tr("Needs"),
        "frustrations": _tr("Frustrations"),
        "preferred_channels": _tr("Preferred channels"),
        "quote": _tr("Quote"),
        "photo": _tr("Photo"),
        "says": _tr("Says"),
        "thinks": _tr("Thinks"),
        "does": _tr("Does"),
        "feels": _tr("Feels"),
        "pains": _tr("Pains"),
        "gains": _tr("Gains"),
        "channels": _tr("Channels"),
        "language": _tr("Poster language"),
        "version": _tr("Version"),
        "author": _tr("Author"),
        "organisation": _tr("Organisation"),
        "logo": _tr("Logo"),
    }
    return table.get(name, name.replace("_", " ").capitalize())


#: Languages are named in themselves, as language pickers do (not translated).
LANGUAGE_NAMES = {"nl": "Nederlands", "en": "English"}


def choice_label(name: str, value: str) -> str:
    """The label of one value of an enumerated attribute ("" reads as "not set")."""
    if name == "language":
        return LANGUAGE_NAMES.get(value, value) if value else _tr("The document's language")
    if value == "":
        return _tr("(not set)")
    tables: dict[str, dict[str, str]] = {
        "evidence": {"observed": _tr("Observed"), "assumed": _tr("Assumed")},
        "source": {
            "interview": _tr("Interview"), "survey": _tr("Survey"),
            "web_stats": _tr("Web statistics"), "complaints": _tr("Complaints"),
            "observation": _tr("Observation"), "crm": _tr("CRM data"), "other": _tr("Other"),
        },
        "interaction": {
            "mass_anonymous": _tr("Mass, anonymous"),
            "mass_targeted": _tr("Mass, targeted"),
            "interactive_anonymous": _tr("Interactive, anonymous"),
            "interactive_personal": _tr("Interactive, personal"),
        },
        "term": {"short": _tr("Short term"), "long": _tr("Long term")},
        "scenario": {"current": _tr("Current situation"), "ideal": _tr("Ideal situation")},
        "scale": {"-2..2": _tr("−2 … +2"), "1..5": _tr("1 … 5")},
        "lane_type": {
            "touchpoints": _tr("Touchpoints"), "channels": _tr("Channels"),
            "emotions": _tr("Emotions"), "thoughts": _tr("Thoughts"),
            "pains": _tr("Pain points"), "opportunities": _tr("Opportunities"),
            "backstage": _tr("Backstage"), "kpis": _tr("KPIs"),
            "notes": _tr("Notes"),
            "custom": _tr("Custom"),
        },
        "icon": {
            "website": _tr("Website"), "email": _tr("E-mail"), "phone": _tr("Phone"),
            "store": _tr("Store"), "social": _tr("Social media"), "app": _tr("App"),
            "mail": _tr("Post"), "face_to_face": _tr("Face to face"),
            "advertising": _tr("Advertising"), "chat": _tr("Chat"), "search": _tr("Search"),
            "review": _tr("Reviews"), "other": _tr("Other"),
        },
    }
    return tables.get(name, {}).get(value, value)
