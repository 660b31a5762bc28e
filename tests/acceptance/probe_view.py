"""Reading the probe's answers: the active main window, its journey, widgets by name.

Small, pure functions over the JSON the app's probe returns (klantreis_desktop/ui/probe.py),
so the steps of the day read as what a facilitator does, not as dictionary digging.
"""

from __future__ import annotations

from typing import Any

State = dict[str, Any]


def main_window(state: State, path_or_title: str | None = None) -> dict[str, Any]:
    """The active main window, or the one whose file path or title contains the text."""
    windows = state["main_windows"]
    if path_or_title is not None:
        for window in windows:
            session = window.get("session") or {}
            if path_or_title in (session.get("path") or "") or path_or_title in window["title"]:
                return window
        raise AssertionError(f"no main window for {path_or_title!r}: "
                             f"{[w['title'] for w in windows]}")
    active = [w for w in windows if w["active"]]
    if not active:
        raise AssertionError(f"no active main window; active: {state['active_window']}")
    return active[0]


def journey(window: dict[str, Any]) -> dict[str, Any]:
    session = window["session"]
    return session["document"]["journeys"][session["journey"]]


def lane_of_type(window: dict[str, Any], lane_type: str) -> str:
    for lane, _title, kind in journey(window)["lanes"]:
        if kind == lane_type:
            return lane
    raise AssertionError(f"no {lane_type} lane")


def phase_ids(window: dict[str, Any]) -> list[str]:
    return [phase for phase, _title in journey(window)["phases"]]


def card_by_title(window: dict[str, Any], title: str) -> str:
    for card, data in journey(window)["cards"].items():
        if data["title"] == title:
            return card
    raise AssertionError(f"no card {title!r}: {[c['title'] for c in journey(window)['cards'].values()]}")


def cell(window: dict[str, Any], phase: str, lane: str) -> list[int]:
    return window["canvas"]["cells"][f"{phase}|{lane}"]


def centre(rect: list[int] | tuple[int, ...]) -> tuple[float, float]:
    return rect[0] + rect[2] / 2, rect[1] + rect[3] / 2


def empty_spot(rect: list[int]) -> tuple[float, float]:
    """A point low in a cell, below its stacked cards (where a click starts quick entry)."""
    return rect[0] + rect[2] / 2, rect[1] + rect[3] - 5


def inside(inner: list[int], outer: list[int], slack: int = 1) -> bool:
    return (inner[0] >= outer[0] - slack and inner[1] >= outer[1] - slack
            and inner[0] + inner[2] <= outer[0] + outer[2] + slack
            and inner[1] + inner[3] <= outer[1] + outer[3] + slack)


def window_named(state: State, name: str) -> dict[str, Any] | None:
    for window in state["windows"]:
        if window["name"] == name or window["class"] == name:
            return window
    return None


def widget(window: dict[str, Any], name: str | None = None, cls: str | None = None,
           text: str | None = None) -> dict[str, Any]:
    """The first visible widget of ``window`` with that object name / class / text."""
    for entry in window["widgets"]:
        if name is not None and entry["name"] != name:
            continue
        if cls is not None and entry["class"] != cls:
            continue
        if text is not None and entry["text"].replace("&", "") != text:
            continue
        return entry
    raise AssertionError(f"no widget name={name} cls={cls} text={text} in {window['name']}: "
                         f"{[(w['class'], w['name'], w['text'][:30]) for w in window['widgets']]}")


def has_widget(window: dict[str, Any], name: str) -> bool:
    return any(entry["name"] == name for entry in window["widgets"])


def list_item(list_widget: dict[str, Any], text: str) -> list[int]:
    for item in list_widget.get("items", []):
        if item["text"] == text:
            return item["rect"]
    raise AssertionError(f"no item {text!r} in {[i['text'] for i in list_widget.get('items', [])]}")


def model_of(window: dict[str, Any]) -> dict[str, Any]:
    """What the tests compare of a document: titles and places, not ids or orders."""
    document = window["session"]["document"]
    result: dict[str, Any] = {"channels": sorted(c["title"] for c in document["channels"].values())}
    for data in document["journeys"].values():
        cards = data["cards"]
        result[data["title"]] = {
            "cards": sorted((c["title"], c["kind"], c["phase"], c["lane"], tuple(c["channels"]),
                             c["votes"] or 0) for c in cards.values()),
            "flows": sorted((cards[a]["title"], cards[b]["title"]) for a, b in data["flows"]),
            "emotions": sorted((e["score"], e["anchor"]) for e in data["emotions"].values()),
        }
    return result
