"""The persona editor: the document's personas with photo, profile and empathy map.

Edits are live commands on the document (typing merges per field), so the canvas and the
palette update while the dialog is open, and Undo after closing takes back each change.
A photo is read from disk, re-encoded by the storage layer and embedded in the document.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from klantreis_desktop.layout.style import persona_colour
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model import operations as ops
from klantreis_desktop.model.changes import ChangeSet
from klantreis_desktop.model.model_error import ModelError
from klantreis_desktop.storage import KlantreisFileError
from klantreis_desktop.storage.images import import_photo
from klantreis_desktop.ui.dialogs.confirm import confirm as ask
from klantreis_desktop.ui.dialogs.field_editors import FieldBinding, align_top
from klantreis_desktop.ui.docks.palette import colour_dot
from klantreis_desktop.ui.labels import field_label
from klantreis_desktop.ui.session import DocumentSession

PROFILE_FIELDS = ("name", "age", "role", "colour")
STORY_FIELDS = ("goals", "needs", "frustrations", "preferred_channels", "quote")
#: The empathy map: a 2 × 2 square (says, thinks / does, feels) and a row (pains, gains).
EMPATHY_GRID = (("says", "thinks"), ("does", "feels"), ("pains", "gains"))
PHOTO_SIZE = 112


class PersonaEditor(QDialog):
    """Edit all personas of the document; ``journey`` enables the "in this journey" box."""

    def __init__(self, session: DocumentSession, journey: str | None = None,
                 persona: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("persona_editor")
        self.setWindowTitle(self.tr("Personas"))
        self.session = session
        self.journey = journey
        self.persona: str | None = None
        self.bindings: dict[str, FieldBinding] = {}

        outer = QVBoxLayout(self)
        split = QSplitter(self)
        outer.addWidget(split, 1)

        left = QWidget(split)
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget(left)
        self.list.setObjectName("persona_list")
        self.list.setIconSize(QSize(20, 20))
        self.list.currentItemChanged.connect(self._list_changed)
        left_box.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add"), left)
        self.add_button.setObjectName("persona_add")
        self.add_button.clicked.connect(lambda: self.add_persona())
        self.remove_button = QPushButton(self.tr("Remove…"), left)
        self.remove_button.setObjectName("persona_remove")
        self.remove_button.clicked.connect(self._remove_clicked)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        left_box.addLayout(buttons)

        self.form_page = self._build_form()
        split.addWidget(left)
        split.addWidget(self.form_page)
        split.setStretchFactor(1, 1)
        split.setSizes([200, 700])

        self.error_label = QLabel(self)
        self.error_label.setObjectName("persona_error")
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        outer.addWidget(self.error_label)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.accept)
        outer.addWidget(close)
        self.resize(980, 680)

        session.model_changed.connect(self._on_model_changed)
        self._fill_list(persona)

    # Building -----------------------------------------------------------------------

    def _field(self, name: str, parent: QWidget) -> FieldBinding:
        binding = FieldBinding(name, k.SCHEMA[k.PERSONA][name], parent)
        binding.edited.connect(self._edited)
        self.bindings[name] = binding
        return binding

    def _build_form(self) -> QTabWidget:
        """Two pages: the profile (photo, facts, story) and the empathy map."""
        pages = QTabWidget()
        pages.setObjectName("persona_pages")
        pages.addTab(_scrolling(self._build_profile()), self.tr("Profile"))
        pages.addTab(_scrolling(self._build_empathy()), self.tr("Empathy map"))
        return pages

    def _build_profile(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        top = QHBoxLayout()
        box.addLayout(top)

        photo_box = QVBoxLayout()
        self.photo_label = QLabel(page)
        self.photo_label.setObjectName("persona_photo")
        self.photo_label.setFixedSize(PHOTO_SIZE, PHOTO_SIZE)
        self.photo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo_label.setStyleSheet("border: 1px solid #c8d0d8; background: #f4f6f8;")
        photo_box.addWidget(self.photo_label)
        choose = QPushButton(self.tr("Choose photo…"), page)
        choose.setObjectName("persona_choose_photo")
        choose.clicked.connect(self._choose_photo)
        photo_box.addWidget(choose)
        self.remove_photo_button = QPushButton(self.tr("Remove photo"), page)
        self.remove_photo_button.clicked.connect(self.remove_photo)
        photo_box.addWidget(self.remove_photo_button)
        photo_box.addStretch(1)
        top.addLayout(photo_box)

        profile = QFormLayout()
        for name in PROFILE_FIELDS:
            binding = self._field(name, page)
            profile.addRow(field_label(name), binding.widget)
        self.in_journey = QCheckBox(self.tr("This persona is part of the current journey"), page)
        self.in_journey.setObjectName("persona_in_journey")
        self.in_journey.toggled.connect(self._journey_toggled)
        self.in_journey.setVisible(self.journey is not None)
        profile.addRow("", self.in_journey)
        top.addLayout(profile, 1)

        story = QFormLayout()
        for name in STORY_FIELDS:
            binding = self._field(name, page)
            label = QLabel(field_label(name), page)
            label.setAlignment(align_top(binding.widget))
            story.addRow(label, binding.widget)
        box.addLayout(story)
        box.addStretch(1)
        return page

    def _build_empathy(self) -> QWidget:
        """Says/thinks over does/feels, with pains and gains below: the workshop poster."""
        page = QWidget()
        grid = QGridLayout(page)
        for row, pair in enumerate(EMPATHY_GRID):
            for column, name in enumerate(pair):
                binding = self._field(name, page)
                binding.widget.setMinimumHeight(binding.widget.fontMetrics().lineSpacing() * 6)
                binding.widget.setMaximumHeight(16_777_215)
                cell = QVBoxLayout()
                title = QLabel(field_label(name), page)
                font = title.font()
                font.setBold(True)
                title.setFont(font)
                cell.addWidget(title)
                cell.addWidget(binding.widget, 1)
                grid.addLayout(cell, row, column)
            grid.setRowStretch(row, 1)
        return page

    # Showing ------------------------------------------------------------------------

    def _fill_list(self, select: str | None = None) -> None:
        doc = self.session.doc
        keep = select or self.persona
        self.list.blockSignals(True)
        self.list.clear()
        for persona in doc.personas():
            item = QListWidgetItem(colour_dot(str(doc.get(persona, "colour"))),
                                   doc.title(persona) or "–")
            item.setData(Qt.ItemDataRole.UserRole, persona)
            self.list.addItem(item)
            if persona == keep:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        current = self.list.currentItem()
        self._show(str(current.data(Qt.ItemDataRole.UserRole)) if current else None)

    def _list_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        self._show(str(current.data(Qt.ItemDataRole.UserRole)) if current else None)

    def _show(self, persona: str | None) -> None:
        self.persona = persona
        self.form_page.setEnabled(persona is not None)
        self.remove_button.setEnabled(persona is not None)
        self._refresh()

    def _refresh(self) -> None:
        doc = self.session.doc
        persona = self.persona
        if persona is None or persona not in doc:
            self.photo_label.clear()
            return
        for name, binding in self.bindings.items():
            binding.set_value(doc.get(persona, name))
        self.in_journey.blockSignals(True)
        self.in_journey.setChecked(self.journey is not None and self.journey in doc
                                   and persona in doc.personas_of(self.journey))
        self.in_journey.blockSignals(False)
        self._show_photo(str(doc.get(persona, "photo") or ""))

    def _show_photo(self, asset: str) -> None:
        data = self.session.doc.assets.get(asset) if asset else None
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.photo_label.setPixmap(pixmap.scaled(
                PHOTO_SIZE - 4, PHOTO_SIZE - 4, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        else:
            self.photo_label.setPixmap(QPixmap())
            self.photo_label.setText(self.tr("No photo"))
        self.remove_photo_button.setEnabled(bool(data))

    def shown_photo(self) -> QPixmap:
        """The photo as displayed (for tests and for a quick look)."""
        return self.photo_label.pixmap()

    def _on_model_changed(self, change: ChangeSet) -> None:
        doc = self.session.doc
        touched = change.touched_nodes()
        if any(n not in doc or doc.kind(n) == k.PERSONA for n in touched):
            names = [(self.list.item(i).data(Qt.ItemDataRole.UserRole), self.list.item(i).text())
                     for i in range(self.list.count())]
            wanted = [(p, doc.title(p) or "–") for p in doc.personas()]
            if names != wanted:
                self._fill_list()
                return
        self._refresh()

    # Editing ------------------------------------------------------------------------

    def _push(self, build: Callable[[], ChangeSet], merge_key: str | None = None) -> bool:
        try:
            change = build()
        except (ModelError, KlantreisFileError) as error:
            self.error_label.setText(str(error))
            self.error_label.show()
            self._refresh()
            return False
        self.error_label.hide()
        return self.session.push(change, merge_key)

    def _edited(self, name: str, value: object) -> None:
        persona = self.persona
        if persona is None:
            return
        key = f"persona:{persona}:{name}:{self.bindings[name].generation}"
        self._push(lambda: ops.update(self.session.doc, persona, **{name: value}), key)

    def add_persona(self, name: str | None = None) -> str | None:
        """Add a persona (in the next free colour) and select it; returns its id."""
        doc = self.session.doc
        count = len(doc.personas())
        name = name or self.tr("Persona %1").replace("%1", str(count + 1))
        change_box: list[ChangeSet] = []

        def build() -> ChangeSet:
            change = ops.add_persona(doc, name, colour=persona_colour(count))
            change_box.append(change)
            return change

        if not self._push(build):
            return None
        persona = ops.created_id(change_box[0])
        journey = self.journey
        if journey is not None and journey in doc:
            self._push(lambda: ops.attach_persona(doc, journey, persona))
        self._fill_list(persona)
        self.bindings["name"].widget.setFocus()
        return persona

    def _remove_clicked(self) -> None:
        if self.persona is not None:
            self.remove_persona(self.persona)

    def remove_persona(self, persona: str, confirm: bool = True) -> bool:
        doc = self.session.doc
        if confirm and not ask(
                self, self.tr("Remove persona"),
                self.tr("Remove the persona “%1” and their emotion curves from every "
                        "journey?").replace("%1", doc.title(persona))):
            return False
        self.persona = None
        return self._push(lambda: ops.remove(doc, persona))

    def _journey_toggled(self, on: bool) -> None:
        persona, journey, doc = self.persona, self.journey, self.session.doc
        if persona is None or journey is None:
            return
        if on:
            self._push(lambda: ops.attach_persona(doc, journey, persona))
        else:
            self._push(lambda: ops.detach_persona(doc, journey, persona))

    def _choose_photo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a photo"), str(Path.home()),
            self.tr("Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)"))
        if path:
            self.set_photo_from_file(Path(path))

    def set_photo_from_file(self, path: Path) -> bool:
        """Embed the image at ``path`` as the current persona's photo (one undo step)."""
        persona, doc = self.persona, self.session.doc
        if persona is None:
            return False

        def build() -> ChangeSet:
            # A file that cannot be read says why (no permission, in use, gone), not
            # "not an image"; one far too large is refused before it is read.
            asset, png = import_photo(path)
            doc.assets[asset] = png  # unreferenced assets are dropped when saving
            change = ops.update(doc, persona, photo=asset)
            return ChangeSet(change.atoms, self.tr("Set photo"))

        return self._push(build)

    def remove_photo(self) -> None:
        persona, doc = self.persona, self.session.doc
        if persona is not None:
            self._push(lambda: ChangeSet(ops.update(doc, persona, photo="").atoms,
                                         self.tr("Remove photo")))

    def done(self, result: int) -> None:
        self.session.model_changed.disconnect(self._on_model_changed)
        super().done(result)


def _scrolling(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(widget)
    return area
