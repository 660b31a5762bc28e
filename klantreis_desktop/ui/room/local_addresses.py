"""This machine's private addresses, read from its network interfaces (no connection is
made: Qt asks the operating system for the interface list)."""

from __future__ import annotations

from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface

from klantreis_desktop.room.addresses import private_addresses


def private_interface_addresses() -> list[str]:
    """The private IPv4 addresses of the interfaces that are up (Wi-Fi, Ethernet, the
    laptop's own hotspot), best first; empty when there is none."""
    found: list[str] = []
    for interface in QNetworkInterface.allInterfaces():
        flags = interface.flags()
        if (not flags & QNetworkInterface.InterfaceFlag.IsUp
                or not flags & QNetworkInterface.InterfaceFlag.IsRunning
                or flags & QNetworkInterface.InterfaceFlag.IsLoopBack):
            continue
        for entry in interface.addressEntries():
            address = entry.ip()
            if address.protocol() == QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                found.append(address.toString())
    return private_addresses(found)
