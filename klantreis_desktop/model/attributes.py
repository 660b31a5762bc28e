"""Checking attribute values against the schema, with plain translated messages."""

from __future__ import annotations

import math
from typing import Any

from klantreis_desktop.i18n import translate
from klantreis_desktop.model import kinds as k
from klantreis_desktop.model.model_error import ModelError


def _tr(text: str) -> str:
    return translate("Model", text)


def coerce(kind: str, name: str, value: Any) -> Any:
    """``value`` made to fit field ``name`` of ``kind``, or :class:`ModelError`."""
    fields = k.SCHEMA.get(kind)
    if fields is None:
        raise ModelError(_tr("Unknown element kind: {kind}").format(kind=kind))
    field = fields.get(name)
    if field is None:
        raise ModelError(_tr("A {kind} has no property “{name}”.").format(kind=kind, name=name))
    if field.type is bool:
        if not isinstance(value, bool):
            raise ModelError(_tr("“{name}” must be yes or no.").format(name=name))
        return value
    if field.type in (int, float):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ModelError(_tr("“{name}” must be a number.").format(name=name))
        if isinstance(value, float) and not math.isfinite(value):
            raise ModelError(_tr("“{name}” must be a finite number.").format(name=name))
        if field.type is int:
            if isinstance(value, float) and not value.is_integer():
                raise ModelError(_tr("“{name}” must be a whole number.").format(name=name))
            value = int(value)
        else:
            value = float(value)
        if (field.minimum is not None and value < field.minimum) or (
                field.maximum is not None and value > field.maximum):
            raise ModelError(_tr("“{name}” must lie between {low} and {high}.").format(
                name=name, low=_num(field.minimum), high=_num(field.maximum)))
        return value
    if not isinstance(value, str):
        raise ModelError(_tr("“{name}” must be text.").format(name=name))
    if len(value) > field.max_length:
        raise ModelError(_tr("“{name}” is longer than {count} characters.").format(
            name=name, count=field.max_length))
    if field.choices is not None and value not in field.choices:
        raise ModelError(_tr("“{value}” is not a valid choice for “{name}”.").format(
            value=value[:40], name=name))
    return value


def fits(field: k.Field, value: Any) -> bool:
    """True when :func:`coerce` would return ``value`` unchanged: a fast path without
    messages for checking many values (loading, validating); ask ``coerce`` otherwise."""
    kind: Any = field.type  # Any: no type narrowing of value below
    if value.__class__ is not kind:  # exact type: bool is no int here, as in coerce
        return False
    if kind is str:
        return len(value) <= field.max_length and (field.choices is None
                                                   or value in field.choices)
    if kind is bool:
        return True
    if kind is float and not math.isfinite(value):
        return False
    return ((field.minimum is None or value >= field.minimum)
            and (field.maximum is None or value <= field.maximum))


#: Per kind, per field: (field, longest text or -1 when not text, choices). For loops over
#: every attribute of a large document (loading, validating): most values are texts, and
#: ``value.__class__ is str and len(value) <= longest and (choices is None or value in
#: choices)`` accepts them without a call; anything else goes to :func:`fits`.
FIELD_PLANS: dict[str, dict[str, tuple[k.Field, int, tuple[Any, ...] | None]]] = {
    kind: {name: (field, field.max_length if field.type is str else -1, field.choices)
           for name, field in fields.items()}
    for kind, fields in k.SCHEMA.items()}


def coerce_all(kind: str, attrs: dict[str, Any]) -> dict[str, Any]:
    """Every value of ``attrs`` checked and normalised for ``kind``."""
    return {name: coerce(kind, name, value) for name, value in attrs.items() if name != "kind"}


def _num(value: float | None) -> str:
    if value is None:
        return "?"
    return str(int(value)) if float(value).is_integer() else str(value)
