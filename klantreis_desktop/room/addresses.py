"""Which addresses a room may listen on: private IPv4 only, never a public one.

The facilitator's laptop serves the phones in the same room, so the server listens on the
addresses of this machine's own interfaces that are private (RFC 1918: 10/8, 172.16/12,
192.168/16) or link-local (169.254/16, what two devices pick without a DHCP server). The
interfaces are listed by the caller (Qt's QNetworkInterface in ``ui/room``): reading them
needs no connection. IPv6 is left out on purpose: a phone cannot open a link-local v6
address with its zone from a QR code, and one v4 address per network is enough.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable

PRIVATE_NETWORKS = tuple(ipaddress.IPv4Network(n) for n in (
    "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "169.254.0.0/16"))
LOOPBACK = ipaddress.IPv4Network("127.0.0.0/8")


def is_private(address: str) -> bool:
    """True for an IPv4 address in a private or link-local range."""
    try:
        ip = ipaddress.IPv4Address(address.strip())
    except ValueError:
        return False
    return any(ip in network for network in PRIVATE_NETWORKS)


def is_loopback(address: str) -> bool:
    try:
        return ipaddress.IPv4Address(address.strip()) in LOOPBACK
    except ValueError:
        return False


def may_listen_on(address: str) -> bool:
    """What a room server accepts as a host: private (the room) or loopback (tests and
    benchmarks on this machine only). Never 0.0.0.0, never a public address."""
    return is_private(address) or is_loopback(address)


def private_addresses(candidates: Iterable[str]) -> list[str]:
    """The private ones of ``candidates``, each once, in a stable order: 192.168 first
    (home and hotspot networks, what phones usually share), then 10, 172.16, link-local."""
    found = {a.strip() for a in candidates if is_private(a)}

    def rank(address: str) -> tuple[int, tuple[int, ...]]:
        ip = ipaddress.IPv4Address(address)
        order = (PRIVATE_NETWORKS[2], PRIVATE_NETWORKS[0], PRIVATE_NETWORKS[1],
                 PRIVATE_NETWORKS[3])
        place = next(i for i, network in enumerate(order) if ip in network)
        return place, tuple(int(part) for part in address.split("."))

    return sorted(found, key=rank)


def base_url(host: str, port: int) -> str:
    """The short address shown on the projector: ``http://192.168.1.20:8123/``."""
    return f"http://{host}:{port}/"


def join_url(host: str, port: int, token: str) -> str:
    """The QR code's link: the room's secret is part of the path of every request."""
    return f"http://{host}:{port}/r/{token}/"
