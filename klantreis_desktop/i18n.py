"""Translations without Qt: reads the Qt Linguist sources in ``i18n/`` directly.

The ``.ts`` files are the one source of truth. Qt code uses ``QCoreApplication.translate``
with the ``.qm`` built from them; the Qt-free layers (model, storage, CLI, PDF) call
:func:`translate` here, which lupdate also extracts because it has the same shape.
"""

from __future__ import annotations

import locale
import os
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from klantreis_desktop.shipped_files import i18n_dir

LANGUAGES: tuple[str, ...] = ("nl", "en")
_language: str | None = None

#: ``translate``'s shape: (context, source text) -> translated text.
Translator = Callable[[str, str], str]


def system_language() -> str:
    """``nl`` when the system locale is Dutch, otherwise ``en``."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "nl" if value.lower().startswith("nl") else "en"
    try:
        loc = locale.getlocale()[0] or ""
    except ValueError:
        loc = ""
    return "nl" if loc.lower().startswith("nl") else "en"


def set_language(lang: str | None) -> str:
    """Choose the language (``None`` follows the system); returns the one in force."""
    global _language
    _language = lang if lang in LANGUAGES else system_language()
    return _language


def language() -> str:
    """The language in force, following the system until :func:`set_language` is called."""
    return _language if _language is not None else set_language(None)


def ts_path(lang: str) -> Path:
    return i18n_dir() / f"klantreis_{lang}.ts"


@lru_cache(maxsize=4)
def catalog(lang: str) -> dict[tuple[str, str], str]:
    """(context, source) → finished translation, read from the ``.ts`` file."""
    path = ts_path(lang)
    if not path.is_file():
        return {}
    import xml.etree.ElementTree as ET  # here, not at the top: English never needs it

    table: dict[tuple[str, str], str] = {}
    root = ET.parse(path).getroot()  # our own shipped file, not user input
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            if node is None or node.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if node.text:
                table[(name, source)] = node.text
    return table


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for lupdate without translating it now (for tables of constants).

    Translate it later with ``translate(context, value)``; lupdate knows this name.
    """
    return text


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The translation of ``text`` in ``context`` for the language in force; with ``n``
    (Qt's numerus form, lupdate sees it): the singular or plural form, ``%n`` filled in
    ("1 klant", "3 klanten"). Untranslated, "customer(s)" becomes "customer"/"customers"."""
    if n < 0:
        if language() == "en":
            return text
        return catalog(language()).get((context, text), text)
    forms = [] if language() == "en" else numerus_catalog(language()).get((context, text), [])
    if forms:
        found = forms[0] if n == 1 or len(forms) == 1 else forms[1]
    else:
        found = text.replace("(s)", "" if n == 1 else "s")
    return found.replace("%n", str(n))


@lru_cache(maxsize=4)
def numerus_catalog(lang: str) -> dict[tuple[str, str], list[str]]:
    """(context, source) → [singular, plural] of the finished numerus translations."""
    path = ts_path(lang)
    if not path.is_file():
        return {}
    import xml.etree.ElementTree as ET

    table: dict[tuple[str, str], list[str]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            if message.get("numerus") != "yes" or node is None or node.get("type") in (
                    "unfinished", "obsolete", "vanished"):
                continue
            forms = [form.text or "" for form in node.findall("numerusform")]
            if all(forms):
                table[(name, message.findtext("source") or "")] = forms
    return table


def normalise(lang: str | None) -> str | None:
    """``nl``/``en`` from a tag such as ``nl_NL`` or ``en-GB``; None for anything else."""
    short = (lang or "").replace("-", "_").split("_")[0].strip().lower()
    return short if short in LANGUAGES else None


def translator_for(lang: str | None) -> Translator:
    """A ``translate`` for one language, whatever the language in force.

    For output that follows a document rather than the laptop (a Dutch journey's poster
    says "Legenda" on an English system); ``None`` or an unknown language gives the
    language in force.
    """
    wanted = normalise(lang) or language()
    if wanted == "en":
        return _identity
    table = catalog(wanted)

    def translate_in(context: str, text: str) -> str:
        return table.get((context, text), text)

    return translate_in


def _identity(context: str, text: str) -> str:
    return text
