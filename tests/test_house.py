"""The house rules a reader sees in the folders, checked on the source itself.

The core (model, layout, storage, analysis, the PDF export) never imports Qt or the UI;
outside ``ui/`` only the few entry points named in :data:`MAY_IMPORT_QT` do, and only
inside a function, so every headless command stays Qt-free; and no two modules share a
file name, so a name says what a module holds wherever it is read. Imports are read with
:mod:`ast`: function-local imports and ``importlib.import_module("...")`` count too.
"""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "klantreis_desktop"
#: Folders (and file-name prefixes) of the Qt-free core, relative to the package.
CORE = ("model/", "layout/", "storage/", "analysis/", "export/pdf", "room/")
#: Modules that can open a network connection or listen (DESIGN.md rule 6: the app is
#: offline; only room mode listens, and that code lives in one place).
NETWORK_MODULES = ("socket", "ssl", "asyncio", "aiohttp", "http.server", "http.client",
                   "urllib.request", "socketserver", "requests", "httpx", "websockets",
                   "ftplib", "smtplib", "xmlrpc", "selectors", "PySide6.QtNetwork",
                   "PySide6.QtWebSockets", "PySide6.QtHttpServer")
#: The one place that may: room mode's server (Qt-free) and its window (Qt).
MAY_USE_THE_NETWORK = ("room/", "ui/room/")
#: What belongs to the user interface (Qt bindings included).
UI_PREFIXES = ("PySide6", "shiboken6", "klantreis_desktop.ui")
#: The only modules outside ui/ that may import Qt or ui/, and why; each only inside a
#: function, so importing the module itself stays Qt-free.
MAY_IMPORT_QT = {
    "cli/__init__.py": "starts the window: `klantreis` without a sub-command is the GUI",
    "cli/export.py": "`export --png/--svg` draws with the canvas, so it needs Qt",
    "smoke.py": "`--smoke-test` checks that a bundle starts Qt and draws a journey",
}


def _sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def _relative(path: Path) -> str:
    return path.relative_to(PACKAGE).as_posix()


def _module_of(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _absolute(path: Path, module: str | None, level: int) -> str:
    """The absolute name a ``from ... import`` reads from (relative imports resolved)."""
    if level == 0:
        return module or ""
    package = _module_of(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    base = package[:len(package) - (level - 1)]
    return ".".join(base + ([module] if module else []))


def imports(path: Path, text: str | None = None) -> list[tuple[str, int, bool]]:
    """(imported module, line, at module level) for every import in ``path``: statements
    anywhere (functions and ``if TYPE_CHECKING`` included) and ``importlib.import_module``
    or ``__import__`` calls with a literal name."""
    return [(name, line, at_top) for name, line, at_top, _types in _imports(path, text)]


def _imports(path: Path, text: str | None = None) -> list[tuple[str, int, bool, bool]]:
    """As :func:`imports`, plus whether the import is for type checkers only."""
    source = path.read_text(encoding="utf-8") if text is None else text
    tree = ast.parse(source, str(path))
    top_level = {id(node) for node in tree.body}
    type_only: set[int] = set()
    for node in tree.body:  # imports under a module-level if/try run at import time too
        if isinstance(node, (ast.If, ast.Try)):
            top_level.update(id(child) for child in ast.walk(node))
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            type_only.update(id(child) for child in ast.walk(node))
    found: list[tuple[str, int, bool, bool]] = []
    for node in ast.walk(tree):
        at_top, types = id(node) in top_level, id(node) in type_only
        if isinstance(node, ast.Import):
            found += [(alias.name, node.lineno, at_top, types) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            source = _absolute(path, node.module, node.level)
            found.append((source, node.lineno, at_top, types))
            # `from pkg import name` may import the submodule pkg.name
            found += [(f"{source}.{alias.name}", node.lineno, at_top, types)
                      for alias in node.names]
        elif (isinstance(node, ast.Call) and node.args
              and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)
              and (isinstance(node.func, ast.Attribute) and node.func.attr == "import_module"
                   or isinstance(node.func, ast.Name) and node.func.id == "__import__")):
            found.append((node.args[0].value, node.lineno, at_top, False))
    return found


def _is_ui(name: str) -> bool:
    return any(name == prefix or name.startswith(prefix + ".") for prefix in UI_PREFIXES)


def test_the_reader_sees_every_kind_of_import() -> None:
    """The checker itself: imports in functions, relative ones and by-name ones count."""
    text = ("from . import kinds\n"
            "def later():\n"
            "    from ..ui import app\n"
            "    import importlib\n"
            "    importlib.import_module('PySide6.QtGui')\n")
    names = {name for name, _line, _top in imports(PACKAGE / "model" / "sample.py", text)}
    assert {"klantreis_desktop.model.kinds", "klantreis_desktop.ui.app",
            "PySide6.QtGui"} <= names


def test_the_core_never_imports_qt_or_the_ui() -> None:
    wrong = [f"{_relative(path)}:{line} imports {name}"
             for path in _sources() if _relative(path).startswith(CORE)
             for name, line, _top in imports(path) if _is_ui(name)]
    assert wrong == []


def test_only_ui_and_named_entry_points_import_qt_or_the_ui() -> None:
    wrong = []
    for path in _sources():
        where = _relative(path)
        if where.startswith("ui/"):
            continue
        for name, line, at_top in imports(path):
            if not _is_ui(name):
                continue
            if where not in MAY_IMPORT_QT:
                wrong.append(f"{where}:{line} imports {name}")
            elif at_top:
                wrong.append(f"{where}:{line} imports {name} at import time (only in functions)")
    assert wrong == []


def test_the_allow_list_names_only_modules_that_need_it() -> None:
    """An entry that no longer imports Qt is removed, so the list stays the truth."""
    for where in MAY_IMPORT_QT:
        assert any(_is_ui(name) for name, _l, _t in imports(PACKAGE / where)), where


def test_importing_the_core_and_the_cli_loads_no_qt() -> None:
    """The same rule at run time, so an import through a helper module is caught too."""
    modules = sorted(_module_of(path) for path in _sources()
                     if not _relative(path).startswith("ui/")
                     and not _relative(path).endswith("__main__.py"))
    code = ("import importlib, sys\n"
            f"for name in {modules!r}:\n"
            "    importlib.import_module(name)\n"
            "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')"
            " or m.startswith('klantreis_desktop.ui'))\n"
            "assert not loaded, loaded[:5]\n")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env=env, cwd=ROOT, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]



def _is_network(name: str) -> bool:
    return any(name == module or name.startswith(module + ".") for module in NETWORK_MODULES)


def test_only_room_mode_touches_the_network() -> None:
    """socket, asyncio, aiohttp, http.server, urllib.request, QtNetwork …: only in room/
    and ui/room/, so "the app opens no socket outside room mode" is visible in the tree."""
    wrong = [f"{_relative(path)}:{line} imports {name}"
             for path in _sources() if not _relative(path).startswith(MAY_USE_THE_NETWORK)
             for name, line, _top in imports(path) if _is_network(name)]
    assert wrong == []


def test_the_network_checker_sees_network_imports() -> None:
    text = "import socket\nfrom urllib.request import urlopen\nfrom urllib.parse import quote\n"
    names = [name for name, _line, _top in imports(PACKAGE / "model" / "x.py", text)]
    assert [name for name in names if _is_network(name)] == [
        "socket", "urllib.request", "urllib.request.urlopen"]


def test_importing_room_mode_loads_no_server_library() -> None:
    """aiohttp is imported when a room starts, not when its modules are imported."""
    modules = sorted(_module_of(path) for path in _sources()
                     if _relative(path).startswith(MAY_USE_THE_NETWORK))
    code = ("import importlib, sys\n"
            f"for name in {modules!r}:\n"
            "    importlib.import_module(name)\n"
            "assert 'aiohttp' not in sys.modules\n")
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env=env, cwd=ROOT, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]


def test_no_two_modules_share_a_file_name() -> None:
    """A name says what a module holds wherever it is read (an import, a traceback)."""
    where: defaultdict[str, list[str]] = defaultdict(list)
    for path in _sources():
        if path.name != "__init__.py":
            where[path.name].append(_relative(path))
    shared = {name: places for name, places in where.items() if len(places) > 1}
    assert shared == {}


def _run_time_graph(folder: str) -> dict[str, set[str]]:
    """Module -> the modules of ``folder`` it imports when it runs (function-level imports
    included, ``if TYPE_CHECKING`` ones not; a package's own ``__init__`` counts only
    with what it imports at module level, which is all ``from package import NAME`` runs)."""
    paths = {_module_of(p): p for p in _sources() if _relative(p).startswith(folder)}
    graph: dict[str, set[str]] = {}
    for module, path in paths.items():
        package_init = path.name == "__init__.py"
        graph[module] = {name for name, _line, at_top, types in _imports(path)
                         if name in paths and name != module and not types
                         and (at_top or not package_init)}
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str]:
    """One import cycle of ``graph`` (empty when there is none)."""
    state: dict[str, int] = {}  # 1: on the path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str]:
        state[node] = 1
        path.append(node)
        for target in sorted(graph.get(node, ())):
            if state.get(target) == 1:
                return path[path.index(target):] + [target]
            if target not in state and (found := visit(target)):
                return found
        path.pop()
        state[node] = 2
        return []

    for start in sorted(graph):
        if start not in state and (found := visit(start)):
            return found
    return []


def test_the_canvas_has_no_import_cycle() -> None:
    """The scene adapts the model to items and owns its two helpers (gestures, entry); the
    edit operations, menus and view call into it, never the other way round."""
    graph = _run_time_graph("ui/canvas/")
    assert "klantreis_desktop.ui.canvas.edits" not in graph["klantreis_desktop.ui.canvas.scene"]
    assert _cycle(graph) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) == []


#: Ignores in files another branch is changing now; they get their reasons at its merge.
IGNORES_WITHOUT_REASON_YET: dict[str, int] = {}


def test_every_type_ignore_says_why() -> None:
    """``# type: ignore[code]  # reason``: an ignore without a reason is never reviewed
    again (mypy's warn_unused_ignores removes the stale ones)."""
    with_reason = re.compile(r"# type: ignore\[[\w, -]+\]  # \S")
    bare: dict[str, int] = {}
    for path in _sources():
        for line in path.read_text(encoding="utf-8").splitlines():
            if "# type: ignore" in line and not with_reason.search(line):
                bare[_relative(path)] = bare.get(_relative(path), 0) + 1
    assert {where: count for where, count in bare.items()
            if IGNORES_WITHOUT_REASON_YET.get(where) != count} == {}
