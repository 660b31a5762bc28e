"""Qt's own dialogs speak Dutch in the Dutch UI: the file dialog (Qt's, not the system's),
message-box buttons and the colour dialog.

Qt 6.11's qtbase_nl.qm misses the file dialog's "&Look in:" and "Files of &type:" and the
file-type names; i18n/qt_supplement_nl.ts fills them in (scripts/bootstrap.sh builds it).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QFileInfo, Qt
from PySide6.QtWidgets import (
    QApplication,
    QColorDialog,
    QFileDialog,
    QFileIconProvider,
    QLabel,
    QMessageBox,
    QPushButton,
    QToolButton,
    QTreeView,
)

from klantreis_desktop import i18n
from klantreis_desktop.shipped_files import i18n_dir
from klantreis_desktop.ui.app import create_application, install_translations

ENGLISH = ("Look in", "Files of", "File name", "Cancel", "Save", "Open", "Folder", "Back",
           "Detail View", "Basic colors", "Discard", "Name", "Size", "Date Modified")


@pytest.fixture
def dutch(qapp) -> Iterator[list[str]]:
    assert (i18n_dir() / "qt_supplement_nl.qm").is_file(), "run scripts/bootstrap.sh"
    app = create_application("nl")
    try:
        yield install_translations(app, "nl")
    finally:
        install_translations(app, "en")
        i18n.set_language("en")


def _english_in(texts: list[str]) -> list[str]:
    plain = [t.replace("&", "") for t in texts]
    return [t for t in plain if any(t.startswith(word) for word in ENGLISH)]


def test_the_qt_file_dialog_is_dutch(qtbot, dutch: list[str], tmp_path: Path) -> None:
    assert dutch == ["klantreis_nl", "qtbase_nl", "qt_supplement_nl"]
    (tmp_path / "map").mkdir()
    dialog = QFileDialog(None, "Opslaan als", str(tmp_path), "Klantreis (*.klantreis)")
    qtbot.addWidget(dialog)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    dialog.show()
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "&Zoeken in:"
    assert labels["fileNameLabel"] == "Bestands&naam:"
    assert labels["fileTypeLabel"] == "Bestanden van &type:"
    buttons = [b.text() for b in dialog.findChildren(QPushButton)]
    assert {"Op&slaan", "Annuleren"} <= set(buttons)
    tips = [b.toolTip() for b in dialog.findChildren(QToolButton) if b.toolTip()]
    assert "Terug" in tips and "Detailweergave" in tips
    tree = dialog.findChild(QTreeView, "treeView")
    headers = [tree.model().headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["Naam", "Grootte", "Type", "Datum gewijzigd"]
    assert QFileIconProvider().type(QFileInfo(str(tmp_path / "map"))) == "Map"
    found = _english_in(list(labels.values()) + buttons + tips + headers)
    assert not found, found


def test_message_box_buttons_are_dutch(qtbot, dutch: list[str]) -> None:
    button = QMessageBox.StandardButton
    box = QMessageBox(QMessageBox.Icon.Warning, "Niet opgeslagen", "Opslaan?",
                      button.Save | button.Discard | button.Cancel)
    qtbot.addWidget(box)
    texts = [b.text() for b in box.buttons()]
    assert set(texts) == {"Opslaan", "Verwerpen", "Annuleren"}
    box.setStandardButtons(button.Yes | button.No | button.Ok | button.Close)
    assert not _english_in([b.text() for b in box.buttons()])


def test_the_qt_colour_dialog_is_dutch(qtbot, dutch: list[str]) -> None:
    dialog = QColorDialog()
    qtbot.addWidget(dialog)
    dialog.setOption(QColorDialog.ColorDialogOption.DontUseNativeDialog)
    dialog.show()
    texts = [label.text() for label in dialog.findChildren(QLabel) if label.text().strip()]
    texts += [b.text() for b in dialog.findChildren(QPushButton)]
    assert "&Basiskleuren" in texts and "Annuleren" in texts
    assert not _english_in(texts), _english_in(texts)
    assert QApplication.translate("QColorDialog", "Hu&e:") == "Ti&nt:"
