"""``klantreis install-desktop``: the menu entry, file type and icons for an installed package.

After ``pipx install klantreis-desktop`` (or ``pip install``) the command works, but the
desktop does not know the app: no menu entry, ``.klantreis`` files do not open in it. This
command puts the same files the bundle's install-linux.sh installs into the user's data
folder (``$XDG_DATA_HOME``, default ``~/.local/share``): the desktop entry (pointing at this
installation's ``klantreis``), the ``application/x-klantreis`` MIME type, the AppStream
metainfo and the icons. ``--uninstall`` removes exactly those files. Linux and other
freedesktop systems only; nothing here needs Qt or root.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from klantreis_desktop.cli.common import EXIT_OK, CommandError, SubParsers
from klantreis_desktop.i18n import translate
from klantreis_desktop.shipped_files import linux_dir

APP_ID = "nl.klantreis.Desktop"
MIME_TYPE = "application/x-klantreis"


def data_home() -> Path:
    value = os.environ.get("XDG_DATA_HOME", "").strip()
    return Path(value) if value else Path.home() / ".local" / "share"


def launcher() -> str:
    """The command the menu entry runs: this installation's ``klantreis`` script."""
    import shutil

    script = Path(sys.argv[0]).resolve() if sys.argv and sys.argv[0] else None
    if script is not None and script.name.startswith("klantreis") and script.is_file():
        return str(script)
    found = shutil.which("klantreis")
    return found or "klantreis"


def planned_files(data: Path) -> dict[Path, Path]:
    """Where each shipped file goes: {source: destination}."""
    source = linux_dir()
    plan = {source / f"{APP_ID}.desktop": data / "applications" / f"{APP_ID}.desktop",
            source / f"{APP_ID}.xml": data / "mime" / "packages" / f"{APP_ID}.xml",
            source / f"{APP_ID}.metainfo.xml": data / "metainfo" / f"{APP_ID}.metainfo.xml"}
    icons = source / "icons" / "hicolor"
    for icon in sorted(icons.rglob("*")):
        if icon.is_file():
            plan[icon] = data / "icons" / "hicolor" / icon.relative_to(icons)
    return plan


def desktop_entry(text: str, command: str) -> str:
    """The shipped entry with ``Exec``/``TryExec`` pointing at ``command``."""
    quoted = f'"{command}"' if " " in command else command
    lines = []
    for line in text.splitlines():
        if line.startswith("Exec="):  # keep the arguments (%F), swap the program
            arguments = line.removeprefix("Exec=").split(" ", 1)[1:]
            line = " ".join([f"Exec={quoted}", *arguments])
        elif line.startswith("TryExec="):
            line = f"TryExec={command}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def install(data: Path, command: str) -> list[Path]:
    import shutil

    written = []
    for source, target in planned_files(data).items():
        if not source.is_file():
            raise FileNotFoundError(source)
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.name.endswith(".desktop"):
            target.write_text(desktop_entry(source.read_text(encoding="utf-8"), command),
                              encoding="utf-8")
        else:
            shutil.copyfile(source, target)
        written.append(target)
    _refresh(data)
    return written


def uninstall(data: Path) -> list[Path]:
    removed = []
    for target in planned_files(data).values():
        if target.is_file():
            target.unlink()
            removed.append(target)
    _refresh(data)
    return removed


def _refresh(data: Path) -> None:
    """Let the desktop see the change now (each tool is optional; none needs the network)."""
    import shutil
    import subprocess

    for tool, args in (("update-mime-database", [str(data / "mime")]),
                       ("update-desktop-database", ["-q", str(data / "applications")])):
        if shutil.which(tool) and (data / args[-1]).exists():
            subprocess.run([tool, *args], capture_output=True, timeout=60, check=False)


def add_parser(subparsers: SubParsers) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "install-desktop",
        help=translate("Cli", "add Klantreis to the desktop menu and open .klantreis files "
                              "with it (Linux)"),
        description=translate("Cli", "Installs the menu entry, the .klantreis file type and "
                                     "the icons for the current user, for this installation "
                                     "of Klantreis."))
    parser.add_argument("--uninstall", action="store_true",
                        help=translate("Cli", "remove them again"))
    return parser


def run(ns: argparse.Namespace) -> int:
    data = data_home()
    try:
        if ns.uninstall:
            removed = uninstall(data)
            print(translate("Cli", "Removed {count} files from {folder}.").format(
                count=len(removed), folder=data))
        else:
            written = install(data, launcher())
            print(translate("Cli", "Installed the menu entry, the file type and {count} icons "
                                   "in {folder}.").format(count=len(written) - 3, folder=data))
    except OSError as error:
        from klantreis_desktop.storage.errors import os_error_reason

        raise CommandError(translate("Cli", "install-desktop failed: {reason}").format(
            reason=os_error_reason(error))) from error
    return EXIT_OK
