"""``klantreis export FILE --pdf OUT``: exit codes, messages and the file it writes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from klantreis_desktop import cli, storage
from klantreis_desktop.model.builder import build
from tests.export.pdf_helpers import page_sizes_mm, pdf_text, small_spec

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*argv: str) -> int:
    """``klantreis export ARGV`` through the real entry point (in English)."""
    return cli.main(["--lang", "en", "export", *argv])


@pytest.fixture
def saved(tmp_path) -> Path:
    spec = small_spec()
    spec["journeys"].append({"id": "j2", "title": "Ideaal", "scenario": "ideal",
                             "phases": [{"id": "x", "title": "Stap 1"}],
                             "lanes": [{"id": "y", "title": "Contact", "lane_type": "touchpoints"}],
                             "cards": [{"id": "z", "kind": "touchpoint", "phase": "x", "lane": "y",
                                        "title": "Eerste bericht"}]})
    path = tmp_path / "verhuizen.klantreis"
    storage.save(build(spec), path)
    return path


def test_export_writes_the_pdf(saved, tmp_path, capsys):
    out = tmp_path / "poster.pdf"
    assert run_cli(str(saved), "--pdf", str(out), "--paper", "A2", "--orientation",
                   "landscape") == 0
    assert page_sizes_mm(out) == [(594, 420), (594, 420)]
    assert "2 pages" in capsys.readouterr().out
    assert "verhuizen.klantreis" in pdf_text(out)


def test_journey_by_title_tiles_greyscale_and_persona_pages(saved, tmp_path):
    out = tmp_path / "ideaal.pdf"
    assert run_cli(str(saved), "--pdf", str(out), "--journey", "ideaal", "--tile", "A4",
                   "--paper", "A2", "--greyscale") == 0
    text = pdf_text(out)
    assert "Eerste bericht" in text and "Ziet advertentie" not in text
    out2 = tmp_path / "personas.pdf"
    assert run_cli(str(saved), "--pdf", str(out2), "--journey", "Schoonmaak",
                   "--persona-pages") == 0
    assert len(page_sizes_mm(out2)) == 3


def test_failures_are_one_line_and_exit_1(saved, tmp_path, capsys):
    out = tmp_path / "x.pdf"
    assert run_cli(str(tmp_path / "missing.klantreis"), "--pdf", str(out)) == 1
    assert "file not found" in capsys.readouterr().err
    broken = tmp_path / "broken.klantreis"
    broken.write_bytes(b"this is no klantreis file")
    assert run_cli(str(broken), "--pdf", str(out)) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert run_cli(str(saved), "--pdf", str(out), "--journey", "Onbekend") == 1
    assert "Schoonmaak" in capsys.readouterr().err  # it lists the journeys there are
    assert run_cli(str(saved), "--pdf", str(tmp_path / "no" / "x.pdf")) == 1
    assert not out.exists()


def test_usage_errors_exit_2(saved, tmp_path, capsys):
    out = tmp_path / "x.pdf"
    assert run_cli(str(saved), "--pdf", str(out), "--paper", "6000x1000mm") == 2
    assert "5080 mm" in capsys.readouterr().err
    assert run_cli(str(saved), "--pdf", str(out), "--tile", "A5") == 2
    assert run_cli(str(saved)) == 2  # --pdf is required
    assert not out.exists()


def test_the_export_path_never_imports_qt(saved, tmp_path):
    out = tmp_path / "noqt.pdf"
    code = (
        "import sys\n"
        "from klantreis_desktop import cli\n"
        f"rc = cli.main(['export', {str(saved)!r}, '--pdf', {str(out)!r}, '--persona-pages'])\n"
        "assert rc == 0, rc\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
    assert out.stat().st_size > 1000


def test_svg_from_the_command_line_is_the_filtered_poster(saved, tmp_path, capsys):
    """--lanes/--phases filter the images as they filter the PDF: the same poster."""
    out = tmp_path / "poster.svg"
    assert run_cli(str(saved), "--journey", "Schoonmaak", "--svg", str(out),
                   "--phases", "1-2") == 0
    text = out.read_text(encoding="utf-8")
    assert "Bewustwording" in text and "Oriëntatie" in text
    assert "Totaalprijs tonen" not in text  # an opportunity in the third phase
