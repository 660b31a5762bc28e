"""The right-hand inspector: every attribute of the selected element, edited as commands.

Built from the model's SCHEMA so a new attribute shows up without code here. Each edit is
one ``update`` (or ``set_channels``) pushed with a merge key per element, field and
editing session, so typing a title is one undo step. Model changes (undo, the canvas)
refresh the values in place without touching the field the user is typing in.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from klantreis_desktop.model import kinds as k
from klantreis_desktop.model import operations as ops
from klantreis_desktop.model.changes import ChangeSet
from klantreis_desktop.model.model_error import ModelError
from klantreis_desktop.ui.dialogs.field_editors import FieldBinding, align_top
from klantreis_desktop.ui.docks.palette import colour_dot
from klantreis_desktop.ui.icons import channel_icon
from klantreis_desktop.ui.labels import field_label, field_tip, kind_label
from klantreis_desktop.ui.session import DocumentSession

#: The order of the fields per kind; fields not named here follow in schema order.
FIELD_ORDER: dict[str, tuple[str, ...]] = {
    k.TOUCHPOINT: ("title", "description", "channels", "interaction", "department",
                   "moment_of_truth", "evidence", "source", "votes", "colour"),
    k.PAIN: ("title", "description", "impact", "effort", "term", "evidence", "source",
             "votes", "colour"),
    k.OPPORTUNITY: ("title", "description", "impact", "effort", "term", "evidence",
                    "source", "votes", "colour"),
    k.GOAL: ("title", "target", "description", "evidence", "source", "votes", "colour"),
    k.NOTE: ("title", "description", "evidence", "source", "votes", "colour"),
    k.JOURNEY: ("title", "scenario", "scale", "time_span", "end_goal", "description",
                "language", "version", "author", "organisation"),
    k.PHASE: ("title", "duration", "goal", "kpi"),
    k.LANE: ("title", "lane_type", "shows_figures", "hidden"),
    k.EMOTION: ("score", "note"),
    k.CHANNEL: ("name", "icon"),
    k.PERSONA: ("name", "role", "age", "quote"),
}
#: Attributes the canvas sets by dragging, and pictures (an asset name means nothing to
#: read: the persona editor and the journey dialog have pickers for them).
HIDDEN_FIELDS = frozenset({"order", "width", "height", "photo", "logo"})
#: A label longer than about this many characters goes above its field (see add_row).
LABEL_CHARS = 16


def ordered_fields(kind: str) -> list[str]:
    first = [name for name in FIELD_ORDER.get(kind, ()) if name in k.SCHEMA[kind]
             or name == "channels"]
    rest = [name for name in k.SCHEMA[kind] if name not in first and name not in HIDDEN_FIELDS]
    return first + rest


def add_row(form: QFormLayout, label: QLabel, field: QWidget) -> None:
    """A short label beside its field; a long one (or a text to write) above it, the
    field then using the whole width. The longest label ("Moment of truth") used to set
    the label column and squeeze every field (a journey's Title ~90 px wide)."""
    room = label.fontMetrics().averageCharWidth() * LABEL_CHARS
    if isinstance(field, QCheckBox) and label.sizeHint().width() > room:
        field.setText(label.text())  # "☐ Moment of truth", not a label over a lone box
        label.hide()
        form.addRow(field)
    elif isinstance(field, (QPlainTextEdit, QListWidget)) or label.sizeHint().width() > room:
        label.setWordWrap(True)
        form.addRow(label)
        form.addRow(field)
    else:
        form.addRow(label, field)


class Inspector(QScrollArea):
    """Shows the selection of the current journey (or the journey itself when none)."""

    #: Ask the window to open the journey properties dialog / the persona editor.
    journey_properties_requested = Signal()
    persona_editor_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inspector")
        self.setWidgetResizable(True)
        self.setMinimumWidth(260)
        # The form follows the dock's width (long Dutch labels wrap above their field).
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.session: DocumentSession | None = None
        self.journey: str | None = None
        self.ids: list[str] = []
        self.node: str | None = None
        self.bindings: dict[str, FieldBinding] = {}
        self.channel_list: QListWidget | None = None
        #: An emotion point's persona (a combo box: the point can move to another curve).
        self.persona_chooser: QComboBox | None = None
        self._personas_shown: list[tuple[str, str, str]] = []  # (id, title, colour) listed
        self.error_label: QLabel | None = None
        #: A touchpoint's or phase's figures (issue 19), read-only: File › Import › Metrics.
        self.figures_label: QLabel | None = None
        self._rebuild()

    # Input --------------------------------------------------------------------------

    def set_session(self, session: DocumentSession | None) -> None:
        if self.session is not None:
            self.session.model_changed.disconnect(self._on_model_changed)
        self.session = session
        if session is not None:
            session.model_changed.connect(self._on_model_changed)
        self.journey, self.ids = None, []
        self._rebuild()

    def set_selection(self, journey: str | None, ids: list[str]) -> None:
        """Show ``ids`` of ``journey`` (the journey itself when nothing is selected)."""
        if journey == self.journey and list(ids) == self.ids:
            return
        self.journey, self.ids = journey, list(ids)
        self._rebuild()

    def _target(self) -> str | None:
        doc = self.session.doc if self.session is not None else None
        if doc is None:
            return None
        alive = [i for i in self.ids if i in doc]
        if len(alive) == 1:
            return alive[0]
        if not alive and self.journey is not None and self.journey in doc:
            return self.journey
        return None

    # Building -----------------------------------------------------------------------

    def _rebuild(self) -> None:
        self.bindings = {}
        self.channel_list = None
        self.persona_chooser = None
        self.figures_label = None
        self.node = self._target()
        page = QWidget()
        page.setObjectName("inspector_page")
        outer = QVBoxLayout(page)
        heading = QLabel(page)
        heading.setObjectName("inspector_heading")
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        heading.setFont(font)
        outer.addWidget(heading)
        doc = self.session.doc if self.session is not None else None
        alive = [i for i in self.ids if doc is not None and i in doc]
        if doc is None:
            heading.setText(self.tr("No document"))
        elif len(alive) > 1:
            heading.setText(self.tr("%n element(s) selected", "", len(alive)))
            hint = QLabel(self.tr("Select one element to see and edit its properties."), page)
            hint.setWordWrap(True)
            outer.addWidget(hint)
        elif self.node is None:
            heading.setText(self.tr("Nothing selected"))
        else:
            kind = doc.kind(self.node)
            heading.setText(kind_label(kind))
            self._build_form(page, outer, kind)
        self.error_label = QLabel(page)
        self.error_label.setObjectName("inspector_error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        outer.addWidget(self.error_label)
        outer.addStretch(1)
        self.setWidget(page)
        self._refresh_values()

    def _build_form(self, page: QWidget, outer: QVBoxLayout, kind: str) -> None:
        assert self.session is not None and self.node is not None
        doc = self.session.doc
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        outer.addLayout(form)
        if kind == k.EMOTION:
            anchor = doc.emotion_anchor(self.node)
            form.addRow(kind_label(k.PERSONA), self._persona_chooser(page))
            form.addRow(self.tr("At"), QLabel(doc.title(anchor) if anchor else "–"))
        for name in ordered_fields(kind):
            if name == "channels":
                self.channel_list = QListWidget(page)
                self.channel_list.setObjectName("field_channels")
                self.channel_list.setMaximumHeight(150)
                self.channel_list.setHorizontalScrollBarPolicy(
                    Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
                self.channel_list.itemChanged.connect(self._channels_edited)
                add_row(form, QLabel(field_label(name), page), self.channel_list)
                continue
            low = high = None
            if kind == k.EMOTION and name == "score":
                journey = doc.journey_of(self.node)
                if journey is not None:
                    low, high = doc.scale(journey)
            binding = FieldBinding(name, k.SCHEMA[kind][name], page, low, high)
            binding.edited.connect(self._edited)
            self.bindings[name] = binding
            label = QLabel(field_label(name), page)
            label.setAlignment(align_top(binding.widget))
            tip = field_tip(name)
            label.setToolTip(tip)
            binding.widget.setToolTip(tip)
            add_row(form, label, binding.widget)
        if kind in (k.TOUCHPOINT, k.PHASE):
            self.figures_label = QLabel(page)
            self.figures_label.setObjectName("field_figures")
            self.figures_label.setWordWrap(True)
            self.figures_label.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse)
            self._fill_figures()
            form.addRow(self.tr("Figures"), self.figures_label)
        if kind == k.JOURNEY:
            button = QPushButton(self.tr("Journey properties…"), page)
            button.setObjectName("journey_properties_button")
            button.clicked.connect(self.journey_properties_requested)
            outer.addWidget(button)
        elif kind == k.PERSONA:
            button = QPushButton(self.tr("Edit persona…"), page)
            node = self.node
            button.clicked.connect(lambda: self.persona_editor_requested.emit(node))
            outer.addWidget(button)

    def _persona_chooser(self, page: QWidget) -> QComboBox:
        """An emotion point's persona, editable: choosing another moves the point to that
        persona's curve (one undo step), for a score given to the wrong persona."""
        chooser = QComboBox(page)
        chooser.setObjectName("field_persona")
        chooser.setToolTip(self.tr("Whose emotion this is: choose another persona to move "
                                   "the point to that persona's curve"))
        self.persona_chooser = chooser
        self._fill_personas()
        chooser.currentIndexChanged.connect(self._persona_chosen)
        return chooser

    def _fill_personas(self) -> None:
        """The journey's personas in the chooser (again when one was attached, renamed or
        removed while the point is shown), the point's own chosen."""
        assert self.session is not None and self.node is not None
        assert self.persona_chooser is not None
        doc, chooser = self.session.doc, self.persona_chooser
        journey = doc.journey_of(self.node)
        personas = doc.personas_of(journey) if journey is not None else []
        current = doc.target(self.node, k.FELT_BY)
        if current is not None and current not in personas:
            personas.append(current)
        wanted = [(p, doc.title(p) or "–", str(doc.get(p, "colour") or "#888888"))
                  for p in personas]
        chooser.blockSignals(True)
        if wanted != self._personas_shown or chooser.count() != len(wanted):
            chooser.clear()
            for persona, title, colour in wanted:
                chooser.addItem(colour_dot(colour), title, persona)
            self._personas_shown = wanted
        chooser.setCurrentIndex(chooser.findData(current))
        chooser.blockSignals(False)

    def _persona_chosen(self, index: int) -> None:
        if self.session is None or self.node is None or self.persona_chooser is None:
            return
        persona = str(self.persona_chooser.itemData(index))
        node, doc = self.node, self.session.doc
        self._push(lambda: ops.move_emotion(doc, node, persona), None)

    # Refreshing ---------------------------------------------------------------------

    def _on_model_changed(self, change: ChangeSet) -> None:
        if self.session is None:
            return
        if self._target() != self.node:
            self._rebuild()
        else:
            self._refresh_values()

    def _refresh_values(self) -> None:
        if self.session is None or self.node is None or self.node not in self.session.doc:
            return
        doc = self.session.doc
        for name, binding in self.bindings.items():
            binding.set_value(doc.get(self.node, name))
        if self.channel_list is not None:
            self._fill_channels()
        if self.persona_chooser is not None:
            self._fill_personas()
        if self.figures_label is not None:
            self._fill_figures()

    def _fill_figures(self) -> None:
        """Every figure of the node, one per line ("–" when it has none)."""
        from klantreis_desktop.i18n import language
        from klantreis_desktop.layout.measured import decimal_for, figure_lines

        assert self.session is not None and self.node is not None and self.figures_label
        journey = self.session.doc.journey_of(self.node) or ""
        lines = figure_lines(self.session.doc, journey, self.node, decimal_for(language()))
        self.figures_label.setText("\n".join(lines) or "–")

    def _fill_channels(self) -> None:
        assert self.session is not None and self.node is not None
        assert self.channel_list is not None
        doc = self.session.doc
        used = set(doc.channels_of(self.node))
        wanted = [(c, doc.title(c), c in used) for c in doc.channels()]
        shown = [(self.channel_list.item(i).data(Qt.ItemDataRole.UserRole),
                  self.channel_list.item(i).text(),
                  self.channel_list.item(i).checkState() == Qt.CheckState.Checked)
                 for i in range(self.channel_list.count())]
        if wanted == shown:
            return
        self.channel_list.blockSignals(True)
        self.channel_list.clear()
        for channel, name, checked in wanted:
            item = QListWidgetItem(channel_icon(str(doc.get(channel, "icon"))), name)
            item.setData(Qt.ItemDataRole.UserRole, channel)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.channel_list.addItem(item)
        if not wanted:
            item = QListWidgetItem(self.tr("The document has no channels yet."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.channel_list.addItem(item)
        self.channel_list.blockSignals(False)

    # Editing ------------------------------------------------------------------------

    def _edited(self, name: str, value: Any) -> None:
        if self.session is None or self.node is None:
            return
        binding = self.bindings[name]
        key = f"inspector:{self.node}:{name}:{binding.generation}"
        self._push(lambda: ops.update(self.session.doc, self.node, **{name: value}), key)

    def checked_channels(self) -> list[str]:
        assert self.channel_list is not None
        found = []
        for i in range(self.channel_list.count()):
            item = self.channel_list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                found.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return found

    def _channels_edited(self, _item: QListWidgetItem) -> None:
        if self.session is None or self.node is None:
            return
        channels = self.checked_channels()
        self._push(lambda: ops.set_channels(self.session.doc, self.node, channels), None)

    def _push(self, build: Any, merge_key: str | None) -> None:
        assert self.session is not None and self.error_label is not None
        try:
            change = build()
        except ModelError as error:
            self.error_label.setText(str(error))
            self.error_label.show()
            self._refresh_values()
            return
        self.error_label.hide()
        self.session.push(change, merge_key)
