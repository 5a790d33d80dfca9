"""The payload codec: canonical lines out, and every kind of bad line refused."""

import datetime as dt
import json

import pytest

from cisdesk.errors import BundleRejected
from cisdesk.sync import strictjson
from cisdesk.sync.payload import FIELD_SPECS, Change, decode_payload, encode_line, encode_payload

ROW = "3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b"
SITE = "7c6b5a49-3827-4165-9e8d-7c6b5a493827"
OTHER = "11111111-2222-4333-8444-555555555555"


def line(**overrides: object) -> dict:
    base = {
        "t": "meeting",
        "r": ROW,
        "o": "GT",
        "f": "title",
        "v": "Revisión de hitos",
        "h": 1000,
        "s": SITE,
        "p": None,
    }
    base.update(overrides)
    return base


def payload_of(*lines: dict) -> bytes:
    return b"".join(strictjson.dumps_canonical(item) + b"\n" for item in lines)


def test_round_trip_keeps_every_type() -> None:
    changes = [
        Change("meeting", ROW, "GT", "title", "Sesión ñ", 5, SITE, None),
        Change("meeting", ROW, "GT", "date", dt.date(2018, 3, 9), 6, SITE, (5, OTHER)),
        Change("meeting", ROW, "GT", "duration_minutes", 210, 7, SITE, None),
        Change("meeting", ROW, "GT", "virtual", True, 8, SITE, None),
        Change("meeting", ROW, "GT", "place", None, 9, SITE, None),
        Change("meeting", ROW, "GT", "owner", "GT", 9, SITE, None),
    ]
    data = encode_payload(changes)
    assert data.count(b"\n") == len(changes)
    decoded = decode_payload(data, expected_rows=6, expected_highest=9)
    assert decoded.changes == changes
    assert decoded.highest_hlc == 9
    assert decoded.counts_by_table() == {"meeting": 6}
    assert decoded.rows_by_table() == {"meeting": 1}


def test_lines_are_what_strictjson_writes() -> None:
    change = Change("meeting", ROW, "GT", "date", dt.date(2018, 3, 9), 6, SITE, (5, OTHER))
    expected = strictjson.dumps_canonical(
        {
            "t": "meeting",
            "r": ROW,
            "o": "GT",
            "f": "date",
            "v": "2018-03-09",
            "h": 6,
            "s": SITE,
            "p": [5, OTHER],
        }
    )
    assert encode_line(change) == expected
    assert encode_payload([change, change]) == expected + b"\n" + expected + b"\n"


def test_lines_are_canonical_json() -> None:
    data = encode_payload([Change("meeting", ROW, "GT", "title", "é", 5, SITE, (4, OTHER))])
    text = data.decode()
    assert (
        text
        == json.dumps(json.loads(text), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        + "\n"
    )
    assert '"p":[4,' in text


def test_empty_payload() -> None:
    decoded = decode_payload(b"", expected_rows=0, expected_highest=0)
    assert decoded.changes == [] and decoded.highest_hlc == 0


def test_every_replicated_column_but_id_is_a_field() -> None:
    assert "id" not in FIELD_SPECS["meeting"]
    assert {"owner", "deleted", "title", "date"} <= FIELD_SPECS["meeting"].keys()


BAD_LINES = {
    "extra key": (line(x=1), "not a field change"),
    "missing key": ({k: v for k, v in line().items() if k != "p"}, "not a field change"),
    "not an object": ([1, 2], "not a field change"),
    "unknown table": (line(t="salary"), "unknown table 'salary'"),
    "table not text": (line(t=5), "unknown table 5"),
    "unknown field": (line(f="salary"), "meeting has no field 'salary'"),
    "id is not a field": (line(f="id", v=ROW), "meeting has no field 'id'"),
    "row id not a uuid": (line(r="row-1"), "row id is not a UUID"),
    "row id uppercase": (line(r=ROW.upper()), "row id is not a UUID"),
    "unknown owner": (line(o="US"), "unknown owner 'US'"),
    "negative clock": (line(h=-1), "clock value"),
    "clock is a bool": (line(h=True), "clock value"),
    "clock is a float": (line(h=1.5), "clock value"),
    "clock is text": (line(h="5"), "clock value"),
    "site not a uuid": (line(s="SISCA"), "site id is not a UUID"),
    "prev not a pair": (line(p=[1]), "previous version"),
    "prev clock text": (line(p=["1", SITE]), "previous version"),
    "prev site bad": (line(p=[1, "x"]), "previous version's site id is not a UUID"),
    "text for integer": (line(f="duration_minutes", v="90"), "expected a whole number"),
    "bool for integer": (line(f="duration_minutes", v=True), "expected a whole number"),
    "float for integer": (line(f="duration_minutes", v=90.0), "expected a whole number"),
    "integer for text": (line(v=5), "expected text"),
    "integer for bool": (line(f="virtual", v=1), "expected true or false"),
    "list for text": (line(v=["a"]), "expected text"),
    "object for text": (line(v={"a": 1}), "expected text"),
    "date in another format": (line(f="date", v="2018/03/09"), "expected a date"),
    "date without dashes": (line(f="date", v="20180309"), "expected a date"),
    "impossible date": (line(f="date", v="2018-02-30"), "not a real date"),
    "text too long": (
        line(t="ppt_term", r=OTHER, o="REG", f="semester", v="2018-III"),
        "longer than 7",
    ),
    "nul in text": (line(v="a\x00b"), "NUL"),
    "null owner": (line(f="owner", v=None), "cannot be empty"),
    "null deleted": (line(f="deleted", v=None), "cannot be empty"),
    "owner field differs": (line(f="owner", v="HN"), "owner field differs"),
}


@pytest.mark.parametrize("name", sorted(BAD_LINES))
def test_bad_line_is_refused_naming_it(name: str) -> None:
    bad, reason = BAD_LINES[name]
    good = line(f="minutes", v="ok")
    data = (
        payload_of(good, bad)
        if isinstance(bad, dict)
        else payload_of(good) + (strictjson.dumps_canonical(bad) + b"\n")
    )
    with pytest.raises(BundleRejected, match="Line 2 of the bundle's payload") as caught:
        decode_payload(data)
    assert reason in str(caught.value)
    assert "\n" not in str(caught.value)


RAW_LINES = {
    "not json": b"{not json}",
    "repeated key": b'{"f":"title","f":"title","h":1,"o":"GT","p":null,"r":"x","s":"y","t":"z"}',
    "nan": b'{"t":"meeting","v":NaN}',
    "huge integer": b'{"h":' + b"9" * 5000 + b"}",
    "deep nesting": b"[" * 100_000 + b"]" * 100_000,
    "lone surrogate": json.dumps(line(v="\ud800")).encode(),
}


@pytest.mark.parametrize("name", sorted(RAW_LINES))
def test_unreadable_line_is_refused(name: str) -> None:
    data = payload_of(line(f="minutes", v="ok")) + RAW_LINES[name] + b"\n"
    with pytest.raises(BundleRejected, match=r"[Ll]ine 2 of the bundle's payload"):
        decode_payload(data)


def test_not_utf8() -> None:
    data = payload_of(line()) + b'{"t":"\xff"}\n'
    with pytest.raises(BundleRejected, match=r"Line 2 .* not UTF-8"):
        decode_payload(data)


def test_byte_order_mark() -> None:
    with pytest.raises(BundleRejected, match="byte-order mark"):
        decode_payload(b"\xef\xbb\xbf" + payload_of(line()))


def test_missing_final_newline() -> None:
    with pytest.raises(BundleRejected, match="complete line"):
        decode_payload(payload_of(line())[:-1])


def test_empty_line() -> None:
    with pytest.raises(BundleRejected, match=r"Line 2 .* empty"):
        decode_payload(payload_of(line()) + b"\n" + payload_of(line(f="minutes")))


def test_same_field_twice() -> None:
    data = payload_of(line(), line(h=2000))
    with pytest.raises(BundleRejected, match=r"Line 2 .* already changes this field"):
        decode_payload(data)


def test_row_with_two_tables_or_owners() -> None:
    with pytest.raises(BundleRejected, match=r"Line 2 .* another table or owner"):
        decode_payload(payload_of(line(), line(t="agreement", f="text")))
    with pytest.raises(BundleRejected, match=r"Line 2 .* another table or owner"):
        decode_payload(payload_of(line(), line(o="HN", f="minutes")))


def test_row_count_must_match_the_manifest() -> None:
    with pytest.raises(BundleRejected, match="has 1 changes but its manifest says 2"):
        decode_payload(payload_of(line()), expected_rows=2)


def test_highest_clock_must_match_the_manifest() -> None:
    data = payload_of(line(h=5), line(f="minutes", h=9))
    assert decode_payload(data, expected_highest=9).highest_hlc == 9
    with pytest.raises(BundleRejected, match="highest clock value"):
        decode_payload(data, expected_highest=10)


def test_progress_reports_per_chunk() -> None:
    calls: list[tuple[int, int]] = []
    changes = [
        Change("meeting", f"{n:08x}-0000-4000-8000-000000000000", "GT", "title", "t", n, SITE, None)
        for n in range(12_000)
    ]
    decode_payload(encode_payload(changes), progress=lambda d, t, _m: calls.append((d, t)))
    assert calls[0] == (0, 12_000) and calls[-1] == (12_000, 12_000)
    assert len(calls) >= 4
