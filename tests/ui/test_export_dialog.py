"""The export dialog: remembered choices, a real PDF/PNG export, the preview, clear errors."""

from __future__ import annotations

import pytest
from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from klantreis_desktop.export.pdf_options import PdfOptions
from klantreis_desktop.model.builder import build
from klantreis_desktop.settings import Settings
from klantreis_desktop.ui.exporting.export_dialog import SETTINGS_KEY, ExportDialog
from klantreis_desktop.ui.exporting.export_jobs import PdfRun
from tests.export.pdf_helpers import MM, small_spec

WAIT_MS = 20_000  # a generous ceiling, not a timing assertion


@pytest.fixture
def doc():
    spec = small_spec()
    spec["journeys"].append({"id": "j2", "title": "Ideaal", "phases": [{"id": "x", "title": "Stap"}],
                             "lanes": [{"id": "y", "title": "Contact",
                                        "lane_type": "touchpoints"}],
                             "cards": [{"id": "z", "kind": "touchpoint", "phase": "x", "lane": "y",
                                        "title": "Eerste bericht"}]})
    return build(spec)


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(tmp_path / "config" / "settings.json")


@pytest.fixture
def make_dialog(qtbot, doc, settings, tmp_path):
    made: list[ExportDialog] = []

    def make() -> ExportDialog:
        dialog = ExportDialog(doc, doc.journeys()[0], tmp_path / "verhuizen.klantreis", settings)
        qtbot.addWidget(dialog)
        dialog.show()
        made.append(dialog)
        return dialog

    yield make
    for dialog in made:
        if dialog.message_box is not None:
            dialog.message_box.done(0)
        qtbot.waitUntil(lambda d=dialog: not d.is_busy(), timeout=WAIT_MS)
        dialog.runner.shut_down()


def choose(box, data) -> None:
    index = box.findData(data)
    assert index >= 0, data
    box.setCurrentIndex(index)


def wait_for_message(qtbot, dialog: ExportDialog) -> QMessageBox:
    qtbot.waitUntil(lambda: dialog.message_box is not None and dialog.message_box.isVisible(),
                    timeout=WAIT_MS)
    assert dialog.message_box is not None
    return dialog.message_box


def test_choices_are_remembered_across_dialogs(make_dialog, settings):
    first = make_dialog()
    choose(first.form.paper_combo, "custom")
    first.form.custom_w.setValue(1200)
    first.form.custom_h.setValue(800)
    choose(first.form.orientation_combo, "landscape")
    choose(first.form.tile_combo, "A4")
    first.form.overlap_spin.setValue(15)
    first.form.greyscale_check.setChecked(True)
    first.form.persona_check.setChecked(True)
    choose(first.form.journey_combo, "each")
    choose(first.form.format_combo, "png")
    first.form.dpi_spin.setValue(300)
    first.form.transparent_check.setChecked(True)
    choose(first.form.language_combo, "en")
    expected = first.form.choices()
    first.reject()
    assert Settings(settings.path).get(SETTINGS_KEY)["dpi"] == 300  # really on disk
    second = make_dialog()
    assert second.form.choices() == expected
    assert second.form.target().suffix == ".png"
    assert second.form.dpi_spin.isVisible() and not second.form.tile_combo.isVisible()
    # An image is the poster of that paper too (its shape and layout), in its language.
    assert second.form.paper_combo.isVisible() and second.form.language_combo.isVisible()


def test_a_damaged_preference_falls_back_to_defaults(make_dialog, settings):
    settings.set(SETTINGS_KEY, {"paper": 42, "dpi": "many", "format": "svg", "tile": None})
    dialog = make_dialog()
    assert dialog.form.choices()["paper"] == "auto" and dialog.form.choices()["dpi"] == 150
    assert dialog.form.format() == "svg"


def test_export_writes_the_pdf(make_dialog, tmp_path, qtbot):
    dialog = make_dialog()
    out = tmp_path / "poster.pdf"
    dialog.form.path_edit.setText(str(out))
    choose(dialog.form.paper_combo, "A2")
    choose(dialog.form.orientation_combo, "landscape")
    choose(dialog.form.journey_combo, "all")
    dialog.export_button.click()
    box = wait_for_message(qtbot, dialog)
    assert box.icon() == QMessageBox.Icon.Information
    assert any(b.text() == "Open folder" for b in box.buttons())
    assert "poster.pdf" in box.informativeText()
    reader = PdfReader(str(out))
    assert len(reader.pages) == 2  # two journeys, one page each
    page = reader.pages[0]
    assert (round(float(page.mediabox.width) / MM), round(float(page.mediabox.height) / MM)) == (
        594, 420)
    text = "".join(p.extract_text() for p in reader.pages)
    assert "Ziet advertentie" in text and "Eerste bericht" in text
    assert not dialog.progress.isVisible()
    box.button(QMessageBox.StandardButton.Close).click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    assert dialog.result() == ExportDialog.DialogCode.Accepted


def test_each_journey_as_png(make_dialog, tmp_path, qtbot):
    dialog = make_dialog()
    choose(dialog.form.format_combo, "png")
    choose(dialog.form.journey_combo, "each")
    dialog.form.dpi_spin.setValue(100)
    dialog.form.path_edit.setText(str(tmp_path / "kaart"))  # the extension is added
    dialog.start_export()
    wait_for_message(qtbot, dialog)
    names = sorted(p.name for p in tmp_path.glob("kaart*"))
    assert names == ["kaart-ideaal.png", "kaart-schoonmaak.png"]
    with Image.open(tmp_path / "kaart-schoonmaak.png") as png:
        assert round(png.info["dpi"][0]) == 100


def test_preview_appears_and_follows_the_options(make_dialog, qtbot):
    dialog = make_dialog()
    qtbot.waitUntil(lambda: not dialog.preview_pixmap().isNull(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "Page 1 of 1" in dialog.preview_caption.text(), timeout=WAIT_MS)
    choose(dialog.form.tile_combo, "A4")
    choose(dialog.form.paper_combo, "A1")
    # Tiled: an overview page plus the sheets.
    qtbot.waitUntil(lambda: "A4" in dialog.preview_caption.text()
                    and "Page 1 of 1 " not in dialog.preview_caption.text(), timeout=WAIT_MS)
    choose(dialog.form.format_combo, "png")
    dialog.form.dpi_spin.setValue(192)
    qtbot.waitUntil(lambda: "at 192 DPI" in dialog.preview_caption.text(), timeout=WAIT_MS)
    assert not dialog.preview_pixmap().isNull()


def test_preview_page_matches_the_planned_pdf(doc, make_dialog, qtbot):
    """The thumbnail's page has the PDF's shape: A3 landscape is wider than tall."""
    dialog = make_dialog()
    choose(dialog.form.paper_combo, "A3")
    choose(dialog.form.orientation_combo, "landscape")
    qtbot.waitUntil(lambda: "420 × 297 mm" in dialog.preview_caption.text(), timeout=WAIT_MS)
    choose(dialog.form.orientation_combo, "portrait")
    qtbot.waitUntil(lambda: "297 × 420 mm" in dialog.preview_caption.text(), timeout=WAIT_MS)


@pytest.mark.parametrize("where", ["parent-is-a-file", "missing-folder", "target-is-a-folder"])
def test_an_unwritable_target_shows_the_error_and_keeps_the_dialog(make_dialog, tmp_path,
                                                                   qtbot, where):
    blocker = tmp_path / "notes.txt"
    blocker.write_text("keep me", encoding="utf-8")
    (tmp_path / "poster.pdf").mkdir()
    target = {"parent-is-a-file": blocker / "poster.pdf",
              "missing-folder": tmp_path / "gone" / "poster.pdf",
              "target-is-a-folder": tmp_path / "poster.pdf"}[where]
    dialog = make_dialog()
    choose(dialog.form.paper_combo, "A1")
    dialog.form.path_edit.setText(str(target))
    before = dialog.form.choices()
    dialog.start_export()
    box = wait_for_message(qtbot, dialog)
    assert box.icon() == QMessageBox.Icon.Critical
    assert str(target.parent.name) in box.informativeText()
    assert dialog.isVisible() and not dialog.is_busy()
    assert dialog.status_label.text() == box.informativeText()
    assert dialog.form.choices() == before and dialog.form.path_edit.text() == str(target)
    assert dialog.export_button.isEnabled()
    assert blocker.read_text(encoding="utf-8") == "keep me"
    assert (tmp_path / "poster.pdf").is_dir()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["config", "notes.txt", "poster.pdf"]
    box.done(0)
    assert dialog.isVisible()


def test_pdf_progress_reaches_the_end(doc, tmp_path):
    """The progress callback the dialog's bar follows runs to total/total."""
    seen: list[tuple[int, int]] = []
    run = PdfRun(doc, [(tmp_path / "a.pdf", "all")], PdfOptions(paper="A2", tile="A4"))
    results = run(lambda done, total: seen.append((done, total)))
    assert results[0][1].pages > 2
    assert seen[-1][0] == seen[-1][1] and len(seen) == results[0][1].pages


def answer_next_question(button: QMessageBox.StandardButton) -> list[str]:
    """Click ``button`` in the next modal question box; returns its text once asked."""
    asked: list[str] = []

    def click() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.button(button) is not None:
            asked.append(box.text())
            box.button(button).click()
        else:
            QTimer.singleShot(20, click)

    QTimer.singleShot(0, click)
    return asked


def test_an_existing_file_is_replaced_only_when_confirmed(make_dialog, tmp_path, qtbot):
    out = tmp_path / "poster.pdf"
    out.write_bytes(b"an older export")
    dialog = make_dialog()
    dialog.form.path_edit.setText(str(out))
    asked = answer_next_question(QMessageBox.StandardButton.No)
    dialog.start_export()
    assert asked and str(out) in asked[0]
    assert out.read_bytes() == b"an older export" and not dialog.is_busy()
    asked = answer_next_question(QMessageBox.StandardButton.Yes)
    dialog.start_export()
    wait_for_message(qtbot, dialog)
    assert asked and out.read_bytes().startswith(b"%PDF")


def test_a_failure_halfway_says_which_files_were_written(make_dialog, tmp_path, qtbot):
    (tmp_path / "kaart-ideaal.svg").mkdir()  # the second journey's file cannot be written
    dialog = make_dialog()
    choose(dialog.form.format_combo, "svg")
    choose(dialog.form.journey_combo, "each")
    dialog.form.path_edit.setText(str(tmp_path / "kaart.svg"))
    dialog.start_export()
    box = wait_for_message(qtbot, dialog)
    assert box.icon() == QMessageBox.Icon.Critical
    assert "kaart-ideaal.svg" in box.informativeText()
    assert "kaart-schoonmaak.svg" in box.detailedText()
    assert (tmp_path / "kaart-schoonmaak.svg").is_file() and dialog.isVisible()


def test_a_check_on_the_canvas_goes_onto_the_poster_when_asked(qtbot, settings, tmp_path):
    from klantreis_desktop.analysis.conformance import check_conformance
    from klantreis_desktop.analysis.path_table import PathTable, variants_of
    from klantreis_desktop.templates import build_sample
    from klantreis_desktop.ui.canvas.measured_items import ConformanceView, set_conformance

    sample = build_sample("schoonmaak", "nl")
    journey = sample.journeys()[0]
    dialog = ExportDialog(sample, journey, tmp_path / "s.klantreis", settings)
    qtbot.addWidget(dialog)
    assert not dialog.form.form.isRowVisible(dialog.form.check_marks)  # nothing to include
    assert dialog.form.pdf_options().conformance == {}
    dialog.done(0)
    table = PathTable(variants_of([(("Leest beoordelingen",), 3)]), "log.csv")
    result = check_conformance(sample, journey, table)
    set_conformance(sample, journey, ConformanceView(result.arrow_shares(),
                                                     result.drop_offs(), "log.csv", result))
    try:
        dialog = ExportDialog(sample, journey, tmp_path / "s.klantreis", settings)
        qtbot.addWidget(dialog)
        form = dialog.form
        assert form.form.isRowVisible(form.check_marks) and form.check_marks.isChecked()
        assert form.pdf_options().conformance == {journey: result}
        assert form.image_options().conformance == {journey: result}  # PNG/SVG too
        form.check_marks.setChecked(False)
        assert form.pdf_options().conformance == {}
        dialog.runner.shut_down()
    finally:
        set_conformance(sample, journey, None)


def test_changing_options_does_not_grow_the_dialog(make_dialog, qtbot):
    """The event-log check box is offered only with a check: it used to be shown for every
    PDF and hidden again on each change, and each time the open dialog grew to fit its
    text (a real click on Export then missed the moved button)."""
    dialog = make_dialog()
    dialog.resize(dialog.minimumSizeHint())
    qtbot.waitUntil(lambda: not dialog.preview_pixmap().isNull(), timeout=WAIT_MS)
    QApplication.processEvents()
    before = dialog.size()
    for paper in ("A0", "A3", "A1"):
        choose(dialog.form.paper_combo, paper)
        QApplication.processEvents()
    assert dialog.size() == before
    assert not dialog.form.check_marks.isVisible()


def test_the_finished_box_closes_with_enter_over_a_closed_dialog(make_dialog, qtbot):
    """Review s6 #13: after an export the dialog closes (as the tests above expect) and
    the box that says so is a plain notice: Enter and Esc close it, not "Details…", and
    its Close never leaves a dialog behind that closes with it."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    dialog = make_dialog()
    dialog._finished(["poster.pdf: 1 page, 80 kB"], ["Card text is only 9,1 pt"])
    box = wait_for_message(qtbot, dialog)
    assert not dialog.isVisible()  # done: the export dialog is gone, the notice remains
    assert dialog.result() == ExportDialog.DialogCode.Accepted
    close = box.button(QMessageBox.StandardButton.Close)
    assert box.defaultButton() is close and box.escapeButton() is close
    QTest.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=WAIT_MS)


def test_one_existing_file_is_named_in_the_singular(make_dialog, tmp_path):
    out = tmp_path / "poster.pdf"
    out.write_bytes(b"an older export")
    dialog = make_dialog()
    dialog.form.path_edit.setText(str(out))
    asked = answer_next_question(QMessageBox.StandardButton.No)
    dialog.start_export()
    assert asked and "This file exists already" in asked[0], asked


def test_the_next_export_of_a_document_starts_in_the_folder_it_last_went_to(
        make_dialog, tmp_path, qtbot, doc, settings):
    """Review s7: A3, then A0, then a PNG in a row meant typing the folder each time: the
    next dialog went back to the document's own folder."""
    first = make_dialog()
    out = tmp_path / "posters" / "a3.pdf"
    out.parent.mkdir()
    first.form.path_edit.setText(str(out))
    first.export_button.click()
    wait_for_message(qtbot, first)
    second = make_dialog()
    assert second.form.target().parent == out.parent
    other = ExportDialog(doc, doc.journeys()[0], tmp_path / "other" / "x.klantreis", settings)
    qtbot.addWidget(other)
    (tmp_path / "other").mkdir()
    other.form.restore(settings.get(SETTINGS_KEY))
    assert other.form.target().parent == tmp_path / "other"  # another document: its own
    other.runner.shut_down()


def test_every_lane_is_in_view_in_the_lane_list(make_dialog, qtbot):
    """Review s7: five rows with the fifth cut in half above empty space."""
    dialog = make_dialog()
    lanes = dialog.form.filters.lane_list
    qtbot.waitExposed(dialog)
    last = lanes.visualItemRect(lanes.item(lanes.count() - 1))
    assert lanes.count() <= 10 and last.bottom() <= lanes.viewport().height()
