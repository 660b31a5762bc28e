"""JSON parsing for untrusted files: depth, size, number and duplicate-key guards.

Python's ``json`` recurses once per nesting level and turns ``1e999`` into infinity, a
million-digit integer into seconds of CPU, and duplicate keys into a silent "last one
wins". Sixteen megabytes of ``[],[],…`` would become 870 MB of Python lists, so the
values are counted too, before parsing. Files arrive by mail, so every one of those is
refused here, before or while parsing, with one :class:`UnsafeJsonError` that the loader
turns into a file error.
"""

from __future__ import annotations

import json
import math
from typing import Any

#: Deepest nesting a klantreis file needs is about 5; anything near this is hostile.
MAX_DEPTH = 64
#: Longest number literal accepted (a float repr needs at most ~25 characters).
MAX_NUMBER_CHARS = 40
#: Most values one text may hold. A 2,000-card journey holds about 70,000, a 20,000-card
#: one (the largest the benchmarks open, as codec.MAX_NODES allows) about 690,000. The
#: costliest values (``{"a":0}``: one dict per two values) take ~100 bytes each, so a
#: hostile text at the cap holds ~100 MB for under a second of parsing: less than a
#: 20,000-card journey needs once open (~400 MB).
MAX_ITEMS = 1_000_000

#: Every byte except the quote, the brackets and the comma, deleted before the structure
#: is scanned.
_NOT_STRUCTURE = bytes(b for b in range(256) if b not in b'"[]{},')
#: Depth does not care whether a bracket is square or curly.
_SQUARE = bytes.maketrans(b"{}", b"[]")


class UnsafeJsonError(ValueError):
    """The text is not JSON we are willing to parse; ``str()`` says why (not translated)."""


class JsonTooLarge(UnsafeJsonError):  # noqa: N818 - reads better than ...Error
    """Well-formed perhaps, but more values than we are willing to hold in memory."""


def nesting_depth(data: bytes, stop_above: int = MAX_DEPTH) -> int:
    """The deepest bracket nesting in ``data`` (brackets inside strings do not count).

    Safe and fast on large hostile input: every step is a C-speed pass (replace,
    translate, split). Escaped backslashes, then escaped quotes are dropped, so every
    quote left opens or closes a string; then everything but quotes, brackets and commas
    is deleted (a megabyte becomes a few kilobytes), adjacent quote pairs are dropped (an
    empty string, or the end of one string and the start of the next), and what lies
    between the remaining quotes is string content. Each pass over the brackets then
    removes the innermost empty pairs, i.e. one level. Counting stops once the depth
    exceeds ``stop_above``. For malformed input the result is an upper bound or the
    parser refuses the text anyway, which is all the guard needs.
    """
    return _depth(skeleton(data), stop_above)


def skeleton(data: bytes) -> bytes:
    """The brackets (all square) and commas of ``data`` that lie outside strings."""
    if b"\\" in data:  # one fast byte search; texts without escapes skip two passes
        data = data.replace(b"\\\\", b"").replace(b'\\"', b"")
    structure = data.translate(_SQUARE, _NOT_STRUCTURE).replace(b'""', b"")
    return b"".join(structure.split(b'"')[::2])


def item_count(bones: bytes) -> int:
    """About how many values the text whose :func:`skeleton` is ``bones`` holds: one
    more than its commas, plus one per container (a key and its value count once: the
    parser shares repeated keys)."""
    return bones.count(b",") + bones.count(b"[") + 1


def _depth(bones: bytes, stop_above: int) -> int:
    brackets = bones.replace(b",", b"")
    depth = 0
    while brackets and depth <= stop_above:
        shorter = brackets.replace(b"[]", b"")
        if len(shorter) == len(brackets):
            break
        brackets = shorter
        depth += 1
    # Whatever is left has no adjacent pair, so it looks like "]]][[[": unclosed openers.
    return depth + brackets.count(b"[")


#: Types ``json`` writes as a plain value, without nesting.
_FLAT = frozenset({str, int, float, bool, type(None)})


def value_depth(value: Any) -> int:
    """The nesting depth :func:`nesting_depth` finds in ``dump(value)``, without the text."""
    if isinstance(value, dict):
        return 1 + max(map(value_depth, value.values()), default=0)
    if isinstance(value, (list, tuple)):
        return 1 + max(map(value_depth, value), default=0)
    return 0


def records_depth(records: list[Any]) -> int:
    """:func:`value_depth` of a long list of mostly flat objects (node-link nodes and
    edges), fast: only an object holding something else than plain values is walked."""
    deepest = 0
    for record in records:
        if record.__class__ is dict and _FLAT.issuperset(map(type, record.values())):
            deepest = deepest or 1
        else:
            deepest = max(deepest, value_depth(record))
    return 1 + deepest


def _reject_constant(name: str) -> Any:
    raise UnsafeJsonError(f"constant {name} is not allowed")


def _parse_int(text: str) -> int:
    if len(text) > MAX_NUMBER_CHARS:
        raise UnsafeJsonError(f"integer with {len(text)} digits")
    return int(text)


def _parse_float(text: str) -> float:
    if len(text) > MAX_NUMBER_CHARS:
        raise UnsafeJsonError(f"number with {len(text)} characters")
    value = float(text)
    if not math.isfinite(value):
        raise UnsafeJsonError(f"number {text} is out of range")
    return value


def _unique_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)  # in C; only a shorter dict has to look for the duplicate
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                raise UnsafeJsonError(f"duplicate key {key[:40]!r}")
            seen.add(key)
    return result


def parse(data: bytes, max_depth: int = MAX_DEPTH, max_items: int = MAX_ITEMS) -> Any:
    """Parse UTF-8 JSON ``data`` with every guard on, or raise :class:`UnsafeJsonError`."""
    bones = skeleton(data)
    depth = _depth(bones, max_depth)
    if depth > max_depth:
        raise UnsafeJsonError(f"nesting depth {depth} exceeds {max_depth}")
    items = item_count(bones)
    del bones
    if items > max_items:
        raise JsonTooLarge(f"{items} values exceed {max_items}")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise UnsafeJsonError(f"not UTF-8: {error}") from None
    try:
        return json.loads(text, parse_int=_parse_int, parse_float=_parse_float,
                          parse_constant=_reject_constant, object_pairs_hook=_unique_object)
    except UnsafeJsonError:
        raise
    except (ValueError, RecursionError) as error:
        raise UnsafeJsonError(f"not valid JSON: {str(error)[:200]}") from None


def dump(value: Any) -> bytes:
    """Deterministic JSON bytes: sorted keys, ASCII only (so any str survives), no NaN.

    No indentation: with ``indent`` Python falls back to its pure-Python encoder, which is
    several times slower on a large journey (autosave runs this often).
    """
    text = json.dumps(value, sort_keys=True, ensure_ascii=True, allow_nan=False,
                      separators=(",", ":"))
    return (text + "\n").encode("ascii")
