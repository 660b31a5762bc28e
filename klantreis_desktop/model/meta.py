"""What a journey says about itself for print: its language, version, author and logo.

These are optional journey attributes (see ``kinds.SCHEMA``): a file without them reads
with the defaults, and a version of the app that does not know them keeps them untouched,
so no file-format version was needed. The document's own language (``meta["lang"]``, set
by every template and sample) is the fallback for a journey that names none.
"""

from __future__ import annotations

from klantreis_desktop.i18n import normalise
from klantreis_desktop.model.document import Document


def journey_language(doc: Document, journey: str) -> str | None:
    """``nl``/``en``: the journey's own language, else the document's; None when neither
    says (the poster then follows the interface language)."""
    own = normalise(str(doc.get(journey, "language") or ""))
    if own is not None:
        return own
    return normalise(str(doc.meta.get("lang") or ""))


def journey_logo(doc: Document, journey: str) -> bytes | None:
    """The journey's logo image from the document's assets, or None (none, or missing)."""
    name = str(doc.get(journey, "logo") or "")
    data = doc.assets.get(name) if name else None
    return data if isinstance(data, bytes) and data else None


def credits(doc: Document, journey: str) -> str:
    """"author, organisation" as one line (either may be missing), "" when neither is set."""
    parts = [str(doc.get(journey, name) or "").strip() for name in ("author", "organisation")]
    return ", ".join(part for part in parts if part)
