"""Reading and writing field versions with one portable upsert."""

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, select, tuple_

from cisdesk.db.local import FieldVersion

_TABLE = FieldVersion.__table__
_CHUNK = 400


def upsert_versions(conn: Connection, rows: Sequence[dict[str, Any]]) -> None:
    """Insert or replace field versions (keys: row_id, field, tbl, hlc, site, prev_*)."""
    if not rows:
        return
    if conn.dialect.name == "sqlite":
        from sqlalchemy.dialects import sqlite as dialect
    else:  # imported only when a server database is in use
        from sqlalchemy.dialects import postgresql as dialect
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


def current_versions(
    conn: Connection, row_ids: Iterable[str]
) -> dict[tuple[str, str], tuple[int, str]]:
    """``{(row_id, field): (hlc, site)}`` for every field of the given rows."""
    ids = list(dict.fromkeys(row_ids))
    found: dict[tuple[str, str], tuple[int, str]] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        result = conn.execute(
            select(_TABLE.c.row_id, _TABLE.c.field, _TABLE.c.hlc, _TABLE.c.site).where(
                _TABLE.c.row_id.in_(chunk)
            )
        )
        for row_id, field, hlc, site in result:
            found[(row_id, field)] = (hlc, site)
    return found


def version_key(row_id: str, field: str) -> Any:
    return tuple_(_TABLE.c.row_id, _TABLE.c.field) == (row_id, field)
