"""The ``klantreis`` command line: headless commands, exit codes, languages, no Qt import."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from klantreis_desktop import __version__, cli, storage
from klantreis_desktop.cli import main
from klantreis_desktop.model import kinds as k
from klantreis_desktop.templates import SAMPLES, TEMPLATES, build_sample, build_template

ROOT = Path(__file__).resolve().parent.parent
CARD_KEYS = ["id", "kind", "journey", "phase", "lane", "title", "channels"]
TOP_KEYS = ["file", "format_version", "current_format_version", "title", "lang", "counts",
            "personas", "channels", "journeys", "cards", "flows", "emotions", "warnings"]


@pytest.fixture(autouse=True)
def _english_locale(monkeypatch):
    """main() follows the system locale when --lang is absent: make that English here."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")


def _env(lang: str = "en_US.UTF-8") -> dict[str, str]:
    env = {key: value for key, value in os.environ.items()
           if key not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG")}
    env["LANG"] = lang
    env["PYTHONPATH"] = str(ROOT)
    return env


def run(*args: str, lang: str = "en_US.UTF-8") -> subprocess.CompletedProcess[str]:
    """``python -m klantreis_desktop ARGS`` in a fresh process, as a user would run it."""
    return subprocess.run([sys.executable, "-m", "klantreis_desktop", *args], cwd=ROOT,
                          env=_env(lang), capture_output=True, text=True, timeout=120)


def assert_one_line_failure(stderr: str) -> str:
    assert "Traceback" not in stderr, stderr
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    return lines[0]


def new_file(tmp_path: Path, template: str = "5a", lang: str = "en") -> Path:
    path = tmp_path / f"{template}-{lang}.klantreis"
    assert main(["new", "--template", template, "--lang", lang, "-o", str(path)]) == 0
    return path


def info_json(path: Path, capsys: pytest.CaptureFixture[str]) -> dict:
    capsys.readouterr()
    assert main(["info", str(path), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


# Round trips ----------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("template", TEMPLATES)
def test_new_info_validate_upgrade_round_trip(tmp_path, capsys, template, lang):
    path = tmp_path / "reis.klantreis"
    assert main(["new", "--template", template, "--lang", lang, "-o", str(path)]) == 0
    assert path.is_file()
    assert str(path) in capsys.readouterr().out

    data = info_json(path, capsys)
    doc = storage.load(path)
    expected = build_template(template, lang)
    assert list(data) == TOP_KEYS
    assert data["lang"] == lang
    assert [j["id"] for j in data["journeys"]] == doc.journeys()
    assert [[p["title"] for p in j["phases"]] for j in data["journeys"]] == [
        [expected.title(p) for p in expected.phases(j)] for j in expected.journeys()]
    assert [[lane["title"] for lane in j["lanes"]] for j in data["journeys"]] == [
        [expected.title(lane) for lane in expected.lanes(j)] for j in expected.journeys()]
    assert {c["id"] for c in data["cards"]} == set(doc.nodes_of_kind(*k.CARD_KINDS))
    assert sorted(c["title"] for c in data["cards"]) == sorted(
        expected.title(c) for c in expected.nodes_of_kind(*k.CARD_KINDS))

    assert main(["validate", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1 and ("valid" in out or "geldig" in out)

    assert main(["upgrade", str(path)]) == 0
    out = capsys.readouterr().out
    assert str(storage.CURRENT_VERSION) in out
    assert main(["validate", str(path)]) == 0
    capsys.readouterr()
    after = info_json(path, capsys)
    assert after["cards"] == data["cards"] and after["journeys"] == data["journeys"]


@pytest.mark.parametrize("sample", SAMPLES)
def test_info_json_lists_every_card_with_its_place(tmp_path, capsys, sample):
    path = tmp_path / f"{sample}.klantreis"
    storage.save(build_sample(sample, "nl"), path)
    data = info_json(path, capsys)
    doc = storage.load(path)
    assert len(data["cards"]) >= 10, "the samples hold many cards"
    assert {c["kind"] for c in data["cards"]} >= {"touchpoint", "pain", "opportunity"}
    assert len(data["cards"]) == len(doc.nodes_of_kind(*k.CARD_KINDS))
    phases = {p["id"] for j in data["journeys"] for p in j["phases"]}
    lanes = {lane["id"] for j in data["journeys"] for lane in j["lanes"]}
    journeys = {j["id"] for j in data["journeys"]}
    for card in data["cards"]:
        assert list(card) == CARD_KEYS
        assert card["kind"] in k.CARD_KINDS
        assert card["journey"] in journeys
        assert card["phase"] in phases and card["lane"] in lanes
        assert card["phase"] == doc.phase_of(card["id"]) and card["lane"] == doc.lane_of(card["id"])
        assert card["title"] == doc.get(card["id"], "title")
    assert data["counts"] == {kind: n for kind, n in data["counts"].items() if n}
    for kind in k.CARD_KINDS:
        assert data["counts"].get(kind, 0) == sum(c["kind"] == kind for c in data["cards"])
    assert any(c["channels"] for c in data["cards"] if c["kind"] == "touchpoint")
    assert data["flows"] and data["emotions"]
    for key, kind in (("personas", k.PERSONA), ("channels", k.CHANNEL)):
        assert sorted(item["id"] for item in data[key]) == sorted(doc.nodes_of_kind(kind))
    # stable: the same file gives the same bytes
    assert json.dumps(info_json(path, capsys)) == json.dumps(data)


def test_info_text_names_title_journeys_phases_and_counts(tmp_path, capsys):
    path = new_file(tmp_path, "vier-fasen", "en")
    doc = storage.load(path)
    capsys.readouterr()
    assert main(["info", str(path)]) == 0
    out = capsys.readouterr().out
    journey = doc.journeys()[0]
    assert doc.meta.get("title", "") in out
    assert doc.title(journey) in out
    assert " → ".join(doc.title(p) for p in doc.phases(journey)) in out
    assert "Phases:" in out and "Lanes:" in out


def test_new_follows_the_message_language_without_lang_option(tmp_path, capsys):
    nl, en = tmp_path / "nl.klantreis", tmp_path / "en.klantreis"
    assert main(["--lang", "nl", "new", "--template", "5a", "-o", str(nl)]) == 0
    assert main(["--lang", "en", "new", "--template", "5a", "-o", str(en)]) == 0
    assert storage.load(nl).meta.get("lang") == "nl"
    assert storage.load(en).meta.get("lang") == "en"
    titles = [[d.title(p) for j in d.journeys() for p in d.phases(j)]
              for d in (storage.load(nl), storage.load(en))]
    assert titles[0] != titles[1]


def test_new_refuses_to_overwrite_unless_forced(tmp_path, capsys):
    path = new_file(tmp_path, "leeg", "en")
    before = path.read_bytes()
    capsys.readouterr()
    assert main(["new", "--template", "5a", "-o", str(path)]) == 1
    err = capsys.readouterr().err
    assert_one_line_failure(err)
    assert "--force" in err
    assert path.read_bytes() == before
    assert main(["new", "--template", "5a", "-o", str(path), "--force"]) == 0
    assert path.read_bytes() != before
    assert storage.load(path).journeys()


def test_new_into_a_missing_folder_fails_with_one_line(tmp_path, capsys):
    target = tmp_path / "no" / "such" / "folder" / "x.klantreis"
    assert main(["new", "--template", "5a", "-o", str(target)]) == 1
    assert_one_line_failure(capsys.readouterr().err)
    assert not target.exists()


# Bad files ------------------------------------------------------------------------------

def _broken_files(tmp_path: Path) -> dict[str, Path]:
    good = new_file(tmp_path, "5a", "en")
    data = good.read_bytes()
    files = {
        "garbage": b"this is not a klantreis file at all\n",
        "empty": b"",
        "truncated": data[: len(data) // 2],
        "flipped": data[:40] + bytes(b ^ 0x55 for b in data[40:200]) + data[200:],
    }
    paths = {}
    for name, content in files.items():
        paths[name] = tmp_path / f"{name}.klantreis"
        paths[name].write_bytes(content)
    return paths


@pytest.mark.parametrize("command", ["validate", "info", "upgrade"])
def test_corrupt_files_give_exit_1_and_one_line(tmp_path, capsys, command):
    for name, path in _broken_files(tmp_path).items():
        before = path.read_bytes()
        capsys.readouterr()
        assert main([command, str(path)]) == 1, name
        captured = capsys.readouterr()
        line = assert_one_line_failure(captured.err)
        assert path.name in line, "the message names the file"
        assert captured.out == ""
        assert path.read_bytes() == before, f"{command} changed the broken file {name}"


def test_invalid_graph_is_reported_by_validate(tmp_path, capsys):
    """A well-formed file whose graph breaks an invariant (a card without its phase)."""
    good = tmp_path / "good.klantreis"
    storage.save(build_sample("schoonmaak", "en"), good)
    with zipfile.ZipFile(good) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    graph_member = next((name for name, data in members.items() if name.endswith(".json")
                         and b'"edges"' in data), None)
    if graph_member is None:
        pytest.skip("the file format keeps its graph somewhere this test does not know")
    graph = json.loads(members[graph_member])
    edges = graph["edges"]
    victim = next(e for e in edges if e.get("kind") == k.IN_PHASE or e.get("key") == k.IN_PHASE)
    edges.remove(victim)
    members[graph_member] = json.dumps(graph).encode()
    broken = tmp_path / "broken.klantreis"
    with zipfile.ZipFile(broken, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    before = broken.read_bytes()
    assert main(["validate", str(broken)]) == 1
    line = assert_one_line_failure(capsys.readouterr().err)
    assert "broken.klantreis" in line or victim["source"] in line
    assert main(["upgrade", str(broken)]) == 1
    assert broken.read_bytes() == before


def test_corrupt_file_in_a_real_process_shows_no_traceback(tmp_path):
    path = tmp_path / "kapot.klantreis"
    path.write_bytes(b"\x00\x01PK garbage")
    result = run("validate", str(path))
    assert result.returncode == 1
    assert_one_line_failure(result.stderr)


@pytest.mark.parametrize("command", ["validate", "info", "upgrade"])
def test_missing_file_is_exit_1(tmp_path, capsys, command):
    assert main([command, str(tmp_path / "nergens.klantreis")]) == 1
    line = assert_one_line_failure(capsys.readouterr().err)
    assert "nergens.klantreis" in line


def test_folder_instead_of_file_is_exit_1(tmp_path, capsys):
    assert main(["validate", str(tmp_path)]) == 1
    assert_one_line_failure(capsys.readouterr().err)


# Usage ----------------------------------------------------------------------------------

@pytest.mark.parametrize("args", [
    ["new", "-o", "x.klantreis"],
    ["new", "--template", "nope", "-o", "x.klantreis"],
    ["new", "--template", "5a"],
    ["validate"],
    ["info", "x.klantreis", "--bogus"],
    ["--lang", "de", "validate", "x.klantreis"],
    ["valdate", "x.klantreis"],
    ["--bogus"],
])
def test_bad_usage_is_exit_2(capsys, args):
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert "usage:" in err and "error:" in err


def test_help_lists_the_commands(capsys):
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for command in ("new", "info", "validate", "upgrade"):
        assert command in out
    assert main(["new", "--help"]) == 0
    assert "--template" in capsys.readouterr().out


def test_version(capsys):
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"klantreis {__version__}"
    result = run("--version")
    assert result.returncode == 0 and __version__ in result.stdout


def test_commands_are_a_registry_for_later_additions():
    names = [c.name for c in cli.COMMANDS]
    assert names[:4] == ["new", "info", "validate", "upgrade"]
    assert len(set(names)) == len(names)


def test_dispatch_tells_files_from_commands():
    assert cli._first_positional(["--lang", "nl", "info", "x"]) == "info"
    assert cli._first_positional(["--lang=nl", "a.klantreis"]) == "a.klantreis"
    assert cli._first_positional(["--", "new"]) == "new"
    assert cli._first_positional(["--lang", "nl"]) is None
    assert cli._looks_like_mistyped_command("valdate")
    assert not cli._looks_like_mistyped_command("reis.klantreis")
    assert not cli._looks_like_mistyped_command("map/reis")


# Languages ------------------------------------------------------------------------------

def test_messages_in_dutch_with_lang_option(tmp_path, capsys):
    assert main(["--lang", "nl", "validate", str(tmp_path / "weg.klantreis")]) == 1
    err = capsys.readouterr().err
    assert "bestand" in err.lower()
    assert main(["--lang", "nl", "new", "-o", "x.klantreis"]) == 2
    err = capsys.readouterr().err
    assert "gebruik:" in err and "fout:" in err


def test_messages_in_dutch_from_the_locale(tmp_path):
    path = tmp_path / "reis.klantreis"
    created = run("new", "--template", "5a", "-o", str(path), lang="nl_NL.UTF-8")
    assert created.returncode == 0, created.stderr
    assert "Aangemaakt" in created.stdout or "gemaakt" in created.stdout
    assert storage.load(path).meta.get("lang") == "nl"
    checked = run("validate", str(path), lang="nl_NL.UTF-8")
    assert checked.returncode == 0 and "geldig" in checked.stdout
    english = run("validate", str(path), lang="en_US.UTF-8")
    assert "valid" in english.stdout and "geldig" not in english.stdout
    overridden = run("--lang", "en", "validate", str(path), lang="nl_NL.UTF-8")
    assert "valid" in overridden.stdout and "geldig" not in overridden.stdout


def test_dutch_usage_error_in_a_real_process():
    result = run("new", lang="nl_NL.UTF-8")
    assert result.returncode == 2
    assert "gebruik:" in result.stderr and "verplicht" in result.stderr


# No Qt on the headless path -------------------------------------------------------------

_PROBE = """
import sys
from klantreis_desktop.cli import main
code = main(sys.argv[1:])
assert "PySide6" not in sys.modules, sorted(m for m in sys.modules if "PySide6" in m)[:5]
print("exit", code)
"""


def test_headless_commands_do_not_import_pyside6(tmp_path):
    path = tmp_path / "reis.klantreis"
    bad = tmp_path / "bad.klantreis"
    bad.write_bytes(b"nope")
    for args, code in (
            (["new", "--template", "5a", "-o", str(path)], 0),
            (["info", str(path)], 0),
            (["info", str(path), "--json"], 0),
            (["validate", str(path)], 0),
            (["upgrade", str(path)], 0),
            (["validate", str(bad)], 1),
            (["--help"], 0),
            (["new"], 2),
            *(([command.name, "--help"], 0) for command in cli.COMMANDS)):
        result = subprocess.run([sys.executable, "-c", _PROBE, *args], cwd=ROOT, env=_env(),
                                capture_output=True, text=True, timeout=120)
        assert "Traceback" not in result.stderr, (args, result.stderr)
        assert f"exit {code}" in result.stdout, (args, result.stdout, result.stderr)


# Fast start: --version and --help import no heavy library --------------------------------

HEAVY = ("networkx", "reportlab", "PySide6", "PIL", "duckdb", "openpyxl")


def _imported(*args: str) -> set[str]:
    """The modules ``python -X importtime -m klantreis_desktop ARGS`` imports (its stderr)."""
    result = subprocess.run([sys.executable, "-X", "importtime", "-m", "klantreis_desktop",
                             *args], cwd=ROOT, env=_env(), capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    lines = [line for line in result.stderr.splitlines() if line.startswith("import time:")]
    assert len(lines) > 20, result.stderr[-2000:]  # the list really is there
    return {line.rsplit("|", 1)[1].strip() for line in lines}


@pytest.mark.parametrize("args", [["--version"], ["--help"], ["--lang", "nl", "--help"],
                                  ["export", "--help"], ["analyse", "--help"],
                                  ["import-metrics", "--help"], ["import-survey", "--help"],
                                  ["import-content", "--help"]])
def test_version_and_help_import_no_heavy_library(args):
    imported = _imported(*args)
    assert "klantreis_desktop.cli" in imported
    heavy = sorted(m for m in imported if m.split(".")[0] in HEAVY)
    assert not heavy, heavy[:10]


def test_a_command_imports_its_libraries_only_when_it_runs(tmp_path):
    path = tmp_path / "reis.klantreis"
    assert main(["new", "--template", "leeg", "-o", str(path)]) == 0
    imported = _imported("info", str(path))
    assert "networkx" in imported  # the document is a graph: info needs it
    assert not sorted(m for m in imported if m.split(".")[0] in ("reportlab", "PySide6", "PIL"))


def test_upgrade_leaves_a_current_file_alone_unless_forced(tmp_path, capsys):
    path = tmp_path / "reis.klantreis"
    assert main(["new", "--template", "leeg", "--lang", "en", "-o", str(path)]) == 0
    capsys.readouterr()
    before = path.read_bytes()
    stamp = path.stat().st_mtime_ns
    assert main(["--lang", "en", "upgrade", str(path)]) == 0
    out = capsys.readouterr().out
    assert f"already at format version {storage.CURRENT_VERSION}" in out and "--force" in out
    assert path.read_bytes() == before and path.stat().st_mtime_ns == stamp
    assert main(["--lang", "en", "upgrade", "--force", str(path)]) == 0
    assert "rewritten" in capsys.readouterr().out
    assert storage.load(path).journeys()


# Measured journeys (issue 19) ----------------------------------------------------------------

def _sample_file(tmp_path: Path) -> Path:
    path = tmp_path / "schoonmaak.klantreis"
    storage.save(build_sample("schoonmaak", "nl"), path)
    return path


def test_analyse_against_a_log_prints_conformance_json(tmp_path, capsys):
    from tests.support import synthetic

    path = _sample_file(tmp_path)
    log = tmp_path / "log.csv"
    synthetic.write_csv(log, synthetic.journey_events(synthetic.sample_model(), 300, seed=4))
    assert main(["analyse", str(path), "--against", str(log), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    (check,) = data["conformance"]
    assert check["customers"] == 300 and check["arrows"] and "assumptions" in data
    assert main(["analyse", str(path), "--against", str(log)]) == 0
    assert "Designed journey against log.csv: 300 customers" in capsys.readouterr().out
    assert main(["analyse", str(path), "--against", str(log), "--map", "nope"]) == 2


def test_export_content_and_import_it_into_a_new_file(tmp_path, capsys):
    path = _sample_file(tmp_path)
    outs = {kind: tmp_path / f"out.{kind}" for kind in ("csv", "xlsx", "mermaid", "markdown",
                                                        "opportunities")}
    args = ["export", str(path)]
    for kind, out in outs.items():
        args += [f"--{kind}", str(out)]
    assert main(args) == 0
    assert all(out.stat().st_size > 100 for out in outs.values())
    capsys.readouterr()
    target = tmp_path / "nieuw.klantreis"
    assert main(["import-content", str(outs["xlsx"]), "--into", str(target)]) == 0
    assert "Added 30 cards" in capsys.readouterr().out
    mermaid = tmp_path / "reis.mmd"
    mermaid.write_bytes(outs["mermaid"].read_bytes())
    assert main(["import-content", str(mermaid), "--into", str(target), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["cards"] == 13
    assert len(storage.read(target).document.journeys()) == 2


def test_import_metrics_and_survey_from_the_command_line(tmp_path, capsys):
    path = _sample_file(tmp_path)
    table = tmp_path / "metrics.csv"
    table.write_text("Contactmoment;NPS;Wachttijd\nBoekt online een afspraak;31;2,5\n"
                     "Bestaat niet;1;1\n", encoding="utf-8")
    assert main(["import-metrics", str(table), "--into", str(path)]) == 1
    assert "Bestaat niet" in capsys.readouterr().err
    assert main(["import-metrics", str(table), "--into", str(path), "--skip-unknown",
                 "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["figures"] == 2 and out["unknown"] == ["row 3: “Bestaat niet”"]
    survey = tmp_path / "enquete.csv"
    survey.write_text("Respondent;Persona;Team komt langs — op tijd?\n" + "".join(
        f"R{i};Esther Visser;9\n" for i in range(8)), encoding="utf-8")
    assert main(["import-survey", str(survey), "--into", str(path), "--segment", "Persona",
                 "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["answers"] == 8 and result["assumptions"][0]["persona_name"] == "Esther Visser"
    from klantreis_desktop.model import measures as m

    doc = storage.read(path).document
    assert any(m.measured_of(doc, n) for n in doc.parts(doc.journeys()[0], k.TOUCHPOINT))
    # A chosen threshold is kept as the journey's own: the analysis then uses it.
    assert main(["import-survey", str(survey), "--into", str(path), "--segment", "Persona",
                 "--threshold", "4", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["assumptions"] == []
    assert m.threshold_of(storage.read(path).document, doc.journeys()[0]) == 4.0
    assert main(["analyse", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["assumptions"] == []
    assert main(["analyse", str(path), "--json", "--threshold", "1"]) == 0
    assert json.loads(capsys.readouterr().out)["assumptions"]  # an explicit one wins
    assert main(["import-survey", str(survey), "--into", str(path), "--segment", "Persona",
                 "--threshold", "0", "--json"]) != 0  # out of range: refused, file kept
    assert m.threshold_of(storage.read(path).document, doc.journeys()[0]) == 4.0
