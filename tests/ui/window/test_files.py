"""Files: save/save-as round trip, recent files, unsaved-changes prompt, bad files, drops."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from klantreis_desktop import storage
from klantreis_desktop.model import operations as ops
from klantreis_desktop.model.document import Document
from klantreis_desktop.ui.window.main_window import WINDOWS, MainWindow


def graph_of(doc: Document) -> tuple[dict, set]:
    g = doc.graph
    return ({n: dict(d) for n, d in g.nodes(data=True)},
            {(u, v, key) for u, v, key in g.edges(keys=True)})


def edit_title(window: MainWindow, title: str) -> None:
    journey = window.tabs.current_journey()
    window.session.push(ops.update(window.session.doc, journey, title=title))


def test_save_as_adds_the_suffix_and_reads_back_identically(window: MainWindow,
                                                            tmp_path: Path) -> None:
    edit_title(window, "Edited before saving")
    assert window.isWindowModified()
    target = tmp_path / "copy-of-sample"
    assert window.files.save_to(target)
    saved = tmp_path / "copy-of-sample.klantreis"
    assert saved.is_file()
    assert window.session.path == saved.resolve()
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("copy-of-sample")
    loaded = storage.read(saved).document
    assert graph_of(loaded) == graph_of(window.session.doc)
    assert loaded.assets == window.session.doc.assets


def test_save_writes_to_the_open_file(window: MainWindow, sample_file: Path) -> None:
    edit_title(window, "Saved in place")
    window.window_actions.save.trigger()
    assert not window.isWindowModified()
    loaded = storage.read(sample_file).document
    assert "Saved in place" in [loaded.title(j) for j in loaded.journeys()]


def test_failed_save_explains_and_keeps_the_document_unsaved(window: MainWindow, dialogs,
                                                             tmp_path: Path) -> None:
    edit_title(window, "Not yet saved")
    dialogs.answer(QMessageBox.StandardButton.Ok)
    assert not window.files.save_to(tmp_path / "no-such-folder" / "x.klantreis")
    assert dialogs.texts and "x.klantreis" in dialogs.texts[0]
    assert window.isWindowModified()
    assert window.session.path.name == "sample.klantreis"


def test_recent_files_menu_opens_a_file(qtbot, make_window, sample_file: Path,
                                        settings) -> None:
    first = make_window()
    assert first.files.open_path(sample_file, wait=True)
    assert settings.recent_files()[0] == sample_file.resolve()
    first.window_actions.recent_menu.aboutToShow.emit()
    entries = [a for a in first.window_actions.recent_menu.actions() if a.toolTip() == str(
        sample_file.resolve())]
    assert entries
    other = make_window()  # a fresh window: the recent entry opens there
    other.window_actions.recent_menu.aboutToShow.emit()
    before = len(WINDOWS)
    first.session.stack.setClean()
    first.close()
    next(a for a in other.window_actions.recent_menu.actions()
         if a.toolTip() == str(sample_file.resolve())).trigger()
    qtbot.waitUntil(lambda: other.session is not None, timeout=30000)  # read in the background
    assert other.session.path == sample_file.resolve()
    assert len(WINDOWS) == before - 1


def test_opening_a_corrupt_file_shows_an_error_and_keeps_the_document(
        window: MainWindow, dialogs, tmp_path: Path) -> None:
    edit_title(window, "Work in progress")
    before = graph_of(window.session.doc)
    session = window.session
    bad = tmp_path / "broken.klantreis"
    bad.write_bytes(b"PK\x03\x04 this is not really a zip file")
    count = len(WINDOWS)
    dialogs.answer(QMessageBox.StandardButton.Ok)
    assert not window.files.open_path(bad, wait=True)
    assert dialogs.texts and "broken.klantreis" in dialogs.texts[0]
    assert window.session is session and graph_of(window.session.doc) == before
    assert window.isWindowModified() and len(WINDOWS) == count


def test_closing_with_unsaved_changes_asks(window: MainWindow, dialogs, sample_file: Path) -> None:
    edit_title(window, "Unsaved title")
    dialogs.answer(QMessageBox.StandardButton.Cancel)
    assert not window.close()
    assert "Unsaved changes" not in dialogs.texts[0] and "sample" in dialogs.texts[0]
    assert window.isVisible() and window.session is not None

    dialogs.answer(QMessageBox.StandardButton.Save)
    assert window.close()
    assert len(dialogs.texts) == 2
    loaded = storage.read(sample_file).document
    assert "Unsaved title" in [loaded.title(j) for j in loaded.journeys()]


def test_discarding_closes_without_saving(make_window, dialogs, sample_file: Path) -> None:
    window = make_window()
    window.files.open_path(sample_file, wait=True)
    edit_title(window, "Thrown away")
    dialogs.answer(QMessageBox.StandardButton.Discard)
    assert window.close()
    loaded = storage.read(sample_file).document
    assert "Thrown away" not in [loaded.title(j) for j in loaded.journeys()]


def test_a_clean_document_closes_without_asking(window: MainWindow, settings) -> None:
    assert window.close()
    assert isinstance(settings.get("window_geometry"), str)
    assert isinstance(settings.get("window_state"), str)
    assert isinstance(settings.get("zoom"), float)


def test_second_file_opens_in_its_own_window(window: MainWindow, tmp_path: Path) -> None:
    doc = window.session.doc
    other = tmp_path / "other.klantreis"
    storage.save(doc, other)
    edit_title(window, "Keep me")
    count = len(WINDOWS)
    assert window.files.open_path(other, wait=True)
    assert len(WINDOWS) == count + 1
    assert window.session.path.name == "sample.klantreis"
    assert WINDOWS[-1].session.path == other.resolve()
    # Opening the same file again brings its window forward instead of a copy.
    assert window.files.open_path(other, wait=True)
    assert len(WINDOWS) == count + 1


def test_new_document_from_a_template_replaces_a_pristine_window(make_window) -> None:
    window = make_window()
    assert window.session is None
    assert window.files.new_from("5a")
    assert window.session is not None and window.session.path is None
    assert len(window.session.doc.phases(window.tabs.current_journey())) == 5
    assert "5A" in window.windowTitle()
    assert not window.isWindowModified()


def test_dropping_a_file_on_the_window_opens_it(qtbot, make_window,
                                                sample_file: Path) -> None:
    window = make_window()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(sample_file))])
    point = QPoint(window.width() // 2, window.height() // 2)
    enter = QDragEnterEvent(point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    qtbot.waitUntil(lambda: window.session is not None, timeout=30000)  # read in the background
    assert window.session.path == sample_file.resolve()


def test_dropping_something_else_is_refused(make_window) -> None:
    window = make_window()
    mime = QMimeData()
    mime.setText("hello")
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()


def test_a_newer_file_opens_with_its_warning_shown_once(make_window, dialogs,
                                                       tmp_path: Path) -> None:
    from tests.storage.test_newer import _newer_file

    data, card, _target = _newer_file()
    path = tmp_path / "future.klantreis"
    path.write_bytes(data)
    window = make_window()
    dialogs.answer(QMessageBox.StandardButton.Ok)
    assert window.files.open_path(path, wait=True)
    assert len(dialogs.texts) == 1 and "newer version" in dialogs.texts[0]
    assert card in window.session.doc
    assert not window.isWindowModified()
    # Opening it again only brings its window forward: no second warning.
    assert window.files.open_path(path, wait=True)
    assert len(dialogs.texts) == 1


def _lock_files(folder: Path) -> list[Path]:
    return sorted(folder.rglob(".~lock.*#"))


def test_a_shipped_sample_opens_as_a_new_document_without_a_lock(
        qtbot, make_window, settings) -> None:
    """The samples that come with the app are read-only originals (often in a folder no
    one may write to): opening one gives a new, untouched document, leaves no lock file
    beside the sample, is not a recent file, and Save asks for a name of one's own."""
    from klantreis_desktop.shipped_files import resources_dir

    samples = resources_dir() / "samples"
    sample = samples / "schoonmaak.nl.klantreis"
    window = make_window()
    assert window.files.open_path(sample)  # in the background, as from File > Open
    qtbot.waitUntil(lambda: window.session is not None and not window.files.opening(),
                    timeout=30000)
    session = window.session
    assert session.path is None and session.lock is None and not session.read_only
    assert not window.isWindowModified() and session.display_name()
    assert _lock_files(samples) == []
    assert sample.resolve() not in settings.recent_files()
    # Opening it once more is again a new document, in a window of its own: the sample
    # the person asked to see is not replaced (nor by a new document from a template).
    count = len(WINDOWS)
    assert window.files.open_path(sample, wait=True)
    assert len(WINDOWS) == count + 1 and window.session is session
    other = WINDOWS[-1]
    assert other.session is not None and other.session.path is None
    assert window.files.new_from("5a")
    assert len(WINDOWS) == count + 2 and window.session is session
    assert _lock_files(samples) == []
