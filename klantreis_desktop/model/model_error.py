"""The one error type of the model: a plain, translated message and no change made."""

from __future__ import annotations


class ModelError(ValueError):
    """An operation was refused; the document is unchanged. ``str()`` is for the user."""
