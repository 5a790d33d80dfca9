"""Merge field changes into the record: per-field last-writer-wins (docs/ARCHITECTURE.md §4).

A change replaces a field only when its (hlc, site) is greater than the stored
version, so any order and any repetition of bundles ends in the same state.
Rows that do not exist yet are created with the fields received; a child may
arrive before its parent. When the winner's author had not seen the loser's
value (they edited concurrently), the loser goes to the ``conflict`` list for a
person to review.

The hot path is SQLAlchemy Core: versions and rows are read in chunks, the
decisions are made in Python, and the writes go out as executemany batches.
"""

import datetime as dt
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Date, Table, insert, select

from cisdesk import messages
from cisdesk.db.base import table_of
from cisdesk.db.capture import REFERENCE_SITE
from cisdesk.db.local import Conflict, FieldVersion, Install
from cisdesk.db.models import MODEL_BY_TABLE
from cisdesk.db.versions import ROW, replicated_fields
from cisdesk.errors import BundleRejected
from cisdesk.messages import place
from cisdesk.progress import ProgressCallback, no_progress
from cisdesk.sync.payload import Change, json_value

#: Rows per chunk: bounds the IN lists and the memory held per step.
CHUNK_ROWS = 500

_FV = table_of(FieldVersion)
_CONFLICT = table_of(Conflict)
_TABLES: dict[str, Table] = {name: table_of(m) for name, m in MODEL_BY_TABLE.items()}


@dataclass
class MergeStats:
    changes: int = 0
    applied: int = 0
    conflicts: int = 0
    new_rows: int = 0
    #: Ids of the rows this merge created, per table.
    created: dict[str, list[str]] = field(default_factory=dict)
    #: ``(table, row id, owner)`` of every row the changes named.
    rows: list[tuple[str, str, str]] = field(default_factory=list)


@dataclass(slots=True)
class _Stored:
    hlc: int
    site: str
    prev_hlc: int | None
    prev_site: str | None
    table: str
    in_db: bool  # the version row exists in the database (update, not insert)

    @property
    def version(self) -> tuple[int, str]:
        return (self.hlc, self.site)

    @property
    def prev(self) -> tuple[int, str] | None:
        if self.prev_hlc is None or self.prev_site is None:
            return None
        return (self.prev_hlc, self.prev_site)


def lock_record(conn: Connection) -> None:
    """Take the record's write lock now, at the start of the transaction.

    Reads made before the first write must not go stale: SQLite gets
    ``BEGIN IMMEDIATE``; a server database locks the install row, which every
    editing session updates for its clock.
    """
    if conn.dialect.name == "sqlite":
        if not getattr(conn.connection.dbapi_connection, "in_transaction", False):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        return
    conn.execute(select(Install.id).with_for_update())


def _load_versions(
    conn: Connection, ids: Sequence[str]
) -> tuple[dict[tuple[str, str], _Stored], set[str]]:
    """The held versions of the rows, field by field, and the rows held in the short shape."""
    result = conn.execute(
        select(
            _FV.c.row_id,
            _FV.c.field,
            _FV.c.hlc,
            _FV.c.site,
            _FV.c.prev_hlc,
            _FV.c.prev_site,
            _FV.c.tbl,
        ).where(_FV.c.row_id.in_(ids))
    )
    found: dict[tuple[str, str], _Stored] = {}
    whole: set[str] = set()
    for row_id, fld, hlc, site, prev_hlc, prev_site, tbl in result:
        if fld == ROW:
            # Spelled out only if a field changes: every field's entry is then new.
            whole.add(row_id)
            for name in replicated_fields(tbl):
                found[(row_id, name)] = _Stored(hlc, site, prev_hlc, prev_site, tbl, False)
        else:
            found[(row_id, fld)] = _Stored(hlc, site, prev_hlc, prev_site, tbl, True)
    return found, whole


def _load_rows(conn: Connection, table: Table, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    result = conn.execute(select(table).where(table.c.id.in_(ids)))
    return {row.id: dict(row._mapping) for row in result}


def _concurrent(older: tuple[int, str], newer_prev: tuple[int, str] | None) -> bool:
    """True when the author of the newer value had not seen ``older``.

    Its author overwrote ``newer_prev``; if that is ``older`` or something later,
    the newer value was written knowingly.
    """
    return newer_prev is None or older > newer_prev


class _Writer:
    """executemany through the driver: the batches are large and their shape is fixed.

    SQLAlchemy's per-row parameter processing costs more than SQLite's insert
    itself here, so the statements are written once per shape and values are
    adapted only where the driver needs it (dates on SQLite, stored as ISO text
    the way SQLAlchemy stores them).

    On SQLite, new rows and new versions are first gathered in temporary tables
    and go into the record at the end of the merge, one statement per table in
    primary-key order (:meth:`finish`). Two costs go with it: each statement of a
    transaction that fires triggers (the text search index) opens a statement
    savepoint, at which the full-text index writes out its pending terms, so one
    statement per row cost ten times the insert itself; and rows arriving in
    random key order touch index pages all over the file, chunk after chunk.
    Nothing in the merge reads a row it created (a row's changes are all in one
    chunk), and the temporary tables live in the same transaction: a refused
    bundle rolls them back with the rest. Updates of rows held before the merge
    go through a staging table at once when their table has triggers.
    """

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        style = conn.dialect.paramstyle
        mark = {"qmark": "?", "format": "%s", "pyformat": "%s"}.get(style)
        if mark is None:  # pragma: no cover - every supported driver is listed
            raise RuntimeError(f"unsupported database parameter style {style!r}")
        self._mark: str = mark
        self._quote = conn.dialect.identifier_preparer.quote
        self._sqlite = conn.dialect.name == "sqlite"
        self._dates_as_text = self._sqlite
        self._triggered: frozenset[str] = frozenset()
        if self._sqlite:
            self._triggered = frozenset(
                conn.exec_driver_sql(
                    "SELECT DISTINCT tbl_name FROM sqlite_master WHERE type = 'trigger'"
                ).scalars()
            )
        #: Staging tables emptied in this merge, by quoted name.
        self._stages: set[str] = set()
        #: Inserts gathered for :meth:`finish`: stage name -> (table, columns).
        self._gathered: dict[str, tuple[Table, tuple[str, ...]]] = {}

    def date_fields(self, table: Table) -> frozenset[str]:
        if not self._dates_as_text:
            return frozenset()
        return frozenset(c.key for c in table.columns if isinstance(c.type, Date))

    def _stage(self, table: Table, columns: Sequence[str], purpose: str) -> str:
        """A temporary table of ``columns`` for ``table``, emptied once in this merge."""
        shape = repr((purpose, table.name, tuple(columns)))
        digest = hashlib.sha1(shape.encode()).hexdigest()[:12]
        name = self._quote(f"cisdesk_stage_{table.name}_{digest}")
        if name not in self._stages:
            names = ", ".join(self._quote(c) for c in columns)
            self.conn.exec_driver_sql(f"CREATE TEMP TABLE IF NOT EXISTS {name} ({names})")
            self.conn.exec_driver_sql(f"DELETE FROM temp.{name}")
            self._stages.add(name)
        return name

    def _load(self, stage: str, width: int, rows: list[tuple[Any, ...]]) -> None:
        marks = ", ".join([self._mark] * width)
        self.conn.exec_driver_sql(f"INSERT INTO temp.{stage} VALUES ({marks})", rows)

    def insert(self, table: Table, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
        if self._sqlite:
            stage = self._stage(table, columns, "insert")
            self._load(stage, len(columns), rows)
            self._gathered[stage] = (table, tuple(columns))
            return
        names = ", ".join(self._quote(c) for c in columns)
        marks = ", ".join([self._mark] * len(columns))
        sql = f"INSERT INTO {self._quote(table.name)} ({names}) VALUES ({marks})"
        self.conn.exec_driver_sql(sql, rows)

    def finish(self) -> None:
        """Write the gathered rows, each table's in one statement, in primary-key order."""
        for stage, (table, columns) in self._gathered.items():
            names = ", ".join(self._quote(c) for c in columns)
            order = ", ".join(self._quote(c.key) for c in table.primary_key.columns)
            self.conn.exec_driver_sql(
                f"INSERT INTO {self._quote(table.name)} ({names}) "
                f"SELECT {names} FROM temp.{stage} ORDER BY {order}"
            )
            self.conn.exec_driver_sql(f"DELETE FROM temp.{stage}")
        self._gathered.clear()

    def delete_row_versions(self, row_ids: Sequence[str]) -> None:
        """Drop the short-shape version entries of rows being spelled out."""
        sql = (
            f"DELETE FROM {self._quote(_FV.name)} "
            f"WHERE row_id = {self._mark} AND field = {self._mark}"
        )
        self.conn.exec_driver_sql(sql, [(row_id, ROW) for row_id in row_ids])

    def update(
        self, table: Table, columns: Sequence[str], keys: Sequence[str], rows: list[tuple[Any, ...]]
    ) -> None:
        target = self._quote(table.name)
        if table.name in self._triggered and len(rows) > 1:
            stage = self._stage(table, (*columns, *keys), "update")
            self.conn.exec_driver_sql(f"DELETE FROM temp.{stage}")
            self._load(stage, len(columns) + len(keys), rows)
            sets = ", ".join(f"{self._quote(c)} = s.{self._quote(c)}" for c in columns)
            where = " AND ".join(f"{target}.{self._quote(k)} = s.{self._quote(k)}" for k in keys)
            self.conn.exec_driver_sql(
                f"UPDATE {target} SET {sets} FROM temp.{stage} AS s WHERE {where}"
            )
            return
        sets = ", ".join(f"{self._quote(c)} = {self._mark}" for c in columns)
        where = " AND ".join(f"{self._quote(k)} = {self._mark}" for k in keys)
        sql = f"UPDATE {target} SET {sets} WHERE {where}"
        self.conn.exec_driver_sql(sql, rows)


_FV_INSERT = ("row_id", "field", "tbl", "hlc", "site", "prev_hlc", "prev_site")
_FV_SET = ("hlc", "site", "prev_hlc", "prev_site")
_FV_KEYS = ("row_id", "field")


class _Chunk:
    """Decisions for one chunk of rows, then the batched writes."""

    def __init__(self, writer: _Writer, now: dt.datetime) -> None:
        self.writer = writer
        self.now = now
        self.new_rows: dict[str, list[dict[str, Any]]] = {}
        self.updates: dict[tuple[str, tuple[str, ...]], list[tuple[Any, ...]]] = {}
        self.version_inserts: list[tuple[Any, ...]] = []
        self.version_updates: list[tuple[Any, ...]] = []
        #: Rows held in the short shape that this chunk spells out.
        self.spelled_out: list[str] = []
        self.conflicts: list[dict[str, Any]] = []

    def conflict(
        self,
        change: Change,
        kept: tuple[Any, tuple[int, str]],
        lost: tuple[Any, tuple[int, str]],
    ) -> None:
        self.conflicts.append(
            {
                "tbl": change.table,
                "row_id": change.row_id,
                "field": change.field,
                "kept_value": json.dumps(json_value(kept[0]), ensure_ascii=False),
                "kept_hlc": kept[1][0],
                "kept_site": kept[1][1],
                "lost_value": json.dumps(json_value(lost[0]), ensure_ascii=False),
                "lost_hlc": lost[1][0],
                "lost_site": lost[1][1],
                "detected_at": self.now,
                "resolved": False,
            }
        )

    def update_row(self, table_name: str, row_id: str, values: dict[str, Any]) -> None:
        fields = tuple(sorted(values))
        self.updates.setdefault((table_name, fields), []).append(
            (*(values[f] for f in fields), row_id)
        )

    def write(self) -> int:
        writer = self.writer
        for table_name, rows in self.new_rows.items():
            table = _TABLES[table_name]
            columns = [c.key for c in table.columns]
            dates = writer.date_fields(table)
            if dates:
                tuples = [tuple(_adapt(row[c], c in dates) for c in columns) for row in rows]
            else:
                values_of = itemgetter(*columns)
                tuples = [values_of(row) for row in rows]
            writer.insert(table, columns, tuples)
        for (table_name, fields), tuples in self.updates.items():
            table = _TABLES[table_name]
            dates = writer.date_fields(table)
            if dates.intersection(fields):
                tuples = [
                    (*(_adapt(v, f in dates) for f, v in zip(fields, t, strict=False)), t[-1])
                    for t in tuples
                ]
            writer.update(table, fields, ("id",), tuples)
        if self.spelled_out:
            writer.delete_row_versions(self.spelled_out)
        if self.version_inserts:
            self.version_inserts.sort()  # primary-key order: index pages are touched once
            writer.insert(_FV, _FV_INSERT, self.version_inserts)
        if self.version_updates:
            writer.update(_FV, _FV_SET, _FV_KEYS, self.version_updates)
        return self._write_conflicts()

    def _write_conflicts(self) -> int:
        if not self.conflicts:
            return 0
        conn = self.writer.conn
        ids = list({c["row_id"] for c in self.conflicts})
        known = {
            tuple(r)
            for r in conn.execute(
                select(
                    _CONFLICT.c.row_id,
                    _CONFLICT.c.field,
                    _CONFLICT.c.lost_hlc,
                    _CONFLICT.c.lost_site,
                ).where(_CONFLICT.c.row_id.in_(ids))
            )
        }
        fresh = []
        for item in self.conflicts:
            key = (item["row_id"], item["field"], item["lost_hlc"], item["lost_site"])
            if key not in known:
                known.add(key)
                fresh.append(item)
        if fresh:
            conn.execute(insert(_CONFLICT), fresh)
        return len(fresh)


def _adapt(value: Any, is_date: bool) -> Any:
    if is_date and value is not None:
        return value.isoformat()
    return value


_BLANK: dict[str, dict[str, Any]] = {
    name: {c.key: None for c in table.columns} for name, table in _TABLES.items()
}


def _blank_row(table_name: str, row_id: str, owner: str) -> dict[str, Any]:
    """A row of ``table_name`` with no field received yet: live, every other column empty."""
    row = _BLANK[table_name].copy()
    row.update(id=row_id, owner=owner, deleted=False)
    return row


def _new_row(
    chunk: "_Chunk", table_name: str, row_id: str, owner: str, changes: list[Change]
) -> int:
    """A row this install has never seen: every field received goes in, no comparison.

    A row received whole with one version, as it was created, keeps one version entry.
    """
    row = _blank_row(table_name, row_id, owner)
    best = {change.field: change for change in changes}
    if len(best) < len(changes):  # a field named twice: its greatest version wins
        best = {}
        for change in changes:
            other = best.get(change.field)
            if other is None or (change.hlc, change.site) > (other.hlc, other.site):
                best[change.field] = change
    for field_name, change in best.items():
        row[field_name] = change.value
    chunk.new_rows.setdefault(table_name, []).append(row)
    inserts = chunk.version_inserts
    first = changes[0]
    version = (first.hlc, first.site, first.prev)
    if len(best) == len(replicated_fields(table_name)) and all(
        (c.hlc, c.site, c.prev) == version for c in best.values()
    ):
        prev_hlc, prev_site = first.prev if first.prev is not None else (None, None)
        inserts.append((row_id, ROW, table_name, first.hlc, first.site, prev_hlc, prev_site))
        return len(best)
    for field_name, change in best.items():
        prev_hlc, prev_site = change.prev if change.prev is not None else (None, None)
        inserts.append(
            (row_id, field_name, table_name, change.hlc, change.site, prev_hlc, prev_site)
        )
    return len(best)


def _merge_row(
    chunk: "_Chunk",
    table_name: str,
    row_id: str,
    row: dict[str, Any],
    changes: list[Change],
    stored: dict[tuple[str, str], _Stored],
    is_new: bool,
    whole: bool = False,
) -> int:
    """Last-writer-wins field by field against the stored versions; returns fields applied."""
    applied: dict[str, _Stored] = {}
    values: dict[str, Any] = {}
    for change in changes:
        key = (row_id, change.field)
        version = (change.hlc, change.site)
        current = stored.get(key)
        if current is not None:
            if version == current.version:
                continue
            held = row[change.field]
            if version < current.version:
                if (
                    current.site != change.site
                    and change.site != REFERENCE_SITE
                    and _concurrent(version, current.prev)
                    and held != change.value
                ):
                    chunk.conflict(change, (held, current.version), (change.value, version))
                continue
            if (
                current.site != change.site
                and current.site != REFERENCE_SITE
                and _concurrent(current.version, change.prev)
                and held != change.value
            ):
                chunk.conflict(change, (change.value, version), (held, current.version))
        row[change.field] = change.value
        values[change.field] = change.value
        prev_hlc, prev_site = change.prev if change.prev is not None else (None, None)
        in_db = current is not None and current.in_db
        item = _Stored(change.hlc, change.site, prev_hlc, prev_site, table_name, in_db)
        stored[key] = applied[change.field] = item
    count = len(applied)
    if whole and applied:
        chunk.spelled_out.append(row_id)
        for name in replicated_fields(table_name):
            applied.setdefault(name, stored[(row_id, name)])
    for field_name, item in applied.items():
        if item.in_db:
            chunk.version_updates.append(
                (item.hlc, item.site, item.prev_hlc, item.prev_site, row_id, field_name)
            )
        else:
            chunk.version_inserts.append(
                (row_id, field_name, table_name, item.hlc, item.site, item.prev_hlc, item.prev_site)
            )
    if is_new:
        chunk.new_rows.setdefault(table_name, []).append(row)
    elif values:
        chunk.update_row(table_name, row_id, values)
    return count


def _merge_chunk(
    writer: _Writer,
    ids: Sequence[str],
    by_row: dict[str, list[Change]],
    stats: MergeStats,
    now: dt.datetime,
) -> None:
    conn = writer.conn
    stored, whole = _load_versions(conn, ids)
    held_in = {row_id: item.table for (row_id, _f), item in stored.items()}
    ids_by_table: dict[str, list[str]] = {}
    for row_id in ids:
        ids_by_table.setdefault(by_row[row_id][0].table, []).append(row_id)
    existing: dict[str, dict[str, Any]] = {}
    for table_name, table_ids in ids_by_table.items():
        existing.update(_load_rows(conn, _TABLES[table_name], table_ids))

    chunk = _Chunk(writer, now)
    for row_id in ids:
        changes = by_row[row_id]
        first = changes[0]
        table_name, owner = first.table, first.owner
        held_table = held_in.get(row_id)
        row: dict[str, Any] | None = existing.get(row_id)
        created = row is None
        if held_table is None and row is None:
            stats.applied += _new_row(chunk, table_name, row_id, owner, changes)
        else:
            if held_table is not None and held_table != table_name:
                raise BundleRejected(
                    "import.row_other_table", row_id=row_id, table=table_name, held=held_table
                )
            if row is not None and row["owner"] != owner:
                raise BundleRejected(
                    "import.row_other_owner", owner=place(row["owner"]), claimed=place(owner)
                )
            if row is None:  # versions held without their row
                row = _blank_row(table_name, row_id, owner)
            stats.applied += _merge_row(
                chunk, table_name, row_id, row, changes, stored, created, row_id in whole
            )
        if created:
            stats.created.setdefault(table_name, []).append(row_id)
            stats.new_rows += 1
    stats.conflicts += chunk.write()


def merge_changes(
    conn: Connection,
    changes: Sequence[Change],
    *,
    progress: ProgressCallback = no_progress,
    now: dt.datetime | None = None,
) -> MergeStats:
    """Apply validated, authorised changes; the caller owns the transaction."""
    now = now or dt.datetime.now(dt.UTC)
    by_row: dict[str, list[Change]] = {}
    for change in changes:
        by_row.setdefault(change.row_id, []).append(change)
    stats = MergeStats(changes=len(changes))
    stats.rows = [(named[0].table, row_id, named[0].owner) for row_id, named in by_row.items()]
    row_ids = list(by_row)
    total = len(changes)
    done = 0
    progress(0, total, messages.text("progress.merging"))
    writer = _Writer(conn)
    for start in range(0, len(row_ids), CHUNK_ROWS):
        ids = row_ids[start : start + CHUNK_ROWS]
        _merge_chunk(writer, ids, by_row, stats, now)
        done += sum(len(by_row[r]) for r in ids)
        progress(done, total, messages.text("progress.merging"))
    writer.finish()
    return stats
