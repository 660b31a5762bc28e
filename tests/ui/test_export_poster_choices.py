"""The export dialog's poster choices (issue 16): paper ``auto`` by default and what it
chose, filters and the poster's language passed to every format, warnings by card, and a
preview that follows the planned poster (its paper, its band, tiles without blanks)."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QMessageBox

from klantreis_desktop import storage
from klantreis_desktop.export.pdf_options import PdfOptions
from klantreis_desktop.model.builder import build
from klantreis_desktop.settings import Settings
from klantreis_desktop.ui.exporting import export_preview as preview
from klantreis_desktop.ui.exporting.export_dialog import SETTINGS_KEY, ExportDialog
from tests.export.pdf_helpers import hostile_spec, small_spec, squash

WAIT_MS = 30_000  # a generous ceiling, not a timing assertion
ROOT = Path(__file__).resolve().parents[2]
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(tmp_path / "config" / "settings.json")


@pytest.fixture
def make_dialog(qtbot, settings, tmp_path):
    made: list[ExportDialog] = []

    def make(doc=None) -> ExportDialog:
        doc = doc if doc is not None else build(small_spec())
        dialog = ExportDialog(doc, doc.journeys()[0], tmp_path / "verhuizen.klantreis",
                              settings)
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


def untick(list_widget, text: str) -> None:
    items = list_widget.findItems(text, Qt.MatchFlag.MatchExactly)
    assert items, text
    items[0].setCheckState(Qt.CheckState.Unchecked)


def wait_for_box(qtbot, dialog: ExportDialog) -> QMessageBox:
    qtbot.waitUntil(lambda: dialog.message_box is not None and dialog.message_box.isVisible(),
                    timeout=WAIT_MS)
    assert dialog.message_box is not None
    return dialog.message_box


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def svg_text(path: Path) -> str:
    root = ET.parse(path).getroot()
    return " ".join("".join(t.itertext()) for t in root.iter(f"{SVG}text"))


# Paper ---------------------------------------------------------------------------------

def test_auto_is_the_default_and_the_dialog_says_what_it_chose(make_dialog, qtbot):
    dialog = make_dialog()
    assert dialog.form.paper_combo.currentData() == "auto"
    assert dialog.form.paper_combo.currentText() == "Automatic (readable at 2 m)"
    options = dialog.form.pdf_options()
    assert options.paper == "auto" and options.author == ""  # the journey's own author
    qtbot.waitUntil(lambda: "card text 15 pt" in dialog.preview_caption.text(),
                    timeout=WAIT_MS)
    caption = dialog.preview_caption.text()
    assert "A2 portrait, card text 15 pt" in caption and "Page 1 of 1 · A2" in caption


def test_the_old_default_a3_is_replaced_by_auto_once(make_dialog, settings):
    settings.set(SETTINGS_KEY, {"paper": "A3", "format": "pdf"})  # saved by the old dialog
    assert make_dialog().form.paper_combo.currentData() == "auto"
    settings.set(SETTINGS_KEY, {"paper": "A3", "format": "pdf", "language": ""})
    assert make_dialog().form.paper_combo.currentData() == "A3"  # chosen in this version


def test_the_notes_of_the_export_are_in_the_finished_box(make_dialog, tmp_path, qtbot):
    dialog = make_dialog()
    dialog.form.path_edit.setText(str(tmp_path / "poster.pdf"))
    dialog.start_export()
    box = wait_for_box(qtbot, dialog)
    assert box.icon() == QMessageBox.Icon.Information
    assert "A2 portrait, card text 15 pt" in box.informativeText()


# Filters and language ------------------------------------------------------------------

def test_filters_and_the_language_reach_the_pdf(make_dialog, tmp_path, qtbot):
    dialog = make_dialog()
    form = dialog.form
    assert [form.filters.lane_list.item(i).text() for i in range(
        form.filters.lane_list.count())] == ["Contactmomenten", "Emoties", "Pijnpunten",
                                             "Kansen"]
    untick(form.filters.lane_list, "Kansen")
    form.filters.phase_from.setCurrentIndex(1)
    form.filters.phase_from.activated.emit(1)
    untick(form.filters.persona_list, "Ali")
    choose(form.language_combo, "nl")
    options = form.pdf_options()
    doc = dialog.doc
    assert [doc.title(n) for n in options.lanes or []] == ["Contactmomenten", "Emoties",
                                                           "Pijnpunten"]
    assert [doc.title(n) for n in options.personas or []] == ["Esther"]
    assert options.phases == "2-3" and options.language == "nl"
    out = tmp_path / "gefilterd.pdf"
    form.path_edit.setText(str(out))
    dialog.start_export()
    wait_for_box(qtbot, dialog)
    text = pdf_text(out)
    assert "Legenda" in text and "Legend\n" not in text
    assert "Vergelijkt prijzen" in text and "Reiskosten onduidelijk" in text
    assert "Totaalprijs" not in text  # the Kansen lane is left out
    assert "Ziet advertentie" not in text and "Bewustwording" not in text  # phase 1
    assert "Esther" in text and "Ali" not in text


def test_images_are_the_same_filtered_poster_in_the_chosen_language(make_dialog, tmp_path,
                                                                     qtbot):
    dialog = make_dialog()
    form = dialog.form
    choose(form.format_combo, "svg")
    untick(form.filters.lane_list, "Kansen")
    choose(form.language_combo, "nl")
    out = tmp_path / "kaart.svg"
    form.path_edit.setText(str(out))
    dialog.start_export()
    box = wait_for_box(qtbot, dialog)
    assert box.icon() == QMessageBox.Icon.Information
    text = squash(svg_text(out))
    assert "Legenda" in text and "Persona’s:Esther,Ali" in text  # the title block, in Dutch
    assert squash("Vergelijkt prijzen") in text and "Totaalprijs" not in text


def test_a_poster_without_lanes_is_refused(make_dialog, tmp_path, qtbot):
    dialog = make_dialog()
    for i in range(dialog.form.filters.lane_list.count()):
        dialog.form.filters.lane_list.item(i).setCheckState(Qt.CheckState.Unchecked)
    qtbot.waitUntil(lambda: "at least one lane" in dialog.preview_caption.text(),
                    timeout=WAIT_MS)
    dialog.form.path_edit.setText(str(tmp_path / "leeg.pdf"))
    dialog.start_export()
    box = wait_for_box(qtbot, dialog)
    assert box.icon() == QMessageBox.Icon.Critical and "at least one lane" in (
        box.informativeText())
    assert not (tmp_path / "leeg.pdf").exists()


# Warnings by card ----------------------------------------------------------------------

def test_warnings_name_the_cards_in_the_preview_and_when_done(make_dialog, tmp_path, qtbot):
    dialog = make_dialog(build(hostile_spec()))
    qtbot.waitUntil(lambda: "more warning" in dialog.preview_caption.text(), timeout=WAIT_MS)
    caption = dialog.preview_caption.text()
    assert "did not fit its box" in caption
    assert "🧹" in dialog.preview_caption.toolTip()  # every warning, the emoji card's too
    choose(dialog.form.format_combo, "png")
    dialog.form.dpi_spin.setValue(60)
    dialog.form.path_edit.setText(str(tmp_path / "vijandig.png"))
    dialog.start_export()
    box = wait_for_box(qtbot, dialog)
    assert box.icon() == QMessageBox.Icon.Information
    details = box.detailedText()
    assert "Stofzuiger" in details and "printed as �" in details
    assert "Aansprakelijkheids" in details or "did not fit" in details


# The preview follows the planned poster -------------------------------------------------

def _sample(name: str):
    return storage.load(ROOT / "resources" / "samples" / f"{name}.klantreis")


@pytest.mark.parametrize("orientation", ["landscape", "portrait"])
def test_the_preview_has_the_posters_sheet_and_band(qapp, orientation):
    doc = _sample("schoonmaak.nl")
    shown = preview.plan_preview(doc, PdfOptions(paper="A0", orientation=orientation,
                                                 journeys=doc.journeys()[:1]),
                                 size=QSize(300, 300))
    assert (shown.paper, shown.orientation) == ("A0", orientation)
    assert (shown.page_w > shown.page_h) == (orientation == "landscape")
    assert not shown.image.isNull() and shown.image.size() == QSize(300, 300)
    head, grid, *band = shown.content
    assert head[1] + head[3] <= grid[1] and len(band) == 3  # two personas and the legend
    for block in band:
        if orientation == "landscape":  # beside the grid
            assert block[0] >= grid[0] + grid[2]
        else:  # across the width, under the grid
            assert block[1] >= grid[1] + grid[3]
    caption = preview.page_caption(shown)
    assert caption.startswith("Page 1 of 1 · A0 " + orientation)


def test_the_preview_of_tiles_leaves_blank_sheets_out(qapp):
    doc = _sample("schoonmaak.nl")
    options = PdfOptions(paper="A0", orientation="portrait", tile="A3",
                         journeys=doc.journeys()[:1])
    shown = preview.plan_preview(doc, options, size=QSize(300, 300))
    printed = [name for name, _box, kept in shown.tiles if kept]
    blank = [name for name, _box, kept in shown.tiles if not kept]
    assert blank and shown.pages == 1 + len(printed)
    assert printed[0] == "rij 1 · kolom 1"  # the journey's language; not a paper size
    assert shown.tiled_on == "A3" and "vellen A3" in shown.overview
    # The sheets cover the poster on the overview.
    px, py, pw, ph = shown.poster
    xs = [b[0] for _n, b, _k in shown.tiles] + [b[0] + b[2] for _n, b, _k in shown.tiles]
    ys = [b[1] for _n, b, _k in shown.tiles] + [b[1] + b[3] for _n, b, _k in shown.tiles]
    assert min(xs) <= px + 0.5 and max(xs) >= px + pw - 0.5
    assert min(ys) <= py + 0.5 and max(ys) >= py + ph - 0.5
    assert "A3" in preview.page_caption(shown)


@pytest.mark.parametrize("persona_pages", [False, True])
def test_the_previews_page_count_is_the_exports(qapp, persona_pages):
    """Analysis (and persona) pages count in "Page 1 of N", as in the exported PDF."""
    from klantreis_desktop.export.pdf import render_pdf

    doc = _sample("schoonmaak.nl")
    options = PdfOptions(paper="A3", journeys=doc.journeys()[:1], analysis_pages=True,
                         persona_pages=persona_pages)
    shown = preview.plan_preview(doc, options, size=QSize(200, 200))
    _data, pages, _warnings = render_pdf(doc, options)
    assert shown.pages == pages >= 2
    assert preview.page_caption(shown).startswith(f"Page 1 of {pages} ")
