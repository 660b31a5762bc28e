"""The backup a save keeps, found for a damaged file and recognised when opened (no Qt)."""

from __future__ import annotations

from pathlib import Path

from klantreis_desktop import storage, templates
from klantreis_desktop.storage import KlantreisFileError
from klantreis_desktop.storage.autosave import (
    AutosaveStore,
    copies_of,
    find_recoveries,
    mark_offered,
)
from klantreis_desktop.storage.backups import original_of, usable_backup


def _damaged_with_backup(folder: Path) -> tuple[Path, KlantreisFileError]:
    path = folder / "trip.klantreis"
    doc = templates.build_template("5a", "en")
    storage.save(doc, path)
    storage.save(doc, path)
    path.write_bytes(b"PK\x03\x04 broken")
    try:
        storage.read(path)
    except KlantreisFileError as error:
        return path, error
    raise AssertionError("the damaged file was read")


def test_a_damaged_file_has_a_usable_backup(tmp_path: Path) -> None:
    path, error = _damaged_with_backup(tmp_path)
    assert error.code == "corrupt"
    backup = usable_backup(path, error)
    assert backup is not None and backup.path == tmp_path / "trip.klantreis.bak"
    assert backup.result.document.journeys()
    assert backup.saved_at > 0


def test_no_backup_for_a_damaged_backup_or_another_kind_of_error(tmp_path: Path) -> None:
    path, error = _damaged_with_backup(tmp_path)
    (tmp_path / "trip.klantreis.bak").write_bytes(b"also broken")
    assert usable_backup(path, error) is None
    missing = KlantreisFileError("not_found", "gone")
    assert usable_backup(tmp_path / "nothing.klantreis", missing) is None


def test_a_backup_knows_its_original() -> None:
    assert original_of("/map/trip.klantreis.bak") == Path("/map/trip.klantreis")
    assert original_of("/map/Trip.KLANTREIS.BAK") == Path("/map/Trip.KLANTREIS")
    assert original_of("/map/trip.klantreis") is None
    assert original_of("/map/notes.bak") is None
    assert original_of("/map/.klantreis.bak") is None


def test_copies_of_a_file_and_kept_for_later(tmp_path: Path) -> None:
    folder = tmp_path / "autosave"
    crashed = AutosaveStore(folder)
    doc = templates.build_template("5a", "en")
    crashed.write_document("a", doc, "trip", tmp_path / "map" / ".." / "trip.klantreis")
    crashed.write_document("b", doc, "other", tmp_path / "other.klantreis")
    crashed.write_document("c", doc, "new", None)
    crashed._lock_handle.close()  # what a crash leaves: the OS lock is gone ...
    crashed._lock_handle = None
    (crashed.run / "lock.json").write_text("{}")  # ... and the lock names nobody
    found = find_recoveries(folder)
    assert len(found) == 3 and not any(r.offered for r in found)
    [trip] = copies_of(found, tmp_path / "trip.klantreis")
    assert trip.session_id == "a"
    mark_offered([trip])
    again = {r.session_id: r for r in find_recoveries(folder)}
    assert again["a"].offered and not again["b"].offered and not again["c"].offered
    assert again["a"].title == "trip" and again["a"].original_path == trip.original_path
