"""The audience menu (V while presenting): hide lanes and personas, save and pick views."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QInputDialog, QMenu

from klantreis_desktop.model import workshop as ws
from klantreis_desktop.model.model_error import ModelError

if TYPE_CHECKING:
    from klantreis_desktop.ui.presenting.window import PresentationWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("Presenting", text)


def build_audience_menu(window: PresentationWindow) -> QMenu:
    """Lanes and personas as check boxes, the saved views, and "Save view as…"."""
    doc, journey, scene = window.doc, window.journey, window.scene
    menu = QMenu(window)
    menu.setObjectName("audience_menu")
    menu.setStyleSheet("QMenu { font-size: 20px; }")
    menu.addSection(_tr("Lanes"))
    for lane in doc.lanes(journey, include_hidden=False):
        action = menu.addAction(doc.title(lane) or _tr("(untitled lane)"))
        action.setCheckable(True)
        action.setChecked(lane not in scene.hidden_lanes)
        action.toggled.connect(lambda on, lane=lane: window.set_audience(
            (scene.hidden_lanes - {lane}) if on else (scene.hidden_lanes | {lane}),
            window.hidden_personas))
    personas = doc.personas_of(journey)
    if personas:
        menu.addSection(_tr("Personas"))
    for persona in personas:
        action = menu.addAction(doc.title(persona) or _tr("(unnamed persona)"))
        action.setCheckable(True)
        action.setChecked(persona not in window.hidden_personas)
        action.toggled.connect(lambda on, persona=persona: window.set_audience(
            set(scene.hidden_lanes), (window.hidden_personas - {persona}) if on
            else (window.hidden_personas | {persona})))
    menu.addSection(_tr("Saved views"))
    everything = menu.addAction(_tr("Everything"))
    everything.triggered.connect(lambda: window.set_audience(set(), set()))
    for view in ws.views(doc, journey):
        action = menu.addAction(view.name)
        action.triggered.connect(lambda _on=False, node=view.node: window.apply_view(node))
    menu.addSeparator()
    save = menu.addAction(_tr("Save view as…"))
    save.triggered.connect(lambda: ask_and_save_view(window))
    return menu


def show_audience_menu(window: PresentationWindow) -> None:
    """The menu at the pointer; deleted afterwards (else every V press leaves one behind)."""
    menu = build_audience_menu(window)
    try:
        menu.exec(QCursor.pos())
    finally:
        menu.deleteLater()


def ask_and_save_view(window: PresentationWindow) -> bool:
    name, ok = QInputDialog.getText(window, _tr("Save view"),
                                    _tr("Name of this view (for example “Board”):"))
    if not ok:
        return False
    try:
        return window.save_view(name)
    except ModelError as error:
        window.view.setToolTip(str(error))
        return False
