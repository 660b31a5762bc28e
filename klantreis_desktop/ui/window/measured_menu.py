"""The measured-journey commands of a main window (issue 19), installed beside the others:

- File › Import: Metrics…, Survey…, Content Sheet (CSV/XLSX)…, Mermaid Diagram…;
- File › Export Content: the journey's cards as CSV or XLSX, a Mermaid diagram, a
  Markdown summary, the opportunities as CSV;
- Analysis: Check Against Event Log…, Clear the Check, Heat Map by Metric, Remove
  Measured Scores, and the analysis panel.

Every import that changes the document is ONE undo step (a ChangeSet pushed on the
session's stack); a refusal shows its reasons and leaves the document as it was. Kept out
of main_window.py and menu_actions.py, which stay about the window's own commands.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from klantreis_desktop.ui.lifetime import connect_for_life

if TYPE_CHECKING:
    from klantreis_desktop.ui.window.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("MeasuredMenu", text)


def _cards(count: int) -> str:
    """"1 card", "3 cards" ("1 kaart", "3 kaarten")."""
    return (_tr("{count} card") if count == 1 else _tr("{count} cards")).format(count=count)


#: Export formats: key → (menu text, file filter, suffix).
def export_formats() -> dict[str, tuple[str, str, str]]:
    return {
        "csv": (_tr("Content as &CSV…"), _tr("CSV files (*.csv)"), ".csv"),
        "xlsx": (_tr("Content as &XLSX…"), _tr("Excel workbooks (*.xlsx)"), ".xlsx"),
        "mermaid": (_tr("&Mermaid Diagram…"), _tr("Mermaid files (*.mmd)"), ".mmd"),
        "markdown": (_tr("Mark&down Summary…"), _tr("Markdown files (*.md)"), ".md"),
        "opportunities": (_tr("&Opportunities (CSV)…"), _tr("CSV files (*.csv)"), ".csv"),
    }


def content_bytes(doc: object, journey: str, key: str) -> bytes:
    """The current journey's content in one export format."""
    from klantreis_desktop.export import content_sheet, content_text
    from klantreis_desktop.model.document import Document

    assert isinstance(doc, Document)
    if key == "csv":
        return content_sheet.content_csv(doc, [journey])
    if key == "xlsx":
        return content_sheet.content_xlsx(doc, [journey])
    if key == "mermaid":
        return content_text.journey_mermaid(doc, journey).encode("utf-8")
    if key == "markdown":
        return content_text.journey_markdown(doc, [journey]).encode("utf-8")
    if key == "opportunities":
        return content_text.opportunities_csv(doc, [journey])
    raise ValueError(key)


class MeasuredMenu(QObject):
    """The actions and menus above, for one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.import_metrics = self._action(_tr("&Metrics…"), self.show_metrics,
                                           _tr("NPS, CSAT, volumes, … per touchpoint and "
                                               "phase from a CSV or XLSX table"))
        self.import_survey = self._action(_tr("&Survey…"), self.show_survey,
                                          _tr("Survey scores become the measured emotion "
                                              "curve"))
        self.import_sheet = self._action(_tr("Content S&heet (CSV/XLSX)…"),
                                         self.import_content_sheet)
        self.import_mermaid = self._action(_tr("M&ermaid Diagram…"), self.import_mermaid_file)
        self.exports = {key: self._action(text, partial(self.export_content, key))
                        for key, (text, _f, _s) in export_formats().items()}
        self.check_log = self._action(_tr("&Check Against Event Log…"), self.show_conformance,
                                      _tr("Replay what customers really did on the designed "
                                          "journey"))
        self.clear_check = self._action(_tr("C&lear the Event Log Check"), self.clear_conformance)
        self.remove_scores = self._action(_tr("&Remove Measured Scores"), self.remove_measured)
        self.import_menu = QMenu(_tr("Im&port"), window)
        self.import_menu.setObjectName("import_menu")
        self.import_menu.addActions([self.import_metrics, self.import_survey])
        self.import_menu.addSeparator()
        self.import_menu.addActions([self.import_sheet, self.import_mermaid])
        self.export_menu = QMenu(_tr("Export Con&tent"), window)
        self.export_menu.setObjectName("export_content_menu")
        self.export_menu.addActions(list(self.exports.values()))
        self.heat_menu = QMenu(_tr("&Heat Map by Metric"), window)
        self.heat_menu.setObjectName("metric_heat_menu")
        self.heat_menu.aboutToShow.connect(self._fill_heat_menu)
        self.menu = QMenu(_tr("&Analysis"), window)
        self.menu.setObjectName("analysis_menu")
        self.menu.addAction(self.check_log)
        self.menu.addAction(self.clear_check)
        self.menu.addSeparator()
        self.menu.addMenu(self.heat_menu)
        self.menu.addAction(self.remove_scores)
        self.menu.addSeparator()
        self.menu.addAction(window.analysis_dock.toggleViewAction())
        self._place()
        connect_for_life(window.tabs.current_journey_changed, lambda _j: self.update(), self)
        connect_for_life(window.undo_group.indexChanged, lambda _i: self.update(), self)
        self.update()

    def _action(self, text: str, slot: Callable[[], object], tip: str = "") -> QAction:
        action = QAction(text, self.window)
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _place(self) -> None:
        """Import after Import Event Log, Export Content after Export, Analysis before
        the Workshop and Help menus."""
        actions = self.window.window_actions
        bar = self.window.menuBar()
        menus = [m for a in bar.actions() if isinstance(m := a.menu(), QMenu)]
        menu = next((m for m in menus if actions.import_events in m.actions()), None)
        if menu is not None:
            items = menu.actions()
            after = items.index(actions.import_events) + 1
            if after < len(items):
                menu.insertMenu(items[after], self.import_menu)
            else:
                menu.addMenu(self.import_menu)
            menu.insertMenu(items[items.index(actions.export) + 1], self.export_menu)
        journey_menu = next((a for a in bar.actions() if a.menu() is not None
                             and a.menu().objectName() != "help_menu"
                             and a.text() == QCoreApplication.translate(
                                 "Actions", "&Journey")), None)
        after_journey = None
        if journey_menu is not None:
            found = bar.actions()
            after_journey = found[found.index(journey_menu) + 1] if (
                found.index(journey_menu) + 1 < len(found)) else None
        if after_journey is not None:
            bar.insertMenu(after_journey, self.menu)
        else:
            bar.addMenu(self.menu)

    def update(self) -> None:
        """Enable what the current journey allows."""
        from klantreis_desktop.model import measures as m

        session, journey = self.window.session, self.window.tabs.current_journey()
        has = session is not None and journey is not None and journey in session.doc
        for action in (self.import_metrics, self.import_survey, self.check_log,
                       *self.exports.values()):
            action.setEnabled(has)
        self.import_sheet.setEnabled(session is not None)
        self.import_mermaid.setEnabled(session is not None)
        measured = has and session is not None and journey is not None and any(
            m.measured_of(session.doc, n) for n in m.measured_nodes(session.doc, journey))
        self.remove_scores.setEnabled(bool(measured))
        self.heat_menu.setEnabled(bool(has and session is not None and journey is not None
                                       and m.metric_defs(session.doc, journey)))
        from klantreis_desktop.ui.canvas.measured_items import conformance_of

        self.clear_check.setEnabled(bool(has and session is not None and journey is not None
                                         and conformance_of(session.doc, journey, stale=True)))

    # The commands ---------------------------------------------------------------------

    def _refresh_analysis(self) -> None:
        if self.window._analysis is not None:
            self.window._analysis.refresh()
        self.update()

    def show_metrics(self) -> None:
        from klantreis_desktop.ui.importing.metrics_dialog import show_metrics_dialog

        if show_metrics_dialog(self.window, self.window.session,
                               self.window.tabs.current_journey()):
            self.window.statusBar().showMessage(_tr("Metrics imported (one undo step)."), 5000)
        self.update()

    def show_survey(self) -> None:
        from klantreis_desktop.ui.importing.survey_dialog import show_survey_dialog

        if show_survey_dialog(self.window, self.window.session,
                              self.window.tabs.current_journey()):
            self.window.analysis_dock.show()
            self.window.analysis.show_measured()  # the flags, not the top of the panel
            self.window.statusBar().showMessage(_tr("Survey imported (one undo step)."), 5000)
        self.update()

    def show_conformance(self) -> None:
        from klantreis_desktop.ui.importing.conformance_dialog import show_conformance_dialog

        if show_conformance_dialog(self.window, self.window.session,
                                   self.window.tabs.current_journey()) is not None:
            self.window.analysis_dock.show()
        self._refresh_analysis()

    def clear_conformance(self) -> None:
        from klantreis_desktop.ui.canvas.measured_items import set_conformance

        session, journey = self.window.session, self.window.tabs.current_journey()
        if session is not None and journey is not None:
            set_conformance(session.doc, journey, None)
        self._refresh_analysis()

    def remove_measured(self) -> None:
        from klantreis_desktop.model.measures import clear_measured

        session, journey = self.window.session, self.window.tabs.current_journey()
        if session is not None and journey is not None:
            session.push(clear_measured(session.doc, journey))
        self.update()

    def _fill_heat_menu(self) -> None:
        from klantreis_desktop.layout.measured import metric_title
        from klantreis_desktop.model.measures import metric_defs

        self.heat_menu.clear()
        scene = self.window.tabs.current_scene()
        session = self.window.session
        if scene is None or session is None:
            return
        group = QActionGroup(self.heat_menu)
        choices = [(None, _tr("Off"))] + [(f"metric:{d.name}", metric_title(d))
                                          for d in metric_defs(session.doc, scene.journey)]
        for mode, text in choices:
            action = self.heat_menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(scene.heat_mode == mode)
            action.triggered.connect(lambda _c=False, mode=mode: self.set_heat(mode))
            group.addAction(action)

    def set_heat(self, mode: str | None) -> None:
        scene = self.window.tabs.current_scene()
        if scene is not None:
            scene.set_heat(mode)

    # Content in other formats ---------------------------------------------------------

    def _open_file(self, title: str, file_filter: str) -> Path | None:
        """A file chosen in the folder used last, else the document's (remembered)."""
        from klantreis_desktop.ui.importing.folders import remember_folder, start_folder

        chosen, _ = QFileDialog.getOpenFileName(
            self.window, title, str(start_folder(self.window, self.window.session)),
            file_filter)
        if not chosen:
            return None
        remember_folder(self.window, Path(chosen))
        return Path(chosen)

    def import_content_sheet(self) -> None:
        chosen = self._open_file(_tr("Import content sheet"),
                                 _tr("Tables (*.csv *.xlsx);;All files (*)"))
        if chosen is not None:
            self.import_content(chosen)

    def import_mermaid_file(self) -> None:
        chosen = self._open_file(_tr("Import Mermaid diagram"),
                                 _tr("Mermaid files (*.mmd *.mermaid *.md *.txt);;All files (*)"))
        if chosen is not None:
            self.import_content(chosen)

    def import_content(self, path: Path, quiet: bool = False) -> str | None:
        """Cards from a content sheet or a Mermaid journey diagram as ONE undo step; the
        refusal's text (also shown unless ``quiet``), None when it was imported."""
        from klantreis_desktop.analysis.csvformat import EventLogError
        from klantreis_desktop.analysis.sheets import read_table
        from klantreis_desktop.export import content_messages, content_sheet, content_text
        from klantreis_desktop.model import operations as ops
        from klantreis_desktop.model.model_error import ModelError

        session = self.window.session
        if session is None:
            return None
        try:
            if content_text.is_mermaid_file(path):
                change = content_text.journey_from_mermaid(
                    session.doc, content_text.read_mermaid_file(path))
                done = _tr("{file} imported as the journey “{title}” (one undo step).")
                shown = ops.created_id(change)
                notes: list[str] = []
            else:
                header, rows = (table := read_table(path)).header, table.rows
                today = datetime.date.today().isoformat()
                result = content_sheet.import_sheet(session.doc, header, rows,
                                                    source=path.name, today=today)
                change = result.change
                if result.updated or result.added:
                    done = _tr("{file}: {updated} updated, {added} added (one undo "
                               "step).").format(file="{file}", updated=_cards(result.updated),
                                                added=_cards(result.added))
                else:  # only figures of phases or arrows changed: those lines say what
                    done = _tr("{file}: no card changed (one undo step).")
                if result.removed_arrows:
                    done += " " + _tr("Arrows that the sheet no longer lists, "
                                      "removed: {count}.").format(count=result.removed_arrows)
                if result.figures_changed:
                    done += " " + content_messages.figures_changed_text(
                        result.figures_changed, "{file}", today)
                notes = list(result.warnings)
                if result.not_in_sheet_titles:
                    notes.append(content_messages.not_in_sheet_text(result.not_in_sheet_titles))
                shown = next((j for j in result.journeys if j in session.doc), "")
        except (ModelError, EventLogError, OSError, UnicodeDecodeError) as error:
            # A sheet's refusal lists its problems under a heading of its own: shown
            # once, under this one ("Nothing was imported" twice read as a stutter).
            listed = getattr(error, "problems", None)
            text = _tr("Nothing was imported from {file}:").format(file=path.name) + "\n" + (
                "\n".join(listed) if listed else str(getattr(error, "strerror", None) or error))
            if not quiet:
                QMessageBox.warning(self.window, _tr("Import content"), text)
            return text
        if not change.atoms:  # the sheet says what the journey holds: no empty undo step
            done = _tr("{file}: nothing changed, the journey already holds what the sheet "
                       "says.")
        else:
            session.push(change)
        if notes and not quiet:
            QMessageBox.information(self.window, _tr("Import content"), "\n".join(notes))
        if shown in session.doc:
            self.window.tabs.set_current_journey(shown)
        self.window.statusBar().showMessage(done.format(
            file=path.name, title=session.doc.title(shown) if shown in session.doc else ""),
            8000)
        return None

    def export_content(self, key: str, path: Path | None = None) -> Path | None:
        """The current journey's content in format ``key``; asks for a file unless given."""
        from klantreis_desktop.export.files import ExportError, write_atomic

        session, journey = self.window.session, self.window.tabs.current_journey()
        if session is None or journey is None:
            return None
        text, filter_text, suffix = export_formats()[key]
        if path is None:
            from klantreis_desktop.export.files import slug
            from klantreis_desktop.ui.importing.folders import (
                export_folder,
                remember_export_folder,
                remember_folder,
            )

            start = export_folder(self.window, session) / (slug(session.doc.title(journey))
                                                           + suffix)
            chosen, _ = QFileDialog.getSaveFileName(self.window, text.replace("&", "")
                                                    .rstrip("…"), str(start), filter_text)
            if not chosen:
                return None
            path = Path(chosen)
            remember_export_folder(self.window, path)
            remember_folder(self.window, path)  # the sheet may come back from there
        if not path.suffix:
            path = path.with_suffix(suffix)
        try:
            write_atomic(path, content_bytes(session.doc, journey, key))
        except (ExportError, OSError) as error:
            QMessageBox.warning(self.window, _tr("Export content"), str(error))
            return None
        self.window.statusBar().showMessage(_tr("Saved {file}.").format(file=path.name), 5000)
        return path


def install(window: MainWindow) -> MeasuredMenu:
    return MeasuredMenu(window)
