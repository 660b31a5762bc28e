"""Keeps i18n/*.ts in step with the code (used by scripts/update-translations and the tests).

pyside6-lupdate finds ``translate("Ctx", "text")``, ``QCoreApplication.translate`` and
``self.tr`` calls, but not strings that go through a small helper such as
``def _tr(text): return translate("Model", text)``. This module finds those with the ``ast``
module and merges them into the .ts after lupdate, so both styles end up translated.

    python scripts/ts_tools.py update                 # lupdate + helpers + English = source
    python scripts/ts_tools.py unfinished nl > todo.json
    python scripts/ts_tools.py apply nl done.json     # [{"context", "source", "translation"}]
"""

from __future__ import annotations

import ast
import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "klantreis_desktop"
I18N = ROOT / "i18n"
LANGUAGES = {"nl": "nl_NL", "en": "en"}
_INACTIVE = ("vanished", "obsolete")


@dataclass(frozen=True)
class Found:
    """One translatable string found in the code."""

    context: str
    source: str
    file: Path
    line: int


def source_files(package: Path = PACKAGE) -> list[Path]:
    """Every .py file of the package, in a stable order (an explicit list for lupdate)."""
    return sorted(p for p in package.rglob("*.py") if "__pycache__" not in p.parts)


def ts_file(lang: str, folder: Path = I18N) -> Path:
    return folder / f"klantreis_{lang}.ts"


# Finding strings behind helper functions ---------------------------------------------------

def _is_translate(func: ast.expr) -> bool:
    return (isinstance(func, ast.Name) and func.id == "translate") or (
        isinstance(func, ast.Attribute) and func.attr == "translate")


def _text(node: ast.expr | None, constants: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    return None


@dataclass(frozen=True)
class _Wrapper:
    """A function that passes one of its parameters to translate() as the text."""

    context: str | None  # fixed context, or None when it is a parameter
    context_param: str | None
    text_param: str
    params: tuple[str, ...]


def _params(func: ast.FunctionDef | ast.AsyncFunctionDef) -> tuple[str, ...]:
    return tuple(a.arg for a in func.args.posonlyargs + func.args.args)


def _module_name(path: Path, root: Path) -> str:
    rel = path.relative_to(root).with_suffix("")
    parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
    return ".".join(parts)


class _Module:
    def __init__(self, path: Path, root: Path) -> None:
        self.path = path
        self.name = _module_name(path, root)
        self.tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        self.constants = {
            node.targets[0].id: node.value.value for node in self.tree.body
            if isinstance(node, ast.Assign) and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name) and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)}
        self.wrappers: dict[str, _Wrapper] = {}
        for func in ast.walk(self.tree):
            if isinstance(func, ast.FunctionDef | ast.AsyncFunctionDef):
                wrapper = self._wrapper(func)
                if wrapper is not None:
                    self.wrappers[func.name] = wrapper

    def _wrapper(self, func: ast.FunctionDef | ast.AsyncFunctionDef) -> _Wrapper | None:
        params = _params(func)
        for call in ast.walk(func):
            if not (isinstance(call, ast.Call) and _is_translate(call.func)
                    and len(call.args) >= 2 and isinstance(call.args[1], ast.Name)
                    and call.args[1].id in params):
                continue
            context_node = call.args[0]
            if isinstance(context_node, ast.Name) and context_node.id in params:
                return _Wrapper(None, context_node.id, call.args[1].id, params)
            context = _text(context_node, self.constants)
            if context is not None:
                return _Wrapper(context, None, call.args[1].id, params)
        return None


def _argument(call: ast.Call, wrapper: _Wrapper, param: str, bound: bool) -> ast.expr | None:
    for keyword in call.keywords:
        if keyword.arg == param:
            return keyword.value
    index = wrapper.params.index(param) - (1 if bound else 0)
    return call.args[index] if 0 <= index < len(call.args) else None


def wrapped_messages(files: list[Path], root: Path = ROOT) -> list[Found]:
    """Strings passed to translate() through helpers, or with a constant as context."""
    modules: list[_Module] = []
    for path in files:
        try:
            modules.append(_Module(path, root))
        except (SyntaxError, UnicodeDecodeError, ValueError) as error:
            print(f"ts_tools: skipping {path}: {error}", file=sys.stderr)
    by_name = {m.name: m for m in modules}
    found: list[Found] = []
    for module in modules:
        local = dict(module.wrappers)
        for node in ast.walk(module.tree):
            if isinstance(node, ast.ImportFrom) and node.module in by_name:
                for alias in node.names:
                    wrapper = by_name[node.module].wrappers.get(alias.name)
                    if wrapper is not None:
                        local[alias.asname or alias.name] = wrapper
        for call in ast.walk(module.tree):
            if not isinstance(call, ast.Call):
                continue
            if _is_translate(call.func) and len(call.args) >= 2:
                # lupdate reads literal contexts itself; a constant name it cannot follow.
                if isinstance(call.args[0], ast.Name):
                    context, text = _text(call.args[0], module.constants), _text(call.args[1], {})
                    if context is not None and text is not None:
                        found.append(Found(context, text, module.path, call.lineno))
                continue
            name = call.func.id if isinstance(call.func, ast.Name) else (
                call.func.attr if isinstance(call.func, ast.Attribute) else None)
            wrapper = local.get(name or "")
            if wrapper is None:
                continue
            bound = isinstance(call.func, ast.Attribute) and bool(wrapper.params) and \
                wrapper.params[0] in ("self", "cls")
            text = _text(_argument(call, wrapper, wrapper.text_param, bound), {})
            context = wrapper.context
            if wrapper.context_param is not None:
                context = _text(_argument(call, wrapper, wrapper.context_param, bound),
                                module.constants)
            if text is not None and context is not None:
                found.append(Found(context, text, module.path, call.lineno))
    return found


# Reading and writing .ts files -------------------------------------------------------------

def _escape(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def _write_element(element: ET.Element, level: int, out: list[str]) -> None:
    indent = "    " * level
    attrs = "".join(f' {key}="{_escape(value)}"' for key, value in element.attrib.items())
    children = list(element)
    if children:
        out.append(f"{indent}<{element.tag}{attrs}>")
        for child in children:
            _write_element(child, level + 1, out)
        out.append(f"{indent}</{element.tag}>")
    elif element.tag == "location":
        out.append(f"{indent}<{element.tag}{attrs}/>")
    else:
        out.append(f"{indent}<{element.tag}{attrs}>{_escape(element.text or '')}</{element.tag}>")


def write_ts(root: ET.Element, path: Path) -> None:
    """Write in lupdate's own layout, so the next lupdate run leaves no diff noise."""
    attrs = "".join(f' {key}="{_escape(value)}"' for key, value in root.attrib.items())
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", f"<TS{attrs}>"]
    for context in root:
        out.append("<context>")
        for child in context:
            _write_element(child, 1, out)
        out.append("</context>")
    out.append("</TS>")
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text("\n".join(out) + "\n", encoding="utf-8")
    os.replace(tmp, path)


def read_ts(path: Path) -> ET.Element:
    return ET.parse(path).getroot()  # our own file, written by lupdate and by this module


def messages(root: ET.Element) -> list[tuple[str, ET.Element]]:
    """(context name, message element) for every message."""
    return [(context.findtext("name") or "", message)
            for context in root.iter("context") for message in context.iter("message")]


def merge_found(root: ET.Element, found: list[Found], ts_dir: Path) -> int:
    """Add or revive the messages lupdate missed; returns how many were new."""
    contexts = {c.findtext("name") or "": c for c in root.iter("context")}
    existing = {(ctx, m.findtext("source") or ""): m for ctx, m in messages(root)}
    locations: dict[tuple[str, str], list[Found]] = {}
    for item in found:
        locations.setdefault((item.context, item.source), []).append(item)
    added = 0
    for (context_name, source), items in locations.items():
        message = existing.get((context_name, source))
        if message is not None:
            translation = message.find("translation")
            if translation is None or translation.get("type") not in _INACTIVE:
                continue  # lupdate found it as well
            if (translation.text or "").strip() or list(translation):
                translation.attrib.pop("type", None)
            else:
                translation.set("type", "unfinished")
            for old in message.findall("location"):
                message.remove(old)
        else:
            context = contexts.get(context_name)
            if context is None:
                context = ET.Element("context")
                ET.SubElement(context, "name").text = context_name
                names = sorted([*contexts, context_name])
                root.insert(names.index(context_name), context)
                contexts[context_name] = context
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = source
            ET.SubElement(message, "translation", {"type": "unfinished"})
            existing[(context_name, source)] = message
            added += 1
        for index, item in enumerate(sorted(items, key=lambda f: (str(f.file), f.line))):
            location = ET.Element("location", {
                "filename": Path(os.path.relpath(item.file, ts_dir)).as_posix(),
                "line": str(item.line)})
            message.insert(index, location)
    return added


def drop_inactive(root: ET.Element) -> None:
    """Remove vanished/obsolete messages (lupdate's -no-obsolete) and empty contexts.

    Messages without a context name go too: lupdate files a bare ``tr("…")`` helper
    outside a class there, but nothing ever looks them up (the helper is extracted with
    its real context by :func:`wrapped_messages`).
    """
    for context in list(root.iter("context")):
        if not (context.findtext("name") or "").strip():
            root.remove(context)
            continue
        for message in list(context.iter("message")):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in _INACTIVE:
                context.remove(message)
        if context.find("message") is None:
            root.remove(context)


def fill_identity(root: ET.Element) -> None:
    """English is the source language: every translation is its source text."""
    for _, message in messages(root):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")
        for form in forms:
            form.text = source
        if not forms:
            translation.text = source


def lupdate_executable() -> str:
    sibling = Path(sys.executable).parent / "pyside6-lupdate"
    if sibling.exists():
        return str(sibling)
    found = shutil.which("pyside6-lupdate")
    if found is None:
        raise SystemExit("pyside6-lupdate not found (run scripts/bootstrap.sh first)")
    return found


def update(ts: Path, lang: str, files: list[Path] | None = None,
           root: Path = ROOT) -> ET.Element:
    """Bring one .ts file up to date with the code; returns its new XML root."""
    files = source_files(root / "klantreis_desktop") if files is None else files
    subprocess.run(
        [lupdate_executable(), "-silent", "-source-language", "en", "-target-language",
         LANGUAGES.get(lang, lang), "-locations", "absolute", *map(str, files), "-ts", str(ts)],
        check=True)
    tree = read_ts(ts)
    merge_found(tree, wrapped_messages(files, root), ts.parent)
    drop_inactive(tree)
    if lang == "en":
        fill_identity(tree)
    write_ts(tree, ts)
    return tree


def translations(message: ET.Element) -> list[str]:
    """The translated text(s) of a message: one, or one per plural form."""
    translation = message.find("translation")
    if translation is None:
        return [""]
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")] or [""]
    return [translation.text or ""]


def unfinished(root: ET.Element) -> list[dict[str, Any]]:
    """Messages still waiting for a translation (plural ones get a list of two forms)."""
    todo: list[dict[str, Any]] = []
    for context, message in messages(root):
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished" or not all(
                text.strip() for text in translations(message)):
            empty: Any = ["", ""] if message.get("numerus") == "yes" else ""
            todo.append({"context": context, "source": message.findtext("source") or "",
                         "translation": empty})
    return todo


def apply(root: ET.Element, entries: list[dict[str, Any]]) -> int:
    """Fill in ``[{"context", "source", "translation"}]`` (a list of forms for plurals)."""
    table = {(e["context"], e["source"]): e["translation"] for e in entries}
    done = 0
    for context, message in messages(root):
        text = table.get((context, message.findtext("source") or ""))
        translation = message.find("translation")
        if translation is None or not text:
            continue
        if message.get("numerus") == "yes":
            forms = [text] if isinstance(text, str) else list(text)
            if not all(str(form).strip() for form in forms):
                continue
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        elif isinstance(text, str) and text.strip():
            translation.text = text
        else:
            continue
        translation.attrib.pop("type", None)
        done += 1
    return done


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("update", "unfinished", "apply"):
        print(__doc__)
        return 2
    if argv[0] == "update":
        for lang in LANGUAGES:
            tree = update(ts_file(lang), lang)
            print(f"{ts_file(lang).relative_to(ROOT)}: {len(messages(tree))} messages, "
                  f"{len(unfinished(tree))} unfinished")
        return 0
    lang = argv[1]
    path = ts_file(lang)
    tree = read_ts(path)
    if argv[0] == "unfinished":
        print(json.dumps(unfinished(tree), ensure_ascii=False, indent=1))
        return 0
    entries = json.loads(Path(argv[2]).read_text(encoding="utf-8"))
    count = apply(tree, entries)
    write_ts(tree, path)
    print(f"{path.relative_to(ROOT)}: {count} translations filled in, "
          f"{len(unfinished(tree))} still unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
