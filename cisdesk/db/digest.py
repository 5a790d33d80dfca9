"""The digest: sha256 of a canonical serialisation of the replicated record.

Only replicated rows count (no keys, keyring, logs, versions or settings), so two
installs holding the same data have the same digest whatever their backend.
"""

import datetime as dt
import hashlib
import json
from typing import Any

from sqlalchemy import Connection, select

from cisdesk.db.models import REPLICATED_MODELS


def canonical_value(value: Any) -> Any:
    """The JSON-ready form of a column value, identical on SQLite and PostgreSQL."""
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def record_digest(conn: Connection) -> str:
    digest = hashlib.sha256()
    for model in REPLICATED_MODELS:
        table = model.__table__
        columns = sorted(table.columns, key=lambda c: c.key)
        digest.update(f"#{table.name}\n".encode())
        # Sorted here, not by SQL: server collations order text differently.
        id_index = [c.key for c in columns].index("id")
        rows = sorted(conn.execute(select(*columns)), key=lambda r: r[id_index])
        for row in rows:
            values = {c.key: canonical_value(v) for c, v in zip(columns, row, strict=True)}
            line = json.dumps(values, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
            digest.update(line.encode("utf-8"))
            digest.update(b"\n")
    return digest.hexdigest()
