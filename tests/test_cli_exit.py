"""The command line's own process skips the cycle collector's last pass at exit."""

from __future__ import annotations

import gc
import sys

from klantreis_desktop import cli
from klantreis_desktop.shipped_files import resources_dir

SAMPLE = str(resources_dir() / "samples" / "schoonmaak.nl.klantreis")


def test_only_the_process_of_a_command_freezes_what_is_left(monkeypatch, capsys):
    # `klantreis export FILE --pdf OUT` ends right after the command: a full collection
    # over the document and the poster then took ~0.1 s. A caller of main(argv) (a test,
    # a script) keeps its collector as it was.
    frozen: list[bool] = []
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(True))
    assert cli.main(["info", SAMPLE]) == 0
    assert frozen == []
    monkeypatch.setattr(sys, "argv", ["klantreis", "info", SAMPLE])
    assert cli.main() == 0
    assert frozen == [True]
    capsys.readouterr()
