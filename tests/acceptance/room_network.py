"""A private network of our own for room mode's browser test: two network namespaces
("laptop" and "phone") joined by a veth pair, 10.77.0.1 ↔ 10.77.0.2.

The app listens only on private addresses, and test traffic must stay on this machine:
so the app runs in the laptop namespace (where 10.77.0.1 is its only private address)
and the browser in the phone namespace, and nothing leaves the two namespaces the test
made (and removes). Needs root and iproute2; the test is skipped with a clear message
otherwise.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

LAPTOP_ADDRESS = "10.77.0.1"
PHONE_ADDRESS = "10.77.0.2"


def unavailable() -> str:
    """Why the namespaces cannot be made here ('' when they can)."""
    if os.name != "posix" or os.geteuid() != 0:
        return "needs root to make network namespaces (ip netns)"
    if shutil.which("ip") is None:
        return "needs iproute2 (the ip command)"
    probe = subprocess.run(["ip", "netns", "list"], capture_output=True, text=True)
    if probe.returncode != 0:
        return "ip netns does not work here: " + probe.stderr.strip()
    return ""


class RoomNetwork:
    """The two namespaces; :meth:`run_in` prefixes a command to run inside one."""

    def __init__(self) -> None:
        tag = f"{os.getpid() % 100000}"
        self.laptop, self.phone = f"krl{tag}", f"krp{tag}"
        self._veth = (f"vl{tag}", f"vp{tag}")

    def _ip(self, *args: str) -> None:
        subprocess.run(["ip", *args], check=True, capture_output=True, timeout=60)

    def up(self) -> RoomNetwork:
        self.down()
        laptop_end, phone_end = self._veth
        self._ip("netns", "add", self.laptop)
        self._ip("netns", "add", self.phone)
        self._ip("link", "add", laptop_end, "type", "veth", "peer", "name", phone_end)
        for end, space, address in ((laptop_end, self.laptop, LAPTOP_ADDRESS),
                                    (phone_end, self.phone, PHONE_ADDRESS)):
            self._ip("link", "set", end, "netns", space)
            self._ip("-n", space, "addr", "add", f"{address}/24", "dev", end)
            self._ip("-n", space, "link", "set", end, "up")
            self._ip("-n", space, "link", "set", "lo", "up")
        return self

    def down(self) -> None:
        for space in (self.laptop, self.phone):  # removing a namespace removes its veth end
            subprocess.run(["ip", "netns", "del", space], capture_output=True, timeout=60)

    def prefix(self, space: str) -> list[str]:
        return ["ip", "netns", "exec", space]

    def browser_in_phone(self, folder: Path, browser: str = "/usr/bin/chromium") -> Path:
        """A launcher that starts ``browser`` inside the phone namespace (Playwright talks
        to it over pipes, which cross namespaces; its traffic does not)."""
        script = folder / "chromium-in-phone-netns"
        script.write_text(f"#!/bin/sh\nexec ip netns exec {self.phone} {browser} \"$@\"\n",
                          encoding="utf-8")
        script.chmod(0o755)
        return script

    def add_phone_addresses(self, count: int) -> list[str]:
        """``count`` more addresses for the phone namespace (10.77.0.10 …), so many phones
        in one browser can each come from their own (see phone_relay.py)."""
        addresses = [f"10.77.0.{10 + index}" for index in range(count)]
        for address in addresses:
            self._ip("-n", self.phone, "addr", "add", f"{address}/24", "dev", self._veth[1])
        return addresses
