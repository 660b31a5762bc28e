"""A bad file given to an import command is an ordinary refusal, not an internal error
(issue 19 review, defect 11): ``import-metrics`` and ``import-survey`` printed
"Onverwachte fout (EventLogError): …" for a binary, an empty or a broken UTF-16 file.
They now say it as ``import-content`` and ``analyse --against`` do: the translated reason
alone, exit code 1, the klantreis file untouched."""

from __future__ import annotations

from pathlib import Path

import pytest

from klantreis_desktop import storage
from klantreis_desktop.cli import main
from klantreis_desktop.templates import build_sample

BAD_FILES = {
    "binary.csv": bytes(range(256)) * 8,
    "empty.csv": b"",
    "utf16-broken.csv": b"\xff\xfeC\x00o\x00n\x00\x00\xd8",
}


@pytest.mark.parametrize("command", ["import-metrics", "import-survey", "import-content"])
@pytest.mark.parametrize("name", sorted(BAD_FILES))
@pytest.mark.parametrize("lang, unexpected", [("nl", "Onverwachte fout"),
                                              ("en", "Unexpected error")])
def test_a_bad_file_is_refused_plainly_and_leaves_the_file_alone(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str, name: str,
        lang: str, unexpected: str) -> None:
    target = tmp_path / "reis.klantreis"
    storage.save(build_sample("schoonmaak", "nl"), target)
    saved = target.read_bytes()
    bad = tmp_path / name
    bad.write_bytes(BAD_FILES[name])
    assert main(["--lang", lang, command, str(bad), "--into", str(target)]) == 1
    err = capsys.readouterr().err
    assert err.strip() and unexpected not in err and "Error" not in err, err
    assert target.read_bytes() == saved
