"""The import dialog's second page: frequent paths, segments, and journeys made of them.

A part of :class:`klantreis_desktop.ui.importing.import_dialog.ImportDialog` (a base class it
inherits), kept apart so each file holds one step of the dialog. Nothing reaches the
document until the user adds a journey, and then as ONE undo step.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from klantreis_desktop.model.changes import ChangeSet
from klantreis_desktop.model.model_error import ModelError
from klantreis_desktop.ui.commands import push
from klantreis_desktop.ui.importing.import_jobs import journeys_atoms

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QStackedWidget

    from klantreis_desktop.ui.importing.import_jobs import ImportResult


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)


class ResultsPage:
    """Page 2 of the import dialog (see the module doc); the dialog provides the state."""

    pages: QStackedWidget
    imported: ImportResult | None
    session: Any
    status: QLabel
    path: Path | None
    added: list[str]
    resegment: Callable[[], bool]

    # Page 2: paths, segments, journeys -------------------------------------------------------

    def _result_page(self) -> QWidget:
        page = QWidget(self)  # type: ignore[arg-type]  # self is the dialog
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary_label = QLabel(page)
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        layout.addWidget(QLabel(_tr("Most frequent paths"), page))
        self.paths_table = self._table(page, [_tr("Customers"), _tr("Share"), _tr("Path")])
        layout.addWidget(self.paths_table, 1)
        k_row = QHBoxLayout()
        k_row.addWidget(QLabel(_tr("Segments"), page))
        k_row.addStretch(1)
        k_row.addWidget(QLabel(_tr("Number of segments:"), page))
        self.k_combo = QComboBox(page)
        self.k_combo.addItem(_tr("Automatic"), None)
        for number in range(2, 7):
            self.k_combo.addItem(str(number), number)
        k_row.addWidget(self.k_combo)
        self.segment_button = QPushButton(_tr("Find segments"), page)
        self.segment_button.clicked.connect(self.resegment)
        k_row.addWidget(self.segment_button)
        layout.addLayout(k_row)
        self.segments_table = self._table(
            page, [_tr("Segment"), _tr("Customers"), _tr("Share"), _tr("Typical path")])
        layout.addWidget(self.segments_table, 1)
        self.method_label = QLabel(page)
        self.method_label.setWordWrap(True)
        self.method_label.setStyleSheet("color: palette(dark);")
        layout.addWidget(self.method_label)
        name_row = QHBoxLayout()
        name_row.addWidget(QLabel(_tr("Journey title:"), page))
        self.name_edit = QLineEdit(page)
        name_row.addWidget(self.name_edit, 1)
        layout.addLayout(name_row)
        actions = QHBoxLayout()
        self.back_button = QPushButton(_tr("Another file…"), page)
        self.back_button.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        self.add_path_button = QPushButton(_tr("Add most frequent path as journey"), page)
        self.add_path_button.clicked.connect(self.add_frequent_path)
        self.add_segments_button = QPushButton(_tr("Add checked segments as journeys"), page)
        self.add_segments_button.clicked.connect(self.add_checked_segments)
        actions.addWidget(self.back_button)
        actions.addStretch(1)
        actions.addWidget(self.add_path_button)
        actions.addWidget(self.add_segments_button)
        layout.addLayout(actions)
        return page

    def _table(self, parent: QWidget, headers: list[str]) -> QTableWidget:
        table = QTableWidget(parent)
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _fill_results(self) -> None:
        assert self.imported is not None
        summary = self.imported.summary
        self.summary_label.setText(_tr(
            "{customers} customers, {events} events, {touchpoints} different touchpoints, "
            "{paths} different paths.").format(
                customers=summary.customers, events=summary.events,
                touchpoints=summary.touchpoints, paths=summary.distinct_paths))
        table = self.paths_table
        table.setRowCount(len(summary.frequent))
        for row, path in enumerate(summary.frequent):
            self._set_row(table, row, [str(path.customers), f"{path.share:.0%}",
                                       " → ".join(path.path)])
        table.resizeColumnsToContents()
        self._fill_segments()

    def _fill_segments(self) -> None:
        assert self.imported is not None
        segmentation = self.imported.segmentation
        table = self.segments_table
        table.setRowCount(len(segmentation.segments))
        for row, segment in enumerate(segmentation.segments):
            self._set_row(table, row, [_tr("Segment {number}").format(number=segment.index + 1),
                                       str(segment.customers), f"{segment.share:.0%}",
                                       " → ".join(segment.typical_path)])
            first = table.item(row, 0)
            if first is not None:
                first.setFlags(first.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                first.setCheckState(Qt.CheckState.Unchecked)
        table.resizeColumnsToContents()
        quality = ("" if segmentation.silhouette is None else
                   _tr(" Silhouette {value:.2f}.").format(value=segmentation.silhouette))
        self.method_label.setText(_tr("Segments: weighted k-medoids on the edit distance "
                                      "between touchpoint paths (k = {k}).").format(
            k=segmentation.k) + quality)

    @staticmethod
    def _set_row(table: QTableWidget, row: int, values: list[str]) -> None:
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setToolTip(value)
            table.setItem(row, column, item)

    def check_segment(self, index: int, checked: bool = True) -> None:
        item = self.segments_table.item(index, 0)
        if item is not None:
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def checked_segments(self) -> list[int]:
        table = self.segments_table
        return [row for row in range(table.rowCount())
                if (item := table.item(row, 0)) is not None
                and item.checkState() == Qt.CheckState.Checked]

    # Adding journeys ----------------------------------------------------------------------

    def add_frequent_path(self) -> bool:
        """The most frequent complete path as one new journey (one undo step)."""
        if self.imported is None or not self.imported.summary.frequent:
            return False
        top = self.imported.summary.frequent[0]
        title = self.name_edit.text().strip() or _tr("Most frequent path")
        text = _tr("Most frequent path in {file}: {customers} customers ({share:.0%}).").format(
            file=self.path.name if self.path else "", customers=top.customers, share=top.share)
        return self._add([(top.path, title, text)])

    def add_checked_segments(self) -> bool:
        """One journey per checked segment, from its typical path, as one undo step."""
        if self.imported is None:
            return False
        chosen = self.checked_segments()
        if not chosen:
            self.status.setText(_tr("Tick the segments to turn into journeys first."))
            return False
        name = self.name_edit.text().strip() or _tr("Event log")
        plans = []
        for row in chosen:
            segment = self.imported.segmentation.segments[row]
            title = _tr("{name} – segment {number}").format(name=name, number=segment.index + 1)
            text = _tr("Typical path of segment {number}: {customers} customers "
                       "({share:.0%}).").format(number=segment.index + 1,
                                                customers=segment.customers,
                                                share=segment.share)
            plans.append((segment.typical_path, title, text))
        return self._add(plans)

    def _add(self, plans: list[tuple[tuple[str, ...], str, str]]) -> bool:
        assert self.imported is not None
        log, doc = self.imported.log, self.session.doc
        try:
            atoms = journeys_atoms(doc, log, plans)
        except ModelError as error:
            self.status.setText(str(error))
            return False
        label = _tr("Add journeys from event log") if len(plans) > 1 else \
            _tr("Add journey from event log")
        push(self.session.stack, doc, ChangeSet(tuple(atoms), label))
        self.added = [title for _, title, _ in plans]
        self.status.setText(_tr("Added: {titles}.").format(titles=", ".join(
            f"“{t}”" for t in self.added)))
        return True

