"""The export dialog's poster filters: which lanes, which phases, whose emotion curves.

Lanes and personas are checkable lists (all checked: no filter), the phases one range
(from … to). They become the ``lanes``/``phases``/``personas`` of :class:`PdfOptions`,
which the PDF and the images read alike. The lists follow the journeys being exported:
lanes of the same name in several journeys are one entry.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from klantreis_desktop.model import kinds as k
from klantreis_desktop.model.document import Document

#: Rows a list shows before it scrolls (a journey has up to ~10 lanes: all in view).
_LANE_ROWS, _PERSONA_ROWS = 10, 4


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


def _checkable(list_widget: QListWidget, text: str, data: object) -> None:
    item = QListWidgetItem(text or "–")
    item.setData(Qt.ItemDataRole.UserRole, data)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked)
    list_widget.addItem(item)


def _fit_rows(list_widget: QListWidget, most: int) -> None:
    """As tall as its entries, up to ``most`` rows (then it scrolls).

    Measured with the style the list is shown in (a check box can be taller than the
    text): measured before, under X11 the fifth lane was cut in half (review s7); the
    lists measure again when they are shown or their style or font changes."""
    list_widget.ensurePolished()
    rows = max(1, min(list_widget.count(), most))
    row_h = max((list_widget.sizeHintForRow(i) for i in range(rows)), default=0) or (
        list_widget.fontMetrics().height() + 4)
    list_widget.setFixedHeight(rows * (row_h + 2 * list_widget.spacing())
                               + 2 * list_widget.frameWidth() + 2)


class FilterInputs(QObject):
    """The three filter rows; ``changed`` fires on every change the user makes."""

    changed = Signal()

    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.journeys: list[str] = []
        self.lane_list = QListWidget(parent)
        self.lane_list.setObjectName("lane_filter")
        self.persona_list = QListWidget(parent)
        self.persona_list.setObjectName("persona_filter")
        for widget in (self.lane_list, self.persona_list):
            widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            widget.itemChanged.connect(lambda _item: self.changed.emit())
            widget.installEventFilter(self)
        self.phase_from, self.phase_to = QComboBox(parent), QComboBox(parent)
        self.phase_from.setObjectName("phase_from")
        self.phase_to.setObjectName("phase_to")
        self.phase_row = QWidget(parent)
        row = QHBoxLayout(self.phase_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.phase_from, 1)
        row.addWidget(QLabel(_tr("to")))
        row.addWidget(self.phase_to, 1)
        for combo in (self.phase_from, self.phase_to):
            combo.activated.connect(lambda _index: self.changed.emit())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Show, QEvent.Type.StyleChange,
                            QEvent.Type.FontChange, QEvent.Type.Polish):
            if watched is self.lane_list:
                _fit_rows(self.lane_list, _LANE_ROWS)
            elif watched is self.persona_list:
                _fit_rows(self.persona_list, _PERSONA_ROWS)
        return super().eventFilter(watched, event)

    def widgets(self) -> list[QWidget]:
        return [self.lane_list, self.phase_row, self.persona_list]

    # Filling ----------------------------------------------------------------------------

    def set_journeys(self, journeys: list[str]) -> None:
        """Offer the lanes, phases and personas of ``journeys``; keeps what was unticked
        when the lists stay the same."""
        if journeys == self.journeys:
            return
        self.journeys = list(journeys)
        doc = self.doc
        self._fill(self.lane_list, self._lane_entries(), _LANE_ROWS)
        self._fill(self.persona_list, [(doc.title(p), p) for p in self._personas()],
                   _PERSONA_ROWS)
        first = journeys[0] if journeys else None
        names = [doc.title(p) for p in doc.phases(first)] if first else []
        count = max((len(doc.phases(j)) for j in journeys), default=0)
        for combo in (self.phase_from, self.phase_to):
            combo.blockSignals(True)
            combo.clear()
            for number in range(1, count + 1):
                name = names[number - 1] if number <= len(names) else ""
                combo.addItem(f"{number}. {name}".rstrip(". ") if name else str(number),
                              number)
            combo.blockSignals(False)
        self.phase_from.setCurrentIndex(0)
        self.phase_to.setCurrentIndex(max(count - 1, 0))

    def _lane_entries(self) -> list[tuple[str, list[str]]]:
        """(title, ids of the lanes with that title in every journey), in order."""
        entries: dict[str, list[str]] = {}
        for journey in self.journeys:
            for lane in self.doc.lanes(journey, include_hidden=False):
                entries.setdefault(self.doc.title(lane).strip(), []).append(lane)
        return list(entries.items())

    def _personas(self) -> list[str]:
        """The personas of the journeys, and those with a curve there."""
        doc, found = self.doc, []
        for journey in self.journeys:
            curves = [doc.target(e, k.FELT_BY) for e in doc.emotions(journey)]
            for persona in [*doc.personas_of(journey), *curves]:
                if persona and persona not in found:
                    found.append(persona)
        return [p for p in doc.personas() if p in found]

    def _fill(self, list_widget: QListWidget, entries: Sequence[tuple[str, object]],
              rows: int) -> None:
        list_widget.blockSignals(True)
        list_widget.clear()
        for text, data in entries:
            _checkable(list_widget, text, data)
        list_widget.blockSignals(False)
        _fit_rows(list_widget, rows)

    # Values -----------------------------------------------------------------------------

    def _checked(self, list_widget: QListWidget) -> list[object] | None:
        """The data of the ticked entries; None when all are ticked (no filter)."""
        items = [list_widget.item(i) for i in range(list_widget.count())]
        ticked = [i.data(Qt.ItemDataRole.UserRole) for i in items
                  if i.checkState() == Qt.CheckState.Checked]
        return None if len(ticked) == len(items) else ticked

    def lanes(self) -> list[str] | None:
        ticked = self._checked(self.lane_list)
        return None if ticked is None else [str(n) for ids in ticked
                                            for n in (ids if isinstance(ids, list) else [])]

    def personas(self) -> list[str] | None:
        ticked = self._checked(self.persona_list)
        return None if ticked is None else [str(p) for p in ticked]

    def phases(self) -> str | None:
        """"2-4", or None for all phases."""
        first, last = self.phase_from.currentData(), self.phase_to.currentData()
        if not isinstance(first, int) or not isinstance(last, int):
            return None
        if first == 1 and last == self.phase_to.count():
            return None
        return f"{min(first, last)}-{max(first, last)}"

    def problem(self) -> str:
        """Why these filters cannot make a poster ("" when they can)."""
        if self.lane_list.count() and self.lanes() == []:
            return _tr("Choose at least one lane to show on the poster.")
        return ""

    def set_enabled(self, enabled: bool) -> None:
        for widget in self.widgets():
            widget.setEnabled(enabled)
