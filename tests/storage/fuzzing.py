"""Seeded mutations of valid .klantreis files and the checks every loader must pass.

Shared by test_fuzz.py (1,000 cases in CI) and scripts/fuzz.py (10,000+ by hand). A case
is one mutated file; it goes through ``storage.loads``, a save-and-reload of whatever
loads, the CLI's ``validate`` and ``info`` in-process, and (when a scene factory is given)
a canvas scene per journey. The only acceptable outcomes: it opens, or one
:class:`KlantreisFileError` / exit code 1 with one plain line. Anything else is a finding.
"""

from __future__ import annotations

import contextlib
import copy
import io
import json
import random
import traceback
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from klantreis_desktop import cli
from klantreis_desktop.model.document import Document
from klantreis_desktop.storage import KlantreisFileError, dumps, loads

from .helpers import sample_doc

ROOT = Path(__file__).resolve().parents[2]
SceneFactory = Callable[[Document], None]

_KINDS = ("journey", "persona", "channel", "phase", "lane", "touchpoint", "pain",
          "opportunity", "note", "goal", "emotion", "macro", "")
_EDGE_KINDS = ("in_journey", "in_phase", "on_lane", "flow", "uses_channel", "felt_by",
               "bound_to", "for_persona", "owns")


def base_files() -> list[tuple[str, bytes]]:
    """Valid files to start from: a sample with a photo, a real sample, a version-1 file."""
    files = [("sample.klantreis", dumps(sample_doc()))]
    for path in (ROOT / "resources" / "samples" / "schoonmaak.nl.klantreis",
                 ROOT / "tests" / "data" / "v1_sample.klantreis"):
        if path.is_file():
            files.append((path.name, path.read_bytes()))
    return files


# Mutations ------------------------------------------------------------------------------


def _random_value(rng: random.Random) -> Any:
    choices: list[Any] = [
        None, True, False, 0, -1, 2 ** 63, -(2 ** 70), 1.5, -0.0, 1e308, "", "x",
        "<b>vet</b> & <script>", "ë" * rng.randint(1, 600), [], [1, "a"], {}, {"a": {"b": 1}},
        "#zzzzzz", "-2..2", "touchpoints", rng.randint(-5, 5), rng.random() * 10,
    ]
    return rng.choice(choices)


def _mutate_json(value: Any, rng: random.Random) -> Any:
    """One structural change somewhere in parsed node-link (or manifest) data."""
    data = copy.deepcopy(value)
    if not isinstance(data, dict):
        return _random_value(rng)
    lists = [key for key in ("nodes", "edges", "links") if isinstance(data.get(key), list)
             and data[key]]
    if not lists or rng.random() < 0.15:
        key = rng.choice(sorted(data) + ["version", "format", "title", "directed",
                                         "multigraph", "nodes", "edges"])
        if rng.random() < 0.3:
            data.pop(key, None)
        else:
            data[key] = _random_value(rng)
        return data
    items = data[rng.choice(lists)]
    index = rng.randrange(len(items))
    item = items[index]
    action = rng.choice(("set", "set", "delete", "kind", "id", "duplicate", "remove",
                         "swap", "retarget", "replace"))
    if not isinstance(item, dict) or action == "replace":
        items[index] = _random_value(rng)
    elif action == "set":
        key = rng.choice(sorted(item) + ["title", "order", "score", "colour", "photo"])
        item[key] = _random_value(rng)
    elif action == "delete" and item:
        item.pop(rng.choice(sorted(item)))
    elif action == "kind":
        if "key" in item or "source" in item:
            kind = rng.choice(_EDGE_KINDS)
            item["key" if rng.random() < 0.5 else "kind"] = kind
        else:
            item["kind"] = rng.choice(_KINDS)
    elif action == "id":
        other = items[rng.randrange(len(items))]
        if "id" in item and isinstance(other, dict):
            item["id"] = other.get("id", "x")
        elif "source" in item:
            item["source"] = rng.choice(("nope", item.get("target", "")))
    elif action == "duplicate":
        items.append(copy.deepcopy(item))
    elif action == "remove":
        items.pop(index)
    elif action == "swap" and "source" in item:
        item["source"], item["target"] = item.get("target"), item.get("source")
    elif action == "retarget" and "target" in item:
        nodes = data.get("nodes")
        node = rng.choice(nodes) if isinstance(nodes, list) and nodes else {}
        item["target"] = node.get("id", "x") if isinstance(node, dict) else "x"
    return data


def _zip_members(data: bytes) -> dict[str, bytes] | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return {info.filename: archive.read(info) for info in archive.infolist()}
    except Exception:  # not a zip: the caller mutates the bytes instead
        return None


def _rezip(members: dict[str, bytes], rng: random.Random) -> bytes:
    buffer = io.BytesIO()
    compress = rng.choice((zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED))
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members.items():
            archive.writestr(zipfile.ZipInfo(name), content, compress_type=compress)
    return buffer.getvalue()


def _change_fields(data: bytes, rng: random.Random) -> tuple[str, bytes]:
    members = _zip_members(data)
    if members is None:  # a version-1 file: one JSON text
        try:
            top = json.loads(data)
        except ValueError:
            return "flip", _flip(data, rng)
        if rng.random() < 0.7 and isinstance(top, dict) and isinstance(top.get("graph"), dict):
            top["graph"] = _mutate_json(top["graph"], rng)
        else:
            top = _mutate_json(top, rng)
        return "json-v1", json.dumps(top).encode()
    action = rng.random()
    if action < 0.6 and "document.json" in members:
        graph = json.loads(members["document.json"])
        for _ in range(rng.randint(1, 3)):
            graph = _mutate_json(graph, rng)
        members["document.json"] = json.dumps(graph).encode()
        return "json-document", _rezip(members, rng)
    if action < 0.8 and "manifest.json" in members:
        members["manifest.json"] = json.dumps(
            _mutate_json(json.loads(members["manifest.json"]), rng)).encode()
        return "json-manifest", _rezip(members, rng)
    name = rng.choice(sorted(members))
    surgery = rng.choice(("drop", "rename", "add", "garbage"))
    if surgery == "drop":
        members.pop(name)
    elif surgery == "rename":
        members[rng.choice(("../" + name, name.upper(), "assets/" + name, name + "/"))] = \
            members.pop(name)
    elif surgery == "add":
        members[rng.choice(("assets/extra.png", "notes.txt", "assets/x y.png"))] = \
            rng.randbytes(rng.randint(0, 300))
    else:
        members[name] = rng.randbytes(rng.randint(0, 2000))
    return f"member-{surgery}", _rezip(members, rng)


def _flip(data: bytes, rng: random.Random) -> bytes:
    raw = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        if raw:
            raw[rng.randrange(len(raw))] ^= 1 << rng.randrange(8)
    return bytes(raw)


def mutate(data: bytes, rng: random.Random) -> tuple[str, bytes]:
    """(what was done, the mutated bytes)."""
    choice = rng.random()
    if choice < 0.2:
        return "truncate", data[:rng.randrange(len(data))]
    if choice < 0.4:
        return "flip", _flip(data, rng)
    if choice < 0.45:
        raw = bytearray(data)
        at = rng.randrange(len(raw) + 1)
        raw[at:at] = rng.randbytes(rng.randint(1, 64))
        return "insert", bytes(raw)
    return _change_fields(data, rng)


# Checks ---------------------------------------------------------------------------------


@dataclass
class FuzzReport:
    cases: int = 0
    opened: int = 0
    rejected: int = 0
    scenes: int = 0
    by_mutation: dict[str, int] = field(default_factory=dict)
    codes: dict[str, int] = field(default_factory=dict)
    findings: list[dict[str, Any]] = field(default_factory=list)


def _cli(command: list[str]) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(command)
    return code, err.getvalue()


def check_case(data: bytes, name: str, folder: Path, report: FuzzReport,
               scene_factory: SceneFactory | None = None) -> None:
    """Run one mutated file through every loader; record a finding for anything untyped."""
    def finding(stage: str, detail: str) -> None:
        report.findings.append({"name": name, "stage": stage, "detail": detail[:2000],
                                "data": data})

    doc: Document | None = None
    error: KlantreisFileError | None = None
    try:
        doc = loads(data, name).document
    except KlantreisFileError as caught:
        error = caught
        report.codes[caught.code] = report.codes.get(caught.code, 0) + 1
    except BaseException:  # the finding we are looking for
        finding("loads", traceback.format_exc())
        return
    if error is not None:
        report.rejected += 1
        if "\n" in str(error) or name not in str(error):
            finding("message", str(error))
    else:
        report.opened += 1
        try:  # whatever opens must save and open again
            assert doc is not None
            loads(dumps(doc, name), name)
        except BaseException:
            finding("save-reload", traceback.format_exc())
    path = folder / name
    path.write_bytes(data)
    for command in (["validate", str(path)], ["info", str(path)], ["info", "--json", str(path)]):
        try:
            code, stderr = _cli(command)
        except BaseException:  # SystemExit or worse escaped main()
            finding(command[0], traceback.format_exc())
            continue
        if code not in (0, 1) or "Traceback" in stderr or "Unexpected error" in stderr:
            finding(command[0], f"exit {code}: {stderr}")
        elif error is not None and (code != 1 or stderr != str(error) + "\n"):
            finding(command[0], f"exit {code} for a refused file: {stderr!r}")
    path.unlink()
    if doc is not None and scene_factory is not None:
        try:
            scene_factory(doc)
            report.scenes += 1
        except BaseException:
            finding("scene", traceback.format_exc())


def run(cases: int, seed: int, folder: Path, scene_factory: SceneFactory | None = None,
        progress: Callable[[int], None] | None = None) -> FuzzReport:
    """``cases`` seeded mutations spread over the base files."""
    rng = random.Random(seed)
    bases = base_files()
    report = FuzzReport()
    for number in range(cases):
        base_name, base = bases[number % len(bases)]
        mutation, data = mutate(base, rng)
        report.by_mutation[mutation] = report.by_mutation.get(mutation, 0) + 1
        check_case(data, f"fuzz-{number:05d}-{mutation}.klantreis", folder, report,
                   scene_factory)
        report.cases += 1
        if progress is not None:
            progress(number)
    return report


def qt_scene_factory() -> SceneFactory | None:
    """Builds (and drops) a canvas scene per journey; None when there is no canvas."""
    try:
        from PySide6.QtGui import QUndoStack

        from klantreis_desktop.ui.canvas.scene import JourneyScene
    except ImportError:
        return None

    def build_scenes(doc: Document) -> None:
        for journey in doc.journeys():
            scene = JourneyScene(doc, journey, QUndoStack())
            scene.dispose()

    return build_scenes
