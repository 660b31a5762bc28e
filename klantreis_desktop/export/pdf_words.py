"""The poster's own language: labels, dates and units in the journey's language.

A Dutch journey exported on an English laptop still says "Legenda", "Doelen" and "34 jaar":
poster texts go through :func:`label` with the journey's :class:`Words`, never through the
interface language. Warnings and messages for the person exporting stay in the interface
language (they use ``translate`` as everywhere else).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from klantreis_desktop import i18n
from klantreis_desktop.model.document import Document
from klantreis_desktop.model.meta import journey_language

#: Month names per language: locale data, like a date format, not interface text.
_MONTHS: dict[str, tuple[str, ...]] = {
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}


@dataclass(frozen=True)
class Words:
    """The language a poster is printed in and the translator for it."""

    lang: str
    translate: i18n.Translator = field(repr=False, compare=False)

    def date(self, day: datetime.date) -> str:
        """A date as people write it in this language: "5 december 2026", "5 December 2026"."""
        months = _MONTHS.get(self.lang, _MONTHS["en"])
        return f"{day.day} {months[day.month - 1]} {day.year}"


def words(lang: str | None) -> Words:
    """The poster words for ``lang`` (``nl``/``en``; None or unknown: the interface's)."""
    chosen = i18n.normalise(lang) or i18n.language()
    return Words(chosen, i18n.translator_for(chosen))


def words_for(doc: Document, journey: str, override: str = "") -> Words:
    """The words of ``journey``'s poster: ``override`` when given, else the journey's own
    language, else the document's, else the interface language."""
    return words(i18n.normalise(override) or journey_language(doc, journey))


def label(w: Words, text: str) -> str:
    """``text`` (an English source string of context "Export") in the poster's language."""
    return w.translate("Export", text)
