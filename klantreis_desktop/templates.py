"""Shipped journey templates and sample journeys (Qt-free).

Templates and samples are builder specs in ``resources/templates`` and ``resources/samples``,
one JSON file per language, so the new-document chooser, the CLI and the tests all start
from the same data and the model operations check every value on the way in.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from klantreis_desktop import i18n
from klantreis_desktop.i18n import translate
from klantreis_desktop.model.model_error import ModelError
from klantreis_desktop.shipped_files import resources_dir

if TYPE_CHECKING:
    from klantreis_desktop.model.document import Document

TEMPLATES: tuple[str, ...] = ("5a", "vier-fasen", "ideaal", "leeg")
SAMPLES: tuple[str, ...] = ("schoonmaak", "groeibureau")
FALLBACK_LANGUAGE = "en"

# Specs are our own shipped files; the cap only guards against a damaged installation.
_MAX_SPEC_BYTES = 2_000_000


def _unknown(name: str, kind: str) -> ModelError:
    """The refusal for a name that is not in :data:`TEMPLATES` / :data:`SAMPLES`."""
    shown = str(name)[:60]
    if kind == "template":
        text = translate("Templates", "There is no template called “{name}”.")
    elif kind == "sample":
        text = translate("Templates", "There is no sample called “{name}”.")
    else:
        text = translate("Templates", "There is no template or sample called “{name}”.")
    return ModelError(text.format(name=shown))


def _damaged(path: Path) -> ModelError:
    text = translate("Templates", "The template file {file} is damaged or cannot be read.")
    return ModelError(text.format(file=path.name))


def _folder(name: str) -> str:
    if name in TEMPLATES:
        return "templates"
    if name in SAMPLES:
        return "samples"
    raise _unknown(name, "")


def _language(lang: str | None) -> str:
    """``nl``/``en`` from a language tag such as ``nl_NL``; anything else becomes English."""
    short = (lang or "").replace("-", "_").split("_")[0].lower()
    return short if short in i18n.LANGUAGES else FALLBACK_LANGUAGE


def spec_path(name: str, lang: str) -> Path:
    """The JSON spec of template or sample ``name``, in ``lang`` when shipped, else English."""
    folder = resources_dir() / _folder(name)
    path = folder / f"{name}.{_language(lang)}.json"
    if not path.is_file():
        path = folder / f"{name}.{FALLBACK_LANGUAGE}.json"
    return path


def load_spec(name: str, lang: str) -> dict[str, Any]:
    """The builder spec of template or sample ``name`` (a fresh dict on every call)."""
    path = spec_path(name, lang)
    try:
        if path.stat().st_size > _MAX_SPEC_BYTES:
            raise _damaged(path)
        spec = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:  # JSONDecodeError and UnicodeError are ValueErrors
        if isinstance(error, ModelError):
            raise
        raise _damaged(path) from error
    if not isinstance(spec, dict):
        raise _damaged(path)
    return spec


def _build(name: str, lang: str, seed: str | None) -> Document:
    # The model (and networkx) load here, not at import: `klantreis new --help` lists
    # TEMPLATES without them.
    from klantreis_desktop.model.builder import build

    spec = load_spec(name, lang)
    try:
        return build(spec, seed if seed is not None else f"{_folder(name)}/{name}")
    except (KeyError, TypeError, AttributeError) as error:
        raise _damaged(spec_path(name, lang)) from error


def build_template(name: str, lang: str, seed: str | None = None) -> Document:
    """A new document from template ``name``; the same name and seed give the same ids."""
    if name not in TEMPLATES:
        raise _unknown(name, "template")
    return _build(name, lang, seed)


def build_sample(name: str, lang: str, seed: str | None = None) -> Document:
    """A complete example document (sample ``name``) built from its spec."""
    if name not in SAMPLES:
        raise _unknown(name, "sample")
    return _build(name, lang, seed)


def sample_path(name: str, lang: str) -> Path:
    """Where the ready-made ``.klantreis`` file of sample ``name`` is shipped (may not exist)."""
    if name not in SAMPLES:
        raise _unknown(name, "sample")
    return resources_dir() / "samples" / f"{name}.{_language(lang)}.klantreis"


def _descriptions(translate: Callable[[str, str], str]) -> dict[str, str]:
    """One line per template and sample; written as ``translate(...)`` calls for lupdate."""
    return {
        "5a": translate("Templates", "5A model: Attention, Consideration, Action, Always, "
                                     "Advocate, with a goal and KPI per phase."),
        "vier-fasen": translate("Templates", "Four phases: Awareness, Orientation, Purchase, "
                                             "Service & use."),
        "ideaal": translate("Templates", "Ideal journey: the steps in chronological order up "
                                         "to a satisfied customer."),
        "leeg": translate("Templates", "Blank: one phase and a touchpoints lane."),
        "schoonmaak": translate("Templates", "Example: a household cleaning service chosen by "
                                             "two people who are moving house."),
        "groeibureau": translate("Templates", "Example: the ideal journey of a B2B growth "
                                              "agency, from first message to a score of 8+."),
    }


def describe(name: str, lang: str | None = None) -> str:
    """A one-line description for the new-document chooser.

    In the interface language by default; ``lang`` asks for another language instead.
    """
    _folder(name)
    if lang is None or _language(lang) == i18n.language():
        return _descriptions(translate)[name]
    wanted = _language(lang)

    def in_wanted(context: str, text: str) -> str:
        if wanted == "en":
            return text
        return i18n.catalog(wanted).get((context, text), text)

    return _descriptions(in_wanted)[name]
