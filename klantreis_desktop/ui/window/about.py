"""The About dialog: what this is, which version, and the licences of what ships with it.

The bundle carries Qt (LGPLv3), Python libraries and fonts (DejaVu Sans, Noto Sans Arabic,
Droid Sans Fallback); their licences ask us to say so and to show the terms, so the dialog
lists each with its licence and shows the full licence texts that ship in
``resources/fonts``. The fonts are read from the PDF exporter's own list
(``pdf_fonts.BUNDLED_FONTS``), so a font added there is credited here too.
"""

from __future__ import annotations

import platform
from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from klantreis_desktop import __version__
from klantreis_desktop.shipped_files import resources_dir

APP_NAME = "Klantreis"

#: (name shown, distribution name for its version, licence, where its source lives)
LIBRARIES: tuple[tuple[str, str, str, str], ...] = (
    ("Qt / PySide6", "PySide6-Essentials", "LGPL-3.0", "https://code.qt.io"),
    ("networkx", "networkx", "BSD-3-Clause", "https://networkx.org"),
    ("ReportLab", "reportlab", "BSD-3-Clause", "https://www.reportlab.com"),
    ("charset-normalizer", "charset-normalizer", "MIT",
     "https://github.com/jawah/charset_normalizer"),
    ("platformdirs", "platformdirs", "MIT", "https://github.com/tox-dev/platformdirs"),
    ("Pillow", "pillow", "HPND (MIT-CMU)", "https://python-pillow.org"),
    ("RapidFuzz", "rapidfuzz", "MIT", "https://github.com/rapidfuzz/RapidFuzz"),
    ("uharfbuzz", "uharfbuzz", "Apache-2.0 (HarfBuzz: MIT)",
     "https://github.com/harfbuzz/uharfbuzz"),
    ("python-bidi", "python-bidi", "LGPL-3.0", "https://github.com/MeirKriheli/python-bidi"),
    # Measured journeys: event logs and spreadsheets.
    ("DuckDB", "duckdb", "MIT", "https://github.com/duckdb/duckdb"),
    ("openpyxl", "openpyxl", "MIT", "https://foss.heptapod.net/openpyxl/openpyxl"),
    ("et-xmlfile", "et-xmlfile", "MIT", "https://foss.heptapod.net/openpyxl/et_xmlfile"),
    # Room mode: the phones' server and the QR code (aiohttp and what it brings along).
    ("aiohttp", "aiohttp", "Apache-2.0 AND MIT", "https://github.com/aio-libs/aiohttp"),
    ("multidict", "multidict", "Apache-2.0", "https://github.com/aio-libs/multidict"),
    ("yarl", "yarl", "Apache-2.0", "https://github.com/aio-libs/yarl"),
    ("frozenlist", "frozenlist", "Apache-2.0", "https://github.com/aio-libs/frozenlist"),
    ("aiosignal", "aiosignal", "Apache-2.0", "https://github.com/aio-libs/aiosignal"),
    ("propcache", "propcache", "Apache-2.0", "https://github.com/aio-libs/propcache"),
    ("aiohappyeyeballs", "aiohappyeyeballs", "PSF-2.0",
     "https://github.com/aio-libs/aiohappyeyeballs"),
    ("attrs", "attrs", "MIT", "https://github.com/python-attrs/attrs"),
    ("idna", "idna", "BSD-3-Clause", "https://github.com/kjd/idna"),
    ("segno", "segno", "BSD-3-Clause", "https://github.com/heuer/segno"),
    ("typing_extensions", "typing-extensions", "PSF-2.0",
     "https://github.com/python/typing_extensions"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("About", text)


def _library_version(distribution: str) -> str:
    """The installed version; a bundle without package metadata shows none."""
    if distribution == "PySide6-Essentials":
        return pyside_version
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return ""


def licence_text() -> str:
    """The plain text shown in the dialog: libraries with licences, then the fonts and
    their licence texts."""
    lines = [_tr("Klantreis Desktop is free software under the MIT licence."), "",
             _tr("Bundled libraries:")]
    for name, distribution, licence, home in LIBRARIES:
        version = _library_version(distribution)
        shown = f"{name} {version}".strip()
        lines.append(f"  • {shown} — {licence} — {home}")
    lines.append(f"  • Python {platform.python_version()} — PSF-2.0 — https://www.python.org")
    lines += ["", _tr("Qt and PySide6 are used under the GNU LGPL version 3; their source code "
                      "is available from the Qt Project. You may replace the Qt libraries in "
                      "the installed folder with your own build."),
              "", _tr("Bundled fonts:")]
    from klantreis_desktop.export.pdf_fonts import BUNDLED_FONTS  # ReportLab: when opened

    for font, _files, licence, _text in BUNDLED_FONTS:
        lines.append(f"  • {font} — {licence}")
    for font, _files, _licence, text_file in BUNDLED_FONTS:
        lines += ["", f"— {font} ({text_file}) —"]
        path = resources_dir() / "fonts" / text_file
        try:
            lines.append(path.read_text(encoding="utf-8").strip())
        except (OSError, UnicodeError):
            lines.append(_tr("The licence text ({file}) is missing from this "
                             "installation.").format(file=f"fonts/{text_file}"))
    return "\n".join(lines)


class AboutDialog(QDialog):
    """Name, version and description on top; the licences in a read-only text area."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("About {app}").format(app=APP_NAME))
        self.setObjectName("about_dialog")
        icon = QIcon(str(resources_dir() / "icons" / "klantreis.svg"))

        logo = QLabel()
        logo.setPixmap(icon.pixmap(64, 64))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(f"{APP_NAME} {__version__}")
        title_font = QFont(title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.6)
        title_font.setBold(True)
        title.setFont(title_font)
        title.setObjectName("about_title")
        self.description = QLabel(_tr(
            "Customer journey maps for workshops: phases, lanes, touchpoints, emotions and "
            "personas on one canvas, printed as a poster. Works offline."))
        self.description.setWordWrap(True)
        self.description.setObjectName("about_description")
        runtime = QLabel(_tr("Qt {qt}, Python {python}").format(
            qt=qVersion(), python=platform.python_version()))
        runtime.setEnabled(False)

        heading = QVBoxLayout()
        heading.addWidget(title)
        heading.addWidget(self.description)
        heading.addWidget(runtime)
        top = QHBoxLayout()
        top.addWidget(logo)
        top.addLayout(heading, 1)

        self.licences = QPlainTextEdit()
        self.licences.setObjectName("about_licences")
        self.licences.setReadOnly(True)
        self.licences.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont))
        self.licences.setPlainText(licence_text())
        self.licences.setMinimumSize(520, 260)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        about_qt = buttons.addButton(_tr("About &Qt"), QDialogButtonBox.ButtonRole.HelpRole)
        about_qt.clicked.connect(lambda: QApplication.aboutQt())
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(_tr("Licences")))
        layout.addWidget(self.licences, 1)
        layout.addWidget(buttons)


def show_about(parent: QWidget | None = None) -> AboutDialog:
    """Open the About dialog window-modal and return at once (it deletes itself on close)."""
    dialog = AboutDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
