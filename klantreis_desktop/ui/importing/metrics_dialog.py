"""File › Import › Metrics…: a table of NPS, CSAT, CES, volume, drop-off, conversion,
waiting time or any named figure onto the journey's touchpoints and phases (issue 19).

The mapping is guessed from Dutch or English header names
(:func:`~klantreis_desktop.analysis.metrics_import.guess_spec`) and shown for checking:
which column names the touchpoint or phase, the optional phase, segment, date, source and
n columns, and per other column whether it is imported, as which metric, with which unit
and direction. The rest is :class:`~.table_import.TableImportDialog`.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from klantreis_desktop.analysis import metrics_import as mi
from klantreis_desktop.analysis.sheets import Table
from klantreis_desktop.layout.measured import metric_title
from klantreis_desktop.model import measures as m
from klantreis_desktop.ui.importing.table_import import TableImportDialog, fill_columns

OPTIONAL_ROLES = ("phase", "segment", "date", "source_column", "n")


def _tr(text: str) -> str:
    return QCoreApplication.translate("MetricsImport", text)


def metric_label(name: str) -> str:
    """A known metric's name in the user's language (any other name as it is)."""
    known = m.KNOWN_METRICS.get(name)
    return metric_title(known) if known is not None else name


def _role_label(role: str) -> str:
    return {"phase": _tr("Phase"), "segment": _tr("Segment or persona"), "date": _tr("Date"),
            "source_column": _tr("Source"), "n": _tr("Number of customers (n)")}[role]


def _direction(better: bool | None) -> str:
    return "neutral" if better is None else "yes" if better else "no"


class MetricsImportDialog(TableImportDialog):
    """Metrics onto one journey; one undo step or a list of what is wrong."""

    title = QCoreApplication.translate("MetricsImport", "Import metrics")
    file_filter = QCoreApplication.translate(
        "MetricsImport", "Tables (*.csv *.txt *.xlsx);;All files (*)")
    object_name = "metrics_dialog"

    def build_mapping(self, box: QGroupBox) -> None:
        outer = QVBoxLayout(box)
        top = QHBoxLayout()
        form = QFormLayout()
        self.key_combo = QComboBox(box)
        form.addRow(_tr("Touchpoint or phase (title or id):"), self.key_combo)
        self.role_combos: dict[str, QComboBox] = {}
        for role in OPTIONAL_ROLES:
            combo = QComboBox(box)
            form.addRow(_tr("{field} (optional):").format(field=_role_label(role)), combo)
            self.role_combos[role] = combo
        for combo in (self.key_combo, *self.role_combos.values()):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumContentsLength(14)  # "Contactmoment" whole, not "Contactn"
        top.addLayout(form, 0)
        options = QFormLayout()
        self.target_combo = QComboBox(box)
        for value, text in (("auto", _tr("Touchpoints, else phases")),
                            ("touchpoint", _tr("Touchpoints only")),
                            ("phase", _tr("Phases only"))):
            self.target_combo.addItem(text, value)
        options.addRow(_tr("Rows refer to:"), self.target_combo)
        self.evidence_combo = QComboBox(box)
        self.evidence_combo.addItem(_tr("Measured (observed)"), "observed")
        self.evidence_combo.addItem(_tr("Assumed (an estimate)"), "assumed")
        options.addRow(_tr("Evidence:"), self.evidence_combo)
        self.source_edit = QLineEdit(box)
        self.source_edit.setPlaceholderText(_tr("e.g. CRM export, web statistics"))
        options.addRow(_tr("Source:"), self.source_edit)
        self.date_edit = QLineEdit(box)
        self.date_edit.setPlaceholderText(_tr("yyyy-mm-dd"))
        options.addRow(_tr("Date (rows without one):"), self.date_edit)
        self.skip_check = QCheckBox(_tr("Import the rest when some names match nothing "
                                        "(they are listed)"), box)
        options.addRow(self.skip_check)
        top.addLayout(options, 1)
        outer.addLayout(top)
        self.metrics_table = QTableWidget(0, 4, box)
        self.metrics_table.setObjectName("metric_columns")
        self.metrics_table.setHorizontalHeaderLabels(
            [_tr("Column"), _tr("Metric"), _tr("Unit"), _tr("Higher is")])
        self.metrics_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.metrics_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        self.metrics_table.setMinimumHeight(120)
        outer.addWidget(self.metrics_table, 1)  # the mapping table takes the height left
        self.key_combo.currentIndexChanged.connect(lambda _i: self._mark_taken())
        for combo in self.role_combos.values():
            combo.currentIndexChanged.connect(lambda _i: self._mark_taken())

    def fill_mapping(self, table: Table) -> None:
        guess = mi.guess_spec(table.header, table.rows, table.percent_columns)
        chosen = {role: getattr(guess, role) if guess is not None else None
                  for role in OPTIONAL_ROLES}
        key = guess.key if guess is not None and isinstance(guess.key, int) else 0
        fill_columns(self.key_combo, table.header, False, key)
        for role, combo in self.role_combos.items():
            value = chosen[role]
            fill_columns(combo, table.header, True, value if isinstance(value, int) else None)
        guessed = {c.column: c for c in guess.metrics} if guess is not None else {}
        self.source_edit.setText(self.path.name if self.path is not None and table.header
                                 else "")
        rows = self.metrics_table
        rows.setRowCount(len(table.header))
        for index, name in enumerate(table.header):
            check = QTableWidgetItem(name or str(index + 1))
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            found = guessed.get(index)
            check.setCheckState(Qt.CheckState.Checked if found is not None
                                else Qt.CheckState.Unchecked)
            rows.setItem(index, 0, check)
            metric = QComboBox(rows)
            for known in m.KNOWN_METRICS:
                metric.addItem(metric_label(known), known)
            own = m.metric_key(name) or f"column_{index + 1}"
            if own not in m.KNOWN_METRICS:
                metric.addItem(_tr("“{name}” (own metric)").format(name=name), own)
            # A guessed own metric is stored under its key; anything not found is the
            # column's own metric (the last item), never silently the first known one.
            at = metric.findData(found.metric) if found is not None else -1
            if at < 0 and found is not None:
                at = metric.findData(m.metric_key(found.metric))
            metric.setCurrentIndex(at if at >= 0 else metric.count() - 1)
            rows.setCellWidget(index, 1, metric)
            unit = QLineEdit(rows)
            definition = found.definition() if found is not None else m.metric_def(own)
            unit.setText(definition.unit)
            rows.setCellWidget(index, 2, unit)
            better = QComboBox(rows)
            better.addItem(_tr("better"), "yes")
            better.addItem(_tr("worse"), "no")
            better.addItem(_tr("neither (a count)"), "neutral")
            better.setCurrentIndex(better.findData(_direction(definition.higher_is_better)))
            rows.setCellWidget(index, 3, better)
            metric.currentIndexChanged.connect(partial(self._metric_chosen, index))
        self._mark_taken()

    def _metric_chosen(self, row: int, _index: int) -> None:
        """A known metric brings its unit and direction along."""
        metric = self.metrics_table.cellWidget(row, 1)
        unit, better = self.metrics_table.cellWidget(row, 2), self.metrics_table.cellWidget(
            row, 3)
        if isinstance(metric, QComboBox) and isinstance(unit, QLineEdit) and isinstance(
                better, QComboBox):
            definition = m.metric_def(str(metric.currentData()))
            unit.setText(definition.unit)
            better.setCurrentIndex(better.findData(_direction(definition.higher_is_better)))

    def _mark_taken(self) -> None:
        """Columns used for names, phase, segment, … cannot be figures as well."""
        taken = {self.key_combo.currentData()} | {c.currentData()
                                                  for c in self.role_combos.values()}
        for row in range(self.metrics_table.rowCount()):
            item = self.metrics_table.item(row, 0)
            if item is None:
                continue
            if row in taken:
                item.setCheckState(Qt.CheckState.Unchecked)
                item.setFlags(Qt.ItemFlag.ItemIsUserCheckable)
            else:
                item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)

    def set_metric_column(self, column: int, checked: bool, metric: str | None = None) -> None:
        """Tick (or untick) a column as figures of ``metric`` (tests, keyboard users)."""
        item = self.metrics_table.item(column, 0)
        if item is not None:
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        combo = self.metrics_table.cellWidget(column, 1)
        if metric is not None and isinstance(combo, QComboBox):
            combo.setCurrentIndex(combo.findData(metric))

    def spec(self) -> mi.MetricsSpec | None:
        columns: list[mi.MetricColumn] = []
        for row in range(self.metrics_table.rowCount()):
            item = self.metrics_table.item(row, 0)
            if item is None or item.checkState() != Qt.CheckState.Checked:
                continue
            metric, unit, better = (self.metrics_table.cellWidget(row, c) for c in (1, 2, 3))
            assert isinstance(metric, QComboBox) and isinstance(unit, QLineEdit)
            assert isinstance(better, QComboBox)
            name = str(metric.currentData())
            label = "" if name in m.KNOWN_METRICS else (self.table.header[row]
                                                         if self.table else name)
            direction = {"yes": True, "no": False}.get(str(better.currentData()))
            columns.append(mi.MetricColumn(row, name, label, unit.text().strip(), direction))
        if not columns:
            self.status.setText(_tr("Tick at least one column of figures."))
            return None
        roles: dict[str, Any] = {role: combo.currentData()
                                 for role, combo in self.role_combos.items()}
        return mi.MetricsSpec(self.key_combo.currentData(), tuple(columns),
                              self.target_combo.currentData(), **roles,
                              source=self.source_edit.text().strip(),
                              default_date=self.date_edit.text().strip(),
                              evidence=self.evidence_combo.currentData(),
                              skip_unknown=self.skip_check.isChecked())

    def make_plan(self, table: Table) -> Callable[..., Any] | None:
        spec = self.spec()
        if spec is None:
            return None
        return partial(mi.plan_metrics, self.session.doc, self.journey, table, spec)

    def done_text(self, result: mi.MetricsImport) -> str:
        text = _tr("{count} figures ({metrics}) imported onto {nodes} touchpoints and phases "
                   "(one undo step).").format(
            count=result.count, nodes=len(result.figures),
            metrics=", ".join(metric_title(d) for d in result.definitions))
        if result.unknown:
            self.problems.clear()
            self.problems.addItem(_tr("Not imported, no such touchpoint or phase:"))
            self.problems.addItems(result.unknown)
            self.problems.show()
        return text


def show_metrics_dialog(parent: QWidget | None, session: Any, journey: str | None) -> bool:
    """Modal; True when figures were imported."""
    if session is None or journey is None:
        return False
    dialog = MetricsImportDialog(session, journey, parent)
    dialog.exec()
    pushed = dialog.pushed
    dialog.deleteLater()
    return pushed
