"""A read-only window on the running app for the real-window acceptance tests.

The acceptance suite (tests/acceptance/) drives the app only with real X11 input
(xdotool) and checks the screen with screenshots; to know *where* a card or a button is on
screen, and what the model holds after a gesture, it asks this probe. It is the tests' eyes,
as an accessibility API is for a screen reader: it reads, it never clicks, types or edits.

It is off unless the environment names a folder in ``KLANTREIS_PROBE``. The test writes
``request-<n>.json`` there; the probe (polling every 50 ms on the GUI thread) answers in
``answer-<n>.json``, written whole (temp file, then rename). No socket is opened: the app
listens only in room mode (DESIGN.md, rule 6).
"""

from __future__ import annotations

import json
import os
import traceback
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QPoint, QPointF, QRect, QRectF, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDockWidget,
    QGraphicsView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QTabBar,
    QTextEdit,
    QTreeWidget,
    QWidget,
)
from shiboken6 import Shiboken

ENV = "KLANTREIS_PROBE"
POLL_MS = 50
#: Widget classes whose place and text the tests may need (to click or read them).
_LISTED = (QAbstractButton, QLineEdit, QComboBox, QSpinBox, QLabel, QTabBar, QTextEdit,
           QPlainTextEdit, QAbstractItemView, QGraphicsView, QDockWidget)

_probe: Probe | None = None


def install_if_asked() -> Probe | None:
    """Start the probe when ``KLANTREIS_PROBE`` names a folder; otherwise do nothing."""
    global _probe
    folder = os.environ.get(ENV, "").strip()
    app = QApplication.instance()
    if not folder or app is None or _probe is not None:
        return _probe
    _probe = Probe(Path(folder), app)
    return _probe


class Probe(QObject):
    """Answers the requests it finds in ``folder`` with a description of the app."""

    def __init__(self, folder: Path, parent: QObject) -> None:
        super().__init__(parent)
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        self._timer.start()
        (folder / "ready").write_text(str(os.getpid()), encoding="utf-8")

    def _poll(self) -> None:
        for request in sorted(self.folder.glob("request-*.json")):
            number = request.stem.removeprefix("request-")
            try:
                asked = json.loads(request.read_text(encoding="utf-8"))
                answer: dict[str, Any] = {"ok": True, "state": describe(asked)}
            except Exception:
                answer = {"ok": False, "error": traceback.format_exc()}
            request.unlink(missing_ok=True)
            tmp = self.folder / f".answer-{number}.tmp"
            tmp.write_text(json.dumps(answer, ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, self.folder / f"answer-{number}.json")


# Describing the app ---------------------------------------------------------------------

def describe(asked: dict[str, Any] | None = None) -> dict[str, Any]:
    """Everything the acceptance tests look at, in global (screen) coordinates."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    active, focus, modal = app.activeWindow(), app.focusWidget(), app.activeModalWidget()
    windows = [w for w in app.topLevelWidgets() if Shiboken.isValid(w) and w.isVisible()]
    state: dict[str, Any] = {
        "pid": os.getpid(),
        "screens": [_rect(s.geometry()) for s in app.screens()],
        "active_window": _name(active),
        "focus": _name(focus),
        "modal": _name(modal),
        "windows": [_window(w, w is active) for w in windows],
        "main_windows": [],
    }
    from klantreis_desktop.ui.window.main_window import WINDOWS

    for window in WINDOWS:
        if Shiboken.isValid(window):
            state["main_windows"].append(_main_window(window, window is active))
    return state


def _name(widget: QObject | None) -> dict[str, str] | None:
    if widget is None or not Shiboken.isValid(widget):
        return None
    return {"class": type(widget).__name__, "name": widget.objectName()}


def _rect(rect: QRect | QRectF) -> list[int]:
    return [round(rect.x()), round(rect.y()), round(rect.width()), round(rect.height())]


def _global_rect(widget: QWidget, rect: QRect | None = None) -> list[int]:
    local = rect if rect is not None else widget.rect()
    top_left = widget.mapToGlobal(local.topLeft())
    return [top_left.x(), top_left.y(), local.width(), local.height()]


def _text(widget: QWidget) -> str:
    for attribute in ("text", "currentText", "toPlainText", "windowTitle"):
        getter = getattr(widget, attribute, None)
        if callable(getter):
            try:
                value = getter()
            except TypeError:
                continue
            if isinstance(value, str):
                return value
    return ""


def _window(window: QWidget, active: bool) -> dict[str, Any]:
    """A top-level window and the widgets in it a test may click or read."""
    widgets: list[dict[str, Any]] = []
    for child in window.findChildren(QWidget):
        named = bool(child.objectName()) and not child.objectName().startswith("qt_")
        if not (isinstance(child, _LISTED) or named) or not child.isVisible():
            continue
        entry: dict[str, Any] = {"class": type(child).__name__, "name": child.objectName(),
                                 "text": _text(child)[:200], "rect": _global_rect(child),
                                 "enabled": child.isEnabled()}
        if isinstance(child, QAbstractButton):
            entry["checked"] = child.isChecked()
        if isinstance(child, QListWidget):
            entry["items"] = [
                {"text": child.item(row).text(),
                 "rect": _global_rect(child.viewport(), child.visualItemRect(child.item(row)))}
                for row in range(child.count()) if not child.item(row).isHidden()]
        elif isinstance(child, QTreeWidget):
            entry["items"] = _tree_items(child)
        elif isinstance(child, QTabBar):
            entry["tabs"] = [{"text": child.tabText(i), "rect": _global_rect(child,
                                                                              child.tabRect(i))}
                             for i in range(child.count())]
        elif isinstance(child, QComboBox):
            entry["choices"] = [child.itemText(i) for i in range(child.count())]
        widgets.append(entry)
    frame = window.frameGeometry()
    described = {"class": type(window).__name__, "name": window.objectName(),
                 "title": window.windowTitle(), "active": active, "modal": window.isModal(),
                 "full_screen": window.isFullScreen(), "maximized": window.isMaximized(),
                 "frame": _rect(frame), "rect": _global_rect(window),
                 "screen": _rect(window.screen().geometry()) if window.screen() else None,
                 "widgets": widgets}
    if isinstance(window, QMenu):  # an open menu: its entries, to click them by their text
        described["actions"] = [
            {"text": action.text(), "rect": _global_rect(window, window.actionGeometry(action)),
             "enabled": action.isEnabled(), "submenu": action.menu() is not None}
            for action in window.actions() if action.isVisible() and not action.isSeparator()]
    return described


def _tree_items(tree: QTreeWidget) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    stack = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while stack:
        item = stack.pop(0)
        if item is None:
            continue
        rect = tree.visualItemRect(item)
        if not item.isHidden() and rect.isValid():
            items.append({"text": item.text(0), "rect": _global_rect(tree.viewport(), rect)})
        stack.extend(item.child(i) for i in range(item.childCount()))
    return items


def _main_window(window: Any, active: bool) -> dict[str, Any]:
    session = window.session
    entry: dict[str, Any] = {"title": window.windowTitle(), "active": active,
                             "modified": window.isWindowModified(), "session": None,
                             "status": window.statusBar().currentMessage()}
    if session is None:
        return entry
    stack = session.stack
    entry["session"] = {
        "path": str(session.path) if session.path else None,
        "display_name": session.display_name(),
        "stack": {"index": stack.index(), "count": stack.count(), "clean": stack.isClean(),
                  "undo_text": stack.undoText(), "redo_text": stack.redoText()},
        "journey": window.tabs.current_journey(),
        "document": document_summary(session.doc),
    }
    autosave = window.autosave
    if autosave is not None:
        entry["session"]["autosave"] = {"writes": autosave.writes, "dirty": autosave.dirty,
                                        "error": autosave.last_error}
    scene, view = window.tabs.current_scene(), window.tabs.current_view()
    if scene is not None and view is not None:
        entry["canvas"] = canvas(scene, view)
    from klantreis_desktop.ui.presenting import showing

    shown = showing(window)
    if shown is not None:
        entry["presentation"] = presentation(shown)
    workshop = getattr(window, "workshop", None)
    if workshop is not None:
        entry["room"] = room(workshop)
        board = workshop.board
        entry["board_notes"] = (sorted(item.text for item in board.scene.notes.values())
                                if board is not None and Shiboken.isValid(board) else None)
    return entry


def room(workshop: Any) -> dict[str, Any] | None:
    """Room mode as the facilitator sees it (None when no room is open): its links,
    code, participants, exercise and what the phones gave."""
    shown = workshop.room_window.get()
    session = shown.room if shown is not None else None
    if session is None:
        return None
    return {"links": session.links(), "addresses": session.short_addresses(),
            "code": session.room.join_code, "port": session.port, "open": session.open,
            "exercise": session.exercise,
            "people": sorted(p.name for p in session.people.values()),
            "notes": list(session.room_notes), "tally": dict(session.tally),
            "voters": session.voters, "raters": session.raters,
            "scores": dict(session.scores), "persona": session.rated_persona,
            "overlay": shown.overlay is not None and shown.overlay.curve is not None}


def document_summary(doc: Any) -> dict[str, Any]:
    """The model as plain data: what the tests compare before and after a gesture."""
    journeys = {}
    for journey in doc.journeys():
        journeys[journey] = {
            "title": doc.title(journey),
            "phases": [[p, doc.title(p)] for p in doc.phases(journey)],
            "lanes": [[lane, doc.title(lane), str(doc.get(lane, "lane_type") or "")]
                      for lane in doc.lanes(journey)],
            "cards": {c: {"kind": doc.kind(c), "title": doc.title(c),
                          "phase": doc.phase_of(c), "lane": doc.lane_of(c),
                          "channels": doc.channels_of(c) if doc.kind(c) == "touchpoint"
                          else [], "votes": doc.get(c, "votes")}
                      for c in doc.cards(journey)},
            "flows": [list(f) for f in doc.flows(journey)],
            "emotions": {e: {"score": doc.get(e, "score"), "anchor": doc.emotion_anchor(e)}
                         for e in doc.emotions(journey)},
        }
    return {"title": doc.title(doc.journeys()[0]) if doc.journeys() else "",
            "channels": {c: {"title": doc.title(c), "icon": doc.get(c, "icon")}
                         for c in doc.channels()},
            "personas": {p: doc.title(p) for p in doc.personas()},
            "journeys": journeys,
            "brainstorm": [[n, str(doc.get(n, "text")), str(doc.get(n, "dimension"))]
                           for n in doc.nodes_of_kind("brainstorm_note")]}


def _scene_rect_on_screen(view: QGraphicsView, rect: QRectF) -> list[int]:
    polygon = view.mapFromScene(rect).boundingRect()
    top_left = view.viewport().mapToGlobal(polygon.topLeft())
    return [top_left.x(), top_left.y(), polygon.width(), polygon.height()]


def _scene_point_on_screen(view: QGraphicsView, point: QPointF) -> list[int]:
    on_screen = view.viewport().mapToGlobal(view.mapFromScene(point))
    return [on_screen.x(), on_screen.y()]


def canvas(scene: Any, view: QGraphicsView) -> dict[str, Any]:
    """Where the cards, handles, cells, headers and emotion points are on screen."""
    layout = scene.layout
    viewport = view.viewport()
    visible = QRect(viewport.mapToGlobal(QPoint(0, 0)), viewport.size())
    result: dict[str, Any] = {"viewport": _rect(visible), "zoom": view.transform().m11(),
                              "cards": {}, "handles": {}, "cells": {}, "phases": {},
                              "lanes": {}, "points": {}, "focus_cell": scene.focus_cell,
                              "selected": list(scene.selected_cards()),
                              "editing": scene.entry.editor is not None,
                              "spotlight": sorted(scene.spotlight) if scene.spotlight else None}
    for card, item in scene.cards.items():
        result["cards"][card] = _scene_rect_on_screen(view, item.card_rect())
        if item.has_handle():
            result["handles"][card] = _scene_point_on_screen(view, item.handle_center())
    if layout is not None:
        for (phase, lane), cell in layout.cells.items():
            result["cells"][f"{phase}|{lane}"] = _scene_rect_on_screen(
                view, QRectF(cell.x, cell.y, cell.w, cell.h))
        for column in layout.columns:
            header = column.header
            result["phases"][column.phase] = _scene_rect_on_screen(
                view, QRectF(header.x, header.y, header.w, header.h))
        for row in layout.rows:
            header = row.header
            result["lanes"][row.lane] = _scene_rect_on_screen(
                view, QRectF(header.x, header.y, header.w, header.h))
    for emotion, point in scene.points.items():
        if point.isVisible():
            result["points"][emotion] = _scene_point_on_screen(
                view, point.mapToScene(point.rect().center()))
    marks = getattr(getattr(scene, "measured", None), "conformance", None)
    result["conformance"] = None if marks is None else {  # a check against an event log
        "arrows": {f"{m.source}|{m.target}": m.label for m in marks.arrows},
        "drops": {d.touchpoint: _scene_rect_on_screen(view, QRectF(d.rect.x, d.rect.y,
                                                                   d.rect.w, d.rect.h))
                  for d in marks.drops}}
    result["measured"] = measured(scene, view)
    return result


def measured(scene: Any, view: QGraphicsView) -> dict[str, Any]:
    """The figures on the canvas (issue 19): metric badges, measured curves with their
    "check this assumption" flags, and the lines of every metrics-lane cell."""
    layer = scene.measured
    badges = layer.badges.badges if layer.badges is not None else ()
    curves = layer.curves.curves if layer.curves is not None else ()
    lane = scene.metrics_lane
    return {
        "badges": {b.node: {"text": b.text, "rect": _scene_rect_on_screen(
            view, QRectF(b.rect.x, b.rect.y, b.rect.w, b.rect.h))} for b in badges},
        "curves": [{"label": c.label, "persona": c.persona,
                    "points": [{"anchor": p.anchor, "n": p.n, "median": p.median,
                                "flagged": p.flagged} for p in c.points]} for c in curves],
        "metrics_lane": {f"{phase}|{lane_id}": [f"{line.name}: {line.figures}"
                                                 for line in lines]
                         for (phase, lane_id), lines in lane.cells.items()}
        if lane.isVisible() else {},
    }


def presentation(shown: Any) -> dict[str, Any]:
    """What the presentation shows: the phase, the zoom and which lanes are on screen."""
    view = shown.view
    result = canvas(shown.scene, view)
    result["index"] = shown.index
    from PySide6.QtCore import QAbstractAnimation

    result["animating"] = shown._animation.state() == QAbstractAnimation.State.Running
    result["step"] = shown.slice
    result["slices"] = shown.slice_count(shown.index)  # the overview is walked down too
    result["at_end"] = (shown.index == len(shown.phases()) - 1
                        and shown.slice == result["slices"] - 1)
    result["screen"] = _rect(shown.geometry())
    return result
