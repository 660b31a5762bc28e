"""Translations: every Dutch string is finished, the .ts matches the code, languages switch."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import string
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from klantreis_desktop import i18n

ROOT = Path(__file__).resolve().parent.parent
NL_TS = ROOT / "i18n" / "klantreis_nl.ts"
EN_TS = ROOT / "i18n" / "klantreis_en.ts"


def _load_ts_tools():
    spec = importlib.util.spec_from_file_location("ts_tools", ROOT / "scripts" / "ts_tools.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["ts_tools"] = module
    spec.loader.exec_module(module)
    return module


ts_tools = _load_ts_tools()


def _pairs(path: Path) -> list[tuple[str, str, str]]:
    """(context, source, translation) for every message of a .ts file."""
    root = ts_tools.read_ts(path)
    return [(ctx, m.findtext("source") or "", text)
            for ctx, m in ts_tools.messages(root) for text in ts_tools.translations(m)]


def _listing(items) -> str:
    return "\n".join(f"  [{item['context']}] {item['source']!r}" for item in items)


# (a) finished -------------------------------------------------------------------------------

def test_every_dutch_message_is_translated():
    root = ts_tools.read_ts(NL_TS)
    assert ts_tools.messages(root), "klantreis_nl.ts holds no messages"
    todo = ts_tools.unfinished(root)
    assert not todo, (
        f"{len(todo)} string(s) without a Dutch translation in i18n/klantreis_nl.ts "
        f"(translate them, see scripts/update-translations):\n{_listing(todo)}")
    inactive = [(ctx, m.findtext("source")) for ctx, m in ts_tools.messages(root)
                if (m.find("translation").get("type") or "") in ("vanished", "obsolete")]
    assert not inactive


def test_english_is_the_identity():
    for context, source, translation in _pairs(EN_TS):
        assert translation == source, (context, source)
    assert {(c, s) for c, s, _ in _pairs(EN_TS)} == {(c, s) for c, s, _ in _pairs(NL_TS)}


# (b) up to date with the code -----------------------------------------------------------------

def test_ts_is_up_to_date_with_the_code(tmp_path):
    folder = tmp_path / "i18n"
    folder.mkdir()
    copy = folder / NL_TS.name
    shutil.copy(NL_TS, copy)
    tree = ts_tools.update(copy, "nl")
    new = ts_tools.unfinished(tree)
    assert not new, (
        f"{len(new)} translatable string(s) in the code are missing from klantreis_nl.ts; "
        f"run scripts/update-translations and translate them:\n{_listing(new)}")
    assert NL_TS.read_text(encoding="utf-8") != "" and ts_tools.messages(tree)


def test_extraction_sees_literal_calls_and_helper_functions():
    found = {(f.context, f.source) for f in ts_tools.wrapped_messages(ts_tools.source_files())}
    catalog = {(c, s) for c, s, _ in _pairs(NL_TS)}
    assert found <= catalog, sorted(found - catalog)[:10]
    assert ("Cli", "usage: ") in catalog  # a literal translate() call, found by lupdate


def test_helper_extraction_on_a_small_package(tmp_path):
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "helpers.py").write_text(
        'from klantreis_desktop.i18n import translate\n'
        'CONTEXT = "Const"\n'
        'def _tr(text):\n    return translate("Model", text)\n'
        'def _t(context, text, **values):\n    return translate(context, text).format(**values)\n'
        'a = _tr("Plain helper")\n'
        'b = _t("Ctx2", "Context as argument {x}", x=1)\n'
        'c = translate(CONTEXT, "Context from a constant")\n'
        'd = _tr(f"not {a} extractable")\n'
        'class Panel:\n'
        '    def _say(self, text):\n        return translate("Panel", text)\n'
        '    def show(self):\n        return self._say(text="Keyword on a method")\n')
    (package / "user.py").write_text(
        'from pkg.helpers import _tr as tr_model\n'
        'x = tr_model("Imported helper")\n')
    files = sorted(package.glob("*.py"))
    found = {(f.context, f.source) for f in ts_tools.wrapped_messages(files, tmp_path)}
    assert found == {("Model", "Plain helper"), ("Ctx2", "Context as argument {x}"),
                     ("Const", "Context from a constant"), ("Panel", "Keyword on a method"),
                     ("Model", "Imported helper")}


def test_update_keeps_translations_of_helper_strings(tmp_path):
    package = tmp_path / "klantreis_desktop"
    package.mkdir()
    source = package / "mod.py"
    source.write_text(
        'from klantreis_desktop.i18n import translate\n'
        'def _tr(text):\n    return translate("Model", text)\n'
        'a = _tr("Helper string")\n'
        'b = translate("Direct", "Direct string")\n'
        'def modes():\n'
        '    def tr(text):\n'
        '        return QCoreApplication.translate("Window", text)\n'
        '    return [tr("Align &Left")]\n')
    ts = tmp_path / "i18n" / "klantreis_nl.ts"
    ts.parent.mkdir()
    tree = ts_tools.update(ts, "nl", [source], tmp_path)
    assert {(e["context"], e["source"]) for e in ts_tools.unfinished(tree)} == {
        ("Model", "Helper string"), ("Direct", "Direct string"), ("Window", "Align &Left")}
    ts_tools.apply(tree, [
        {"context": "Model", "source": "Helper string", "translation": "Hulptekst"},
        {"context": "Direct", "source": "Direct string", "translation": "Directe tekst"},
        {"context": "Window", "source": "Align &Left", "translation": "&Links uitlijnen"}])
    ts_tools.write_ts(tree, ts)
    first = ts.read_text(encoding="utf-8")
    tree = ts_tools.update(ts, "nl", [source], tmp_path)  # lupdate "vanishes" the helper one
    assert ts_tools.unfinished(tree) == []
    assert ts.read_text(encoding="utf-8") == first  # idempotent, no churn
    assert '<location filename="../klantreis_desktop/mod.py" line="4"/>' in first
    source.write_text('from klantreis_desktop.i18n import translate\n'
                      'b = translate("Direct", "Direct string")\n')
    tree = ts_tools.update(ts, "nl", [source], tmp_path)
    assert [s for _, s, _ in _pairs(ts)] == ["Direct string"]  # removed strings are dropped


# (c) placeholders ---------------------------------------------------------------------------

def _fields(text: str) -> Counter[str]:
    names: Counter[str] = Counter()
    for _, name, _, _ in string.Formatter().parse(text):
        if name is not None:
            names[name] += 1
    names.update(re.findall(r"%\(\w+\)[sdrf]|%[sdrfn]|%[1-9]", text))
    return names


def test_placeholders_match_between_source_and_translation():
    wrong = []
    for context, source, translation in _pairs(NL_TS):
        try:
            if translation and _fields(source) != _fields(translation):
                wrong.append((context, source, translation))
        except ValueError as error:  # unbalanced braces in the translation
            wrong.append((context, source, f"{translation} ({error})"))
    assert not wrong, "\n".join(map(repr, wrong))


class _Anything:
    """Stands in for any value: every format spec, attribute and index works."""

    def __format__(self, spec: str) -> str:
        return "X"

    def __getattr__(self, name: str) -> _Anything:
        return self

    def __getitem__(self, key: object) -> _Anything:
        return self


def test_dutch_messages_format_with_the_english_values():
    """Every translation formats with the values the code passes for the source (no KeyError)."""
    for _context, source, translation in _pairs(NL_TS):
        names = {n for n in _fields(source) if not n.startswith("%")}
        if not names or "" in names or any(n.isdigit() for n in names):
            continue
        values = {re.split(r"[.\[]", n)[0]: _Anything() for n in names}
        source.format_map(values)
        if translation:
            translation.format_map(values)


# (d) runtime lookup -------------------------------------------------------------------------

def test_translate_returns_dutch_after_set_language():
    i18n.set_language("nl")
    assert i18n.language() == "nl"
    assert i18n.translate("Cli", "usage: ") == "gebruik: "
    assert i18n.translate("Cli", "{file}: file not found") != "{file}: file not found"
    assert i18n.translate("Cli", "no such message, ever") == "no such message, ever"
    i18n.set_language("en")
    assert i18n.translate("Cli", "usage: ") == "usage: "


def test_noop_marker_returns_its_text():
    assert i18n.QT_TRANSLATE_NOOP("Ctx", "Touchpoint") == "Touchpoint"


def test_qm_builds_and_qt_translates_dutch(tmp_path, qapp):
    from PySide6.QtCore import QCoreApplication, QTranslator

    qm = tmp_path / "klantreis_nl.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(NL_TS), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("Cli", "usage: ") == "gebruik: "
    finally:
        QCoreApplication.removeTranslator(translator)


# (e) which language ---------------------------------------------------------------------------

def _language_in_process(lang_env: str, *cli_args: str) -> str:
    env = {key: value for key, value in os.environ.items()
           if key not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG")}
    env.update(LANG=lang_env, PYTHONPATH=str(ROOT))
    code = ("import sys\nfrom klantreis_desktop import i18n, cli\n"
            "i18n.set_language(cli._peek_language(sys.argv[1:]))\nprint(i18n.language())\n")
    result = subprocess.run([sys.executable, "-c", code, *cli_args], env=env, cwd=ROOT,
                            capture_output=True, text=True, timeout=60, check=True)
    return result.stdout.strip()


@pytest.mark.parametrize(("lang_env", "args", "expected"), [
    ("nl_NL.UTF-8", (), "nl"),
    ("nl_BE.UTF-8", (), "nl"),
    ("en_US.UTF-8", (), "en"),
    ("de_DE.UTF-8", (), "en"),
    ("nl_NL.UTF-8", ("--lang", "en"), "en"),
    ("en_US", ("--lang=nl",), "nl"),
    ("en_US", ("info", "--lang", "nl"), "nl"),
])
def test_language_follows_locale_and_lang_option(lang_env, args, expected):
    assert _language_in_process(lang_env, *args) == expected


def test_lang_option_overrides_locale_for_real_messages(tmp_path):
    env = {key: value for key, value in os.environ.items()
           if key not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG")}
    env.update(LANG="en_US.UTF-8", PYTHONPATH=str(ROOT))
    missing = str(tmp_path / "weg.klantreis")
    english = subprocess.run([sys.executable, "-m", "klantreis_desktop", "validate", missing],
                             env=env, cwd=ROOT, capture_output=True, text=True, timeout=60)
    dutch = subprocess.run([sys.executable, "-m", "klantreis_desktop", "--lang", "nl",
                            "validate", missing],
                           env=env, cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert english.returncode == dutch.returncode == 1
    assert "not found" in english.stderr
    assert "niet gevonden" in dutch.stderr
