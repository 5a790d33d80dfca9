"""The bundle payload (``payload.jsonl``): one field change per line.

Each line is canonical JSON::

    {"t": table, "r": row id, "o": owner, "f": field, "v": value,
     "h": hlc, "s": site id, "p": [prev hlc, prev site] | null}

Values are JSON-native; dates travel as ``"YYYY-MM-DD"``. Decoding trusts
nothing: every line is parsed strictly and checked against the replicated
schema, because a bundle is input from another computer.
"""

import contextlib
import datetime as dt
import gc
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import BigInteger, Boolean, Date, Integer, String, Text

from cisdesk import messages
from cisdesk.countries import COUNTRY_CODES, REGIONAL
from cisdesk.db.models import MODEL_BY_TABLE
from cisdesk.errors import BundleRejected
from cisdesk.messages import msg
from cisdesk.progress import ProgressCallback, no_progress
from cisdesk.sync import strictjson
from cisdesk.sync.field_limits import text_limit

LINE_KEYS = frozenset(("t", "r", "o", "f", "v", "h", "s", "p"))
OWNERS = frozenset((REGIONAL, *COUNTRY_CODES))
MAX_HLC = 2**63 - 1
MAX_INT = 2**63 - 1
#: Lines per progress step while encoding or decoding.
PROGRESS_STEP = 5000

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")


class Change(NamedTuple):
    """One field of one row at one version (a payload line, decoded)."""

    table: str
    row_id: str
    owner: str
    field: str
    value: Any  # the column's Python value: str, int, bool, dt.date or None
    hlc: int
    site: str
    prev: tuple[int, str] | None

    @property
    def version(self) -> tuple[int, str]:
        return (self.hlc, self.site)


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector while a bundle's changes are held in memory.

    Export and import hold hundreds of thousands of small tuples at once; the
    collector would walk them again and again for nothing (they form no
    cycles), which costs more than a tenth of the work.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def is_uuid(value: object) -> bool:
    return isinstance(value, str) and _UUID.match(value) is not None


def json_value(value: Any) -> Any:
    """A column value in its JSON form (dates as ISO text)."""
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


#: strictjson.dumps_canonical's settings, built once: a payload has many lines.
_CANONICAL = json.JSONEncoder(
    sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
).encode


def _line_text(change: Change) -> str:
    return _CANONICAL(
        {
            "t": change.table,
            "r": change.row_id,
            "o": change.owner,
            "f": change.field,
            "v": json_value(change.value),
            "h": change.hlc,
            "s": change.site,
            "p": list(change.prev) if change.prev is not None else None,
        }
    )


def encode_line(change: Change) -> bytes:
    """One payload line without its newline (what strictjson.dumps_canonical writes)."""
    return _line_text(change).encode("utf-8")


def encode_payload(
    changes: Iterable[Change], total: int = 0, progress: ProgressCallback = no_progress
) -> bytes:
    """The payload bytes: one canonical line per change, each ending in a newline."""
    lines: list[str] = []
    for count, change in enumerate(changes, start=1):
        lines.append(_line_text(change))
        if count % PROGRESS_STEP == 0:
            progress(count, total or count, messages.text("progress.writing_changes"))
    if not lines:
        return b""
    try:
        return ("\n".join(lines) + "\n").encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError("text with a lone surrogate cannot be written as JSON") from exc


# --- Column types ---------------------------------------------------------------


class FieldValueError(ValueError):
    """A column value of the wrong kind, named by catalogue code."""

    def __init__(self, code: str, **params: Any) -> None:
        self.message = msg(code, **params)
        super().__init__(code)

    def __str__(self) -> str:
        return self.message.render()


def _check_str(value: Any, length: int | None) -> Any:
    if not isinstance(value, str):
        raise FieldValueError("payload.value.text")
    if length is not None and len(value) > length:
        raise FieldValueError("payload.value.too_long", length=length)
    if "\x00" in value:
        raise FieldValueError("payload.value.nul")
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise FieldValueError("payload.value.surrogate") from None
    return value


def _check_int(value: Any, _length: int | None) -> Any:
    if type(value) is not int:
        raise FieldValueError("payload.value.integer")
    if not -MAX_INT - 1 <= value <= MAX_INT:
        raise FieldValueError("payload.value.range")
    return value


def _check_bool(value: Any, _length: int | None) -> Any:
    if type(value) is not bool:
        raise FieldValueError("payload.value.bool")
    return value


def _check_date(value: Any, _length: int | None) -> Any:
    if not isinstance(value, str) or _DATE.match(value) is None:
        raise FieldValueError("payload.value.date")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise FieldValueError("payload.value.not_a_date", value=repr(value)) from None


class FieldSpec(NamedTuple):
    check: Callable[[Any, int | None], Any]
    length: int | None
    nullable: bool


def _spec(column: Any, table: str = "") -> FieldSpec:
    kind = column.type
    check: Callable[[Any, int | None], Any]
    if isinstance(kind, Boolean):
        check = _check_bool
    elif isinstance(kind, Integer | BigInteger):
        check = _check_int
    elif isinstance(kind, Date):
        check = _check_date
    elif isinstance(kind, String | Text):
        check = _check_str
    else:  # pragma: no cover - the schema test keeps models to these types
        raise TypeError(f"unsupported replicated column type {kind!r}")
    length = getattr(kind, "length", None)
    if check is _check_str:
        length = text_limit(table, column.key, length)
    return FieldSpec(check, length, bool(column.nullable))


#: ``{table: {field: FieldSpec}}`` for every replicated column except ``id``.
FIELD_SPECS: dict[str, dict[str, FieldSpec]] = {
    table: {c.key: _spec(c, table) for c in model.__table__.columns if c.key != "id"}
    for table, model in MODEL_BY_TABLE.items()
}


# --- Decoding -------------------------------------------------------------------


@dataclass
class Payload:
    changes: list[Change]
    highest_hlc: int

    def counts_by_table(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for change in self.changes:
            counts[change.table] = counts.get(change.table, 0) + 1
        return counts

    def rows_by_table(self) -> dict[str, int]:
        rows: dict[str, set[str]] = {}
        for change in self.changes:
            rows.setdefault(change.table, set()).add(change.row_id)
        return {table: len(ids) for table, ids in rows.items()}


def _reject(number: int, code: str, **params: Any) -> BundleRejected:
    return BundleRejected("payload.line_invalid", number=number, detail=msg(code, **params))


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


#: strictjson's rules, specialised for speed on payload lines. Objects come back
#: as lists of pairs, so a repeated key shows as fewer keys than pairs; NaN and
#: Infinity are refused by the hook; the per-line schema check refuses every
#: nested value, float and out-of-range integer, so strictjson's tree walk would
#: find nothing more. Refused lines are parsed again by strictjson, only to name
#: the problem in the refusal.
_DECODER = json.JSONDecoder(object_pairs_hook=list, parse_constant=_no_constant)
_new_change = tuple.__new__


def _unreadable(number: int, text: str) -> BundleRejected:
    """The refusal for a line the fast parser could not take whole."""
    # strictjson raises the refusal that names the problem; if it accepts the
    # text, the line had spaces or other text around its JSON value.
    strictjson.loads(text, max_depth=2, what=msg("json.what.payload_line", number=number))
    return _reject(number, "payload.text_around")


def _decode_lines(lines: list[str], progress: ProgressCallback) -> tuple[list[Change], int]:
    """Parse and check every line, remembering what earlier lines established.

    Row ids and sites repeat on many lines, so each is validated once; the same
    memory refuses a payload that names one field of a row twice or gives one
    row two tables or two owners. Written as one loop with local names because
    it runs once per change of every bundle imported.
    """
    scan = _DECODER.scan_once  # type: ignore[attr-defined]  # undocumented, in CPython
    specs = FIELD_SPECS
    owners = OWNERS
    line_keys = LINE_KEYS
    sites: set[str] = set()
    rows: dict[str, tuple[str, str]] = {}
    seen: set[tuple[str, str]] = set()
    changes: list[Change] = []
    append = changes.append
    highest = 0
    total = len(lines)
    for number, raw in enumerate(lines, start=1):
        try:
            pairs, end = scan(raw, 0)
        except (StopIteration, ValueError, RecursionError):
            pairs, end = None, -1
        if end != len(raw):
            raise _unreadable(number, raw)
        if raw[0] != "{":
            raise _reject(number, "payload.not_change")
        obj = dict(pairs)
        if len(obj) != len(pairs):
            raise _unreadable(number, raw)  # a repeated key
        if obj.keys() != line_keys:
            raise _reject(number, "payload.not_change")
        table = obj["t"]
        fields = specs.get(table) if type(table) is str else None
        if fields is None:
            raise _reject(number, "payload.unknown_table", table=repr(table))
        field = obj["f"]
        spec = fields.get(field) if type(field) is str else None
        if spec is None:
            raise _reject(number, "payload.unknown_field", table=table, name=repr(field))
        owner = obj["o"]
        if type(owner) is not str or owner not in owners:
            raise _reject(number, "payload.unknown_owner", owner=repr(owner))
        row_id = obj["r"]
        identity = rows.get(row_id) if type(row_id) is str else None
        if identity is None:
            if not is_uuid(row_id):
                raise _reject(number, "payload.row_id")
            rows[row_id] = (table, owner)
        elif identity[0] != table or identity[1] != owner:
            raise _reject(number, "payload.row_identity")
        key = (row_id, field)
        if key in seen:
            raise _reject(number, "payload.field_twice")
        seen.add(key)
        hlc = obj["h"]
        if type(hlc) is not int or not 0 <= hlc <= MAX_HLC:
            raise _reject(number, "payload.clock")
        if hlc > highest:
            highest = hlc
        site = obj["s"]
        if type(site) is not str or site not in sites:
            if not is_uuid(site):
                raise _reject(number, "payload.site")
            sites.add(site)
        prev = obj["p"]
        if prev is not None:
            if (
                type(prev) is not list
                or len(prev) != 2
                or type(prev[0]) is not int
                or not 0 <= prev[0] <= MAX_HLC
            ):
                raise _reject(number, "payload.prev")
            if type(prev[1]) is not str or prev[1] not in sites:
                if not is_uuid(prev[1]):
                    raise _reject(number, "payload.prev_site")
                sites.add(prev[1])
            prev = (prev[0], prev[1])
        value = obj["v"]
        if value is None:
            if not spec.nullable:
                raise _reject(number, "payload.empty_value", column=f"{table}.{field}")
        else:
            try:
                value = spec.check(value, spec.length)
            except FieldValueError as exc:
                raise _reject(
                    number, "payload.bad_value", column=f"{table}.{field}", problem=exc.message
                ) from None
        if field == "owner" and value != owner:
            raise _reject(number, "payload.owner_differs")
        append(_new_change(Change, (table, row_id, owner, field, value, hlc, site, prev)))
        if number % PROGRESS_STEP == 0:
            progress(number, total, messages.text("progress.checking_changes"))
    return changes, highest


def split_lines(data: bytes) -> list[str]:
    """The payload's lines; it must be UTF-8 text ending with a newline, without empty lines."""
    if not data:
        return []
    if not data.endswith(b"\n"):
        raise BundleRejected("payload.incomplete_line")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        number = data.count(b"\n", 0, exc.start) + 1
        raise _reject(number, "payload.not_utf8") from None
    if text.startswith("\ufeff"):
        raise _reject(1, "payload.bom")
    lines = text[:-1].split("\n")
    if "\n\n" in text or not lines[0]:
        number = 1 if not lines[0] else lines.index("") + 1
        raise _reject(number, "payload.empty_line")
    return lines


def decode_payload(
    data: bytes,
    *,
    expected_rows: int | None = None,
    expected_highest: int | None = None,
    progress: ProgressCallback = no_progress,
) -> Payload:
    """Parse and validate every line; refuse the whole payload on the first bad one.

    Beyond the per-line checks, a payload may not name the same field of a row
    twice, nor give one row two tables or two owners.
    """
    lines = split_lines(data)
    total = len(lines)
    if expected_rows is not None and total != expected_rows:
        raise BundleRejected("payload.count_mismatch", total=total, expected=expected_rows)
    progress(0, total, messages.text("progress.checking_changes"))
    changes, highest = _decode_lines(lines, progress)
    progress(total, total, messages.text("progress.checking_changes"))
    if expected_highest is not None and highest != expected_highest:
        raise BundleRejected("payload.highest_mismatch", expected=expected_highest, highest=highest)
    return Payload(changes, highest)
