"""Reading and writing field versions, in their two shapes.

A field's version is the (hlc, site) that wrote its current value, with the
version its author overwrote (``prev_hlc``/``prev_site``). Most rows are written
once, whole: every replicated field then carries the same version. Such a row
holds one entry whose ``field`` is :data:`ROW` instead of one entry per field;
an import at full scale writes seven times fewer version rows that way.

The two shapes never mix on one row: a row holds either its :data:`ROW` entry
alone or one entry per field. Writing a new version of any field of a row held
in the short shape first spells the row out (:func:`spell_out`). Readers go
through :func:`current_versions`, :func:`versions_of` or :func:`change_count`,
which read both shapes alike; the two hot paths, the merge and the export's
stream, read the table themselves and spell a :data:`ROW` entry out with
:func:`replicated_fields`. A migration that adds a replicated column must spell
out the rows of its table first: a :data:`ROW` entry stands for every replicated
field the table has.
"""

import importlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import ColumnElement, Connection, case, delete, func, select

from cisdesk.db.base import chunks, table_of
from cisdesk.db.local import FieldVersion
from cisdesk.db.models import MODEL_BY_TABLE

_TABLE = table_of(FieldVersion)

#: The ``field`` of the one entry of a row whose replicated fields share one version.
ROW = "*"


@dataclass(frozen=True, slots=True)
class Version:
    """One field's version as held: who wrote it, and what its author overwrote."""

    tbl: str
    hlc: int
    site: str
    prev_hlc: int | None
    prev_site: str | None


#: The columns a :class:`Version` is read from, in its fields' order.
_VERSION = (_TABLE.c.tbl, _TABLE.c.hlc, _TABLE.c.site, _TABLE.c.prev_hlc, _TABLE.c.prev_site)


@cache
def replicated_fields(table_name: str) -> tuple[str, ...]:
    """The fields of ``table_name`` that carry versions, in name order."""
    columns = MODEL_BY_TABLE[table_name].__table__.columns
    return tuple(sorted(c.key for c in columns if c.key != "id"))


def upsert_versions(conn: Connection, rows: Sequence[dict[str, Any]]) -> None:
    """Insert or replace field versions (keys: row_id, field, tbl, hlc, site, prev_*).

    The rows must be spelled out (:func:`spell_out`) before one of their fields is written.
    """
    if not rows:
        return
    # The server dialect is imported only when a server database is in use.
    dialect: Any = importlib.import_module(
        "sqlalchemy.dialects." + ("sqlite" if conn.dialect.name == "sqlite" else "postgresql")
    )
    stmt = dialect.insert(_TABLE)
    stmt = stmt.on_conflict_do_update(
        index_elements=[_TABLE.c.row_id, _TABLE.c.field],
        set_={
            "tbl": stmt.excluded.tbl,
            "hlc": stmt.excluded.hlc,
            "site": stmt.excluded.site,
            "prev_hlc": stmt.excluded.prev_hlc,
            "prev_site": stmt.excluded.prev_site,
        },
    )
    conn.execute(stmt, list(rows))


def versions_of(conn: Connection, row_ids: Iterable[str]) -> dict[tuple[str, str], Version]:
    """``{(row_id, field): Version}`` for every versioned field of the given rows."""
    ids = list(dict.fromkeys(row_ids))
    found: dict[tuple[str, str], Version] = {}
    for chunk in chunks(ids):
        result = conn.execute(
            select(_TABLE.c.row_id, _TABLE.c.field, *_VERSION).where(_TABLE.c.row_id.in_(chunk))
        )
        for row_id, field, *held in result:
            version = Version(*held)
            if field == ROW:
                for name in replicated_fields(version.tbl):
                    found[(row_id, name)] = version
            else:
                found[(row_id, field)] = version
    return found


def current_versions(
    conn: Connection, row_ids: Iterable[str]
) -> dict[tuple[str, str], tuple[int, str]]:
    """``{(row_id, field): (hlc, site)}`` for every versioned field of the given rows."""
    return {key: (v.hlc, v.site) for key, v in versions_of(conn, row_ids).items()}


def spell_out(conn: Connection, row_ids: Iterable[str]) -> int:
    """Replace the :data:`ROW` entry of each given row by one entry per field.

    Returns the number of rows spelled out.
    """
    ids = list(dict.fromkeys(row_ids))
    held: list[tuple[str, Version]] = []
    for chunk in chunks(ids):
        result = conn.execute(
            select(_TABLE.c.row_id, *_VERSION).where(
                _TABLE.c.field == ROW, _TABLE.c.row_id.in_(chunk)
            )
        )
        held.extend((row_id, Version(*version)) for row_id, *version in result)
    if not held:
        return 0
    spelled = [row_id for row_id, _v in held]
    for chunk in chunks(spelled):
        conn.execute(delete(_TABLE).where(_TABLE.c.field == ROW, _TABLE.c.row_id.in_(chunk)))
    conn.execute(
        _TABLE.insert(),
        [
            {
                "row_id": row_id,
                "field": name,
                "tbl": v.tbl,
                "hlc": v.hlc,
                "site": v.site,
                "prev_hlc": v.prev_hlc,
                "prev_site": v.prev_site,
            }
            for row_id, v in held
            for name in replicated_fields(v.tbl)
        ],
    )
    return len(held)


def change_count() -> ColumnElement[Any]:
    """SQL: how many field changes the selected version entries stand for."""
    widths = {name: len(replicated_fields(name)) for name in MODEL_BY_TABLE}
    weight = case(
        (_TABLE.c.field == ROW, case(widths, value=_TABLE.c.tbl, else_=1)),
        else_=1,
    )
    return func.coalesce(func.sum(weight), 0)


def row_entry(field: str) -> ColumnElement[bool]:
    """SQL: the version entry stands for ``field`` (its own entry or its row's)."""
    return _TABLE.c.field.in_((field, ROW))
