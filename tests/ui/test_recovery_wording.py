"""The recovery dialog tells the truth, with a date nobody misreads (review s7).

After "Decide later" and a clean quit, the offer came back saying "Klantreis did not close
properly last time" (it had); and its date read "12/5/26 1:30 PM" (12 May, to most
Europeans). Real copies in a real autosave folder, a crashed run whose process is gone.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QDateTime, QTimer
from PySide6.QtWidgets import QApplication, QLabel

from klantreis_desktop import i18n
from klantreis_desktop.storage.autosave import AutosaveStore
from klantreis_desktop.ui.dialogs.recovery_dialog import RecoveryDialog, offer_recoveries
from tests.ui.test_autosave_ui import _crash, _doc

#: 5 December 2026, 13:30 in local time (the dialog shows local time).
FIFTH_OF_DECEMBER = QDateTime.fromString("2026-12-05 13:30", "yyyy-MM-dd HH:mm")


def _crashed_copy(folder: Path) -> AutosaveStore:
    crashed = AutosaveStore(folder)
    crashed.write_document("een", _doc(), "Workshop", None)
    _crash(crashed)
    return crashed


def _texts(dialog: RecoveryDialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def test_after_deciding_later_the_offer_does_not_speak_of_a_crash(qtbot, tmp_path) -> None:
    _crashed_copy(tmp_path / "autosave")
    first_run = AutosaveStore(tmp_path / "autosave")
    first = RecoveryDialog(first_run.find_recoveries(), first_run)
    qtbot.addWidget(first)
    assert "did not close properly" in _texts(first)  # true the first time

    def decide_later() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RecoveryDialog)
        dialog.later_button.click()

    QTimer.singleShot(0, decide_later)
    assert offer_recoveries(None, first_run) == []
    first_run.shutdown()  # a clean quit

    next_run = AutosaveStore(tmp_path / "autosave")
    [kept] = next_run.find_recoveries()
    again = RecoveryDialog([kept], next_run)
    qtbot.addWidget(again)
    texts = _texts(again)
    assert "did not close properly" not in texts
    assert "decide" in texts.lower()  # says why it is offered again
    next_run.shutdown()


def test_a_new_crash_beside_a_kept_copy_still_says_so(qtbot, tmp_path) -> None:
    from klantreis_desktop.storage.autosave import mark_offered

    folder = tmp_path / "autosave"
    _crashed_copy(folder)
    mine = AutosaveStore(folder)
    mark_offered(mine.find_recoveries())
    _crashed_copy(folder)
    dialog = RecoveryDialog(mine.find_recoveries(), mine)
    qtbot.addWidget(dialog)
    assert len(dialog.rows) == 2
    assert "did not close properly" in _texts(dialog)
    mine.shutdown()


def _time_shown(qtbot, folder: Path) -> str:
    crashed = _crashed_copy(folder)
    stamp = FIFTH_OF_DECEMBER.toSecsSinceEpoch()
    sidecar = crashed.run / "een.json"
    sidecar.write_text(sidecar.read_text().replace('"saved_at":', '"old_saved_at":'))
    import os

    os.utime(crashed.run / "een.klantreis", (stamp, stamp))
    mine = AutosaveStore(folder)
    dialog = RecoveryDialog(mine.find_recoveries(), mine)
    qtbot.addWidget(dialog)
    label = dialog.rows[0].findChild(QLabel, "recovery_time")
    mine.shutdown()
    return label.text()


def test_the_time_has_the_month_as_a_word_in_english(qtbot, tmp_path) -> None:
    assert time.localtime(FIFTH_OF_DECEMBER.toSecsSinceEpoch()).tm_mday == 5
    assert _time_shown(qtbot, tmp_path / "autosave") == "Last autosaved: 5 Dec 2026, 13:30"


def test_the_time_has_the_month_as_a_word_in_dutch(qtbot, tmp_path) -> None:
    i18n.set_language("nl")
    assert _time_shown(qtbot, tmp_path / "autosave").endswith("5 dec 2026, 13:30")


def test_a_copy_older_than_its_file_says_so_and_restores_apart(qtbot, tmp_path) -> None:
    """Review s7, data loss: restoring a copy kept with "Decide later" after its file was
    saved again, then Ctrl+S, wrote the older copy over the later save."""
    import os

    from klantreis_desktop import storage

    original = tmp_path / "trip.klantreis"
    storage.save(_doc(), original)
    crashed = AutosaveStore(tmp_path / "autosave")
    crashed.write_document("een", _doc(), "trip", str(original))
    _crash(crashed)
    run = AutosaveStore(tmp_path / "autosave")
    [kept] = run.find_recoveries()
    later = kept.saved_at + 600
    os.utime(original, (later, later))
    dialog = RecoveryDialog([kept], run)
    qtbot.addWidget(dialog)
    assert "saved again later" in _texts(dialog)
    [row] = dialog.rows
    dialog.restore(row)
    [restored] = dialog.restored
    assert restored.original_path is None and "saved again later" in restored.warnings[-1]
    run.shutdown()


def test_one_copy_shows_whole_without_scrolling(qtbot, tmp_path) -> None:
    """Review s7: a row with a long path and a note scrolled inside a 640 × 310 dialog."""
    import os

    from klantreis_desktop import storage

    original = tmp_path / ("a folder with a rather long name " * 2).strip() / "trip.klantreis"
    original.parent.mkdir()
    storage.save(_doc(), original)
    crashed = AutosaveStore(tmp_path / "autosave")
    crashed.write_document("een", _doc(), "trip", str(original))
    _crash(crashed)
    run = AutosaveStore(tmp_path / "autosave")
    [kept] = run.find_recoveries()
    os.utime(original, (kept.saved_at + 600, kept.saved_at + 600))  # one more note
    dialog = RecoveryDialog([kept], run)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    from PySide6.QtWidgets import QScrollArea

    scroll = dialog.findChild(QScrollArea)
    assert scroll is not None and scroll.verticalScrollBar().maximum() == 0
    run.shutdown()
