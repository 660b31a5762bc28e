"""Refusals that name their limit: an image too large, a text too long, photos too many.

"The file is not valid" leaves a person guessing; "the journey title is too long (900000
characters; at most 500)" says what to fix. Each refusal is still one
:class:`~klantreis_desktop.storage.errors.KlantreisFileError` with a plain code, so callers
need not know these classes exist.
"""

from __future__ import annotations

from pathlib import Path

from klantreis_desktop.i18n import translate
from klantreis_desktop.storage.errors import KlantreisFileError, display_name


class ImageLimitError(KlantreisFileError):
    """An image over a size or shape limit (code ``too_large``), with the numbers."""

    def __init__(self, message: str, width: int, height: int, limit_mp: int | None,
                 aspect: int | None, detail: str = "") -> None:
        super().__init__("too_large", message, detail)
        self.width, self.height = width, height
        self.limit_mp, self.aspect = limit_mp, aspect


def image_limit_error(name: str, width: int, height: int, *, limit_mp: int | None = None,
                      aspect: int | None = None) -> ImageLimitError:
    """An image refused by its header: more than ``limit_mp`` million pixels, or longer
    than ``aspect`` times its width (or the other way round)."""
    shown = display_name(name)
    if aspect is not None:
        text = (translate("Storage", "The image “{name}” is too narrow or too long to use "
                                     "({width} × {height} pixels; one side may be at most "
                                     "{aspect} times the other).") if shown
                else translate("Storage", "This image is too narrow or too long to use "
                                          "({width} × {height} pixels; one side may be at "
                                          "most {aspect} times the other)."))
    else:
        text = (translate("Storage", "The image “{name}” is too large to use ({width} × "
                                     "{height} pixels; at most {limit} million pixels).")
                if shown else
                translate("Storage", "This image is too large to use ({width} × {height} "
                                     "pixels; at most {limit} million pixels)."))
    message = text.format(name=shown, width=width, height=height, aspect=aspect,
                          limit=limit_mp)
    return ImageLimitError(message, width, height, limit_mp, aspect,
                           f"{width}x{height} pixels")


def photo_in_file_error(path: str | Path | None, error: ImageLimitError) -> KlantreisFileError:
    """A file refused because one of its photos is over a limit (code ``too_large``)."""
    name = display_name(path)
    if error.aspect is not None:
        text = translate("Storage", "The file “{name}” was not opened: a photo in it is too "
                                    "narrow or too long ({width} × {height} pixels; one side "
                                    "may be at most {aspect} times the other).")
    else:
        text = translate("Storage", "The file “{name}” was not opened: a photo in it is too "
                                    "large ({width} × {height} pixels; at most {limit} million "
                                    "pixels per photo).")
    return KlantreisFileError("too_large", text.format(
        name=name, width=error.width, height=error.height, aspect=error.aspect,
        limit=error.limit_mp), error.detail)


def photos_limit_error(path: str | Path | None, limit_mp: int, detail: str = "",
                       saving: bool = False) -> KlantreisFileError:
    """A file whose photos together need more work than one file may ask for."""
    name = display_name(path) or "…"
    if saving:
        text = translate("Storage", "“{name}” was not saved: its photos are too large "
                                    "together (at most {limit} million pixels in all). Remove "
                                    "a few photos and save again.")
        return KlantreisFileError("invalid", text.format(name=name, limit=limit_mp), detail)
    text = translate("Storage", "The file “{name}” was not opened: its photos are too large "
                                "together to open safely (at most {limit} million pixels in "
                                "all).")
    return KlantreisFileError("too_large", text.format(name=name, limit=limit_mp), detail)


def text_too_long_error(path: str | Path | None, saving: bool, field: str, length: int,
                        limit: int, code: str = "invalid") -> KlantreisFileError:
    """A text over its maximum length, naming the field (``field`` is already the label
    to show, see :func:`field_label`)."""
    name = display_name(path)
    if saving:
        text = translate("Storage", "“{name}” was not saved: the {field} is too long "
                                    "({length} characters; at most {limit}).")
    else:
        text = translate("Storage", "The file “{name}” was not opened: the {field} is too "
                                    "long ({length} characters; at most {limit}).")
    message = text.format(name=name or "…", field=field, length=length, limit=limit)
    return KlantreisFileError(code, message, f"{field}: {length} > {limit} characters")


def field_label(kind: str, field: str) -> str:
    """"journey title": which text of which kind of element, for the sentences above.

    Only texts have a length limit, so only their names are here; anything else reads as
    “field” of the element kind.
    """
    owner = _kind_names().get(kind)
    texts = _text_names()
    if field in texts and owner:
        return translate("Storage", "{kind} {field}").format(field=texts[field], kind=owner)
    if field in texts:
        return texts[field]
    if owner:
        return translate("Storage", "{kind} “{field}”").format(field=field, kind=owner)
    return f"“{field}”"


def _kind_names() -> dict[str, str]:
    return {
        "document": translate("Storage", "document"),
        "journey": translate("Storage", "journey"),
        "persona": translate("Storage", "persona"),
        "phase": translate("Storage", "phase"),
        "lane": translate("Storage", "lane"),
        "touchpoint": translate("Storage", "touchpoint"),
        "pain": translate("Storage", "pain point"),
        "opportunity": translate("Storage", "opportunity"),
        "note": translate("Storage", "note"),
        "goal": translate("Storage", "goal"),
        "emotion": translate("Storage", "emotion point"),
        "channel": translate("Storage", "channel"),
    }


def _text_names() -> dict[str, str]:
    return {
        "title": translate("Storage", "title"),
        "name": translate("Storage", "name"),
        "description": translate("Storage", "description"),
        "note": translate("Storage", "note"),
        "quote": translate("Storage", "quote"),
        "role": translate("Storage", "role"),
        "goal": translate("Storage", "goal"),
        "goals": translate("Storage", "goals"),
        "needs": translate("Storage", "needs"),
        "frustrations": translate("Storage", "frustrations"),
        "kpi": translate("Storage", "KPI"),
        "end_goal": translate("Storage", "end goal"),
        "time_span": translate("Storage", "time span"),
        "duration": translate("Storage", "duration"),
        "department": translate("Storage", "department"),
        "source": translate("Storage", "source"),
        "target": translate("Storage", "target"),
        "label": translate("Storage", "label"),
        "text": translate("Storage", "text"),
        "lang": translate("Storage", "language"),
    }
