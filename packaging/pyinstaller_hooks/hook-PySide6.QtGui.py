"""Our override of PyInstaller's QtGui hook: the same collection minus unused Qt plugins.

Filtering here (not after Analysis) matters: PyInstaller follows the libraries each
collected plugin links against, so a plugin dropped later would still leave its whole
dependency tree in the bundle. The GTK 3 platform theme alone drags in GTK, GDK, Cairo,
Pango and ATK (~20 MB) and breaks on hosts with a different GTK; without it Qt draws its
own file dialogs. evdev/tuio/vnc/eglfs/linuxfb are for kiosks and embedded boards and pull
in QtNetwork and Kerberos.
"""

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

UNUSED_PLUGINS = (
    "/plugins/generic/",
    "/plugins/egldeviceintegrations/",
    "/plugins/platformthemes/libqgtk3",
    "/plugins/platforms/libqeglfs",
    "/plugins/platforms/libqlinuxfb",
    "/plugins/platforms/libqvnc",
    "/plugins/platforms/libqvkkhrdisplay",
    "/plugins/platforms/libqminimalegl",
)


def _wanted(source: str) -> bool:
    path = str(source).replace("\\", "/")
    return not any(part in path for part in UNUSED_PLUGINS)


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [entry for entry in binaries if _wanted(entry[0])]
