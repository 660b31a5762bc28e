#!/usr/bin/env python3
"""Fuzz every loader with seeded mutations of valid .klantreis files.

Mutations: truncation, flipped and inserted bytes, changed JSON fields inside the zip
(document.json and manifest.json), dropped/renamed/added members, damaged version-1 files.
Each case goes through storage.loads, a save-and-reload, the CLI's validate and info, and
a canvas scene per journey (unless --no-gui). Only typed errors are acceptable.

    .venv/bin/python scripts/fuzz.py --cases 10000 --seed 1
    .venv/bin/python scripts/fuzz.py --cases 500 --save-findings /tmp/findings

Exit code 0 when there were no findings, 1 otherwise.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-gui", action="store_true", help="skip building canvas scenes")
    parser.add_argument("--save-findings", type=Path, default=None,
                        help="write every file that caused a finding into this folder")
    args = parser.parse_args(argv)
    scene_factory = None
    if not args.no_gui:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication([])  # noqa: F841 - kept alive
    from klantreis_desktop import i18n
    from tests.storage import fuzzing

    i18n.set_language("en")  # the checks look for the English "Unexpected error"
    if not args.no_gui:
        scene_factory = fuzzing.qt_scene_factory()
    started = time.perf_counter()
    step = max(1, args.cases // 20)

    def progress(number: int) -> None:
        if (number + 1) % step == 0:
            print(f"  {number + 1} cases, {time.perf_counter() - started:.0f} s", flush=True)

    with tempfile.TemporaryDirectory(prefix="klantreis-fuzz-") as folder:
        report = fuzzing.run(args.cases, args.seed, Path(folder), scene_factory, progress)
    seconds = time.perf_counter() - started
    print(f"{report.cases} cases in {seconds:.0f} s: {report.opened} opened "
          f"({report.scenes} drawn as scenes), {report.rejected} refused with a typed error "
          f"{dict(sorted(report.codes.items()))}; findings: {len(report.findings)}")
    print("mutations:", dict(sorted(report.by_mutation.items())))
    for found in report.findings[:10]:
        print(f"--- {found['name']} ({found['stage']})\n{found['detail']}")
    if args.save_findings is not None and report.findings:
        args.save_findings.mkdir(parents=True, exist_ok=True)
        for found in report.findings:
            (args.save_findings / found["name"]).write_bytes(found["data"])
    return 0 if not report.findings else 1


if __name__ == "__main__":
    sys.exit(main())
