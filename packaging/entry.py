"""The bundle's entry point: ``klantreis`` as installed, plus ``--smoke-test``.

``klantreis --smoke-test [--lang nl|en]`` checks the bundle itself (see
klantreis_desktop/smoke.py); every other call goes to the normal command line.
"""

from __future__ import annotations

import sys


def _language(args: list[str]) -> str | None:
    for index, token in enumerate(args):
        if token == "--lang" and index + 1 < len(args):
            return args[index + 1]
        if token.startswith("--lang="):
            return token.split("=", 1)[1]
    return None


def main() -> int:
    args = sys.argv[1:]
    if "--smoke-test" in args:
        from klantreis_desktop.smoke import run_smoke_test

        return run_smoke_test(_language(args))
    from klantreis_desktop.cli import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
