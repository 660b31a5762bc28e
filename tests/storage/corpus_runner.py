"""Open every file of a folder in its own forked process; report what happened as JSON.

Per file: the outcome of ``storage.read`` (opened / rejected with code and message /
crashed), the seconds it took, the peak memory of that process (``os.wait4`` gives the
child's own ``ru_maxrss``), and the exit code and stderr of the CLI's ``validate`` and
``info`` run in-process. Each child works in its own empty folder, so a test can check
that nothing was written anywhere. Used by test_hostile_corpus.py and by hand::

    .venv/bin/python tests/storage/corpus_runner.py tests/data/hostile /tmp/work
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import resource
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from klantreis_desktop import cli  # noqa: E402
from klantreis_desktop.storage import KlantreisFileError, read  # noqa: E402

#: A safety net for the machine, far above the 300 MB a file may cost.
ADDRESS_SPACE_LIMIT = 4 * 1024 ** 3


def _check(path: Path) -> dict[str, Any]:
    result: dict[str, Any] = {"name": path.name}
    started = time.perf_counter()
    try:
        loaded = read(path)
    except KlantreisFileError as error:
        result.update(outcome="rejected", code=error.code, message=str(error))
    except BaseException as error:  # exactly what the test looks for
        result.update(outcome="crashed", error=f"{type(error).__name__}: {error}"[:500])
    else:
        doc = loaded.document
        result.update(outcome="opened", warnings=loaded.warnings,
                      titles={node: doc.title(node) for node in doc.graph})
    result["seconds"] = time.perf_counter() - started
    for command in ("validate", "info"):
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = cli.main([command, str(path)])
            except BaseException as error:
                code = -1
                err.write(f"escaped: {type(error).__name__}: {error}")
        result[command] = {"exit": code, "stderr": err.getvalue()}
    return result


def _max_rss_mb(usage: Any) -> float:
    scale = 1 if sys.platform == "darwin" else 1024  # bytes on macOS, KiB on Linux
    return float(usage.ru_maxrss) * scale / 1024 / 1024


def run_one(path: Path, workdir: Path) -> dict[str, Any]:
    """Check ``path`` in a forked child working in ``workdir``."""
    workdir.mkdir(parents=True, exist_ok=True)
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        os.close(reader)
        try:
            os.chdir(workdir)
            resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE_LIMIT, ADDRESS_SPACE_LIMIT))
            payload = json.dumps(_check(path)).encode()
        except BaseException as error:
            payload = json.dumps({"name": path.name, "outcome": "crashed",
                                  "error": repr(error)[:500]}).encode()
        with open(writer, "wb") as pipe:
            pipe.write(payload)
        os._exit(0)
    os.close(writer)
    with open(reader, "rb") as pipe:
        payload = pipe.read()
    _, status, usage = os.wait4(pid, 0)
    if not payload:
        return {"name": path.name, "outcome": "crashed", "error": f"child status {status}",
                "peak_mb": _max_rss_mb(usage)}
    result: dict[str, Any] = json.loads(payload)
    result["peak_mb"] = _max_rss_mb(usage)
    return result


def run_all(folder: Path, work: Path) -> dict[str, Any]:
    baseline = run_one(Path(os.devnull), work / "_baseline")
    results = [run_one(path, work / path.name)
               for path in sorted(folder.glob("*.klantreis"))]
    return {"baseline_mb": baseline["peak_mb"], "results": results}


def main() -> int:
    folder, work = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve()
    print(json.dumps(run_all(folder, work)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
