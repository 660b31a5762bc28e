"""The hostile corpus (tests/data/hostile): each file is rejected with one clear message, or
neutralised, within 300 MB, by storage.read and by the CLI, writing nothing anywhere.

Each file is opened in its own forked process (corpus_runner.py) so its peak memory can
be measured on its own. Times are reported, not asserted.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "data" / "hostile"
EXPECTED = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))
MAX_PEAK_MB = 300


def _load_generator():
    sys.path.insert(0, str(CORPUS))
    writes_bytecode, sys.dont_write_bytecode = sys.dont_write_bytecode, True
    try:
        import make_corpus  # no __pycache__ in the data folder
    finally:
        sys.path.remove(str(CORPUS))
        sys.dont_write_bytecode = writes_bytecode
    return make_corpus


def test_the_corpus_is_small_complete_and_generated_by_its_script():
    files = sorted(CORPUS.glob("*.klantreis"))
    assert sum(f.stat().st_size for f in files) < 1024 * 1024
    assert sorted(f.name for f in files) == sorted(EXPECTED)
    generated = _load_generator().corpus()
    assert sorted(generated) == sorted(EXPECTED)
    for name, (data, expectation) in generated.items():
        assert (CORPUS / name).read_bytes() == data, f"{name}: run make_corpus.py again"
        assert EXPECTED[name] == expectation


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    if not hasattr(__import__("os"), "fork"):
        pytest.skip("the corpus runner forks one process per file")
    work = tmp_path_factory.mktemp("hostile-work")
    outside = sorted(p.name for p in work.parent.iterdir())
    corpus_before = sorted(p.name for p in CORPUS.iterdir())
    done = subprocess.run([sys.executable, str(ROOT / "tests" / "storage" / "corpus_runner.py"),
                           str(CORPUS), str(work)], capture_output=True, text=True, cwd=work,
                          timeout=600)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    data["work"] = work
    data["outside_before"] = outside
    data["corpus_before"] = corpus_before
    print(f"\nbaseline {data['baseline_mb']:.0f} MB")
    for result in data["results"]:
        print(f"{result['name']:42} {result['outcome']:9} {result.get('code', ''):13} "
              f"{result['seconds'] * 1000:7.1f} ms {result['peak_mb']:6.0f} MB")
    return data


def _results(report):
    return {result["name"]: result for result in report["results"]}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_hostile_file_is_rejected_or_neutralised(report, name):
    result = _results(report)[name]
    expected = EXPECTED[name]
    assert result["outcome"] != "crashed", result.get("error")
    assert result["peak_mb"] < MAX_PEAK_MB, result["peak_mb"]
    if expected["outcome"] == "rejected":
        assert result["outcome"] == "rejected"
        assert result["code"] == expected["code"], result["message"]
        message = result["message"]
        assert name in message and "\n" not in message and "Traceback" not in message
        for command in ("validate", "info"):
            assert result[command]["exit"] == 1
            assert result[command]["stderr"] == message + "\n"  # exactly the one message
    else:
        assert result["outcome"] == "opened"
        for node, title in expected.get("titles", {}).items():
            assert result["titles"][node] == title  # markup kept as plain text, unchanged
        assert bool(result["warnings"]) == bool(expected.get("warnings"))
        for command in ("validate", "info"):
            assert result[command]["exit"] == 0
            assert "Traceback" not in result[command]["stderr"]


def test_nothing_is_written_anywhere(report):
    work = report["work"]
    for folder in work.iterdir():
        assert list(folder.iterdir()) == [], folder  # not even inside the work folder
    assert sorted(p.name for p in CORPUS.iterdir()) == report["corpus_before"]
    after = sorted(p.name for p in work.parent.iterdir())
    assert after == report["outside_before"]
    assert not Path("/tmp/evil-absolute.txt").exists()
    assert not any(p.name.startswith("evil") for p in CORPUS.parent.iterdir())


def test_markup_in_titles_stays_plain_text_on_the_canvas(qapp):
    scene_module = pytest.importorskip("klantreis_desktop.ui.canvas.scene")
    from PySide6.QtGui import QImage, QPainter, QUndoStack

    from klantreis_desktop.storage import read

    html = _load_generator().HTML_TITLE
    doc = read(CORPUS / "markup-in-titles.klantreis").document
    journey = doc.journeys()[0]
    scene = scene_module.JourneyScene(doc, journey, QUndoStack())
    try:
        assert scene.corner is not None and scene.corner.look.title == html
        image = QImage(400, 300, QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        scene.render(painter)  # drawn as text; nothing is interpreted or fetched
        painter.end()
    finally:
        scene.dispose()
