"""The JSON guards: the depth count is exact for real JSON, and the hooks refuse tricks."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from klantreis_desktop.storage.safejson import (
    MAX_ITEMS,
    JsonTooLarge,
    UnsafeJsonError,
    dump,
    nesting_depth,
    parse,
    records_depth,
    value_depth,
)

values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(alphabet='[]{}"\\ab,:'),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=3), inner,
                                                                max_size=4),
    max_leaves=30)


def _depth(value) -> int:
    if isinstance(value, list):
        return 1 + max((_depth(v) for v in value), default=0)
    if isinstance(value, dict):
        return 1 + max((_depth(v) for v in value.values()), default=0)
    return 0


@given(values)
def test_the_depth_count_is_exact_and_ignores_brackets_in_strings(value):
    text = json.dumps(value).encode()
    assert nesting_depth(text) == _depth(value)
    assert parse(dump(value)) == value


@given(values)
def test_the_depth_of_a_value_is_the_depth_of_its_text(value):
    assert value_depth(value) == nesting_depth(dump(value)) == _depth(value)


@given(st.lists(st.dictionaries(st.text(max_size=3), values, max_size=4) | values, max_size=6))
def test_the_depth_of_records_is_the_depth_of_their_text(records):
    assert records_depth(records) == nesting_depth(dump(records)) == value_depth(records)


def test_text_without_escapes_and_with_them_counts_the_same():
    plain = dump({"a": ["[x]", {"b": "}{"}]})
    escaped = dump({"a": ["[x\\]\"", {"b": "}{é\n"}]})
    assert b"\\" not in plain and b"\\" in escaped
    assert nesting_depth(plain) == nesting_depth(escaped) == 3


def test_depth_beyond_the_limit_is_refused_before_parsing():
    parse(b"[" * 64 + b"]" * 64)
    with pytest.raises(UnsafeJsonError, match="nesting depth"):
        parse(b"[" * 65 + b"]" * 65)


def test_a_text_with_the_values_of_a_20000_card_journey_parses_and_one_over_the_cap_not():
    # A 20,000-card journey (benchmarks P7) holds ~690,000 values; the cap must let it
    # open while still refusing a text with more values than it.
    parsed = parse(b"[" + b"0," * 689_999 + b"0]")
    assert len(parsed) == 690_000
    parse(b"[" + b"0," * (MAX_ITEMS - 2) + b"0]")  # MAX_ITEMS values with the list
    with pytest.raises(JsonTooLarge):
        parse(b"[" + b"0," * (MAX_ITEMS - 1) + b"0]")


@pytest.mark.parametrize("text", [b"NaN", b"[Infinity]", b"-Infinity", b"1e999", b"-1e999",
                                  b"9" * 41, b'{"a": 1, "a": 2}', b"\xff", b"[1,]", b""])
def test_tricks_are_refused(text):
    with pytest.raises(UnsafeJsonError):
        parse(text)


def test_dump_is_deterministic_ascii_and_refuses_nan():
    assert dump({"b": "é", "a": [1.5, None]}) == b'{"a":[1.5,null],"b":"\\u00e9"}\n'
    with pytest.raises(ValueError):
        dump({"a": float("nan")})
