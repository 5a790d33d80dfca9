"""Reading and writing field versions with one portable upsert."""

import importlib
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, select, tuple_

from cisdesk.db.base import table_of
from cisdesk.db.local import FieldVersion

_TABLE = table_of(FieldVersion)
_CHUNK = 400


def upsert_versions(conn: Connection, rows: Sequence[dict[str, Any]]) -> None:
    """Insert or replace field versions (keys: row_id, field, tbl, hlc, site, prev_*)."""
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
