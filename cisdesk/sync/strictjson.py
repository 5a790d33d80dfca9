"""JSON for files that arrive from elsewhere: one meaning per text, or a refusal.

The standard parser accepts things two installs could read differently: repeated
keys (which one wins?), NaN and Infinity (not JSON), integers no database column
can hold, floats that round, lone surrogates that cannot be stored as UTF-8, and
nesting deep enough to exhaust the stack. Bundles and key files go through
:func:`loads`, which refuses all of them with one plain sentence.
"""

import json
import math
from typing import Any

from cisdesk.errors import BundleRejected
from cisdesk.messages import Message, msg

INT64_MIN = -(2**63)
INT64_MAX = 2**63 - 1
#: Longest digit string worth converting (int64 has at most 19 digits and a sign).
_MAX_INT_TEXT = 20


class _Refusal(Exception):
    """Raised inside parser hooks; turned into BundleRejected by :func:`loads`."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


_JSON_DETAILS = (
    ("Expecting value", "json.detail.value"),
    ("Expecting property name", "json.detail.property"),
    ("Expecting ','", "json.detail.comma"),
    ("Expecting ':'", "json.detail.colon"),
    ("Extra data", "json.detail.extra"),
    ("Unterminated string", "json.detail.string"),
    ("Invalid control character", "json.detail.control"),
    ("Invalid \\escape", "json.detail.escape"),
)


def _json_detail(text: str) -> Message:
    """The json module's English diagnosis, named by code."""
    for marker, code in _JSON_DETAILS:
        if text.startswith(marker):
            return msg(code)
    return msg("json.detail.other")


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _Refusal("json.repeats_key", key=repr(key))
        result[key] = value
    return result


def _constant(name: str) -> Any:
    raise _Refusal("json.constant", name=name)


def _integer(text: str) -> int:
    if len(text) > _MAX_INT_TEXT:
        raise _Refusal("json.integer_too_large")
    value = int(text)
    if not INT64_MIN <= value <= INT64_MAX:
        raise _Refusal("json.integer_too_large")
    return value


def _float_refused(_text: str) -> float:
    raise _Refusal("json.fraction")


def _float_allowed(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _Refusal("json.number_too_large")
    return value


def _check_tree(value: Any, max_depth: int) -> None:
    """Depth and string checks, iteratively so no input can exhaust the stack."""
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, str):
            _check_text(item)
        elif isinstance(item, dict):
            if depth + 1 > max_depth:
                raise _Refusal("json.too_deep", depth=max_depth)
            for key, child in item.items():
                _check_text(key)
                stack.append((child, depth + 1))
        elif isinstance(item, list):
            if depth + 1 > max_depth:
                raise _Refusal("json.too_deep", depth=max_depth)
            stack.extend((child, depth + 1) for child in item)


def _check_text(text: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise _Refusal("json.surrogate") from exc


def loads(
    data: bytes | str,
    *,
    max_depth: int = 8,
    allow_float: bool = False,
    expect: type | None = None,
    what: str | Message = "json.what.text",
) -> Any:
    """Parse ``data`` strictly; ``what`` names it in the refusal (a catalogue code or message).

    ``max_depth`` counts containers: ``{"a": [1]}`` is 2 deep. ``expect`` (dict or
    list) refuses any other top-level value.
    """
    if isinstance(what, str):
        what = msg(what)
    if isinstance(data, bytes | bytearray | memoryview):
        try:
            text = bytes(data).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise BundleRejected("json.not_utf8", what=what) from exc
    else:
        text = data
    if text.startswith("\ufeff"):
        raise BundleRejected("json.bom", what=what)
    try:
        value = json.loads(
            text,
            object_pairs_hook=_pairs,
            parse_constant=_constant,
            parse_int=_integer,
            parse_float=_float_allowed if allow_float else _float_refused,
        )
        _check_tree(value, max_depth)
    except _Refusal as exc:
        raise BundleRejected(msg(exc.code, what=what, **exc.params)) from None
    except RecursionError:
        raise BundleRejected(msg("json.too_deep", what=what, depth=max_depth)) from None
    except json.JSONDecodeError as exc:
        raise BundleRejected(
            "json.invalid",
            what=what,
            detail=_json_detail(exc.msg),
            line=exc.lineno,
            column=exc.colno,
        ) from None
    except ValueError:  # int() refusing an absurd digit count, float() oddities
        raise BundleRejected("json.unreadable_number", what=what) from None
    if expect is not None and not isinstance(value, expect):
        code = "json.expect_object" if expect is dict else "json.expect_list"
        raise BundleRejected(code, what=what)
    return value


def dumps_canonical(obj: Any) -> bytes:
    """One byte string per value: sorted keys, no spaces, UTF-8, no NaN."""
    try:
        text = json.dumps(
            obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
        )
        return text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError("text with a lone surrogate cannot be written as JSON") from exc
