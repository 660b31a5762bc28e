"""``klantreis import-metrics`` said nothing of a column it left out because it was
empty (review s6 #10); the dialog shows it unticked, the command line now says so."""

from __future__ import annotations

import json

from klantreis_desktop import storage
from klantreis_desktop.cli import main
from klantreis_desktop.templates import build_sample


def test_an_empty_column_left_out_is_said(tmp_path, capsys):
    path = tmp_path / "reis.klantreis"
    storage.save(build_sample("schoonmaak", "nl"), path)
    table = tmp_path / "bad-emptycol.csv"
    table.write_text("Contactmoment;NPS;Leeg\nTip van de makelaar;30;\n"
                     "Boekt online een afspraak;10;\n", encoding="utf-8")
    assert main(["--lang", "en", "import-metrics", str(table), "--into", str(path)]) == 0
    out = capsys.readouterr().out
    assert "The column “Leeg” holds no figures and was left out." in out, out
    assert main(["--lang", "en", "import-metrics", str(table), "--into", str(path),
                 "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["empty_columns"] == ["Leeg"]
