"""File names proposed from titles: what Windows, macOS and Linux refuse, checked here on Linux.

``windows_refuses`` is written from Microsoft's naming rules ("Naming Files, Paths, and
Namespaces"), independently of the code under test, so the two cannot share a mistake.
"""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from klantreis_desktop.storage.file_names import (
    MAX_BYTES,
    MAX_CHARS,
    cut_to_bytes,
    is_reserved,
    safe_file_name,
)

DEVICES = ["CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10)),
           *(f"LPT{n}" for n in range(1, 10))]


def windows_refuses(name: str) -> str:
    """Why Windows would refuse (or misread) ``name`` as a file name; "" when it accepts it."""
    if not name:
        return "empty"
    if any(c in '<>:"/\\|?*' or ord(c) < 32 for c in name):
        return "refused character"
    if name[-1] in ". ":
        return "trailing dot or space (silently dropped)"
    stem = name.split(".")[0].rstrip(" ").upper()
    if stem in DEVICES or stem in ("COM¹", "COM²", "COM³", "LPT¹", "LPT²", "LPT³"):
        return "device name"
    return ""


@pytest.mark.parametrize(("title", "expected"), [
    ("Klantreis Esther", "Klantreis Esther"),
    ("Q1/Q2 2024: huidig vs. ideaal?", "Q1-Q2 2024- huidig vs. ideaal"),
    ('Reis "nieuw"', "Reis -nieuw"),
    ("a<b>c|d*e", "a-b-c-d-e"),
    ("back\\slash", "back-slash"),
    ("regel\neen\tregel\r\ntwee\u2028drie", "regel een regel twee drie"),
    ("\x00\x07bel", "bel"),
    ("Reis...", "Reis"),
    ("Reis. . .", "Reis"),
    ("Reis   ", "Reis"),
    ("Reis?", "Reis"),
    ("   midden   ", "midden"),
    ("veel     spaties", "veel spaties"),
    (".verborgen", "verborgen"),
    ("Oriëntatie", "Oriëntatie"),
    ("Orie\u0308ntatie", "Oriëntatie"),  # decomposed, as macOS hands names over
    ("Reis\u202egnp.exe", "Reisgnp.exe"),  # no right-to-left override tricks
])
def test_titles_become_names_every_system_accepts(title, expected):
    assert safe_file_name(title) == expected
    assert windows_refuses(safe_file_name(title)) == ""


@pytest.mark.parametrize("device", DEVICES)
def test_device_names_are_never_proposed_in_any_case_or_with_an_extension(device):
    for title in (device, device.lower(), device.title(), f"{device}.txt", f"{device.lower()}.tar.gz",
                  f"{device} ", f"{device}.", f"{device} .klantreis", f" {device}?"):
        name = safe_file_name(title)
        assert windows_refuses(name) == "", (title, name)
        assert name.upper().startswith("_" + device)  # still recognisably the title
    assert is_reserved(device) and is_reserved(f"{device.lower()}.png")


@pytest.mark.parametrize("name", ["COM10", "LPT0", "CONSOLE", "NULL", "auxiliary", "PRN1",
                                  "con-reis", "reis.con", "Nul punt nul"])
def test_names_that_only_look_like_devices_are_kept(name):
    assert not is_reserved(name)
    assert safe_file_name(name) == name


def test_superscript_device_names_of_windows_10_are_avoided():
    for title in ("COM¹", "lpt³.png"):
        assert is_reserved(title)
        assert windows_refuses(safe_file_name(title)) == ""


@pytest.mark.parametrize("title", ["", " ", "...", "???", "<>:|", "\x00\x01", "-", " . - . "])
def test_never_empty(title):
    assert safe_file_name(title) == "klantreis"
    assert safe_file_name(title, fallback="Naamloos") == "Naamloos"
    assert safe_file_name(title, fallback="CON?") == "_CON"  # the fallback is made safe too


def test_long_titles_are_cut_to_characters_and_bytes_without_a_trailing_dot():
    assert safe_file_name("x" * 500) == "x" * MAX_CHARS
    assert len(safe_file_name("ë" * 500).encode()) <= MAX_BYTES
    assert safe_file_name("ë" * 500) == "ë" * (MAX_BYTES // 2)
    emoji = safe_file_name("🙂" * 100)
    assert emoji == "🙂" * (MAX_BYTES // 4)  # never half a character
    cut = safe_file_name("a" * (MAX_CHARS - 2) + ". b")
    assert cut == "a" * (MAX_CHARS - 2)  # the cut left ". " at the end: dropped too
    assert safe_file_name("CON." + "x" * 200).startswith("_CON.x")
    assert len(safe_file_name("CON." + "x" * 200)) <= MAX_CHARS


def test_cut_to_bytes_never_splits_a_character():
    assert cut_to_bytes("€€€", 7) == "€€"
    assert cut_to_bytes("abc", 10) == "abc"
    assert cut_to_bytes("", 0) == ""


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_any_title_gives_a_name_that_windows_accepts(title):
    name = safe_file_name(title)
    assert name and windows_refuses(name) == "", repr(name)
    assert name == name.strip() and not name.startswith(".")
    assert len(name) <= MAX_CHARS and len(name.encode("utf-8")) <= MAX_BYTES
    assert all(unicodedata.category(c) not in ("Cc", "Cs", "Zl", "Zp") for c in name)
    assert safe_file_name(name) == name  # stable: a proposal is its own proposal


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200))
def test_any_proposal_can_be_created_here_with_the_suffix_and_its_backup(tmp_path_factory, title):
    folder = tmp_path_factory.mktemp("names")
    path = folder / (safe_file_name(title) + ".klantreis.bak")
    path.write_bytes(b"x")
    assert [p.name for p in folder.iterdir()] == [path.name]
