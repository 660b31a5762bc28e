"""An unsaved document is named after its first journey: window title and Save As name follow a
rename live; a saved document keeps its file name."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from klantreis_desktop.storage import FILE_SUFFIX
from klantreis_desktop.storage.file_names import safe_file_name
from klantreis_desktop.ui.window.main_window import MainWindow


@pytest.fixture
def fresh(make_window) -> MainWindow:
    """A window with a new, unsaved document made from the cleaning-service sample."""
    window = make_window()
    assert window.files.new_from("schoonmaak")
    return window


def _title(window: MainWindow) -> str:
    return window.windowTitle().replace("[*]", "")


def test_a_new_document_is_named_after_its_first_journey(fresh: MainWindow) -> None:
    doc = fresh.session.doc
    first = doc.title(doc.journeys()[0])
    assert fresh.session.display_name() == first
    assert _title(fresh) == f"{first} — Klantreis"


def test_renaming_the_journey_renames_the_window_live(fresh: MainWindow) -> None:
    journey = fresh.session.doc.journeys()[0]
    assert fresh.tabs.rename_journey(journey, "Verhuisschoonmaak – huidige reis")
    assert _title(fresh) == "Verhuisschoonmaak – huidige reis — Klantreis"
    assert fresh.isWindowModified()
    fresh.window_actions.undo.trigger()
    assert _title(fresh).startswith(fresh.session.doc.title(journey))


def test_save_as_proposes_the_journey_title_as_file_name(fresh: MainWindow, monkeypatch,
                                                         tmp_path: Path) -> None:
    journey = fresh.session.doc.journeys()[0]
    fresh.tabs.rename_journey(journey, "Verhuisschoonmaak – huidige reis")
    asked: list[str] = []

    def answer(_parent, _caption, start, _filter, *args, **kwargs):
        asked.append(start)
        return str(tmp_path / Path(start).name), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    assert fresh.files.save_as()
    assert Path(asked[0]).name == "Verhuisschoonmaak – huidige reis" + FILE_SUFFIX
    saved = tmp_path / ("Verhuisschoonmaak – huidige reis" + FILE_SUFFIX)
    assert saved.is_file() and fresh.session.path == saved.resolve()


def test_a_saved_document_keeps_its_file_name(fresh: MainWindow, tmp_path: Path) -> None:
    journey = fresh.session.doc.journeys()[0]
    assert fresh.files.save_to(tmp_path / "workshop-maart")
    fresh.tabs.rename_journey(journey, "Something else")
    assert _title(fresh) == "workshop-maart — Klantreis"
    assert fresh.session.display_name() == "workshop-maart"


def test_a_document_without_journeys_uses_its_untitled_name(fresh: MainWindow) -> None:
    doc = fresh.session.doc
    for journey in doc.journeys():
        fresh.tabs.delete_journey(journey, confirm=False)
    assert fresh.session.display_name() == fresh.session.untitled
    assert _title(fresh).startswith(fresh.session.untitled)


@pytest.mark.parametrize(("name", "expected"), [
    ("Verhuisschoonmaak – huidige reis", "Verhuisschoonmaak – huidige reis"),
    ("Klant/reis: v2?", "Klant-reis- v2"),
    ('a<b>c"d|e*f\\g', "a-b-c-d-e-f-g"),
    ("  ..verborgen.  ", "verborgen"),
    ("regel\neen\tof twee", "regel een of twee"),
    ("CON", "_CON"),
    ("nul.txt", "_nul.txt"),
    ("COM1", "_COM1"),
    ("Café “Ĳssel” — 2026", "Café “Ĳssel” — 2026"),
    ("", "klantreis"),
    ("...", "klantreis"),
])
def test_file_names_are_safe_on_every_system(name: str, expected: str) -> None:
    assert safe_file_name(name) == expected


def test_long_titles_are_cut_without_a_trailing_space() -> None:
    cut = safe_file_name("Klantreis " * 20)
    assert len(cut) <= 120 and not cut.endswith(" ")
