"""Export file names on every system: the dialog's proposal and one file per journey.

The export dialog proposes ``slug(title)`` as the whole name when the document has no file
yet, so a journey called "Con" or "Nul" must not give ``con.png`` (a device on Windows).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from klantreis_desktop.export.files import journey_paths, slug
from tests.storage.test_file_names import DEVICES, windows_refuses


@pytest.mark.parametrize("device", DEVICES)
def test_a_journey_named_like_a_device_gets_a_name_windows_accepts(device):
    for title in (device, device.lower(), f"{device}.", f" {device} ", f"{device}?"):
        proposal = slug(title) + ".png"
        assert windows_refuses(proposal) == "", (title, proposal)
        assert proposal.startswith("_" + device.lower())


@pytest.mark.parametrize(("title", "expected"), [
    ("Ideale reis", "ideale-reis"),
    ("Ideale reis...", "ideale-reis"),
    ("Reis. . .", "reis"),
    ("...", ""),
    ("Con", "_con"),
    ("LPT1 – printer", "lpt1-printer"),
    ("Oriëntatie & aankoop", "orientatie-aankoop"),
])
def test_slugs_have_no_trailing_dots_or_device_names(title, expected):
    assert slug(title) == expected


def test_one_file_per_journey_with_device_and_dotted_titles():
    paths = journey_paths(Path("out/map.png"), ["Con", "Nul.", "Reis...", "..."])
    assert paths == [Path("out/map-_con.png"), Path("out/map-_nul.png"),
                     Path("out/map-reis.png"), Path("out/map-4.png")]
    assert all(windows_refuses(p.name) == "" for p in paths)


def test_a_chosen_name_near_255_bytes_is_cut_not_the_journey_part():
    stem = "ë" * 120  # 240 bytes
    paths = journey_paths(Path("uit") / f"{stem}.svg", ["Huidige reis", "Ideale reis", "Ideale reis"])
    names = [p.name for p in paths]
    assert all(len(name.encode()) <= 255 for name in names)
    assert [name.rsplit(".", 1)[0].split("-", 1)[1] for name in names] == [
        "huidige-reis", "ideale-reis", "ideale-reis-3"]
    assert len(set(names)) == 3


def test_names_from_journey_paths_can_be_written_here(tmp_path):
    titles = ["Con", "Huidige reis", "Ideale reis", "?!", "x" * 300]
    for path in journey_paths(tmp_path / ("€" * 80 + ".png"), titles):
        path.write_bytes(b"png")
    assert len(list(tmp_path.iterdir())) == len(titles)
