"""A moment as people read it in either language: "5 Dec 2026, 13:30" / "5 dec 2026, 13:30".

Qt's short formats are ambiguous across the languages ("12/5/26 1:30 PM" is 12 May to
most Europeans), so moments a person has to recognise (when a recovery copy or a backup
was saved) spell the month as a word, in the interface language, with a 24-hour clock.
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale

from klantreis_desktop import i18n

#: Day, month as a (short) word, year, 24-hour time: the same order in English and Dutch.
MOMENT_FORMAT = "d MMM yyyy, HH:mm"


def interface_locale() -> QLocale:
    """The QLocale of the interface language (not the system's)."""
    return QLocale(QLocale.Language.Dutch if i18n.language() == "nl"
                   else QLocale.Language.English)


def moment_text(stamp: float) -> str:
    """``stamp`` (seconds since the epoch) in local time, e.g. "5 Dec 2026, 13:30"."""
    moment = QDateTime.fromSecsSinceEpoch(int(stamp))
    return interface_locale().toString(moment, MOMENT_FORMAT)
