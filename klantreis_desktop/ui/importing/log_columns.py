"""Which column of an event log holds what: the file, its delimiter and encoding, a preview
of the first rows (numbered as in the spreadsheet) and a chooser per field, guessed from
Dutch or English header names.

Shared by File › Import event log… and Analysis › Check against event log… (which adds an
optional segment column), so both read a log the same way. The strings keep the import
dialog's translation context.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from klantreis_desktop.analysis.csvformat import (
    ROLES,
    ColumnMapping,
    EventLogError,
    normalise_header,
)
from klantreis_desktop.analysis.eventlog import preview_file
from klantreis_desktop.ui.importing.path_edit import PathEdit

ENCODINGS = ("utf-8-sig", "utf-8", "cp1252", "utf-16", "latin-1")
DELIMITERS = ((";", ";"), (",", ","), ("\t", "Tab"))
REQUIRED = ("customer", "timestamp", "touchpoint")
#: Header names (normalised) a segment column goes by.
SEGMENT_NAMES = ("segment", "doelgroep", "klantsegment", "customersegment", "groep", "group",
                 "cohort", "persona")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)


def role_label(role: str) -> str:
    return {"customer": _tr("Customer id"), "timestamp": _tr("Timestamp"),
            "touchpoint": _tr("Touchpoint"), "channel": _tr("Channel"),
            "phase": _tr("Phase"), "segment": _tr("Segment")}[role]


class LogColumns(QWidget):
    """The file row, the reading options, the preview and the column choosers."""

    #: A sentence for the dialog's status line (what was read, or what is wrong).
    message = Signal(str)
    #: The preview was (re)read: True when the file could be read.
    reloaded = Signal(bool)
    #: A path typed or pasted into the file field (Enter) of a file that is there.
    typed = Signal(Path)

    def __init__(self, placeholder: str, extra_roles: tuple[str, ...] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.header: list[str] = []
        self.extra_roles = extra_roles
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        file_row = QHBoxLayout()
        self.file_edit = PathEdit(self)  # a typed or pasted path + Enter: path_entered
        self.file_edit.setPlaceholderText(placeholder)
        self.file_edit.path_entered.connect(self._typed)
        self.browse_button = QPushButton(_tr("Choose file…"), self)
        file_row.addWidget(QLabel(_tr("File:"), self))
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        layout.addLayout(file_row)
        self.options = QWidget(self)
        options = QHBoxLayout(self.options)
        options.setContentsMargins(0, 0, 0, 0)
        self.delimiter_combo = QComboBox(self)
        self.delimiter_combo.addItem(_tr("Detect"), None)
        for value, label in DELIMITERS:
            self.delimiter_combo.addItem(label, value)
        self.encoding_combo = QComboBox(self)
        self.encoding_combo.addItem(_tr("Detect"), None)
        for encoding in ENCODINGS:
            self.encoding_combo.addItem(encoding, encoding)
        self.header_check = QCheckBox(_tr("First row holds column names"), self)
        self.header_check.setChecked(True)
        for label, widget in ((_tr("Delimiter:"), self.delimiter_combo),
                              (_tr("Encoding:"), self.encoding_combo)):
            options.addWidget(QLabel(label, self))
            options.addWidget(widget)
        options.addWidget(self.header_check)
        options.addStretch(1)
        layout.addWidget(self.options)
        self.delimiter_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.encoding_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.header_check.toggled.connect(lambda _c: self.reload())
        self.preview = QTableWidget(self)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setTabKeyNavigation(False)  # Tab goes on to the next control
        self.preview.setMinimumHeight(150)
        self.preview.verticalHeader().setDefaultSectionSize(
            self.preview.fontMetrics().height() + 8)
        layout.addWidget(self.preview, 2)
        self.mapping_box = QGroupBox(_tr("Which column holds what?"), self)
        form = QFormLayout(self.mapping_box)
        self.role_combos: dict[str, QComboBox] = {}
        for role in (*ROLES, *extra_roles):
            combo = QComboBox(self.mapping_box)
            combo.setMinimumContentsLength(16)
            label = role_label(role)
            if role not in REQUIRED:
                label = _tr("{field} (optional)").format(field=label)
            form.addRow(label + ":", combo)
            self.role_combos[role] = combo
        layout.addWidget(self.mapping_box)
        self.problems = QListWidget(self)
        self.problems.setMaximumHeight(120)
        self.problems.hide()
        layout.addWidget(self.problems)

    def _typed(self, path: Path) -> None:
        if path.is_file():
            self.typed.emit(path)
        else:
            self.message.emit(_tr("There is no file “{path}”.").format(path=path))

    def set_mappable(self, mappable: bool) -> None:
        """Show the options, preview and choosers (a CSV) or hide them (Parquet, a path
        table: their columns are known by name)."""
        for widget in (self.options, self.preview, self.mapping_box):
            widget.setVisible(mappable)

    def load_file(self, path: Path) -> bool:
        """Show the start of ``path`` and guess its columns; False (and a message) if
        unreadable."""
        self.path = path
        self.file_edit.setText(str(path))
        for combo in (self.delimiter_combo, self.encoding_combo):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        return self.reload()

    def reload(self) -> bool:
        if self.path is None:
            return False
        self.problems.clear()
        self.problems.hide()
        try:
            found = preview_file(self.path, encoding=self.encoding_combo.currentData(),
                                 delimiter=self.delimiter_combo.currentData())
        except EventLogError as error:
            self.header = []
            self._fill_preview([], [])
            self.message.emit(str(error))
            self.reloaded.emit(False)
            return False
        rows = list(found.rows)
        header = list(found.header)
        if not header and not rows:  # nothing to map: say so, not "Read as utf-8"
            self.header = []
            self._fill_preview([], [])
            self._fill_mapping([], None)
            self.message.emit(_tr("“{file}” is empty.").format(file=self.path.name))
            self.reloaded.emit(False)
            return False
        if not self.header_check.isChecked():
            rows = [header, *rows]
            width = max((len(r) for r in rows), default=0)
            header = [_tr("Column {number}").format(number=i + 1) for i in range(width)]
        self.header = header
        self._fill_preview(header, rows, 2 if self.header_check.isChecked() else 1)
        mapping = found.mapping if self.header_check.isChecked() else None
        self._fill_mapping(header, mapping)
        self.message.emit(_tr("Read as {encoding}, fields separated by “{delimiter}”.").format(
            encoding=found.encoding, delimiter="Tab" if found.delimiter == "\t"
            else found.delimiter))
        self.reloaded.emit(bool(header))
        return True

    def _fill_preview(self, header: list[str], rows: list[list[str]], first: int = 2) -> None:
        """The rows numbered as in the file (and in the problem messages; the header is 1)."""
        table = self.preview
        table.clear()
        table.setColumnCount(len(header))
        table.setRowCount(len(rows))
        table.setHorizontalHeaderLabels(header)
        table.setVerticalHeaderLabels([str(first + i) for i in range(len(rows))])
        for r, row in enumerate(rows):
            for c, value in enumerate(row[:len(header)]):
                table.setItem(r, c, QTableWidgetItem(value))
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def _fill_mapping(self, header: list[str], mapping: ColumnMapping | None) -> None:
        guessed = {role: getattr(mapping, role) for role in ROLES} if mapping else {}
        if "segment" in self.role_combos and self.header_check.isChecked():
            names = [normalise_header(h) for h in header]
            guessed["segment"] = next((names.index(n) for n in SEGMENT_NAMES if n in names
                                       and names.index(n) not in guessed.values()), None)
        for role, combo in self.role_combos.items():
            combo.clear()
            if role not in REQUIRED:
                combo.addItem(_tr("(none)"), None)
            for index, name in enumerate(header):
                combo.addItem(name or _tr("Column {number}").format(number=index + 1), index)
            wanted = guessed.get(role)
            if mapping is None and role in REQUIRED:
                wanted = REQUIRED.index(role) if REQUIRED.index(role) < len(header) else None
            if isinstance(wanted, int):
                combo.setCurrentIndex(combo.findData(wanted))

    def chosen(self, role: str) -> int | None:
        """The column chosen for ``role`` (0-based), or None."""
        value = self.role_combos[role].currentData()
        return value if isinstance(value, int) else None

    def mapping(self) -> ColumnMapping | None:
        """The mapping the form shows, or None (with a message) when it is incomplete."""
        chosen = {role: self.chosen(role) for role in self.role_combos}
        missing = [role_label(r) for r in REQUIRED if chosen[r] is None]
        if missing:
            self.message.emit(_tr("Choose a column for: {fields}.").format(
                fields=", ".join(missing)))
            return None
        used = [chosen[r] for r in ROLES if chosen[r] is not None]
        # An extra column (the segment) may be the channel or phase, not an essential one.
        used += [chosen[r] for r in self.extra_roles if chosen[r] in
                 {chosen[q] for q in REQUIRED}]
        if len(set(used)) != len(used):
            self.message.emit(_tr("Two fields are mapped to the same column."))
            return None
        customer, timestamp, touchpoint = (chosen[r] for r in REQUIRED)
        assert customer is not None and timestamp is not None and touchpoint is not None
        return ColumnMapping(customer, timestamp, touchpoint, chosen["channel"],
                             chosen["phase"])

    def reading(self) -> tuple[str | None, str | None, bool]:
        """(delimiter, encoding, has_header) as chosen (None: detect)."""
        return (self.delimiter_combo.currentData(), self.encoding_combo.currentData(),
                self.header_check.isChecked())

    def show_problems(self, lines: list[str]) -> None:
        self.problems.clear()
        self.problems.addItems(lines)
        self.problems.setVisible(bool(lines))
