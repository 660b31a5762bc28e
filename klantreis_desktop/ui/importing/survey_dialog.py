"""File › Import › Survey…: per-customer scores become the measured emotion curve
(median, interquartile band and n per persona or segment) beside the team's assumed
curve; differences larger than the threshold show as "check this assumption" (issue 19).

A survey comes *wide* (a column per touchpoint, as survey tools export a question per
column: tick the columns that are touchpoints) or *long* (a touchpoint column and a score
column, as a CRM exports). The rest is :class:`~.table_import.TableImportDialog`.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from klantreis_desktop.analysis import survey as sv
from klantreis_desktop.analysis.csvformat import normalise_header
from klantreis_desktop.analysis.metrics_import import SEGMENT_SYNONYMS
from klantreis_desktop.analysis.sheets import Table, header_guess
from klantreis_desktop.model import measures as m
from klantreis_desktop.ui.importing.table_import import TableImportDialog, fill_columns

SCALES = (None, (-2, 2), (1, 5), (1, 7), (0, 10), (1, 10))


def _tr(text: str) -> str:
    return QCoreApplication.translate("SurveyImport", text)


def _scale_text(scale: tuple[int, int] | None) -> str:
    if scale is None:
        return _tr("Detect automatically")
    low, high = scale
    text = f"{low:+d} … {high:+d}" if low < 0 else f"{low} … {high}"
    return text.replace("-", "−")  # a minus sign, as the badges write it


def _scale_of(data: Any) -> tuple[int, int] | None:
    return (int(data[0]), int(data[1])) if data else None


class SurveyImportDialog(TableImportDialog):
    """A survey onto one journey as measured scores; one undo step or the reasons."""

    title = QCoreApplication.translate("SurveyImport", "Import survey")
    file_filter = QCoreApplication.translate(
        "SurveyImport", "Tables (*.csv *.txt *.xlsx);;All files (*)")
    object_name = "survey_dialog"

    def build_mapping(self, box: QGroupBox) -> None:
        outer = QHBoxLayout(box)
        left = QVBoxLayout()
        self.shape_combo = QComboBox(box)
        self.shape_combo.addItem(_tr("One column per touchpoint (wide)"), "wide")
        self.shape_combo.addItem(_tr("A touchpoint column and a score column (long)"), "long")
        left.addWidget(self.shape_combo)
        self.shapes = QStackedWidget(box)
        self.touchpoint_list = QListWidget(self.shapes)
        self.touchpoint_list.setObjectName("touchpoint_columns")
        self.touchpoint_list.setToolTip(_tr("Tick the columns that hold a touchpoint's "
                                            "scores"))
        self.shapes.addWidget(self.touchpoint_list)
        long_page = QWidget(self.shapes)
        long_form = QFormLayout(long_page)
        self.touchpoint_combo = QComboBox(long_page)
        self.score_combo = QComboBox(long_page)
        long_form.addRow(_tr("Touchpoint:"), self.touchpoint_combo)
        long_form.addRow(_tr("Score:"), self.score_combo)
        self.shapes.addWidget(long_page)
        left.addWidget(self.shapes)
        self.shape_combo.currentIndexChanged.connect(self.shapes.setCurrentIndex)
        outer.addLayout(left, 1)
        form = QFormLayout()
        self.segment_combo = QComboBox(box)
        form.addRow(_tr("Persona or segment (optional):"), self.segment_combo)
        self.persona_combo = QComboBox(box)
        form.addRow(_tr("Answers without one belong to:"), self.persona_combo)
        self.scale_combo = QComboBox(box)
        for scale in SCALES:
            self.scale_combo.addItem(_scale_text(scale), scale)
        form.addRow(_tr("Scale of the answers:"), self.scale_combo)
        self.source_edit = QLineEdit(box)
        form.addRow(_tr("Source:"), self.source_edit)
        self.date_edit = QLineEdit(box)
        self.date_edit.setPlaceholderText(_tr("yyyy-mm-dd"))
        form.addRow(_tr("Date:"), self.date_edit)
        self.threshold_spin = QDoubleSpinBox(box)
        self.threshold_spin.setObjectName("assumption_threshold")
        self.threshold_spin.setRange(0.1, 10.0)
        self.threshold_spin.setDecimals(1)
        self.threshold_spin.setSingleStep(0.5)
        self.threshold_spin.setSuffix(" " + _tr("points"))
        self.threshold_spin.setValue(m.threshold_of(self.session.doc, self.journey))
        self.threshold_spin.setToolTip(_tr("A measured median further than this from the "
                                           "team's score (on the journey's scale) is "
                                           "flagged: check this assumption."))
        form.addRow(_tr("Flag differences over:"), self.threshold_spin)
        outer.addLayout(form, 1)
        self.segment_combo.currentIndexChanged.connect(lambda _i: self._untick_segment())
        for combo in (self.segment_combo, self.persona_combo, self.scale_combo,
                      self.touchpoint_combo, self.score_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumContentsLength(16)  # "iedereen (geen persona)" whole

    def fill_mapping(self, table: Table) -> None:
        header = table.header
        segment = header_guess(header, SEGMENT_SYNONYMS)
        fill_columns(self.segment_combo, header, True, segment)
        self.persona_combo.clear()
        self.persona_combo.addItem(_tr("everyone (no persona)"), "")
        doc = self.session.doc
        for persona in doc.personas_of(self.journey) or doc.personas():
            self.persona_combo.addItem(doc.title(persona), persona)
        self.touchpoint_list.clear()
        for index, name in enumerate(header):
            item = QListWidgetItem(name or str(index + 1), self.touchpoint_list)
            item.setData(Qt.ItemDataRole.UserRole, index)
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            usual = index != segment and normalise_header(name) not in sv.NOT_TOUCHPOINTS
            item.setCheckState(Qt.CheckState.Checked if usual else Qt.CheckState.Unchecked)
        names = [normalise_header(h) for h in header]
        long = any(n in ("touchpoint", "contactmoment") for n in names) and any(
            n in ("score", "cijfer", "waardering") for n in names)
        fill_columns(self.touchpoint_combo, header, False,
                     next((i for i, n in enumerate(names)
                           if n in ("touchpoint", "contactmoment")), 0))
        fill_columns(self.score_combo, header, False,
                     next((i for i, n in enumerate(names)
                           if n in ("score", "cijfer", "waardering")), 0))
        self.shape_combo.setCurrentIndex(1 if long else 0)
        self.source_edit.setText(self.path.name if self.path is not None and table.header
                                 else "")

    def _untick_segment(self) -> None:
        segment = self.segment_combo.currentData()
        for row in range(self.touchpoint_list.count()):
            item = self.touchpoint_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == segment:
                item.setCheckState(Qt.CheckState.Unchecked)

    def spec(self) -> sv.SurveySpec | None:
        common: dict[str, Any] = {
            "segment": self.segment_combo.currentData(),
            "scale": _scale_of(self.scale_combo.currentData()),
            "persona": str(self.persona_combo.currentData() or ""),
            "source": self.source_edit.text().strip(),
            "date": self.date_edit.text().strip(),
            "threshold": round(self.threshold_spin.value(), 1)}
        if self.shape_combo.currentData() == "long":
            touchpoint, score = self.touchpoint_combo.currentData(), self.score_combo.currentData()
            if touchpoint == score:
                self.status.setText(_tr("The touchpoint and the score need two columns."))
                return None
            return sv.SurveySpec(touchpoint=touchpoint, score=score, **common)
        columns = tuple((int(item.data(Qt.ItemDataRole.UserRole)), "")
                        for row in range(self.touchpoint_list.count())
                        if (item := self.touchpoint_list.item(row)).checkState()
                        == Qt.CheckState.Checked)
        if not columns:
            self.status.setText(_tr("Tick at least one column with a touchpoint's scores."))
            return None
        return sv.SurveySpec(columns=columns, **common)

    def make_plan(self, table: Table) -> Callable[..., Any] | None:
        spec = self.spec()
        if spec is None:
            return None
        return partial(sv.plan_survey, self.session.doc, self.journey, table, spec)

    def done_text(self, result: sv.SurveyImport) -> str:
        low, high = result.scale
        points = sum(len(scores) for scores in result.scores.values())
        text = _tr("{answers} answers on the scale {low} … {high}: {points} measured points "
                   "(one undo step).").format(answers=result.answers, low=low, high=high,
                                              points=points)
        found = sv.assumption_findings(self.session.doc, self.journey)
        if found:
            text += " " + (_tr("1 assumption to check: see the analysis panel.")
                           if len(found) == 1 else
                           _tr("{count} assumptions to check: see the analysis panel.").format(
                               count=len(found)))
        return text


def show_survey_dialog(parent: QWidget | None, session: Any, journey: str | None) -> bool:
    """Modal; True when scores were imported."""
    if session is None or journey is None:
        return False
    dialog = SurveyImportDialog(session, journey, parent)
    dialog.exec()
    pushed = dialog.pushed
    dialog.deleteLater()
    return pushed
