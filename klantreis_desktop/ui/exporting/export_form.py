"""The choices of the export dialog: format, journeys, file, paper, language, filters and
image options.

One form holds every row and shows only the rows of the chosen format, so the fields line
up whatever the format. PNG and SVG are the PDF's poster too: paper, orientation, the
poster's language and the filters apply to them as well. The form turns its widgets into
plain values (remembered in the settings; the filters belong to one document and are
not), into :class:`PdfOptions`, and into the list of files an export will write.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from klantreis_desktop.export.files import DEFAULT_DPI, MAX_DPI, MIN_DPI, journey_paths, slug
from klantreis_desktop.export.pdf_options import AUTO_PAPER, MAX_EDGE_MM, MIN_EDGE_MM, PdfOptions
from klantreis_desktop.model.document import Document
from klantreis_desktop.ui.exporting.export_filters import FilterInputs
from klantreis_desktop.ui.labels import LANGUAGE_NAMES

SUFFIXES = {"pdf": ".pdf", "png": ".png", "svg": ".svg"}
PAPERS = ("A4", "A3", "A2", "A1", "A0")
DEFAULTS: dict[str, Any] = {
    "format": "pdf", "paper": AUTO_PAPER, "custom_w": 1000.0, "custom_h": 700.0,
    "orientation": "auto", "tile": "", "overlap": 10.0, "journeys": "current",
    "persona_pages": False, "analysis_pages": False, "greyscale": False, "dpi": DEFAULT_DPI,
    "transparent": False, "language": "",
}



def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


def _combo(items: list[tuple[str, str]]) -> QComboBox:
    box = QComboBox()
    for label, data in items:
        box.addItem(label, data)
    return box


def select(box: QComboBox, data: Any) -> None:
    """Choose the item whose data is ``data`` (nothing happens for an unknown value)."""
    index = box.findData(data)
    if index >= 0:
        box.setCurrentIndex(index)


def _same_kind(value: Any, default: Any) -> bool:
    if isinstance(default, bool) or isinstance(value, bool):
        return isinstance(value, bool) and isinstance(default, bool)
    if isinstance(default, (int, float)):
        return isinstance(value, (int, float))
    return isinstance(value, type(default))


class ExportForm(QWidget):
    """The export choices for ``doc``; ``changed`` fires on every change of an option."""

    changed = Signal()

    def __init__(self, doc: Document, current: str | None, source_path: Path | None,
                 parent: QWidget | None = None, checks: dict[str, Any] | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        #: Journey id → the check against an event log its canvas shows (a view).
        self.checks = dict(checks or {})
        self.current = current
        self.source_path = source_path
        #: A file the user already agreed to replace (in the file dialog).
        self.confirmed: Path | None = None
        self.format_combo = _combo([(_tr("PDF poster"), "pdf"), (_tr("PNG image"), "png"),
                                    (_tr("SVG image"), "svg")])
        title = doc.title(current) if current else ""
        self.journey_combo = _combo([
            (_tr("Current journey: {title}").format(title=title or "—"), "current"),
            (_tr("All journeys in one file"), "all"),
            (_tr("Each journey in its own file"), "each")])
        self.path_edit = QLineEdit()
        self.browse_button = QPushButton(_tr("Browse…"))
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        form = self.form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(_tr("Format:"), self.format_combo)
        form.addRow(_tr("Journeys:"), self.journey_combo)
        form.addRow(_tr("File:"), path_row)
        self.pdf_fields = self._add_pdf_rows(form)
        self.image_fields = self._add_image_rows(form)
        self._add_poster_rows(form)
        for name in ("format_combo", "journey_combo", "path_edit", "browse_button",
                     "paper_combo", "orientation_combo", "tile_combo", "overlap_spin",
                     "language_combo", "persona_check", "analysis_check", "greyscale_check"):
            getattr(self, name).setObjectName(name)  # found by name in tests
        self._connect()

    def _add_pdf_rows(self, form: QFormLayout) -> list[QWidget]:
        self.paper_combo = _combo([(_tr("Automatic (readable at 2 m)"), AUTO_PAPER)]
                                  + [(name, name) for name in PAPERS]
                                  + [(_tr("Custom size"), "custom")])
        self.custom_w, self.custom_h = QDoubleSpinBox(), QDoubleSpinBox()
        for spin in (self.custom_w, self.custom_h):
            spin.setRange(MIN_EDGE_MM, MAX_EDGE_MM)
            spin.setDecimals(0)
            spin.setSuffix(" mm")
        self.custom_row = QWidget()
        row = QHBoxLayout(self.custom_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.custom_w)
        row.addWidget(QLabel("×"))
        row.addWidget(self.custom_h)
        self.orientation_combo = _combo([(_tr("Automatic (largest fit)"), "auto"),
                                         (_tr("Portrait"), "portrait"),
                                         (_tr("Landscape"), "landscape")])
        self.tile_combo = _combo([(_tr("One sheet"), ""), (_tr("Tiled on A4 sheets"), "A4"),
                                  (_tr("Tiled on A3 sheets"), "A3")])
        self.overlap_spin = QDoubleSpinBox()
        self.overlap_spin.setRange(0, 50)
        self.overlap_spin.setDecimals(0)
        self.overlap_spin.setSuffix(" mm")
        tile_row = QWidget()
        tiles = QHBoxLayout(tile_row)
        tiles.setContentsMargins(0, 0, 0, 0)
        tiles.addWidget(self.tile_combo, 1)
        tiles.addWidget(QLabel(_tr("overlap")))
        tiles.addWidget(self.overlap_spin)
        self.persona_check = QCheckBox(_tr("Add a page per persona, with empathy map"))
        self.analysis_check = QCheckBox(_tr("Add an analysis page after each journey"))
        self.greyscale_check = QCheckBox(_tr("Greyscale, for black-and-white printers"))
        form.addRow(_tr("Paper:"), self.paper_combo)
        form.addRow(_tr("Size:"), self.custom_row)
        form.addRow(_tr("Orientation:"), self.orientation_combo)
        form.addRow(_tr("Print:"), tile_row)
        form.addRow(_tr("Pages:"), self.persona_check)
        form.addRow("", self.analysis_check)
        self.check_marks = self._check_marks_box()
        form.addRow("", self.check_marks)
        form.addRow(_tr("Colour:"), self.greyscale_check)
        self.sheet_fields: list[QWidget] = [self.paper_combo, self.custom_row,
                                            self.orientation_combo]
        # Not in this list: the check box is shown only with a check (update_controls); showing
        # it for every PDF and hiding it again on each change grew the open dialog each time.
        return [tile_row, self.persona_check, self.analysis_check, self.greyscale_check]

    def _check_marks_box(self) -> QCheckBox:
        """Offered while a journey shows a check against an event log (Analysis menu):
        the poster then shows what the canvas shows (every format), and a PDF's analysis
        page its findings."""
        box = QCheckBox(_tr("Include the event log check (arrow shares and drop-outs)"))
        box.setChecked(True)
        box.setToolTip(_tr("Analysis › Check Against Event Log… puts a check on the canvas; "
                           "it is not saved in the file. A PDF's analysis page also lists "
                           "its findings."))
        return box

    def _checks(self, journeys: list[str]) -> dict[str, Any]:
        return {j: self.checks[j] for j in journeys if j in self.checks}

    def _add_poster_rows(self, form: QFormLayout) -> None:
        """Rows for every format: the poster's language and what it shows."""
        self.language_combo = _combo([(_tr("The journey's language"), "")]
                                     + [(name, code) for code, name in LANGUAGE_NAMES.items()])
        self.filters = FilterInputs(self.doc, self)
        form.addRow(_tr("Poster language:"), self.language_combo)
        form.addRow(_tr("Lanes:"), self.filters.lane_list)
        form.addRow(_tr("Phases:"), self.filters.phase_row)
        form.addRow(_tr("Personas:"), self.filters.persona_list)
        self.poster_fields: list[QWidget] = [self.language_combo, *self.filters.widgets()]

    def _add_image_rows(self, form: QFormLayout) -> list[QWidget]:
        self.dpi_spin = QSpinBox()
        self.dpi_spin.setRange(MIN_DPI, MAX_DPI)
        self.dpi_spin.setSingleStep(25)
        self.dpi_spin.setSuffix(" DPI")
        self.transparent_check = QCheckBox(_tr("Transparent (else white)"))
        form.addRow(_tr("Resolution:"), self.dpi_spin)
        form.addRow(_tr("Background:"), self.transparent_check)
        return [self.dpi_spin, self.transparent_check]

    def _connect(self) -> None:
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        for box in (self.journey_combo, self.paper_combo, self.orientation_combo,
                    self.tile_combo, self.language_combo):
            box.currentIndexChanged.connect(self._option_changed)
        self.filters.changed.connect(self._option_changed)
        for spin in (self.custom_w, self.custom_h, self.overlap_spin, self.dpi_spin):
            spin.valueChanged.connect(self._option_changed)
        for check in (self.persona_check, self.analysis_check, self.greyscale_check,
                      self.transparent_check, self.check_marks):
            check.toggled.connect(self._option_changed)
        self.path_edit.textEdited.connect(lambda _text: setattr(self, "confirmed", None))
        self.browse_button.clicked.connect(self.browse)

    # Values -----------------------------------------------------------------------------

    def choices(self) -> dict[str, Any]:
        """Every option as plain JSON values (what the settings remember)."""
        return {
            "format": self.format(), "paper": self.paper_combo.currentData(),
            "custom_w": self.custom_w.value(), "custom_h": self.custom_h.value(),
            "orientation": self.orientation_combo.currentData(),
            "tile": self.tile_combo.currentData(), "overlap": self.overlap_spin.value(),
            "journeys": self.journey_combo.currentData(),
            "persona_pages": self.persona_check.isChecked(),
            "analysis_pages": self.analysis_check.isChecked(),
            "greyscale": self.greyscale_check.isChecked(), "dpi": self.dpi_spin.value(),
            "transparent": self.transparent_check.isChecked(),
            "language": self.language_combo.currentData(),
        }

    def restore(self, saved: Any) -> None:
        """Show remembered choices; unknown or damaged values fall back to the defaults."""
        values = dict(DEFAULTS)
        if isinstance(saved, dict):  # a hand-edited settings file must not break the dialog
            values.update({key: value for key, value in saved.items()
                           if key in DEFAULTS and _same_kind(value, DEFAULTS[key])})
            if "language" not in saved and saved.get("paper") == "A3":
                # Saved by a version whose default was A3 (6 pt card text on the samples):
                # the new default, auto, is what those users were never offered.
                values["paper"] = AUTO_PAPER
        for box, key in ((self.format_combo, "format"), (self.journey_combo, "journeys"),
                         (self.paper_combo, "paper"), (self.orientation_combo, "orientation"),
                         (self.tile_combo, "tile"), (self.language_combo, "language")):
            select(box, values[key])
        self.custom_w.setValue(float(values["custom_w"]))
        self.custom_h.setValue(float(values["custom_h"]))
        self.overlap_spin.setValue(float(values["overlap"]))
        self.persona_check.setChecked(bool(values["persona_pages"]))
        self.analysis_check.setChecked(bool(values["analysis_pages"]))
        self.greyscale_check.setChecked(bool(values["greyscale"]))
        self.dpi_spin.setValue(int(values["dpi"]))
        self.transparent_check.setChecked(bool(values["transparent"]))
        remembered = Path(str(saved.get("folder", ""))) if isinstance(saved, dict) else Path()
        same_document = isinstance(saved, dict) and str(saved.get("folder_for", "")) == str(
            self.source_path or "")
        folder = remembered if (same_document and str(remembered) not in ("", ".")
                                and remembered.is_dir()) else (
            self.source_path.parent if self.source_path else remembered)
        if not str(folder) or str(folder) == "." or not folder.is_dir():
            folder = Path.home()
        title = str(self.doc.meta.get("title") or "") or (
            self.doc.title(self.current) if self.current else "")
        stem = self.source_path.stem if self.source_path else (slug(title) or "klantreis")
        self.path_edit.setText(str(folder / (stem + SUFFIXES[self.format()])))
        self.update_controls()

    def format(self) -> str:
        return str(self.format_combo.currentData())

    def target(self) -> Path:
        """The chosen file, with the format's extension added when it was left out."""
        text = self.path_edit.text().strip()
        path = Path(text).expanduser() if text else Path()
        suffix = SUFFIXES[self.format()]
        if text and path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        return path

    def journey_mode(self) -> str:
        """current, all (PDF: one file) or each (one file per journey)."""
        mode = str(self.journey_combo.currentData())
        return "each" if mode == "all" and self.format() != "pdf" else mode

    def chosen_journeys(self) -> list[str]:
        if self.journey_mode() == "current":
            return [self.current] if self.current else []
        return self.doc.journeys()

    def pdf_options(self) -> PdfOptions:
        paper = str(self.paper_combo.currentData())
        if paper == "custom":
            paper = f"{self.custom_w.value():.0f}x{self.custom_h.value():.0f}mm"
        journeys = "all" if self.journey_mode() != "current" else self.chosen_journeys()
        # The author stays empty: the poster then credits each journey's author.
        return PdfOptions(
            paper=paper, orientation=str(self.orientation_combo.currentData()),
            tile=str(self.tile_combo.currentData()) or None,
            overlap_mm=self.overlap_spin.value(), journeys=journeys,
            persona_pages=self.persona_check.isChecked(),
            analysis_pages=self.analysis_check.isChecked(),
            greyscale=self.greyscale_check.isChecked(),
            title=str(self.doc.meta.get("title") or ""),
            lanes=self.filters.lanes(), phases=self.filters.phases(),
            personas=self.filters.personas(),
            language=str(self.language_combo.currentData() or ""),
            conformance=self._checks(self.chosen_journeys())
            if self.check_marks.isChecked() else {})

    def image_options(self) -> PdfOptions:
        """What a PNG/SVG poster is laid out with: the PDF's choices, on one sheet."""
        options = self.pdf_options()
        options.tile, options.greyscale = None, False
        options.persona_pages = options.analysis_pages = False
        return options

    def target_files(self) -> list[tuple[Path, Any]]:
        """(file, what goes in it): PDF journey selections, or one journey per image."""
        path, journeys = self.target(), self.chosen_journeys()
        mode = self.journey_mode()
        if self.format() == "pdf" and mode != "each":
            return [(path, "all" if mode == "all" else journeys)]
        paths = journey_paths(path, [self.doc.title(j) for j in journeys])
        if self.format() == "pdf":
            return [(p, [j]) for p, j in zip(paths, journeys, strict=True)]
        return list(zip(paths, journeys, strict=True))

    # Reacting -----------------------------------------------------------------------------

    def _format_changed(self) -> None:
        text = self.path_edit.text().strip()
        if text and Path(text).suffix.lower() in SUFFIXES.values():
            self.path_edit.setText(str(Path(text).with_suffix(SUFFIXES[self.format()])))
            self.confirmed = None
        self._option_changed()

    def _option_changed(self) -> None:
        self.update_controls()
        self.changed.emit()

    def update_controls(self) -> None:
        """Show the rows of the chosen format; one image cannot hold several journeys."""
        is_pdf = self.format() == "pdf"
        self.filters.set_journeys(self.chosen_journeys())
        for widget in self.pdf_fields:
            self.form.setRowVisible(widget, is_pdf)
        for widget in self.image_fields:
            self.form.setRowVisible(widget, not is_pdf)
        self.form.setRowVisible(self.check_marks, bool(self._checks(self.chosen_journeys())))
        self.form.setRowVisible(self.custom_row, self.paper_combo.currentData() == "custom")
        self.form.setRowVisible(self.dpi_spin, self.format() == "png")  # SVG: no DPI
        self.overlap_spin.setEnabled(bool(self.tile_combo.currentData()))
        model = self.journey_combo.model()
        if isinstance(model, QStandardItemModel):
            item = model.item(self.journey_combo.findData("all"))
            if item is not None:
                item.setEnabled(is_pdf)
        if not is_pdf and self.journey_combo.currentData() == "all":
            select(self.journey_combo, "each")

    def set_inputs_enabled(self, enabled: bool) -> None:
        for widget in (self.format_combo, self.journey_combo, self.path_edit,
                       self.browse_button, *self.pdf_fields, self.check_marks, *self.image_fields,
                       *self.sheet_fields, self.language_combo):
            widget.setEnabled(enabled)
        self.filters.set_enabled(enabled)
        if enabled:
            self.update_controls()

    def browse(self) -> None:
        filters = {"pdf": _tr("PDF files (*.pdf)"), "png": _tr("PNG images (*.png)"),
                   "svg": _tr("SVG images (*.svg)")}
        chosen, _filter = QFileDialog.getSaveFileName(
            self, _tr("Export to"), str(self.target()), filters[self.format()])
        if chosen:
            self.path_edit.setText(chosen)
            self.confirmed = self.target()  # the file dialog asked about overwriting
            self.changed.emit()
