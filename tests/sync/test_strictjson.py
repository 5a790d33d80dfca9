"""Strict JSON: one meaning per text, or a plain refusal."""

import pytest

from cisdesk.errors import BundleRejected
from cisdesk.sync.strictjson import INT64_MAX, INT64_MIN, dumps_canonical, loads


def test_reads_ordinary_json() -> None:
    assert loads(b'{"a": [1, "x", null, true], "b": {"c": -5}}') == {
        "a": [1, "x", None, True],
        "b": {"c": -5},
    }


def test_reads_text_and_bytes_alike() -> None:
    assert loads('{"ñ": "sí"}') == loads('{"ñ": "sí"}'.encode()) == {"ñ": "sí"}


def test_refuses_duplicate_keys() -> None:
    with pytest.raises(BundleRejected, match="repeats the key 'seq'"):
        loads(b'{"seq": 1, "seq": 2}')


def test_refuses_duplicate_keys_in_nested_objects() -> None:
    with pytest.raises(BundleRejected, match="repeats the key"):
        loads(b'{"a": {"x": 1, "x": 1}}')


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_refuses_nan_and_infinity(constant: str) -> None:
    with pytest.raises(BundleRejected, match=f"contains {constant}"):
        loads(f'{{"a": {constant}}}')


@pytest.mark.parametrize("number", [str(INT64_MAX + 1), str(INT64_MIN - 1), "9" * 5000])
def test_refuses_integers_outside_int64(number: str) -> None:
    with pytest.raises(BundleRejected, match="integer too large"):
        loads(f"[{number}]")


def test_accepts_int64_limits() -> None:
    assert loads(f"[{INT64_MAX}, {INT64_MIN}]") == [INT64_MAX, INT64_MIN]


@pytest.mark.parametrize("number", ["1.5", "1e3", "-0.0"])
def test_refuses_floats_by_default(number: str) -> None:
    with pytest.raises(BundleRejected, match="fraction or exponent"):
        loads(f"[{number}]")


def test_floats_when_allowed_but_not_overflowing_ones() -> None:
    assert loads("[1.5]", allow_float=True) == [1.5]
    with pytest.raises(BundleRejected, match="too large"):
        loads("[1e999]", allow_float=True)


def test_refuses_nesting_deeper_than_max_depth() -> None:
    assert loads("[[[1]]]", max_depth=3) == [[[1]]]
    with pytest.raises(BundleRejected, match="nested more than 3 levels"):
        loads("[[[[1]]]]", max_depth=3)
    with pytest.raises(BundleRejected, match="nested more than 2 levels"):
        loads('{"a": {"b": {}}}', max_depth=2)


def test_refuses_nesting_deep_enough_to_exhaust_the_stack() -> None:
    with pytest.raises(BundleRejected, match="nested more than 8 levels"):
        loads("[" * 200_000 + "]" * 200_000)


@pytest.mark.parametrize("data", [b'{"a": "\xff"}', b'{"a": "\xc3"}', b"\xed\xa0\x80"])
def test_refuses_invalid_utf8(data: bytes) -> None:
    with pytest.raises(BundleRejected, match="not valid UTF-8"):
        loads(data)


def test_refuses_lone_surrogate_escape() -> None:
    with pytest.raises(BundleRejected, match="lone surrogate"):
        loads(b'{"a": "\\ud800"}')


def test_refuses_byte_order_mark() -> None:
    with pytest.raises(BundleRejected, match="byte-order mark"):
        loads(b'\xef\xbb\xbf{"a": 1}')


@pytest.mark.parametrize("data", [b"[1, 2]", b'"text"', b"3", b"null"])
def test_refuses_wrong_top_level_type(data: bytes) -> None:
    with pytest.raises(BundleRejected, match="must be a JSON object"):
        loads(data, expect=dict, what="json.what.manifest")


def test_refusal_names_what_was_read() -> None:
    with pytest.raises(BundleRejected) as caught:
        loads(b"{oops", what="json.what.manifest")
    assert str(caught.value).startswith("The bundle manifest is not valid JSON")


@pytest.mark.parametrize("data", [b"", b"{", b"[1,]", b"{} {}", b"'a'"])
def test_refuses_malformed_json(data: bytes) -> None:
    with pytest.raises(BundleRejected, match="not valid JSON"):
        loads(data)


def test_canonical_form_is_sorted_compact_utf8() -> None:
    assert dumps_canonical({"b": 1, "a": ["ñ", None]}) == '{"a":["ñ",null],"b":1}'.encode()


def test_canonical_form_round_trips() -> None:
    value = {"z": {"y": [1, -2, "x"]}, "a": True}
    assert loads(dumps_canonical(value)) == value


def test_canonical_form_refuses_nan() -> None:
    with pytest.raises(ValueError):
        dumps_canonical({"a": float("nan")})
